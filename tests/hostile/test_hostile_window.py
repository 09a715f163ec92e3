"""The hostile files opened in the window (offscreen): one message each, and no stalled window."""

from __future__ import annotations

import time

import pytest
from hostile_cases import CASES, prose
from PySide6.QtCore import QTimer
from article_files import docx_bytes
from test_window import ANALYSIS_TIMEOUT_MS, make_window, open_and_wait

from reader.live.presentation import TITLE_CHARS

# The cases whose file the loader refuses: the window must say why, as the command line does.
REFUSED = [case for case in CASES if case.statuses == (2,) and case.name in {
    "NUL bytes", "FIFO", "/dev/zero", "symlink loop", "sparse 100 MB file", "empty file",
    "random bytes", "zip bomb", "billion laughs", "XXE", "encrypted PDF", "truncated PDF",
    "1.2 MB of quotation marks", "Markdown of nested brackets", "Latin-1 name of a broken file"}]
# The longest the event loop may go without turning while a file is refused.
MAX_STALL_SECONDS = 1.0
# A book at the length limit: its rules take seconds, its analysis minutes.
BOOK_CHARACTERS = 1_990_000
# Cancel and close end the work under way within this, however long the rest would take.
STOP_SECONDS = 2.0


class StallWatch:
    """The longest gap between ticks of a 10 ms timer: how long the window stopped answering."""

    def __init__(self):
        self.last = time.monotonic()
        self.longest = 0.0
        self.timer = QTimer()
        self.timer.timeout.connect(self._tick)
        self.timer.start(10)

    def _tick(self):
        now = time.monotonic()
        self.longest = max(self.longest, now - self.last)
        self.last = now


@pytest.mark.parametrize("case", REFUSED, ids=[case.name for case in REFUSED])
def test_a_refused_file_gives_a_message_and_the_window_keeps_answering(case, qtbot, config_dir,
                                                                      tmp_path):
    folder = tmp_path / "case"
    folder.mkdir()
    name = case.make(folder)[0]
    path = name if name.startswith("/") else folder / name
    window = make_window(qtbot, config_dir)
    watch = StallWatch()
    with qtbot.waitSignal(window.open_failed, timeout=ANALYSIS_TIMEOUT_MS) as blocker:
        window.open_file(str(path))
    qtbot.wait(50)
    watch.timer.stop()
    message = blocker.args[0]
    assert message and "\n" not in message and "Traceback" not in message
    assert window.message_bar.isVisible()
    assert watch.longest < MAX_STALL_SECONDS, f"the window stalled {watch.longest:.2f} s"
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


@pytest.mark.parametrize("stop", ["cancel", "close"])
def test_cancel_and_close_end_the_analysis_of_a_book_at_once(stop, qtbot, config_dir, tmp_path):
    path = tmp_path / "book.txt"
    path.write_text(book(BOOK_CHARACTERS), encoding="utf-8")
    window = make_window(qtbot, config_dir)
    with qtbot.waitSignal(window.signals.top, timeout=ANALYSIS_TIMEOUT_MS):
        window.open_file(str(path))  # the rules of the whole book are under way
    started = time.monotonic()
    window.cancel_analysis() if stop == "cancel" else window.close()
    assert window.pool.waitForDone(int(STOP_SECONDS * 1000)), \
        f"still working {time.monotonic() - started:.1f} s after {stop}"
    window.close()
