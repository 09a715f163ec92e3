"""Files written whole or not at all: into a temporary file beside the target, then renamed.

Only a regular file is replaced so. A device, a FIFO or the terminal is written straight to (a
rename would put a regular file in place of /dev/null); a symbolic link keeps pointing where it
did, and its target is replaced; a folder is refused.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import tempfile
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

# Temporary files are named ".TARGET.PID-RANDOM.tmp", so that the next write to the folder can
# tell ours whose process is gone (killed mid-write) and remove them.
TEMPORARY_NAME = re.compile(r"\A\..+\.(?P<pid>\d+)-[A-Za-z0-9_]+\.tmp\Z")
# Where a process cannot be asked whether it lives, a temporary file this old is stale.
STALE_SECONDS = 24 * 3600
# No write of ours takes this long: a temporary file this old is stale whoever holds its id now.
ABANDONED_SECONDS = 5 * 60
# Enough of the target's name to recognise it, short enough to stay within 255 bytes.
NAME_PART = 100


def same_file(path: str | os.PathLike, other: str | os.PathLike) -> bool:
    """Whether two paths name one file: through symbolic links and hard links alike."""
    try:
        return os.path.samefile(path, other)
    except (OSError, ValueError):
        return False  # one of them does not exist (yet): they cannot be the same


def file_among(path: str | os.PathLike, files: Iterable[Path]) -> Path | None:
    """The one of the files that the path names (through any link), if any: an input to spare."""
    return next((file for file in files if same_file(path, file)), None)


@contextmanager
def atomic_writer(path: str | os.PathLike) -> Iterator[TextIO]:
    """A text stream whose content replaces the file only once the block ends without error."""
    with replacement_path(path) as temporary:
        with open(temporary, "w", encoding="utf-8", newline="") as stream:
            yield stream


@contextmanager
def replacement_path(path: str | os.PathLike) -> Iterator[Path]:
    """A path to write a file at (for writers that take a name); it then takes the target's place."""
    target = _writable_target(Path(path))
    if not _is_regular_or_missing(target):
        yield target  # a device or a FIFO: there is nothing to replace
        return
    remove_stale_temporaries(target.parent)
    prefix = f".{target.name[:NAME_PART]}.{os.getpid()}-"
    handle, name = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=target.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        os.chmod(temporary, _mode_for(target))  # mkstemp's 0600 is not a document's mode
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_atomically(path: str | os.PathLike, content: str) -> None:
    """Write a file whole or not at all."""
    with atomic_writer(path) as stream:
        stream.write(content)


def remove_stale_temporaries(folder: Path) -> None:
    """Remove temporary files of ours left in a folder by a process that was killed mid-write."""
    try:
        names = os.listdir(folder)
    except OSError:
        return
    for name in names:
        match = TEMPORARY_NAME.match(name)
        if match and _is_stale(folder / name, int(match.group("pid"))):
            try:
                (folder / name).unlink()
            except OSError:
                pass  # gone already, or not ours to remove


def is_temporary(name: str) -> bool:
    """Whether a file name is that of one of our temporary files."""
    return TEMPORARY_NAME.match(name) is not None


def is_abandoned(modified: float) -> bool:
    """Whether a temporary file last modified then is older than any write of ours takes."""
    return time.time() - modified > ABANDONED_SECONDS


def _is_stale(temporary: Path, pid: int) -> bool:
    """Whether the process that wrote a temporary file is gone."""
    if pid == os.getpid():
        return False  # this process may be writing it now
    if os.name == "posix":
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        except OSError:
            return False  # alive, under another user
        return False
    try:
        return time.time() - temporary.stat().st_mtime > STALE_SECONDS
    except OSError:
        return False


def _writable_target(path: Path) -> Path:
    """The file a path names once symbolic links are followed; a folder is refused."""
    target = Path(os.path.realpath(path))
    if target.is_dir():
        raise IsADirectoryError(errno.EISDIR, "it is a folder", str(path))
    return target


def _is_regular_or_missing(target: Path) -> bool:
    """Whether a file is a regular one, or none exists yet."""
    try:
        return stat.S_ISREG(target.stat().st_mode)
    except FileNotFoundError:
        return True


def _mode_for(target: Path) -> int:
    """An existing file's permissions, or those the user's umask gives a new file."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        return 0o666 & ~_umask()


def _umask() -> int:
    """The process's umask, which can only be read by setting it."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask

