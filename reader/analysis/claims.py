"""The claims pass: direct quotes and reported statements in reading order, sources resolved as
they come, so that a pronoun refers to the speakers before it."""

from __future__ import annotations

import re
from dataclasses import replace

from reader.analysis.article import Article
from reader.analysis.crediting import cue_of, source_of
from reader.analysis.direct import direct_claim
from reader.analysis.findings import Attribution, Findings, MIN_CONTENT_WORDS
from reader.analysis.lexicon import Lexicon
from reader.analysis.sources import Discourse, is_anaphor
from reader.analysis.spans import SpanIndex
from reader.model import Claim, Source, Span



def find_attributed_claims(article: Article, findings: Findings) -> None:
    """Direct quotes with their cues, and reported statements, sources resolved in reading order."""
    discourse = findings.discourse.copy()  # the claims' speakers join the antecedents as they come
    # a cue that frames a woven quote reports through it, not through a clause of its own
    framing = {findings.quote_cues[index].index for index in findings.woven} | findings.incise_cues
    events = [(q.outer.start, "quote", index) for index, q in enumerate(findings.statements)]
    events += [(findings.cues[i].cue.start, "report", i) for i in findings.speech if i not in framing]
    claims: list[Claim] = []
    last_speaker: tuple[Source, int] | None = None
    outer_report: Span | None = None  # the last statement whose cue comes before it
    for _, what, index in sorted(events, key=lambda e: e[0]):
        if what == "quote" and index in findings.woven:
            claim = _reported_claim(article, findings, findings.quote_cues[index].attribution,
                                    discourse, findings.woven[index])
        elif what == "quote":
            claim = direct_claim(article, findings, index, discourse, last_speaker)
        else:
            claim = _reported_claim(article, findings, findings.cues[index], discourse)
        if claim is None:
            continue
        claims.append(claim)
        # a report nested in another ("said 62 % of voters think …") is no speaker to carry on
        nested = outer_report is not None and claim.kind == "reported" \
            and outer_report.start <= claim.start < outer_report.end
        if claim.source is not None and not nested and not _pronoun_for_no_one(claim.source,
                                                                                findings.lexicon):
            last_speaker = (claim.source, article.paragraph_index(claim.start))
        if claim.kind == "reported" and claim.cue is not None and claim.cue.end <= claim.start and not nested:
            outer_report = claim.span
    findings.attributed = _interviewee_addressed(_without_nested_reports(claims), findings)


def _interviewee_addressed(claims: list[Claim], findings: Findings) -> list[Claim]:
    """« Vous expliquez que … » in an interview's question: "you" is the interviewee who answers it."""
    questions = [turn for turn in findings.turns if turn.kind == "unattributed"]
    answers = [turn for turn in findings.turns if turn.kind == "direct" and turn.source is not None]
    if not questions or not answers:
        return claims
    interviewee = answers[0].source
    addressed = findings.lexicon.addressee_pronouns
    return [replace(claim, source=replace(claim.source, resolved=interviewee.name, type=interviewee.type))
            if claim.source is not None and claim.source.text.lower() in addressed
            and any(q.start <= claim.start < q.end for q in questions) else claim for claim in claims]


def _reported_claim(article: Article, findings: Findings, attribution: Attribution,
                    discourse: Discourse, content: Span | None = None) -> Claim | None:
    """Reported speech: a cue with a content clause of its own (or a woven quote), not a quote's cue."""
    woven = content is not None
    content = content or attribution.content
    if content is None or attribution.source is None and attribution.incise and not woven:
        return None
    words = re.findall(r"\w+", article.text[content.start:content.end])
    if len(words) < MIN_CONTENT_WORDS or not woven and _mostly_quoted(findings, content):
        return None
    source = source_of(article, attribution, discourse, findings.lexicon)
    text = article.text
    return Claim("reported", content.start, content.end, text[content.start:content.end], source,
                 cue_of(text, attribution.cue), findings.hedges.hedged(content),
                 rule=f"woven quotation with {attribution.rule}" if woven else attribution.rule)


def _mostly_quoted(findings: Findings, span: Span) -> bool:
    """Whether a statement quotation makes up most of a span: then it is a direct quote."""
    length = span.end - span.start
    for quote in findings.statement_spans.overlapping(span):
        overlap = min(span.end, quote.outer.end) - max(span.start, quote.outer.start)
        if overlap > 0.6 * length:
            return True
    return False


def _without_nested_reports(claims: list[Claim]) -> list[Claim]:
    """"She said he plans to run": the plan is part of what she said, not a claim of its own.

    A cue inside the clause another cue introduces ("said [he believes …]") is reported through
    that speaker; an incise after its statement (« …, rapporte le journal ») frames no clause.
    """
    framing = SpanIndex([c.span for c in claims if c.kind == "reported" and c.cue is not None
                         and c.cue.end <= c.start])
    return [c for c in claims if c.kind != "reported" or c.cue is None or not any(
        outer.start <= c.cue.start and c.cue.end <= outer.end for outer in framing.overlapping(c.cue))]


def _pronoun_for_no_one(source: Source, lexicon: Lexicon) -> bool:
    """"the target it pledged to reach": a pronoun that names no one, or only a thing, is no
    speaker a later quotation can continue."""
    # whatever « ça » or "it" says, no quotation continues it
    if source.text.casefold() in lexicon.thing_pronouns:
        return True
    unresolved = source.resolved is None or source.resolved.casefold() == source.text.casefold()
    return is_anaphor(source.text, lexicon.language) and (unresolved or source.type == "unknown")
