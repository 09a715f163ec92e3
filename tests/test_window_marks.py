"""Marks in the window: set from a claim's menu, shown and filtered in the panel, back after a restart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from reader.analysis import rule_pass
from reader.document import document_from_text
from reader.marks import Mark
from reader.ui.main_window import MainWindow

ARTICLE = ("« Nous ne céderons pas », a déclaré la ministre Élisabeth Borne.\n\n"
           "Selon le syndicat, la grève sera reconduite.\n\n"
           "« Le dialogue reste ouvert », a assuré le porte-parole.")


@pytest.fixture
def analysis():
    """The rules' claims of a short French article: no language model needed."""
    found = rule_pass(document_from_text(ARTICLE), "fr")
    assert len(found.claims) >= 2
    return found


def listing(qtbot, config_dir, analysis) -> MainWindow:
    """A window whose panel lists the analysis, as after opening the article."""
    window = MainWindow(settings_dir=config_dir, warm_up=False)
    qtbot.addWidget(window)
    window.panel.show_analysis(analysis)
    return window


def row_texts(window) -> list[str]:
    """The first line of each row of the panel's list."""
    model = window.panel.claim_model
    return [model.index(row).data().split("\n")[0] for row in range(model.rowCount())]


def test_a_mark_and_its_note_are_back_after_the_window_restarts(qtbot, config_dir, analysis, data_dir):
    window = listing(qtbot, config_dir, analysis)
    first, second = analysis.claims[:2]
    window.claim_menu.mark(first, "checked")
    dialog = window.claim_menu.edit_note(second)
    dialog.state_buttons["disputed"].setChecked(True)
    dialog.note.setPlainText("Le syndicat dément.")
    dialog.link.setText("https://example.org/dementi")
    dialog.accept()
    assert (data_dir / "marks.sqlite3").is_file()
    window.close()
    window.claim_menu.marks.close()

    again = listing(qtbot, config_dir, analysis)
    assert again.panel.marks == {first.id: Mark("checked"),
                                 second.id: Mark("disputed", "Le syndicat dément.",
                                                 "https://example.org/dementi")}
    rows = row_texts(again)
    assert rows[0].startswith("✓ ") and rows[1].startswith("✗ ")
    tooltip = again.panel.claim_model.index(1).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.endswith("Mark: Disputed\nLe syndicat dément.\nhttps://example.org/dementi")


def test_reading_an_article_writes_no_marks_database_until_a_mark_is_kept(qtbot, config_dir,
                                                                        analysis, data_dir):
    window = listing(qtbot, config_dir, analysis)  # making it waited for the disk, GUI and all
    assert window.panel.marks == {}
    assert not (data_dir / "marks.sqlite3").exists()
    window.claim_menu.mark(analysis.claims[0], "checked")
    assert window.panel.marks == {analysis.claims[0].id: Mark("checked")}
    window.close()
    window.claim_menu.marks.close()


def test_a_bad_link_is_said_and_nothing_is_kept(qtbot, config_dir, analysis):
    window = listing(qtbot, config_dir, analysis)
    dialog = window.claim_menu.edit_note(analysis.claims[0])
    dialog.link.setText("javascript:alert(1)")
    dialog.accept()
    assert dialog.isVisible() and "Not a web link" in dialog.error.text()
    assert window.panel.marks == {}


def test_the_marks_filter_shows_only_the_claims_marked_that_way(qtbot, config_dir, analysis):
    window = listing(qtbot, config_dir, analysis)
    window.claim_menu.mark(analysis.claims[1], "to_check")
    box = window.panel.mark_box
    box.setCurrentIndex(box.findData("to_check"))
    assert window.panel.shown_claims() == [analysis.claims[1]]
    box.setCurrentIndex(box.findData("unmarked"))
    assert analysis.claims[1] not in window.panel.shown_claims()
    assert len(window.panel.shown_claims()) == len(analysis.claims) - 1
    window.claim_menu.marks.set_mark(analysis.claims[1], None)  # unmarked, it passes again
    assert window.panel.shown_claims() == analysis.claims


def test_the_claim_menu_offers_the_marks_and_ticks_the_current_one(qtbot, config_dir, analysis):
    window = listing(qtbot, config_dir, analysis)
    window.claim_menu.mark(analysis.claims[0], "disputed")
    menu = window.claim_menu.menu_for(analysis.claims[0])
    entries = {action.text(): action for action in menu.actions() if action.text()}
    assert entries["Mark as &Disputed"].isChecked()
    assert not entries["Mark as C&hecked"].isChecked()
    assert entries["&Remove Mark"].isEnabled()


def test_a_screen_reader_hears_kind_source_mark_and_text_of_a_row(qtbot, config_dir, analysis):
    window = listing(qtbot, config_dir, analysis)
    window.show()
    claim = analysis.claims[1]
    window.claim_menu.mark(claim, "checked")
    QAccessible.setActive(True)
    view = QAccessible.queryAccessibleInterface(window.panel.claim_list)
    assert view.childCount() == len(analysis.claims)
    row = view.child(1)
    assert row.role() == QAccessible.Role.ListItem
    assert row.text(QAccessible.Text.Name) == \
        "Reported speech, source: le syndicat, Checked. la grève sera reconduite"
    assert row.text(QAccessible.Text.Description) == \
        "Reported speech\nSource: le syndicat\nCue: Selon\nHedged: no\nMark: Checked"


def test_a_screen_reader_hears_the_claim_the_caret_is_in(qtbot, config_dir, analysis):
    window = listing(qtbot, config_dir, analysis)
    window.show()
    window.article.show_document(document_from_text(ARTICLE))
    window.article.show_analysis(analysis, window.panel.claim_filter)
    qtbot.waitUntil(lambda: not window.article.drawing, timeout=5000)
    QAccessible.setActive(True)
    text = QAccessible.queryAccessibleInterface(window.article)
    assert text.text(QAccessible.Text.Name) == "Article"
    assert text.text(QAccessible.Text.Description).startswith("The article text, its claims coloured")
    claim = analysis.claims[1]
    caret = window.article.textCursor()
    caret.setPosition(window.article.position_of(claim.start + 2))  # as the arrow keys move it
    window.article.setTextCursor(caret)
    assert text.text(QAccessible.Text.Description) == \
        "Reported speech, source: le syndicat. la grève sera reconduite"


def test_the_window_exports_the_marks_and_notes(qtbot, config_dir, analysis, tmp_path):
    import json

    window = listing(qtbot, config_dir, analysis)
    window.session.analysis = analysis  # as once the article is drawn
    window.claim_menu.marks.set_mark(analysis.claims[1], Mark("disputed", "Le syndicat dément."))
    assert window.exports.export_to(tmp_path / "a.json", "json")
    claims = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))["claims"]
    assert [claim.get("mark") for claim in claims] == [
        None, {"state": "disputed", "note": "Le syndicat dément.", "link": ""}, None]


def test_a_marked_claim_has_its_sign_in_the_article_margin(qtbot, config_dir, analysis):
    window = listing(qtbot, config_dir, analysis)
    window.show()
    window.article.show_document(document_from_text(ARTICLE))
    window.article.show_analysis(analysis, window.panel.claim_filter)
    qtbot.waitUntil(lambda: not window.article.drawing, timeout=5000)
    margin = window.claim_menu.margin
    assert margin.signs() == []
    window.claim_menu.mark(analysis.claims[1], "disputed")
    window.claim_menu.mark(analysis.claims[2], "checked")
    signs = margin.signs()
    assert [sign for _, sign in signs] == ["✗", "✓"]
    caret = window.article.textCursor()
    caret.setPosition(window.article.position_of(analysis.claims[1].start))
    line = window.article.cursorRect(caret).top() + window.article.viewport().y()
    assert signs[0][0] == line  # beside the claim's first line
    assert margin.width() == window.article.viewportMargins().left() > 0
