"""Overlong paragraphs are parsed in pieces with exact offsets; stray quotation marks stay cheap."""

from reader.analysis import prepare
from reader.analysis.quotes import MAX_NESTING
from reader.document.model import MAX_PARAGRAPH_CHARACTERS, paragraph_spans

SENTENCE = "Le maire a rappelé que le budget serait voté en mars. "


def texts(text, spans):
    return [text[s.start:s.end] for s in spans]


def test_short_lines_are_paragraphs_and_blank_lines_are_none():
    text = "  \n\nPremier paragraphe.\n \t \nSecond.\n"
    assert texts(text, paragraph_spans(text)) == ["Premier paragraphe.", "Second."]


def test_an_overlong_paragraph_is_cut_after_sentence_ends_and_covers_the_line():
    line = SENTENCE * (3 * MAX_PARAGRAPH_CHARACTERS // len(SENTENCE))
    text = f"Titre\n\n{line.strip()}\n\nFin."
    spans = paragraph_spans(text)
    pieces = spans[1:-1]
    assert len(pieces) >= 3
    assert all(s.end - s.start <= MAX_PARAGRAPH_CHARACTERS for s in pieces)
    assert all(text[s.start:s.end].startswith("Le maire") for s in pieces)
    assert all(text[s.start:s.end].rstrip().endswith("mars.") for s in pieces)
    assert "".join(texts(text, pieces)) == line.strip()  # no character lost, none twice


def test_a_paragraph_without_spaces_is_cut_at_the_maximum():
    text = "x" * (2 * MAX_PARAGRAPH_CHARACTERS + 7)
    assert [(s.start, s.end) for s in paragraph_spans(text)] == [
        (0, MAX_PARAGRAPH_CHARACTERS), (MAX_PARAGRAPH_CHARACTERS, 2 * MAX_PARAGRAPH_CHARACTERS),
        (2 * MAX_PARAGRAPH_CHARACTERS, 2 * MAX_PARAGRAPH_CHARACTERS + 7)]


def test_a_long_run_of_spaces_in_a_line_makes_no_paragraph_of_its_own():
    text = "a" + " " * (3 * MAX_PARAGRAPH_CHARACTERS) + "b"
    spans = paragraph_spans(text)
    assert [piece.strip() for piece in texts(text, spans)] == ["a", "b"]
    assert spans[0].start == 0 and spans[-1].end == len(text)


def test_quotations_nested_three_deep_are_all_found():
    text = "« Il m'a dit “ils ont crié ‘jamais’ devant la mairie” hier soir », raconte-t-elle."
    found = sorted((q.depth, text[q.content.start:q.content.end]) for q in prepare(text).quotes)
    assert found == [(0, "Il m'a dit “ils ont crié ‘jamais’ devant la mairie” hier soir"),
                     (1, "ils ont crié ‘jamais’ devant la mairie"), (2, "jamais")]


def test_stray_opening_marks_nest_no_deeper_than_print_does():
    text = "« un " * 50_000 + "» fin."
    quotes = prepare(text).quotes
    assert quotes and max(q.depth for q in quotes) < MAX_NESTING
    assert all(text[q.content.start:q.content.end].startswith("un") for q in quotes)


def test_markdown_made_mostly_of_marks_is_read_as_plain_text():
    from reader.document import document_from_text

    document = document_from_text("[[[[[[[[[[[[ « Nous tiendrons », a dit la maire. " * 2000, markdown=True)
    assert document.metadata["format"] == "text"
    assert document.text.startswith("[[[[[[[[[[[[ « Nous tiendrons », a dit la maire.")
    article = document_from_text("# Titre\n\nLa [maire](https://exemple.fr) a *promis* un vote.\n",
                                 markdown=True)
    assert article.metadata["format"] == "markdown" and article.text == "La maire a promis un vote."
