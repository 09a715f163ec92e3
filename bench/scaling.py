"""Articles/s of a batch on one process and on a local Dask cluster, for 100, 1,000, 10,000 short
articles made from the English eval sets, and the time `report` takes on what they wrote.

Run from the project folder, with the dask extra installed:
    .venv/bin/python -m bench.scaling [--sizes 100,1000,10000] [--workers 1,2]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.report import figure, header, machine
from bench.texts import ARTICLES_ROOT, ROOT, _paragraphs

SOURCE_FOLDERS = [ARTICLES_ROOT / "train-en", ARTICLES_ROOT / "dev-en"]
SHORT_WORDS = 120  # the first paragraphs of an article, up to about this many words


def short_articles(folder: Path, count: int) -> Path:
    """Write `count` short articles, the eval articles' openings in turn, into a folder."""
    sources = sorted(p for f in SOURCE_FOLDERS if f.is_dir() for p in f.glob("*.txt"))
    if not sources:
        sys.exit(f"no articles under {ARTICLES_ROOT}: set CLAIM_READER_BENCH_ARTICLES")
    target = folder / f"short-{count}"
    target.mkdir()
    for number in range(count):
        opening, words = [], 0
        for paragraph in _paragraphs(sources[number % len(sources)]):
            opening.append(paragraph)
            words += len(paragraph.split())
            if words >= SHORT_WORDS:
                break
        (target / f"{number:05d}.txt").write_text("\n\n".join(opening) + "\n", encoding="utf-8")
    return target


def timed(arguments: list[str], cache: Path) -> float:
    """Seconds a claim-reader command takes, the models' loading included."""
    env = dict(os.environ, CLAIM_READER_CACHE_DIR=str(cache))
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "reader", *arguments], cwd=ROOT, env=env,
                          capture_output=True, text=True)
    if done.returncode not in (0, 2):
        sys.exit(f"claim-reader {' '.join(arguments)} failed: {done.stderr.strip()[-300:]}")
    return time.perf_counter() - started


def run(folder: Path, sizes: list[int], workers: list[int]) -> None:
    """Each size on one process, then on local Dask clusters; then the report of the JSON Lines."""
    for size in sizes:
        articles = short_articles(folder, size)
        header(f"{size} short articles (~{SHORT_WORDS} words), English, models' loading included")
        single = folder / f"single-{size}.jsonl"
        seconds = timed(["analyze", str(articles), "--lang", "en", "--no-cache", "--jobs", "1",
                         "-o", str(single)], folder / "cache")
        figure("one process (--jobs 1)", f"{size / seconds:.2f} art/s", f"{seconds:.0f} s")
        for count in workers:
            shards = folder / f"shards-{size}-{count}"
            seconds = timed(["analyze", str(articles), "--lang", "en", "--no-cache", "--dask",
                             "local", "--jobs", str(count), "-o", str(shards)], folder / "cache")
            figure(f"Dask local, {count} worker(s)", f"{size / seconds:.2f} art/s", f"{seconds:.0f} s")
        seconds = timed(["report", str(single)], folder / "cache")
        figure("report on the JSON Lines", f"{seconds:.2f} s")


def main() -> int:
    """Parse the sizes and worker counts, and print the figures with the machine's load."""
    parser = argparse.ArgumentParser(prog="python -m bench.scaling")
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--workers", default="1,2")
    options = parser.parse_args()
    print(f"Batch scaling — {machine()}")
    with tempfile.TemporaryDirectory() as name:
        run(Path(name), [int(s) for s in options.sizes.split(",")],
            [int(w) for w in options.workers.split(",")])
    print(f"\nafter the run: {machine()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
