"""The cues pass: every reporting cue of the article, finished (contents clipped, sources labelled)."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from reader.analysis.article import Article, entity_labels_at, parse_at
from reader.analysis.attribution import find_cue_attributions
from reader.analysis.findings import Attribution, Findings
from reader.analysis.grammar import SUBJECT_DEPS
from reader.analysis.lexicon import Lexicon, alternatives
from reader.analysis.quote_links import is_title
from reader.analysis.quotes import Quote
from reader.analysis.sentences import words_end
from reader.analysis.source_phrases import find_phrase_attributions
from reader.analysis.sources import is_journalist
from reader.analysis.spans import SpanIndex
from reader.model import Span


def find_cues(article: Article, findings: Findings) -> None:
    """Every reporting cue, from the parse and from source phrases, in reading order."""
    lexicon = findings.lexicon
    found = []
    for paragraph, sentences, doc in zip(article.paragraphs, article.sentences, article.docs):
        found += find_cue_attributions(doc, paragraph.start, sentences, article.inside_quote, lexicon)
    # a cue with neither speaker nor content ("remarks" read as a verb) credits nothing
    found = [a for a in found if a.source or a.content]
    found += find_phrase_attributions(article.parse_text, list(article.all_sentences()),
                                      article.inside_quote, lexicon)
    # the writer's own « je pense que », « selon nos informations » is the article's assertion
    found = [a for a in found if not (a.source and is_journalist(
        article.text[a.source.start:a.source.end], lexicon.language))]
    found = [a for a in found if not _asks_the_addressee(article.text, a, lexicon)]
    found = _without_findings_reported_twice(found)
    found = _clipped_at_incises(article.parse_text, found)
    found = _coordinated_cues(article.parse_text, found, lexicon)
    found = [_without_the_writer_s_contrast(article, a, lexicon) for a in found]
    found = _pointing_back(article, found)
    found = _past_titles(article, found, lexicon)
    found = [replace(a, source_labels=entity_labels_at(article, a.source))
             if a.source and not a.source_labels else a for a in found]
    found = [a for a in found if not _for_something(article.text, a)]
    found = [replace(a, source=None) if a.source and _no_speaker(article.text, a.source, lexicon)
             else a for a in found]
    findings.cues = sorted(found, key=lambda a: a.cue.start)


def _without_findings_reported_twice(attributions: list[Attribution]) -> list[Attribution]:
    """« Dans un communiqué, la préfecture estime que … »: the clause's own cue credits it, not
    the document that opens the sentence; a document's incise the parse read, or a verb inside a
    source phrase, is found once."""
    cues = SpanIndex([a.cue for a in attributions])
    document_incise = ("document incise", "document incise then statement")
    parsed = {a.cue for a in attributions if a.rule not in document_incise}
    phrases = SpanIndex([a.cue for a in attributions if a.rule == "source phrase"])
    return [a for a in attributions if not (a.rule in document_incise and a.cue in parsed)
            # « a-t-on appris auprès de la direction »: the phrase, not its verb, names the source
            and not (a.rule != "source phrase" and phrases.overlapping(a.cue))
            and (a.rule != "document opener"
                 or not any(a.content.start <= cue.start < a.content.end for cue in cues.overlapping(a.content)))]


def _asks_the_addressee(text: str, attribution: Attribution, lexicon: Lexicon) -> bool:
    """« Le stade sera-t-il prêt, selon vous ? »: a question asks for a view, it reports none."""
    source, sentence = attribution.source, attribution.sentence
    return source is not None and attribution.rule == "source phrase" \
        and text[source.start:source.end].lower() in lexicon.addressee_pronouns \
        and text[sentence.start:sentence.end].rstrip(" »”\"").endswith("?")


def _no_speaker(text: str, source: Span, lexicon: Lexicon) -> bool:
    """Whether the words found as a source name nobody (not_speakers.txt): « c'est »."""
    return text[source.start:source.end].lower().replace("’", "'") in lexicon.not_speakers


# Entity labels of people and organisations, in the French and English pipelines.
SPEAKER_LABELS = {"PER", "PERSON", "ORG", "NORP"}


def _for_something(text: str, attribution: Attribution) -> bool:
    """« Pour Noël, … »: a name after « Pour » that the parse does not take for a speaker's."""
    named = text[attribution.source.start].isupper() if attribution.source else False
    return attribution.rule == "pour someone" and named and not attribution.source_labels & SPEAKER_LABELS


# Subjects in the English and the French parses, English passive and expletive ones included.
SUBJECTS = SUBJECT_DEPS | {"nsubjpass", "expl"}


def _shares_the_subject(article: Article, offset: int) -> bool:
    """"said it was fair, but [required more effort]": a verb right after the conjunction, with no
    subject of its own, goes on with the reported clause's subject."""
    doc, base = parse_at(article, offset)
    if doc is None:
        return False
    words = (t for t in doc if base + t.idx >= offset and not t.is_punct and t.pos_ != "ADV")
    verb = next(words, None)
    return verb is not None and verb.pos_ in ("VERB", "AUX") \
        and not any(c.dep_ in SUBJECTS for c in verb.children)


def _pointing_back(article: Article, attributions: list[Attribution]) -> list[Attribution]:
    """« … en 2020. C'est ce qu'a annoncé X »: the sentence before is what X announced."""
    if not any(a.refers_back for a in attributions):
        return attributions
    sentences = list(article.all_sentences())
    starts = [sentence.start for sentence in sentences]
    result = []
    for attribution in attributions:
        index = bisect.bisect_left(starts, attribution.sentence.start) - 1
        if attribution.refers_back and index >= 0:
            before = sentences[index]
            content = Span(before.start, words_end(article.text, before.start, before.end))
            attribution = replace(attribution, content=content)
        result.append(attribution)
    return result


def _past_titles(article: Article, attributions: list[Attribution], lexicon: Lexicon) -> list[Attribution]:
    """"said in his book, “The Long Road”, that …": what is said starts after the title; a cue
    whose sentence ends on a title ('wrote in his book, “Full Time.”') says nothing."""
    quotes = [quote for quote in article.quotes if quote.depth == 0]
    starts = [quote.outer.start for quote in quotes]
    result = []
    for attribution in attributions:
        content = attribution.content
        at = content.start if content is not None else attribution.cue.end
        index = bisect.bisect_right(starts, at) - 1 if content is not None else bisect.bisect_left(starts, at)
        quote = quotes[index] if 0 <= index < len(quotes) else None
        if quote is None or not (at <= quote.content.start and quote.outer.end <= attribution.sentence.end) \
                or not is_title(article, quote, lexicon):
            result.append(attribution)
            continue
        start = _after_title(article.parse_text, quote, lexicon)
        if content is not None and start < content.end:
            result.append(replace(attribution, content=Span(start, content.end)))
        elif start < words_end(article.text, start, attribution.sentence.end):
            result.append(replace(attribution, content=None))  # a quotation may follow the title
    return result


def _after_title(text: str, quote: Quote, lexicon: Lexicon) -> int:
    """Where the words after a title begin, past its comma and a « que » or "that"."""
    after = re.compile(r"[\s,.”»\"']*").match(text, quote.outer.end).end()
    said = lexicon.complementizer_word.match(text, after)
    return re.compile(r"\s*").match(text, said.end()).end() if said else after


def _clipped_at_incises(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """End a content clause before another cue's incise inside it (« …, rapporte le Daily Mail »).

    A participle after a comma ("said he …, arguing that …") starts a statement of its own too.
    """
    incises = SpanIndex([i for i, a in enumerate(attributions) if a.incise or a.participle],
                        lambda index: attributions[index].cue)
    result = []
    for index, attribution in enumerate(attributions):
        content = attribution.content
        if content is not None:
            for other in incises.overlapping(content):
                incise = attributions[other]
                if other != index and content.start < incise.cue.start < content.end:
                    comma = text.rfind(",", content.start, incise.cue.start)
                    # "…, even suggesting", '“…,” claiming': a participle opens its clause right
                    # after the comma (and the quotation that closes on it)
                    if incise.participle and not incise.incise and not re.fullmatch(
                            r",[”\"»']?\s*(?:\w+\s+)?", text[max(comma, 0):incise.cue.start]):
                        continue
                    if comma > content.start:
                        content = Span(content.start, comma)
            if content != attribution.content:
                attribution = replace(attribution, content=content)
        result.append(attribution)
    return result


def _coordinated_cues(text: str, attributions: list[Attribution], lexicon: Lexicon) -> list[Attribution]:
    """« a dénoncé X et appelé à Y », "adding X and demanding Y": a cue joined to another by a
    conjunction ends the first one's content and shares its speaker."""
    conjunctions = alternatives(lexicon.clause_conjunctions, empty="")
    joined = re.compile(rf"[\s,]+(?:{conjunctions})\s+(?:\w+\s+)?$", re.IGNORECASE)
    cues = SpanIndex(list(range(len(attributions))), lambda index: attributions[index].cue)
    result = list(attributions)
    for index, attribution in enumerate(attributions):
        content = attribution.content
        if content is None or attribution.source is None:
            continue
        for other in sorted(cues.overlapping(content)):
            cue, own = attributions[other].cue, attributions[other].source
            match = joined.search(text, content.start, cue.start) if other != index else None
            # "the mayor and aides claimed": a conjunction right after a subject joins subjects
            if match is not None and content.start < match.start() \
                    and (own is None or own.end < match.start() and text[own.end:match.start()].strip(" ,")):
                result[index] = replace(result[index], content=Span(content.start, match.start()))
                result[other] = replace(result[other], source=attribution.source,
                                        source_labels=attribution.source_labels)
                break
    return result


def _without_the_writer_s_contrast(article: Article, attribution: Attribution,
                                   lexicon: Lexicon) -> Attribution:
    """« a promis que le pont serait réparé, mais les travaux n'ont jamais commencé »: a contrast
    after a comma, with no « que » of its own, is the writer's reply, not the speaker's words.

    A verb with no subject right after the conjunction goes on with the reported clause's.
    """
    text = article.parse_text
    content = attribution.content
    if content is None or content.start < attribution.cue.end or not lexicon.contrast_conjunctions:
        return attribution
    conjunctions = "|".join(re.escape(c) for c in sorted(lexicon.contrast_conjunctions))
    contrast = re.compile(rf",\s+(?:{conjunctions})\s+(?=\w)", re.IGNORECASE)
    match = contrast.search(text, content.start, content.end)
    # « mais aussi qu'il … », "but also that …": the speaker's words go on
    if match is None or lexicon.complementizer_word.match(text, match.end()) \
            or lexicon.complementizer_word.match(text, text.find(" ", match.end()) + 1):
        return attribution
    if _shares_the_subject(article, match.end()):
        return attribution
    return replace(attribution, content=Span(content.start, match.start()))
