"""The engine's figures: our cost over spaCy's own nlp.pipe, words/s and peak memory on a long text."""

from __future__ import annotations

import resource
import subprocess
import sys
import time
from pathlib import Path

from bench.report import figure, header
from bench.texts import ROOT, dev_articles, hard_wrapped_article, word_count

REPEATS = 3
OVERHEAD_TARGET = 0.15


def _best_of_rounds(repeats: int, *works) -> list[float]:
    """Each work's shortest time over rounds that run them in turn, so that they share the
    machine's busy and quiet moments alike; the shortest is the least disturbed."""
    best = [float("inf")] * len(works)
    for _ in range(repeats):
        for index, work in enumerate(works):
            started = time.perf_counter()
            work()
            best[index] = min(best[index], time.perf_counter() - started)
    return best


def side_by_side(label: str, documents: list, language: str, repeats: int) -> float:
    """Time spaCy's nlp.pipe over the paragraphs, our analysis, and our progressive one; print them."""
    import spacy

    from reader.analysis import analyze, analyze_progressively, prepare
    from reader.analysis.engine import PARSE_BATCH
    from reader.pipelines import UNUSED_COMPONENTS, installed_pipeline, load_pipeline

    info = installed_pipeline(language)
    nlp = load_pipeline(info.name)
    packaged = spacy.load(info.name, exclude=list(UNUSED_COMPONENTS))
    paragraphs = []
    for document in documents:
        article = prepare(document.text)
        paragraphs += [article.parse_text[p.start:p.end] for p in article.paragraphs]
    words = sum(word_count(d.text) for d in documents)

    def spacy_alone(pipeline):
        def parse():
            for _ in pipeline.pipe(paragraphs, batch_size=PARSE_BATCH):
                pass  # each doc let go at once
        return parse

    def ours():
        for document in documents:
            analyze(document, language, nlp, info.label)

    def ours_progressively():
        for document in documents:
            for _ in analyze_progressively(document, language, nlp, info.label):
                pass

    ours()  # the first run fills the word lists and the caches of spaCy's vocabulary
    packaged_time, spacy_time, ours_time, progressive_time = _best_of_rounds(
        repeats, spacy_alone(packaged), spacy_alone(nlp), ours, ours_progressively)
    print(f"  {label}: {len(documents)} articles, {words:,} words, {info.label}, "
          f"best of {repeats} rounds")
    figure("  spaCy nlp.pipe, pipeline as packaged",
           f"{packaged_time:.2f} s  {words / packaged_time:,.0f} w/s")
    figure("  spaCy nlp.pipe, entities only where named",
           f"{spacy_time:.2f} s  {words / spacy_time:,.0f} w/s")
    overhead = ours_time / spacy_time - 1
    figure("  our analysis (as the command line runs it)",
           f"{ours_time:.2f} s  {overhead:+.0%}", "≤ +15%", overhead <= OVERHEAD_TARGET)
    progressive = progressive_time / spacy_time - 1
    figure("  our analysis with partial results (as the window)",
           f"{progressive_time:.2f} s  {progressive:+.0%}", "≤ +15%", progressive <= OVERHEAD_TARGET)
    return words / ours_time


def peak_memory(path: Path, label: str) -> None:
    """Analyse a long text in a fresh process, as `claim-reader analyze` does; its words/s and peak."""
    out = subprocess.run([sys.executable, "-m", "bench.engine", str(path)], cwd=ROOT, check=True,
                         capture_output=True, text=True, timeout=1800).stdout.split()
    words_per_second, megabytes = float(out[0]), float(out[1])
    figure(f"  {label}: words/s (fresh process)",
           f"{words_per_second:,.0f}", "≥ 10,000", words_per_second >= 10_000)
    figure(f"  {label}: peak memory with model", f"{megabytes:.0f} MB",
           "< 600 MB", megabytes < 600)


def hard_wrapped(path: Path, speed_target: float) -> None:
    """A hard-wrapped text as long as the loader takes, in a fresh process: words/s and peak."""
    out = subprocess.run([sys.executable, "-m", "bench.engine", str(path)], cwd=ROOT, check=True,
                         capture_output=True, text=True, timeout=3600).stdout.split()
    words_per_second, megabytes = float(out[0]), float(out[1])
    size = path.stat().st_size / 1024 / 1024
    figure(f"  hard-wrapped text, {size:.1f} MB: words/s (fresh process)",
           f"{words_per_second:,.0f}", f"≥ {speed_target:,.0f}", words_per_second >= speed_target)
    figure(f"  hard-wrapped text, {size:.1f} MB: peak memory with model", f"{megabytes:.0f} MB",
           "< 1 GB", megabytes < 1024)


def run(long_text: Path, words: int, long_news: Path | None) -> None:
    """Overheads on the dev folders that are present, then the long texts' speed and memory."""
    from reader.document import load_document

    header("Engine: our cost over spaCy's own parse, side by side in one run")
    for language in ("en", "fr"):
        articles = dev_articles(language)
        if articles:
            side_by_side(f"dev folder ({language})", [load_document(p) for p in articles],
                         language, REPEATS)
    side_by_side(f"{words:,}-word text", [load_document(long_text)], "fr", 1)
    peak_memory(long_text, f"{words:,} words, sample article")
    if long_news is not None:
        peak_memory(long_news, f"{words:,} words, French news")
    from reader.document.text import MAX_TEXT_CHARACTERS

    hard_wrapped(hard_wrapped_article(long_text.parent, MAX_TEXT_CHARACTERS - 20_000), 10_000)


def _analyse_in_this_process(path: str) -> None:
    """Load the model, analyse a file, print its words/s and the process's peak memory in MB."""
    from reader.analysis import analyze
    from reader.document import load_document
    from reader.pipelines import installed_pipeline, load_pipeline

    document = load_document(path)
    info = installed_pipeline("fr")
    nlp = load_pipeline(info.name)
    started = time.perf_counter()
    analyze(document, "fr", nlp, info.label)
    elapsed = time.perf_counter() - started
    print(f"{word_count(document.text) / elapsed:.0f} {_peak_megabytes():.0f}")


def _peak_megabytes() -> float:
    """This process's peak resident memory since it started its program.

    Linux keeps getrusage's peak across exec, so a child started from a big benchmark would
    report its parent's size; /proc's VmHWM starts afresh with the program.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


if __name__ == "__main__":
    _analyse_in_this_process(sys.argv[1])
