"""The woven-quotations pass: quotations set in the writer's own sentence are reported speech."""

from __future__ import annotations

import re

from reader.analysis.article import Article, sentence_at
from reader.analysis.findings import Attribution, Findings
from reader.analysis.lexicon import Lexicon
from reader.analysis.quotes import Quote
from reader.model import Span


def find_woven_quotes(article: Article, findings: Findings) -> None:
    """Quotations woven into the writer's own syntax, each with the span of the statement holding it.

    « Des sanctions « empêcheront … », a-t-il dit » and "he said that it is “a disaster”" are
    reported speech that quotes its words; « Il a dit : « … » » is a direct quote.
    """
    for index, (quote, link) in enumerate(zip(findings.statements, findings.quote_cues)):
        if link is None or link.carried:  # a part across a subhead is as direct as the other
            continue
        attribution = link.attribution
        if attribution.incise:
            start, end = _woven_before(article, quote), quote.outer.end
            tail = _woven_after(article, quote, attribution)
            if tail is not None:
                start, end = start if start is not None else quote.outer.start, tail
        else:
            start = _woven_after_cue(article, attribution, quote, findings.lexicon)
            end = max(quote.outer.end, attribution.content.end if attribution.content else 0)
        if start is not None:
            findings.woven[index] = Span(start, end)


def _woven_before(article: Article, quote: Quote) -> int | None:
    """Where the writer's words leading into a quotation begin, when they run into its mark."""
    text = article.text
    sentence = sentence_at(article, quote.outer.start)
    clause_start = max(sentence.start, text.rfind(":", sentence.start, quote.outer.start) + 1,
                       text.rfind(";", sentence.start, quote.outer.start) + 1)
    lead = text[clause_start:quote.outer.start]
    if not re.search(r"\w", lead) or lead.rstrip()[-1] in ",:;—–-(":
        return None
    return clause_start + len(lead) - len(lead.lstrip())


def _woven_after(article: Article, quote: Quote, incise: Attribution) -> int | None:
    """"“You squeezed employees” to drive up the stock, she said": where the writer's words end.

    Words of the writer's between the closing mark and the incise make the sentence reported
    speech that quotes some of its words.
    """
    content = incise.content
    if content is None or not content.start <= quote.outer.start < quote.outer.end < content.end:
        return None
    # the incise's own words (« , a poursuivi », "” he said") stand after the last comma
    lead_to_cue = article.text[quote.outer.end:incise.cue.start]
    comma = lead_to_cue.rfind(",")
    return content.end if comma > 0 and re.search(r"\w", lead_to_cue[:comma]) else None


def _woven_after_cue(article: Article, attribution: Attribution, quote: Quote,
                     lexicon: Lexicon) -> int | None:
    """Where a reported statement begins when the cue's clause runs into a quotation."""
    text = article.text
    between = text[attribution.cue.end:quote.outer.start]
    introduced = lexicon.complementizer_word.search(between)
    if between.rstrip()[-1:] in (":", ",") and not introduced:
        return None
    if not between.strip() and _whole_sentences(text, quote):
        return None  # "Trump declared “I think NATO is obsolete.”": the colon left out
    if attribution.content is not None and attribution.content.start < quote.outer.start:
        return attribution.content.start
    start = attribution.cue.end + (introduced.end() if introduced else 0)
    while text[start] in " ,\u00a0":
        start += 1
    return start


QUOTE_ENDS_SENTENCE = re.compile(r"[ \t\u00a0]*(?:[.!?…][ \t\u00a0]*)?(?:\n|$|[A-ZÀ-Ý«“\"])")


def _whole_sentences(text: str, quote: Quote) -> bool:
    """Whether a quotation holds whole sentences: a capital first, nothing of the writer's after."""
    inside = text[quote.content.start:quote.content.end].lstrip()
    return inside[:1].isupper() and bool(QUOTE_ENDS_SENTENCE.match(text, quote.outer.end))

