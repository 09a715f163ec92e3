"""One article's analysis as the window follows it: the task under way, its state, its results.

The background task reports with its serial number; the session lets through only the reports
of the task it is waiting for, so that the window never shows a replaced article's results.
"""

from __future__ import annotations

import functools
from enum import Enum

from PySide6.QtCore import QObject, QThreadPool, Signal

from reader.cache import AnalysisCache
from reader.document import Document
from reader.model import Analysis
from reader.ui.workers import AnalysisTask, TaskSignals, make_pool


class SessionState(Enum):
    """Where the analysis of the article shown stands."""

    IDLE = "idle"  # no article
    OPENING = "opening"  # the file is being read
    RULES = "rules"  # the word rules' claims are known, the model is at work
    PARTIAL = "partial"  # the model's parse of the top of the article is known too
    WHOLE = "whole"  # the whole analysis
    CACHED = "cached"  # the whole analysis, from the cache
    FAILED = "failed"
    CANCELLED = "cancelled"


def current_only(handler):
    """A task report's slot that drops reports of any task but the one awaited."""

    @functools.wraps(handler)
    def slot(self, serial: int, *args) -> None:
        if self.task is not None and serial == self.task.serial:
            handler(self, *args)

    return slot


class AnalysisSession(QObject):
    """The analysis of the article shown: opening, its results as they come, cancelling."""

    loaded = Signal(object, bool)  # Document, and whether its text replaces the one shown
    mismatch = Signal(str, str)  # the language detected, the one chosen
    top = Signal(object)  # Analysis by the rules of a long text's top
    partial = Signal(object)  # Analysis of what is known so far
    stage = Signal(str)
    progress = Signal(int)  # percent
    finished = Signal(object)  # Analysis, whole or from the cache
    failed = Signal(str)
    state_changed = Signal(object)  # SessionState

    def __init__(self, pool: QThreadPool | None = None, cache: AnalysisCache | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.pool = pool or make_pool()
        self.cache = cache or AnalysisCache()
        self.signals = TaskSignals(self)  # the tasks' raw reports, serial first
        self.task: AnalysisTask | None = None
        self.serial = 0
        self.state = SessionState.IDLE
        self.document: Document | None = None
        self.analysis: Analysis | None = None
        # False while a whole analysis of the same text is shown: the rules' guess must not replace it.
        self._show_partials = True
        self._connect()

    def _connect(self) -> None:
        """Each of the task's reports to the handler that passes it on."""
        self.signals.loaded.connect(self._on_loaded)
        self.signals.mismatch.connect(self._on_mismatch)
        self.signals.top.connect(self._on_top)
        self.signals.partial.connect(self._on_partial)
        self.signals.stage.connect(self._on_stage)
        self.signals.progress.connect(self._on_progress)
        self.signals.finished.connect(self._on_finished)
        self.signals.cached.connect(self._on_cached)
        self.signals.failed.connect(self._on_failed)

    @property
    def busy(self) -> bool:
        """Whether a task is under way."""
        return self.task is not None

    def open(self, path: str, language: str, document: Document | None = None) -> None:
        """Read (unless given) and analyse an article, dropping the task under way."""
        if self.task is not None:
            self.task.cancel()
        self.task = AnalysisTask(self.next_serial(), self.signals, path, language,
                                 document=document, cache=self.cache)
        self.task.setAutoDelete(False)  # kept, to be cancelled
        self._set_state(SessionState.OPENING)
        self.pool.start(self.task)

    def next_serial(self) -> int:
        """A new task number; the reports of older tasks are dropped."""
        self.serial += 1
        return self.serial

    def cancel(self) -> bool:
        """Stop the task under way, if any; whatever it showed stays."""
        if self.task is None:
            return False
        self.task.cancel()
        self.task = None
        self._set_state(SessionState.CANCELLED)
        return True

    def close(self) -> None:
        """Stop, and forget the article."""
        self.cancel()
        self.document, self.analysis = None, None
        self._set_state(SessionState.IDLE)

    def _set_state(self, state: SessionState) -> None:
        """Move to a state and say so."""
        self.state = state
        self.state_changed.emit(state)

    @current_only
    def _on_loaded(self, document: Document) -> None:
        """The text is read: a new article, or the same one again (reload, other language)."""
        # The same story saved by another outlet is another article: its header changes.
        same = self.analysis is not None and self.document is not None \
            and document.text == self.document.text and document.metadata == self.document.metadata
        self.document = document
        self._show_partials = not same
        if not same:
            self.analysis = None
        self.loaded.emit(document, not same)

    @current_only
    def _on_mismatch(self, detected: str) -> None:
        """The article looks written in another language than the one chosen."""
        self.mismatch.emit(detected, self.task.language)

    @current_only
    def _on_top(self, analysis: Analysis) -> None:
        """The rules' claims at the top of a long text."""
        self._set_state(SessionState.RULES)
        if self._show_partials:
            self.top.emit(analysis)

    @current_only
    def _on_partial(self, analysis: Analysis) -> None:
        """The rules' claims, then the model's parse of the top with the rules' below it."""
        self._set_state(SessionState.RULES if analysis.pipeline == "rules" else SessionState.PARTIAL)
        if self._show_partials:
            self.partial.emit(analysis)

    @current_only
    def _on_stage(self, text: str) -> None:
        """The step the analysis is at."""
        self.stage.emit(text)

    @current_only
    def _on_progress(self, percent: int) -> None:
        """How far the model is in the article."""
        self.progress.emit(percent)

    @current_only
    def _on_finished(self, analysis: Analysis) -> None:
        """The whole analysis."""
        self._finish(analysis, SessionState.WHOLE)

    @current_only
    def _on_cached(self, analysis: Analysis) -> None:
        """The whole analysis, kept from an earlier reading of the same text."""
        self._finish(analysis, SessionState.CACHED)

    def _finish(self, analysis: Analysis, state: SessionState) -> None:
        """The task is done: its analysis is the article's."""
        self.task = None
        self.analysis = analysis
        self._set_state(state)
        self.finished.emit(analysis)

    @current_only
    def _on_failed(self, message: str) -> None:
        """The task failed; what was shown stays."""
        self.task = None
        self._set_state(SessionState.FAILED)
        self.failed.emit(message)
