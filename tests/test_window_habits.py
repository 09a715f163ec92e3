"""Readers' habits: the sample article, a claim's menu and citation (offscreen Qt)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication
from test_window import SEED, make_window, open_and_wait

from reader.citation import citation
from reader.ui.main_window import SAMPLE_ARTICLE

ARTICLE = ("---\ntitle: Trottinettes\nsource: Le Quotidien\ndate: 2024-05-06\n---\n\n"
           "« Nous avons écouté les habitants », a déclaré Marie Dupont.\n")


def test_the_welcome_page_opens_the_sample_article(qtbot, config_dir, french_model):
    window = make_window(qtbot, config_dir)
    assert SAMPLE_ARTICLE == SEED
    assert window.welcome.sample_button.isVisible()
    with qtbot.waitSignal(window.analysis_shown, timeout=120_000):
        qtbot.mouseClick(window.welcome.sample_button, Qt.MouseButton.LeftButton)
    assert window.path == str(SEED)
    assert window.pages.currentWidget() is window.article
    window.close()


def menu_texts(menu) -> list[str]:
    """The menu's actions as shown, separators left out."""
    return [action.text() for action in menu.actions() if not action.isSeparator()]


def trigger(menu, text: str) -> None:
    """Choose an action of a menu by its text."""
    next(action for action in menu.actions() if action.text() == text).trigger()


def test_a_claims_menu_copies_it_cites_it_and_finds_its_source(qtbot, config_dir, french_model,
                                                                tmp_path):
    path = tmp_path / "article.md"
    path.write_text(ARTICLE, encoding="utf-8")
    window = make_window(qtbot, config_dir)
    analysis = open_and_wait(qtbot, window, path)
    quote = next(c for c in analysis.claims if c.kind == "direct")
    assert quote.source.text == "Marie Dupont"
    assert window.status.figures.text() == "1 claim · Zoom 100%"

    # A right click on the claim's row in the panel.
    view = window.panel.claim_list
    row = view.visualRect(window.panel.claim_model.index(analysis.claims.index(quote))).center()
    view.customContextMenuRequested.emit(row)
    menu = window.claim_menu.menu
    assert menu.isVisible()
    assert menu_texts(menu) == ["&Copy", "Copy as C&itation", "Go to &Source", "Show in &Text",
                                "Mark as C&hecked", "Mark as T&o Check", "Mark as &Disputed",
                                "&Note and Link…", "&Remove Mark"]
    trigger(menu, "&Copy")
    assert QApplication.clipboard().text() == quote.text
    trigger(menu, "Copy as C&itation")
    assert QApplication.clipboard().text() == citation(quote, analysis.metadata, "fr")
    assert QApplication.clipboard().text() == (
        "« Nous avons écouté les habitants » — Marie Dupont (verbe\u00a0: « déclaré »), "
        "dans « Trottinettes », Le Quotidien, 2024-05-06.")
    trigger(menu, "Go to &Source")
    assert window.article.textCursor().selectedText() == "Marie Dupont"
    trigger(menu, "Show in &Text")
    assert window.article.textCursor().selectedText() == quote.text
    assert window.panel.current_claim() is quote
    menu.close()

    # A right click on the claim's words in the text.
    article = window.article
    window.article.select_text(0, 0)
    inside = article.cursorRect(_cursor_at(article, quote.start + 3)).center()
    QApplication.sendEvent(article.viewport(), QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, inside, article.viewport().mapToGlobal(inside)))
    assert window.claim_menu.menu is not menu and window.claim_menu.menu.isVisible()
    trigger(window.claim_menu.menu, "Show in &Text")
    assert window.panel.current_claim() is quote
    window.claim_menu.menu.close()
    window.close()


def _cursor_at(article, offset: int):
    """A text cursor at an offset of the article text."""
    cursor = article.textCursor()
    cursor.setPosition(article.position_of(offset))
    return cursor


def test_reopening_an_article_returns_to_the_place_and_the_claim_left(qtbot, config_dir,
                                                                       french_model, tmp_path):
    other = tmp_path / "other.md"
    other.write_text(ARTICLE, encoding="utf-8")
    window = make_window(qtbot, config_dir)
    window.resize(700, 500)
    analysis = open_and_wait(qtbot, window, SEED)
    claim = analysis.claims[len(analysis.claims) // 2]
    window.navigator.show_claim(claim)
    top = window.article.top_offset()
    assert top > 0  # the claim is below the first screen
    open_and_wait(qtbot, window, other)
    window.close()  # the settings are written on the way out

    window = make_window(qtbot, config_dir)
    window.resize(700, 500)
    open_and_wait(qtbot, window, SEED)
    assert window.panel.current_claim().id == claim.id
    assert window.article.textCursor().selectedText() == claim.text
    assert abs(window.article.top_offset() - top) < 80  # the same line, give or take its length
    window.close()
