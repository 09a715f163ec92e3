"""Broken and hostile files: each gets one clear line, from the loader and the command line."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from article_files import (BILLION_LAUGHS, EXTERNAL_ENTITY_CONTAINER, PACKAGE, docx_bytes,
                           epub_bytes, locked_pdf_bytes, pdf_bytes, replace_member, scanned_pdf_bytes, write,
                           zip_bomb, zip_bytes)

from reader.cli import main
from reader.document import DocumentError, load_document

MEGABYTE = 1024 * 1024
GOOD_TEXT = "Le ministre a déclaré que la réforme était prête.".encode("utf-8")

# name, bytes, what the one-line message says
BAD_FILES = [
    ("empty.txt", b"", "empty.txt is empty."),
    ("blank.txt", b"  \n\n ", "blank.txt is empty."),
    ("binary.txt", bytes(range(1, 256)) * 8, "binary.txt is not a text file."),
    ("nul.txt", b"Le ministre\x00 a dit\x00 oui.",
     "nul.txt is not a text file (it contains NUL bytes)."),
    ("invalid.txt", "Élisabeth Borne a parlé, ".encode() + b"\xc3(" + "déjà.".encode(),
     "invalid.txt is damaged UTF-8 text: invalid byte at position 27."),
    ("truncated.docx", docx_bytes()[:2000],
     "truncated.docx is damaged: its zip archive cannot be read."),
    ("fake.docx", b"PK\x03\x04 not really a zip",
     "fake.docx is damaged: its zip archive cannot be read."),
    ("bomb.docx", zip_bomb(docx_bytes(), "word/document.xml", 40 * MEGABYTE),
     "bomb.docx unpacks to a huge size (a zip bomb?); it was not opened."),
    ("bomb.epub", zip_bomb(epub_bytes(), "OEBPS/Text/chapitre1.xhtml", 8 * MEGABYTE),
     "bomb.epub unpacks to a huge size (a zip bomb?); it was not opened."),
    ("laughs.docx", replace_member(docx_bytes(), "word/document.xml", BILLION_LAUGHS),
     "laughs.docx declares XML entities, which articles never need; it was not opened."),
    ("laughs.xhtml", BILLION_LAUGHS.encode(),
     "laughs.xhtml declares XML entities, which articles never need; it was not opened."),
    ("external.epub",
     replace_member(epub_bytes(), "META-INF/container.xml", EXTERNAL_ENTITY_CONTAINER),
     "external.epub declares XML entities, which articles never need; it was not opened."),
    ("scanned.pdf", scanned_pdf_bytes(),
     "scanned.pdf has no text layer (a scanned PDF?); it would need OCR."),
    ("truncated.pdf", pdf_bytes()[:300], "truncated.pdf is damaged or not a real PDF."),
    ("locked.pdf", locked_pdf_bytes(), "locked.pdf is password-protected."),
    ("archive.zip", zip_bytes({"a.txt": "x", "b.txt": "y"}),
     "archive.zip is a zip archive, not an article."),
    ("bad\nname « spécial » ☃.txt", b"", "bad?name « spécial » ☃.txt is empty."),
]


def folder_state(folder: Path) -> dict:
    """Every file in a folder with its size and modification time."""
    return {path: (path.stat().st_size, path.stat().st_mtime_ns) for path in folder.rglob("*")}


@pytest.mark.parametrize("name, data, message", BAD_FILES, ids=[row[0] for row in BAD_FILES])
def test_bad_file_gives_one_line_and_writes_nothing(tmp_path, capsys, name, data, message):
    path = write(tmp_path, name, data)
    before = folder_state(tmp_path)
    with pytest.raises(DocumentError) as error:
        load_document(path)
    assert str(error.value) == message
    assert main(["analyze", str(path)]) == 2
    assert capsys.readouterr().err == f"claim-reader: {message}\n"
    assert folder_state(tmp_path) == before


def test_the_command_line_prints_nothing_but_the_one_line(tmp_path):
    # In a process of its own: pytest would catch what libraries log, and hide it.
    paths = [str(write(tmp_path, name, data)) for name, data, _ in BAD_FILES]
    script = ("import sys\nfrom reader.cli import main\n"
              "for path in sys.argv[1:]:\n    main(['analyze', path])\n")
    result = subprocess.run([sys.executable, "-c", script, *paths], capture_output=True,
                            text=True, timeout=300, cwd=Path(__file__).parent.parent)
    assert result.stderr.splitlines() == [f"claim-reader: {message}" for _, _, message in BAD_FILES]


def test_sparse_gigabyte_is_refused_before_reading(tmp_path):
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(1024 * MEGABYTE)  # sparse: costs no disk
    with pytest.raises(DocumentError, match=r"^huge.txt is too large to be an article \(1024 MB"):
        load_document(huge)


def test_text_and_pages_too_large_to_parse_are_refused_before_parsing(tmp_path):
    text = write(tmp_path, "long.txt", b"Il a dit oui. " * (9 * MEGABYTE // 14 + 1))
    with pytest.raises(DocumentError, match=r"^long.txt is too large to be an article \(9 MB; "
                                            r"the limit is 8 MB\)\.$"):
        load_document(text)
    page = write(tmp_path, "huge.html", b"<html><body>" + b"<p>Il a dit oui.</p>" * 40_000)
    with pytest.raises(DocumentError, match=r"^huge.html is too large a page to find an article "
                                            r"in \(40,00\d elements\)\.$"):
        load_document(page)


def test_markdown_beyond_its_limit_is_refused_before_parsing(tmp_path):
    source = write(tmp_path, "long.md", b"[" * 600 * 1024)
    with pytest.raises(DocumentError, match=r"^long.md is too large to be an article \(600 kB; "
                                            r"the limit is 512 kB\)\.$"):
        load_document(source)


def test_a_chapter_listed_thousands_of_times_is_read_once(tmp_path):
    package = PACKAGE.replace('<itemref idref="two"/>', '<itemref idref="two"/>' * 5000)
    book = write(tmp_path, "loop.epub", replace_member(epub_bytes(), "OEBPS/content.opf", package))
    assert load_document(book).text.count("Nous ne céderons pas") == 1


def test_text_cut_short_in_a_character_keeps_what_came_before(tmp_path):
    document = load_document(write(tmp_path, "cut.txt", "Il a dit « oui ».".encode("utf-8")[:-2]))
    assert document.text == "Il a dit « oui"


def test_missing_path_and_folder(tmp_path):
    with pytest.raises(DocumentError, match=r"nope.txt does not exist\.$"):
        load_document(tmp_path / "nope.txt")
    with pytest.raises(DocumentError, match=r"is a folder, not an article file\.$"):
        load_document(tmp_path)


def test_malformed_html_still_opens(tmp_path):
    page = ("<html><body><div class=article><p>Le ministre a <b>déclaré</b> que la réforme était "
            "prête.</table><p>Elle entrera en vigueur en juin. <span>Le texte <a href=/x>sera "
            "voté<div>mardi.").encode("utf-8")
    document = load_document(write(tmp_path, "broken.html", page))
    assert document.text == ("Le ministre a déclaré que la réforme était prête.\n\n"
                             "Elle entrera en vigueur en juin. Le texte sera voté mardi.")


def test_unusual_name_opens(tmp_path):
    document = load_document(write(tmp_path, "l'article « spécial » ☃ 😀 #1.txt", GOOD_TEXT))
    assert document.text == GOOD_TEXT.decode("utf-8")


def test_unreadable_file_gives_one_line(tmp_path, capsys):
    path = write(tmp_path, "secret.txt", GOOD_TEXT)
    path.chmod(0)
    message = "secret.txt cannot be read: permission denied."
    with unprivileged():  # root reads anything
        with pytest.raises(DocumentError) as error:
            load_document(path)
        status = main(["analyze", str(path)])
    assert (str(error.value), status) == (message, 2)
    assert capsys.readouterr().err == f"claim-reader: {message}\n"


@contextlib.contextmanager
def unprivileged():
    """Act as an ordinary user for a while, when the tests run as root."""
    if os.geteuid() != 0:
        yield
        return
    os.seteuid(65534)
    try:
        yield
    finally:
        os.seteuid(0)


def test_many_small_members_that_inflate_together_are_a_zip_bomb(tmp_path):
    members = {f"word/media/part{i}.xml": bytes(MEGABYTE // 2) for i in range(50)}
    bomb = write(tmp_path, "many.docx", zip_bytes({"mimetype": "x", **members}))
    with pytest.raises(DocumentError, match="unpacks to a huge size"):
        load_document(bomb)


def test_a_control_character_in_a_member_name_stays_on_one_line(tmp_path):
    package = PACKAGE.replace("Text/chapitre1.xhtml", "Text/evil%0Aname.xhtml")
    book = write(tmp_path, "evil.epub", replace_member(epub_bytes(), "OEBPS/content.opf", package))
    with pytest.raises(DocumentError) as error:
        load_document(book)
    assert str(error.value) == "evil.epub is incomplete: OEBPS/Text/evil?name.xhtml is missing."
