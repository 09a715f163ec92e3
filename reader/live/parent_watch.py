"""A child process that ends with its parent, even when the parent is killed outright (kill -9).

A killed window runs no clean-up: its analysis process, a model of half a gigabyte in memory,
would run on for minutes. Linux ends it at once when asked beforehand; anywhere, a thread of the
child sees the pipe from its parent close and ends the process.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import threading

PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def end_with_parent(kernel_may_watch: bool) -> None:
    """End this process when its parent ends: by the kernel's signal on Linux, and by a watcher.

    The kernel signals the child when the *thread* that started it ends, not the process: it may
    watch only when that thread lives as long as the parent (its main thread).
    """
    if kernel_may_watch and sys.platform.startswith("linux"):
        _ask_the_kernel()
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_exit_once_ended, args=(parent,), name="parent watch",
                         daemon=True).start()


def _ask_the_kernel() -> None:
    """Have Linux kill this process when its parent dies; without prctl the watcher suffices."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass


def _exit_once_ended(parent) -> None:
    """Wait until the parent's end closes the pipe it holds, then end at once, without clean-up."""
    parent.join()
    os._exit(1)
