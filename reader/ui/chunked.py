"""Long GUI-thread work cut into slices, so that the event loop keeps answering in between."""

from __future__ import annotations

import time
from collections.abc import Iterator

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

# Two jobs, the screen and the list may each take a slice in one turn of the event loop.
SLICE_SECONDS = 0.015
PAUSE = object()  # a step that yields this lets the event loop turn before the next step


class ChunkedJob(QObject):
    """Runs a generator's steps for a few milliseconds at a time until it is exhausted."""

    finished = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._steps: Iterator | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._run_slice)

    def start(self, steps: Iterator) -> None:
        """Drop any unfinished job and run this one; small jobs end before start() returns."""
        self._steps = steps
        self._run_slice()

    def start_soon(self, steps: Iterator) -> None:
        """Drop any unfinished job and run this one from the next turn of the event loop."""
        self._steps = steps
        self._timer.start()

    def cancel(self) -> None:
        """Drop the unfinished job."""
        self._steps = None
        self._timer.stop()

    @property
    def running(self) -> bool:
        """Whether steps are left."""
        return self._steps is not None

    def _run_slice(self) -> None:
        """Take steps until the slice's time is up, then let the event loop breathe."""
        steps = self._steps
        if steps is None:
            return
        deadline = time.perf_counter() + SLICE_SECONDS
        for step in steps:
            if self._steps is not steps:  # a step started another job
                return
            if step is PAUSE or time.perf_counter() >= deadline:
                self._timer.start()
                return
        if self._steps is steps:
            self._steps = None
            # A finished generator lets go of what it held: that may have been the last reference
            # to the widget that owns this job, gone with it.
            if shiboken6.isValid(self):
                self.finished.emit()
