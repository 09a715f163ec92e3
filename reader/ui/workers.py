"""Background work: loading the language models and analysing articles, off the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from reader.analysis import Cancelled, analyze
from reader.document import Document, DocumentError, load_document
from reader.language import detect_language
from reader.pipelines import installed_pipeline, load_pipeline
from reader.ui.presentation import LANGUAGE_NAMES

# Loading the same model twice at once would double a slow load; parsing two articles at once
# on one model is not something spaCy promises to support. One at a time for each.
_LOADING = threading.Lock()
_PARSING = threading.Lock()
WARM_UP_LANGUAGES = ("fr", "en")


def pipeline_for(language: str):
    """The loaded model for a language and its label, or (None, None) if none is installed."""
    info = installed_pipeline(language)
    if info is None:
        return None, None
    with _LOADING:
        return load_pipeline(info.name), info.label


class TaskSignals(QObject):
    """What a task reports; every signal carries the task's serial number first."""

    loaded = Signal(int, object)  # Document
    stage = Signal(int, str)
    progress = Signal(int, int)  # percent
    finished = Signal(int, object)  # Analysis
    failed = Signal(int, str)
    cancelled = Signal(int)


class WarmUp(QRunnable):
    """Load the models at start-up so that the first analysis does not wait for them."""

    def run(self) -> None:
        """Load each language's model; a failure here is reported later by the analysis."""
        for language in WARM_UP_LANGUAGES:
            try:
                pipeline_for(language)
            except Exception:  # noqa: BLE001 - the analysis will say what went wrong
                return


class AnalysisTask(QRunnable):
    """Read an article (unless given), show it, load its model, analyse it."""

    def __init__(self, serial: int, signals: TaskSignals, path: str, language: str = "auto",
                 document: Document | None = None):
        super().__init__()
        self.serial = serial
        self.signals = signals
        self.path = path
        self.language = language
        self.document = document
        self._cancel = threading.Event()
        self._paragraphs = 1
        self._parsed = 0
        self._percent = -1

    def cancel(self) -> None:
        """Ask the task to stop at its next check."""
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        """Whether cancel() was called."""
        return self._cancel.is_set()

    def run(self) -> None:
        """Do the work; report the result, the cancellation or the error by signal."""
        try:
            self._run()
        except Cancelled:
            self.signals.cancelled.emit(self.serial)
        except DocumentError as error:
            self.signals.failed.emit(self.serial, str(error))
        except MemoryError:
            self.signals.failed.emit(self.serial, "The article is too large to analyse in memory.")
        except Exception as error:  # noqa: BLE001 - a message in the window, never a traceback
            self.signals.failed.emit(self.serial, f"The analysis failed: {error}")

    def _run(self) -> None:
        """The steps, each followed by a check for cancellation."""
        document = self.document or load_document(self.path)
        self._check()
        self.signals.loaded.emit(self.serial, document)
        language = detect_language(document.text) if self.language == "auto" else self.language
        self.signals.stage.emit(self.serial, f"Loading the {LANGUAGE_NAMES[language]} model…")
        nlp, label = pipeline_for(language)
        self._check()
        self._paragraphs = max(1, len(document.paragraphs))
        self.signals.stage.emit(self.serial, "Analysing…")
        with _PARSING:
            self._check()
            analysis = analyze(document, language, nlp=nlp, pipeline_label=label,
                               cancelled=self._poll)
        self._check()
        self.signals.finished.emit(self.serial, analysis)

    def _check(self) -> None:
        """Stop here if cancelled."""
        if self._cancel.is_set():
            raise Cancelled()

    def _poll(self) -> bool:
        """The engine asks this once per parsed paragraph: count them for the progress bar."""
        self._parsed += 1
        percent = min(99, 100 * self._parsed // self._paragraphs)
        if percent != self._percent:
            self._percent = percent
            self.signals.progress.emit(self.serial, percent)
        return self._cancel.is_set()


def make_pool() -> QThreadPool:
    """A pool of its own, so that warm-up and one analysis can run side by side."""
    pool = QThreadPool()
    pool.setMaxThreadCount(3)
    return pool
