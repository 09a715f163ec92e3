"""The command line: `claim-reader analyze FILE…` prints the analyses; `claim-reader [FILE…]` opens the window."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from reader import __version__
from reader.document import SUPPORTED_SUFFIXES
from reader.document.files import shown_name
from reader.i18n import _

EXIT_BAD_INPUT = 2
EXIT_INTERRUPTED = 130  # as shells report a command ended by Ctrl-C
# Output paths that mean the terminal (or whatever the standard output was sent to).
STANDARD_OUTPUT_NAMES = ("-", "/dev/stdout")


class UsageError(Exception):
    """Bad arguments; the message is one line."""


class _Parser(argparse.ArgumentParser):
    """An argument parser that reports errors as one line and exit status 2."""

    def error(self, message: str):
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the analyze command."""
    parser = _Parser(prog="claim-reader analyze",
                     description=_("Analyse article files and print their claims; several files "
                                   "or a folder give JSON Lines, one analysis a line."))
    parser.add_argument("files", nargs="+", metavar="FILE|FOLDER")
    parser.add_argument("--format", choices=("json", "csv", "markdown", "html"), default="json")
    parser.add_argument("--output", "-o", metavar="PATH", help=_("write here instead of the terminal"))
    add_analysis_options(parser, _("processes analysing a batch (default: as many as useful)"))
    parser.add_argument("--dask", metavar="SCHEDULER|local",
                        help=_("analyse on a Dask cluster (or 'local' processes), writing JSON Lines "
                               "shards into the --output folder; a re-run skips shards written"))
    parser.add_argument("--with-marks", action="store_true",
                        help=_("add the marks and notes set on the claims in the window"))
    return parser


def add_analysis_options(parser: argparse.ArgumentParser, jobs_help: str) -> None:
    """The options of every command that analyses articles: language, processes and cache."""
    parser.add_argument("--lang", choices=("auto", "fr", "en"), default="auto")
    parser.add_argument("--jobs", "-j", type=int, metavar="N", help=jobs_help)
    parser.add_argument("--no-cache", action="store_true",
                        help=_("analyse again even articles analysed before"))


def bad_jobs(command: str, jobs: int | None) -> str | None:
    """The one-line message for a --jobs below 1, or None when it is fine."""
    if jobs is not None and jobs < 1:
        return _("claim-reader {command}: --jobs needs a number of processes of 1 or more.").format(
            command=command)
    return None


def run_analyze(argv: list[str]) -> int:
    """Analyse one article in the chosen format, or a batch as JSON Lines."""
    from reader.batch import article_files, is_folder

    try:
        options = build_parser().parse_args(argv)
    except UsageError as error:
        return _fail(_("claim-reader analyze: {error}").format(error=error))
    if "" in options.files:
        return _fail(_("claim-reader analyze: an empty file name was given."))
    files = article_files(options.files)
    batch = len(files) != 1 or any(is_folder(Path(name)) for name in options.files)
    if not files:
        return _fail(_("claim-reader: no article files ({suffixes}) in {names}.").format(
            suffixes=", ".join(SUPPORTED_SUFFIXES), names=", ".join(options.files)))
    if batch and options.format != "json":
        return _fail(_("claim-reader analyze: several articles are written as JSON Lines; "
                       "leave out --format."))
    if message := bad_jobs("analyze", options.jobs):
        return _fail(message)
    if options.with_marks and (batch or options.dask):
        return _fail(_("claim-reader analyze: --with-marks takes one article."))
    if (article := _article_at(options.output, files)) is not None:
        return _fail(_("claim-reader analyze: --output {output} is the article {article}; "
                       "choose another file.").format(output=shown_name(options.output),
                                                      article=shown_name(str(article))))
    if options.dask:
        from reader.cluster import run_dask_command

        return run_dask_command(files, options, lambda message: print(message, file=sys.stderr))
    try:
        if batch:
            return _write_output(options.output, lambda stream: _run_batch(files, options, stream))
        return _write_output(options.output, lambda stream: _run_single(files[0], options, stream))
    except OSError as error:
        return _fail(_("claim-reader: cannot write {name}: {reason}").format(
            name=shown_name(options.output), reason=error.strerror or error))


def _run_single(path: Path, options, stream) -> int:
    """Write one article's analysis in the chosen format."""
    from reader.batch import analyse_document
    from reader.document import DocumentError, load_document
    from reader.export import render

    try:
        document = load_document(path)
    except DocumentError as error:
        raise _Failure(_("claim-reader: {error}").format(error=error)) from None
    analysis = analyse_document(document, options.lang, not options.no_cache)
    stream.write(render(analysis, options.format,
                        _stored_marks(analysis) if options.with_marks else None))
    return 0


def _stored_marks(analysis) -> dict:
    """The marks kept for an analysis's claims, by claim id."""
    from reader.marks import MarkStore, MarksUnavailable, article_key

    try:
        store = MarkStore.open_default()
        try:
            return store.marks_for(article_key(analysis.text), analysis.claims)
        finally:
            store.close()
    except MarksUnavailable as error:
        raise _Failure(_("claim-reader: {error}").format(error=error)) from None


def _run_batch(files: list[Path], options, stream) -> int:
    """Write a line for each article; a file that fails is reported and the batch goes on."""
    from concurrent.futures.process import BrokenProcessPool

    from reader.batch import ProgressBar, analyse_files, default_jobs

    jobs = options.jobs or default_jobs(len(files))
    bar = ProgressBar(len(files))
    status = 0
    results = analyse_files(files, options.lang, jobs, not options.no_cache)
    try:
        for done, (line, error) in enumerate(results, 1):
            if error is not None:
                bar.clear()
                print(_("claim-reader: {error}").format(error=error), file=sys.stderr)
                status = EXIT_BAD_INPUT
            else:
                stream.write(line)
            bar.update(done)
    except BrokenProcessPool:
        raise _Failure(_("claim-reader: an analysis process stopped (out of memory?); "
                         "try again with --jobs 1.")) from None
    finally:
        bar.clear()
    return status


def _article_at(output: str | None, files: list[Path]) -> Path | None:
    """The input file that an output path would overwrite (through any link), if any."""
    from reader.atomic import file_among

    if not output or output == "-":
        return None
    return file_among(output, files)


class _Failure(Exception):
    """A one-line message that ends the command with the bad-input status."""


def _write_output(output: str | None, write: Callable) -> int:
    """Run a writer on the terminal, or on a file replaced only when all went well."""
    from reader.atomic import atomic_writer

    try:
        if not output or output in STANDARD_OUTPUT_NAMES:
            if sys.stdout is None:
                raise _Failure(_("claim-reader: the standard output is closed; use --output FILE."))
            return write(sys.stdout)
        with atomic_writer(output) as stream:
            return write(stream)
    except _Failure as failure:
        return _fail(str(failure))


def _fail(message: str, status: int = EXIT_BAD_INPUT) -> int:
    """Print a one-line message on stderr (when there is one) and give an exit status."""
    if sys.stderr is not None:
        print(message, file=sys.stderr)
    return status


def main(argv: list[str] | None = None) -> int:
    """Entry point of the claim-reader command."""
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "analyze":
        return _guarded(run_analyze, argv[1:])
    if argv and argv[0] == "report":
        from reader.report.command import run_report

        return _guarded(run_report, argv[1:])
    if argv and argv[0] in ("--version", "-V"):
        print(f"claim-reader {__version__}")
        return 0
    return run_window(argv)


def _guarded(command: Callable[[list[str]], int], argv: list[str]) -> int:
    """Run a command so that an interruption, a lack of memory or a closed output is one line."""
    for stream in (sys.stdout, sys.stderr):  # a terminal that cannot show « » gets escapes
        if stream is not None and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    try:
        return command(argv)
    except KeyboardInterrupt:
        return _fail(_("claim-reader: interrupted."), EXIT_INTERRUPTED)
    except MemoryError:
        return _fail(_("claim-reader: out of memory; try a shorter article or --jobs 1."))
    except BrokenPipeError:
        # The reader of the pipe is gone: what is left to flush at exit goes nowhere, silently.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return _fail(_("claim-reader: the output was closed before the end."))


def run_window(argv: list[str]) -> int:
    """Open the window on the files named, or print their analysis where no window exists."""
    try:
        from reader.ui.app import run
    except ImportError:
        return run_analyze(["--format", "markdown", *argv]) if argv else _fail(
            _("claim-reader: the window is not available; use 'claim-reader analyze FILE'."))
    return run(argv)
