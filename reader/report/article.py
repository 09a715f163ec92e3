"""The sources of one article: who is quoted, how often, at what length, and who is not named."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from reader.model import Analysis, Claim, Source
from reader.report.gender import courtesy_genders, gender_of

WORD = re.compile(r"\w+")
ATTRIBUTED_KINDS = ("direct", "reported")


@dataclass
class SourceSummary:
    """One distinct source of an article, its aliases merged, and what the article gives it."""

    entity: int
    name: str
    type: str
    gender: str
    gender_evidence: str  # "title", "pronoun", "first name", "conflicting" or ""
    aliases: list[str]
    claims: int
    words: int

    def to_dict(self) -> dict:
        """The source as the JSON's sources section spells it."""
        return {"entity": self.entity, "name": self.name, "type": self.type, "gender": self.gender,
                "gender_evidence": self.gender_evidence, "aliases": list(self.aliases),
                "claims": self.claims, "words": self.words}

    @classmethod
    def from_dict(cls, data: dict) -> SourceSummary:
        """A source from the JSON's sources section."""
        return cls(**{name: data[name] for name in cls.__dataclass_fields__})


class CreditedShares:
    """The shares of words credited, for what counts words, attributed_words and anonymous_words."""

    @property
    def attributed_share(self) -> float:
        """The share of the words that someone is credited for."""
        return self.attributed_words / self.words if self.words else 0.0

    @property
    def anonymous_share(self) -> float:
        """The share of the attributed words that an anonymous source is credited for."""
        return self.anonymous_words / self.attributed_words if self.attributed_words else 0.0


@dataclass
class ArticleSources(CreditedShares):
    """Who an article quotes, and how much of its text it credits to someone."""

    words: int  # in the whole article
    attributed_words: int  # inside a claim credited to a source
    anonymous_words: int  # inside a claim credited to an anonymous source
    sources: list[SourceSummary] = field(default_factory=list)

    def to_dict(self) -> dict:
        """The JSON's sources section; shares rounded so that the same analysis gives the same bytes."""
        return {"words": self.words, "attributed_words": self.attributed_words,
                "attributed_share": round(self.attributed_share, 4),
                "anonymous_words": self.anonymous_words,
                "anonymous_share": round(self.anonymous_share, 4),
                "sources": [source.to_dict() for source in self.sources]}


def summarise_sources(analysis: Analysis) -> ArticleSources:
    """The distinct sources of an analysis, most words first, with the article's shares."""
    credited = [c for c in analysis.claims if c.kind in ATTRIBUTED_KINDS and c.source]
    anonymous = [c for c in credited if c.source.type == "anonymous"]
    titled = courtesy_genders(analysis.text)
    sources = [_summary(entity, claims, analysis.text, titled)
               for entity, claims in _claims_by_entity(credited).items()]
    sources.sort(key=lambda s: (-s.words, -s.claims, s.entity))
    return ArticleSources(words=len(WORD.findall(analysis.text)),
                          attributed_words=_words_covered(analysis.text, credited),
                          anonymous_words=_words_covered(analysis.text, anonymous),
                          sources=sources)


def _claims_by_entity(claims: list[Claim]) -> dict[int, list[Claim]]:
    """The claims of each entity, in order of the entity's first claim."""
    by_entity: dict[int, list[Claim]] = {}
    names: dict[str, int] = {}  # sources the engine gave no entity are merged by name
    for claim in claims:
        entity = claim.source.entity
        if entity is None:
            entity = names.setdefault(claim.source.name.lower(), -1 - len(names))
        by_entity.setdefault(entity, []).append(claim)
    return by_entity


def _summary(entity: int, claims: list[Claim], text: str, titled: dict) -> SourceSummary:
    """One entity's summary from the claims credited to it."""
    sources = [claim.source for claim in claims]
    names = _aliases(sources)
    kind = Counter(source.type for source in sources).most_common(1)[0][0]
    gender, evidence = gender_of(names, sources, titled) if kind == "person" else ("unknown", "")
    return SourceSummary(entity=entity, name=max(names, key=len), type=kind, gender=gender,
                         gender_evidence=evidence, aliases=names, claims=len(claims),
                         words=_words_covered(text, claims))


def _aliases(sources: list[Source]) -> list[str]:
    """The distinct names a source goes by, in order of first use."""
    return list(dict.fromkeys(source.name for source in sources))


def _words_covered(text: str, claims: list[Claim]) -> int:
    """The words inside the claims' spans, each counted once where claims overlap."""
    covered = []
    for claim in sorted(claims, key=lambda c: c.start):
        if covered and claim.start <= covered[-1][1]:
            covered[-1][1] = max(covered[-1][1], claim.end)
        else:
            covered.append([claim.start, claim.end])
    return sum(len(WORD.findall(text, start, end)) for start, end in covered)
