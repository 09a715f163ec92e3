"""Who gets quoted across many articles: totals per outlet, per source type and gender, the
most-quoted sources, and every claim with its source."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from reader.model import Analysis
from reader.report.article import ArticleSources, SourceSummary

NO_OUTLET = "(no outlet)"
GENDERS = ("female", "male", "unknown")


@dataclass
class Totals:
    """Counts that add up over articles: of one outlet, or of them all."""

    articles: int = 0
    words: int = 0
    claims: int = 0
    attributed_words: int = 0
    anonymous_words: int = 0
    sources: Counter = field(default_factory=Counter)  # person sources by gender

    def add(self, analysis: Analysis, summary: ArticleSources) -> None:
        """Count one more article."""
        self.articles += 1
        self.words += summary.words
        self.claims += len(analysis.claims)
        self.attributed_words += summary.attributed_words
        self.anonymous_words += summary.anonymous_words
        self.sources.update(s.gender for s in summary.sources if s.type == "person")

    @property
    def attributed_share(self) -> float:
        """The share of all words credited to a source."""
        return self.attributed_words / self.words if self.words else 0.0

    @property
    def anonymous_share(self) -> float:
        """The share of credited words credited to anonymous sources."""
        return self.anonymous_words / self.attributed_words if self.attributed_words else 0.0


@dataclass
class QuotedSource:
    """One source across articles, known by its name and type."""

    name: str
    type: str
    genders: Counter = field(default_factory=Counter)
    articles: int = 0
    claims: int = 0
    words: int = 0

    @property
    def gender(self) -> str:
        """The gender the articles agree on, or unknown."""
        known = set(self.genders) - {"unknown"}
        return known.pop() if len(known) == 1 else "unknown"


@dataclass
class ClaimRow:
    """One claim of the corpus with its article and its source as the summary sees it."""

    file: str
    outlet: str
    id: int
    kind: str
    text: str
    source: str
    source_type: str
    gender: str
    cue: str
    hedged: bool


@dataclass
class SourceRow:
    """One source of one article."""

    file: str
    outlet: str
    source: SourceSummary


@dataclass
class CorpusReport:
    """Everything the report tells, gathered one article at a time."""

    totals: Totals = field(default_factory=Totals)
    outlets: dict[str, Totals] = field(default_factory=dict)
    by_type_gender: Counter = field(default_factory=Counter)  # (type, gender) -> sources
    claims_by_type_gender: Counter = field(default_factory=Counter)
    words_by_type_gender: Counter = field(default_factory=Counter)
    quoted: dict[tuple[str, str], QuotedSource] = field(default_factory=dict)
    sources: list[SourceRow] = field(default_factory=list)
    claims: list[ClaimRow] = field(default_factory=list)

    def add(self, analysis: Analysis) -> None:
        """Take one article into the report."""
        summary = analysis.sources_summary()
        outlet = outlet_of(analysis)
        self.totals.add(analysis, summary)
        self.outlets.setdefault(outlet, Totals()).add(analysis, summary)
        for source in summary.sources:
            self._add_source(analysis.file, outlet, source)
        self._add_claims(analysis, outlet, summary)

    def _add_source(self, file: str, outlet: str, source: SourceSummary) -> None:
        """Count one article's source in the cross tables and among the most quoted."""
        key = (source.type, source.gender)
        self.by_type_gender[key] += 1
        self.claims_by_type_gender[key] += source.claims
        self.words_by_type_gender[key] += source.words
        quoted = self.quoted.setdefault((" ".join(source.name.lower().split()), source.type),
                                        QuotedSource(source.name, source.type))
        quoted.genders[source.gender] += 1
        quoted.articles += 1
        quoted.claims += source.claims
        quoted.words += source.words
        self.sources.append(SourceRow(file, outlet, source))

    def _add_claims(self, analysis: Analysis, outlet: str, summary: ArticleSources) -> None:
        """Add the article's claims, each with its source's name, type and gender."""
        by_entity = {s.entity: s for s in summary.sources}
        for claim in analysis.claims:
            source = claim.source
            known = by_entity.get(source.entity) if source else None
            self.claims.append(ClaimRow(
                analysis.file, outlet, claim.id, claim.kind, claim.text,
                known.name if known else (source.name if source else ""),
                known.type if known else (source.type if source else ""),
                known.gender if known else "", claim.cue.text if claim.cue else "", claim.hedged))

    def most_quoted(self, limit: int | None = None) -> list[QuotedSource]:
        """The sources with the most claims across articles, then the most words."""
        ranked = sorted(self.quoted.values(), key=lambda q: (-q.claims, -q.words, q.name))
        return ranked[:limit]


def outlet_of(analysis: Analysis) -> str:
    """The outlet the article's metadata names, if any."""
    return analysis.metadata.get("outlet") or NO_OUTLET


def build_report(analyses) -> CorpusReport:
    """The report of some analyses, read one at a time."""
    report = CorpusReport()
    for analysis in analyses:
        report.add(analysis)
    return report
