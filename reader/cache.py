"""Analyses kept on disk, so that reopening an article already analysed is instant."""

from __future__ import annotations

import hashlib
import json
import os
from functools import lru_cache
from importlib import resources
from pathlib import Path

from reader.atomic import is_abandoned, is_temporary, write_atomically
from reader.model import Analysis, Claim
from reader.pipelines import installed_pipeline, installed_pipelines

APP_NAME = "claim-reader"
# Tests and portable installs point the cache at another folder with this variable.
CACHE_DIR_VARIABLE = "CLAIM_READER_CACHE_DIR"
MAX_BYTES = 200 * 1024 * 1024
ENTRY_SUFFIX = ".json"


def cache_dir() -> Path:
    """Where analyses are kept: the variable's folder if set, else the platform's cache folder."""
    override = os.environ.get(CACHE_DIR_VARIABLE)
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir(APP_NAME, appauthor=False)) / "analyses"


@lru_cache(maxsize=1)
def engine_version() -> str:
    """A hash of the engine's code and word lists: any change to a rule gives a new version."""
    digest = hashlib.sha256()
    for package, pattern in (("reader.analysis", "*.py"), ("reader.data", "**/*.txt")):
        root = Path(str(resources.files(package)))
        for path in sorted(root.glob(pattern)):
            digest.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
            digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def cache_key(text: str, language: str, pipelines: list[str]) -> str:
    """The key of an analysis: its text, the language asked for, the pipelines and the engine."""
    digest = hashlib.sha256()
    for part in (engine_version(), language, *sorted(pipelines)):
        digest.update(part.encode("utf-8") + b"\0")
    digest.update(text.encode("utf-8"))
    return digest.hexdigest()


def key_for(text: str, language: str) -> str:
    """The key of a text's analysis with the pipelines installed now for the language asked for."""
    if language == "auto":
        labels = [info.label for info in installed_pipelines()]
    else:
        labels = [info.label] if (info := installed_pipeline(language)) else []
    return cache_key(text, language, labels)


class AnalysisCache:
    """One JSON file per analysis in a folder of bounded size; the least recently used go first."""

    def __init__(self, folder: Path | None = None, max_bytes: int = MAX_BYTES):
        self.folder = Path(folder) if folder is not None else cache_dir()
        self.max_bytes = max_bytes

    def get(self, key: str, path: str, metadata: dict, text: str | None = None) -> Analysis | None:
        """The analysis kept under a key, for the file it is now read from; None if absent or corrupt.

        Given the text the analysis is for, an entry made for another text is corrupt too.
        """
        entry = self._entry(key)
        try:
            content = entry.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None
        try:
            data = json.loads(content)
            analysis = Analysis(file=path, language=data["language"], pipeline=data["pipeline"],
                                metadata=dict(metadata), text=data["text"],
                                claims=[Claim.from_dict(c) for c in data["claims"]])
            if not _consistent(analysis, text):
                raise ValueError("the entry is not an analysis of this text")
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
            _remove(entry)  # a corrupt entry would fail the same way every time
            return None
        try:
            os.utime(entry)  # the modification time orders entries by last use
        except OSError:
            pass
        return analysis

    def put(self, key: str, analysis: Analysis) -> bool:
        """Keep an analysis, whole or not at all, then trim the folder; False if it cannot be written."""
        content = json.dumps(analysis.to_dict(), ensure_ascii=False, separators=(",", ":"))
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            write_atomically(self._entry(key), content)
        except OSError:
            return False
        self.trim()
        return True

    def trim(self) -> None:
        """Remove the least recently used entries until the folder, temporaries included, is within its size.

        Temporary files of ours older than any write are abandoned: they go first.
        """
        entries, total = [], 0
        for file in self._files():
            try:
                status = file.stat()
            except OSError:
                continue  # removed by another process meanwhile
            if is_temporary(file.name):
                if is_abandoned(status.st_mtime):
                    _remove(file)
                else:
                    total += status.st_size  # being written now: it will take its place
            elif file.name.endswith(ENTRY_SUFFIX):
                entries.append((status.st_mtime, status.st_size, file))
                total += status.st_size
        for _, size, entry in sorted(entries, key=lambda e: e[0]):
            if total <= self.max_bytes:
                break
            _remove(entry)
            total -= size

    def _files(self) -> list[Path]:
        """The files in the folder; none if it cannot be listed."""
        try:
            return list(self.folder.iterdir())
        except OSError:
            return []

    def _entry(self, key: str) -> Path:
        """The file of a key."""
        return self.folder / f"{key}{ENTRY_SUFFIX}"


def _consistent(analysis: Analysis, text: str | None) -> bool:
    """Whether an analysis is of the text given (if any) and each claim quotes that text."""
    if not isinstance(analysis.text, str) or (text is not None and analysis.text != text):
        return False
    return all(analysis.text[claim.start:claim.end] == claim.text for claim in analysis.claims)


def _remove(entry: Path) -> None:
    """Delete an entry, unless another process did already or the folder forbids it."""
    try:
        entry.unlink(missing_ok=True)
    except OSError:
        pass
