"""Find in the article: Ctrl+F, matches highlighted, "n of m", next and previous (offscreen Qt)."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QTextCursor
from PySide6.QtWidgets import QApplication
from test_article_view import PORT, QUOTE, SHIPS, TEXT, at
from test_article_view import analysis as view_analysis
from test_window import make_window, open_and_wait

from reader.kinds import TABLE
from reader.live.presentation import ClaimFilter
from reader.ui.colours import DARK, LIGHT, find_match_colours
from reader.ui.find_bar import find_all

ARTICLE = ("Le régiment est parti à l’aube, a rapporté le colonel.\n\n"
           "« Le REGIMENT reviendra », a déclaré l’un d’eux.\n\n"
           "Selon le maire, le Régiment restera en ville et l'un d'eux s'installera.\n")


def test_find_all_ignores_case_accents_and_apostrophe_shapes():
    assert [ARTICLE[s:e] for s, e in find_all(ARTICLE, "regiment")] == [
        "régiment", "REGIMENT", "Régiment"]
    assert [ARTICLE[s:e] for s, e in find_all(ARTICLE, "L'UN D’EUX")] == ["l’un d’eux", "l'un d'eux"]
    assert find_all(ARTICLE, "caserne") == []
    assert find_all(ARTICLE, "   ") == []


def test_find_all_gives_offsets_in_the_original_text_when_folding_changes_lengths():
    text = "Die Straße 🙂 straße"  # ß folds to "ss"; the emoji takes one Python offset
    assert find_all(text, "strasse") == [(4, 10), (13, 19)]
    assert find_all(text, "ße") == [(8, 10), (17, 19)]


def shortcut(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier):
    """Press a key where the keyboard is, as a reader would."""
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifier)


def test_ctrl_f_finds_in_the_article_and_ctrl_shift_f_filters_the_claims(qtbot, config_dir,
                                                                          french_model, tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    window = make_window(qtbot, config_dir)
    open_and_wait(qtbot, window, path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.article.setFocus()
    bar = window.find_bar
    assert not bar.isVisible()

    shortcut(qtbot, window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert bar.isVisible() and bar.field.hasFocus()
    qtbot.keyClicks(bar.field, "regiment")
    assert bar.status == "1 of 3"
    assert window.article.textCursor().selectedText() == "régiment"
    highlighted = [s.cursor.selectedText() for s in window.article.extraSelections()]
    assert highlighted == ["régiment", "REGIMENT", "Régiment"]

    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.status == "2 of 3"
    assert window.article.textCursor().selectedText() == "REGIMENT"
    shortcut(qtbot, window, Qt.Key.Key_F3)
    assert bar.status == "3 of 3"
    shortcut(qtbot, window, Qt.Key.Key_F3)
    assert bar.status == "1 of 3"  # around to the first
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.status == "3 of 3"
    shortcut(qtbot, window, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert bar.status == "2 of 3"

    bar.field.clear()
    qtbot.keyClicks(bar.field, "l'un d'eux")
    assert [s.cursor.selectedText() for s in window.article.extraSelections()] == [
        "l’un d’eux", "l'un d'eux"]
    bar.field.clear()
    qtbot.keyClicks(bar.field, "caserne")
    assert bar.status == "No match"
    assert window.article.extraSelections() == []

    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert window.article.hasFocus()

    shortcut(qtbot, window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
             | Qt.KeyboardModifier.ShiftModifier)
    assert window.panel.search.hasFocus()
    assert not bar.isVisible()
    window.close()


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two colours: 1 for the same, 21 for black on white."""
    def luminance(colour: QColor) -> float:
        channels = [c / 255 for c in (colour.red(), colour.green(), colour.blue())]
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def background_of(image: QImage, view, start: int, end: int) -> QColor:
    """The colour most of a stretch of text's box is painted in: its background, not its letters."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.position_of(start))
    left = view.cursorRect(cursor)
    cursor.setPosition(view.position_of(end))
    right = view.cursorRect(cursor)
    counts = Counter(image.pixel(x, y) for x in range(left.right() + 2, right.left() - 1)
                     for y in range(left.top() + 2, left.bottom() - 1))
    return QColor.fromRgb(counts.most_common(1)[0][0])


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_a_match_inside_a_quote_stands_out_from_the_quotes_fill(qtbot, config_dir, theme):
    window = make_window(qtbot, config_dir)
    window.set_theme(theme)
    window.column.show_article()
    window.article.show_analysis(view_analysis(QUOTE, PORT, SHIPS), ClaimFilter())
    qtbot.waitUntil(lambda: not window.article.drawing, timeout=5000)
    window.find_bar.open()
    window.find_bar.field.setText("ar")  # « partirons » in the quote, « large » in reported speech
    window.find_bar.find_next()  # the second is selected, the first only marked as a match
    qtbot.wait(50)
    image = window.article.viewport().grab().toImage()
    match = TEXT.index("partirons") + 1
    quote_fill = background_of(image, window.article, *at("demain"))
    match_fill = background_of(image, window.article, match, match + 2)
    dark = theme == "dark"
    assert quote_fill == QColor((DARK if dark else LIGHT)["direct"])
    assert contrast(match_fill, quote_fill) >= 3, (match_fill.name(), quote_fill.name())
    background, letters = find_match_colours(dark)
    assert match_fill == background
    for look in TABLE.values():  # on every kind's fill, and in plain text: matches stand out
        fill = look.colours(dark).fill
        assert contrast(background, QColor(fill) if fill else window.article.palette().base().color()) \
            >= 3, look.name
    assert contrast(background, letters) >= 4.5, "the match's words stay readable"
    window.set_theme("light")
    window.close()
