"""Loaders tell which paragraphs were headings or wholly in bold, as interviews set questions."""

from __future__ import annotations

import io

from article_files import epub_bytes, odt_bytes, write

from reader.document import document_from_text, load_document
from reader.document.markup import html_paragraphs
from reader.document.model import BOLD, HEADING, Paragraph
from reader.document.text import document_from_paragraphs

INTRO = ("La directrice du musée de la ville, Hélène Marchal, ferme ses salles pendant six mois "
         "pour des travaux. Elle a répondu à nos questions sur la saison qui s'ouvre.")
QUESTION = "Pourquoi fermer le musée si longtemps ?"
ANSWER = ("Parce que la toiture fuit depuis des années et que les collections en souffrent. "
          "Nous n'avions pas le choix, et les mécènes nous ont aidés à payer le chantier.")
BOLD_QUESTION = "Et les visiteurs, que vont-ils faire pendant ce temps ?"
MIXED = ("Ils iront voir nos expositions hors les murs, dans les écoles et les bibliothèques "
         "du département, qui nous prêtent leurs salles.")
INTERVIEW = [INTRO, QUESTION, ANSWER, BOLD_QUESTION, MIXED]
ROLES = [None, HEADING, None, BOLD, None]

PAGE = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>Hélène Marchal : « Le musée renaîtra » - La Gazette</title></head><body>
<nav><a href="/">Accueil</a> <a href="/culture">Culture</a></nav>
<main><article><h1>Hélène Marchal : « Le musée renaîtra »</h1>
<p>{INTRO}</p>
<h2>{QUESTION}</h2>
<p>{ANSWER}</p>
<p><strong>{BOLD_QUESTION}</strong></p>
<p>Ils iront voir nos expositions hors les murs, <b>dans les écoles</b> et les bibliothèques du
département, qui nous prêtent leurs salles.</p>
</article></main><footer><p>© La Gazette</p></footer></body></html>"""


def roles_of(document) -> list[tuple[str, str | None]]:
    """Each paragraph's words with its role."""
    return [(document.text[p.start:p.end], document.role_of(p)) for p in document.paragraphs]


def test_a_saved_page_marks_its_subheads_and_bold_paragraphs(tmp_path):
    document = load_document(write(tmp_path, "entretien.html", PAGE.encode("utf-8")))
    assert roles_of(document) == list(zip(INTERVIEW, ROLES))


def test_markup_read_by_hand_marks_its_headings_and_bold_paragraphs_too():
    markup = (f"<body><h3>{QUESTION}</h3><p>Oui.</p><p> <b>Vraiment ?</b> </p>"
              "<p>Un mot <strong>en gras</strong> seulement.</p></body>")
    assert [(p, p.role) for p in html_paragraphs(markup)] == [
        (QUESTION, HEADING), ("Oui.", None), ("Vraiment ?", BOLD),
        ("Un mot en gras seulement.", None)]


def test_markdown_headings_and_bold_paragraphs():
    mixed = MIXED.replace("dans les écoles", "**dans les écoles**")
    source = (f"# Hélène Marchal : « Le musée renaîtra »\n\n{INTRO}\n\n## {QUESTION}\n\n"
              f"{ANSWER}\n\n**{BOLD_QUESTION}**\n\n{mixed}\n")
    document = document_from_text(source, "entretien.md", markdown=True)
    assert document.metadata["title"] == "Hélène Marchal : « Le musée renaîtra »"
    assert roles_of(document) == list(zip(INTERVIEW, ROLES))


def test_docx_heading_styles_and_bold_runs(tmp_path):
    import docx

    word = docx.Document()
    word.add_heading("Hélène Marchal : « Le musée renaîtra »", level=0)
    word.add_paragraph(INTRO)
    word.add_heading(QUESTION, level=2)
    word.add_paragraph(ANSWER)
    word.add_paragraph().add_run(BOLD_QUESTION).bold = True
    mixed = word.add_paragraph("Ils iront voir nos expositions hors les murs, ")
    mixed.add_run("dans les écoles").bold = True
    mixed.add_run(" et les bibliothèques du département, qui nous prêtent leurs salles.")
    out = io.BytesIO()
    word.save(out)
    document = load_document(write(tmp_path, "entretien.docx", out.getvalue()))
    assert roles_of(document) == list(zip(INTERVIEW, ROLES))


def test_odt_and_epub_headings(tmp_path):
    odt = load_document(write(tmp_path, "article.odt", odt_bytes()))
    assert [role for _, role in roles_of(odt)] == [None, None, None]  # its heading is the title
    epub = load_document(write(tmp_path, "livre.epub", epub_bytes()))
    assert [role for _, role in roles_of(epub)] == [HEADING, None, None, HEADING, None]


def test_roles_keep_their_paragraphs_when_the_headline_is_taken_off_the_top():
    paragraphs = ["Le musée ferme six mois", Paragraph(QUESTION, HEADING), ANSWER,
                  Paragraph("  Et   après ?  ", BOLD)]
    document = document_from_paragraphs(paragraphs, "", {"title": None})
    assert document.metadata["title"] == "Le musée ferme six mois"
    assert roles_of(document) == [(QUESTION, HEADING), (ANSWER, None), ("Et après ?", BOLD)]


def test_plain_text_has_no_roles():
    document = document_from_text(f"{QUESTION}\n\n{ANSWER}\n")
    assert document.roles == {}
