"""Big analyses are set aside from the garbage collector's full passes, and nothing else changes."""

from __future__ import annotations

import gc
import threading
import weakref

from reader.live.collector import set_aside
from reader.model import Claim, Source


class Node:
    """An object that can hold itself: a reference cycle."""


def test_what_is_made_aside_is_left_out_of_the_collectors_passes():
    with set_aside():
        claims = [Claim("reported", at, at + 5, "texte", Source("elle", at + 6, at + 10))
                  for at in range(0, 10_000, 10)]
    walked = {id(thing) for thing in gc.get_objects()}  # every generation a pass may walk
    assert not any(id(claim) in walked or id(claim.source) in walked for claim in claims)
    assert gc.isenabled()
    freed = weakref.ref(claims[0])
    del claims
    assert freed() is None, "set aside, a claim is still freed once nothing holds it"


def test_a_cycle_that_is_garbage_already_is_collected_not_set_aside():
    node = Node()
    node.me = node
    gone = weakref.ref(node)
    del node
    with set_aside():
        pass
    assert gone() is None


def test_a_paused_collector_stays_paused_and_two_threads_share_the_pause():
    gc.disable()
    try:
        with set_aside():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
    inside, leave = threading.Event(), threading.Event()

    def other_thread():
        with set_aside():
            inside.set()
            leave.wait(5)

    thread = threading.Thread(target=other_thread)
    thread.start()
    inside.wait(5)
    with set_aside():
        pass
    assert not gc.isenabled(), "the other thread is still making its objects"
    leave.set()
    thread.join(5)
    assert gc.isenabled()
