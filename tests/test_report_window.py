"""The panel's Sources tab: the shares and a bar for each source, filled when an article shows."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialogButtonBox

from reader.model import Analysis, Claim, Source
from reader.ui.sources_tab import BAR_HEIGHT, MARGIN, TYPE_COLOURS, SourcesTab, describe

TEXT = 'Ann Lee said "prices will rise." A clerk said "no." Prices rose.'


def _analysis() -> Analysis:
    ann = Source("Ann Lee", 0, 7, None, "person", 1)
    clerk = Source("A clerk", 32, 39, None, "anonymous", 2)
    claims = [Claim("direct", 14, 31, "prices will rise.", ann, id=1),
              Claim("direct", 46, 49, "no.", clerk, id=2)]
    return Analysis("a.txt", "en", "test", {}, TEXT, claims)


def _bar_length(image, colour: str) -> int:
    """The length in pixels of the first bar of a colour, along its middle."""
    wanted = QColor(colour)
    top = next(y for y in range(image.height()) if image.pixelColor(MARGIN + 1, y) == wanted)
    middle = top + BAR_HEIGHT // 2
    return sum(1 for x in range(image.width()) if image.pixelColor(x, middle) == wanted)


def test_the_tab_draws_a_bar_a_source_as_long_as_its_words(qtbot):
    tab = SourcesTab()
    qtbot.addWidget(tab)
    tab.resize(400, 300)
    tab.show()
    tab.show_analysis(_analysis())
    assert tab.shares.text() == ("33% of the article's 12 words are credited to a source; "
                                 "25% of those to anonymous sources.")
    chart = tab.chart
    assert [describe(s) for s in chart.sources] == [
        "Ann Lee — person, female: 1 claim, 3 words",  # Ann is a woman's name
        "A clerk — anonymous: 1 claim, 1 word"]
    image = chart.grab().toImage()
    person, anonymous = (_bar_length(image, TYPE_COLOURS[kind]) for kind in ("person", "anonymous"))
    assert abs(person / anonymous - 3) < 0.1  # 3 words against 1
    if os.environ.get("CLAIM_READER_SCREENSHOTS"):
        tab.grab().save(str(Path(os.environ["CLAIM_READER_SCREENSHOTS"]) / "sources_tab.png"))
    tab.show_analysis(None)
    assert tab.shares.text() == "No article open." and chart.sources == []


def test_a_hidden_tab_sums_up_the_sources_only_once_it_is_shown(qtbot, monkeypatch):
    summed = []
    original = Analysis.sources_summary
    monkeypatch.setattr(Analysis, "sources_summary", lambda self: summed.append(self) or original(self))
    tab = SourcesTab()
    qtbot.addWidget(tab)
    first, second = _analysis(), _analysis()
    tab.show_analysis(first)
    tab.show_analysis(second)  # a book's took half a second each, the window waiting
    assert summed == [] and tab.chart.sources == []
    tab.show()
    assert len(summed) == 1 and summed[0] is second
    assert [describe(s) for s in tab.chart.sources][0] == "Ann Lee — person, female: 1 claim, 3 words"


def test_the_window_shows_the_sources_of_the_article_it_opens(qtbot, config_dir, french_model):
    from test_window import SEED, make_window, open_and_wait

    window = make_window(qtbot, config_dir)
    analysis = open_and_wait(qtbot, window, SEED)
    tabs = window.panel.tabs
    tabs.setCurrentWidget(window.sources_tab)
    assert tabs.tabText(tabs.currentIndex()) == "Sources"
    expected = analysis.sources_summary()
    assert [s.name for s in window.sources_tab.chart.sources] == [s.name for s in expected.sources]
    if os.environ.get("CLAIM_READER_SCREENSHOTS"):
        window.grab().save(str(Path(os.environ["CLAIM_READER_SCREENSHOTS"]) / "window_sources.png"))
    window.close_article()
    assert window.sources_tab.chart.sources == []
    window.close()
    window.session.pool.waitForDone()


def _folder(tmp_path: Path, count: int) -> Path:
    """A folder of short English articles and one empty file."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for number in range(count):
        (folder / f"{number:02d}.txt").write_text(
            f'Mayor Maria Lopez said the bridge {number} would reopen in May. '
            f'"We are ready," she added.\n', encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    return folder


def test_a_folder_report_lists_the_totals_and_links_each_article(qtbot, tmp_path, cache_dir):
    from reader.ui.folder_report import FolderReportDialog

    dialog = FolderReportDialog(_folder(tmp_path, 2), "en")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.analysis.finished, timeout=120_000):
        dialog.start()
    assert dialog.status.text() == "2 of 3 articles analysed, 1 could not be."
    if os.environ.get("CLAIM_READER_SCREENSHOTS"):
        dialog.show()
        dialog.grab().save(str(Path(os.environ["CLAIM_READER_SCREENSHOTS"]) / "folder_report.png"))
    page = dialog.report_view.toHtml()
    assert "Maria Lopez" in page and "Not analysed" in page and "empty.txt" in page
    link = (tmp_path / "articles" / "00.txt").as_uri()
    assert f'href="{link}"' in page
    with qtbot.waitSignal(dialog.open_article) as opened:
        dialog.report_view.anchorClicked.emit(QUrl(link))
    assert opened.args == [str(tmp_path / "articles" / "00.txt")]
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Close) is not None


def test_cancel_stops_the_folder_after_the_articles_under_way(qtbot, tmp_path, cache_dir):
    from reader.ui.folder_report import FolderReportDialog

    dialog = FolderReportDialog(_folder(tmp_path, 12), "en")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.analysis.finished, timeout=120_000):
        dialog.start()
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert dialog.status.text().startswith("Cancelled: ")
    assert int(dialog.status.text().split()[1]) < 12
