"""Writing an analysis out: the JSON contract, CSV, Markdown and a self-contained HTML page."""

from __future__ import annotations

import csv
import html
import io
import json
import os
from pathlib import Path

from reader.kinds import TABLE
from reader.marks import STATE_LABELS, Mark
from reader.model import Analysis, Claim
from reader.report.tables import article_shares, article_sources_table

FORMATS = ("json", "csv", "markdown", "html")
SUFFIXES = {"json": ".json", "csv": ".csv", "markdown": ".md", "html": ".html"}
CSV_COLUMNS = ("id", "kind", "start", "end", "text", "source", "resolved", "source_type", "cue",
               "hedged")
MARK_COLUMNS = ("mark", "note", "link")


def render(analysis: Analysis, fmt: str, marks: dict[int, Mark] | None = None) -> str:
    """The analysis in one of FORMATS, as text; with marks (by claim id), the marks too."""
    renderers = {"json": to_json, "csv": to_csv, "markdown": to_markdown, "html": to_html}
    return renderers[fmt](analysis, marks)


def to_json(analysis: Analysis, marks: dict[int, Mark] | None = None) -> str:
    """The claim-reader/1 contract; with marks, a "mark" key on each marked claim."""
    data = analysis.to_dict()
    for claim, entry in zip(analysis.claims, data["claims"]):
        if marks and claim.id in marks:
            entry["mark"] = marks[claim.id].to_dict()
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def to_csv(analysis: Analysis, marks: dict[int, Mark] | None = None) -> str:
    """One row per claim, with its source and cue flattened into columns (and its mark's)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS + (MARK_COLUMNS if marks is not None else ()))
    for claim in analysis.claims:
        writer.writerow(_row(claim) + (_mark_cells(marks.get(claim.id)) if marks is not None else []))
    return buffer.getvalue()


def _mark_cells(mark: Mark | None) -> list[str]:
    """A claim's mark, note and link as cells (empty when unmarked)."""
    return [mark.state, mark.note, mark.link] if mark else ["", "", ""]


def mark_label(mark: Mark | None) -> str:
    """A mark as a reader reads it: « Disputed: date denied (https://…) »."""
    if mark is None:
        return ""
    details = " ".join(part for part in (mark.note, f"({mark.link})" if mark.link else "") if part)
    return f"{STATE_LABELS[mark.state]}: {details}" if details else STATE_LABELS[mark.state]


def _row(claim: Claim) -> list:
    """A claim as a CSV row."""
    source = claim.source
    return [claim.id, claim.kind, claim.start, claim.end, claim.text,
            source.text if source else "", (source.resolved or "") if source else "",
            source.type if source else "", claim.cue.text if claim.cue else "",
            "yes" if claim.hedged else "no"]


def source_label(claim: Claim) -> str:
    """The source as a reader wants it: « l'un d'eux → les membres du régiment »."""
    source = claim.source
    if source is None:
        return ""
    if source.resolved and source.resolved != source.text:
        return f"{source.text} → {source.resolved}"
    return source.text


def _title(analysis: Analysis) -> str:
    """The article's title, or its file name."""
    return analysis.metadata.get("title") or Path(analysis.file).name or "Article"


def to_markdown(analysis: Analysis, marks: dict[int, Mark] | None = None) -> str:
    """A readable report: the counts, then a table of claims (with their marks if given)."""
    lines = [f"# Claims in {_title(analysis)}", ""]
    if analysis.metadata.get("date"):
        lines += [f"Date: {analysis.metadata['date']}", ""]
    lines += [f"Language: {analysis.language}; pipeline: {analysis.pipeline}", ""]
    for kind, look in TABLE.items():
        lines.append(f"- {look.label()}: {len(analysis.claims_of_kind(kind))}")
    heads = ["#", "Kind", "Claim", "Source", "Cue", "Hedged"] + (["Mark"] if marks is not None else [])
    lines += ["", "| " + " | ".join(heads) + " |", "|" + "---|" * len(heads)]
    for claim in analysis.claims:
        cells = [str(claim.id), claim.kind, claim.text, source_label(claim),
                 claim.cue.text if claim.cue else "", "yes" if claim.hedged else ""]
        if marks is not None:
            cells.append(mark_label(marks.get(claim.id)))
        lines.append("| " + " | ".join(_markdown_cell(c) for c in cells) + " |")
    sources = analysis.sources_summary()
    lines += ["", article_sources_table(sources).markdown(), article_shares(sources)]
    return "\n".join(lines) + "\n"


def _markdown_cell(value: str) -> str:
    """A table cell: one line, pipes escaped."""
    return " ".join(value.split()).replace("|", "\\|")


def to_html(analysis: Analysis, marks: dict[int, Mark] | None = None) -> str:
    """A page that stands alone: the article coloured by claim kind, then the claims table."""
    mark_cell = (lambda c: f"<td>{html.escape(mark_label(marks.get(c.id)))}</td>") \
        if marks is not None else (lambda c: "")
    rows = "".join(
        f"<tr><td>{c.id}</td><td><span class='{c.kind}'>{TABLE[c.kind].label()}</span></td>"
        f"<td>{html.escape(c.text)}</td><td>{html.escape(source_label(c))}</td>"
        f"<td>{html.escape(c.cue.text) if c.cue else ''}</td><td>{'yes' if c.hedged else ''}</td>"
        f"{mark_cell(c)}</tr>"
        for c in analysis.claims)
    legend = " ".join(f"<span class='{kind}'>{look.label()}</span> ({look.underline_words})"
                      for kind, look in TABLE.items())
    date = analysis.metadata.get("date")
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>{html.escape(_title(analysis))}</title><style>"
        "body{font-family:Georgia,serif;max-width:42em;margin:2em auto;line-height:1.6;color:#222}"
        "p{margin:0 0 1em} table{border-collapse:collapse;font-family:sans-serif;font-size:90%}"
        "td,th{border:1px solid #ccc;padding:4px;vertical-align:top}"
        f"{kind_css()}"
        "</style></head><body>"
        f"<h1>{html.escape(_title(analysis))}</h1>"
        + (f"<p><em>{html.escape(date)}</em></p>" if date else "")
        + f"<p>{legend}</p>{_html_article(analysis)}"
        "<h2>Claims</h2><table><tr><th>#</th><th>Kind</th><th>Claim</th><th>Source</th>"
        f"<th>Cue</th><th>Hedged</th>{'<th>Mark</th>' if marks is not None else ''}</tr>{rows}</table>{_html_sources(analysis)}</body></html>\n")


def kind_css() -> str:
    """Each kind's style on a light page, as the window draws it: fill and underline."""
    rules = []
    for kind, look in TABLE.items():
        colours = look.light
        fill = f"background:{colours.fill};" if colours.fill else ""
        rules.append(f".{kind}{{{fill}border-bottom:3px {look.underline} {colours.line}}}")
    return "".join(rules)


def _html_sources(analysis: Analysis) -> str:
    """Who the article quotes: the sources table and the shares."""
    sources = analysis.sources_summary()
    return article_sources_table(sources).html() + f"<p>{html.escape(article_shares(sources))}</p>"


def _html_article(analysis: Analysis) -> str:
    """The article's paragraphs with each claim wrapped in a span of its kind."""
    text = analysis.text
    boundaries = sorted({0, len(text)} | {c.start for c in analysis.claims}
                        | {c.end for c in analysis.claims})
    pieces = []
    for start, end in zip(boundaries, boundaries[1:]):
        claim = analysis.claim_at(start)
        chunk = html.escape(text[start:end]).replace("\n\n", "</p><p>").replace("\n", "</p><p>")
        pieces.append(f"<span class='{claim.kind}'>{chunk}</span>" if claim else chunk)
    return "<p>" + "".join(pieces) + "</p>"


def is_complete_pdf(path: Path) -> bool:
    """Whether a PDF file was written to its end: its last bytes hold the end-of-file marker."""
    import stat

    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return True  # a device or a pipe cannot be read back
        with open(path, "rb") as stream:
            stream.seek(max(0, stream.seek(0, 2) - 1024))
            return b"%%EOF" in stream.read()
    except OSError:
        return False
