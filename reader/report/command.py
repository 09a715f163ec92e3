"""`claim-reader report FOLDER_OR_JSONL`: who gets quoted across articles."""

from __future__ import annotations

import sys
from pathlib import Path

from reader.report.inputs import BadInput

PARQUET_HINT = ("Parquet needs pyarrow: pip install 'claim-reader[parquet]', or write CSV "
                "(--output claims.csv --table claims).")


def build_parser():
    """The argument parser of the report command."""
    from reader.cli import _Parser, add_analysis_options
    from reader.report.writers import TABLES

    parser = _Parser(prog="claim-reader report",
                     description="Report who gets quoted across articles: a folder or files of "
                                 "articles, or the JSON Lines that 'claim-reader analyze' wrote.")
    parser.add_argument("inputs", nargs="+", metavar="FOLDER_OR_JSONL")
    parser.add_argument("--output", "-o", metavar="PATH",
                        help="report.md, report.html, sources.csv or claims.parquet "
                             "(default: the summary tables on the terminal)")
    parser.add_argument("--table", choices=TABLES,
                        help="the table a .csv or .parquet holds (default: sources for CSV, "
                             "claims for Parquet)")
    add_analysis_options(parser, "processes analysing articles (default: as many as useful)")
    return parser


def run_report(argv: list[str]) -> int:
    """Read the analyses, gather the report, and print or write it; 2 on bad input."""
    from reader.cli import UsageError, _fail, bad_jobs
    from reader.report.corpus import build_report
    from reader.report.writers import OUTPUT_SUFFIXES, MissingParquet, to_markdown, write_report

    try:
        options = build_parser().parse_args(argv)
    except UsageError as error:
        return _fail(f"claim-reader report: {error}")
    if message := bad_jobs("report", options.jobs):
        return _fail(message)
    output = Path(options.output) if options.output else None
    if output and output.suffix.lower() not in OUTPUT_SUFFIXES:
        return _fail(f"claim-reader report: --output names a {', '.join(OUTPUT_SUFFIXES)} file.")
    if output and output.suffix.lower() == ".parquet" and not _has_pyarrow():
        return _fail(f"claim-reader report: {PARQUET_HINT}")
    if output and (read := _input_at(output, options.inputs)) is not None:
        from reader.document.files import shown_name

        return _fail(f"claim-reader report: --output {shown_name(str(output))} is the input "
                     f"{shown_name(str(read))}; choose another file.")
    failures: list[str] = []
    try:
        report = build_report(_analyses(options, failures), keep_rows=output is not None)
        if report.totals.articles == 0:
            return _fail(f"claim-reader report: no analysis to report on in {', '.join(options.inputs)}.")
        if output:
            write_report(report, output, options.table)
        else:
            sys.stdout.write(to_markdown(report, with_claims=False))
    except BadInput as error:
        return _fail(f"claim-reader report: {error}")
    except MissingParquet:
        return _fail(f"claim-reader report: {PARQUET_HINT}")
    except OSError as error:
        return _fail(f"claim-reader report: cannot write {output}: {error.strerror or error}")
    return 2 if failures else 0


def _analyses(options, failures: list[str]):
    """Each input's analyses: read from JSON Lines, or made from the articles."""
    from reader.batch import article_files, default_jobs
    from reader.document.files import shown_name
    from reader.report.inputs import analyse_articles, is_json_lines, read_json_lines

    for name in options.inputs:
        path = Path(name)
        if not path.exists():
            raise BadInput(f"{shown_name(name)} does not exist.")
        if is_json_lines(path):
            yield from read_json_lines(path)
            continue
        files = article_files([name])
        if not files:
            raise BadInput(f"no article files or JSON Lines in {shown_name(name)}.")
        jobs = options.jobs or default_jobs(len(files))
        yield from analyse_articles(files, options.lang, jobs, not options.no_cache,
                                    lambda error: _record(error, failures))


def _input_at(output: Path, inputs: list[str]) -> Path | None:
    """The input file (an article, or JSON Lines) that the output would overwrite, if any."""
    from reader.atomic import file_among
    from reader.batch import article_files
    from reader.report.inputs import JSON_LINES_SUFFIXES

    files = article_files(inputs)
    files += [p for name in inputs if Path(name).is_dir() for p in Path(name).iterdir()
              if p.suffix.lower() in JSON_LINES_SUFFIXES]
    return file_among(output, files)


def _record(error: str, failures: list[str]) -> None:
    """Tell of an article that could not be analysed; the report goes on without it."""
    failures.append(error)
    print(f"claim-reader: {error}", file=sys.stderr)


def _has_pyarrow() -> bool:
    """Whether pyarrow can be imported, without importing it."""
    from importlib.util import find_spec

    return find_spec("pyarrow") is not None
