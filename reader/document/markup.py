"""The paragraphs of HTML or XHTML markup, read without loading or running anything it names."""

from __future__ import annotations

from html.parser import HTMLParser

from reader.document.text import collapse_spaces

# Tags that end one paragraph and start the next.
BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p pre section table td th tr ul".split())
# Tags whose content is never reading text.
HIDDEN_TAGS = frozenset("head script style noscript template svg math iframe object".split())


class _ParagraphParser(HTMLParser):
    """Collects the text of each block, leaving out hidden content."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self.title_parts: list[str] = []
        self._current: list[str] = []
        self._hidden = 0
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN_TAGS:
            self._hidden += 1
        elif tag == "title":
            self._in_title = True
        elif tag in BLOCK_TAGS:
            self._flush()

    def handle_endtag(self, tag):
        if tag in HIDDEN_TAGS:
            self._hidden = max(0, self._hidden - 1)
        elif tag == "title":
            self._in_title = False
        elif tag in BLOCK_TAGS:
            self._flush()

    def handle_data(self, data):
        if self._in_title:
            self.title_parts.append(data)
        elif not self._hidden:
            self._current.append(data)

    def close(self):
        super().close()
        self._flush()

    def _flush(self):
        words = collapse_spaces("".join(self._current))
        if words:
            self.paragraphs.append(words)
        self._current = []


def parse_markup(markup: str) -> tuple[str | None, list[str]]:
    """The <title> and the paragraphs of a page, in reading order."""
    parser = _ParagraphParser()
    parser.feed(markup)
    parser.close()
    title = " ".join("".join(parser.title_parts).split())
    return title or None, parser.paragraphs


def html_paragraphs(markup: str) -> list[str]:
    """The paragraphs of a piece of markup, in reading order."""
    return parse_markup(markup)[1]
