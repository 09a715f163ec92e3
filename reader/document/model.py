"""What an opened article is: its text as analysed, its paragraphs and what is known about it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reader.model import Span

METADATA_KEYS = ("title", "date", "author", "outlet", "format")
# spaCy refuses a text over a million characters and needs about 9 kB of memory a character:
# a longer paragraph (a flattened table, a text without line ends) is parsed in pieces.
MAX_PARAGRAPH_CHARACTERS = 3_000
LINE = re.compile(r"[^\n]+")
SENTENCE_BOUNDARY = re.compile(r"[.!?…][\"»”’)\]]*\s+")
WORD_BOUNDARY = re.compile(r"\s+")
# What a paragraph was in its source file, when the file says so: a heading (a subhead, or an
# interview's question set as one), or a paragraph set wholly in bold (how many interviews set
# their questions). Plain paragraphs have no role.
HEADING = "heading"
BOLD = "bold"


class DocumentError(Exception):
    """An article that cannot be opened; the message is one line meant for the reader."""


def empty_metadata(**known) -> dict:
    """Metadata with every key present, None where nothing is known."""
    metadata = dict.fromkeys(METADATA_KEYS)
    metadata.update({key: value for key, value in known.items() if value})
    return metadata


@dataclass
class Document:
    """An article's text as analysed, its paragraphs and what is known about it."""

    path: str
    text: str
    metadata: dict = field(default_factory=empty_metadata)
    roles: dict[int, str] = field(default_factory=dict)  # by the offset where a paragraph starts

    @property
    def paragraphs(self) -> list[Span]:
        """The non-blank lines of the text, each a paragraph."""
        return paragraph_spans(self.text)

    def role_of(self, paragraph: Span) -> str | None:
        """What the source file made of a paragraph (HEADING, BOLD), or None for a plain one."""
        return self.roles.get(paragraph.start)


class Paragraph(str):
    """A paragraph's words and its role in its source file; a str, so word-only readers ignore it."""

    role: str | None = None

    def __new__(cls, words: str, role: str | None = None) -> Paragraph:
        paragraph = super().__new__(cls, words)
        paragraph.role = role
        return paragraph


def paragraph_spans(text: str) -> list[Span]:
    """The non-blank lines of a text, each a paragraph; an overlong line is cut into several."""
    spans = []
    for line in LINE.finditer(text):
        if not line.group().isspace():
            spans += _pieces(text, line.start(), line.end())
    return spans


def _pieces(text: str, start: int, end: int) -> list[Span]:
    """A paragraph cut after sentence ends (else between words) into pieces of at most the maximum."""
    pieces = []
    while end - start > MAX_PARAGRAPH_CHARACTERS:
        cut = _cut_point(text, start, start + MAX_PARAGRAPH_CHARACTERS)
        pieces.append(Span(start, cut))
        start = cut
    pieces.append(Span(start, end))
    return [piece for piece in pieces if not text[piece.start:piece.end].isspace()]


def _cut_point(text: str, start: int, limit: int) -> int:
    """The last sentence end (else space) in the second half of a window; the limit if neither."""
    window_start = (start + limit) // 2
    for boundary in (SENTENCE_BOUNDARY, WORD_BOUNDARY):
        last = None
        for last in boundary.finditer(text, window_start, limit):
            pass
        if last is not None:
            return last.end()
    return limit
