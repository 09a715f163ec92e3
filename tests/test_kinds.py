"""One table of claim kinds: the window, the legend, the help page and the exports draw each kind
from it, in the same colours and underline."""

import re

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel
from test_article_view import PORT, QUOTE, SHIPS, analysis, drawn

from reader.export import to_html, to_markdown
from reader.kinds import TABLE, label
from reader.model import KINDS
from reader.ui.article_view import ArticleView
from reader.ui.colours import kind_styles
from reader.ui.help_text import help_html
from reader.ui.widgets import Legend



def test_the_table_names_every_kind_in_french_and_english():
    assert tuple(TABLE) == KINDS
    assert label("reported", "fr") == "Discours rapporté"
    assert label("direct") == "Direct quote"
    assert label("unattributed", "de") == "Unattributed assertion"  # no German: English
    assert len({look.underline for look in TABLE.values()}) == len(KINDS)  # told apart without colour


def test_the_html_export_draws_each_kind_as_the_window_does():
    page = to_html(analysis(QUOTE, PORT, SHIPS))
    window = kind_styles(dark=False)
    for kind in KINDS:
        rule = re.search(r"\.%s\{([^}]*)\}" % kind, page).group(1)
        fill = re.search(r"background:(#[0-9A-Fa-f]{6})", rule)
        style, line = re.search(r"border-bottom:3px (\w+) (#[0-9A-Fa-f]{6})", rule).groups()
        if window[kind].background is None:
            assert fill is None, kind
        else:
            assert QColor(fill.group(1)) == window[kind].background, kind
        assert QColor(line) == window[kind].line, kind
        assert style == window[kind].stroke, kind
        assert f"<span class='{kind}'>{label(kind)}</span>" in page


def test_the_window_draws_each_kind_in_the_tables_colours_and_underline(qtbot):
    view = ArticleView()
    qtbot.addWidget(view)
    looks = drawn(qtbot, view, analysis(QUOTE, PORT, SHIPS))
    for claim in (QUOTE, PORT, SHIPS):
        stroke_of, fill, _, _ = looks[claim.start + 2]
        table = TABLE[claim.kind].light
        assert stroke_of == claim.kind, "the text takes its kind's stroke"
        assert fill == (table.fill.lower() if table.fill else "#000000"), claim.kind


def test_the_legend_help_and_markdown_show_the_tables_labels(qtbot):
    legend = Legend()
    qtbot.addWidget(legend)
    texts = {widget.text() for widget in legend.findChildren(QLabel)}
    page, report = help_html(dark=True), to_markdown(analysis(QUOTE, PORT, SHIPS))
    for look in TABLE.values():
        assert look.label() in texts
        assert look.meaning in page and look.dark.line in page
        assert f"- {look.label()}: 1" in report
