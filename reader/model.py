"""The analysis result: claims, their sources and cues, as plain data."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

SCHEMA = "claim-reader/1"
KINDS = ("direct", "reported", "unattributed")
SOURCE_TYPES = ("person", "organisation", "media", "document", "anonymous", "unknown")


@dataclass(frozen=True)
class Span:
    """A stretch of the analysed text, end exclusive."""

    start: int
    end: int

    def contains(self, other: Span) -> bool:
        """Whether other lies inside this span."""
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        """Whether the two spans share at least one character."""
        return self.start < other.end and other.start < self.end


@dataclass
class Source:
    """Who a claim is credited to: the words as written and what they refer to."""

    text: str
    start: int | None
    end: int | None
    resolved: str | None = None
    type: str = "unknown"
    entity: int | None = None

    @property
    def name(self) -> str:
        """The name to show: what the mention refers to, or the mention itself."""
        return self.resolved or self.text

    def to_dict(self) -> dict:
        """The source as the JSON contract spells it."""
        return {"text": self.text, "start": self.start, "end": self.end,
                "resolved": self.resolved, "type": self.type, "entity": self.entity}

    @classmethod
    def from_dict(cls, data: dict) -> Source:
        """A source from its JSON contract spelling."""
        return cls(data["text"], data["start"], data["end"], data["resolved"], data["type"],
                   data["entity"])


@dataclass
class Cue:
    """The words that mark a claim as someone's: a verb, « selon », "according to"."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict:
        """The cue as the JSON contract spells it."""
        return {"text": self.text, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, data: dict) -> Cue:
        """A cue from its JSON contract spelling."""
        return cls(data["text"], data["start"], data["end"])


@dataclass
class Claim:
    """One direct quote, reported statement or unattributed assertion."""

    kind: str
    start: int
    end: int
    text: str
    source: Source | None = None
    cue: Cue | None = None
    hedged: bool = False
    id: int = 0
    rule: str = ""  # the name of the engine's rule that found it: where to look when it is wrong

    @property
    def span(self) -> Span:
        """Where the claim's content lies in the text."""
        return Span(self.start, self.end)

    def to_dict(self) -> dict:
        """The claim as the JSON contract spells it."""
        return {"id": self.id, "kind": self.kind, "start": self.start, "end": self.end,
                "text": self.text,
                "source": self.source.to_dict() if self.source else None,
                "cue": self.cue.to_dict() if self.cue else None,
                "hedged": self.hedged, "rule": self.rule}

    @classmethod
    def from_dict(cls, data: dict) -> Claim:
        """A claim from its JSON contract spelling."""
        if data["kind"] not in KINDS:
            raise ValueError(f"unknown claim kind {data['kind']!r}")
        return cls(data["kind"], data["start"], data["end"], data["text"],
                   Source.from_dict(data["source"]) if data["source"] else None,
                   Cue.from_dict(data["cue"]) if data["cue"] else None,
                   bool(data["hedged"]), data["id"], data.get("rule", ""))


@dataclass
class Analysis:
    """Everything the engine found in one article."""

    file: str
    language: str
    pipeline: str
    metadata: dict
    text: str
    claims: list[Claim] = field(default_factory=list)

    def to_dict(self) -> dict:
        """The analysis as the claim-reader/1 JSON contract."""
        return {"schema": SCHEMA, "file": _unicode_name(self.file), "language": self.language,
                "pipeline": self.pipeline, "metadata": dict(self.metadata), "text": self.text,
                "claims": [claim.to_dict() for claim in self.claims],
                "sources": self.sources_summary().to_dict()}

    def sources_summary(self):
        """Who the article quotes, and how much of it is credited: see reader/report."""
        from reader.report import summarise_sources  # the report builds on this module

        return summarise_sources(self)

    def kind_counts(self) -> Counter[str]:
        """How many claims there are of each kind, in one pass over a book's thousands."""
        return Counter(claim.kind for claim in self.claims)

    def claims_of_kind(self, kind: str) -> list[Claim]:
        """The claims of one kind, in reading order."""
        return [claim for claim in self.claims if claim.kind == kind]

    def claim_at(self, offset: int) -> Claim | None:
        """The innermost claim covering a text offset, if any."""
        covering = [c for c in self.claims if c.start <= offset < c.end]
        return min(covering, key=lambda c: c.end - c.start, default=None)


def _unicode_name(path: str) -> str:
    """A file name as Unicode text: bytes that were not UTF-8 (kept by Python as lone
    surrogates, which no UTF-8 writer accepts) become U+FFFD."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
