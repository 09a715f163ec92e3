"""Opening an article file of any supported format, telling the format by its content first."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reader.document.files import MEGABYTE, check_size, read_article_bytes, shown_name
from reader.document.model import Document, DocumentError
from reader.document.text import decode_text, document_from_paragraphs, document_from_text
from reader.i18n import N_, _

# The one list of what can be opened: the window's Open dialog and drops take it from here.
FORMAT_OF_SUFFIX = {
    ".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".docx": "docx", ".epub": "epub",
    ".odt": "odt", ".pdf": "pdf",
}
SUPPORTED_SUFFIXES = tuple(FORMAT_OF_SUFFIX)
FORMAT_NAMES = {"text": N_("text file"), "markdown": N_("Markdown file"), "html": N_("web page"),
                "docx": N_("Word document"), "epub": N_("EPUB e-book"),
                "odt": N_("OpenDocument text"), "pdf": N_("PDF")}
# A member that only one zip-based format has.
ZIP_FORMAT_MARKERS = {"word/document.xml": "docx", "META-INF/container.xml": "epub",
                      "content.xml": "odt"}
# Text and markup are parsed whole: past these sizes no article is left to find in them.
# Markdown's parser needs up to 30 µs a character on hostile input: 512 kB is 75,000 words.
MAX_BYTES_OF_FORMAT = {"text": 8 * MEGABYTE, "markdown": MEGABYTE // 2, "html": 16 * MEGABYTE}
ZIP_MAGIC = b"PK\x03\x04"
SNIFFED_BYTES = 1024


def load_document(path: str | Path) -> Document:
    """Read an article file; raise DocumentError with a one-line message when it cannot be read."""
    path = Path(path)
    name = shown_name(path.name)
    raw = read_article_bytes(path)
    kind = format_of(raw, path.suffix.lower(), name)
    if kind in MAX_BYTES_OF_FORMAT:
        check_size(len(raw), MAX_BYTES_OF_FORMAT[kind], name)
    try:
        return _read(kind, raw, str(path), name)
    except DocumentError:
        raise
    # The readers work on bytes in memory: a module or a file they miss is the installation's.
    except (ImportError, OSError) as error:
        raise DocumentError(_("This installation of Claim Reader cannot read {name} ({format}: {error}); "
                              "reinstall it.").format(name=name, format=_(FORMAT_NAMES[kind]), error=error)) from None
    except RecursionError:
        raise DocumentError(_("{name} is nested too deeply to be an article.").format(name=name)) from None
    except MemoryError:
        raise DocumentError(_("{name} is too large to be an article.").format(name=name)) from None
    # The parsers of these formats raise many kinds of errors on damaged files; all mean this.
    except Exception:  # noqa: BLE001
        raise DocumentError(_("{name} is damaged or not a real {format}.").format(
            name=name, format=_(FORMAT_NAMES[kind]))) from None


def format_of(raw: bytes, suffix: str, name: str) -> str:
    """The file's format: from its first bytes when they tell, else from its suffix."""
    head = raw[:SNIFFED_BYTES]
    if head.lstrip().startswith(b"%PDF-") or suffix == ".pdf":
        return "pdf"
    if head.startswith(ZIP_MAGIC):
        return _zip_format(raw, suffix, name)
    if suffix in FORMAT_OF_SUFFIX:
        return FORMAT_OF_SUFFIX[suffix]
    lowered = head.lower()
    return "html" if b"<!doctype html" in lowered or b"<html" in lowered else "text"


def _zip_format(raw: bytes, suffix: str, name: str) -> str:
    """Which zip-based format an archive is, by the members only that format has."""
    if FORMAT_OF_SUFFIX.get(suffix) in ("docx", "epub", "odt"):
        return FORMAT_OF_SUFFIX[suffix]
    from reader.document.archive import open_zip  # with its XML guard, only for a zip file

    names = set(open_zip(raw, name).namelist())
    for member, kind in ZIP_FORMAT_MARKERS.items():
        if member in names:
            return kind
    raise DocumentError(_("{name} is a zip archive, not an article.").format(name=name))


def format_reader(kind: str) -> Callable[[bytes, str], tuple[list[str], dict]]:
    """The reader of a format, (bytes, name) -> (paragraphs, metadata), imported on first use.

    Together their libraries take half a second to import, and the window comes first. The
    imports are written out, not built from strings, so that the packager sees and bundles them.
    """
    if kind == "html":
        from reader.document.html import read_html as read
    elif kind == "docx":
        from reader.document.docx import read_docx as read
    elif kind == "epub":
        from reader.document.epub import read_epub as read
    elif kind == "odt":
        from reader.document.odt import read_odt as read
    else:
        from reader.document.pdf import read_pdf as read
    return read


def _read(kind: str, raw: bytes, path: str, name: str) -> Document:
    """The document in a file of a known format."""
    if kind in ("text", "markdown"):
        return document_from_text(decode_text(raw, name), path, markdown=kind == "markdown")
    paragraphs, metadata = format_reader(kind)(raw, name)
    return document_from_paragraphs(paragraphs, path, metadata)
