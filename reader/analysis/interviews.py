"""The interviews pass: question-and-answer layouts, each answer turn the interviewee's direct claim.

An interview is told by its standfirst, which names the interviewee beside words such as
« entretien avec » or "an interview with" (`interview_openers`), and by its questions: paragraphs
labelled « Question : » or "Q:", set as headings or in bold in the source file, or ending in a
question mark. Every paragraph between two questions is the answer, labelled or not.
"""

from __future__ import annotations

import re

from reader.analysis.article import Article
from reader.analysis.findings import Findings
from reader.analysis.lexicon import Lexicon, alternatives
from reader.analysis.quotes import DIALOGUE_DASH
from reader.analysis.sources import PERSON_ENTITIES
from reader.analysis.spans import SpanIndex
from reader.document.model import BOLD, HEADING
from reader.model import Claim, Source, Span

# The standfirst that names the interviewee is among the article's first paragraphs.
STANDFIRST_PARAGRAPHS = 3
# Fewer questions than this, each followed by its answer, and a question mark is only rhetorical.
MIN_QUESTIONS = 2
QUESTION_END = re.compile(r"\?[\s»”\"’)]*$")
# How many words before a name may hold the journalist's title that makes them the interviewer.
INTERVIEWER_WORDS = 3


def find_interviews(article: Article, findings: Findings) -> None:
    """The questions and answer turns of an interview; the cues inside an answer belong to it."""
    standfirst = _interviewee(article, findings.lexicon)
    if standfirst is None:
        return
    speaker, first_paragraph = standfirst
    turns = _turns(article, findings.lexicon, first_paragraph, speaker.text.split()[-1])
    answered = sum(1 for (kind, _), (following, _) in zip(turns, turns[1:])
                   if kind == "question" and following == "answer")
    if answered < MIN_QUESTIONS:
        return
    claims = _claims(article, turns, speaker)
    findings.turns += claims
    answers = SpanIndex([claim.span for claim in claims if claim.kind == "direct"])
    findings.speech = [index for index in findings.speech
                       if not answers.overlaps_any(findings.cues[index].cue)]


def _interviewee(article: Article, lexicon: Lexicon) -> tuple[Source, int] | None:
    """The person a standfirst names beside an interview opener, or the first one named above an
    editor's note ("Questions and answers have been edited …"), and the paragraph after it."""
    openers, notes = _phrases(lexicon.interview_openers), _phrases(lexicon.interview_notes)
    from_title = _named_in_title(article, openers)
    if from_title is not None:
        return from_title, 0
    named = []  # the people named so far, in the title and the standfirst
    for index, paragraph in enumerate(article.paragraphs[:STANDFIRST_PARAGRAPHS]):
        if index >= len(article.docs):
            break
        people = [(paragraph.start + e.start_char, paragraph.start + e.end_char)
                  for e in article.docs[index].ents if e.label_ in PERSON_ENTITIES
                  and not _asks_the_questions(e, lexicon)]
        named += people
        opener = openers.search(article.parse_text, paragraph.start, paragraph.end)
        if opener is not None and people:
            return _person(article, min(people, key=lambda p: min(abs(p[0] - opener.end()),
                                                                   abs(opener.start() - p[1])))), index + 1
        if named and notes.search(article.parse_text, paragraph.start, paragraph.end):
            return _person(article, named[0]), index + 1
    return None


# A name after an interview opener in a title: "a conversation with climate scientist Ruth Amani".
NAME_AFTER_OPENER = re.compile(r"(?:\s+[a-zà-ÿ][\w'’-]*){0,3}?\s+(?P<name>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,3})")


def _named_in_title(article: Article, openers: re.Pattern) -> Source | None:
    """The person a title the file gives apart from its text names after an interview opener,
    found again in the first paragraphs where they are named there too."""
    opener = openers.search(article.title or "")
    name = NAME_AFTER_OPENER.match(article.title, opener.end()) if opener else None
    if name is None or not article.paragraphs:
        return None
    written = name.group("name")
    top = article.text[:article.paragraphs[min(STANDFIRST_PARAGRAPHS, len(article.paragraphs)) - 1].end]
    start = top.find(written)
    return Source(written, start, start + len(written), None, "person") if start >= 0 \
        else Source(written, None, None, None, "person")


def _asks_the_questions(name, lexicon: Lexicon) -> bool:
    """"spoke with senior writer Michael Green": a person named after a journalist's title is the
    interviewer."""
    before = name.doc[max(name.sent.start, name.start - INTERVIEWER_WORDS):name.start]
    return any(word.lower_ in lexicon.interviewers for word in before)


def _phrases(phrases: frozenset) -> re.Pattern:
    """Any of the phrases, in any case; a pattern that never matches for none."""
    return re.compile(alternatives(phrases), re.IGNORECASE)


def _person(article: Article, offsets: tuple[int, int]) -> Source:
    """The person named at these offsets, as a source."""
    start, end = offsets
    return Source(article.text[start:end], start, end, None, "person")


def _turns(article: Article, lexicon: Lexicon, first: int, surname: str) -> list[tuple[str, Span]]:
    """Each paragraph from the first after the standfirst, as ("question" | "answer", its words
    without their label); consecutive answer paragraphs make one turn. An unlabelled paragraph
    naming the interviewee ("Amani's book is published in March") is the writer's, and ends the
    turn before it."""
    question_label = _label_pattern(lexicon.question_labels)
    answer_label = _label_pattern(lexicon.answer_labels)
    turns: list[tuple[str, Span]] = []
    for paragraph in article.paragraphs[first:]:
        text = article.text
        role = article.roles.get(paragraph.start)
        paragraph = _after_dash(text, paragraph)
        if label := question_label.match(text, paragraph.start, paragraph.end):
            turns.append(("question", Span(label.end(), paragraph.end)))
        elif label := answer_label.match(text, paragraph.start, paragraph.end):
            turns.append(("answer", Span(label.end(), paragraph.end)))
        elif role in (HEADING, BOLD) \
                or QUESTION_END.search(text, paragraph.start, paragraph.end):
            turns.append(("question", paragraph))
        elif re.search(rf"\b{re.escape(surname)}\b", text[paragraph.start:paragraph.end]):
            turns.append(("writer", paragraph))
        elif turns and turns[-1][0] == "answer":
            turns[-1] = ("answer", Span(turns[-1][1].start, paragraph.end))
        elif turns:  # the writer's paragraphs before the first question stay the writer's
            turns.append(("answer", paragraph))
    return turns


def _after_dash(text: str, paragraph: Span) -> Span:
    """A paragraph's words after the dialogue dash that opens a turn, if one does."""
    dash = DIALOGUE_DASH.match(text, paragraph.start, paragraph.end)
    return Span(dash.end(), paragraph.end) if dash else paragraph


def _label_pattern(labels: frozenset) -> re.Pattern:
    """« Question : », "Q:": a label of the list before a colon, at a paragraph's start; or a
    one-letter label stuck to the first word, its bold lost ("QWhat changed?")."""
    if not labels:
        return re.compile(r"(?!)")
    words = alternatives(labels)
    letters = "".join(sorted(label.upper() for label in labels if len(label) == 1))
    stuck = rf"|(?-i:[{letters}])(?=(?-i:[A-Z])[a-z'’])" if letters else ""
    return re.compile(rf"(?:{words})[ \u00a0\u202f]?:\s*{stuck}", re.IGNORECASE)


def _claims(article: Article, turns: list[tuple[str, Span]],
            speaker: Source) -> list[Claim]:
    """Questions as the interviewer's hedged assertions, answers as the interviewee's quotes."""
    text, claims = article.text, []
    for kind, span in turns:
        if kind == "writer":
            continue  # the unattributed pass finds the writer's sentences
        if kind == "question":
            claims.append(Claim("unattributed", span.start, span.end, text[span.start:span.end],
                                None, None, True, rule="interview question"))
        else:
            claims.append(Claim("direct", span.start, span.end, text[span.start:span.end], speaker,
                                None, False, rule="interview answer"))
    return claims
