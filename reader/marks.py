"""A fact-checker's marks on claims (checked, to check, disputed), kept in an SQLite database.

Marks live in the platform's data folder, never in the article. An article is known by a hash of
its normalised text, so a moved or renamed file keeps its marks; a claim by the hash of its text
and its offsets, so that a new analysis finding the same claim finds its mark, and one whose
rules moved a claim's edges a little still finds it by overlap.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from reader.i18n import N_, _
from reader.model import Claim

APP_NAME = "claim-reader"
# Tests and portable installs keep the marks in another folder with this variable.
DATA_DIR_VARIABLE = "CLAIM_READER_DATA_DIR"
DATABASE_NAME = "marks.sqlite3"
SCHEMA_VERSION = 1
STATES = ("checked", "to_check", "disputed")
# In English in exports; the window shows them translated.
STATE_LABELS = {"checked": N_("Checked"), "to_check": N_("To check"), "disputed": N_("Disputed")}
# The sign of each mark, at the start of its claim's row and in the text's margin.
MARK_SIGNS = {"checked": "✓", "to_check": "⚑", "disputed": "✗"}
# A lock held longer than this by another window is reported, not waited for.
LOCK_TIMEOUT_SECONDS = 2.0

SCHEMA = """
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS marks (
    article TEXT NOT NULL,
    text_hash TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    state TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    link TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (article, text_hash, start, end)
);
"""


class MarksUnavailable(Exception):
    """The marks database cannot be used (corrupt, locked, unwritable): said in one line."""


@dataclass(frozen=True)
class ClaimKey:
    """What finds a claim's mark again: the hash of its text and its offsets."""

    text_hash: str
    start: int
    end: int

    @classmethod
    def of(cls, claim: Claim) -> ClaimKey:
        """The key of a claim."""
        return cls(text_hash(claim.text), claim.start, claim.end)

    def overlap(self, claim: Claim) -> int:
        """How many characters this key's span shares with a claim's."""
        return max(0, min(self.end, claim.end) - max(self.start, claim.start))


@dataclass(frozen=True)
class Mark:
    """A claim's state, the checker's note and an optional http(s) link."""

    state: str
    note: str = ""
    link: str = ""

    def to_dict(self) -> dict:
        """The mark as exports write it."""
        return {"state": self.state, "note": self.note, "link": self.link}


def data_dir() -> Path:
    """Where marks are kept: the variable's folder if set, else the platform's data folder."""
    override = os.environ.get(DATA_DIR_VARIABLE)
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def database_path() -> Path:
    """Where the marks database is, or will be once the first mark is kept."""
    return data_dir() / DATABASE_NAME


def normalised(text: str) -> str:
    """Text in NFC with its runs of white space made one space: line ends do not count."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def text_hash(text: str) -> str:
    """The hash of a text's normalised form."""
    return hashlib.sha256(normalised(text).encode("utf-8")).hexdigest()


@lru_cache(maxsize=4)
def article_key(text: str) -> str:
    """An article's key: the hash of its normalised text, whatever its file is called."""
    # Each listing of an analysis asks again: a book's takes a twentieth of a second.
    return text_hash(text)


def checked_link(link: str) -> str:
    """The link, stripped, if empty or http(s) with a host; else ValueError with the reason."""
    link = link.strip()
    if not link:
        return ""
    parts = urlsplit(link)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise ValueError(_("Not a web link (http:// or https://): {link}").format(link=link))
    if any(character.isspace() for character in link):
        raise ValueError(_("A link cannot contain spaces: {link}").format(link=link))
    return link


def checked_mark(state: str, note: str = "", link: str = "") -> Mark:
    """A mark whose state is known and whose link is a web link, else ValueError."""
    if state not in STATES:
        raise ValueError(f"Unknown mark: {state} (one of {', '.join(STATES)})")
    return Mark(state, note.strip(), checked_link(link))


def match_marks(stored: dict[ClaimKey, Mark], claims: Iterable[Claim]) -> dict[int, tuple[ClaimKey, Mark]]:
    """Each claim's mark by claim id: its own key, else the same text (nearest offsets), else
    the most overlap; a mark goes to one claim at most."""
    unused = dict(stored)
    found: dict[int, tuple[ClaimKey, Mark]] = {}
    if not unused:  # a book's 30,000 claims are not hashed for an article without marks
        return found
    claims = list(claims)
    hashes = [text_hash(claim.text) for claim in claims]
    by_text: dict[str, list[ClaimKey]] = {}
    for key in stored:
        by_text.setdefault(key.text_hash, []).append(key)

    def take(claim: Claim, candidates: list[ClaimKey], distance) -> None:
        """Give the claim the nearest candidate still unused."""
        candidates = [key for key in candidates if key in unused]
        if candidates and claim.id not in found:
            key = min(candidates, key=distance)
            found[claim.id] = (key, unused.pop(key))

    for claim, hashed in zip(claims, hashes):
        take(claim, [ClaimKey(hashed, claim.start, claim.end)], lambda key: 0)
    for claim, hashed in zip(claims, hashes):
        take(claim, by_text.get(hashed, []),
             lambda key: abs(key.start - claim.start) + abs(key.end - claim.end))
    for claim in claims:  # rules that moved a claim's edges: the mark follows the overlap
        if not unused:
            break
        take(claim, [key for key in unused if key.overlap(claim) * 2 > claim.end - claim.start],
             lambda key: -key.overlap(claim))
    return found


class MarkStore:
    """The marks database: read and written one transaction per change."""

    def __init__(self, path: Path):
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._connection = sqlite3.connect(path, timeout=LOCK_TIMEOUT_SECONDS,
                                               isolation_level=None)
            self._connection.execute("PRAGMA journal_mode=WAL")
            self._connection.execute("PRAGMA synchronous=NORMAL")
            with self._transaction():
                self._create_schema()
        except (sqlite3.Error, OSError) as error:
            raise MarksUnavailable(_explained(error, path)) from None

    @classmethod
    def open_default(cls) -> MarkStore:
        """The store in the data folder."""
        return cls(database_path())

    def _create_schema(self) -> None:
        """The tables, and the schema's version once; a newer version is refused."""
        for statement in SCHEMA.strip().split(";"):
            if statement.strip():
                self._connection.execute(statement)
        row = self._connection.execute("SELECT max(version) FROM schema_version").fetchone()
        if row[0] is None:
            self._connection.execute("INSERT INTO schema_version VALUES (?)", (SCHEMA_VERSION,))
        elif row[0] > SCHEMA_VERSION:
            raise sqlite3.DatabaseError(f"made by a newer Claim Reader (schema {row[0]})")

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """One change, written whole or not at all."""
        self._connection.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._connection.execute("ROLLBACK")
            raise
        self._connection.execute("COMMIT")

    def stored(self, article: str) -> dict[ClaimKey, Mark]:
        """Every mark kept for an article."""
        rows = self._read("SELECT text_hash, start, end, state, note, link FROM marks "
                          "WHERE article = ?", (article,))
        return {ClaimKey(h, s, e): Mark(state, note, link) for h, s, e, state, note, link in rows}

    def marks_for(self, article: str, claims: Iterable[Claim]) -> dict[int, Mark]:
        """The marks of an analysis's claims, by claim id."""
        return {claim_id: mark for claim_id, (_, mark)
                in match_marks(self.stored(article), claims).items()}

    def set_mark(self, article: str, claim: Claim, mark: Mark | None,
                 claims: Iterable[Claim] = ()) -> None:
        """Mark one of an analysis's claims (None removes its mark); its older key gives way."""
        others = [other for other in claims if other.id != claim.id]
        previous = match_marks(self.stored(article), [claim, *others]).get(claim.id)
        key = ClaimKey.of(claim)
        self._write(self._replace_statements(article, previous[0] if previous else None, key, mark))

    def _replace_statements(self, article: str, old: ClaimKey | None, key: ClaimKey,
                            mark: Mark | None) -> list[tuple[str, tuple]]:
        """The statements that put a mark under a claim's current key."""
        delete = "DELETE FROM marks WHERE article = ? AND text_hash = ? AND start = ? AND end = ?"
        statements = [(delete, (article, k.text_hash, k.start, k.end)) for k in {old, key} if k]
        if mark is not None:
            statements.append(("INSERT INTO marks VALUES (?, ?, ?, ?, ?, ?, ?)",
                               (article, key.text_hash, key.start, key.end,
                                mark.state, mark.note, mark.link)))
        return statements

    def _read(self, sql: str, parameters: tuple) -> list[tuple]:
        """Rows of a query, or MarksUnavailable."""
        try:
            return self._connection.execute(sql, parameters).fetchall()
        except sqlite3.Error as error:
            raise MarksUnavailable(_explained(error, self.path)) from None

    def _write(self, statements: list[tuple[str, tuple]]) -> None:
        """Run statements in one transaction, or MarksUnavailable and nothing changed."""
        try:
            with self._transaction():
                for sql, parameters in statements:
                    self._connection.execute(sql, parameters)
        except sqlite3.Error as error:
            raise MarksUnavailable(_explained(error, self.path)) from None

    def close(self) -> None:
        """Let go of the database."""
        self._connection.close()


def _explained(error: Exception, path: Path) -> str:
    """One line for the reader: what is wrong with the marks database and where it is."""
    text = str(error)
    if "locked" in text or "busy" in text:
        reason = _("it is in use by another program")
    elif "not a database" in text or "malformed" in text or "newer" in text:
        reason = _("it is damaged or not a marks database ({error})").format(error=text)
    else:
        reason = text
    return _("Marks are off: cannot use {path} because {reason}.").format(path=path, reason=reason)
