"""Saved web pages: the article's body and metadata, without menus, adverts, comments or footer."""

from __future__ import annotations

import trafilatura
from trafilatura.utils import load_html

from reader.document.markup import parse_markup
from reader.document.model import DocumentError, empty_metadata
from reader.document.safexml import refuse_entity_declarations
from reader.document.text import decode_text

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
            raise DocumentError(f"{name} is too large a page to find an article in "
                                f"({elements:,} elements).")
        found = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False,
                                            include_tables=False)
        if found is not None and (found.text or "").strip():
            return found.text.split("\n"), empty_metadata(
                title=found.title, date=found.date, author=found.author, outlet=found.sitename,
                format="html")
    # Too little text for the extractor to tell article from page: show all the page says.
    title, paragraphs = parse_markup(markup)
    return paragraphs, empty_metadata(title=title, format="html")
