"""Word documents (DOCX): body paragraphs in order, the title and the author."""

from __future__ import annotations

import io

import docx

from reader.document.archive import open_zip, refuse_entities
from reader.document.model import empty_metadata

TITLE_STYLES = ("Title", "Heading 1")


def read_docx(raw: bytes, name: str) -> tuple[list[str], dict]:
    """The paragraphs and metadata of a Word document."""
    refuse_entities(open_zip(raw, name), name)
    document = docx.Document(io.BytesIO(raw))
    properties = document.core_properties
    paragraphs = [p.text for p in document.paragraphs]
    title = properties.title or _styled_title(document)
    # The properties date the file's creation, not the article's publication: no date is shown.
    return paragraphs, empty_metadata(title=title, author=properties.author, format="docx")


def _styled_title(document) -> str | None:
    """The first paragraph, when its style makes it the document's title."""
    for paragraph in document.paragraphs:
        if paragraph.text.strip():
            style = paragraph.style.name if paragraph.style is not None else ""
            return paragraph.text.strip() if style in TITLE_STYLES else None
    return None
