"""A book's tens of thousands of claims are drawn and listed with the window answering throughout.

The limits are generous, for a loaded machine: the window went a second and more without
answering (marks looked for by hashing every claim, the look index made in one go, the list
laid out whole, the collector walking every claim on each full pass), a tenth now.
"""

from __future__ import annotations

import time

from PySide6.QtGui import QTextCursor

from reader.document import document_from_text
from reader.live.collector import set_aside
from reader.model import Analysis, Claim, Cue, Source
from reader.ui.main_window import MainWindow
from reader.ui.stall import StallMeter
from reader.ui.strokes import KIND_PROPERTY
from reader.ui.text_looks import TextLooks
from reader.ui.workers import AnalysisTask, prepare_rule_pass

PARAGRAPH = ("« Nous partirons demain », a déclaré la ministre. "
             "Le port est fermé depuis lundi, selon le syndicat.\n\n")
CLAIMS = 30_000
# The longest the window may go without answering while a book's claims are drawn and listed:
# 0.03–0.2 s here on a loaded 2-core machine, 0.4 s before (unloaded).
MAX_STALL_MS = 300
# The longest one step of working out the looks of a book's claims may take.
MAX_STEP_SECONDS = 0.06


def book_analysis() -> Analysis:
    """A book of 30,000 claims, each credited and cued, as the window receives it."""
    text = PARAGRAPH * (CLAIMS // 2)
    claims = []
    with set_aside():  # as the window's worker does with every analysis it receives
        for number in range(CLAIMS // 2):
            at = number * len(PARAGRAPH)
            minister = Source("la ministre", at + 37, at + 48, type="person", entity=1)
            union = Source("le syndicat", at + 88, at + 99, type="organisation", entity=2)
            claims.append(Claim("direct", at + 2, at + 23, "Nous partirons demain", minister,
                                Cue("a déclaré", at + 27, at + 36), id=2 * number + 1))
            claims.append(Claim("reported", at + 50, at + 80, "Le port est fermé depuis lundi", union,
                                Cue("selon", at + 82, at + 87), hedged=number % 2 == 0,
                                id=2 * number + 2))
    return Analysis("book.txt", "fr", "rules", {"title": "Un livre"}, text, claims)


def kind_at(article, offset: int) -> str | None:
    """The claim kind whose stroke the article draws under a text offset."""
    cursor = QTextCursor(article.document())
    cursor.setPosition(article.position_of(offset) + 1)
    return cursor.charFormat().property(KIND_PROPERTY)


def test_the_looks_of_a_book_are_worked_out_in_short_steps():
    analysis = book_analysis()
    steps, longest = 0, 0.0
    restyle = TextLooks().restyle(analysis.claims, dark=False, compare=True)
    while True:
        started = time.perf_counter()
        try:
            next(restyle)
        except StopIteration:
            break
        longest = max(longest, time.perf_counter() - started)
        steps += 1
    assert steps >= CLAIMS // 2_000
    assert longest < MAX_STEP_SECONDS, f"a step took {longest * 1000:.0f} ms"


def test_a_book_is_drawn_and_listed_with_the_window_answering(qtbot, config_dir):
    analysis = book_analysis()
    window = MainWindow(settings_dir=config_dir, warm_up=False)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    prepare_rule_pass()  # as a window warming up sets aside what lives: a test process holds more
    session = window.session
    document = document_from_text(analysis.text, "/tmp/book.txt")
    session.task = AnalysisTask(session.next_serial(), session.signals, "/tmp/book.txt",
                                document=document)
    meter = StallMeter()
    meter.start()
    session.signals.loaded.emit(session.task.serial, document)  # as the worker sends them
    qtbot.waitUntil(lambda: not window.article.drawing, timeout=10_000)
    session.signals.partial.emit(session.task.serial, analysis)
    qtbot.waitUntil(lambda: window.article.complete
                    and window.panel.claim_model.rowCount() == CLAIMS, timeout=60_000)
    qtbot.wait(200)  # the list's last rows laid out
    stall = meter.stop()
    assert window.article.visible_claims == analysis.claims
    assert window.panel.summary.text().startswith("15,000 direct")
    assert kind_at(window.article, 10) == "direct" and kind_at(window.article, 60) == "reported"
    assert kind_at(window.article, len(analysis.text) - 40) == "reported"  # to the very end
    assert stall < MAX_STALL_MS, f"the window stalled {stall:.0f} ms"
    window.close()
