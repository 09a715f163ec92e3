"""Interviews: each answer turn is the interviewee's direct claim, each question the interviewer's
hedged assertion, whatever the layout of the questions."""

from __future__ import annotations

import pytest

from reader.analysis import analyze
from reader.document.model import HEADING, Paragraph, empty_metadata
from reader.document.text import document_from_paragraphs

FRENCH_INTERVIEW = """Le festival de la vallée fête ses vingt ans

À quelques jours de l'ouverture, la directrice du festival, Claire Dumontel, a répondu à nos questions.

Pourquoi avoir choisi le théâtre de rue cette année ?

Parce que le public nous le demandait depuis longtemps. Nous avons invité douze compagnies.

Les élus vous soutiennent-ils toujours ?

Oui, la région a maintenu sa subvention. Le maire m'a dit qu'il viendrait à l'ouverture.

Et après ?

Nous verrons bien. J'aimerais passer la main dans deux ans."""

ENGLISH_INTERVIEW = """A baker who feeds a town

The owner of the corner bakery, Thomas Whitfield, has kept his ovens going through three floods. We spoke with Thomas Whitfield about the year ahead.

Q: How did you keep the bakery open during the floods?

A: We moved the ovens upstairs and baked through the night. Our neighbours carried the flour bags for us.

Q: Will you open a second shop?

A: Not this year. The bank says interest rates are still too high for a loan."""


def turns(analysis) -> list[tuple]:
    """The interview's claims: kind, words, source and hedging, with the rule that found them."""
    return [(c.kind, c.text, c.source.text if c.source else None, c.hedged, c.rule)
            for c in analysis.claims if c.rule.startswith("interview")]


def test_a_french_interview_with_questions_ending_in_a_question_mark(french):
    analysis = french(FRENCH_INTERVIEW)
    question, answer = "interview question", "interview answer"
    assert turns(analysis) == [
        ("unattributed", "Pourquoi avoir choisi le théâtre de rue cette année ?", None, True, question),
        ("direct", "Parce que le public nous le demandait depuis longtemps. Nous avons invité douze "
                   "compagnies.", "Claire Dumontel", False, answer),
        ("unattributed", "Les élus vous soutiennent-ils toujours ?", None, True, question),
        ("direct", "Oui, la région a maintenu sa subvention. Le maire m'a dit qu'il viendrait à "
                   "l'ouverture.", "Claire Dumontel", False, answer),
        ("unattributed", "Et après ?", None, True, question),
        ("direct", "Nous verrons bien. J'aimerais passer la main dans deux ans.", "Claire Dumontel",
         False, answer),
    ]
    # the report inside an answer is part of the answer, not a claim of its own
    assert [c.kind for c in analysis.claims if c.start >= analysis.text.index("Pourquoi")] == \
        ["unattributed", "direct"] * 3


def test_an_english_interview_with_q_and_a_labels(english):
    analysis = english(ENGLISH_INTERVIEW)
    question, answer = "interview question", "interview answer"
    assert turns(analysis) == [
        ("unattributed", "How did you keep the bakery open during the floods?", None, True, question),
        ("direct", "We moved the ovens upstairs and baked through the night. Our neighbours carried "
                   "the flour bags for us.", "Thomas Whitfield", False, answer),
        ("unattributed", "Will you open a second shop?", None, True, question),
        ("direct", "Not this year. The bank says interest rates are still too high for a loan.",
         "Thomas Whitfield", False, answer),
    ]


@pytest.mark.parametrize("language, paragraphs, interviewee, answers", [
    ("french", ["Le chef Paul Verdier, étoilé cette année, répond à nos questions.",
                "Question : Comment est née votre cuisine ?",
                "Réponse : Dans la ferme de mes grands-parents, où je cueillais tout moi-même.",
                "Question : Et demain ?",
                "Réponse : Un restaurant au bord de la mer, sans doute."],
     "Paul Verdier", ["Dans la ferme de mes grands-parents, où je cueillais tout moi-même.",
                      "Un restaurant au bord de la mer, sans doute."]),
    ("english", ["The coach of the city team, Maria Lopez, took her side to the final. We talked "
                 "with Maria Lopez after the match.",
                 "What changed at half-time?",
                 "I told them to trust each other. They ran harder than I have ever seen.",
                 "They listened to you.",
                 "They always do. That is why they won the cup tonight."],
     "Maria Lopez", ["I told them to trust each other. They ran harder than I have ever seen.",
                     "They always do. That is why they won the cup tonight."]),
])
def test_labelled_and_heading_questions_give_the_answers_to_the_interviewee(
        request, language, paragraphs, interviewee, answers):
    request.getfixturevalue(language)  # skips the case when the language has no pipeline
    roles = [None] + [HEADING if index % 2 == 0 else None for index in range(len(paragraphs) - 1)]
    document = document_from_paragraphs([Paragraph(p, role) for p, role in zip(paragraphs, roles)],
                                        "", empty_metadata(title="Interview"))
    analysis = analyze(document, {"french": "fr", "english": "en"}[language])
    assert [(c.text, c.source.text) for c in analysis.claims if c.rule == "interview answer"] == \
        [(answer, interviewee) for answer in answers]


def test_an_interviewee_named_only_in_the_file_s_title_answers(english_model):
    paragraphs = ["Ruth Amani has measured glaciers for twenty years. We spoke to her before the summit.",
                  "How fast are the glaciers disappearing?",
                  "Faster than any of us expected. I think they will be gone within fifteen years.",
                  "What would you tell the negotiators?",
                  "Stop counting pledges and start counting tonnes.",
                  "Ruth Amani's book is published in March."]
    document = document_from_paragraphs([Paragraph(p, None) for p in paragraphs], "",
                                        empty_metadata(title="A conversation with climate scientist Ruth Amani"))
    analysis = analyze(document, "en", *english_model)
    assert [(c.kind, c.text, c.source and c.source.text) for c in analysis.claims] == [
        ("unattributed", "Ruth Amani has measured glaciers for twenty years.", None),
        ("unattributed", "We spoke to her before the summit.", None),
        ("unattributed", "How fast are the glaciers disappearing?", None),
        ("direct", "Faster than any of us expected. I think they will be gone within fifteen years.", "Ruth Amani"),
        ("unattributed", "What would you tell the negotiators?", None),
        ("direct", "Stop counting pledges and start counting tonnes.", "Ruth Amani"),
        ("unattributed", "Ruth Amani's book is published in March.", None)]


def test_a_title_naming_an_interviewee_over_no_questions_is_no_interview(english_model):
    document = document_from_paragraphs([Paragraph("Ruth Amani spoke at the summit on Monday.", None)], "",
                                        empty_metadata(title="A conversation with Ruth Amani"))
    analysis = analyze(document, "en", *english_model)
    assert [(c.kind, c.text) for c in analysis.claims] == [
        ("unattributed", "Ruth Amani spoke at the summit on Monday.")]

@pytest.mark.parametrize("language, text", [
    ("french", "Le maire a répondu aux questions des habitants lundi soir.\n\nFaut-il fermer "
               "l'école ?\n\nLa question divise le village depuis des mois."),
    ("english", "Why do prices rise?\n\nEconomists have argued about it for years.\n\n"
                "Who pays in the end?\n\nShoppers do, in every shop of the town."),
])
def test_questions_without_an_interviewee_are_no_interview(request, language, text):
    analysis = request.getfixturevalue(language)(text)
    assert not [c for c in analysis.claims if c.rule.startswith("interview")]



def addressed(analysis) -> list[tuple]:
    """The reported claims whose source is the person spoken to, with whom it resolves to."""
    return [(c.text, c.source.resolved) for c in analysis.claims
            if c.kind == "reported" and c.source.text.lower() in ("vous", "you")]


def test_you_in_a_question_is_the_interviewee(french, english):
    french_interview = FRENCH_INTERVIEW.replace("Pourquoi avoir choisi le théâtre de rue cette année ?",
                                                "Vous affirmez que le public a changé. Pourquoi ?")
    english_interview = ENGLISH_INTERVIEW.replace("Q: Will you open a second shop?",
                                                  "Q: You wrote that the town needs a second shop. Why?")
    assert addressed(french(french_interview)) == [("le public a changé", "Claire Dumontel")]
    assert addressed(english(english_interview)) == [("the town needs a second shop", "Thomas Whitfield")]


def test_an_editor_s_note_and_labels_stuck_to_the_question_make_an_interview(english):
    analysis = english("A gardener's long fight\n\n"
                       "Former nurse Helen Marsh has tended the town's allotments for forty years. She "
                       "talked about the new housing plan. Questions and answers have been edited for "
                       "length and clarity.\n\n"
                       "QThe council wants to build on the allotments. What will you do?\n\n"
                       "A: Fight it. We have grown food here since the war.\n\n"
                       "QLast year you won a prize for your onions.\n\n"
                       "A: I did, and I will again.")
    question, answer = "interview question", "interview answer"
    assert turns(analysis) == [
        ("unattributed", "The council wants to build on the allotments. What will you do?", None, True,
         question),
        ("direct", "Fight it. We have grown food here since the war.", "Helen Marsh", False, answer),
        ("unattributed", "Last year you won a prize for your onions.", None, True, question),
        ("direct", "I did, and I will again.", "Helen Marsh", False, answer)]


def test_the_journalist_the_interviewee_spoke_with_asks_the_questions(english):
    analysis = english("Mayor Sofia Brandt spent the morning at the harbour, then spoke with senior writer "
                       "Paul Keane on the train home.\n\n"
                       "Q: Will the harbour reopen?\n\n"
                       "A: In May, if the weather holds.\n\n"
                       "Q: And the ferry?\n\n"
                       "A: It runs again from Monday.")
    assert {c.source.text for c in analysis.claims if c.rule == "interview answer"} == {"Sofia Brandt"}
