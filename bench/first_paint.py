"""Run the window as `claim-reader` does; at its first paint, print the seconds since launch, the
CPU seconds used, and whether spaCy is loaded.

Started by bench/window.py as `python -m bench.first_paint LAUNCH_TIME`, LAUNCH_TIME being the
launcher's time.time() just before it started this process.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer

from reader.ui.app import ReaderApplication


class FirstPaint(QObject):
    """Notes the first paint of any widget, then closes the application."""

    def __init__(self, app, launched: float):
        super().__init__()
        self.app, self.launched = app, launched

    def eventFilter(self, watched, event) -> bool:
        """At the first paint, print the seconds since launch, CPU seconds, and whether spaCy is in."""
        if event.type() == QEvent.Type.Paint and self.launched:
            print(f"{time.time() - self.launched:.3f} {time.process_time():.3f} "
                  f"{'spacy' in sys.modules}", flush=True)
            self.launched = 0.0
            QTimer.singleShot(200, self.app.closeAllWindows)
        return False


def main() -> int:
    """Install the probe, then start the window the way the claim-reader command does."""
    app = ReaderApplication([sys.argv[0]])
    probe = FirstPaint(app, float(sys.argv[1]))
    app.installEventFilter(probe)
    from reader.cli import main as claim_reader

    return claim_reader([])


if __name__ == "__main__":
    sys.exit(main())
