"""The sources of one article: merged aliases, types, gender from the text, shares, exports."""

from __future__ import annotations

import json

from reader.export import render
from reader.model import Analysis, Claim, Source
from reader.report import summarise_sources
from reader.report.gender import courtesy_genders, gender_of

ENGLISH = (
    'Mayor Maria Lopez said the bridge would reopen in May. "We are ready," she added.\n\n'
    'Mr. Tom Becker, a local shopkeeper, disagreed. "Nobody believes that," Becker said.\n\n'
    "According to a city official, the repairs cost twice the estimate. "
    "Sam Carter said the budget was fine.")


def test_an_article_lists_each_source_once_with_its_gender_claims_and_words(english):
    summary = summarise_sources(english(ENGLISH))
    rows = [(s.name, s.type, s.gender, s.gender_evidence, s.aliases, s.claims, s.words)
            for s in summary.sources]
    assert rows == [
        # "she" resolved to her: two claims, "the bridge would reopen in May" and "We are ready"
        ("Mayor Maria Lopez", "person", "female", "pronoun", ["Mayor Maria Lopez", "Maria Lopez"],
         2, 9),
        ("a city official", "anonymous", "unknown", "", ["a city official"], 1, 6),
        ("Sam Carter", "person", "unknown", "", ["Sam Carter"], 1, 4),  # Sam is either
        ("Becker", "person", "male", "title", ["Becker"], 1, 3),  # "Mr. Tom Becker"
    ]
    assert (summary.words, summary.attributed_words, summary.anonymous_words) == (45, 22, 6)
    assert round(summary.attributed_share, 4) == 0.4889
    assert round(summary.anonymous_share, 4) == 0.2727


def test_french_titles_and_pronouns_tell_the_gender(french):
    summary = summarise_sources(french(
        "Agnès Martin, ministre de la Santé, a affirmé que l'hôpital ouvrira en juin. "
        "« Nous tiendrons parole », a-t-elle ajouté.\n\n"
        "M. Paul Girard estime que le calendrier est tenable. « Rien n'est prêt », a répliqué "
        "Camille Roux."))
    genders = {s.name: (s.gender, s.claims) for s in summary.sources}
    assert genders == {"Agnès Martin": ("female", 2), "M. Paul Girard": ("male", 1),
                       "Camille Roux": ("unknown", 1)}


def _person(text: str, resolved: str | None = None) -> Source:
    return Source(text, 0, len(text), resolved, "person", 1)


def test_what_the_text_writes_comes_before_a_first_name():
    # "Maria" is a woman's name, but the article writes "Mr. Keller", or "spokesman"
    assert gender_of(["Maria Keller"], [_person("Maria Keller")], {"Keller": {"male"}}) == \
        ("male", "title")
    assert gender_of(["spokesman Maria Keller"], [_person("spokesman Maria Keller")], {}) == \
        ("male", "role")
    assert gender_of(["Maria Keller"], [_person("Maria Keller")], {}) == ("female", "first name")
    assert gender_of(["Trump aide Hope Keller"], [_person("she", "Hope Keller")], {}) == \
        ("female", "pronoun")
    # a pronoun against the first name: the pronoun may have been pinned on the wrong person
    assert gender_of(["Maria Keller"], [_person("he", "Maria Keller")], {}) == \
        ("unknown", "conflicting")


def test_texts_that_disagree_leave_the_gender_unknown():
    titled = courtesy_genders("Mrs. Keller spoke first. Then Mr. Keller answered.")
    assert titled == {"Keller": {"female", "male"}}
    assert gender_of(["Keller"], [_person("Keller")], titled) == ("unknown", "conflicting")
    assert gender_of(["Keller"], [_person("she", "Keller"), _person("he", "Keller")], {}) == \
        ("unknown", "conflicting")


def test_courtesy_titles_need_a_capitalised_name_and_m_needs_its_stop():
    assert courtesy_genders("Mme Anne Morel et M. Luc Petit, puis M Dupont.") == \
        {"Morel": {"female"}, "Petit": {"male"}}
    assert courtesy_genders("ms spent, miss the bus") == {}


def test_a_role_resolved_to_a_name_tells_the_gender_by_its_article():
    assert gender_of(["Anne Morel"], [_person("la ministre", "Anne Morel")], {}) == \
        ("female", "pronoun")
    # unresolved, « la porte-parole » names no one in particular
    assert gender_of(["la porte-parole"], [_person("la porte-parole")], {}) == ("unknown", "")


def _analysis(text: str, claims: list[Claim]) -> Analysis:
    return Analysis("a.txt", "en", "rules", {}, text, claims)


def test_overlapping_claims_count_their_words_once():
    text = 'Ann Lee said that "prices will rise, and fast" today.'
    source = Source("Ann Lee", 0, 7, None, "person", 1)
    claims = [Claim("reported", 18, 46, text[18:46], source, id=1),
              Claim("direct", 19, 45, text[19:45], source, id=2)]
    summary = summarise_sources(_analysis(text, claims))
    assert [(s.name, s.claims, s.words) for s in summary.sources] == [("Ann Lee", 2, 5)]
    assert summary.attributed_words == 5 and summary.words == 10


def test_unattributed_claims_and_unsourced_quotes_credit_no_one():
    text = "Prices will rise. \"It is over.\""
    claims = [Claim("unattributed", 0, 17, text[:17], id=1), Claim("direct", 19, 30, text[19:30], id=2)]
    summary = summarise_sources(_analysis(text, claims))
    assert summary.sources == [] and summary.attributed_words == 0
    assert summary.attributed_share == 0.0 and summary.anonymous_share == 0.0


def test_the_json_adds_a_sources_section_and_keeps_every_other_key(english):
    data = json.loads(render(english(ENGLISH), "json"))
    assert list(data) == ["schema", "file", "language", "pipeline", "metadata", "text", "claims",
                          "sources"]
    assert data["sources"]["attributed_share"] == 0.4889
    assert data["sources"]["sources"][0] == {
        "entity": 1, "name": "Mayor Maria Lopez", "type": "person", "gender": "female",
        "gender_evidence": "pronoun", "aliases": ["Mayor Maria Lopez", "Maria Lopez"],
        "claims": 2, "words": 9}


def test_markdown_and_html_exports_end_with_the_sources_table(english):
    analysis = english(ENGLISH)
    markdown = render(analysis, "markdown")
    assert "## Sources\n\n| Source | Type | Gender | Claims | Words | Also named |" in markdown
    assert "| Mayor Maria Lopez | person | female | 2 | 9 | Maria Lopez |" in markdown
    assert markdown.endswith("49% of the article's 45 words are credited to a source; "
                             "27% of those to anonymous sources.\n")
    page = render(analysis, "html")
    assert "<h2>Sources</h2>" in page
    assert "<td>Becker</td><td>person</td><td>male</td><td>1</td><td>3</td>" in page
