"""What an opened article is: its text as analysed, its paragraphs and what is known about it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reader.model import Span

METADATA_KEYS = ("title", "date", "author", "outlet", "format")


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

    @property
    def paragraphs(self) -> list[Span]:
        """The non-blank lines of the text, each a paragraph."""
        return paragraph_spans(self.text)


def paragraph_spans(text: str) -> list[Span]:
    """The non-blank lines of a text, each a paragraph."""
    return [Span(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
