"""Saved web pages: the article's body and metadata, without menus, adverts, comments or footer."""

from __future__ import annotations

import trafilatura
from trafilatura.settings import use_config

from reader.document.markup import parse_markup
from reader.document.model import empty_metadata
from reader.document.safexml import refuse_entity_declarations
from reader.document.text import decode_text

# Pages with more elements than this are not news articles: the extractor gives up on them.
MAX_TREE_SIZE = 500_000


def _extractor_settings():
    """trafilatura's settings with our limit on the page's size."""
    config = use_config()
    config.set("DEFAULT", "MAX_TREE_SIZE", str(MAX_TREE_SIZE))
    return config


EXTRACTOR_SETTINGS = _extractor_settings()


def read_html(raw: bytes, name: str) -> tuple[list[str], dict]:
    """The paragraphs and metadata of a saved page; nothing it links to is loaded or run."""
    refuse_entity_declarations(raw, name)
    markup = decode_text(raw, name)
    # trafilatura works on the markup alone: it fetches nothing and runs no script.
    found = trafilatura.bare_extraction(markup, with_metadata=True, include_comments=False,
                                        include_tables=False, config=EXTRACTOR_SETTINGS)
    page_title, page_paragraphs = parse_markup(markup)
    if found is None or not (found.text or "").strip():
        # Too little text for the extractor to tell article from page: show all the page says.
        return page_paragraphs, empty_metadata(title=page_title, format="html")
    metadata = empty_metadata(title=found.title or page_title, date=found.date,
                              author=found.author, outlet=found.sitename, format="html")
    return found.text.split("\n"), metadata
