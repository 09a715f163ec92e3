"""The analysis process: it keeps the models loaded and analyses one article at a time, Qt-free.

spaCy holds the interpreter lock for long stretches while it loads a model or parses; in a
thread of the window's process that froze the window for up to a second. In another process it
cannot. This module imports no Qt, so that the process does not load Qt for nothing.
"""

from __future__ import annotations

import atexit
import os
import pickle
import threading
from dataclasses import fields

from reader.cache import AnalysisCache
from reader.document import Document
from reader.language import detect_language
from reader.live.parent_watch import end_with_parent
from reader.model import Analysis, Claim, Cue, Source
from reader.pipelines import installed_pipeline, load_pipeline

SOURCE_FIELDS = tuple(f.name for f in fields(Source))
CUE_FIELDS = tuple(f.name for f in fields(Cue))
# Loading the same model twice at once would double a slow load.
_LOADING = threading.Lock()


def pipeline_for(language: str):
    """The loaded model for a language and its label, or (None, None) if none is installed."""
    info = installed_pipeline(language)
    if info is None:
        return None, None
    with _LOADING:
        return load_pipeline(info.name), info.label


class AnalysisProcess:
    """A process of its own that keeps the models loaded and analyses one article at a time."""

    def __init__(self):
        # Imported here, after the window's first paint: multiprocessing brings 20 ms of modules.
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        context = multiprocessing.get_context("spawn")
        self.current = context.Value("q", 0, lock=False)  # the job allowed to run; others stop
        self.progress = context.Value("i", 0, lock=False)  # percent of paragraphs parsed
        # (job, Analysis, where its parse ends) of the top parsed; the end is None for the rules'
        self.partials = context.Queue()
        # The process starts with the first task, in the thread that submits it: this one.
        on_main_thread = threading.current_thread() is threading.main_thread()
        self.executor = ProcessPoolExecutor(1, mp_context=context, initializer=_start_process,
                                            initargs=(self.current, self.progress, self.partials,
                                                      on_main_thread))
        self.pid = self.executor.submit(os.getpid)  # the process's id, once it runs

    def warm_up(self, language: str) -> None:
        """Start the process and load a language's model before the first article needs it."""
        self.executor.submit(_warm_up, language)

    def submit(self, job: int, document: Document, language: str, cache: AnalysisCache | None,
               key: str, with_rules: bool = False):
        """Analyse a document and keep it in the cache; earlier jobs stop at their next paragraph.

        With the rules, what they find comes first among the partial results, its parse end None.
        """
        self.current.value = job
        self.progress.value = 0
        return self.executor.submit(_analyse, job, document, language, cache, key, with_rules)

    def cancel(self, job: int) -> None:
        """Stop a job if it is the one running."""
        if self.current.value == job:
            self.current.value = -1

    def shutdown(self) -> None:
        """End the process now: nobody waits for its results, and a model may take seconds to load."""
        self.current.value = -1
        workers = list((self.executor._processes or {}).values())  # no public way before Python 3.14
        self.executor.shutdown(wait=False, cancel_futures=True)
        for worker in workers:
            worker.terminate()


_process: AnalysisProcess | None = None
# Two workers' first articles may ask at once; a second process would be left running.
_STARTING = threading.Lock()


def analysis_process() -> AnalysisProcess:
    """The one analysis process, shared by every window, started on first use."""
    global _process
    with _STARTING:
        if _process is None:
            _process = AnalysisProcess()
        return _process


def cancel_job(job: int) -> None:
    """Stop a job if the process runs it; without a process there is nothing to stop."""
    if _process is not None:
        _process.cancel(job)


def shutdown_analysis_process() -> None:
    """End the analysis process, if one was started."""
    global _process
    if _process is not None:
        _process.shutdown()
        _process = None


# At exit, before the modules its threads use are torn down under them.
atexit.register(shutdown_analysis_process)


# What runs inside the analysis process.

_current = None
_progress = None
_partials = None


def _start_process(current, progress, partials, started_on_main_thread: bool) -> None:
    """End with the window, however it ends; keep the shared job number, progress and partial
    results for the process's tasks."""
    global _current, _progress, _partials
    end_with_parent(kernel_may_watch=started_on_main_thread)
    # Partial results nobody reads any more must not keep the process from ending: flushing
    # them into a full pipe would wait for ever on a window that has stopped reading.
    partials.cancel_join_thread()
    _current, _progress, _partials = current, progress, partials


def _warm_up(language: str) -> None:
    """Load a language's model; a failure here is reported later by the analysis."""
    try:
        pipeline_for(language)
        warm_up_language_detection()
    except Exception:  # noqa: BLE001 - the analysis will say what went wrong
        return


def _analyse(job: int, document: Document, language: str, cache: AnalysisCache | None,
             key: str, with_rules: bool) -> Analysis:
    """Analyse a document, sending the partial results on, unless another job replaced this one.

    The result is cached here: turning a book's analysis into JSON would hold the window's
    interpreter lock for a noticeable time.
    """
    from reader.analysis import Cancelled, analyze_progressively, rule_pass

    def progress(parsed: int, total: int) -> None:
        _progress.value = min(99, 100 * parsed // total)
        if _current.value != job:
            raise Cancelled()

    if _current.value != job:
        raise Cancelled()
    language = detect_language(document.text) if language == "auto" else language
    if with_rules:
        _partials.put((job, pack(rule_pass(document, language)), None))
    nlp, label = pipeline_for(language)
    latest = None
    for analysis, parsed_end in analyze_progressively(document, language, nlp, label, progress):
        if latest is not None:
            _partials.put((job, pack(latest[0]), latest[1]))
        latest = analysis, parsed_end
    if cache is not None:
        cache.put(key, latest[0])
    return pack(latest[0])


# An analysis crosses to the window as plain tuples: unpickling a book's thousands of claims as
# dataclasses takes 40 ms, all of it holding the window's interpreter lock; tuples take 5 ms, and
# the claims are then made in Python, which lets the window's thread in between. The tuples are
# pickled in batches, each unpickled on its own: all at once, a book's 30,000 claims held the
# lock, and the window with it, for 0.4 s.
CLAIMS_PER_BATCH = 1_000


def pack(analysis: Analysis) -> tuple:
    """An analysis as tuples of plain values, its claims in pickled batches, quick to unpickle."""
    claims = [(c.kind, c.start, c.end, c.text, _values(c.source, SOURCE_FIELDS),
               _values(c.cue, CUE_FIELDS), c.hedged, c.id, c.rule) for c in analysis.claims]
    batches = tuple(pickle.dumps(claims[at:at + CLAIMS_PER_BATCH], pickle.HIGHEST_PROTOCOL)
                    for at in range(0, len(claims), CLAIMS_PER_BATCH))
    return (analysis.file, analysis.language, analysis.pipeline, analysis.metadata, analysis.text,
            batches)


def unpack(packed: tuple) -> Analysis:
    """The analysis that pack() flattened."""
    *head, batches = packed
    return Analysis(*head, claims=[
        Claim(kind, start, end, text, source and Source(*source), cue and Cue(*cue), hedged, number,
              rule)
        for batch in batches
        for kind, start, end, text, source, cue, hedged, number, rule in pickle.loads(batch)])


def _values(part, names: tuple[str, ...]) -> tuple | None:
    """A source's or cue's fields in order, or None."""
    return None if part is None else tuple(getattr(part, name) for name in names)


def warm_up_language_detection() -> None:
    """The language detector's first call reads its profiles: do it before an article waits."""
    detect_language("Le premier appel charge les profils des langues.")
