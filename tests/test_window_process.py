"""The window as a process of its own: ended by a signal, or started again while it runs."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

ARTICLE = ("Le maire a annoncé lundi que les trottinettes seraient interdites.\n\n"
           "« Nous avons écouté les habitants », a déclaré l’adjoint aux transports.\n")
START_TIMEOUT_S = 90
END_TIMEOUT_S = 15

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")


def descendants(pid: int) -> set[int]:
    """The processes started by a process, and theirs, from /proc."""
    parents = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    found, frontier = set(), {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def alive(pid: int) -> bool:
    """Whether a process still runs (a zombie has ended)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def wait_for(condition, timeout: float) -> bool:
    """Whether a condition came true within a time."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return condition()


def window_environment(tmp_path: Path) -> dict:
    """An offscreen window with settings and cache of its own."""
    return dict(os.environ, QT_QPA_PLATFORM="offscreen",
                CLAIM_READER_CONFIG_DIR=str(tmp_path / "config"),
                CLAIM_READER_CACHE_DIR=str(tmp_path / "cache"))


def open_in_a_window(tmp_path: Path, stderr) -> tuple[subprocess.Popen, Path, Path]:
    """A window process opening an article; the article, and the settings file it will write."""
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    window = subprocess.Popen([sys.executable, "-m", "reader", str(article)],
                              env=window_environment(tmp_path), stderr=stderr)
    return window, article, tmp_path / "config" / "settings.json"


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT])
def test_a_stop_signal_closes_the_window_and_ends_its_analysis_process(tmp_path, stop):
    window, article, settings = open_in_a_window(tmp_path, stderr=subprocess.PIPE)
    try:
        # The article is open once its name is in the recent files; the analysis process runs.
        assert wait_for(lambda: settings.exists() and descendants(window.pid), START_TIMEOUT_S)
        children = descendants(window.pid)
        settings.unlink()
        window.send_signal(stop)
        assert window.wait(END_TIMEOUT_S) == 0, window.stderr.read().decode()
        assert wait_for(lambda: not any(alive(pid) for pid in children), END_TIMEOUT_S)
        # Closed as Quit closes it: the window wrote its settings on the way out.
        assert json.loads(settings.read_text(encoding="utf-8"))["recent_files"] == [str(article)]
    finally:
        window.kill()
        window.wait()


def recent_files(settings: Path) -> list[str]:
    """The recent files a window wrote to its settings, or none yet."""
    try:
        return json.loads(settings.read_text(encoding="utf-8"))["recent_files"]
    except (OSError, ValueError, KeyError):
        return []


def test_a_second_start_opens_its_file_in_the_running_window(tmp_path, qapp, monkeypatch):
    from reader.ui.single_instance import hand_over, server_name

    environment = window_environment(tmp_path)
    monkeypatch.setenv("CLAIM_READER_CONFIG_DIR", environment["CLAIM_READER_CONFIG_DIR"])
    # A socket left behind by an app that crashed: nobody listens on it.
    stale = Path(tempfile.gettempdir()) / server_name()
    stale.unlink(missing_ok=True)
    with socket.socket(socket.AF_UNIX) as left_behind:
        left_behind.bind(str(stale))
    assert not hand_over([])
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    settings = tmp_path / "config" / "settings.json"
    first = subprocess.Popen([sys.executable, "-m", "reader"], env=environment,
                             stderr=subprocess.DEVNULL)
    try:
        assert wait_for(lambda: hand_over([]), START_TIMEOUT_S)  # the first window listens
        started = time.monotonic()
        second = subprocess.run([sys.executable, "-X", "importtime", "-m", "reader", str(article)],
                                env=environment, stderr=subprocess.PIPE, timeout=60)
        assert second.returncode == 0
        assert time.monotonic() - started < 20
        imported = [line.rsplit("|", 1)[-1].strip() for line in second.stderr.decode().splitlines()]
        assert "reader.ui.single_instance" in imported and "spacy" not in imported
        assert "reader.ui.main_window" not in imported
        # The first window opened the file: its name is in the recent files it saved.
        assert wait_for(lambda: recent_files(settings) == [str(article)], START_TIMEOUT_S)
        assert first.poll() is None
        first.send_signal(signal.SIGTERM)
        assert first.wait(END_TIMEOUT_S) == 0
    finally:
        first.kill()
        first.wait()


def test_the_analysis_process_ends_when_the_window_is_killed(tmp_path):
    window, _, settings = open_in_a_window(tmp_path, stderr=subprocess.DEVNULL)
    try:
        assert wait_for(lambda: settings.exists() and descendants(window.pid), START_TIMEOUT_S)
        children = descendants(window.pid)
        window.kill()  # kill -9: the window runs no clean-up at all
        window.wait()
        assert wait_for(lambda: not any(alive(pid) for pid in children), END_TIMEOUT_S), \
            [Path(f"/proc/{pid}/cmdline").read_bytes() for pid in children if alive(pid)]
    finally:
        window.kill()
        window.wait()


CHILD_OF_A_KILLED_PARENT = """
import multiprocessing, sys, time
from reader.live.parent_watch import end_with_parent

def child(kernel_may_watch):
    end_with_parent(kernel_may_watch)
    time.sleep(60)

if __name__ == "__main__":
    process = multiprocessing.get_context("spawn").Process(target=child, args=(False,))
    process.start()
    print(process.pid, flush=True)
    time.sleep(60)
"""


def test_without_the_kernel_s_help_a_child_still_ends_with_its_parent(tmp_path):
    script = tmp_path / "parent.py"
    script.write_text(CHILD_OF_A_KILLED_PARENT, encoding="utf-8")
    parent = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True,
                              env=dict(os.environ, PYTHONPATH=str(Path(__file__).parents[1])))
    try:
        child = int(parent.stdout.readline())
        assert alive(child)
        parent.kill()
        parent.wait()
        assert wait_for(lambda: not alive(child), END_TIMEOUT_S)
    finally:
        parent.kill()
        parent.wait()


PARTIAL_RESULTS_NOBODY_READS = """
from reader.document import document_from_text
from reader.live.analysis_process import AnalysisProcess

if __name__ == "__main__":
    process = AnalysisProcess()
    # More than a pipe holds: the rules' first guess at this text cannot all be written at once.
    text = "Le maire a déclaré que le pont rouvrira en mai. " * 1_500
    job = process.submit(1, document_from_text(text, "article.txt"), "fr", None, "key",
                         with_rules=True)
    job.result()
    process.executor.shutdown(wait=True)  # the process's own end, no terminate()
    print("ended", flush=True)
"""


def test_the_analysis_process_ends_with_partial_results_left_unread(tmp_path):
    script = tmp_path / "unread.py"
    script.write_text(PARTIAL_RESULTS_NOBODY_READS, encoding="utf-8")
    run = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                         timeout=START_TIMEOUT_S + END_TIMEOUT_S,
                         env=dict(os.environ, PYTHONPATH=str(Path(__file__).parents[1])))
    assert run.stdout == "ended\n", run.stderr
