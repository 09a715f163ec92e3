"""The command line's batch figures: articles/s on a dev folder, with one process and with several."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from bench.report import figure, header
from bench.texts import DEV_FOLDERS, ROOT


def timed_batch(folder: Path, jobs: str, cache: Path) -> tuple[float, int, int]:
    """Run `claim-reader analyze FOLDER` with no cache; seconds, lines written, exit status."""
    env = dict(os.environ, CLAIM_READER_CACHE_DIR=str(cache))
    command = [sys.executable, "-m", "reader", "analyze", str(folder), "--no-cache"]
    command += ["--jobs", jobs] if jobs != "auto" else []
    started = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=3600)
    return time.perf_counter() - started, done.stdout.count("\n"), done.returncode


def run(folder: Path) -> None:
    """Articles/s on each dev folder present, the models' loading included."""
    header("Batch: claim-reader analyze FOLDER (JSON Lines), models' loading included")
    for language, dev in DEV_FOLDERS.items():
        if not dev.is_dir():
            print(f"  {dev} is absent: no batch figure for {language}")
            continue
        for jobs in ("1", "2", "auto"):
            seconds, lines, status = timed_batch(dev, jobs, folder / "batch-cache")
            figure(f"{dev.name}: {lines} articles, --jobs {jobs}",
                   f"{lines / seconds:.1f} art/s", "" if status == 0 else f"exit {status}")
