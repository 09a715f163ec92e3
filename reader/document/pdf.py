"""PDF files with a text layer: lines joined into whole sentences, broken words mended."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

from reader.document.model import DocumentError, empty_metadata
from reader.document.text import reflow

# Text extraction takes tens of milliseconds a page; articles and reports are far shorter.
MAX_PAGES = 300
# Proportional fonts fill lines unevenly: a line this many characters short of the column
# still counts as full.
PROPORTIONAL_SLACK = 12
PAGE_NUMBER = re.compile(r"\s*(?:page\s*)?\d{1,4}(?:\s*/\s*\d{1,4})?\s*", re.IGNORECASE)
# Titles that word processors fill in from the file's name: no headline.
FILE_NAME_TITLE = re.compile(r"^(?:Microsoft \w+ - |untitled\b)|\.\w{2,4}$", re.IGNORECASE)


def read_pdf(raw: bytes, name: str) -> tuple[list[str], dict]:
    """The paragraphs and metadata of a PDF; a PDF without text says so."""
    reader = PdfReader(io.BytesIO(raw))
    if reader.is_encrypted and not reader.decrypt(""):
        raise DocumentError(f"{name} is password-protected.")
    if len(reader.pages) > MAX_PAGES:
        raise DocumentError(f"{name} has {len(reader.pages)} pages; an article has far fewer.")
    lines = [line for page in reader.pages for line in (page.extract_text() or "").split("\n")
             if not PAGE_NUMBER.fullmatch(line)]
    if not any(line.strip() for line in lines):
        raise DocumentError(f"{name} has no text layer (a scanned PDF?); it would need OCR.")
    text = reflow("\n".join(line.strip() for line in lines), slack=PROPORTIONAL_SLACK)
    return text.split("\n"), _metadata(reader)


def _metadata(reader: PdfReader) -> dict:
    """Title, author and creation date from the PDF's information dictionary."""
    info = reader.metadata
    if info is None:
        return empty_metadata(format="pdf")
    title = info.title if info.title and not FILE_NAME_TITLE.search(info.title) else None
    return empty_metadata(title=title, author=info.author, date=_creation_date(info),
                          format="pdf")


def _creation_date(info) -> str | None:
    """The creation date as YYYY-MM-DD, if the PDF gives one that can be read."""
    try:
        created = info.creation_date
    except ValueError:  # a malformed date should not stop the article from opening
        return None
    return created.date().isoformat() if created else None
