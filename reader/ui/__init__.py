"""The Claim Reader window: Qt widgets that display what the engine returns."""

import sys

# PySide6 6.12 on CPython 3.11 drops a reference to None on every call of a method that
# returns nothing (3.12 made None immortal, so it goes unnoticed there). Painting a long article
# makes tens of thousands of such calls and the interpreter aborts with "deallocating None".
# Until PySide6 is pinned to a fixed release, give None references enough to never run out.
if sys.version_info < (3, 12) and sys.implementation.name == "cpython":
    import ctypes

    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
