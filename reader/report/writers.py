"""The corpus report written out: Markdown, a page of HTML, CSV tables, or Parquet."""

from __future__ import annotations

import html
from dataclasses import astuple, fields
from pathlib import Path

from reader.i18n import N_, _, ngettext
from reader.report.corpus import GENDERS, ClaimRow, CorpusReport, Totals
from reader.report.tables import Table, headings

MOST_QUOTED_SHOWN = 25
OUTPUT_SUFFIXES = (".md", ".html", ".htm", ".csv", ".parquet")
TABLES = ("sources", "claims")
SOURCE_ROW_COLUMNS = ("file", "outlet", "source", "type", "gender", "gender_evidence", "claims",
                      "words", "aliases")
CLAIM_COLUMNS = tuple(f.name for f in fields(ClaimRow))
# The summary tables' headings, for readers (the data tables' above are for programs, untranslated).
TOTALS_COLUMNS = (N_("Articles"), N_("Words"), N_("Claims"), N_("Sources quoted"),
                  N_("Attributed share"), N_("Anonymous share"))
OUTLET_COLUMNS = (N_("Outlet"), N_("Articles"), N_("Claims"), N_("Women quoted"), N_("Men quoted"),
                  N_("People of unknown gender"), N_("Attributed share"), N_("Anonymous share"))
TYPE_GENDER_COLUMNS = (N_("Type"), N_("Gender"), N_("Sources"), N_("Claims"), N_("Words"),
                       N_("Share of attributed words"))
MOST_QUOTED_COLUMNS = (N_("Source"), N_("Type"), N_("Gender"), N_("Articles"), N_("Claims"),
                       N_("Words"))


class MissingParquet(Exception):
    """Parquet was asked for without pyarrow installed."""


def summary_tables(report: CorpusReport) -> list[Table]:
    """The tables a reader reads first: totals, outlets, types and genders, most quoted."""
    return [_totals_table(report), _outlets_table(report), _type_gender_table(report),
            _most_quoted_table(report)]


def _totals_table(report: CorpusReport) -> Table:
    """The corpus in one row."""
    t = report.totals
    return Table(_("Totals"), headings(TOTALS_COLUMNS),
                 [(t.articles, t.words, t.claims, t.sources, t.attributed_share,
                   t.anonymous_share)])


def _outlets_table(report: CorpusReport) -> Table:
    """One row per outlet, with its people quoted by gender."""
    return Table(_("Per outlet"), headings(OUTLET_COLUMNS),
                 [_outlet_row(name, totals) for name, totals in sorted(report.outlets.items())])


def _outlet_row(name: str, totals: Totals) -> tuple:
    """An outlet's row."""
    return (name, totals.articles, totals.claims, *(totals.people[g] for g in GENDERS),
            totals.attributed_share, totals.anonymous_share)


def _type_gender_table(report: CorpusReport) -> Table:
    """Sources, claims and words per source type and gender."""
    attributed = report.totals.attributed_words
    rows = [(kind, gender, count, report.claims_by_type_gender[(kind, gender)],
             report.words_by_type_gender[(kind, gender)],
             report.words_by_type_gender[(kind, gender)] / attributed if attributed else 0.0)
            for (kind, gender), count in sorted(report.by_type_gender.items())]
    return Table(_("Per source type and gender"), headings(TYPE_GENDER_COLUMNS), rows)


def _most_quoted_table(report: CorpusReport) -> Table:
    """The sources with the most claims across articles."""
    rows = [(q.name, q.type, q.gender, q.articles, q.claims, q.words)
            for q in report.most_quoted(MOST_QUOTED_SHOWN)]
    return Table(_("Most-quoted sources (top {count})").format(count=MOST_QUOTED_SHOWN),
                 headings(MOST_QUOTED_COLUMNS), rows)


def sources_table(report: CorpusReport) -> Table:
    """Every source of every article: the table every total above is made of."""
    rows = [(r.file, r.outlet, r.source.name, r.source.type, r.source.gender,
             r.source.gender_evidence, r.source.claims, r.source.words, r.source.aliases)
            for r in report.sources]
    return Table(_("Sources of each article"), SOURCE_ROW_COLUMNS, rows)


def claims_table(report: CorpusReport) -> Table:
    """Every claim with its article and source."""
    rows = [astuple(row)[:-1] + ("yes" if row.hedged else "no",) for row in report.claims]
    return Table(_("Claims"), CLAIM_COLUMNS, rows)


def to_markdown(report: CorpusReport, with_claims: bool = True) -> str:
    """The report as Markdown: the summary tables, then every claim."""
    tables = summary_tables(report) + ([claims_table(report)] if with_claims else [])
    return f"# {_('Who gets quoted')}\n\n" + "\n".join(table.markdown() for table in tables)


def to_html(report: CorpusReport) -> str:
    """The report as a page that stands alone; the claims table folded."""
    body = "".join(table.html() for table in summary_tables(report))
    claims = claims_table(report)
    title = html.escape(_("Who gets quoted"))
    every_claim = ngettext("All {count} claim", "All {count} claims", len(claims.rows)).format(
        count=len(claims.rows))
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'>"
            f"<title>{title}</title>"
            "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;color:#222}"
            "table{border-collapse:collapse;font-size:90%;margin-bottom:1em}"
            "td,th{border:1px solid #ccc;padding:4px;vertical-align:top}</style></head><body>"
            f"<h1>{title}</h1>{body}<details><summary>{html.escape(every_claim)}"
            f"</summary>{claims.html(heading=False)}</details></body></html>\n")


def write_report(report: CorpusReport, path: Path, table: str | None = None) -> None:
    """Write the report in the form the file's suffix names, whole or not at all."""
    from reader.atomic import write_atomically

    suffix = path.suffix.lower()
    if suffix == ".parquet":
        write_parquet(claims_table(report) if table != "sources" else sources_table(report), path)
    elif suffix == ".csv":
        write_atomically(path, (claims_table(report) if table == "claims"
                                else sources_table(report)).csv())
    elif suffix in (".html", ".htm"):
        write_atomically(path, to_html(report))
    else:
        write_atomically(path, to_markdown(report))


def write_parquet(table: Table, path: Path) -> None:
    """A table as a Parquet file, through pyarrow, whole or not at all."""
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:
        raise MissingParquet() from None
    from reader.atomic import replacement_path

    columns = {name: [_parquet_cell(row[i]) for row in table.rows]
               for i, name in enumerate(table.columns)}
    with replacement_path(path) as temporary:
        pyarrow.parquet.write_table(pyarrow.table(columns), temporary)


def _parquet_cell(value):
    """A cell as Parquet keeps it: lists as text, the rest as they are."""
    return "; ".join(value) if isinstance(value, list) else value
