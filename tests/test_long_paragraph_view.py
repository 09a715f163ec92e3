"""A very long paragraph is shown broken into shorter ones, and the breaks are the page's alone:
claims are coloured, selected and copied at their exact offsets across them."""

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextCursor

from reader.live.presentation import LONGEST_SHOWN_PARAGRAPH, ClaimFilter, OffsetMap, display_breaks
from reader.model import Analysis, Claim
from reader.ui.article_view import ArticleView
from reader.ui.strokes import KIND_PROPERTY

QUOTE = "« Nous partirons demain », a déclaré la ministre."
# One paragraph twice as long as the page lays out whole, the quote past its first break.
TEXT = "Le port " + "est fermé " * (LONGEST_SHOWN_PARAGRAPH // 10) + QUOTE + " Fin." * 50 + "\nSuite."
START = TEXT.index("Nous")
END = START + len("Nous partirons demain")


def drawn_view(qtbot):
    """The view with TEXT drawn to its end, its one claim coloured."""
    view = ArticleView()
    qtbot.addWidget(view)
    claim = Claim("direct", START, END, TEXT[START:END], None, None, False, 1)
    view.show_analysis(Analysis("a.txt", "fr", "rules", {"title": "Titre"}, TEXT, [claim]), ClaimFilter())
    view.finish_drawing()
    return view


def kind_at(view, offset):
    """The kind whose look the character at a text offset takes."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.position_of(offset) + 1)
    return cursor.charFormat().property(KIND_PROPERTY)


def test_a_claim_after_a_shown_break_is_coloured_at_its_exact_offsets(qtbot):
    view = drawn_view(qtbot)
    first_break = display_breaks(TEXT)[0]
    assert first_break < START
    blocks = view.document().findBlock
    assert blocks(view.position_of(0)) != blocks(view.position_of(START)), \
        "the long paragraph is shown in more than one block"
    assert [kind_at(view, offset) for offset in range(START - 2, END + 2)] == \
        [None, None] + ["direct"] * (END - START) + [None, None]
    view.select_text(START, END)
    assert view.textCursor().selectedText() == TEXT[START:END]
    assert view.offset_of(view.textCursor().selectionStart()) == START
    first_line = TEXT[:first_break]
    view.select_text(0, first_break)  # a stretch ending at a break ends before it
    assert view.textCursor().selectedText() == first_line


def test_copying_across_a_shown_break_gives_the_article_text(qtbot):
    view = drawn_view(qtbot)
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.position_of(10))
    cursor.setPosition(view.position_of(END), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    assert "\u2029" in cursor.selectedText(), "the selection spans a break the page shows"
    assert view.createMimeDataFromSelection().text() == TEXT[10:END]
    cursor.setPosition(0)  # from the title on
    cursor.setPosition(view.position_of(END), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    assert view.createMimeDataFromSelection().text() == "Titre\n\n" + TEXT[:END]  # a blank line under it
    assert view.text == TEXT


def test_no_ordinary_paragraph_is_broken():
    assert display_breaks(("Un paragraphe ordinaire. " * 100 + "\n") * 50) == []


@settings(max_examples=100, deadline=None)
@given(text=st.text(alphabet="ab \n😀", max_size=3 * LONGEST_SHOWN_PARAGRAPH), base=st.integers(0, 9))
def test_offsets_and_positions_map_both_ways_across_breaks_and_wide_characters(text, base):
    offsets = OffsetMap(text, base)
    shown, breaks = [], set(offsets.breaks)
    for offset, character in enumerate(text):
        if offset in breaks:
            assert offsets.from_qt(base + len(shown)) == offset  # at the break: the next character
            shown.append("\u2029")
        assert offsets.to_qt(offset) == base + len(shown)
        assert offsets.end_to_qt(offset) == base + len(shown) - (offset in breaks)  # before the break
        assert offsets.from_qt(base + len(shown)) == offset
        shown += [character, ""] if ord(character) > 0xFFFF else [character]  # two UTF-16 units
        assert offsets.from_qt(base + len(shown) - 1) == offset
    assert offsets.to_qt(len(text)) == base + len(shown)
    lines = "".join(shown).replace("\u2029", "\n").split("\n")
    assert max(map(len, lines)) <= LONGEST_SHOWN_PARAGRAPH


def test_paper_shows_the_long_paragraph_whole_with_its_claim_coloured(qtbot):
    view = drawn_view(qtbot)
    paper = view.printable()
    paragraph = TEXT.split("\n")[0]
    blocks = [paper.findBlockByNumber(number) for number in range(paper.blockCount())]
    whole = [block for block in blocks if block.text() == paragraph]
    assert len(whole) == 1, "the paragraph is printed in one piece"
    assert [block.text() for block in blocks][-1] == "Suite."
    cursor = QTextCursor(paper)
    cursor.setPosition(whole[0].position() + START + 1)
    assert cursor.charFormat().property(KIND_PROPERTY) == "direct"
    cursor.setPosition(whole[0].position() + START - 1)
    assert cursor.charFormat().property(KIND_PROPERTY) is None
    on_screen = view.document().findBlock
    assert on_screen(view.position_of(0)) != on_screen(view.position_of(START)), \
        "the screen keeps its pieces"
