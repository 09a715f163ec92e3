"""Background work: loading the language models and analysing articles, off the GUI thread."""

from __future__ import annotations

import itertools
import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor, TimeoutError
from concurrent.futures.process import BrokenProcessPool

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from reader.analysis import Cancelled, analyze
from reader.document import Document, DocumentError, load_document
from reader.language import detect_language
from reader.pipelines import installed_pipeline, load_pipeline

# Loading the same model twice at once would double a slow load; parsing two articles at once
# on one model is not something spaCy promises to support. One at a time for each.
_LOADING = threading.Lock()
_PARSING = threading.Lock()
WARM_UP_LANGUAGES = ("fr", "en")
POLL_SECONDS = 0.1


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


class AnalysisProcess:
    """A process of its own that keeps the models loaded and analyses one article at a time.

    spaCy holds the interpreter lock for long stretches while it loads a model or parses; in a
    thread of the window's process that froze the window for up to a second. In another process
    it cannot.
    """

    def __init__(self):
        context = multiprocessing.get_context("spawn")
        self.current = context.Value("q", 0, lock=False)  # the job allowed to run; others stop
        self.progress = context.Value("i", 0, lock=False)  # percent of paragraphs parsed
        self.executor = ProcessPoolExecutor(1, mp_context=context, initializer=_start_process,
                                            initargs=(self.current, self.progress))

    def warm_up(self) -> None:
        """Start the process and load the models before the first article needs them."""
        self.executor.submit(_warm_up)

    def submit(self, job: int, document: Document, language: str):
        """Analyse a document; earlier jobs stop at their next paragraph."""
        self.current.value = job
        self.progress.value = 0
        return self.executor.submit(_analyse, job, document, language)

    def cancel(self, job: int) -> None:
        """Stop a job if it is the one running."""
        if self.current.value == job:
            self.current.value = -1

    def shutdown(self) -> None:
        """Stop the work under way and let the process end."""
        self.current.value = -1
        self.executor.shutdown(wait=False, cancel_futures=True)


_process: AnalysisProcess | None = None
_jobs = itertools.count(1)


def analysis_process() -> AnalysisProcess:
    """The one analysis process, shared by every window, started on first use."""
    global _process
    if _process is None:
        _process = AnalysisProcess()
    return _process


def shutdown_analysis_process() -> None:
    """End the analysis process, if one was started."""
    global _process
    if _process is not None:
        _process.shutdown()
        _process = None


# What runs inside the analysis process.

_current = None
_progress = None


def _start_process(current, progress) -> None:
    """Keep the shared job number and progress for the process's tasks."""
    global _current, _progress
    _current, _progress = current, progress


def _warm_up() -> None:
    """Load each language's model; a failure here is reported later by the analysis."""
    for language in WARM_UP_LANGUAGES:
        try:
            pipeline_for(language)
        except Exception:  # noqa: BLE001 - the analysis will say what went wrong
            return


def _analyse(job: int, document: Document, language: str):
    """Analyse a document unless another job replaced this one."""
    language = detect_language(document.text) if language == "auto" else language
    nlp, label = pipeline_for(language)
    paragraphs = max(1, len(document.paragraphs))
    parsed = 0

    def cancelled() -> bool:
        nonlocal parsed
        parsed += 1  # the engine asks once per parsed paragraph
        _progress.value = min(99, 100 * parsed // paragraphs)
        return _current.value != job

    if _current.value != job:
        raise Cancelled()
    return analyze(document, language, nlp=nlp, pipeline_label=label, cancelled=cancelled)


class AnalysisTask(QRunnable):
    """Read an article (unless given) and show it, then wait for its analysis from the process."""

    def __init__(self, serial: int, signals: TaskSignals, path: str, language: str = "auto",
                 document: Document | None = None):
        super().__init__()
        self.serial = serial
        self.job = next(_jobs)
        self.signals = signals
        self.path = path
        self.language = language
        self.document = document
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the task, and its job in the process, to stop."""
        self._cancel.set()
        if _process is not None:
            _process.cancel(self.job)

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
        except (MemoryError, BrokenProcessPool):
            self.signals.failed.emit(self.serial, "The analysis ran out of memory or was stopped; "
                                                  "try a shorter article or reload.")
            shutdown_analysis_process()
        except Exception as error:  # noqa: BLE001 - a message in the window, never a traceback
            self.signals.failed.emit(self.serial, f"The analysis failed: {error}")

    def _run(self) -> None:
        """Load, show, submit, then wait, passing on progress, until the result or a cancel."""
        document = self.document or load_document(self.path)
        self._check()
        self.signals.loaded.emit(self.serial, document)
        self.signals.stage.emit(self.serial, "Analysing…")
        process = analysis_process()
        future = process.submit(self.job, document, self.language)
        shown = 0
        while True:
            self._check()
            try:
                analysis = future.result(timeout=POLL_SECONDS)
                break
            except TimeoutError:
                percent = process.progress.value if process.current.value == self.job else 0
                if percent != shown:
                    shown = percent
                    self.signals.progress.emit(self.serial, percent)
        self._check()
        self.signals.finished.emit(self.serial, analysis)

    def _check(self) -> None:
        """Stop here if cancelled."""
        if self._cancel.is_set():
            raise Cancelled()


def make_pool() -> QThreadPool:
    """A pool of its own for the threads that wait on the analysis process."""
    pool = QThreadPool()
    pool.setMaxThreadCount(3)
    return pool
