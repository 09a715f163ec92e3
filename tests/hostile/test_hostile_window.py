"""The hostile files opened in the window (offscreen): one message each, and no stalled window.

Each case's time and the longest the event loop went without turning go in the battery's table.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from article_files import docx_bytes
from battery import Row
from hostile_cases import CASES, prose
from test_window import ANALYSIS_TIMEOUT_MS, make_window, open_and_wait

from reader.live.presentation import TITLE_CHARS
from reader.ui.stall import StallMeter
from reader.ui.workers import prepare_rule_pass

# The cases whose file the loader refuses: the window must say why, as the command line does.
REFUSED = [case for case in CASES if case.statuses == (2,) and case.name in {
    "NUL bytes", "FIFO", "/dev/zero", "symlink loop", "sparse 100 MB file", "empty file",
    "random bytes", "zip bomb", "billion laughs", "XXE", "encrypted PDF", "truncated PDF",
    "1.2 MB of quotation marks", "Markdown of nested brackets", "Latin-1 name of a broken file"}]
# The cases that are articles, however odd: the window shows their analysis.
# A line of a million characters without a space is shown broken into paragraphs: laid out
# whole again each time a piece of it was written, it took minutes to draw.
SHOWN = [case for case in CASES if case.name in {
    "100,000 unmatched guillemets", "100,000-character paragraph",
    "4,000 hard-wrapped lines, no blank line", "Markdown of heavy emphasis",
    "1.2 MB line without spaces"}]
# The longest the event loop may go without turning while a file is refused or shown: 0.15 s
# at most here on a loaded 2-core machine (0.5 s for the 4,000 wrapped lines before the
# analyses were set aside from the garbage collector).
MAX_STALL_SECONDS = 0.5
# A book or a page at the length limit: its rules take seconds, its analysis minutes.
BOOK_CHARACTERS = 1_990_000
# Its tens of thousands of claims, drawn as they come: 0.1–0.2 s at most on a loaded 2-core
# machine; 0.4–1.0 s when the marks were looked for claim by claim, the looks and the list made
# in one go and each analysis walked by the garbage collector's full passes.
MAX_BOOK_STALL_SECONDS = 0.5
# How long the rest of the book's drawing is watched once the claims in sight are drawn.
DRAWING_MS = 3_000
# Cancel and close end the work under way within this, however long the rest would take.
STOP_SECONDS = 2.0


@pytest.fixture(autouse=True)
def started_as_a_window_starts():
    """What lives once the window is up, set aside from the garbage collector's passes.

    A window does it as it warms up after its first paint (prepare_rule_pass); these windows
    start without warming up, in a test process holding far more than a window does.
    """
    prepare_rule_pass()


def case_file(case, folder: Path) -> str:
    """Make a case's files in a folder; the article's path."""
    folder.mkdir()
    name = case.make(folder)[0]
    return name if name.startswith("/") else str(folder / name)


@pytest.mark.parametrize("case", REFUSED, ids=[case.name for case in REFUSED])
def test_a_refused_file_gives_a_message_and_the_window_keeps_answering(case, qtbot, config_dir,
                                                                      tmp_path, battery_table):
    path = case_file(case, tmp_path / "case")
    window = make_window(qtbot, config_dir)
    meter, started = StallMeter(), time.monotonic()
    meter.start()
    with qtbot.waitSignal(window.open_failed, timeout=ANALYSIS_TIMEOUT_MS) as blocker:
        window.open_file(path)
    qtbot.wait(50)
    stall = meter.stop() / 1000
    battery_table.append(Row(f"window: {case.name}", "message", time.monotonic() - started,
                             stall_ms=stall * 1000))
    message = blocker.args[0]
    assert message and "\n" not in message and "Traceback" not in message
    assert window.message_bar.isVisible()
    assert stall < MAX_STALL_SECONDS, f"the window stalled {stall:.2f} s"
    window.close()


@pytest.mark.parametrize("case", SHOWN, ids=[case.name for case in SHOWN])
def test_an_odd_article_is_analysed_and_the_window_keeps_answering(case, qtbot, config_dir,
                                                                   tmp_path, battery_table):
    path = case_file(case, tmp_path / "case")
    window = make_window(qtbot, config_dir)
    meter, started = StallMeter(), time.monotonic()
    meter.start()
    analysis = open_and_wait(qtbot, window, path)
    stall = meter.stop() / 1000
    battery_table.append(Row(f"window: {case.name}", f"{len(analysis.claims)} claims shown",
                             time.monotonic() - started, stall_ms=stall * 1000))
    assert analysis.text and not window.message_bar.isVisible()
    assert stall < MAX_STALL_SECONDS, f"the window stalled {stall:.2f} s"
    window.close()


def test_a_title_of_100000_characters_is_shown_cut_at_a_word(qtbot, config_dir, tmp_path):
    path = tmp_path / "long-title.docx"
    path.write_bytes(docx_bytes(title="Titre " * 16_667, title_in_properties=False))
    window = make_window(qtbot, config_dir)
    open_and_wait(qtbot, window, str(path))
    heading = window.article.document().firstBlock().text()  # laid out whole, it stalled 0.5–2 s
    assert heading.startswith("Titre Titre") and heading.endswith("Titre…")
    assert len(heading) <= TITLE_CHARS + 1
    assert window.windowTitle().startswith(heading)
    window.close()


def book(characters: int) -> str:
    """Paragraphs of prose with quotations, to about so many characters."""
    paragraph = prose(2_000)
    return "\n\n".join([paragraph] * (characters // (len(paragraph) + 2)))


def web_page(characters: int) -> str:
    """A 15 MB saved page: a book's paragraphs under 13 MB of script."""
    paragraphs = "".join(f"<p>Paragraph {number}. {prose(2_000)}</p>\n"
                         for number in range(characters // 2_100))
    script = "<script>" + "var x = 1; " * 1_200_000 + "</script>"
    return (f"<html><head><title>A long page</title>{script}</head>"
            f"<body><article><h1>A long page</h1>{paragraphs}</article></body></html>")


@pytest.mark.parametrize("name, content", [("book.txt", book), ("page.html", web_page)])
def test_the_rules_of_a_book_are_drawn_and_the_window_keeps_answering(name, content, qtbot,
                                                                      config_dir, tmp_path,
                                                                      battery_table):
    path = tmp_path / name
    path.write_text(content(BOOK_CHARACTERS), encoding="utf-8")
    window = make_window(qtbot, config_dir)
    rules = []
    window.session.signals.partial.connect(lambda serial, analysis: rules.append(analysis))
    meter, started = StallMeter(), time.monotonic()
    meter.start()
    window.open_file(str(path))
    qtbot.waitUntil(lambda: bool(rules) and not window.article.drawing,
                    timeout=ANALYSIS_TIMEOUT_MS)
    qtbot.wait(DRAWING_MS)  # the text out of sight is coloured meanwhile
    stall = meter.stop() / 1000
    size = path.stat().st_size / 1024 ** 2
    battery_table.append(Row(f"window: {size:.0f} MB {name}, {len(rules[0].claims):,} claims by "
                             "the rules drawn", "in sight", time.monotonic() - started,
                             stall_ms=stall * 1000))
    assert rules[0].pipeline == "rules" and len(rules[0].claims) > 10_000
    assert stall < MAX_BOOK_STALL_SECONDS, f"the window stalled {stall:.2f} s"
    window.close()
    window.session.pool.waitForDone()


@pytest.mark.parametrize("stop", ["cancel", "close"])
def test_cancel_and_close_end_the_analysis_of_a_book_at_once(stop, qtbot, config_dir, tmp_path,
                                                             battery_table):
    path = tmp_path / "book.txt"
    path.write_text(book(BOOK_CHARACTERS), encoding="utf-8")
    window = make_window(qtbot, config_dir)
    with qtbot.waitSignal(window.session.signals.top, timeout=ANALYSIS_TIMEOUT_MS):
        window.open_file(str(path))  # the rules of the whole book are under way
    started = time.monotonic()
    window.cancel_analysis() if stop == "cancel" else window.close()
    ended = window.session.pool.waitForDone(int(STOP_SECONDS * 1000))
    battery_table.append(Row(f"window: {stop} during the rules of a 2 MB book",
                             "ended" if ended else "still working", time.monotonic() - started))
    assert ended, f"still working {time.monotonic() - started:.1f} s after {stop}"
    window.close()
    window.session.pool.waitForDone()
