"""The window opens every format: the Open dialog and drops take the loader's suffixes, and the
metadata a file gives shows above the article."""

from __future__ import annotations

from article_files import SAVED_PAGE, TITLE, docx_bytes, write
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog
from test_window import ANALYSIS_TIMEOUT_MS, make_window, open_and_wait

from reader.document import SUPPORTED_SUFFIXES
from reader.live.presentation import byline


def test_saved_page_shows_title_and_byline_above_the_article(qtbot, config_dir, french_model,
                                                             tmp_path):
    window = make_window(qtbot, config_dir)
    page = write(tmp_path, "page.html", SAVED_PAGE.encode("utf-8"))
    analysis = open_and_wait(qtbot, window, page)
    shown = window.article.toPlainText()
    assert shown.startswith(f"{TITLE}\nPublished 14 March 2023 · Marie Dupont · Le Quotidien\n")
    body = window.article.position_of(0)
    assert shown[body:body + 40] == analysis.text[:40]
    window.close()


def test_byline_leaves_out_what_is_unknown():
    assert byline({"date": None, "author": "Marie Dupont", "outlet": "Le Quotidien"}) == \
        "Marie Dupont · Le Quotidien"
    assert byline({"title": "x", "format": "pdf"}) == ""


def test_open_dialog_offers_every_supported_suffix(qtbot, config_dir, monkeypatch):
    window = make_window(qtbot, config_dir)
    offered = []

    def cancelled_dialog(parent, caption, folder, filters):
        offered.append(filters)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", cancelled_dialog)
    window.choose_file()
    articles = offered[0].split(";;")[0]
    assert articles == "Articles (" + " ".join(f"*{s}" for s in SUPPORTED_SUFFIXES) + ")"
    assert "*.docx" in articles and "*.epub" in articles and "*.pdf" in articles
    window.close()


def test_a_drop_opens_the_article_among_the_files(qtbot, config_dir, french_model, tmp_path):
    window = make_window(qtbot, config_dir)
    picture = write(tmp_path, "photo.png", b"\x89PNG\r\n\x1a\n")
    article = write(tmp_path, "article.docx", docx_bytes())
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(picture)), QUrl.fromLocalFile(str(article))])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.analysis_shown, timeout=ANALYSIS_TIMEOUT_MS) as blocker:
        window.dropEvent(drop)
    assert blocker.args[0].metadata["format"] == "docx"
    # The file's creation date is not shown as a publication date.
    assert window.article.toPlainText().startswith(f"{TITLE}\nMarie Dupont\n")
    window.close()


def test_a_broken_file_gives_one_line_in_the_window(qtbot, config_dir, tmp_path):
    window = make_window(qtbot, config_dir)
    broken = write(tmp_path, "broken.docx", docx_bytes()[:2000])
    with qtbot.waitSignal(window.open_failed, timeout=ANALYSIS_TIMEOUT_MS) as blocker:
        window.open_file(broken)
    assert blocker.args == ["broken.docx is damaged: its zip archive cannot be read."]
    window.close()
