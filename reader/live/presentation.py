"""What the window shows about an analysis, computed without any widget: filters, groups, counts."""

from __future__ import annotations

import os
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from dataclasses import dataclass, field, replace
from functools import lru_cache
from operator import attrgetter

from reader.analysis.engine import RULES
from reader.i18n import N_, _, current_language, long_date, ngettext, number, percent
from reader.kinds import label
from reader.model import KINDS, Analysis, Claim

LANGUAGE_NAMES = {"fr": N_("French"), "en": N_("English")}
# One wording for a claim credited to nobody, whether the article asserts it or a source is missing.
NO_SOURCE = N_("No source given")  # translated where shown
PENDING_SOURCE = N_("source still being analysed…")  # a claim of the rules' first guess
PREVIEW_CHARS = 90
# The longest stretch of a paragraph the window lays out as one; longer ones are shown broken.
LONGEST_SHOWN_PARAGRAPH = 4_000
TITLE_CHARS = 200  # a longer "title" is a file's whole text; laid out whole it stalls the window
DEBUG_VARIABLE = "CLAIM_READER_DEBUG"  # set to 1, tooltips name the rule that found each claim
BEYOND_BMP = re.compile("[\U00010000-\U0010FFFF]")
# What str.split() splits on: every character Unicode calls a space.
# Apostrophes and quotes a search typed with the keyboard's ' should find.
APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'"})
WHITESPACE = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005" \
             "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"


@dataclass
class ClaimFilter:
    """Which kinds are shown, and the words a claim or its source must contain."""

    kinds: set[str] = field(default_factory=lambda: set(KINDS))
    query: str = ""
    mark: str = ""  # "" for any claim, "marked", "unmarked", or one of the marks' states
    marks: dict[int, str] = field(default_factory=dict)  # the state of each marked claim, by id

    @property
    def shows_all(self) -> bool:
        """Whether every claim passes: every kind shown, no search words, no mark asked for."""
        return set(KINDS) <= self.kinds and not self.query.split() and not self.mark

    def shows_kind(self, kind: str) -> bool:
        """Whether claims of this kind are shown at all."""
        return kind in self.kinds

    def shows_in_text(self, claim: Claim) -> bool:
        """Whether the text colours a claim: its kind and its mark pass; search words only list."""
        return self.shows_kind(claim.kind) and self.matches_mark(claim)

    def shown_in_text(self, claims: list[Claim]) -> list[Claim]:
        """The claims the text colours, in their order; all of them, at once, when all kinds are."""
        if set(KINDS) <= self.kinds and not self.mark:
            return list(claims)  # a book's 30,000 claims are not asked one by one
        return [claim for claim in claims if self.shows_in_text(claim)]

    def matches(self, claim: Claim) -> bool:
        """Whether a claim passes both the kind filter and the search words."""
        if claim.kind not in self.kinds or not self.matches_mark(claim):
            return False
        words = search_form(self.query).split()
        if not words:
            return True
        haystack = search_form(" ".join([claim.text, source_words(claim),
                                         claim.cue.text if claim.cue else ""]))
        return all(word in haystack for word in words)

    def matches_mark(self, claim: Claim) -> bool:
        """Whether a claim's mark, or its lack of one, is what the filter asks for."""
        state = self.marks.get(claim.id)
        if self.mark == "marked":
            return state is not None
        if self.mark == "unmarked":
            return state is None
        return not self.mark or state == self.mark


# A search reads every claim again at each key typed: a book's 30,000 took half a second a key.
@lru_cache(maxsize=100_000)
def search_form(text: str) -> str:
    """Text as searches compare it: no case, no accents, one kind of apostrophe.

    "regiment" finds « régiment » and "l'un d'eux" finds « l’un d’eux », as a reader types them.
    """
    decomposed = unicodedata.normalize("NFKD", text.translate(APOSTROPHES).casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def source_words(claim: Claim) -> str:
    """The source as written and what it resolves to, for searching."""
    if claim.source is None:
        return ""
    return f"{claim.source.text} {claim.source.resolved or ''}"


def source_line(claim: Claim) -> str:
    """The source as the panel shows it: « l'un d'eux → les membres du régiment »."""
    source = claim.source
    if source is None:
        return _(NO_SOURCE)
    if source.resolved and source.resolved.casefold() != source.text.casefold():
        return f"{source.text} → {source.resolved}"
    return source.text


def byline(metadata: dict) -> str:
    """The line under the title, from what is known: "Published 2023-03-14 · Marie Dupont · Le Monde".

    The loaders give only dates the file states as the publication date.
    """
    date = metadata.get("date")
    if date:  # a day, or only a month or a year
        published = _("Published {date}") if date.count("-") == 2 else _("Published in {date}")
        date = published.format(date=long_date(date))
    return " · ".join(part for part in (date, metadata.get("author"), metadata.get("outlet")) if part)


def shown_title(metadata: dict) -> str:
    """The file's title, cut at a word if it is too long to be one; empty if it has none."""
    title = metadata.get("title")
    return preview(title, TITLE_CHARS) if title else ""


def preview(text: str, limit: int = PREVIEW_CHARS) -> str:
    """The start of a claim's text on one line, cut at a word."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat.rfind(" ", 0, limit)
    return flat[:cut if cut > limit // 2 else limit].rstrip(",;: ") + "…"


def tooltip_lines(claim: Claim) -> list[str]:
    """What hovering a claim tells: kind, source and its referent, cue, hedging (and rule, debugging)."""
    lines = [label(claim.kind, current_language())]
    if claim.source is not None:
        lines.append(_("Source: {source}").format(source=claim.source.text))
        if claim.source.resolved and claim.source.resolved != claim.source.text:
            lines.append(_("Refers to: {name}").format(name=claim.source.resolved))
    elif claim.kind != "unattributed":
        lines.append(_("Source: not found"))
    if claim.cue is not None:
        lines.append(_("Cue: {cue}").format(cue=claim.cue.text))
    lines.append(_("Hedged: yes") if claim.hedged else _("Hedged: no"))
    if claim.rule and debugging():
        lines.append(_("Rule: {rule}").format(rule=claim.rule))
    return lines


def debugging() -> bool:
    """Whether the reader asked to see the engine's workings, with CLAIM_READER_DEBUG=1."""
    return os.environ.get(DEBUG_VARIABLE, "0") not in ("", "0")


@dataclass
class SourceGroup:
    """The claims credited to one source, pronouns and aliases merged into it."""

    name: str
    claims: list[Claim]


def group_by_source(claims: list[Claim]) -> list[SourceGroup]:
    """Claims grouped by the entity they are credited to, biggest group first."""
    groups: OrderedDict[object, list[Claim]] = OrderedDict()
    for claim in claims:
        groups.setdefault(_source_key(claim), []).append(claim)
    result = [SourceGroup(_group_name(members), members) for key, members in groups.items()
              if key is not None]
    result.sort(key=lambda group: -len(group.claims))  # stable: ties keep reading order
    if None in groups:
        result.append(SourceGroup(NO_SOURCE, groups[None]))
    return result


def _source_key(claim: Claim):
    """What makes two claims share a source: the entity number, else the name it resolves to."""
    if claim.source is None:
        return None
    if claim.source.entity is not None:
        return ("entity", claim.source.entity)
    return ("name", " ".join(claim.source.name.casefold().split()))


def _group_name(claims: list[Claim]) -> str:
    """A group's heading: the first resolved name, else the first mention as written."""
    for claim in claims:
        if claim.source.resolved:
            return claim.source.resolved
    return claims[0].source.text


@dataclass
class Summary:
    """Counts per kind, the attributed share of the text, language and pipeline."""

    counts: dict[str, int]
    attributed_share: float
    language: str
    pipeline: str

    def describe(self) -> str:
        """The summary in two lines for the panel, in the reader's words."""
        language = _(LANGUAGE_NAMES[self.language]) if self.language in LANGUAGE_NAMES else self.language
        return _("{counts}\n{share} of the text credited to a source · {language}").format(
            counts=self._counts(), share=percent(self.attributed_share), language=language)

    def describe_preliminary(self) -> str:
        """The summary of the rules' first guess, which the full analysis will replace."""
        return _("{counts} so far\nStill analysing: sources and kinds may change.").format(
            counts=self._counts())

    def explain(self) -> str:
        """What the summary's figures mean and what found them, for its tooltip."""
        found_by = (_("word rules only (no language model is installed for this language)")
                    if self.pipeline == RULES
                    else _("the language model {pipeline} and word rules").format(pipeline=self.pipeline))
        return _("{counts}\nCredited to a source: the share of the article's words inside direct "
                 "quotes or reported speech.\nFound by {found_by}.").format(counts=self._counts(),
                                                                            found_by=found_by)

    def _counts(self) -> str:
        """The number of claims of each kind."""
        counts = self.counts
        words = {"direct": ngettext("{count} direct", "{count} direct", counts["direct"]),
                 "reported": ngettext("{count} reported", "{count} reported", counts["reported"]),
                 "unattributed": ngettext("{count} unattributed", "{count} unattributed",
                                          counts["unattributed"])}
        return " · ".join(words[kind].format(count=number(counts[kind])) for kind in KINDS)


def summarize(analysis: Analysis) -> Summary:
    """The summary of an analysis."""
    found = analysis.kind_counts()
    counts = {kind: found[kind] for kind in KINDS}
    attributed = [c for c in analysis.claims if c.kind != "unattributed"]
    letters = _letters(analysis.text)
    share = _covered_letters(analysis.text, attributed) / letters if letters else 0.0
    return Summary(counts, share, analysis.language, analysis.pipeline)


def _covered_letters(text: str, claims: list[Claim]) -> int:
    """Non-space characters inside the union of the claims' spans (claims may nest)."""
    covered, reach = [], 0
    for claim in sorted(claims, key=attrgetter("start")):
        start = max(claim.start, reach)
        if claim.end > start:
            covered.append(text[start:claim.end])
            reach = claim.end
    return _letters("".join(covered))


def _letters(text: str) -> int:
    """The non-space characters of a text (counted in C: a long text has a million)."""
    return len(text) - sum(map(text.count, WHITESPACE))


class OffsetMap:
    """Python string offsets to Qt document positions, which count UTF-16 code units.

    Two things take a unit of the document that no offset of the text has: the second unit of a
    character beyond the Basic Multilingual Plane, and a paragraph break shown inside a very long
    paragraph (see display_breaks), which the text itself does not have.
    """

    def __init__(self, text: str, base: int = 0):
        self.base = base
        # Only characters beyond the Basic Multilingual Plane take two units; most texts have none.
        self._wide = [match.start() for match in BEYOND_BMP.finditer(text)]
        self.breaks = display_breaks(text)
        # The extra units in document order, a break before a wide character at the same offset;
        # the j-th of them, at offset o, is passed by every position beyond unit o + j.
        extras = sorted([(offset, 0) for offset in self.breaks] + [(offset, 1) for offset in self._wide])
        self._passed_at = [offset + j for j, (offset, _kind) in enumerate(extras)]

    def to_qt(self, offset: int) -> int:
        """The document position of a text offset (after a break shown before its character)."""
        return self.base + offset + bisect_left(self._wide, offset) + bisect_right(self.breaks, offset)

    def end_to_qt(self, offset: int) -> int:
        """The document position where a stretch ending at an offset ends: before a break there."""
        return self.base + offset + bisect_left(self._wide, offset) + bisect_left(self.breaks, offset)

    def from_qt(self, position: int) -> int:
        """The text offset of a document position (the character it falls in)."""
        units = position - self.base
        return units - bisect_left(self._passed_at, units)

    def breaks_between(self, start: int, end: int) -> list[int]:
        """The offsets in [start, end) before which a break is shown."""
        return self.breaks[bisect_left(self.breaks, start):bisect_left(self.breaks, end)]


def display_breaks(text: str, longest: int = LONGEST_SHOWN_PARAGRAPH) -> list[int]:
    """Offsets where the window breaks a paragraph longer than `longest` characters.

    The page lays a paragraph out again whole each time a piece of it is written: a paragraph
    of a million characters would take minutes to draw. Each break comes after a space in the
    second half of its stretch, failing that at its end.
    """
    breaks, start = [], 0
    for line in text.split("\n"):
        at, end = start, start + len(line)
        while end - at > longest:
            space = text.rfind(" ", at + longest // 2, at + longest)
            at = space + 1 if space >= 0 else at + longest
            breaks.append(at)
        start = end + 1
    return breaks


def completed_by_rules(partial: Analysis, parsed_end: int, rules: Analysis) -> Analysis:
    """The parsed top's claims, then what the rules found below it, numbered in reading order."""
    below = [claim for claim in rules.claims if claim.start >= parsed_end]
    claims = [replace(claim, id=number) for number, claim in enumerate(partial.claims + below, 1)]
    return replace(partial, claims=claims)
