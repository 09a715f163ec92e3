"""Measuring how long the event loop stops answering: the longest gap between timer ticks."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer

TICK_MS = 5


class StallMeter(QObject):
    """Ticks every few milliseconds and remembers the longest wait between two ticks."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self.longest_ms = 0.0
        self.gaps_over_50ms = 0

    def start(self) -> None:
        """Forget earlier stalls and start measuring."""
        self.longest_ms, self.gaps_over_50ms = 0.0, 0
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> float:
        """Stop measuring and give the longest stall in milliseconds."""
        self._tick()
        self._timer.stop()
        return self.longest_ms

    def _tick(self) -> None:
        """A tick that comes late means the loop was busy for the difference."""
        now = time.perf_counter()
        stall = (now - self._last) * 1000 - TICK_MS
        self._last = now
        self.longest_ms = max(self.longest_ms, stall)
        self.gaps_over_50ms += stall > 50
