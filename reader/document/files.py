"""Reading an article file's bytes, read-only and within a size limit checked before reading."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from reader.i18n import _
from reader.document.model import DocumentError

# E-books and PDFs carry pictures; the text itself is a small part of this.
MAX_FILE_BYTES = 64 * 1024 * 1024
MEGABYTE = 1024 * 1024
READ_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def shown_name(text: str) -> str:
    """A file name fit for a one-line message: control characters become '?'."""
    return "".join(ch if ch.isprintable() else "?" for ch in text)


def check_size(size: int, limit: int, name: str) -> None:
    """Refuse a file larger than the limit, saying both sizes."""
    if size > limit:
        raise DocumentError(_("{name} is too large to be an article ({size}; the limit is {limit}).")
                            .format(name=name, size=_in_units(size), limit=_in_units(limit)))


def _in_units(size: int) -> str:
    """A size in megabytes, or in kilobytes below one megabyte."""
    return _("{count} MB").format(count=round(size / MEGABYTE)) if size >= MEGABYTE \
        else _("{count} kB").format(count=size // 1024)


def read_article_bytes(path: Path) -> bytes:
    """The file's bytes, or a DocumentError saying why they cannot be had."""
    name = shown_name(path.name)
    try:
        if path.is_dir():
            raise DocumentError(_("{name} is a folder, not an article file.").format(name=name))
        # Without O_NONBLOCK, opening a FIFO waits for a writer that may never come.
        handle = os.fdopen(os.open(path, READ_FLAGS), "rb")
        with handle:
            status = os.fstat(handle.fileno())
            if not stat.S_ISREG(status.st_mode):
                raise DocumentError(_("{name} is not a regular file (a device, a pipe or a socket).")
                                    .format(name=name))
            check_size(status.st_size, MAX_FILE_BYTES, name)
            raw = handle.read(MAX_FILE_BYTES + 1)  # a file may grow after fstat()
    except FileNotFoundError:
        raise DocumentError(_("{name} does not exist.").format(name=shown_name(str(path)))) from None
    except PermissionError:
        raise DocumentError(_("{name} cannot be read: permission denied.").format(name=name)) from None
    except OSError as error:
        raise DocumentError(_("{name} cannot be read: {reason}.").format(
            name=name, reason=error.strerror or error)) from None
    check_size(len(raw), MAX_FILE_BYTES, name)
    if not raw.strip():
        raise DocumentError(_("{name} is empty.").format(name=name))
    return raw
