"""Analysing many articles: one line of JSON each, in the order given, on several processes."""

from __future__ import annotations

import json
import os
import signal
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from reader.document import SUPPORTED_SUFFIXES, DocumentError, load_document
from reader.document.files import shown_name
from reader.errors import log_unexpected

# A process of its own pays for loading the models again (up to 5 s for French): worth it only
# with this many articles for each process.
ARTICLES_PER_PROCESS = 8
BAR_WIDTH = 30


def article_files(inputs: Iterable[str]) -> list[Path]:
    """The files named, and the article files inside the folders named, in order."""
    files = []
    for name in inputs:
        path = Path(name)
        if is_folder(path):
            files += sorted(p for p in path.rglob("*")
                            if p.suffix.lower() in SUPPORTED_SUFFIXES and p.is_file())
        else:
            files.append(path)
    return files


def is_folder(path: Path) -> bool:
    """Whether a path is a folder; one that cannot be looked at is left to the loader to explain."""
    try:
        return path.is_dir()
    except OSError:
        return False


def default_jobs(articles: int) -> int:
    """As many processes as cores, but only as many as the articles keep busy."""
    return max(1, min(os.cpu_count() or 1, articles // ARTICLES_PER_PROCESS))


def analyse_file(path: Path, language: str, use_cache: bool) -> tuple[str | None, str | None]:
    """One article as a line of the claim-reader/1 contract, or the one-line reason it failed."""
    try:
        document = load_document(path)
        analysis = analyse_document(document, language, use_cache)
    except DocumentError as error:
        return None, str(error)
    except Exception:  # noqa: BLE001 - one article's failure must not end the batch
        return None, log_unexpected(f"{shown_name(path.name)}: the analysis failed")
    return json.dumps(analysis.to_dict(), ensure_ascii=False) + "\n", None


def analyse_document(document, language: str, use_cache: bool):
    """The analysis of a document, from the cache when it holds one."""
    from reader.analysis import analyze
    from reader.cache import AnalysisCache, key_for

    if not use_cache:
        return analyze(document, language)
    cache = AnalysisCache()
    key = key_for(document.text, language)
    analysis = cache.get(key, document.path, document.metadata, document.text)
    if analysis is None:
        analysis = analyze(document, language)
        cache.put(key, analysis)
    return analysis


def analyse_files(files: list[Path], language: str, jobs: int,
                  use_cache: bool) -> Iterator[tuple[str | None, str | None]]:
    """Each file's line or error, in the order of the files, from `jobs` processes."""
    if jobs <= 1:
        for path in files:
            yield analyse_file(path, language, use_cache)
        return
    executor = ProcessPoolExecutor(jobs, initializer=_ignore_interrupts)
    try:
        yield from executor.map(analyse_file, files, [language] * len(files),
                                [use_cache] * len(files))
    except BaseException:  # Ctrl-C, a closed output: stop now, not after the articles under way
        for process in list((executor._processes or {}).values()):  # no public way to stop them
            process.terminate()
        raise
    finally:
        executor.shutdown(wait=False, cancel_futures=True)


def _ignore_interrupts() -> None:
    """In an analysis process: Ctrl-C is the main process's to handle, with one message."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class ProgressBar:
    """A bar on a terminal's stderr, redrawn in place; nothing at all when stderr is not a terminal."""

    def __init__(self, total: int, stream=None, clock: Callable[[], float] = time.monotonic):
        self.total = total
        self.stream = stream or sys.stderr
        self.shown = self.stream.isatty()
        self.clock = clock
        self.started = clock()

    def update(self, done: int) -> None:
        """Show how many articles are done, and at what rate."""
        if not self.shown:
            return
        filled = BAR_WIDTH * done // max(1, self.total)
        rate = done / max(1e-9, self.clock() - self.started)
        self.stream.write(f"\r[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] "
                          f"{done}/{self.total} articles, {rate:.1f}/s")
        self.stream.flush()

    def clear(self) -> None:
        """Take the bar off the line, so that messages start on a clean one."""
        if self.shown:
            self.stream.write("\r" + " " * (BAR_WIDTH + 40) + "\r")
            self.stream.flush()
