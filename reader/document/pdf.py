"""PDF files with a text layer: lines joined into whole sentences, broken words mended."""

from __future__ import annotations

import io
import logging
import re
from collections import Counter

from pypdf import PdfReader

from reader.document.model import DocumentError, empty_metadata
from reader.document.text import long_line_length, reflow
from reader.i18n import _, number

# pypdf logs the damage it works around; the reader gets our one line about the file instead.
logging.getLogger("pypdf").addHandler(logging.NullHandler())
logging.getLogger("pypdf").propagate = False
# Text extraction takes tens of milliseconds a page; articles and reports are far shorter.
MAX_PAGES = 300
# Proportional fonts fill lines unevenly: a line this many characters short of the column
# still counts as full.
PROPORTIONAL_SLACK = 12
PAGE_NUMBER = re.compile(r"\s*(?:page\s*)?\d{1,4}(?:\s*/\s*\d{1,4})?\s*", re.IGNORECASE)
# Browsers print the date, the title and the address at the top and bottom of each page.
EDGE_LINES = 2
DIGITS = re.compile(r"\d+")
# Titles that word processors fill in from the file's name: no headline.
FILE_NAME_TITLE = re.compile(r"^(?:Microsoft \w+ - |untitled\b)|\.\w{2,4}$", re.IGNORECASE)


def read_pdf(raw: bytes, name: str) -> tuple[list[str], dict]:
    """The paragraphs and metadata of a PDF; a PDF without text says so."""
    reader = PdfReader(io.BytesIO(raw))
    if reader.is_encrypted and not reader.decrypt(""):
        raise DocumentError(_("{name} is password-protected.").format(name=name))
    if len(reader.pages) > MAX_PAGES:
        raise DocumentError(_("{name} has {count} pages; an article has far fewer.").format(
            name=name, count=number(len(reader.pages))))
    pages = [[line.strip() for line in (page.extract_text() or "").split("\n") if line.strip()]
             for page in reader.pages]
    if not any(pages):
        raise DocumentError(_("{name} has no text layer (a scanned PDF?); it would need OCR.")
                            .format(name=name))
    lines = without_page_furniture(pages)
    # A PDF has no paragraphs, only lines: every line is wrapped at the page's column.
    column = long_line_length([len(line) for line in lines])
    text = reflow("\n".join(lines), column=column, slack=PROPORTIONAL_SLACK)
    return text.split("\n"), _metadata(reader)


def without_page_furniture(pages: list[list[str]]) -> list[str]:
    """The lines of all pages, less page numbers and the headers and footers pages repeat."""
    pages = [[line for line in page if not PAGE_NUMBER.fullmatch(line)] for page in pages]
    furniture = _repeated_at_edges(pages)
    return [line for page in pages for line in _trim_edges(page, furniture)]


def _repeated_at_edges(pages: list[list[str]]) -> set[str]:
    """The lines (digits blanked) printed at the top or bottom of more than half the pages."""
    if len(pages) < 2:
        return set()
    at_edges = Counter(key for page in pages for key in set(map(_furniture_key, _edges(page))))
    return {key for key, count in at_edges.items() if count > len(pages) / 2}


def _trim_edges(page: list[str], furniture: set[str]) -> list[str]:
    """A page without the furniture among its first and last lines."""
    keys = [_furniture_key(line) for line in page]
    top, bottom = 0, len(page)
    while top < min(EDGE_LINES, bottom) and keys[top] in furniture:
        top += 1
    while bottom > max(top, len(page) - EDGE_LINES) and keys[bottom - 1] in furniture:
        bottom -= 1
    return page[top:bottom]


def _edges(page: list[str]) -> list[str]:
    """The lines where headers and footers are printed."""
    return page[:EDGE_LINES] + page[-EDGE_LINES:]


def _furniture_key(line: str) -> str:
    """A line with its digits blanked: headers and footers differ only by page number or date."""
    return DIGITS.sub("#", line)


def _metadata(reader: PdfReader) -> dict:
    """Title and author from the PDF's information dictionary.

    Its dates are when the file was made or printed, not when the article was published: none
    is shown as a publication date.
    """
    info = reader.metadata
    if info is None:
        return empty_metadata(format="pdf")
    title = info.title if info.title and not FILE_NAME_TITLE.search(info.title) else None
    return empty_metadata(title=title, author=info.author, format="pdf")
