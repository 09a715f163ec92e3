"""An article prepared for analysis: its paragraphs, sentences, quotations and parses."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from reader.analysis.quotes import Quote, find_quotes, inside_quote_mask, statement_quotes
from reader.analysis.sentences import split_sentences
from reader.document import paragraph_spans
from reader.document.model import HEADING
from reader.model import Span

# A heading has a dozen words at most, and no sentence's final mark.
HEADING_WORDS = 12
TITLE_WORDS = 25
HEADING_NEVER_ENDS = ".!?»”\"…:"


@dataclass
class Article:
    """A document prepared for analysis: text for parsing, paragraphs, sentences, quotations."""

    text: str
    parse_text: str
    paragraphs: list[Span]
    sentences: list[list[Span]]
    quotes: list[Quote]
    statements: list[Quote]
    inside_quote: bytearray
    docs: list = field(default_factory=list)
    roles: dict[int, str] = field(default_factory=dict)  # a paragraph's role in its file, by its start
    title: str | None = None  # the title the file gave apart from its text, if any

    def paragraph_index(self, offset: int) -> int:
        """The index of the paragraph holding an offset (or the last one, past the end)."""
        index = bisect.bisect_right(self._paragraph_ends, offset)
        return min(index, len(self.paragraphs) - 1)

    @cached_property
    def _paragraph_ends(self) -> list[int]:
        """Where each paragraph ends, for a binary search."""
        return [paragraph.end for paragraph in self.paragraphs]

    def is_heading(self, paragraph: Span) -> bool:
        """Whether a paragraph is a heading: set as one in its file, or a short line that no
        sentence mark ends."""
        if self.roles.get(paragraph.start) == HEADING:
            return True
        line = self.text[paragraph.start:paragraph.end].strip()
        # a title runs longer than a subhead: « Retraites : le gouvernement prêt à lâcher du lest … »
        title = paragraph == self.paragraphs[0] and len(self.paragraphs) > 1
        most = TITLE_WORDS if title else HEADING_WORDS
        return bool(line) and len(line.split()) <= most and line[-1] not in HEADING_NEVER_ENDS

    def all_sentences(self) -> Iterable[Span]:
        """Every sentence in reading order."""
        for sentences in self.sentences:
            yield from sentences


APOSTROPHE = re.compile(r"(?<=\w)’|’(?=\w)")
# The parsers read ‹ › and „ as words (« dénonce ‹ une usine à gaz › » lost its object), and
# guillemets set the other way round as a quotation closing: each pair as the parser knows it.
FAMILIAR_MARKS = {"‹": "«»", "„": "“”", "»": "«»"}


def _with_marks_the_parser_knows(parse_text: str, quotes: list[Quote]) -> str:
    """The text to parse with each quotation's unusual marks replaced, one character for one."""
    characters = list(parse_text)
    for quote in quotes:
        familiar = FAMILIAR_MARKS.get(quote.mark)
        if familiar is None:
            continue
        characters[quote.outer.start] = familiar[0]
        if quote.closed:
            characters[quote.outer.end - 1] = familiar[1]
    return "".join(characters)


def prepare(text: str, roles: dict[int, str] | None = None, title: str | None = None) -> Article:
    """Paragraphs, quotations and sentences: everything that needs no language model; `roles`
    tells which paragraphs the source file set as headings or in bold, by where they start, and
    `title` is the file's title when it stands apart from the text."""
    paragraphs = paragraph_spans(text)
    quotes = find_quotes(text, paragraphs)
    mask = inside_quote_mask(text, quotes)
    sentences = [split_sentences(text, p, mask) for p in paragraphs]
    # The curly apostrophe confuses the French models; the straight one keeps every offset. A ’
    # after punctuation closes a quotation (‘super predator,’”) and stays a quotation mark.
    # No-break spaces split names like « M. Caldwell » in the parse; plain spaces keep offsets too.
    parse_text = APOSTROPHE.sub("'", text).replace("\u00a0", " ").replace("\u202f", " ")
    parse_text = _with_marks_the_parser_knows(parse_text, quotes)
    return Article(text, parse_text, paragraphs, sentences, quotes,
                   statement_quotes(text, quotes), mask, roles=dict(roles or {}), title=title)


def parse_at(article: Article, offset: int):
    """The parsed paragraph holding an offset and where it starts, or (None, 0) without a parse."""
    index = article.paragraph_index(offset)
    if index >= len(article.docs):
        return None, 0
    return article.docs[index], article.paragraphs[index].start


def entity_labels_at(article: Article, span: Span) -> set:
    """The named-entity labels the parse found inside a span."""
    doc, base = parse_at(article, span.start)
    if doc is None:
        return set()
    return {ent.label_ for ent in doc.ents
            if base + ent.start_char < span.end and base + ent.end_char > span.start}


def sentence_at(article: Article, offset: int) -> Span:
    """The sentence holding an offset."""
    sentences = article.sentences[article.paragraph_index(offset)]
    return next((s for s in sentences if s.start <= offset < s.end), sentences[-1])
