"""Longest event-loop stall while the window opens the seed article and a 50,000-word article.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/stall.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from reader.ui.main_window import MainWindow
from reader.ui.stall import StallMeter

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_7920a463ad4fbc9f.txt"
LONG_WORDS = 50_000


def long_article(folder: Path) -> Path:
    """The seed's paragraphs repeated until the article has LONG_WORDS words."""
    paragraphs = [p for p in SEED.read_text(encoding="utf-8").split("\n") if p.strip()][1:]
    body, words = [], 0
    while words < LONG_WORDS:
        for paragraph in paragraphs:
            body.append(paragraph)
            words += len(paragraph.split())
    path = folder / "long_article.txt"
    path.write_text("Un très long article\n\n" + "\n\n".join(body) + "\n", encoding="utf-8")
    return path


def measure(app: QApplication, window: MainWindow, path: Path) -> tuple[float, float, int, int]:
    """Open a file; give the longest stall (ms), the seconds to the claims, stalls > 50 ms, claims."""
    meter = StallMeter()
    done = []
    window.analysis_shown.connect(done.append)
    window.open_failed.connect(done.append)
    meter.start()
    started = time.perf_counter()
    window.open_file(path)
    while not done:
        app.processEvents()
        time.sleep(0.001)
    elapsed = time.perf_counter() - started
    for _ in range(50):  # let the drawing that follows the signal happen under the meter
        app.processEvents()
        time.sleep(0.005)
    window.analysis_shown.disconnect(done.append)
    window.open_failed.disconnect(done.append)
    claims = len(done[0].claims) if hasattr(done[0], "claims") else -1
    return meter.stop(), elapsed, meter.gaps_over_50ms, claims


def main() -> int:
    """Open the seed at start-up (models loading in the background), then the long article."""
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        window = MainWindow(settings_dir=Path(folder) / "config", persist=False)
        window.show()
        path = long_article(Path(folder))
        for label, target in (("seed (cold start, model loading)", SEED), ("seed again", SEED),
                              (f"{LONG_WORDS:,}-word article", path)):
            stall, seconds, over, claims = measure(app, window, target)
            print(f"{label}: longest stall {stall:.0f} ms, {over} stalls over 50 ms, "
                  f"claims shown after {seconds:.1f} s ({claims} claims)")
        window.close()
        window.pool.waitForDone()
    return 0


if __name__ == "__main__":
    sys.exit(main())
