"""Loading an article file into text, paragraphs and metadata, without ever writing to it."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from pathlib import Path

from reader.model import Span

MAX_BYTES = 20 * 1024 * 1024
SUPPORTED_SUFFIXES = (".txt", ".text", ".md", ".markdown")

# Bytes that cp1252 leaves undefined: their presence means latin-1 (ISO-8859-1) instead.
CP1252_HOLES = frozenset(b"\x81\x8d\x8f\x90\x9d")
METADATA_PREFIX = re.compile(
    r"\A\s*date\s*:?\s*(?P<date>\d{4}-\d{2}(?:-\d{2})?)(?:[ \t]+|[ \t]*\n+)", re.IGNORECASE)
SENTENCE_END = re.compile(r"[.!?…»”\":]\s*\Z")


class DocumentError(Exception):
    """An article that cannot be opened; the message is one line meant for the reader."""


@dataclass
class Document:
    """An article's text as analysed, its paragraphs and what is known about it."""

    path: str
    text: str
    metadata: dict = field(default_factory=lambda: {"date": None, "title": None})

    @property
    def paragraphs(self) -> list[Span]:
        """The non-blank lines of the text, each a paragraph."""
        return paragraph_spans(self.text)


def paragraph_spans(text: str) -> list[Span]:
    """The non-blank lines of a text, each a paragraph."""
    return [Span(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]


def load_document(path: str | Path) -> Document:
    """Read an article file; raise DocumentError with a one-line message when it cannot be read."""
    path = Path(path)
    raw = _read_bytes(path)
    text = decode_text(raw, path.name)
    return document_from_text(text, str(path), markdown=path.suffix.lower() in (".md", ".markdown"))


def document_from_text(text: str, path: str = "", markdown: bool = False) -> Document:
    """Build a document from decoded text: normalise line ends, take out the date and title."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    metadata = {"date": None, "title": None}
    match = METADATA_PREFIX.match(text)
    if match:
        metadata["date"] = match.group("date")
        text = text[match.end():]
    title, text = _split_title(text, markdown)
    metadata["title"] = title
    text = "\n".join(line.rstrip() for line in text.strip().split("\n"))
    if not text.strip():
        raise DocumentError(f"{Path(path).name or 'The article'} has no text to analyse.")
    return Document(path=path, text=text, metadata=metadata)


def decode_text(raw: bytes, name: str = "the file") -> str:
    """Decode bytes as UTF-8 (BOM or not), UTF-16 with a BOM, or a legacy 8-bit encoding."""
    if raw.startswith(codecs.BOM_UTF8):
        return _decode_or_fail(raw[3:], "utf-8", name)
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode_or_fail(raw, "utf-16", name)
    if b"\x00" in raw or _looks_binary(raw):
        raise DocumentError(f"{name} is not a text file.")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if any(byte in CP1252_HOLES for byte in raw):
        return raw.decode("latin-1")
    return raw.decode("cp1252")


def _read_bytes(path: Path) -> bytes:
    """The file's bytes, or a DocumentError saying why they cannot be had."""
    try:
        if path.is_dir():
            raise DocumentError(f"{path.name} is a folder, not an article file.")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise DocumentError(
                f"{path.name} is too large to be an article ({size // (1024 * 1024)} MB; "
                f"the limit is {MAX_BYTES // (1024 * 1024)} MB).")
        with path.open("rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise DocumentError(f"{path} does not exist.") from None
    except PermissionError:
        raise DocumentError(f"{path.name} cannot be read: permission denied.") from None
    except OSError as error:
        raise DocumentError(f"{path.name} cannot be read: {error.strerror or error}.") from None
    if not raw.strip():
        raise DocumentError(f"{path.name} is empty.")
    return raw


def _decode_or_fail(raw: bytes, encoding: str, name: str) -> str:
    """Decode with a known encoding, turning errors into a DocumentError."""
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError:
        raise DocumentError(f"{name} is not valid {encoding.upper()} text.") from None


def _looks_binary(raw: bytes) -> bool:
    """Whether control bytes other than tab, line ends and form feed are frequent."""
    sample = raw[:8192]
    controls = sum(1 for byte in sample if byte < 32 and byte not in b"\t\n\r\f")
    return controls > max(2, len(sample) // 100)


def _split_title(text: str, markdown: bool) -> tuple[str | None, str]:
    """Take a headline off the top of the text when the first paragraph is one."""
    stripped = text.lstrip()
    first, sep, rest = stripped.partition("\n")
    if not sep or not rest.strip():
        return None, text
    heading = re.match(r"#{1,6}\s+(.*)", first) if markdown else None
    if heading:
        return heading.group(1).strip(), rest
    if _looks_like_headline(first.strip()):
        return first.strip(), rest
    return None, text


def _looks_like_headline(line: str) -> bool:
    """A short single line with no closing punctuation, or in headline capitals."""
    words = line.split()
    if not words or len(words) > 25 or len(line) > 200:
        return False
    if not SENTENCE_END.search(line):
        return True
    long_words = [w for w in words if len(w) >= 4 and w[0].isalpha()]
    capitals = sum(1 for w in long_words if w[0].isupper())
    return len(long_words) >= 3 and capitals >= 0.75 * len(long_words)
