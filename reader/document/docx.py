"""Word documents (DOCX): body paragraphs in order, the title and the author."""

from __future__ import annotations

import io

import docx

from reader.document.archive import open_zip, refuse_entities
from reader.document.model import BOLD, HEADING, Paragraph, empty_metadata

TITLE_STYLES = ("Title", "Heading 1")
HEADING_STYLES = ("Title", "Heading", "Subtitle")  # "Heading 2" and the like start so


def read_docx(raw: bytes, name: str) -> tuple[list[str], dict]:
    """The paragraphs and metadata of a Word document."""
    refuse_entities(open_zip(raw, name), name)
    document = docx.Document(io.BytesIO(raw))
    properties = document.core_properties
    paragraphs = [Paragraph(p.text, _role(p)) for p in document.paragraphs]
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


def _role(paragraph) -> str | None:
    """HEADING for a paragraph in a heading style, BOLD for one whose every word is bold."""
    style = paragraph.style.name if paragraph.style is not None else ""
    if style.startswith(HEADING_STYLES):
        return HEADING
    worded = [run for run in paragraph.runs if run.text.strip()]
    return BOLD if worded and all(_is_bold(run) for run in worded) else None


def _is_bold(run) -> bool:
    """Whether a run is set in bold, directly or by its character style."""
    return bool(run.bold or (run.style is not None and run.style.font.bold))
