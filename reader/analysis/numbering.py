"""The last passes: all claims in reading order and numbered, and the entities their sources name."""

from __future__ import annotations

from dataclasses import replace

from reader.analysis.article import Article
from reader.analysis.findings import Findings
from reader.analysis.sources import entity_numbers


def number_claims(article: Article, findings: Findings) -> None:
    """Every claim in reading order (the longer first where two start together), numbered from 1."""
    claims = sorted(findings.turns + findings.attributed + findings.unattributed,
                    key=lambda c: (c.start, -c.end))
    findings.claims = [replace(claim, id=number) for number, claim in enumerate(claims, 1)]


def number_entities(article: Article, findings: Findings) -> None:
    """Each source with the number of the entity it names: « Borne » is « Élisabeth Borne »."""
    sourced = [index for index, claim in enumerate(findings.claims) if claim.source is not None]
    numbers = entity_numbers([findings.claims[index].source for index in sourced], findings.lexicon)
    for index, number in zip(sourced, numbers):
        claim = findings.claims[index]
        findings.claims[index] = replace(claim, source=replace(claim.source, entity=number))
