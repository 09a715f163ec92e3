"""Tables as Markdown, HTML and CSV: the one shape every report is written in."""

from __future__ import annotations

import csv
import html
import io
from dataclasses import dataclass

from reader.report.article import ArticleSources
from reader.i18n import _, number, percent


@dataclass
class Table:
    """A titled table of plain cells."""

    title: str
    columns: tuple[str, ...]
    rows: list[tuple]

    def markdown(self) -> str:
        """A Markdown heading and table."""
        lines = [f"## {self.title}", "", _markdown_row(self.columns),
                 "|" + "---|" * len(self.columns)]
        lines += [_markdown_row(row) for row in self.rows]
        return "\n".join(lines) + "\n"

    def html(self, heading: bool = True) -> str:
        """An HTML table, under its heading unless told otherwise."""
        head = "".join(f"<th>{html.escape(c)}</th>" for c in self.columns)
        body = "".join("<tr>" + "".join(f"<td>{html.escape(cell_text(c))}</td>" for c in row)
                       + "</tr>" for row in self.rows)
        title = f"<h2>{html.escape(self.title)}</h2>" if heading else ""
        return f"{title}<table><tr>{head}</tr>{body}</table>"

    def csv(self) -> str:
        """The table as CSV, its columns as the header."""
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(self.columns)
        writer.writerows([cell_text(c) for c in row] for row in self.rows)
        return buffer.getvalue()


def cell_text(value) -> str:
    """A cell as text: shares as percentages, lists joined."""
    if isinstance(value, float):
        return f"{value:.1%}"
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    return str(value)


def _markdown_row(cells) -> str:
    """One Markdown table row: one line, pipes escaped."""
    return "| " + " | ".join(" ".join(cell_text(c).split()).replace("|", "\\|")
                             for c in cells) + " |"


SOURCE_COLUMNS = ("Source", "Type", "Gender", "Claims", "Words", "Also named")


def article_sources_table(summary: ArticleSources) -> Table:
    """The sources of one article, most words first."""
    rows = [(s.name, s.type, s.gender, s.claims, s.words, [a for a in s.aliases if a != s.name])
            for s in summary.sources]
    return Table("Sources", SOURCE_COLUMNS, rows)


def article_shares(summary: ArticleSources) -> str:
    """One sentence on how much of the article is credited, and to whom."""
    return _("{share} of the article's {words} words are credited to a source; {anonymous} of those "
             "to anonymous sources.").format(share=percent(summary.attributed_share),
                                             words=number(summary.words),
                                             anonymous=percent(summary.anonymous_share))
