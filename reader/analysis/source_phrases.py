"""Source phrases: « selon X », « d'après X », "according to X", found without a parse."""

from __future__ import annotations

from reader.analysis.findings import Attribution
from reader.analysis.incises import QUOTATION_MARKS
from reader.analysis.lexicon import Lexicon, hedge_pattern, source_phrase_pattern
from reader.model import Span



def find_phrase_attributions(text: str, sentences: list[Span], inside_quote: bytearray,
                             lexicon: Lexicon) -> list[Attribution]:
    """« selon X », « d'après X », "according to X" in the parse text: phrases needing no parse."""
    pattern = source_phrase_pattern(lexicon.language)
    hedge = hedge_pattern(lexicon.language)
    found = []
    if pattern is None:
        return found
    for sentence in sentences:
        for match in pattern.finditer(text, sentence.start, sentence.end):
            # « selon toute vraisemblance » hedges; it names no one
            if not inside_quote[match.start()] and not (hedge and hedge.match(text, match.start())):
                found.append(_phrase_attribution(text, sentence, match, lexicon))
    return found


def _phrase_attribution(text: str, sentence: Span, match, lexicon: Lexicon) -> Attribution:
    """The source after « selon » up to the next comma, and the clause it covers."""
    source_start = match.end()
    tail = lexicon.source_phrase_tail.search(text, source_start, sentence.end)
    source_end = tail.start() if tail else sentence.end
    while source_end > source_start and text[source_end - 1] in ".!?»”":
        source_end -= 1
    cue = Span(match.start(), match.start() + len(match.group(0).rstrip()))
    source = Span(source_start, source_end) if source_end > source_start else None
    before = text[sentence.start:match.start()]
    at_clause_start = not before.strip() or before.rstrip()[-1] in ";:" \
        or lexicon.clause_conjunction.fullmatch(before)
    after = not at_clause_start and source_end >= _strip_end(text, sentence.start, sentence.end)
    # '“We were never told,” according to a resident': after a quotation, the phrase is its incise
    incise = after and text[sentence.start] in QUOTATION_MARKS
    if at_clause_start:
        start = source_end
        while start < sentence.end and text[start] in " ,\u00a0":
            start += 1
        content = Span(start, _strip_end(text, start, sentence.end))
    elif after:
        content = Span(sentence.start, _strip_end(text, sentence.start, match.start()))
    else:
        content = Span(sentence.start, _strip_end(text, sentence.start, sentence.end))
    return Attribution(cue, source, set(), content, incise, sentence, rule="source phrase")


def _strip_end(text: str, start: int, end: int) -> int:
    """The end of a content without trailing spaces, commas or the final full stop."""
    while end > start and text[end - 1] in " ,;:.\u00a0\n":
        end -= 1
    return end
