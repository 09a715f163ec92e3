"""Background work: loading the language models and analysing articles, off the GUI thread."""

from __future__ import annotations

import itertools
import multiprocessing
import queue
import threading
from concurrent.futures import ProcessPoolExecutor, TimeoutError
from concurrent.futures.process import BrokenProcessPool

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from reader.analysis import Cancelled, analyze_progressively, rule_pass
from reader.cache import AnalysisCache, key_for
from reader.document import Document, DocumentError, load_document
from reader.language import detect_language
from reader.model import Analysis
from reader.pipelines import installed_pipeline, load_pipeline

# Loading the same model twice at once would double a slow load.
_LOADING = threading.Lock()
POLL_SECONDS = 0.05


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
    partial = Signal(int, object)  # Analysis of what is known so far: the rules, the top parsed
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
        self.partials = context.Queue()  # (job, Analysis) of the top of the article parsed so far
        self.executor = ProcessPoolExecutor(1, mp_context=context, initializer=_start_process,
                                            initargs=(self.current, self.progress, self.partials))

    def warm_up(self, language: str) -> None:
        """Start the process and load a language's model before the first article needs it."""
        self.executor.submit(_warm_up, language)

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
_partials = None


def _start_process(current, progress, partials) -> None:
    """Keep the shared job number, progress and partial results for the process's tasks."""
    global _current, _progress, _partials
    _current, _progress, _partials = current, progress, partials


def _warm_up(language: str) -> None:
    """Load a language's model; a failure here is reported later by the analysis."""
    try:
        pipeline_for(language)
        warm_up_language_detection()
    except Exception:  # noqa: BLE001 - the analysis will say what went wrong
        return


def _analyse(job: int, document: Document, language: str) -> Analysis:
    """Analyse a document, sending the partial results on, unless another job replaced this one."""
    def progress(parsed: int, total: int) -> None:
        _progress.value = min(99, 100 * parsed // total)
        if _current.value != job:
            raise Cancelled()

    if _current.value != job:
        raise Cancelled()
    language = detect_language(document.text) if language == "auto" else language
    nlp, label = pipeline_for(language)
    latest = None
    for analysis in analyze_progressively(document, language, nlp, label, progress):
        if latest is not None:
            _partials.put((job, latest))
        latest = analysis
    return latest


class AnalysisTask(QRunnable):
    """Read an article (unless given) and show it with what the rules find, then the analysis.

    A cached analysis is shown at once; otherwise the parsed top of the article follows the rules,
    as the analysis process sends it, until the whole analysis comes and is cached.
    """

    def __init__(self, serial: int, signals: TaskSignals, path: str, language: str = "auto",
                 document: Document | None = None, cache: AnalysisCache | None = None):
        super().__init__()
        self.serial = serial
        self.job = next(_jobs)
        self.signals = signals
        self.path = path
        self.language = language
        self.document = document
        self.cache = cache
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
        """Load and show; then the cached analysis, or the rules' claims and the process's."""
        document = self.document or load_document(self.path)
        self._check()
        self.signals.loaded.emit(self.serial, document)
        key = key_for(document.text, self.language)
        cached = self.cache.get(key, document.path, document.metadata) if self.cache else None
        if cached is not None:
            self.signals.finished.emit(self.serial, cached)
            return
        self.signals.partial.emit(self.serial, rule_pass(document, self.language))
        self.signals.stage.emit(self.serial, "Analysing…")
        analysis = self._wait_for_process(document)
        self._check()
        self.signals.finished.emit(self.serial, analysis)
        if self.cache is not None:
            self.cache.put(key, analysis)

    def _wait_for_process(self, document: Document) -> Analysis:
        """Submit the document, pass on progress and partial results, and give the analysis."""
        process = analysis_process()
        future = process.submit(self.job, document, self.language)
        shown = 0
        while True:
            self._check()
            self._pass_on_partials(process)
            try:
                return future.result(timeout=POLL_SECONDS)
            except TimeoutError:
                percent = process.progress.value if process.current.value == self.job else 0
                if percent != shown:
                    shown = percent
                    self.signals.progress.emit(self.serial, percent)

    def _pass_on_partials(self, process: AnalysisProcess) -> None:
        """Show the latest partial result of this job; those of jobs replaced since are dropped."""
        latest = None
        while True:
            try:
                job, analysis = process.partials.get_nowait()
            except queue.Empty:
                break
            if job == self.job:
                latest = analysis
        if latest is not None:
            self.signals.partial.emit(self.serial, latest)

    def _check(self) -> None:
        """Stop here if cancelled."""
        if self._cancel.is_set():
            raise Cancelled()


def warm_up_language_detection() -> None:
    """The language detector's first call reads its profiles: do it before an article waits."""
    detect_language("Le premier appel charge les profils des langues.")


def make_pool() -> QThreadPool:
    """A pool of its own for the threads that wait on the analysis process."""
    pool = QThreadPool()
    pool.setMaxThreadCount(3)
    return pool
