"""The window's figures: launch to first paint, rules shown, partial and full analyses, stalls, cache."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from bench.report import figure, header
from bench.texts import ROOT

LAUNCHES = 5


def launch_to_first_paint(folder: Path) -> None:
    """Start the window in a process of its own, as the claim-reader command does, several times."""
    env = dict(os.environ, CLAIM_READER_CONFIG_DIR=str(folder / "launch-config"),
               CLAIM_READER_CACHE_DIR=str(folder / "launch-cache"))
    walls, cpus, spacy = [], [], []
    for _ in range(LAUNCHES):
        launched = time.time()
        lines = subprocess.run([sys.executable, "-m", "reader", "--quit-after-first-paint"],
                               cwd=ROOT, env=env, capture_output=True, text=True,
                               timeout=120).stdout.splitlines()
        walls.append(float(lines[0].split()[-1]) - launched)  # "first paint at TIME"
        _, cpu, _, imported = lines[1].split()  # "cpu SECONDS spacy BOOL"
        cpus.append(float(cpu))
        spacy.append(imported == "True")
    wall = statistics.median(walls)
    figure(f"window painted after launch (median of {LAUNCHES})", f"{wall:.2f} s", "≤ 0.5 s",
           wall <= 0.5)
    figure("  of which CPU time of the window's process", f"{statistics.median(cpus):.2f} s")
    figure("spaCy imported before the first paint", f"{sum(spacy)} of {LAUNCHES} launches", "never",
           not any(spacy))


@dataclass
class Opening:
    """When each stage of opening a file showed on screen, in seconds after open_file()."""

    rules: float | None = None  # the text with the rule pass's claims
    first_parsed: float | None = None  # the first partial analysis with the parse
    full: float | None = None  # the whole analysis shown: the text in sight coloured, the list full
    complete: float | None = None  # the whole text coloured out of sight too, the grouped view full
    longest_stall_ms: float = 0.0
    claims: int = 0


def open_and_time(app, window, path: Path) -> Opening:
    """Open a file in the window and note when each stage is drawn, and the longest stall."""
    from reader.ui.stall import StallMeter

    opening, pending, done = Opening(), [], []

    def since() -> float:
        return time.perf_counter() - started

    def on_partial(serial, analysis):
        pending.append("rules" if analysis.pipeline == "rules" else "first_parsed")
        if not window.article.drawing:  # the window drew it before this slot was called
            on_drawn()

    def on_drawn():
        for stage in pending:
            if getattr(opening, stage) is None:
                setattr(opening, stage, since())
        pending.clear()

    # The rules' claims on a long text's first screens come first, as a `top` analysis.
    window.signals.top.connect(on_partial)
    window.signals.partial.connect(on_partial)
    window.article.drawn.connect(on_drawn)
    window.analysis_shown.connect(done.append)
    window.open_failed.connect(done.append)
    meter = StallMeter()
    meter.start()
    started = time.perf_counter()
    window.open_file(path)
    while not done:
        app.processEvents()
        time.sleep(0.001)
    opening.full = since()
    # The text out of sight and the grouped view are drawn after; their stalls count too.
    while not (window.article.complete and not window.panel.listing):
        app.processEvents()
        time.sleep(0.001)
    opening.complete = since()
    for _ in range(50):  # let what follows the signal happen under the meter
        app.processEvents()
        time.sleep(0.005)
    opening.longest_stall_ms = meter.stop()
    for signal, slot in ((window.signals.top, on_partial), (window.signals.partial, on_partial),
                         (window.article.drawn, on_drawn),
                         (window.analysis_shown, done.append), (window.open_failed, done.append)):
        signal.disconnect(slot)
    opening.claims = len(done[0].claims) if hasattr(done[0], "claims") else -1
    return opening


def _seconds(value: float | None) -> str:
    """A time in seconds, or a dash when the stage did not happen."""
    return "—" if value is None else f"{value:.2f} s"


def window_figures(folder: Path, seed: Path, long_text: Path, words: int) -> None:
    """Open the seed while the model loads, a long text, then both again from the cache."""
    from PySide6.QtWidgets import QApplication

    from reader.cache import AnalysisCache
    from reader.ui.main_window import MainWindow
    from reader.ui.workers import shutdown_analysis_process

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = MainWindow(settings_dir=folder / "config", persist=False,
                        cache=AnalysisCache(folder / "cache"))
    window.show()
    app.processEvents()
    cold = open_and_time(app, window, seed)
    figure("seed, model still loading: text and rules' quotes shown", _seconds(cold.rules),
           "≤ 0.3 s", cold.rules is not None and cold.rules <= 0.3)
    figure("seed, model still loading: whole analysis shown", _seconds(cold.full))
    figure("seed: longest event-loop stall", f"{cold.longest_stall_ms:.0f} ms", "< 100 ms",
           cold.longest_stall_ms < 100)
    long = open_and_time(app, window, long_text)
    figure(f"{words:,} words: text and rules' quotes shown", _seconds(long.rules), "≤ 0.3 s",
           long.rules is not None and long.rules <= 0.3)
    figure(f"{words:,} words: top of the article coloured from the parse",
           _seconds(long.first_parsed))
    figure(f"{words:,} words: whole analysis shown", _seconds(long.full))
    figure(f"{words:,} words: all of the text coloured",
           _seconds(long.complete))
    figure(f"{words:,} words: words/s in the window, text to drawn claims",
           f"{words / long.full:,.0f}", "≥ 10,000", words / long.full >= 10_000)
    figure(f"{words:,} words: longest event-loop stall", f"{long.longest_stall_ms:.0f} ms",
           "< 100 ms", long.longest_stall_ms < 100)
    for label, path in (("seed", seed), (f"{words:,} words", long_text)):
        again = open_and_time(app, window, path)
        figure(f"{label} reopened: whole analysis shown from the cache", _seconds(again.full),
               "≤ 0.1 s", again.full <= 0.1)
        figure(f"{label} reopened: all of the text coloured",
               _seconds(again.complete))
        figure(f"{label} reopened: longest event-loop stall", f"{again.longest_stall_ms:.0f} ms",
               "< 100 ms", again.longest_stall_ms < 100)
    window.close()
    window.pool.waitForDone()
    shutdown_analysis_process()


def run(folder: Path, seed: Path, long_text: Path, words: int) -> None:
    """Every window figure."""
    header("Window")
    launch_to_first_paint(folder)
    window_figures(folder, seed, long_text, words)
