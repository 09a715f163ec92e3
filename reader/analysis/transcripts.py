"""The transcripts pass: « WALLACE: … » paragraphs of an interview, each turn its speaker's claim."""

from __future__ import annotations

import re
from dataclasses import replace

from reader.analysis.article import Article
from reader.analysis.findings import MIN_CONTENT_WORDS, Findings
from reader.analysis.spans import SpanIndex
from reader.model import Claim, Cue, Source, Span


def find_transcripts(article: Article, findings: Findings) -> None:
    """The turns of interview transcripts; the cues inside a turn belong to it, not to speech."""
    findings.turns = _transcript_turns(article)
    turns = SpanIndex([turn.span for turn in findings.turns])
    findings.speech = [index for index, cue in enumerate(findings.cues)
                       if not turns.overlaps_any(cue.cue)]


# A turn runs on over so many unlabelled paragraphs at most before the next labelled one;
# more, and they are the writer's own text between two transcripts.
TURN_CONTINUED_PARAGRAPHS = 3
SPEAKER_LABEL = re.compile(r"[«“\"]?\s*(?P<name>[A-ZÀ-Ý][A-ZÀ-Ý.'’ -]{1,40}):\s+")


def _transcript_turns(article: Article) -> list[Claim]:
    """Interview transcripts: « WALLACE: … » paragraphs, each credited to its speaker label, and
    the unlabelled paragraphs between two turns to the speaker of the turn before them."""
    turns, speaker, unlabelled = [], None, []
    for paragraph in article.paragraphs:
        label = SPEAKER_LABEL.match(article.text, paragraph.start, paragraph.end)
        if not label or len(label.group("name").split()) > 4:
            if speaker is not None:
                unlabelled.append(paragraph)
            continue
        if len(unlabelled) > TURN_CONTINUED_PARAGRAPHS:  # the writer's own text between two parts
            unlabelled = []
        for continued in unlabelled:  # a turn follows closely: they were the previous speaker's
            start = continued.start + _leading_marks(article.text[continued.start:continued.end])
            turns += _turn(article, Span(start, continued.end), replace(speaker, start=None, end=None),
                           None, "transcript continued")
        unlabelled = []
        name = label.group("name").strip()
        speaker = Source(name, label.start("name"), label.start("name") + len(name), None, "person")
        colon = label.start("name") + len(label.group("name"))
        turns += _turn(article, Span(label.end(), paragraph.end), speaker, Cue(":", colon, colon + 1),
                       "transcript turn")
    return turns


def _turn(article: Article, span: Span, speaker: Source, cue: Cue | None, rule: str) -> list[Claim]:
    """A speaker's turn as a reported claim without its closing marks; none for a stage direction
    (« (CROSSTALK.) ») or a turn of fewer than MIN_CONTENT_WORDS words."""
    end = span.end
    while end > span.start and article.text[end - 1] in "»”\" .":
        end -= 1
    text = article.text[span.start:end]
    if text.startswith(("(", "[")) or len(re.findall(r"\w+", text)) < MIN_CONTENT_WORDS:
        return []
    return [Claim("reported", span.start, end, text, speaker, cue, rule=rule)]


def _leading_marks(text: str) -> int:
    """How many opening quotation marks and spaces begin a paragraph."""
    return len(text) - len(text.lstrip("«“\" "))

