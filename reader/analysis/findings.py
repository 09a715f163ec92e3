"""What the passes find in an article, one field per pass, each filled by its pass alone (the
learned cues pass adds to the cues)."""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.analysis.hedging import HedgeFinder
from reader.analysis.lexicon import Lexicon
from reader.analysis.quotes import Quote
from reader.analysis.sources import Discourse
from reader.analysis.spans import SpanIndex
from reader.model import Claim, Span

# The fewest words a reported statement or a transcript's turn holds.
MIN_CONTENT_WORDS = 2


@dataclass
class Attribution:
    """One reporting cue found in the text, with its source and content where it has them."""

    cue: Span
    source: Span | None
    source_labels: set  # named-entity labels inside the source, filled in by the cues pass
    content: Span | None
    incise: bool  # the cue follows its content: « …, clame l'un d'eux »
    sentence: Span
    participle: bool = False  # "…, arguing that …", « …, soulignant que … »
    refers_back: bool = False  # « C'est ce qu'a annoncé X »: the sentence before is the content
    rule: str = "cue verb"  # the rule that found it, which its claim carries


@dataclass(frozen=True)
class QuoteCue:
    """The cue of a statement quotation: one of the cues found (by its index), or an incise
    inside the quotation's marks, found for it alone (index None)."""

    attribution: Attribution
    index: int | None
    carried: bool = False  # the cue of another part of the same quotation, across a subhead


@dataclass
class Findings:
    """The record the passes read and add to, in the order they run."""

    lexicon: Lexicon
    # every reporting cue, the rules' and the learned ones, in reading order
    cues: list[Attribution] = field(default_factory=list)
    discourse: Discourse | None = None  # who the article names, for pronouns and titles
    hedges: HedgeFinder | None = None
    turns: list[Claim] = field(default_factory=list)  # interview transcripts' turns
    speech: list[int] = field(default_factory=list)  # indices of the cues outside transcripts
    statements: list[Quote] = field(default_factory=list)  # the quotations that are claims
    quote_cues: list[QuoteCue | None] = field(default_factory=list)  # one per statement
    incise_cues: set[int] = field(default_factory=set)  # cues that are a quotation's incise
    statement_spans: SpanIndex[Quote] = field(default_factory=lambda: SpanIndex([]))
    woven: dict[int, Span] = field(default_factory=dict)  # statement index -> its writer's sentence
    attributed: list[Claim] = field(default_factory=list)  # direct quotes and reported speech
    unattributed: list[Claim] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)  # all of them, in reading order, numbered

    def claims_so_far(self) -> list[Claim]:
        """The claims numbered, or before the numbering pass those found so far, unnumbered."""
        if self.claims:
            return self.claims
        return sorted(self.turns + self.attributed + self.unattributed, key=lambda c: (c.start, -c.end))

    def speech_cues(self) -> list[Attribution]:
        """The cues outside transcripts, in reading order."""
        return [self.cues[index] for index in self.speech]
