"""Unattributed assertions: the sentences the article states on its own."""

from __future__ import annotations

import re

from reader.analysis.article import Article
from reader.analysis.attribution import Attribution
from reader.analysis.hedging import HedgeFinder
from reader.analysis.spans import SpanIndex
from reader.model import Claim, Span


def unattributed_claims(article: Article, claims: list[Claim], attributions: list[Attribution],
                        hedges: HedgeFinder) -> list[Claim]:
    """Every sentence the article asserts on its own: no quotation, no cue, no claim inside."""
    taken = SpanIndex([c.span for c in claims] + [a.cue for a in attributions]
                      + [q.outer for q in article.statements])
    result = []
    for paragraph, sentences in zip(article.paragraphs, article.sentences):
        if _is_heading_or_credit(article.text, paragraph):
            continue
        for sentence in sentences:
            if taken.overlaps_any(sentence):
                continue
            if len(re.findall(r"\w+", article.text[sentence.start:sentence.end])) < 3:
                continue
            if sentence.start == paragraph.start:
                sentence = _without_dateline(article.text, sentence)
            result.append(Claim("unattributed", sentence.start, sentence.end,
                                article.text[sentence.start:sentence.end], None, None,
                                hedges.hedged(sentence)))
    return result


# "WASHINGTON (AP) — ", « Paris (AFP) - »: where and from whom, before the first sentence.
DATELINE = re.compile(r"[A-ZÀ-Ý][\w.' -]{1,30}?(?:,[\w. ]{1,20})?\s*(?:\([\w .-]{1,20}\))?\s*[—–―-]\s+")


def _without_dateline(text: str, sentence: Span) -> Span:
    """A paragraph's first sentence without the dateline in front of it."""
    match = DATELINE.match(text, sentence.start, sentence.end)
    if match is None or not (match.group(0).split("(")[0].strip(" —–―-").isupper() or "(" in match.group(0)):
        return sentence
    return Span(match.end(), sentence.end)


CREDIT = re.compile(r"^(?:par|by|photo|crédit|credit|source|lire aussi|read more|\(?afp\)?|"
                    r"\(?reuters\)?|©)\b", re.IGNORECASE)


def _is_heading_or_credit(text: str, paragraph: Span) -> bool:
    """Headings, bylines and photo credits are not assertions of the article."""
    line = text[paragraph.start:paragraph.end].strip()
    words = line.split()
    if CREDIT.match(line) and len(words) <= 12:
        return True
    return len(words) <= 12 and line[-1] not in ".!?»”\"…:"
