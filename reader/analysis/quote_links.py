"""The quote-to-cue pass: each statement quotation's cue, and the quotations that are no claim."""

from __future__ import annotations

import re
from dataclasses import replace

from reader.analysis.article import Article, entity_labels_at, parse_at, sentence_at
from reader.analysis.cue_verbs import is_cue_form
from reader.analysis.grammar import is_inverted_pronoun, token_span, tokens_in
from reader.analysis.findings import Attribution, Findings, QuoteCue
from reader.analysis.lexicon import Lexicon, lexicon_of
from reader.analysis.quotes import Quote
from reader.analysis.speakers import inverted_pronoun, noun_phrase_after
from reader.analysis.spans import SpanIndex
from reader.model import Span


# An incise inside a quotation is its verb, its speaker and the comma after them, in so many words.
INCISE_WORDS = 10


def link_quotes_to_cues(article: Article, findings: Findings) -> None:
    """Each statement quotation with the cue that introduces it, follows it, or stands inside it.

    A quotation inside a transcript's turn is part of that turn; one the writer's sentence borrows
    without a cue of its own (a scare quote, a title) is no claim.
    """
    cues = findings.cues
    by_sentence = SpanIndex(findings.speech, lambda index: cues[index].sentence)
    turns = SpanIndex([turn.span for turn in findings.turns])
    for quote in article.statements:
        if is_title(article, quote, findings.lexicon):
            continue  # "in his book, “The Long Road”, he wrote": the title is not what he said
        link = _cue_for_quote(article, quote, cues, by_sentence, findings.lexicon) \
            or _incise_inside(article, quote, findings)
        # an incise after a quotation is that quotation's cue, not a statement of its own
        if link is not None and link.index is not None and link.attribution.incise:
            findings.incise_cues.add(link.index)
        if not turns.overlaps_any(quote.content) and (link or not _quoted_fragment(article, quote)):
            findings.statements.append(quote)
            findings.quote_cues.append(link)
    _carry_across_subheads(article, findings)
    findings.statement_spans = SpanIndex(findings.statements, lambda quote: quote.outer)


def _carry_across_subheads(article: Article, findings: Findings) -> None:
    """A quotation left open before a subhead and resumed after it is one speaker's: the part
    without a cue takes the cue of the other (« … ¶ Subhead ¶ « … », a déclaré X)."""
    statements, links = findings.statements, findings.quote_cues
    for index in range(len(statements) - 1):
        if not _resumes_after_subhead(article, statements[index], statements[index + 1]):
            continue
        if links[index] is None and links[index + 1] is not None:
            links[index] = _borrowed(links[index + 1])
        elif links[index + 1] is None and links[index] is not None:
            links[index + 1] = _borrowed(links[index])


def _borrowed(link: QuoteCue) -> QuoteCue:
    """The speaker of another part of the quotation: its cue stays that part's own."""
    return QuoteCue(link.attribution, None, carried=True)


def _resumes_after_subhead(article: Article, before: Quote, after: Quote) -> bool:
    """Whether a quotation left open at a paragraph's end resumes, with its mark, after one
    heading paragraph."""
    if before.closed or before.depth or after.depth or after.mark != before.mark:
        return False
    first = article.paragraph_index(before.outer.end - 1)
    resumed = article.paragraph_index(after.outer.start)
    return resumed == first + 2 and article.paragraphs[resumed].start == after.outer.start \
        and article.is_heading(article.paragraphs[first + 1])


def _incise_inside(article: Article, quote: Quote, findings: Findings) -> QuoteCue | None:
    """« Nous combattons, dit-il, et nous mourons »: the incise within the marks."""
    doc, base = parse_at(article, quote.content.start)
    if doc is None:
        return None
    incise = _incise_in_quotation(doc, base, quote.content, sentence_at(article, quote.content.start),
                                 findings.lexicon, quote.is_dialogue())
    if incise is None:
        return None
    if quote.is_dialogue():
        _end_turn_before_incise(article.text, quote, incise)
    return QuoteCue(replace(incise, source_labels=entity_labels_at(article, incise.source)), None)


def _cue_for_quote(article: Article, quote: Quote, cues: list[Attribution],
                   by_sentence: SpanIndex[int], lexicon: Lexicon) -> QuoteCue | None:
    """An incise after the quotation, else a cue just before it in the same sentence."""
    text = article.parse_text
    introduction = _introducing_sentence(article, quote)
    if introduction is not None:
        introducing = [i for i in by_sentence.overlapping(introduction)
                       if cues[i].sentence == introduction and not cues[i].incise]
        if introducing:
            return QuoteCue(cues[introducing[-1]], introducing[-1])  # the cue nearest the colon
    # the sentence after too: '“Where is the money going?” Gomez asked.' splits after the mark
    in_sentence = by_sentence.overlapping(Span(quote.outer.start, quote.outer.end + 2))
    for index in in_sentence:
        attribution = cues[index]
        # the sentence holds both; "Rep. Gwen Moore (D-Wis.)" may stand between them
        start = _incise_start(attribution, quote)
        next_sentence = attribution.sentence.start >= quote.outer.end
        if attribution.incise and 0 <= start - quote.outer.end < 80 and not (
                next_sentence and text[quote.outer.end:start].strip()):
            return QuoteCue(attribution, index)
    for index in in_sentence:
        attribution = cues[index]
        if not attribution.incise and attribution.cue.end <= quote.outer.start:
            between = text[attribution.cue.end:quote.outer.start]
            if re.fullmatch(r"[^.!?«“\"»”]{0,80}", between) and (
                    lexicon.ends_with_complementizer.search(between) or attribution.content
                    and attribution.content.overlaps(quote.content)):
                return QuoteCue(attribution, index)
    return None


def _incise_start(incise: Attribution, quote: Quote) -> int:
    """Where an incise begins after a quotation: at its speaker when the speaker comes first
    ('“…,” Malkia Cyril, the executive director at …, told'), else at its cue."""
    source = incise.source
    if source is not None and quote.outer.end <= source.start < incise.cue.start:
        return source.start
    return incise.cue.start


def _quoted_fragment(article: Article, quote: Quote) -> bool:
    """"sent a reporter into “a living room in western Pennsylvania”": words the writer borrows.

    A quotation that starts in lower case right after a word of the writer's, with no cue of its
    own, is part of the writer's sentence, as a scare quote is.
    """
    before = _words_before(article, quote)
    inside = article.text[quote.content.start:quote.content.end]
    return bool(before) and before[-1].isalpha() and inside[:1].islower()


def is_title(article: Article, quote: Quote, lexicon: Lexicon) -> bool:
    """'a report titled “Why the state fails”', "in his book, “The Long Road”,": a quotation
    right after a titling word or a work's name is a title, whatever its capitals."""
    words = _words_before(article, quote).split()
    return bool(words) and words[-1].rstrip(",").lower() in lexicon.titling_words


def _words_before(article: Article, quote: Quote) -> str:
    """The words of the quotation's sentence before its opening mark."""
    return article.text[sentence_at(article, quote.outer.start).start:quote.outer.start].rstrip()




def _introducing_sentence(article: Article, quote: Quote) -> Span | None:
    """The previous paragraph's last sentence when it ends with a colon: "He said:"."""
    index = article.paragraph_index(quote.outer.start)
    if index == 0 or article.paragraphs[index].start != quote.outer.start:
        return None
    previous = article.sentences[index - 1]
    if previous and article.text[previous[-1].end - 1] == ":":
        return previous[-1]
    return None


def _end_turn_before_incise(text: str, quote: Quote, incise: Attribution) -> None:
    """« — Nous partons, dit-il. »: a turn's words end at the comma before its final incise."""
    comma = text.rfind(",", quote.content.start, incise.cue.start)
    if comma > quote.content.start and "," not in text[incise.cue.end:quote.content.end]:
        quote.content = Span(quote.content.start, comma)


def _incise_in_quotation(doc, base: int, content: Span, sentence: Span,
                         lexicon: Lexicon, dialogue: bool = False) -> Attribution | None:
    """« Nous combattons, dit-il, et nous mourons »: an incise set between commas inside the marks
    names the speaker of the whole quotation; a dialogue turn's incise may end it instead
    (« — Nous partons, dit-il. »)."""
    words = tokens_in(doc, base, content)
    if words is None:
        return None
    for token in words:
        if _between_commas(token, words, dialogue) and is_cue_form(token, lexicon):
            source = inverted_pronoun(token, base) or noun_phrase_after(token, base)
            if source is not None:
                return Attribution(token_span(base, [token]), source, set(), None, True, sentence,
                                   rule="incise in quotation")
    return None


def _between_commas(token, words, may_end: bool = False) -> bool:
    """Whether a verb opens a short incise after a comma, closed by another one: « , a-t-il dit, »,
    or, when the incise may end the words, by their end: « , dit-il. »."""
    doc = token.doc
    index = token.i - 1
    inversion_words = lexicon_of(token).inversion_words
    while index > words.start and (doc[index].lower_ in inversion_words or doc[index].pos_ == "AUX"
                                   or is_inverted_pronoun(doc[index])):
        index -= 1
    if index <= words.start or doc[index].text != ",":
        return False
    if may_end and words.end - token.i <= INCISE_WORDS:
        return True
    return any(t.text == "," for t in doc[token.i + 1:min(token.i + INCISE_WORDS, words.end)])
