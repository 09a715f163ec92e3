"""What a report reads: the JSON Lines `analyze` writes (a file, or a folder of shards), or
article files analysed on the spot."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

from reader.model import SCHEMA, Analysis, Claim

JSON_LINES_SUFFIXES = (".jsonl", ".ndjson")


class BadInput(Exception):
    """Input a report cannot read; the message is one line."""


def is_json_lines(path: Path) -> bool:
    """Whether the report reads this path as analyses already made: a .jsonl file, or a folder of
    them and no articles (the shards of a distributed run)."""
    if path.is_file():
        return path.suffix.lower() in JSON_LINES_SUFFIXES
    return path.is_dir() and bool(shard_files(path)) and not _has_articles(path)


def shard_files(folder: Path) -> list[Path]:
    """The JSON Lines files of a folder, in name order."""
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in JSON_LINES_SUFFIXES)


def _has_articles(folder: Path) -> bool:
    """Whether a folder holds any article file."""
    from reader.batch import article_files

    return bool(article_files([str(folder)]))


def read_json_lines(path: Path) -> Iterator[Analysis]:
    """The analyses of a JSON Lines file, or of every one in a folder."""
    for file in shard_files(path) if path.is_dir() else [path]:
        try:
            with file.open(encoding="utf-8") as lines:
                for number, line in enumerate(lines, 1):
                    if line.strip():
                        yield analysis_from_line(line, f"{file.name}, line {number}")
        except UnicodeDecodeError:
            raise BadInput(f"{file.name} is not UTF-8 text, so not JSON Lines.") from None
        except OSError as error:
            raise BadInput(f"cannot read {file}: {error.strerror or error}.") from None


def analysis_from_line(line: str, where: str) -> Analysis:
    """One claim-reader/1 analysis from its line of JSON."""
    try:
        data = json.loads(line)
        if not isinstance(data, dict) or data.get("schema") != SCHEMA:
            raise ValueError(f"no {SCHEMA} schema")
        return Analysis(file=data["file"], language=data["language"], pipeline=data["pipeline"],
                        metadata=dict(data["metadata"]), text=data["text"],
                        claims=[Claim.from_dict(c) for c in data["claims"]])
    except (ValueError, KeyError, TypeError) as error:
        reason = error.msg if isinstance(error, json.JSONDecodeError) else str(error)
        raise BadInput(f"{where} is not a {SCHEMA} analysis ({reason}).") from None


def analyse_articles(files: list[Path], language: str, jobs: int, use_cache: bool,
                     on_error: Callable[[str], None]) -> Iterator[Analysis]:
    """The analyses of article files; a file that fails is told to on_error and skipped."""
    from reader.batch import analyse_files

    for line, error in analyse_files(files, language, jobs, use_cache):
        if error is not None:
            on_error(error)
        else:
            yield analysis_from_line(line, "an analysis")
