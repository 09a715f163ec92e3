"""E-books (EPUB): the chapters in reading order and the book's metadata."""

from __future__ import annotations

import posixpath
import zipfile
from urllib.parse import unquote

from reader.document.archive import open_zip, read_member, refuse_entities
from reader.document.markup import html_paragraphs
from reader.document.model import DocumentError, empty_metadata
from reader.document.safexml import parse_xml
from reader.i18n import _

CONTAINER = "META-INF/container.xml"
NS = {"container": "urn:oasis:names:tc:opendocument:xmlns:container",
      "opf": "http://www.idpf.org/2007/opf",
      "dc": "http://purl.org/dc/elements/1.1/"}
CHAPTER_TYPES = ("application/xhtml+xml", "text/html")


def read_epub(raw: bytes, name: str) -> tuple[list[str], dict]:
    """The paragraphs of every chapter, in the spine's order, and the book's metadata."""
    archive = open_zip(raw, name)
    refuse_entities(archive, name)
    package_path = _package_path(archive, name)
    package = parse_xml(read_member(archive, package_path, name), name)
    paragraphs = []
    for chapter in _chapters(package, posixpath.dirname(package_path)):
        markup = read_member(archive, chapter, name).decode("utf-8", errors="replace")
        paragraphs += html_paragraphs(markup)
    return paragraphs, _metadata(package)


def _package_path(archive: zipfile.ZipFile, name: str) -> str:
    """Where the package document (the OPF file) lies, as the container says."""
    container = parse_xml(read_member(archive, CONTAINER, name), name)
    rootfile = container.find(".//container:rootfile", NS)
    if rootfile is None or not rootfile.get("full-path"):
        raise DocumentError(_("{name} is damaged: its container names no book.").format(name=name))
    return rootfile.get("full-path")


def _chapters(package, folder: str) -> list[str]:
    """The archive paths of the chapters, in reading order."""
    items = {item.get("id"): item for item in package.iterfind("opf:manifest/opf:item", NS)}
    chapters = []
    for reference in package.iterfind("opf:spine/opf:itemref", NS):
        item = items.get(reference.get("idref"))
        if item is not None and item.get("media-type") in CHAPTER_TYPES and item.get("href"):
            chapters.append(posixpath.normpath(posixpath.join(folder, unquote(item.get("href")))))
    return list(dict.fromkeys(chapters))  # a chapter listed twice is read once


def _metadata(package) -> dict:
    """Title, date, author and publisher from the package's Dublin Core fields."""
    def field(tag: str) -> str | None:
        element = package.find(f"opf:metadata/dc:{tag}", NS)
        return " ".join(element.text.split()) if element is not None and element.text else None

    date = field("date")
    return empty_metadata(title=field("title"), date=date[:10] if date else None,
                          author=field("creator"), outlet=field("publisher"), format="epub")
