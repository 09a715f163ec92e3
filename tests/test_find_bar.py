"""Find in the article: Ctrl+F, matches highlighted, "n of m", next and previous (offscreen Qt)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_window import make_window, open_and_wait

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
