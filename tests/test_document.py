"""Loading plain-text articles: encodings, the date and title taken out of the text."""

import codecs
import os

import pytest
from article_files import write

from reader.document import document_from_text, load_document

FRENCH = "Le ministre a déclaré que la réforme était prête.\n\nÉlisabeth Borne l’a confirmé."


@pytest.mark.parametrize("encoded", [
    FRENCH.encode("utf-8"),
    codecs.BOM_UTF8 + FRENCH.encode("utf-8"),
    FRENCH.encode("utf-16"),  # with its BOM
    FRENCH.replace("’", "'").encode("cp1252"),
])
def test_encodings_decode_to_the_same_text(tmp_path, encoded):
    document = load_document(write(tmp_path, "a.txt", encoded))
    assert document.text == FRENCH or document.text == FRENCH.replace("’", "'")


def test_cp1252_curly_apostrophe_and_latin1_are_told_apart(tmp_path):
    assert "l’a" in load_document(write(tmp_path, "w.txt", "Il l’a dit.".encode("cp1252"))).text
    # 0x81 is undefined in cp1252, so this can only be latin-1
    assert load_document(write(tmp_path, "l.txt", b"Caf\xe9 \x81 noir.")).text == "Café \x81 noir."


def test_metadata_date_prefix_is_taken_out_of_the_text():
    document = document_from_text(" date 2023-09 Un groupe de soldats a partagé une vidéo.")
    assert document.metadata["date"] == "2023-09"
    assert document.text == "Un groupe de soldats a partagé une vidéo."


def test_headline_becomes_the_title_and_paragraphs_are_kept():
    document = document_from_text("La fin des trottinettes\n\nLa ville a tranché.\r\n\r\nC’est fini.")
    assert document.metadata["title"] == "La fin des trottinettes"
    assert document.text == "La ville a tranché.\n\nC’est fini."
    assert [document.text[p.start:p.end] for p in document.paragraphs] == [
        "La ville a tranché.", "C’est fini."]


def test_a_first_sentence_is_not_taken_for_a_title():
    document = document_from_text("Il sera possible de danser dès le 6 juin en Suisse.\n\nLa suite.")
    assert document.metadata["title"] is None
    assert document.text.startswith("Il sera possible")


def test_a_headline_ending_on_a_quotation_is_the_title_and_a_quoted_sentence_is_not():
    document = document_from_text("Lens arrache le nul, Haise « fier de ses joueurs »\n\nLe match a fini 2-2.")
    assert document.metadata["title"] == "Lens arrache le nul, Haise « fier de ses joueurs »"
    assert document.text == "Le match a fini 2-2."
    document = document_from_text("« Nous irons jusqu'au bout », a dit le maire.\n\nLa suite.")
    assert document.metadata["title"] is None


def test_the_article_file_is_never_written(tmp_path):
    path = write(tmp_path, "a.txt", FRENCH.encode("utf-8"))
    before = (path.read_bytes(), os.stat(path).st_mtime_ns)
    load_document(path)
    assert (path.read_bytes(), os.stat(path).st_mtime_ns) == before


def test_the_first_line_of_a_wrapped_paragraph_stays_in_the_text(tmp_path):
    wrapped = ("Le maire de Nantes a annoncé lundi que les trottinettes\n"
               "seraient interdites dans la ville, a-t-il précisé.\n")
    document = load_document(write(tmp_path, "wrapped.txt", wrapped.encode("utf-8")))
    assert document.metadata["title"] is None
    assert document.text.startswith("Le maire de Nantes a annoncé lundi")
    assert "seraient interdites dans la ville" in document.text


def test_a_short_line_before_a_blank_line_is_the_title():
    document = document_from_text("Trottinettes interdites\n\nLe maire a tranché lundi.\nFin.")
    assert document.metadata["title"] == "Trottinettes interdites"
    assert document.text == "Le maire a tranché lundi.\nFin."
