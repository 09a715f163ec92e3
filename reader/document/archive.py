"""Zip-based formats (DOCX, EPUB, OpenDocument) opened safely: sizes checked before inflating."""

from __future__ import annotations

import io
import zipfile

from reader.document.files import shown_name
from reader.document.model import DocumentError
from reader.document.safexml import refuse_entity_declarations
from reader.i18n import _, number

MAX_MEMBERS = 5000
MAX_MEMBER_BYTES = 32 * 1024 * 1024
MAX_TOTAL_BYTES = 256 * 1024 * 1024
# Text compresses about tenfold; a hundredfold on a big member is a zip bomb.
MAX_RATIO = 100
RATIO_CHECKED_FROM = 1024 * 1024


def open_zip(raw: bytes, name: str) -> zipfile.ZipFile:
    """The archive, once its central directory shows sizes an article can have."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        raise DocumentError(_("{name} is damaged: its zip archive cannot be read.").format(name=name)) from None
    if len(members) > MAX_MEMBERS:
        raise DocumentError(_("{name} holds {count} files; an article has far fewer.").format(
            name=name, count=number(len(members))))
    unpacked = sum(member.file_size for member in members)
    packed = sum(member.compress_size for member in members)
    if unpacked > MAX_TOTAL_BYTES or _inflates_too_much(unpacked, packed) or any(
            member.file_size > MAX_MEMBER_BYTES
            or _inflates_too_much(member.file_size, member.compress_size) for member in members):
        raise DocumentError(_("{name} unpacks to a huge size (a zip bomb?); it was not opened.")
                            .format(name=name))
    return archive


def read_member(archive: zipfile.ZipFile, member: str, name: str) -> bytes:
    """A member's bytes, never more than its declared and allowed size."""
    try:
        with archive.open(member) as handle:
            data = handle.read(MAX_MEMBER_BYTES + 1)
    except KeyError:
        raise DocumentError(_("{name} is incomplete: {member} is missing.").format(
            name=name, member=shown_name(member))) from None
    except (zipfile.BadZipFile, ValueError, EOFError, OSError, NotImplementedError):
        raise DocumentError(_("{name} is damaged: {member} cannot be unpacked.").format(
            name=name, member=shown_name(member))) from None
    if len(data) > MAX_MEMBER_BYTES:
        raise DocumentError(_("{name} is too large to be an article.").format(name=name))
    return data


def refuse_entities(archive: zipfile.ZipFile, name: str) -> None:
    """Refuse an archive whose XML declares entities, before a library parses it."""
    for member in archive.infolist():
        if member.filename.endswith((".xml", ".rels", ".opf", ".ncx", ".xhtml", ".htm", ".html")):
            refuse_entity_declarations(read_member(archive, member.filename, name), name)


def _inflates_too_much(unpacked: int, packed: int) -> bool:
    """Whether data this large grows by a ratio no article's text has."""
    return unpacked > RATIO_CHECKED_FROM and unpacked > MAX_RATIO * max(1, packed)
