"""Unexpected errors: their traceback to a small log file, one line for the reader.

A reader cannot act on a traceback, but whoever fixes the bug needs it: it goes to
`claim-reader.log` in the platform's log folder (or CLAIM_READER_LOG_DIR), which rotates
so that it never grows past a few hundred kilobytes.
"""

from __future__ import annotations

import logging
import os
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from reader.i18n import _

APP_NAME = "claim-reader"
LOG_DIR_VARIABLE = "CLAIM_READER_LOG_DIR"
LOG_NAME = "claim-reader.log"
LOG_BYTES = 200_000
LOG_BACKUPS = 2
_logger = logging.getLogger("claim_reader.errors")
_logger.propagate = False  # a reader's terminal gets the one line, not the traceback


def log_dir() -> Path:
    """Where the log is kept: CLAIM_READER_LOG_DIR if set, else the platform's log folder."""
    override = os.environ.get(LOG_DIR_VARIABLE)
    if override:
        return Path(override)
    from platformdirs import user_log_dir

    return Path(user_log_dir(APP_NAME, appauthor=False))


def log_path() -> Path:
    """The log file."""
    return log_dir() / LOG_NAME


def log_unexpected(what: str, error: BaseException | None = None) -> str:
    """Log an error (the one being handled, by default) with its traceback; the line to show.

    log_unexpected("The analysis failed") in an except block gives
    "The analysis failed: division by zero (details in /…/claim-reader.log)."
    """
    error = error if error is not None else sys.exc_info()[1]
    path = log_path()
    try:
        _write(path, what, error)
    except OSError:  # a log that cannot be written must not hide the error itself
        return _("{what}: {error}.").format(what=what, error=describe(error))
    return _("{what}: {error} (details in {path}).").format(what=what, error=describe(error),
                                                             path=path)


def describe(error: BaseException | None) -> str:
    """An error in a few words, on one line: its message, else its type's name."""
    text = " ".join(str(error).split()) if error is not None else ""
    return text or (type(error).__name__ if error is not None else "unknown error")


def _write(path: Path, what: str, error: BaseException | None) -> None:
    """Append the error and its traceback to the log, through a handler for that file."""
    handler = _handler_for(path)
    exc_info = (type(error), error, error.__traceback__) if error is not None else None
    _logger.error(what, exc_info=exc_info)
    handler.flush()


def _handler_for(path: Path) -> RotatingFileHandler:
    """The logger's file handler, made again when the log's place changed (as tests change it)."""
    for handler in [h for h in _logger.handlers if isinstance(h, RotatingFileHandler)]:
        if Path(handler.baseFilename) == path:
            return handler
        _logger.removeHandler(handler)
        handler.close()
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS,
                                  encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    _logger.addHandler(handler)
    _logger.setLevel(logging.ERROR)
    return handler
