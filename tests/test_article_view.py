"""The article view redraws only what changed between analyses, and ends as a fresh drawing would;
a long text is drawn where the reader looks first, then to its end."""

import gc
from dataclasses import replace

from PySide6.QtGui import QTextCursor

from reader.document import document_from_text
from reader.live.looks import Look, LookIndex, changed_stretch, paint_marks
from reader.live.presentation import ClaimFilter, _letters, completed_by_rules
from reader.model import Analysis, Claim, Cue, Source
from reader.ui.article_view import ArticleView
from reader.ui.colours import LIGHT
from reader.ui.strokes import KIND_PROPERTY

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
        looks.append((fmt.property(KIND_PROPERTY), fmt.background().color().name(), fmt.fontWeight(),
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


# A long text: the seed's three claims over and over, far more text than the view shows.
REPEATS = 300
LONG_TEXT = "\n".join([TEXT] * REPEATS)


def shifted(claims, by):
    """The claims of TEXT moved to a later copy of it."""
    def move(part):
        return part and replace(part, start=part.start + by, end=part.end + by)
    return [replace(c, start=c.start + by, end=c.end + by, source=move(c.source), cue=move(c.cue))
            for c in claims]


def long_analysis(*claims):
    """The claims repeated in every copy of TEXT in LONG_TEXT, numbered in reading order."""
    every = [c for copy in range(REPEATS) for c in shifted(claims, copy * (len(TEXT) + 1))]
    return Analysis("long.txt", "fr", "rules", {}, LONG_TEXT,
                    [replace(c, id=number) for number, c in enumerate(every, 1)])


def look_at(view, offset):
    """The kind whose stroke the character at an offset takes, and its fill."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.position_of(offset) + 1)
    fmt = cursor.charFormat()
    return fmt.property(KIND_PROPERTY), fmt.background().color().name()


def long_view(qtbot):
    """A view small enough to show only the top of LONG_TEXT."""
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    return view


def test_a_long_text_is_shown_before_it_is_all_drawn_then_drawn_to_the_end(qtbot):
    view = long_view(qtbot)
    analysis = long_analysis(QUOTE, SHIPS)
    with qtbot.waitSignal(view.drawn, timeout=5000):
        view.show_analysis(analysis, ClaimFilter())
    assert not view.complete, "the text out of sight is still to draw"
    first, last = analysis.claims[0], analysis.claims[-1]
    assert look_at(view, first.start + 1) == ("direct", LIGHT["direct"].lower())
    qtbot.waitUntil(lambda: view.complete, timeout=10_000)
    assert view.toPlainText().endswith(LONG_TEXT)
    assert look_at(view, last.start + 1) == ("reported", LIGHT["reported"].lower())


def test_the_text_in_sight_is_recoloured_first(qtbot):
    view = long_view(qtbot)
    view.show_analysis(long_analysis(QUOTE, SHIPS), ClaimFilter())
    qtbot.waitUntil(lambda: view.complete, timeout=10_000)
    hedged = long_analysis(replace(QUOTE, hedged=True), SHIPS)
    quotes = hedged.claims_of_kind("direct")
    seen = []
    view.drawn.connect(lambda: seen.append([format_of(view, c.start + 1).fontItalic() for c in quotes]))
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    view.show_analysis(hedged, ClaimFilter())
    qtbot.waitUntil(lambda: view.complete, timeout=10_000)
    italic_when_seen = seen[0]
    assert italic_when_seen[-1] and not italic_when_seen[len(quotes) // 2], \
        "the end, in sight, is drawn before the middle"
    assert all(format_of(view, c.start + 1).fontItalic() for c in quotes)


def test_the_text_out_of_sight_waits_for_claims_then_comes_without_them(qtbot, monkeypatch):
    monkeypatch.setattr("reader.ui.text_drawing.CLAIMS_WAIT_MS", 100)
    view = long_view(qtbot)
    document = document_from_text(LONG_TEXT)
    with qtbot.waitSignal(view.drawn, timeout=5000):
        view.show_document(document)
    assert not view.toPlainText().endswith(document.text), "only the top is written at first"
    qtbot.waitUntil(lambda: view.complete, timeout=10_000)
    assert view.toPlainText().endswith(document.text)
    assert look_at(view, len(document.text) - 5) == (None, "#000000")


def format_of(view, offset):
    """The character format at a text offset."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.position_of(offset) + 1)
    return cursor.charFormat()


def test_nested_claims_and_markers_take_their_looks_in_order():
    outer = claim("direct", 0, 40, 1, cue=Cue("a", 30, 35))
    inner = claim("unattributed", 10, 20, 2, hedged=True)
    looks = LookIndex([outer, inner], {"direct", "reported"}).between(0, 50)
    assert looks == [(0, 10, Look("direct", "direct", False)),
                     (10, 20, Look("direct", "unattributed", True)),
                     (20, 30, Look("direct", "direct", False)),
                     (30, 35, Look("direct", "direct", False, "direct")),
                     (35, 40, Look("direct", "direct", False))]
    assert LookIndex([outer, inner], set()).between(12, 14) == [(12, 14, Look(None, "unattributed", True))]


def test_the_look_index_of_a_book_leaves_the_garbage_collector_nothing_to_walk():
    # A full pass walks every container alive, the window waiting: a book's 30,000 claims indexed
    # as objects made it a tenth of a second longer.
    claims = [claim("reported", at, at + 8, at, cue=Cue("dit", at + 8, at + 11))
              for at in range(0, 200_000, 20)]
    gc.collect()
    before = len(gc.get_objects())
    index = LookIndex(claims, {"direct"})
    gc.collect()
    assert len(gc.get_objects()) - before < 100
    assert index.between(40, 60) == [(40, 48, Look(None, "reported", False)),
                                     (48, 51, Look(None, None, None, "reported"))]


def test_letters_are_counted_as_split_counts_them():
    text = "a\u00a0b\tc\u2003d  e\n\nf\u3000"
    assert _letters(text) == sum(map(len, text.split())) == 6


def test_claims_of_the_top_only_leave_the_rest_waiting_for_the_whole_texts(qtbot):
    view = long_view(qtbot)
    whole = long_analysis(QUOTE, SHIPS)
    top = replace(whole, claims=whole.claims[:4])
    view.show_document(document_from_text(LONG_TEXT))
    with qtbot.waitSignal(view.drawn, timeout=5000):
        view.show_analysis(top, ClaimFilter(), whole_text=False)
    qtbot.wait(50)
    assert not view.toPlainText().endswith(LONG_TEXT), "the rest waits for its claims"
    view.show_analysis(whole, ClaimFilter())
    qtbot.waitUntil(lambda: view.complete, timeout=10_000)
    assert view.toPlainText().endswith(LONG_TEXT)
    assert look_at(view, whole.claims[-1].start + 1) == ("reported",
                                                         LIGHT["reported"].lower())


def test_a_claim_picked_before_the_text_reaches_it_is_selected(qtbot):
    view = long_view(qtbot)
    analysis = long_analysis(QUOTE, SHIPS)
    with qtbot.waitSignal(view.drawn, timeout=5000):
        view.show_analysis(analysis, ClaimFilter())
    last = analysis.claims[-1]
    view.select_claim(last)
    cursor = view.textCursor()
    assert cursor.selectedText() == last.text
    view.finish_drawing()
    assert view.complete and view.toPlainText().endswith(LONG_TEXT)


def test_an_article_without_header_is_shown_unselected_with_the_caret_at_the_top(qtbot):
    view = ArticleView()
    qtbot.addWidget(view)
    drawn(qtbot, view, analysis(QUOTE, PORT, SHIPS))
    caret = view.textCursor()
    assert (caret.hasSelection(), caret.position()) == (False, 0)
