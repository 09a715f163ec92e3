"""The real window, driven as a reader would, on the seed article (QT_QPA_PLATFORM=offscreen)."""

import csv
import io
import json
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor

from reader.analysis import analyze
from reader.document import load_document
from reader.live.presentation import source_line
from reader.ui.colours import LIGHT
from reader.ui.main_window import MainWindow
from reader.ui.session import SessionState
from reader.ui.strokes import KIND_PROPERTY
from reader.ui.workers import TOP_CHARS

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_7920a463ad4fbc9f.txt"
ANALYSIS_TIMEOUT_MS = 120_000


@pytest.fixture(scope="session")
def engine_analysis(french_model):
    """What the engine itself finds in the seed, to compare the window against."""
    nlp, label = french_model
    return analyze(load_document(SEED), "auto", nlp=nlp, pipeline_label=label)


def make_window(qtbot, config_dir):
    """A light-themed window with its own settings folder."""
    window = MainWindow(settings_dir=config_dir, warm_up=False)
    qtbot.addWidget(window)
    window.set_theme("light")
    window.show()
    return window


def open_and_wait(qtbot, window, path):
    """Open a file and wait until its analysis is shown, then drawn out of sight too."""
    with qtbot.waitSignal(window.analysis_shown, timeout=ANALYSIS_TIMEOUT_MS) as blocker:
        window.open_file(path)
    wait_until_complete(qtbot, window)
    return blocker.args[0]


def wait_until_complete(qtbot, window):
    """Wait until the whole text is coloured and the grouped view filled, not only what is seen."""
    qtbot.waitUntil(lambda: window.article.complete and not window.panel.listing, timeout=10_000)


@pytest.fixture
def window(qtbot, config_dir, french_model):
    """A window showing the analysed seed article."""
    window = make_window(qtbot, config_dir)
    open_and_wait(qtbot, window, SEED)
    yield window
    window.close()
    window.session.pool.waitForDone()


def format_at(window, offset):
    """The character format of the character at a text offset."""
    cursor = QTextCursor(window.article.document())
    cursor.setPosition(window.article.position_of(offset) + 1)
    return cursor.charFormat()


def plain_offset(window, claim):
    """An offset inside the claim that belongs to it alone: no inner claim, source or cue."""
    taken = set()
    for other in window.analysis.claims:
        if other is not claim and claim.start <= other.start and other.end <= claim.end:
            taken.update(range(other.start, other.end))
        for part in (other.source, other.cue):
            if part is not None and part.start is not None:
                taken.update(range(part.start, part.end))
    return next(o for o in range(claim.start, claim.end) if o not in taken and not
                window.analysis.text[o].isspace())


def test_panel_lists_the_claims_with_their_sources(window, engine_analysis):
    shown = window.analysis
    assert [(c.kind, c.start, c.end) for c in shown.claims] == \
        [(c.kind, c.start, c.end) for c in engine_analysis.claims]
    rows = window.panel.claim_model
    assert rows.rowCount() == len(shown.claims) > 0
    for row, claim in enumerate(shown.claims):
        item = rows.index(row)
        assert item.data(Qt.ItemDataRole.UserRole) is claim
        assert source_line(claim) in item.data()
    assert any(c.source is not None for c in shown.claims), "the seed credits some claims"
    counts = window.panel.summary.text()
    for kind in ("direct", "reported", "unattributed"):
        assert f"{len(shown.claims_of_kind(kind))} {kind}" in counts


def test_grouped_view_counts_claims_per_source(window, qtbot):
    tree = window.panel.source_tree
    assert tree.topLevelItemCount() == 0, "grouped once shown, not before"
    window.panel.tabs.setCurrentWidget(tree)
    qtbot.waitUntil(lambda: not window.panel.listing, timeout=10_000)
    total = sum(tree.topLevelItem(i).childCount() for i in range(tree.topLevelItemCount()))
    assert total == len(window.analysis.claims)
    for i in range(tree.topLevelItemCount()):
        branch = tree.topLevelItem(i)
        assert branch.text(0).endswith(f"— {branch.childCount()}")


def test_claims_carry_their_kind_colour_and_underline(window):
    for claim in window.analysis.claims:
        fmt = format_at(window, plain_offset(window, claim))
        assert fmt.property(KIND_PROPERTY) == claim.kind, claim
        assert fmt.fontItalic() == claim.hedged
        if claim.kind == "unattributed":
            assert fmt.background().style() == Qt.BrushStyle.NoBrush
        else:
            assert fmt.background().color() == QColor(LIGHT[claim.kind]), claim


def test_sources_and_cues_are_bold(window):
    marked = [p for c in window.analysis.claims for p in (c.source, c.cue)
              if p is not None and p.start is not None]
    assert marked
    for part in marked:
        assert format_at(window, part.start).fontWeight() >= 700, part


def test_text_outside_claims_is_plain(window):
    analysis = window.analysis
    covered = set()
    for claim in analysis.claims:
        covered.update(range(claim.start, claim.end))
        for part in (claim.source, claim.cue):
            if part is not None and part.start is not None:
                covered.update(range(part.start, part.end))
    free = [o for o in range(len(analysis.text)) if o not in covered and analysis.text[o].strip()]
    assert free
    for offset in free[:50]:
        fmt = format_at(window, offset)
        assert fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.NoUnderline
        assert fmt.property(KIND_PROPERTY) is None
        assert fmt.background().style() == Qt.BrushStyle.NoBrush


def test_clicking_a_claim_selects_its_text(window, qtbot):
    rows = window.panel.claim_list
    for row in (0, rows.model().rowCount() - 1):
        index = rows.model().index(row)
        claim = index.data(Qt.ItemDataRole.UserRole)
        rows.scrollTo(index)
        rect = rows.visualRect(index)
        qtbot.mouseClick(rows.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        cursor = window.article.textCursor()
        assert (cursor.selectionStart(), cursor.selectionEnd()) == (
            window.article.position_of(claim.start), window.article.position_of(claim.end))
        assert cursor.selectedText().replace("\u2029", "\n") == claim.text


def test_clicking_in_the_text_selects_its_claim_in_the_panel(window, qtbot):
    article = window.article
    for claim in (window.analysis.claims[0], window.analysis.claims[-1]):
        offset = plain_offset(window, claim)
        cursor = QTextCursor(article.document())
        cursor.setPosition(article.position_of(offset))
        article.setTextCursor(cursor)
        article.ensureCursorVisible()
        point = article.cursorRect(cursor).center()
        point.setX(point.x() + 2)
        qtbot.mouseClick(article.viewport(), Qt.MouseButton.LeftButton, pos=point)
        assert window.panel.current_claim() is claim


def test_kind_filters_hide_and_show_in_text_and_panel(window):
    analysis = window.analysis
    direct = analysis.claims_of_kind("direct")
    assert direct, "the seed has direct quotes"
    window.panel.set_kind_shown("direct", False)
    for row, claim in enumerate(analysis.claims):
        hidden = window.panel.claim_list.isRowHidden(row)
        assert hidden == (claim.kind == "direct")
    for claim in direct:
        assert format_at(window, plain_offset(window, claim)).background().style() == Qt.BrushStyle.NoBrush
    window.panel.set_kind_shown("direct", True)
    assert not any(window.panel.claim_list.isRowHidden(row) for row in range(len(analysis.claims)))
    for claim in direct:
        assert format_at(window, plain_offset(window, claim)).background().color() == QColor(LIGHT["direct"])


def test_search_keeps_the_claims_of_a_source(window, qtbot):
    sourced = next(c for c in window.analysis.claims if c.source is not None)
    word = sourced.source.name.split()[-1]
    qtbot.keyClicks(window.panel.search, word)
    shown = window.panel.shown_claims()
    assert sourced in shown
    for claim in shown:
        haystack = f"{claim.text} {claim.source.text if claim.source else ''} " \
                   f"{claim.source.resolved or '' if claim.source else ''} {claim.cue.text if claim.cue else ''}"
        assert word.casefold() in haystack.casefold()
    window.panel.search.clear()
    assert len(window.panel.shown_claims()) == len(window.analysis.claims)


def test_next_and_previous_claim_walk_in_reading_order(window, qtbot):
    window.article.moveCursor(QTextCursor.MoveOperation.Start)
    window.panel.select_claim(None)
    window.navigator.next_claim()
    assert window.panel.current_claim() is window.analysis.claims[0]
    window.navigator.next_claim()
    assert window.panel.current_claim() is window.analysis.claims[1]
    window.navigator.previous_claim()
    assert window.panel.current_claim() is window.analysis.claims[0]


def test_recent_files_persist_across_a_restart(qtbot, config_dir, french_model, tmp_path):
    first = make_window(qtbot, config_dir)
    open_and_wait(qtbot, first, SEED)
    first.recent.clear()
    open_and_wait(qtbot, first, SEED)
    first.close()
    first.session.pool.waitForDone()
    second = make_window(qtbot, config_dir)
    assert second.settings.recent_files == [str(SEED)]
    second.recent.fill_menu()
    names = [a.text() for a in second.menus.recent_menu.actions()]
    assert any(SEED.name in name for name in names)
    second.recent.clear()
    third = make_window(qtbot, config_dir)
    assert third.settings.recent_files == []


def test_a_corrupt_settings_file_does_not_stop_the_window(qtbot, config_dir):
    config_dir.mkdir(parents=True)
    (config_dir / "settings.json").write_bytes(b"\x00\xff{{{")
    window = make_window(qtbot, config_dir)
    assert window.isVisible()
    assert window.settings.recent_files == []


@pytest.mark.parametrize("content", [b"\x00\x01\x02binary\x00" * 50, b"", None])
def test_a_bad_file_shows_a_message_and_the_window_stays_usable(window, qtbot, tmp_path, content):
    bad = tmp_path / "bad.txt"
    if content is not None:
        bad.write_bytes(content)
    with qtbot.waitSignal(window.open_failed, timeout=10_000) as blocker:
        window.open_file(bad)
    assert blocker.args[0]
    assert not window.message_bar.isHidden()
    assert window.message_bar.text == blocker.args[0]
    analysis = open_and_wait(qtbot, window, SEED)
    assert analysis.claims and window.message_bar.isHidden()


def test_a_file_deleted_while_open_is_reported(qtbot, config_dir, french_model, tmp_path):
    copy = tmp_path / "article.txt"
    copy.write_bytes(SEED.read_bytes())
    window = make_window(qtbot, config_dir)
    open_and_wait(qtbot, window, copy)
    copy.unlink()
    qtbot.waitUntil(lambda: not window.message_bar.isHidden(), timeout=5_000)
    assert "deleted" in window.message_bar.text
    assert window.analysis is not None  # what was read stays on screen
    window.session.pool.waitForDone()


def test_opening_another_file_cancels_the_first(qtbot, config_dir, french_model, tmp_path):
    other = tmp_path / "other.txt"
    other.write_bytes(SEED.read_bytes())
    window = make_window(qtbot, config_dir)
    shown = []
    window.analysis_shown.connect(shown.append)
    window.open_file(SEED)
    analysis = open_and_wait(qtbot, window, other)
    window.session.pool.waitForDone()
    qtbot.wait(50)
    assert analysis.file == str(other)
    assert [a.file for a in shown] == [str(other)]


def test_cancel_keeps_the_text_and_stops_the_analysis(qtbot, config_dir, french_model):
    window = make_window(qtbot, config_dir)
    shown = []
    window.analysis_shown.connect(shown.append)
    with qtbot.waitSignal(window.session.loaded, timeout=10_000):
        window.open_file(SEED)
    window.cancel_analysis()
    window.session.pool.waitForDone()
    qtbot.wait(50)
    assert shown == []
    assert window.document is not None
    assert window.document.text.split()[0] in window.article.toPlainText()
    assert window.status.cancel_button.isHidden()


def test_export_writes_valid_files(window, tmp_path):
    analysis = window.analysis
    assert window.exports.export_to(tmp_path / "a.json", "json")
    data = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    assert data["schema"] == "claim-reader/1" and len(data["claims"]) == len(analysis.claims)
    assert window.exports.export_to(tmp_path / "a.csv", "csv")
    rows = list(csv.reader(io.StringIO((tmp_path / "a.csv").read_text(encoding="utf-8"))))
    assert len(rows) == len(analysis.claims) + 1
    assert window.exports.export_to(tmp_path / "a", "markdown")
    markdown = (tmp_path / "a.md").read_text(encoding="utf-8")
    assert markdown.count("\n| ") >= len(analysis.claims)
    assert window.exports.export_to(tmp_path / "a.html", "html")
    page = (tmp_path / "a.html").read_text(encoding="utf-8")
    parser = HTMLParser()
    parser.feed(page)
    parser.close()
    claims_table, sources_table = page.split("<h2>Sources</h2>")
    assert claims_table.count("<tr>") == len(analysis.claims) + 1
    assert sources_table.count("<tr>") == len(analysis.sources_summary().sources) + 1
    assert window.exports.save_pdf(tmp_path / "a.pdf")
    assert (tmp_path / "a.pdf").read_bytes().startswith(b"%PDF")


def test_export_never_overwrites_the_article(window, tmp_path):
    copy = tmp_path / "article.txt"
    copy.write_bytes(SEED.read_bytes())
    window.session.document = replace(window.document, path=str(copy))
    assert not window.exports.export_to(copy, "json")
    assert copy.read_bytes() == SEED.read_bytes()
    assert not window.message_bar.isHidden()


def test_language_choice_analyses_again(window, qtbot):
    with qtbot.waitSignal(window.analysis_shown, timeout=ANALYSIS_TIMEOUT_MS) as blocker:
        window.set_language("en")
    assert blocker.args[0].language == "en"
    with qtbot.waitSignal(window.analysis_shown, timeout=ANALYSIS_TIMEOUT_MS) as blocker:
        window.set_language("auto")
    assert blocker.args[0].language == "fr"


def test_dark_theme_uses_dark_highlights(window):
    window.set_theme("dark")
    claim = window.analysis.claims_of_kind("direct")[0]
    fill = format_at(window, plain_offset(window, claim)).background().color()
    assert fill != QColor(LIGHT["direct"])
    assert fill.lightness() < 128
    window.set_theme("light")


def test_zoom_and_panel_are_remembered(qtbot, config_dir):
    window = make_window(qtbot, config_dir)
    window.set_zoom(2)
    window.set_panel_visible(False)
    window.close()
    again = make_window(qtbot, config_dir)
    assert again.article.zoom == 2
    assert again.panel.isHidden()


def test_rules_colour_the_text_before_the_model_answers(qtbot, config_dir, french_model):
    window = make_window(qtbot, config_dir)
    with qtbot.waitSignal(window.session.partial, timeout=10_000) as blocker:
        window.open_file(SEED)
    first = blocker.args[0]
    assert first.pipeline == "rules"
    assert [c.kind for c in first.claims].count("direct") == 4
    qtbot.waitUntil(lambda: not window.article.drawing, timeout=10_000)
    assert window.analysis is None, "a partial result is not the analysis to export"
    direct = first.claims_of_kind("direct")[0]
    assert window.article.claim_at(direct.start + 1) is not None
    assert format_at(window, direct.start + 1).property(KIND_PROPERTY) == "direct"
    with qtbot.waitSignal(window.analysis_shown, timeout=ANALYSIS_TIMEOUT_MS) as shown:
        pass
    assert shown.args[0].pipeline.startswith("fr_core_news_")
    window.close()
    window.session.pool.waitForDone()


def test_the_rules_colour_the_top_of_a_long_text_first(qtbot, config_dir, french_model, tmp_path):
    long = tmp_path / "long.txt"
    long.write_text("\n\n".join([SEED.read_text(encoding="utf-8")] * 40), encoding="utf-8")
    window = make_window(qtbot, config_dir)
    partials = []
    window.session.top.connect(partials.append)
    window.session.partial.connect(partials.append)
    window.open_file(long)
    qtbot.waitUntil(lambda: len(partials) >= 2, timeout=30_000)
    window.cancel_analysis()
    top, whole = partials[:2]
    assert top.pipeline == whole.pipeline == "rules" and top.text == whole.text
    cut = max(c.end for c in top.claims)
    assert TOP_CHARS <= cut < len(whole.text) / 2
    assert [c.to_dict() for c in top.claims] == \
        [c.to_dict() for c in whole.claims if c.start < cut], "the top's claims, as the whole text's"
    window.close()
    window.session.pool.waitForDone()


def test_reopening_shows_the_cached_analysis_at_once(qtbot, config_dir, cache_dir, french_model,
                                                     engine_analysis, tmp_path):
    first = make_window(qtbot, config_dir)
    open_and_wait(qtbot, first, SEED)
    first.session.pool.waitForDone()
    assert len(list(cache_dir.glob("*.json"))) == 1
    copy = tmp_path / "same_text.txt"
    copy.write_bytes(SEED.read_bytes())
    again = make_window(qtbot, config_dir)
    partials = []
    again.session.signals.partial.connect(lambda serial, analysis: partials.append(analysis))
    analysis = open_and_wait(qtbot, again, copy)
    assert partials == [], "nothing is computed again"
    assert again.session.state is SessionState.CACHED
    assert analysis.file == str(copy)
    assert [c.to_dict() for c in analysis.claims] == [c.to_dict() for c in engine_analysis.claims]
