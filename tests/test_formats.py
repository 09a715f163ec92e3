"""Each format opens to the article's paragraphs and metadata, with exact text."""

from __future__ import annotations

import json
import socket
import sys

import pytest
from article_files import (PARAGRAPHS, PDF_PARAGRAPHS, SAVED_PAGE, TITLE, TYPESET_PARAGRAPHS,
                           docx_bytes, epub_bytes, odt_bytes, pdf_bytes, printed_page_pdf_bytes,
                           write)

from reader.cli import main
from reader.document import SUPPORTED_SUFFIXES, document_from_text, load_document
from reader.document.model import DocumentError
from reader.document.pdf import without_page_furniture

ARTICLE = "\n\n".join(PARAGRAPHS)
# A file of each format that is not plain text, and how to make it.
FORMAT_FILES = [("page.html", lambda: SAVED_PAGE.encode("utf-8")), ("article.docx", docx_bytes),
                ("livre.epub", epub_bytes), ("article.odt", odt_bytes), ("article.pdf", pdf_bytes)]


def test_saved_page_keeps_the_article_and_drops_menus_adverts_comments_and_footer(tmp_path):
    document = load_document(write(tmp_path, "page.html", SAVED_PAGE.encode("utf-8")))
    assert document.text == ARTICLE
    assert document.metadata == {"title": TITLE, "date": "2023-03-14", "author": "Marie Dupont",
                                 "outlet": "Le Quotidien", "format": "html"}


def test_the_pages_files_folder_is_never_read(tmp_path):
    (tmp_path / "page_files").mkdir()
    write(tmp_path / "page_files", "frame.html", b"<p>Texte publicitaire du cadre.</p>")
    page = SAVED_PAGE.replace("</article>", '<iframe src="page_files/frame.html"></iframe>'
                              '<img src="page_files/photo.jpg" alt="photo"></article>')
    document = load_document(write(tmp_path, "page.html", page.encode("utf-8")))
    assert document.text == ARTICLE


def test_saved_page_in_a_legacy_encoding_and_without_suffix(tmp_path):
    page = SAVED_PAGE.replace('<meta charset="utf-8">', '<meta charset="windows-1252">')
    document = load_document(write(tmp_path, "page", page.encode("cp1252")))
    assert document.text == ARTICLE and document.metadata["format"] == "html"


def test_a_tiny_page_is_shown_whole(tmp_path):
    page = b"<html><head><title>Note</title></head><body><p>Il a dit oui.</p></body></html>"
    document = load_document(write(tmp_path, "note.htm", page))
    assert document.text == "Il a dit oui."
    assert document.metadata["title"] == "Note"


def test_docx_paragraphs_and_properties(tmp_path):
    document = load_document(write(tmp_path, "article.docx", docx_bytes()))
    assert document.text == ARTICLE
    # The file's creation date is no publication date.
    assert document.metadata == {"title": TITLE, "date": None, "author": "Marie Dupont",
                                 "outlet": None, "format": "docx"}


def test_docx_title_style_gives_the_title_when_the_properties_do_not(tmp_path):
    title = "La réforme passera, dit le gouvernement."  # only its style makes it a title
    data = docx_bytes(title=title, title_in_properties=False)
    document = load_document(write(tmp_path, "a.docx", data))
    assert (document.metadata["title"], document.text) == (title, ARTICLE)


def test_epub_chapters_come_in_spine_order(tmp_path):
    document = load_document(write(tmp_path, "livre.epub", epub_bytes()))
    assert document.text == "\n\n".join(
        ["Chapitre\u00a01", PARAGRAPHS[0], PARAGRAPHS[1], "Chapitre 2", PARAGRAPHS[2]])
    assert document.metadata == {"title": "Chroniques de la réforme", "date": "2023-03-14",
                                 "author": "Marie Dupont", "outlet": "Éditions du Quotidien",
                                 "format": "epub"}


def test_odt_headings_paragraphs_spaces_and_no_notes_in_sentences(tmp_path):
    document = load_document(write(tmp_path, "article.odt", odt_bytes()))
    assert document.text == "\n\n".join([PARAGRAPHS[0], PARAGRAPHS[1], "Chiffre CGT."])
    assert document.metadata == {"title": TITLE, "date": None, "author": "Marie Dupont",
                                 "outlet": None, "format": "odt"}


def test_pdf_lines_are_joined_and_broken_words_mended(tmp_path):
    document = load_document(write(tmp_path, "article.pdf", pdf_bytes()))
    assert document.text == "\n\n".join(PDF_PARAGRAPHS)
    assert document.metadata == {"title": "Projet de loi", "date": None,
                                 "author": "Marie Dupont", "outlet": None, "format": "pdf"}


def test_printed_page_pdf_loses_its_headers_and_footers_and_keeps_its_paragraphs(tmp_path):
    document = load_document(write(tmp_path, "printed.pdf", printed_page_pdf_bytes()))
    assert document.text == "\n\n".join(TYPESET_PARAGRAPHS)


def test_a_line_the_pages_repeat_in_their_body_is_kept():
    pages = [["14/03/2023 Le Quotidien", "Premier point.", "« Non. »", "Ensuite.", "Page 1 sur 2"],
             ["15/03/2023 Le Quotidien", "Autre chose.", "« Non. »", "Enfin.", "Page 2 sur 2"]]
    assert without_page_furniture(pages) == [
        "Premier point.", "« Non. »", "Ensuite.", "Autre chose.", "« Non. »", "Enfin."]


@pytest.mark.parametrize("title", ["Microsoft Word - reforme.docx", "article.pdf", "Untitled"])
def test_a_pdf_title_made_from_a_file_name_is_no_headline(tmp_path, title):
    document = load_document(write(tmp_path, "a.pdf", pdf_bytes(title=title)))
    assert document.metadata["title"] is None
    assert document.text == "\n\n".join(PDF_PARAGRAPHS)


def test_format_is_told_by_content_before_suffix(tmp_path):
    assert load_document(write(tmp_path, "misnamed.txt", docx_bytes())).metadata["format"] == "docx"
    assert load_document(write(tmp_path, "misnamed", pdf_bytes())).metadata["format"] == "pdf"
    assert load_document(write(tmp_path, "book", epub_bytes())).metadata["format"] == "epub"


def test_markdown_is_shown_as_reading_text():
    source = ("# La fin des trottinettes\n\nLa ville a *tranché* après un [vote](https://x.fr)\n"
              "serré, dit `le maire`.\n\n## Les réactions\n\n- Les loueurs **protestent**.\n"
              "- Les piétons applaudissent.\n\n1. Premier point.\n\n> « C'est fini », dit-il.\n")
    document = document_from_text(source, "a.md", markdown=True)
    assert document.metadata["title"] == "La fin des trottinettes"
    assert document.metadata["format"] == "markdown"
    assert document.text == "\n\n".join([
        "La ville a tranché après un vote serré, dit le maire.", "Les réactions",
        "• Les loueurs protestent.", "• Les piétons applaudissent.", "1. Premier point.",
        "« C'est fini », dit-il."])


def test_markdown_front_matter_gives_the_metadata(tmp_path):
    source = ('---\ntitle: "La fin des trottinettes"\nauthor: Marie Dupont\nsource: Le Quotidien\n'
              "date: 2023-06-05T10:00:00+02:00\ntags: [ville]\n---\n\nLa ville a tranché.\n")
    document = load_document(write(tmp_path, "clip.md", source.encode("utf-8")))
    assert document.text == "La ville a tranché."
    assert document.metadata == {"title": "La fin des trottinettes", "date": "2023-06-05",
                                 "author": "Marie Dupont", "outlet": "Le Quotidien",
                                 "format": "markdown"}


def test_a_rule_at_the_top_of_markdown_is_not_front_matter():
    source = "---\n\nLa ville a tranché.\n\n---\n\nFin."
    document = document_from_text(source, "a.md", markdown=True)
    assert document.text == "La ville a tranché.\n\nFin."


def test_hard_wrapped_text_is_reflowed_into_paragraphs(tmp_path):
    wrapped = ("Le maire a annoncé lundi que les trottinettes en libre-service\r\n"
               "seraient interdites dans la ville à partir du mois de\r\n"
               "septembre, après un vote des habitants.\r\n\r\n"
               "Les loueurs ont aussitôt dénoncé une décision « injuste » et\r\n"
               "disent vouloir la contester devant le tribunal administratif.\r\n")
    document = load_document(write(tmp_path, "wrapped.txt", wrapped.encode("utf-8")))
    assert document.text == (
        "Le maire a annoncé lundi que les trottinettes en libre-service seraient interdites dans "
        "la ville à partir du mois de septembre, après un vote des habitants.\n\n"
        "Les loueurs ont aussitôt dénoncé une décision « injuste » et disent vouloir la "
        "contester devant le tribunal administratif.")


def test_one_line_paragraphs_are_not_joined():
    text = "Il a dit oui.\nElle a dit non.\nIls ont voté.\nLa séance est levée."
    assert document_from_text(text).text == text


@pytest.mark.parametrize("encoding", ["cp1252", "iso8859_15", "mac_roman", "cp850", "utf-16-le",
                                      "utf-16-be"])
def test_common_encodings_are_detected(tmp_path, encoding):
    text = ("Le ministre a déclaré que la réforme était prête. Élisabeth Borne l'a confirmé à "
            "l'Assemblée, où les députés étaient réunis.")
    assert load_document(write(tmp_path, "a.txt", text.encode(encoding))).text == text


def test_cr_line_ends(tmp_path):
    document = load_document(write(tmp_path, "mac.txt", b"Il a dit oui.\rElle a dit non."))
    assert document.text == "Il a dit oui.\nElle a dit non."


def test_every_format_is_in_the_one_list_of_suffixes():
    assert set(SUPPORTED_SUFFIXES) >= {".txt", ".md", ".markdown", ".html", ".htm", ".docx",
                                       ".epub", ".odt", ".pdf"}


@pytest.mark.parametrize("name, make", FORMAT_FILES)
def test_command_line_prints_the_contract_for_every_format(tmp_path, capsys, french, name, make):
    path = write(tmp_path, name, make())
    assert main(["analyze", str(path), "--lang", "fr"]) == 0
    result = json.loads(capsys.readouterr().out)
    document = load_document(path)
    assert (result["schema"], result["text"], result["metadata"]) == (
        "claim-reader/1", document.text, document.metadata)
    assert result["claims"], "each of these articles reports speech"
    for claim in result["claims"]:
        assert result["text"][claim["start"]:claim["end"]] == claim["text"]


def test_nothing_is_fetched_while_reading_any_format(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a connection was attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    for name, make in FORMAT_FILES:
        assert load_document(write(tmp_path, name, make())).text


def test_no_article_file_is_ever_written(tmp_path):
    for name, make in FORMAT_FILES:
        path = write(tmp_path, name, make())
        before = (path.read_bytes(), path.stat().st_mtime_ns)
        load_document(path)
        assert (path.read_bytes(), path.stat().st_mtime_ns) == before


@pytest.mark.parametrize("name, make, library", [
    ("article.docx", docx_bytes, "docx"), ("article.pdf", pdf_bytes, "pypdf"),
    ("page.html", lambda: SAVED_PAGE.encode("utf-8"), "trafilatura")])
def test_a_missing_library_is_blamed_on_the_installation_not_the_file(tmp_path, monkeypatch, name,
                                                                        make, library):
    path = write(tmp_path, name, make())
    for reader in ("reader.document.docx", "reader.document.pdf", "reader.document.html"):
        monkeypatch.delitem(sys.modules, reader, raising=False)  # imported again, without it
    monkeypatch.setitem(sys.modules, library, None)  # importing it now raises ImportError
    with pytest.raises(DocumentError) as error:
        load_document(path)
    assert str(error.value).startswith("This installation of Claim Reader cannot read ")
    assert "damaged" not in str(error.value) and library in str(error.value)


def test_a_file_the_reader_itself_misses_is_blamed_on_the_installation(tmp_path, monkeypatch):
    def missing_data(raw, name):
        raise FileNotFoundError(2, "No such file or directory", "stoplists/French.txt")

    monkeypatch.setattr("reader.document.docx.read_docx", missing_data)
    with pytest.raises(DocumentError) as error:
        load_document(write(tmp_path, "article.docx", docx_bytes()))
    assert str(error.value) == ("This installation of Claim Reader cannot read article.docx "
                                "(Word document: [Errno 2] No such file or directory: 'stoplists/French.txt'); "
                                "reinstall it.")
