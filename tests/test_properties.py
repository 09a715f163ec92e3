"""Properties of the engine on any text: it never fails, and every offset points at what it says."""

from __future__ import annotations

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from reader.analysis.engine import find_claims, prepare
from reader.analysis.lexicon import lexicon_for
from reader.document import DocumentError
from reader.model import Claim

# Pieces of news prose mixed into random text, so that quotes, cues and sources are found.
NEWS_PIECES = [
    "«", "»", "“", "”", '"', "'", "’", "‘", "—", "–", ":", ",", ".", "?", "!", "…", "\n", "\n\n",
    " ", "\u00a0", "\u202f", "-t-", " a déclaré ", " selon ", " said ", " according to ",
    " affirme que ", " il ", " elle ", " they ", " Élisabeth Borne ", " le ministre ", " aurait ",
    " might ", "Q:", "A:", "« Nous ", " »", "Ce n'est pas", " ajoute-t-elle", " clame l'un d'eux",
    " rapporte le Daily Mail", " n'a pas dit que ", "Hugh Hill, a doctor, said", " je ", " we ",
    " d'après ", " a-t-il ", " reportedly "]
CHARACTERS = st.characters(exclude_categories=("Cs",))  # a decoded file holds no lone surrogate
TEXTS = st.lists(st.one_of(CHARACTERS, st.sampled_from(NEWS_PIECES)), max_size=80).map("".join)


def rule_claims(text: str, language: str) -> list[Claim]:
    """The claims the engine finds with its rules alone, no language model."""
    return find_claims(prepare(text), lexicon_for(language), language)


def check_claims(text: str, claims: list[Claim]) -> None:
    """Every offset lies in the text and points at the words given; claims in reading order."""
    for claim in claims:
        assert 0 <= claim.start < claim.end <= len(text)
        assert text[claim.start:claim.end] == claim.text
        for part in (claim.source, claim.cue):
            if part is not None and part.start is not None:
                assert 0 <= part.start <= part.end <= len(text)
                assert text[part.start:part.end] == part.text
    assert [(c.start, -c.end) for c in claims] == sorted((c.start, -c.end) for c in claims)
    assert [c.id for c in claims] == list(range(1, len(claims) + 1))


@settings(max_examples=500, deadline=None)
@given(text=TEXTS, language=st.sampled_from(["fr", "en"]))
def test_rules_on_any_text(text, language):
    claims = rule_claims(text, language)
    check_claims(text, claims)
    assert [c.to_dict() for c in rule_claims(text, language)] == [c.to_dict() for c in claims]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS)
def test_french_and_english_pipelines_on_any_text(french, english, text):
    for analyse in (french, english):
        try:
            analysis = analyse(text)
        except DocumentError:  # a text with nothing to read is refused before the engine
            assume(False)
        check_claims(analysis.text, analysis.claims)
        assert analyse(text).to_dict() == analysis.to_dict()
