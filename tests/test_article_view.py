"""The article view redraws only what changed between analyses, and ends as a fresh drawing would."""

from dataclasses import replace

from PySide6.QtGui import QTextCursor

from reader.document import document_from_text
from reader.model import Analysis, Claim, Cue, Source
from reader.ui.article_view import ArticleView
from reader.ui.presentation import (ClaimFilter, changed_stretch, completed_by_rules,
                                    paint_marks)

TEXT = ("« Nous partirons demain », a déclaré la ministre.\n"
        "Le port est fermé depuis lundi.\n"
        "Selon l'AFP, dix navires attendent au large.")


def claim(kind, start, end, number, source=None, cue=None, hedged=False):
    return Claim(kind, start, end, TEXT[start:end], source, cue, hedged, number)


def analysis(*claims, pipeline="fr_core_news_md 3.8.0"):
    return Analysis("a.txt", "fr", pipeline, {"date": None, "title": None}, TEXT, list(claims))


def at(words):
    """Where some words start and end in the text."""
    start = TEXT.index(words)
    return start, start + len(words)


QUOTE = claim("direct", *at("Nous partirons demain"), 1,
              Source("la ministre", *at("la ministre"), None, "person"), Cue("a déclaré", *at("a déclaré")))
PORT = claim("unattributed", *at("Le port est fermé depuis lundi."), 2)
SHIPS = claim("reported", *at("dix navires attendent au large."), 3, None, Cue("Selon", *at("Selon")))


def formats(view):
    """The look of every character of the text: what a reader sees."""
    cursor = QTextCursor(view.document())
    looks = []
    for offset in range(len(TEXT)):
        cursor.setPosition(view.position_of(offset) + 1)
        fmt = cursor.charFormat()
        looks.append((fmt.underlineStyle(), fmt.background().color().name(), fmt.fontWeight(),
                      fmt.fontItalic()))
    return looks


def drawn(qtbot, view, *analyses):
    for shown in analyses:
        view.show_analysis(shown, ClaimFilter())
        qtbot.waitUntil(lambda: not view.drawing, timeout=5000)
    return formats(view)


def test_a_redrawing_ends_as_a_fresh_drawing(qtbot):
    first, second = ArticleView(), ArticleView()
    qtbot.addWidget(first)
    qtbot.addWidget(second)
    for view in (first, second):
        view.show_document(document_from_text(TEXT))
    rules = analysis(QUOTE, SHIPS, pipeline="rules")
    final = analysis(QUOTE, replace(PORT, hedged=True), replace(SHIPS, kind="unattributed", cue=None))
    assert drawn(qtbot, first, rules, final) == drawn(qtbot, second, final)
    assert drawn(qtbot, first, rules) == drawn(qtbot, second, rules), "claims taken away are undone"


def test_only_the_changed_stretch_is_redrawn():
    before = paint_marks([QUOTE, SHIPS])
    assert changed_stretch(before, paint_marks([QUOTE, SHIPS])) is None
    assert changed_stretch(before, paint_marks([QUOTE, PORT, SHIPS])) == (50, 81)
    assert changed_stretch(before, paint_marks([QUOTE, replace(SHIPS, cue=None)])) == (82, 87)
    assert changed_stretch(before, paint_marks([replace(QUOTE, hedged=True), SHIPS])) == (2, 23)


def test_the_rules_complete_a_partial_analysis_below_its_parse():
    rules = analysis(QUOTE, SHIPS, pipeline="rules")
    top = analysis(replace(QUOTE, id=1), replace(PORT, id=2))
    shown = completed_by_rules(top, PORT.end, rules)
    assert [(c.kind, c.start, c.id) for c in shown.claims] == \
        [("direct", 2, 1), ("unattributed", 50, 2), ("reported", 95, 3)]
    assert shown.pipeline == "fr_core_news_md 3.8.0"
    assert [c.id for c in rules.claims] == [1, 3], "the rules' own claims are left as they were"
