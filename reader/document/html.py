"""Saved web pages: the article's body and metadata, without menus, adverts, comments or footer."""

from __future__ import annotations

import trafilatura
from trafilatura.utils import load_html

from reader.document.markup import BOLD_TAGS, HEADING_TAGS, parse_markup
from reader.document.model import BOLD, HEADING, DocumentError, Paragraph, empty_metadata
from reader.document.safexml import refuse_entity_declarations
from reader.document.text import collapse_spaces, decode_text
from reader.i18n import _, number

# News pages have a few thousand elements; the extractor's time grows faster than their number
# (about 3 s for 20,000 on one core), so a page far beyond that is refused rather than waited on.
MAX_ELEMENTS = 30_000


def read_html(raw: bytes, name: str) -> tuple[list[str], dict]:
    """The paragraphs and metadata of a saved page; nothing it links to is loaded or run."""
    refuse_entity_declarations(raw, name)
    markup = decode_text(raw, name)
    page = load_html(markup)  # lxml's HTML parser, which fetches nothing and runs no script
    if page is not None:
        elements = sum(1 for _ in page.iter())
        if elements > MAX_ELEMENTS:
            raise DocumentError(_("{name} is too large a page to find an article in ({count} elements).")
                                .format(name=name, count=number(elements)))
        roles = roles_on_page(page)  # read first: the extractor may prune the page it is given
        found = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False,
                                            include_tables=False)
        if found is not None and (found.text or "").strip():
            lines = [Paragraph(line, roles.get(collapse_spaces(line)))
                     for line in found.text.split("\n")]
            return lines, empty_metadata(
                title=found.title, date=found.date, author=found.author, outlet=found.sitename,
                format="html")
    # Too little text for the extractor to tell article from page: show all the page says.
    title, paragraphs = parse_markup(markup)
    return paragraphs, empty_metadata(title=title, format="html")


def roles_on_page(page) -> dict[str, str]:
    """The words of each heading and of each paragraph wholly in bold, with that role."""
    roles = {}
    for element in page.iter(*HEADING_TAGS, "p"):
        words = collapse_spaces("".join(element.itertext()))
        if element.tag in HEADING_TAGS:
            roles[words] = HEADING
        elif words and collapse_spaces("".join(_bold_text(element))) == words:
            roles[words] = BOLD
    return roles


def _bold_text(element) -> list[str]:
    """The pieces of text inside the bold elements of a paragraph."""
    return [piece for bold in element.iter(*BOLD_TAGS) for piece in bold.itertext()]
