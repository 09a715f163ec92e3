"""Claim Reader's benchmark: every performance figure beside its target, in one run.

Run from the project folder: QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench
(without QT_QPA_PLATFORM the window figures are taken on the screen). The dev folders of
annotated articles are used when present; the long text is made from the project's seed.
"""

from __future__ import annotations

import platform
import sys
import tempfile
from pathlib import Path

from bench import batch, engine, growth, window
from bench.report import machine
from bench.texts import SEED, long_article, long_news

LONG_WORDS = 100_000


def main() -> int:
    """Window, engine and batch figures, with the machine they come from."""
    print(f"Claim Reader benchmark — {platform.processor() or platform.machine()}, {machine()}, "
          f"Python {platform.python_version()}")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        long_text = long_article(folder, LONG_WORDS)
        window.run(folder, SEED, long_text, LONG_WORDS)
        engine.run(long_text, LONG_WORDS, long_news(folder, LONG_WORDS))
        growth.run()
        batch.run(folder)
    print(f"\nafter the run: {machine()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
