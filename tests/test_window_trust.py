"""What the window shows is the file opened, never a stale or a lost result (offscreen Qt)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette, qGray
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton
from test_window import make_window, open_and_wait, window  # noqa: F401 - a fixture

from reader.document import document_from_text
from reader.model import Analysis, Claim, Source
from reader.ui.claims_panel import ClaimsPanel
from reader.ui.colours import DARK, PAPER
from reader.ui.main_window import MainWindow
from reader.ui.session import SessionState
from reader.ui.status import PRELIMINARY
from reader.ui.workers import AnalysisTask

BODY = ("Le maire a annoncé lundi que les trottinettes seraient interdites.\n\n"
        "« Nous avons écouté les habitants », a déclaré l’adjoint aux transports.\n")


def front_matter(outlet: str, author: str) -> str:
    """A Markdown article with the BODY, as an outlet saves the same wire story."""
    return f"---\ntitle: Trottinettes\nauthor: {author}\nsource: {outlet}\n---\n\n{BODY}"


def header(window) -> str:
    """The title and byline lines at the top of the article."""
    return "\n".join(window.article.document().toPlainText().split("\n")[:2])


def test_the_same_story_from_another_outlet_shows_its_own_byline(qtbot, config_dir, french_model,
                                                                   tmp_path):
    first, second = tmp_path / "quotidien.md", tmp_path / "matin.md"
    first.write_text(front_matter("Le Quotidien", "Marie Dupont"), encoding="utf-8")
    second.write_text(front_matter("Le Matin", "Paul Martin"), encoding="utf-8")
    window = make_window(qtbot, config_dir)
    open_and_wait(qtbot, window, first)
    assert header(window) == "Trottinettes\nMarie Dupont · Le Quotidien"
    open_and_wait(qtbot, window, second)
    assert header(window) == "Trottinettes\nPaul Martin · Le Matin"
    assert window.analysis.metadata["outlet"] == "Le Matin"
    window.close()


@pytest.fixture
def small_window(qtbot, config_dir, french_model, tmp_path):
    """A window showing a small analysed article."""
    article = tmp_path / "article.txt"
    article.write_text(BODY, encoding="utf-8")
    window = make_window(qtbot, config_dir)
    open_and_wait(qtbot, window, article)
    yield window
    window.close()
    window.session.pool.waitForDone()


@pytest.mark.parametrize("typed, chosen, expected", [
    ("typed.html", "JSON analysis (*.json)", "html"), ("typed.csv", "HTML page (*.html)", "csv"),
    ("typed", "Markdown report (*.md)", "markdown")])
def test_the_extension_typed_decides_the_export_format(small_window, monkeypatch, tmp_path, typed,
                                                       chosen, expected):
    folder = tmp_path / "exports"
    folder.mkdir()
    asked = []

    def dialog(parent, caption, proposed, filters, selected):
        asked.append((proposed, selected))
        return str(folder / typed), chosen

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    small_window.exports.choose_export()
    written = next(folder.iterdir())
    content = written.read_text(encoding="utf-8")
    if expected == "html":
        assert content.lstrip().lower().startswith("<!doctype html")
    elif expected == "csv":
        assert content.startswith("id,kind,start,end,text")
    else:
        assert written.suffix == ".md" and content.startswith("# ")
        with pytest.raises(json.JSONDecodeError):
            json.loads(content)
    # The next export starts in that folder, in that format.
    small_window.exports.choose_export()
    proposed, selected = asked[-1]
    assert Path(proposed).parent == folder
    assert selected.startswith({"html": "HTML", "csv": "CSV", "markdown": "Markdown"}[expected])
    assert small_window.settings.export_format == expected


def claims_with_sources(text: str, sources: list[str]) -> Analysis:
    """An analysis whose claims are the sentences of a text, credited to these sources."""
    claims, start = [], 0
    for number, (sentence, source) in enumerate(zip(text.split("\n"), sources), 1):
        claims.append(Claim("reported", start, start + len(sentence), sentence,
                            Source(source, None, None), None, False, number))
        start += len(sentence) + 1
    return Analysis("a.txt", "fr", "rules", {}, text, claims)


def test_search_ignores_accents_and_apostrophe_shapes_and_says_when_nothing_matches(qtbot):
    panel = ClaimsPanel()
    qtbot.addWidget(panel)
    panel.show()
    text = "Le régiment a reculé.\nL’un d’eux a parlé.\nLe maire a voté."
    analysis = claims_with_sources(text, ["le colonel", "un soldat", "le maire"])
    panel.show_analysis(analysis)
    qtbot.keyClicks(panel.search, "regiment")
    assert panel.shown_claims() == [analysis.claims[0]]
    assert panel.no_match.isHidden()
    panel.search.clear()
    qtbot.keyClicks(panel.search, "l'un d'eux")
    assert panel.shown_claims() == [analysis.claims[1]]
    panel.search.clear()
    qtbot.keyClicks(panel.search, "ÉLYSÉE")
    assert panel.shown_claims() == []
    assert panel.no_match.isVisible() and panel.no_match.text() == "No claim matches “ÉLYSÉE”."


def highlighted_rows(window) -> list[int]:
    """The rows of the claims list the screen shows in the selection colour, as painted."""
    view = window.panel.claim_list
    # The window's backing store, as on screen: a fresh render would hide stale painting.
    picture = QGuiApplication.primaryScreen().grabWindow(window.winId()).toImage()
    highlight = view.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    inactive = view.palette().color(QPalette.ColorGroup.Inactive, QPalette.ColorRole.Highlight)
    rows = []
    for row in range(window.panel.claim_model.rowCount()):
        rect = view.visualRect(window.panel.claim_model.index(row))
        if rect.isEmpty() or rect.bottom() > view.viewport().height():
            continue
        at = view.viewport().mapTo(window, rect.center())
        at.setX(view.viewport().mapTo(window, rect.topRight()).x() - 4)
        if QColor(picture.pixel(at)) in (highlight, inactive):
            rows.append(row)
    return rows


def test_exactly_one_claim_row_looks_selected_after_f8_and_clicks_in_the_text(qtbot, window):
    claims = window.panel.shown_claims()
    assert len(claims) >= 3
    for claim in claims[:3]:
        window.navigator.show_claim(claim)
        qtbot.wait(50)  # painted as a reader would see it
    window.navigator.next_claim()
    qtbot.wait(50)
    assert highlighted_rows(window) == [3]
    cursor = window.article.textCursor()
    cursor.setPosition(window.article.position_of(claims[1].start + 1))
    window.article.setTextCursor(cursor)  # a click in the text
    qtbot.wait(50)
    assert highlighted_rows(window) == [1]


def test_rules_results_say_the_analysis_is_still_running(qtbot, config_dir):
    window = MainWindow(settings_dir=config_dir, warm_up=False)
    qtbot.addWidget(window)
    window.show()
    document = document_from_text("Il pleut sur Paris depuis lundi.\nLe ministre a parlé.", "a.txt")
    rules = Analysis("a.txt", "fr", "rules", {}, document.text,
                     [Claim("unattributed", 0, 32, document.text[:32], None, None, False, 1)])
    session = window.session
    session.task = AnalysisTask(session.next_serial(), session.signals, "a.txt", document=document)
    reports = session.signals  # the task's reports, as its thread sends them
    reports.loaded.emit(session.task.serial, document)
    reports.partial.emit(session.task.serial, rules)
    reports.stage.emit(session.task.serial, "Analysing…")
    assert session.state is SessionState.RULES
    assert window.status.stage_label.text() == PRELIMINARY
    row = window.panel.claim_model.index(0).data()
    assert "No source given" not in row and row.endswith("— source still being analysed…")
    assert window.panel.summary.text() == ("0 direct · 0 reported · 1 unattributed so far\n"
                                           "Still analysing: sources and kinds may change.")
    reports.finished.emit(session.task.serial, rules)
    assert session.state is SessionState.WHOLE
    qtbot.waitUntil(lambda: window.status.stage_label.text() == "1 claim found.", timeout=5_000)
    assert window.panel.claim_model.index(0).data().endswith("— No source given")
    window.close()


def test_the_window_fits_half_a_laptop_screen_with_the_panel_shown(qtbot, window):
    window.resize(683, 700)  # half of a 1366-pixel screen
    qtbot.waitUntil(lambda: window.width() == 683, timeout=2_000)
    assert window.panel.isVisible()
    assert window.article.viewport().width() >= 360  # a column of text, not a strip
    assert window.panel.width() >= 220
    for box in window.panel.kind_boxes.values():  # the switches wrap instead of being cut
        corner = box.mapTo(window.panel, box.rect().bottomRight())
        assert box.isVisible() and window.panel.rect().contains(corner)
    legend = window.legend
    for label in legend.findChildren(QLabel):
        corner = label.mapTo(legend, label.rect().bottomRight())
        assert legend.rect().contains(corner), label.text()


def test_open_recent_forgets_missing_files_and_tells_same_names_apart(qtbot, config_dir, tmp_path):
    paths = []
    for folder in ("lundi", "mardi", "gone"):
        (tmp_path / folder).mkdir()
        paths.append(tmp_path / folder / "article.txt")
        paths[-1].write_text(BODY, encoding="utf-8")
    window = make_window(qtbot, config_dir)
    for path in reversed(paths):
        window.settings.add_recent(str(path))
    paths[2].unlink()
    window.menus.recent_menu.aboutToShow.emit()
    actions = [a for a in window.menus.recent_menu.actions() if not a.isSeparator()]
    assert [a.text() for a in actions] == ["&1 article.txt — lundi", "&2 article.txt — mardi",
                                           "&Clear Recent Files"]
    assert actions[0].toolTip() == str(paths[0])
    assert window.menus.recent_menu.toolTipsVisible()
    # A file deleted after the menu was filled goes at the open that fails.
    paths[1].unlink()
    with qtbot.waitSignal(window.open_failed, timeout=10_000):
        actions[1].trigger()
    assert window.settings.recent_files == [str(paths[0])]
    window.close()


def test_the_language_chosen_applies_to_that_article_only(qtbot, config_dir, french_model, tmp_path):
    first, second = tmp_path / "premier.txt", tmp_path / "second.txt"
    first.write_text(BODY, encoding="utf-8")
    second.write_text(BODY.replace("maire", "préfet"), encoding="utf-8")
    window = make_window(qtbot, config_dir)
    open_and_wait(qtbot, window, first)
    with qtbot.waitSignal(window.analysis_shown, timeout=120_000) as shown:
        window.set_language("en")
    assert shown.args[0].language == "en"
    assert window.message_bar.text == ("This article looks French, but you chose to analyse it "
                                       "as English.")
    assert open_and_wait(qtbot, window, second).language == "fr"
    assert window.menus.language_actions["auto"].isChecked()
    assert window.message_bar.isHidden()
    assert open_and_wait(qtbot, window, first).language == "en"  # remembered for that file
    assert window.menus.language_actions["en"].isChecked()
    window.close()


def test_the_dark_selection_looks_like_no_claim_kind(qtbot, config_dir):
    window = make_window(qtbot, config_dir)
    window.set_theme("dark")
    selection = QGuiApplication.palette().color(QPalette.ColorRole.Highlight)
    for fill in DARK.values():
        fill = QColor(fill)
        hue_apart = abs(selection.hslHue() - fill.hslHue()) % 360
        assert selection.hslSaturationF() < 0.15 or min(hue_apart, 360 - hue_apart) > 60, fill.name()
    window.set_theme("light")
    window.close()


def test_a_claim_picked_in_the_list_comes_to_a_third_of_the_view(qtbot, window):
    window.resize(1000, 600)
    claim = window.panel.shown_claims()[-1]
    index = window.panel.claim_model.index(window.panel.shown_claims().index(claim))
    window.panel.claim_list.scrollTo(index)
    rect = window.panel.claim_list.visualRect(index)
    qtbot.mouseClick(window.panel.claim_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    height = window.article.viewport().height()
    top = window.article.cursorRect().top()
    at_end = window.article.verticalScrollBar().value() == window.article.verticalScrollBar().maximum()
    assert 0.15 * height <= top <= 0.7 * height or at_end and top >= 0
    assert window.article.current_offset() == claim.start


def test_save_as_pdf_never_proposes_the_articles_own_name(qtbot, config_dir, french_model, tmp_path,
                                                          monkeypatch):
    from article_files import pdf_bytes, write

    article = write(tmp_path, "rapport.2024.pdf", pdf_bytes())
    window = make_window(qtbot, config_dir)
    open_and_wait(qtbot, window, article)
    proposed = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda parent, caption, default, filters: proposed.append(default) or ("", ""))
    window.exports.choose_pdf()
    assert proposed == [str(tmp_path / "rapport.2024.claims.pdf")]
    window.close()


def test_a_saved_pdf_has_the_key_the_date_and_light_colours_in_the_dark_theme(window, tmp_path):
    from pypdf import PdfReader

    window.set_theme("dark")
    printed = window.article.printable()
    fills = set()
    block = printed.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            background = fragments.fragment().charFormat().background()
            if background.style() != Qt.BrushStyle.NoBrush:
                fills.add(background.color().name().upper())
            fragments += 1
        block = block.next()
    # Paper's shades, which stay apart in grey: a darker blue than the screen's cyan.
    assert fills == {PAPER["direct"], PAPER["reported"]}
    grey = {kind: qGray(QColor(PAPER[kind]).rgb()) for kind in ("direct", "reported")}
    assert grey["reported"] - grey["direct"] >= 40  # as a grey printer shades them
    window.set_theme("light")
    path = tmp_path / "article.claims.pdf"
    assert window.exports.save_pdf(path)
    first_page = " ".join(PdfReader(path).pages[0].extract_text().split())
    assert "Published in September 2023" in first_page
    assert ("Key: Direct quote (solid underline) · Reported speech (double underline) · "
            "Unattributed assertion (dashed underline) · the left margin repeats each line's "
            "underlines · bold: source and cue · italic: hedged.") in first_page


def test_with_no_article_the_welcome_page_opens_one_or_a_recent_one(qtbot, config_dir, french_model,
                                                                     tmp_path, monkeypatch):
    article = tmp_path / "article.txt"
    article.write_text(BODY, encoding="utf-8")
    window = make_window(qtbot, config_dir)
    window.settings.add_recent(str(article))
    window.close_article()
    assert window.pages.currentWidget() is window.welcome
    assert window.welcome.recent_labels == ["article.txt"]
    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *args: asked.append(args[1]) or ("", ""))
    qtbot.mouseClick(window.welcome.open_button, Qt.MouseButton.LeftButton)
    assert asked == ["Open an article"]
    recent = window.welcome.findChildren(QPushButton)[-1]
    with qtbot.waitSignal(window.analysis_shown, timeout=120_000):
        qtbot.mouseClick(recent, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.article
    window.close_article()
    assert window.pages.currentWidget() is window.welcome
    window.close()


def test_the_status_bar_counts_the_claims_shown_and_the_zoom(qtbot, window):
    total = len(window.analysis.claims)
    assert window.status.figures.text() == f"{total} claims · Zoom 100%"
    window.panel.set_kind_shown("direct", False)
    shown = total - len(window.analysis.claims_of_kind("direct"))
    assert window.status.figures.text() == f"{shown} of {total} claims shown · Zoom 100%"
    window.panel.set_kind_shown("direct", True)
    window.set_zoom(window.article.zoom + 2)
    assert window.status.figures.text() == f"{total} claims · Zoom 116%"
    window.set_zoom(0)


def test_a_first_start_fits_a_small_screen(qtbot, config_dir):
    window = MainWindow(settings_dir=config_dir, warm_up=False)
    qtbot.addWidget(window)
    free = window.screen().availableGeometry()
    # Offscreen the screen is 800 px high: the usual 780 px would leave the bottom off screen.
    assert window.height() <= free.height() - 48 and window.width() <= free.width() - 16
    article, panel = window.splitter.sizes()
    assert article > panel > 0
