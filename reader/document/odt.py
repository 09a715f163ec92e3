"""OpenDocument text (ODT): headings and paragraphs in order and the document's metadata."""

from __future__ import annotations

from xml.etree.ElementTree import Element

from reader.document.archive import open_zip, read_member
from reader.document.model import HEADING, Paragraph, empty_metadata
from reader.document.safexml import parse_xml

TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
META = "{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}"
DC = "{http://purl.org/dc/elements/1.1/}"
# Inline elements that stand for white space; runs of spaces become one in the article anyway.
SPACES = {f"{TEXT}s", f"{TEXT}tab", f"{TEXT}line-break"}
# Notes are read where they are placed, not in the middle of a sentence.
SKIPPED = {f"{TEXT}note", f"{OFFICE}annotation"}


def read_odt(raw: bytes, name: str) -> tuple[list[str], dict]:
    """The paragraphs and metadata of an OpenDocument text."""
    archive = open_zip(raw, name)
    content = parse_xml(read_member(archive, "content.xml", name), name)
    paragraphs = [Paragraph(_text_of(element), HEADING if element.tag == f"{TEXT}h" else None)
                  for element in content.iter() if element.tag in (f"{TEXT}p", f"{TEXT}h")]
    metadata = empty_metadata(format="odt")
    if "meta.xml" in archive.namelist():
        meta = parse_xml(read_member(archive, "meta.xml", name), name)
        # Its dc:date and creation-date say when the file was saved and made, not published.
        metadata.update(empty_metadata(
            title=meta.findtext(f".//{DC}title"),
            author=meta.findtext(f".//{DC}creator") or meta.findtext(f".//{META}initial-creator"),
            format="odt"))
    return paragraphs, metadata


def _text_of(element: Element) -> str:
    """The words of a paragraph, with its spacing elements as spaces."""
    parts = [element.text or ""]
    for child in element:
        if child.tag in SPACES:
            parts.append(" ")
        elif child.tag not in SKIPPED and child.tag not in (f"{TEXT}p", f"{TEXT}h"):
            parts.append(_text_of(child))
        parts.append(child.tail or "")
    return "".join(parts)
