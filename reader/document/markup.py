"""The paragraphs of HTML or XHTML markup, read without loading or running anything it names."""

from __future__ import annotations

from html.parser import HTMLParser

from reader.document.model import BOLD, HEADING, Paragraph
from reader.document.text import collapse_spaces

# Tags that end one paragraph and start the next.
BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p pre section table td th tr ul".split())
HEADING_TAGS = frozenset("h1 h2 h3 h4 h5 h6".split())
BOLD_TAGS = frozenset("b strong".split())
# Tags whose content is never reading text.
HIDDEN_TAGS = frozenset("head script style noscript template svg math iframe object".split())


class _ParagraphParser(HTMLParser):
    """Collects the text of each block, leaving out hidden content."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[Paragraph] = []
        self.title_parts: list[str] = []
        self._current: list[str] = []
        self._hidden = 0
        self._in_title = False
        self._in_heading = False
        self._bold = 0
        self._words_in_bold = self._words_outside_bold = False

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN_TAGS:
            self._hidden += 1
        elif tag == "title":
            self._in_title = True
        elif tag in BLOCK_TAGS:
            self._flush()
            self._in_heading = tag in HEADING_TAGS
        elif tag in BOLD_TAGS:
            self._bold += 1

    def handle_endtag(self, tag):
        if tag in HIDDEN_TAGS:
            self._hidden = max(0, self._hidden - 1)
        elif tag == "title":
            self._in_title = False
        elif tag in BLOCK_TAGS:
            self._flush()
        elif tag in BOLD_TAGS:
            self._bold = max(0, self._bold - 1)

    def handle_data(self, data):
        if self._in_title:
            self.title_parts.append(data)
        elif not self._hidden:
            self._current.append(data)
            if data.strip():
                self._words_in_bold |= self._bold > 0
                self._words_outside_bold |= self._bold == 0

    def close(self):
        super().close()
        self._flush()

    def _flush(self):
        words = collapse_spaces("".join(self._current))
        if words:
            self.paragraphs.append(Paragraph(words, self._role()))
        self._current = []
        self._in_heading = False
        self._words_in_bold = self._words_outside_bold = False

    def _role(self) -> str | None:
        """What the block being closed is: a heading, a paragraph all in bold, or neither."""
        if self._in_heading:
            return HEADING
        return BOLD if self._words_in_bold and not self._words_outside_bold else None


def parse_markup(markup: str) -> tuple[str | None, list[Paragraph]]:
    """The <title> and the paragraphs of a page, in reading order."""
    parser = _ParagraphParser()
    parser.feed(markup)
    parser.close()
    title = " ".join("".join(parser.title_parts).split())
    return title or None, parser.paragraphs


def html_paragraphs(markup: str) -> list[Paragraph]:
    """The paragraphs of a piece of markup, in reading order."""
    return parse_markup(markup)[1]
