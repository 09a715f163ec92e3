"""Splitting paragraphs into sentences without breaking inside quotations."""

from __future__ import annotations

import re

from reader.analysis.lexicon import words_of_every_language
from reader.analysis.quotes import OPENING_MARKS
from reader.model import Span

SPACE = "[ \u00a0\u202f\t]"
# A full stop, question or exclamation mark, the closing marks after it (« appel. » with French
# spacing, « where guillemets stand reversed), then the next sentence, which may open with » (where
# guillemets stand reversed), with '' or ``, or with a quotation opening on an ellipsis or a
# bracket: « … Nous », « [Nous] ».
BOUNDARY = re.compile(rf"[.!?…]+(?:{SPACE}*(?:[«»”\"’')\]]|''))*{SPACE}+"
                      r"(?=(?:[«»“\"„‘'(\[—–-]|''|``)?\s*(?:…|\.\.\.|\[)?\s*[A-ZÀ-ÖØ-Þ0-9])")
GAP = re.compile(f"{SPACE}+")

# "G.K. Butterfield", "J. Smith": initials, not the end of a sentence.
INITIALS = re.compile(r"(?:[^\W\d_]\.)*[^\W\d_]")


def split_sentences(text: str, paragraph: Span, inside_quote: bytearray) -> list[Span]:
    """The sentences of one paragraph, each trimmed, never cut inside quotation marks."""
    sentences, start = [], paragraph.start
    for match in BOUNDARY.finditer(text, paragraph.start, paragraph.end):
        gap = _last_gap_outside_quotes(text, match, inside_quote)
        if gap is None or _after_abbreviation(text, match.start(), text[match.end():match.end() + 1]):
            continue
        sentences.append(Span(start, gap.start()))
        start = gap.end()
    sentences.append(Span(start, paragraph.end))
    return [span for span in (trim(text, s) for s in sentences) if span.end > span.start]


def _last_gap_outside_quotes(text: str, boundary: re.Match, inside_quote: bytearray) -> re.Match | None:
    """Where to cut at a boundary: its last space outside quotation marks, after « appel. » when
    it closes a quotation, before » when » opens one (a cut inside a quotation is refused)."""
    gaps = [gap for gap in GAP.finditer(text, boundary.start(), boundary.end()) if not inside_quote[gap.start()]]
    return gaps[-1] if gaps else None


def _after_abbreviation(text: str, dot: int, following: str) -> bool:
    """Whether the full stop ends an abbreviation or an initial rather than a sentence.

    A quotation opening after a single letter starts a sentence: 'wrote on X. “Today …”'.
    """
    if text[dot] != ".":
        return False
    word = re.search(r"([\w.]+)\Z", text[max(0, dot - 12):dot])
    if not word:
        return False
    token = word.group(1).lower()
    if len(token) == 1 and following in OPENING_MARKS:
        return False
    # sentences are split before the language is known: the abbreviations of every language
    return token in words_of_every_language("abbreviations") or bool(INITIALS.fullmatch(token))


def sentence_of(sentences: list[Span], offset: int) -> Span | None:
    """The sentence holding an offset."""
    for sentence in sentences:
        if sentence.start <= offset < sentence.end:
            return sentence
    return None


def trim(text: str, span: Span) -> Span:
    """The span without the spaces at its ends."""
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def words_end(text: str, start: int, end: int) -> int:
    """Where a span's words end, before its final stop and the spaces around it."""
    while end > start and text[end - 1] in " .!?\n\u00a0":
        end -= 1
    return end


# "WASHINGTON (AP) — ", « Paris (AFP) - »: where and from whom, before the first sentence.
TITLE_CASE_PLACE_WORDS = 2
DATELINE = re.compile(r"[A-ZÀ-Ý][\w.' -]{1,30}?(?:,[\w. ]{1,20})?\s*(?:\([\w .-]{1,20}\))?\s*[—–―-]\s+")


def without_dateline(text: str, sentence: Span) -> Span:
    """A paragraph's first sentence without the dateline in front of it."""
    match = DATELINE.match(text, sentence.start, sentence.end)
    if match is None:
        return sentence
    place = match.group(0).split("(")[0].strip(" —–―-")
    # « Berne - Le Conseil fédéral … »: a place in title case too, when a capital opens what follows
    title_case = len(place.split()) <= TITLE_CASE_PLACE_WORDS and place.istitle() \
        and match.end() < sentence.end and text[match.end()].isupper()
    if not (place.isupper() or "(" in match.group(0) or title_case):
        return sentence
    return Span(match.end(), sentence.end)
