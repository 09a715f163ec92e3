"""A claim's source and cue as the claims show them: sources resolved, and remembered for later pronouns."""

from __future__ import annotations

import re
from dataclasses import replace

from reader.analysis.article import Article, parse_at
from reader.analysis.findings import Attribution
from reader.analysis.lexicon import Lexicon
from reader.analysis.sources import Discourse, Mention, is_anaphor, make_source, normalise, source_type
from reader.model import Cue, Source, Span


def source_of(article: Article, attribution: Attribution, discourse: Discourse,
              lexicon: Lexicon) -> Source | None:
    """The cue's source, resolved, and remembered as an antecedent for later pronouns."""
    span = attribution.source
    if span is None:
        return None
    written = article.text[span.start:span.end]
    source = make_source(written, span.start, span.end, attribution.source_labels, lexicon, discourse)
    side = _topic_speaking(article, attribution, lexicon) \
        or (_side_speaking(article, attribution, lexicon) if source.resolved is None else None)
    if side is not None:
        return replace(source, resolved=side, type=source_type(side, set(), lexicon))
    if source.resolved is None and not is_anaphor(written, lexicon.language):  # « ils » names no one
        number, gender = _agreement_of(article, span)
        if source.type == "person":  # a known first name beats the parser's guess (« Franco » as Fem)
            gender = lexicon.gender_of_name(written) or gender
        discourse.remember(Mention(written, span.start, number, gender,
                                   # people, or a group speaking as one (« le syndicat … il »)
                                   person=source.type not in ("media", "document"),
                                   thing=_may_be_it(written, lexicon),
                                   titles=discourse.titles_in(re.findall(r"\w+", written))))
    return source


def _may_be_it(written: str, lexicon: Lexicon) -> bool:
    """Whether "it" may stand for a speaker: one whose words say it is an organisation, a medium
    or a document ("The ad", "the union"), not a name the parser took for a firm's ("Trump")."""
    return source_type(written, set(), lexicon) in ("organisation", "media", "document") \
        and lexicon.gender_of_name(written) is None


def _side_speaking(article: Article, attribution: Attribution, lexicon: Lexicon) -> str | None:
    """« Du côté de la SNCB, on évoque un test »: the impersonal pronoun speaks for the side its
    sentence, or else its paragraph, opens with."""
    span = attribution.source
    if normalise(article.text[span.start:span.end]) not in lexicon.impersonal_pronouns:
        return None
    side = _side_opening(article, attribution, lexicon.side_opener)
    if side is None:  # « Du côté de la SNCB, on souligne … Un courriel …, explique-t-on. »
        paragraph = article.paragraphs[article.paragraph_index(span.start)]
        opening = lexicon.side_opening_paragraph.match(article.text, paragraph.start, span.start)
        side = opening.group("side").strip() if opening else None
    return side


def _topic_speaking(article: Article, attribution: Attribution, lexicon: Lexicon) -> str | None:
    """« Quant au patronat, il se félicite … »: the pronoun after the comma stands for the topic
    the sentence opens with, whoever was named before."""
    span = attribution.source
    if not is_anaphor(article.text[span.start:span.end], lexicon.language):
        return None
    return _side_opening(article, attribution, lexicon.topic_opener)


def _side_opening(article: Article, attribution: Attribution, opener: re.Pattern) -> str | None:
    """The side or topic an opener names before the comma that precedes the source's pronoun."""
    match = opener.match(article.text, attribution.sentence.start, attribution.source.start)
    return match.group("side").strip() if match else None


def _agreement_of(article: Article, span: Span) -> tuple[str | None, str | None]:
    """Number and gender of the head noun of a source phrase, from the parser's morphology."""
    doc, base = parse_at(article, span.start)
    if doc is None:
        return None, None
    tokens = [t for t in doc if span.start <= base + t.idx < span.end]
    heads = [t for t in tokens if t.head not in tokens or t.head == t]
    head = heads[0] if heads else None
    if head is None:
        return None, None
    number = head.morph.get("Number")
    gender = head.morph.get("Gender")
    if head.tag_ in ("NNS", "NNPS"):
        number = ["Plur"]
    return (number[0] if number else None), (gender[0] if gender else None)


def cue_of(text: str, span: Span) -> Cue:
    """The cue words as they stand in the text."""
    return Cue(text[span.start:span.end], span.start, span.end)
