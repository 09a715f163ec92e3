"""Plain text: decoding any common encoding, re-flowing hard-wrapped lines, finding the headline."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from reader.document.files import shown_name
from reader.i18n import _, number
from reader.document.model import (Document, DocumentError, Paragraph, empty_metadata,
                                   paragraph_spans)

# The engine takes minutes beyond this; no news article comes near it.
MAX_TEXT_CHARACTERS = 2_000_000
# The parser's time and memory go with tokens: prose of MAX_TEXT_CHARACTERS makes about 400,000,
# a flood of quotation marks or brackets one per character.
MAX_TOKENS = 500_000
TOKEN = re.compile(r"\w+|[^\w\s]")
# Our languages are French and English: among look-alike code pages, only these can be meant.
WESTERN_ENCODINGS = ["cp1252", "latin_1", "iso8859_15", "mac_roman", "cp850"]
UTF16_ENCODINGS = ["utf_16_le", "utf_16_be"]
LATIN_LETTERS_END = "\u0250"
# A hard-wrapped text has most lines filled to a fixed column within these bounds.
MIN_WRAP_COLUMN, MAX_WRAP_COLUMN = 40, 100
METADATA_PREFIX = re.compile(
    r"\A\s*date\s*:?\s*(?P<date>\d{4}-\d{2}(?:-\d{2})?)(?:[ \t]+|[ \t]*\n+)", re.IGNORECASE)
# A sentence ends in a stop, perhaps inside a closing mark; a headline may end on a quotation:
# « Haise « fier de ses joueurs » »
SENTENCE_END = re.compile(r"[.!?…:][\s»”\"]*\Z")
LIST_ITEM = re.compile(r"\s*(?:[-*•–]|\d{1,3}[.)])\s")
BROKEN_WORD = re.compile(r"\w-\Z")
SPACE_RUN = re.compile(r"[^\S\u00a0\u202f]+")


def decode_text(raw: bytes, name: str = "the file") -> str:
    """Decode bytes as UTF-8 or UTF-16 (BOM or not), or the legacy encoding they look like."""
    if raw.startswith(codecs.BOM_UTF8):
        return _decode_or_fail(raw[3:], "utf-8", name)
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode_or_fail(raw, "utf-16", name)
    if b"\x00" in raw:
        return _decode_utf16_without_bom(raw, name)
    if _looks_binary(raw):
        raise DocumentError(_("{name} is not a text file.").format(name=name))
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.reason == "unexpected end of data":
            return raw[:error.start].decode("utf-8")  # a download cut short mid-character
        if _mostly_utf8(raw):
            raise DocumentError(_("{name} is damaged UTF-8 text: invalid byte at position {position}.")
                                .format(name=name, position=error.start)) from None
    from charset_normalizer import from_bytes  # imported on first use: the window paints sooner

    best = from_bytes(raw, cp_isolation=WESTERN_ENCODINGS).best()
    # latin-1 gives every byte a character: the answer when nothing else fits.
    return str(best) if best is not None else raw.decode("latin-1")


def document_from_text(text: str, path: str = "", markdown: bool = False) -> Document:
    """Build a document from decoded text: line ends, wrapped lines, date and title."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if markdown and (document := _markdown_document(text, path)) is not None:
        return document
    metadata = empty_metadata(format="text")
    match = METADATA_PREFIX.match(text)
    if match:
        metadata["date"] = match.group("date")
        text = text[match.end():]
    metadata["title"], text = _split_title(reflow(text))
    text = "\n".join(line.rstrip() for line in text.strip().split("\n"))
    return _checked(Document(path=path, text=text, metadata=metadata))


def _markdown_document(text: str, path: str) -> Document | None:
    """The document a Markdown text renders to; None when it is mostly marks, read as plain text."""
    from reader.document.markdown import is_mostly_markup, render_markdown

    if is_mostly_markup(text):
        return None
    known, paragraphs = render_markdown(text)
    return document_from_paragraphs(paragraphs, path, empty_metadata(format="markdown", **known))


def document_from_paragraphs(paragraphs: list[str], path: str, metadata: dict) -> Document:
    """Build a document from a format's paragraphs: one per line, blank lines between them."""
    paragraphs = [Paragraph(collapse_spaces(p), getattr(p, "role", None)) for p in paragraphs]
    paragraphs = [p for p in paragraphs if p]
    if paragraphs and metadata.get("title") and paragraphs[0] == collapse_spaces(metadata["title"]):
        paragraphs = paragraphs[1:]  # the headline is shown above the article, not twice
    text = "\n\n".join(paragraphs)
    if not metadata.get("title"):
        metadata["title"], text = _split_title(text)
        text = text.strip()
    return _checked(Document(path=path, text=text, metadata=metadata,
                             roles=_roles_by_offset(text, paragraphs)))


def _roles_by_offset(text: str, paragraphs: list[Paragraph]) -> dict[int, str]:
    """Where each paragraph with a role starts in the text made of them, and its role."""
    # Counted from the bottom: only the top paragraph may have been taken off, as the headline.
    lines = reversed(paragraph_spans(text))
    return {line.start: paragraph.role for line, paragraph in zip(lines, reversed(paragraphs))
            if paragraph.role}


def collapse_spaces(text: str) -> str:
    """Runs of white space as one space, no-break spaces kept: French typography needs them."""
    return SPACE_RUN.sub(" ", text).strip(" ")


def reflow(text: str, column: int | None = None, slack: int = 1) -> str:
    """Join hard-wrapped lines back into paragraphs; lines that are not wrapped stay as they are.

    A line was wrapped when the next line's first word would not have fitted after it within the
    wrapping column (give or take `slack` characters, for proportional fonts). Without a column,
    the text's own is found, if its lines are wrapped at all.
    """
    lines = text.split("\n")
    column = column or wrap_column(lines)
    if column is None:
        return text
    joined = [lines[0]]
    for previous, line in zip(lines, lines[1:]):
        if _continues(previous, line, column, slack):
            joined[-1] = join_wrapped(joined[-1], line)
        else:
            joined.append(line)
    return "\n".join(joined)


def wrap_column(lines: list[str]) -> int | None:
    """The column a text is hard-wrapped at, or None when its lines are not wrapped."""
    lengths = [len(line.rstrip()) for line in lines if line.strip()]
    if len(lengths) < 4:
        return None
    column = long_line_length(lengths)
    near_column = sum(1 for length in lengths if length >= 0.75 * column)
    if not MIN_WRAP_COLUMN <= column <= MAX_WRAP_COLUMN or near_column < 0.5 * len(lengths):
        return None
    return column


def long_line_length(lengths: list[int]) -> int:
    """The length most full lines reach: the 90th percentile, so that a few outliers do not count."""
    ordered = sorted(lengths)
    return ordered[int(0.9 * (len(ordered) - 1))] if ordered else 0


def join_wrapped(line: str, following: str) -> str:
    """Join a wrapped line to the next, mending a word broken with a hyphen."""
    line, following = line.rstrip(), following.strip()
    if BROKEN_WORD.search(line) and following[:1].islower():
        return line[:-1] + following
    return f"{line} {following}"


def _continues(line: str, following: str, column: int, slack: int) -> bool:
    """Whether a paragraph goes on from a line to the next."""
    if not line.strip() or not following.strip() or LIST_ITEM.match(following):
        return False
    if BROKEN_WORD.search(line.rstrip()) and following.lstrip()[:1].islower():
        return True
    first_word = following.split()[0]
    return len(line.rstrip()) + 1 + len(first_word) > column - slack


def _checked(document: Document) -> Document:
    """The document, unless it has no text or too much of it."""
    name = shown_name(Path(document.path).name) or "The article"
    if not document.text.strip():
        raise DocumentError(_("{name} has no text to analyse.").format(name=name))
    if len(document.text) > MAX_TEXT_CHARACTERS:
        raise DocumentError(_("{name} is too long to be an article ({count} characters; the limit is "
                              "{limit}).").format(name=name, count=number(len(document.text)),
                                                   limit=number(MAX_TEXT_CHARACTERS)))
    if len(document.text) > MAX_TOKENS and (tokens := _token_count(document.text)) > MAX_TOKENS:
        raise DocumentError(_("{name} has too many words and marks to be an article ({count}; the limit "
                              "is {limit}).").format(name=name, count=number(tokens),
                                                     limit=number(MAX_TOKENS)))
    return document


def _token_count(text: str) -> int:
    """About as many tokens as the parser would make: each word, and each mark on its own."""
    return sum(1 for _ in TOKEN.finditer(text))


def _decode_or_fail(raw: bytes, encoding: str, name: str) -> str:
    """Decode with a known encoding, turning errors into a DocumentError."""
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError:
        raise DocumentError(_("{name} is not valid {encoding} text.").format(
            name=name, encoding=encoding.upper())) from None


def _decode_utf16_without_bom(raw: bytes, name: str) -> str:
    """Text in UTF-16 without a byte-order mark; other bytes with NULs are not text."""
    from charset_normalizer import from_bytes

    best = from_bytes(raw, cp_isolation=UTF16_ENCODINGS).best()
    # Any even run of bytes decodes as UTF-16: "abc\0def\0" becomes CJK characters. Without a
    # byte-order mark, only text in the Latin script of our languages shows the guess was right.
    if best is None or "\x00" in str(best) or not _mostly_latin(str(best)):
        raise DocumentError(_("{name} is not a text file (it contains NUL bytes).").format(name=name))
    return str(best)


def _mostly_latin(text: str) -> bool:
    """Whether nearly all letters of a text are Latin ones (Basic Latin to Latin Extended-B)."""
    letters = [ch for ch in text if ch.isalpha()]
    return sum(1 for ch in letters if ch < LATIN_LETTERS_END) >= 0.9 * len(letters) > 0


def _mostly_utf8(raw: bytes) -> bool:
    """Whether most bytes above 0x7F form well-formed UTF-8: damaged UTF-8, not a code page."""
    high = sum(1 for byte in raw if byte > 0x7F)
    decoded = raw.decode("utf-8", errors="ignore")
    well_formed = sum(len(ch.encode("utf-8")) for ch in decoded if ord(ch) > 0x7F)
    return high > 0 and well_formed >= 0.5 * high


def _looks_binary(raw: bytes) -> bool:
    """Whether control bytes other than tab, line ends and form feed are frequent."""
    sample = raw[:8192]
    controls = sum(1 for byte in sample if byte < 32 and byte not in b"\t\n\r\f")
    return controls > max(2, len(sample) // 100)


def _split_title(text: str) -> tuple[str | None, str]:
    """Take a headline off the top of the text: a short line alone in its paragraph.

    A first line with more text right under it is the start of a paragraph, wrapped or not.
    """
    stripped = text.lstrip()
    first, sep, rest = stripped.partition("\n")
    if not sep or not rest.strip() or rest.partition("\n")[0].strip():
        return None, text
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
