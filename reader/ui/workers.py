"""Background work for the window: reading articles and waiting for their analyses, off the GUI thread."""

from __future__ import annotations

import itertools
import queue
import threading
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from reader.cache import AnalysisCache, key_for
from reader.document import Document, DocumentError, load_document
from reader.errors import log_unexpected
from reader.model import Analysis
from reader.live.analysis_process import (AnalysisProcess, analysis_process, cancel_job,
                                          pipeline_for, shutdown_analysis_process, unpack)
from reader.live.collector import set_aside
from reader.live.presentation import completed_by_rules

__all__ = ["AnalysisTask", "TaskSignals", "analysis_process", "make_pool", "pipeline_for",
           "prepare_rule_pass", "shutdown_analysis_process"]
POLL_SECONDS = 0.05
TOP_CHARS = 20_000  # a few screens of text, found by the rules before the whole of a long text
_jobs = itertools.count(1)


class TaskSignals(QObject):
    """What a task reports; every signal carries the task's serial number first."""

    loaded = Signal(int, object)  # Document
    mismatch = Signal(int, str)  # the language detected, when the one chosen differs from it
    top = Signal(int, object)  # Analysis of a long text's first screens by the rules, the rest to come
    partial = Signal(int, object)  # Analysis of what is known so far: the rules, the top parsed
    stage = Signal(int, str)
    progress = Signal(int, int)  # percent
    finished = Signal(int, object)  # Analysis
    cached = Signal(int, object)  # Analysis kept from an earlier reading of the same text
    failed = Signal(int, str)
    cancelled = Signal(int)


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
        cancel_job(self.job)

    @property
    def is_cancelled(self) -> bool:
        """Whether cancel() was called."""
        return self._cancel.is_set()

    def run(self) -> None:
        """Do the work; report the result, the cancellation or the error by signal."""
        # The engine and the process pool are imported on first use, here, so that the window
        # shows without waiting for them.
        from concurrent.futures.process import BrokenProcessPool

        from reader.analysis import Cancelled

        try:
            self._run()
        except Cancelled:
            self.signals.cancelled.emit(self.serial)
        except DocumentError as error:
            self.signals.failed.emit(self.serial, str(error))
        except (MemoryError, BrokenProcessPool):
            self.signals.failed.emit(self.serial, QCoreApplication.translate(
                "AnalysisTask", "The analysis ran out of memory or was stopped; try a shorter "
                                "article or reload."))
            shutdown_analysis_process()
        except Exception:  # noqa: BLE001 - a line in the window, the traceback in the log
            self.signals.failed.emit(self.serial, log_unexpected(
                QCoreApplication.translate("AnalysisTask", "The analysis failed")))

    def _run(self) -> None:
        """Load and show; then the cached analysis, or the rules' claims and the process's."""
        document = self.document or load_document(self.path)
        self._check()
        key = key_for(document.text, self.language)
        with set_aside():
            cached = self.cache.get(key, document.path, document.metadata, document.text) \
                if self.cache else None
        # A cached analysis follows the text at once: the window draws the text in its colours
        # straight away instead of drawing it plain first.
        self.signals.loaded.emit(self.serial, document)
        self._check_language_chosen(document)
        if cached is not None:
            self.signals.cached.emit(self.serial, cached)
            return
        from reader.analysis import rule_pass

        if not is_long(document):  # the rules take a few milliseconds here
            rules = rule_pass(document, self.language)
            self.signals.partial.emit(self.serial, rules)
        else:  # the screens at its top here, the whole text in the analysis process
            top = top_of(document)
            if top is not None:
                self.signals.top.emit(self.serial,
                                      replace(rule_pass(top, self.language), text=document.text))
            rules = None
        self._check()
        self.signals.stage.emit(self.serial, QCoreApplication.translate("AnalysisTask", "Analysing…"))
        analysis = self._wait_for_process(document, rules, key)
        self._check()
        self.signals.finished.emit(self.serial, analysis)

    def _check_language_chosen(self, document: Document) -> None:
        """Say so when the language chosen for the article is not the one it is written in."""
        if self.language == "auto":
            return
        from reader.language import detect_language

        detected = detect_language(document.text)
        if detected != self.language:
            self.signals.mismatch.emit(self.serial, detected)

    def _wait_for_process(self, document: Document, rules: Analysis | None, key: str) -> Analysis:
        """Submit the document, pass on progress and partial results, and give the analysis.

        Without the rules' claims, the process finds them first: on a book they take seconds of
        pure Python, which here would hold up both the window and a Cancel.
        """
        process = analysis_process()
        future = process.submit(self.job, document, self.language, self.cache, key,
                                with_rules=rules is None)
        shown = 0
        while True:
            self._check()
            rules = self._pass_on_partials(process, rules)
            try:
                packed = future.result(timeout=POLL_SECONDS)
            except TimeoutError:
                percent = process.progress.value if process.current.value == self.job else 0
                if percent != shown:
                    shown = percent
                    self.signals.progress.emit(self.serial, percent)
                continue
            with set_aside():
                return unpack(packed)

    def _pass_on_partials(self, process: AnalysisProcess, rules: Analysis | None) -> Analysis | None:
        """Show this job's latest news: the rules' claims, or the parsed top with the rules' claims
        below it; drop replaced jobs' ones. Gives the rules' claims known by now."""
        latest = None
        for job, packed, parsed_end in _drained(process.partials):
            if job != self.job:
                continue
            if parsed_end is None:  # the rules' claims come before any parsed top
                with set_aside():
                    rules = unpack(packed)
                self.signals.partial.emit(self.serial, rules)
            else:
                latest = packed, parsed_end
        if latest is not None:
            packed, parsed_end = latest
            with set_aside():
                partial = completed_by_rules(unpack(packed), parsed_end, rules)
            self.signals.partial.emit(self.serial, partial)
        return rules

    def _check(self) -> None:
        """Stop here if cancelled."""
        from reader.analysis import Cancelled

        if self._cancel.is_set():
            raise Cancelled()


def _drained(partials) -> list[tuple]:
    """What the analysis process has put in the queue of partial results so far."""
    found = []
    while True:
        try:
            found.append(partials.get_nowait())
        except queue.Empty:
            return found


def top_of(document: Document) -> Document | None:
    """The first paragraphs of a long text, TOP_CHARS or a little more; None for a short text.

    The rule pass takes a quarter of a second on a book: on its first screens alone, a few
    milliseconds. What it finds there is what it finds in the whole text, as the passes look
    no further ahead than a paragraph.
    """
    cut = document.text.find("\n", TOP_CHARS)
    if cut < 0 or not is_long(document):
        return None
    return replace(document, text=document.text[:cut])


def is_long(document: Document) -> bool:
    """Whether a text is long enough for its top to be worth showing before the rest."""
    return len(document.text) >= 2 * TOP_CHARS


def prepare_rule_pass() -> None:
    """Run the rule pass once on a line: it imports the engine, its word lists and the detector.

    Qt's wrappers, the engine and its word lists live as long as the window: the garbage
    collector would walk their 120,000 objects on each full pass (80 ms, the GUI waiting), and
    while they are made, again and again. It is paused meanwhile, then they are set aside.
    """
    with set_aside():
        from reader.analysis import rule_pass
        from reader.document import document_from_text

        rule_pass(document_from_text("« Nous partirons demain », a déclaré la ministre."))


def make_pool() -> QThreadPool:
    """A pool of its own for the threads that wait on the analysis process."""
    pool = QThreadPool()
    pool.setMaxThreadCount(3)
    return pool
