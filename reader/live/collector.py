"""Big analyses kept out of the garbage collector's full passes.

A book's analysis is some 100,000 objects, and a window holds one or two: each full pass of the
collector walked them all, 150–500 ms with the window waiting (the interpreter is held for the
whole pass, whichever thread started it). Claims, sources and cues make no reference cycle: they
are freed as soon as nothing holds them, without the collector. So they are made with the
collector paused, then set aside in its permanent generation (gc.freeze), where no pass walks
them; whatever else lives then is set aside with them, as the window's start-up objects are.
The price: a reference cycle set aside is never collected. So the young generations are
collected first (a few milliseconds: they are small), and only the cycles made meanwhile by
other threads could be set aside as garbage; collected after the analysis is made, its 100,000
objects would take a twentieth of a second, the window waiting.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_paused = 0  # how many threads are making objects to set aside
_was_enabled = True  # whether the collector ran before the first of them paused it


@contextmanager
def set_aside() -> Iterator[None]:
    """Make long-lived objects with the collector paused, then set aside all that lives."""
    global _paused, _was_enabled
    with _lock:
        if _paused == 0:
            gc.collect(1)  # the young cycles that are garbage already, not to be set aside
            _was_enabled = gc.isenabled()
            gc.disable()
        _paused += 1
    try:
        yield
    finally:
        with _lock:
            _paused -= 1
            if _paused == 0:
                gc.freeze()
                if _was_enabled:
                    gc.enable()
