"""Direct quotes: a statement quotation credited to its cue, a signature, a speaker before a colon,
or, floating, to the speaker before it."""

from __future__ import annotations

import re
from dataclasses import replace

from reader.analysis.article import Article, entity_labels_at, parse_at, sentence_at
from reader.analysis.crediting import cue_of, source_of
from reader.analysis.findings import Findings
from reader.analysis.quotes import CLOSING_MARKS, QUOTATION_MARKS, Quote
from reader.analysis.sources import PERSON_ENTITIES, Discourse, make_source
from reader.model import Claim, Source, Span

# A floating quote takes the previous speaker only when that speaker spoke this recently.
FLOATING_REACH_PARAGRAPHS = 2


def direct_claim(article: Article, findings: Findings, statement: int, discourse: Discourse,
                 last_speaker: tuple[Source, int] | None) -> Claim:
    """A direct quote, credited to its cue's source or, floating, to the previous speaker."""
    text, lexicon = article.text, findings.lexicon
    quote, link = findings.statements[statement], findings.quote_cues[statement]
    source, cue, rule = None, None, "quotation"
    if link is not None:
        source = source_of(article, link.attribution, discourse, lexicon)
        if link.carried:  # the speaker of its other part, across a subhead: no cue of its own
            rule = "quotation across a subhead"
        else:
            cue, rule = cue_of(text, link.attribution.cue), f"quotation with {link.attribution.rule}"
    elif (named := _signature_after(article, quote)) or (named := _speaker_before_colon(article, quote)):
        speaker, rule = named
        source = make_source(text[speaker.start:speaker.end], speaker.start, speaker.end,
                             entity_labels_at(article, speaker), lexicon, discourse)
    elif last_speaker is not None and _carries_on(article, quote) \
            and article.paragraph_index(quote.content.start) - last_speaker[1] <= FLOATING_REACH_PARAGRAPHS:
        speaker = last_speaker[0]
        source = Source(speaker.text, None, None, speaker.resolved or speaker.text, speaker.type)
        rule = "floating quotation"
    elif named := _person_introduced_before(article, quote):
        # written elsewhere, as a floating quote's speaker: the sentence naming them stays the writer's
        named_source = make_source(text[named.start:named.end], named.start, named.end,
                                   entity_labels_at(article, named), lexicon, discourse)
        source = replace(named_source, start=None, end=None)
        rule = "quotation after its speaker's introduction"
    span = quote.content
    kind = "reported" if quote.paraphrase_marks() else "direct"
    return Claim(kind, span.start, span.end, text[span.start:span.end], source, cue, False,
                 rule=rule)


SIGNATURE = re.compile(r"[ \t\u00a0]*[―—–-][ \t\u00a0]*(?P<name>[A-ZÀ-Ý][^\n.,;:!?]{1,60}?)[ \t.]*$",
                       re.MULTILINE)


def _signature_after(article: Article, quote: Quote) -> tuple[Span, str] | None:
    """"“Maybe we can build a wall.” ― Steve Quinlan": a name after a dash ends the paragraph."""
    paragraph = article.paragraphs[article.paragraph_index(quote.outer.start)]
    match = SIGNATURE.match(article.text, quote.outer.end, paragraph.end)
    return (Span(match.start("name"), match.end("name")), "quotation signed") if match else None


def _speaker_before_colon(article: Article, quote: Quote) -> tuple[Span, str] | None:
    """« L'avis est le même pour la directrice Marie Dubois : « … » »: the last person named."""
    text = article.text
    colon = quote.outer.start - 1
    while colon >= 0 and text[colon].isspace():  # no copy of the text before: quotes are many
        colon -= 1
    if colon < 0 or text[colon] != ":":
        return None
    doc, base = parse_at(article, quote.outer.start)
    if doc is None:
        return None
    index = article.paragraph_index(quote.outer.start)
    sentence_start = max((s.start for s in article.sentences[index] if s.start <= colon), default=base)
    people = [e for e in doc.ents if e.label_ in PERSON_ENTITIES
              and sentence_start <= base + e.start_char and base + e.end_char <= colon]
    if not people:
        return None
    return Span(base + people[-1].start_char, base + people[-1].end_char), "quotation after its speaker's colon"


def _person_introduced_before(article: Article, quote: Quote) -> Span | None:
    """"Claire, 34, was in the hall. She agreed to tell of that night. ¶ « We were a hundred … »":
    a paragraph that is a quotation, with no speaker so far, is the last person the paragraph
    before it names."""
    index = article.paragraph_index(quote.outer.start)
    paragraph = article.paragraphs[index]
    whole = paragraph.start == quote.outer.start \
        and not article.text[quote.outer.end:paragraph.end].strip(" .!?…\u00a0")
    if index == 0 or not whole or index > len(article.docs) \
            or article.is_heading(article.paragraphs[index - 1]):
        return None
    base = article.paragraphs[index - 1].start
    people = [e for e in article.docs[index - 1].ents if e.label_ in PERSON_ENTITIES]
    return Span(base + people[-1].start_char, base + people[-1].end_char) if people else None


def _carries_on(article: Article, quote: Quote) -> bool:
    """Whether a quotation without a cue carries on the last speaker: it begins or ends its
    sentence, or follows another quotation there ('“If he thinks that,” the narrator says, “what …?”').

    'The report, titled “Why the state fails,” …' is the writer's sentence; a quotation inside an
    excerpt ('"… chanting “U-S-A!”') is its own people's, unless it opens the excerpt's paragraph.
    """
    sentence = sentence_at(article, quote.outer.start)
    lead = article.text[sentence.start:quote.outer.start]
    if quote.depth:  # '" \'Every bit of it …\'': an excerpt's paragraph opening on the quotation
        return not lead.strip("".join(QUOTATION_MARKS) + " \u00a0")
    ends_sentence = not article.text[quote.outer.end:sentence.end].strip(" .!?…\u00a0")
    return not lead.strip() or ends_sentence or any(mark in lead for mark in CLOSING_MARKS)

