"""Who gets quoted across many articles: totals per outlet, per source type and gender, the
most-quoted sources, and every claim with its source."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from reader.model import Analysis
from reader.report.article import ArticleSources, CreditedShares, SourceSummary
from reader.report.names import proper_name

NO_OUTLET = "(no outlet)"
GENDERS = ("female", "male", "unknown")


@dataclass
class Totals(CreditedShares):
    """Counts that add up over articles: of one outlet, or of them all."""

    articles: int = 0
    words: int = 0
    claims: int = 0
    attributed_words: int = 0
    anonymous_words: int = 0
    sources: int = 0
    people: Counter = field(default_factory=Counter)  # person sources by gender

    def add(self, analysis: Analysis, summary: ArticleSources) -> None:
        """Count one more article."""
        self.articles += 1
        self.words += summary.words
        self.claims += len(analysis.claims)
        self.attributed_words += summary.attributed_words
        self.anonymous_words += summary.anonymous_words
        self.sources += len(summary.sources)
        self.people.update(s.gender for s in summary.sources if s.type == "person")


@dataclass
class QuotedSource:
    """One source across articles, known by its name."""

    name: str
    types: Counter = field(default_factory=Counter)
    genders: Counter = field(default_factory=Counter)
    articles: int = 0
    claims: int = 0
    words: int = 0

    @property
    def type(self) -> str:
        """The type most articles give the source."""
        return self.types.most_common(1)[0][0]

    @property
    def gender(self) -> str:
        """The gender at least three in four of the articles that tell one agree on, or unknown
        (an article may lend a name another person's title or pronoun)."""
        known = Counter({g: n for g, n in self.genders.items() if g != "unknown"})
        gender, count = known.most_common(1)[0] if known else ("unknown", 0)
        return gender if count >= 0.75 * sum(known.values()) else "unknown"

    def add(self, source: SourceSummary) -> None:
        """Count the source of one more article."""
        self.types[source.type] += 1
        self.genders[source.gender] += 1
        self.articles += 1
        self.claims += source.claims
        self.words += source.words

    def absorb(self, other: QuotedSource) -> None:
        """Take in the counts of the same source under a shorter name."""
        self.types.update(other.types)
        self.genders.update(other.genders)
        for count in ("articles", "claims", "words"):
            setattr(self, count, getattr(self, count) + getattr(other, count))


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
    """Everything the report tells, gathered one article at a time; the rows of each source and
    claim only when kept (an archive's claims need not all sit in memory for its totals)."""

    totals: Totals = field(default_factory=Totals)
    outlets: dict[str, Totals] = field(default_factory=dict)
    by_type_gender: Counter = field(default_factory=Counter)  # (type, gender) -> sources
    claims_by_type_gender: Counter = field(default_factory=Counter)
    words_by_type_gender: Counter = field(default_factory=Counter)
    quoted: dict[str, QuotedSource] = field(default_factory=dict)  # by proper name, lower case
    sources: list[SourceRow] = field(default_factory=list)
    claims: list[ClaimRow] = field(default_factory=list)
    keep_rows: bool = True

    def add(self, analysis: Analysis) -> None:
        """Take one article into the report."""
        summary = analysis.sources_summary()
        outlet = outlet_of(analysis)
        self.totals.add(analysis, summary)
        self.outlets.setdefault(outlet, Totals()).add(analysis, summary)
        for source in summary.sources:
            self._add_source(analysis.file, outlet, source)
        if self.keep_rows:
            self._add_claims(analysis, outlet, summary)

    def _add_source(self, file: str, outlet: str, source: SourceSummary) -> None:
        """Count one article's source in the cross tables and among the most quoted."""
        key = (source.type, source.gender)
        self.by_type_gender[key] += 1
        self.claims_by_type_gender[key] += source.claims
        self.words_by_type_gender[key] += source.words
        name = proper_name(source.name, source.type)
        self.quoted.setdefault(name.lower(), QuotedSource(name)).add(source)
        if self.keep_rows:
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
        """The sources with the most claims across articles, then the most words; a surname
        alone counted with the one full name of the corpus that ends with it ("Lopez", "Maria Lopez")."""
        merged = {key: QuotedSource(q.name, Counter(q.types), Counter(q.genders), q.articles,
                                    q.claims, q.words) for key, q in self.quoted.items()}
        for key in [k for k in merged if " " not in k and merged[k].type == "person"]:
            full = [k for k in merged if k.endswith(" " + key) and merged[k].type == "person"]
            if len(full) == 1:
                merged[full[0]].absorb(merged.pop(key))
        ranked = sorted(merged.values(), key=lambda q: (-q.claims, -q.words, q.name))
        return ranked[:limit]


def outlet_of(analysis: Analysis) -> str:
    """The outlet the article's metadata names, if any."""
    return analysis.metadata.get("outlet") or NO_OUTLET


def build_report(analyses, keep_rows: bool = True) -> CorpusReport:
    """The report of some analyses, read one at a time."""
    report = CorpusReport(keep_rows=keep_rows)
    for analysis in analyses:
        report.add(analysis)
    return report
