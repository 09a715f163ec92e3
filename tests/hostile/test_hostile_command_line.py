"""The hostile battery: every case in a process of its own, within a time and a memory limit.

Each must end with status 0 or 2, at most one line on stderr and no traceback, the article
unchanged and nothing written beside it. Each case's time and peak memory go in the battery's
table (conftest.py).
"""

from __future__ import annotations

import hashlib
import itertools
import os
import resource
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from battery import Row
from hostile_cases import ARTICLE, CASES, MEGABYTE, Case, prose

ROOT = Path(__file__).resolve().parents[2]
TIME_LIMIT = 120  # seconds; the slowest case takes a fraction of this on a loaded laptop
MEMORY_LIMIT = 3 * 1024 ** 3  # address space: a spaCy pipeline maps about 1.5 GB


@dataclass
class Outcome:
    """How a command ended."""

    status: int
    stdout: str
    stderr: str
    seconds: float
    peak_megabytes: int


def run_command(arguments: list[str], folder: Path, environment: dict | None = None,
                interrupt_after: float | None = None) -> Outcome:
    """Run `claim-reader analyze` in a folder, limited in time and memory, and measure it."""
    out, err = folder.parent / f"{folder.name}.out", folder.parent / f"{folder.name}.err"
    with open(out, "wb") as stdout, open(err, "wb") as stderr:
        started = time.monotonic()
        process = subprocess.Popen(
            [sys.executable, "-m", "reader", "analyze", *arguments], cwd=folder,
            stdin=subprocess.DEVNULL, stdout=stdout, stderr=stderr, preexec_fn=_limits,
            env={**os.environ, "PYTHONPATH": str(ROOT), **(environment or {})})
    timers = [threading.Timer(TIME_LIMIT, signal_group, (process.pid, signal.SIGKILL))]
    if interrupt_after is not None:
        timers.append(threading.Timer(interrupt_after, signal_group, (process.pid, signal.SIGINT)))
    for timer in timers:
        timer.start()
    try:
        _, wait_status, usage = os.wait4(process.pid, 0)
    finally:
        for timer in timers:
            timer.cancel()
    process.returncode = os.waitstatus_to_exitcode(wait_status)
    return Outcome(process.returncode, out.read_bytes().decode("utf-8", "replace"),
                   err.read_bytes().decode("utf-8", "replace"), time.monotonic() - started,
                   usage.ru_maxrss // 1024)


def signal_group(group: int, number: int) -> None:
    """Send a signal to a process group, unless the group has ended (its last process reaped)."""
    try:
        os.killpg(group, number)
    except ProcessLookupError:
        pass


def _limits() -> None:
    """In the child: its own process group (to be stopped whole) and a memory limit."""
    os.setsid()
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def folder_state(folder: Path) -> dict:
    """Every entry of a folder: its kind, size, modification time and content hash."""
    state = {}
    for path in sorted(folder.rglob("*")):
        status = path.lstat()
        digest = (hashlib.sha256(path.read_bytes()).hexdigest()
                  if path.is_file() and not path.is_symlink() and status.st_size < 2 ** 27 else "")
        state[path.name] = (status.st_mode, status.st_size, status.st_mtime_ns, digest)
    return state


def assert_handled(outcome: Outcome, statuses=(0, 2)) -> None:
    """Ended as it should: an allowed status, no traceback, at most one line on stderr."""
    assert outcome.status in statuses, (outcome.status, outcome.stderr[-2000:])
    assert "Traceback" not in outcome.stderr, outcome.stderr[-2000:]
    assert len(outcome.stderr.splitlines()) <= 1, outcome.stderr[-2000:]
    if outcome.status == 2:
        assert outcome.stderr.startswith("claim-reader"), outcome.stderr
        assert "out of memory" not in outcome.stderr


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_a_hostile_case_ends_in_time_with_one_line_and_loses_nothing(case: Case, tmp_path,
                                                                      battery_table):
    folder = tmp_path / "case"
    folder.mkdir()
    arguments = case.make(folder)
    before = folder_state(folder)
    outcome = run_command(arguments, folder, case.environment)
    battery_table.append(Row(case.name, str(outcome.status), outcome.seconds,
                             outcome.peak_megabytes))
    assert_handled(outcome, case.statuses)
    after = folder_state(folder)
    kept = [name for name in before if name not in case.written]
    assert {name: after[name] for name in kept} == {name: before[name] for name in kept}
    assert sorted(set(after) - set(before)) == sorted(set(case.written) - set(before))
    if case.check is not None:
        case.check(folder, outcome.stdout)


def test_a_closed_standard_output_is_one_line(tmp_path):
    folder = tmp_path / "case"
    folder.mkdir()
    (folder / "article.txt").write_text(ARTICLE, encoding="utf-8")
    script = ("import os, sys\nos.close(1)\n"
              "os.execv(sys.executable, [sys.executable, '-m', 'reader', 'analyze', 'article.txt'])")
    result = subprocess.run([sys.executable, "-c", script], cwd=folder, capture_output=False,
                            stderr=subprocess.PIPE, text=True, timeout=TIME_LIMIT,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert (result.returncode, result.stderr) == (
        2, "claim-reader: the standard output is closed; use --output FILE.\n")


def test_a_signal_to_a_group_that_has_ended_is_not_an_error():
    process = subprocess.Popen(["true"], start_new_session=True)
    process.wait()
    signal_group(process.pid, signal.SIGINT)  # a batch that ends before its Ctrl-C comes


def test_ctrl_c_during_a_batch_is_one_line_and_leaves_no_temporary_file(tmp_path):
    folder = tmp_path / "case"
    folder.mkdir()
    for number in range(12):
        (folder / f"article{number}.txt").write_text(ARTICLE * (number + 1), encoding="utf-8")
    before = folder_state(folder)
    outcome = run_command([".", "--lang", "en", "--jobs", "2", "--no-cache", "-o", "out.jsonl"],
                          folder, interrupt_after=6)
    assert outcome.seconds < 60
    if outcome.status == 0:
        pytest.skip("the batch ended before the interruption")
    assert (outcome.status, outcome.stderr) == (130, "claim-reader: interrupted.\n")
    assert folder_state(folder) == before


def test_a_file_cut_and_grown_again_while_it_is_read_is_one_line(tmp_path, battery_table):
    folder = tmp_path / "case"
    folder.mkdir()
    path = folder / "article.txt"
    # Large enough to be read for a while, made mostly of blank lines to be analysed quickly.
    content = ("Le café, déjà fermé. " + prose(4000) + "\n" * 3 * MEGABYTE).encode("utf-8")
    path.write_bytes(content)
    done = threading.Event()
    cutter = threading.Thread(target=_cut_and_grow, args=(path, content, done))
    cutter.start()
    try:
        outcome = run_command(["article.txt", "--lang", "en", "--no-cache", "-o", "out.json"],
                              folder)
    finally:
        done.set()
        cutter.join()
    battery_table.append(Row("file cut while read", str(outcome.status), outcome.seconds,
                             outcome.peak_megabytes))
    assert_handled(outcome)


def _cut_and_grow(path: Path, content: bytes, done: threading.Event) -> None:
    """Cut a file at an odd byte, then write it whole again, and so on until told to stop."""
    cuts = itertools.count(1, 7_777_777)
    while not done.wait(0.02):
        with open(path, "r+b") as file:
            file.truncate(next(cuts) % len(content))  # often inside a two-byte character
        if not done.wait(0.02):
            path.write_bytes(content)
