"""Reporting nouns: "Trump's claim that …", « la déclaration du ministre selon laquelle … »."""

from __future__ import annotations

from reader.analysis.contents import clause_span
from reader.analysis.findings import Attribution
from reader.analysis.grammar import SUBJECT_DEPS, complementizer_first, next_token, token_span
from reader.analysis.lexicon import Lexicon, lexicon_of
from reader.analysis.sentences import sentence_of
from reader.analysis.speakers import phrase_tokens, subject_of_verb_as_noun
from reader.model import Span


def is_cue_noun(token, lexicon: Lexicon) -> bool:
    """A reporting noun: "claim", « déclaration »."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in lexicon.cue_nouns


def noun_attribution(token, base: int, sentences: list[Span], inside_quote: bytearray) -> list:
    """"Trump's claim that …", "questions about his microphone": what the noun says or is about,
    credited to its possessor."""
    sentence = sentence_of(sentences, base + token.idx)
    said = _clause_of_noun(token) or _topic_of_noun(token)
    if sentence is None or said is None:
        return []
    content = clause_span(said, base, sentence)
    owners = [c for c in token.children if c.dep_ in ("poss", "nmod:poss")
              or (c.dep_ == "nmod" and token.i < c.i < said.i)
              or (c.dep_ == "compound" and c.pos_ == "PROPN")]  # "a New York Times report"
    # "Tulsa police’s claim": the owner without its possessive ending
    if not owners:
        owner = subject_of_verb_as_noun(token) or _voiced_by(token)
    elif owners[0].pos_ == "DET":
        owner = []
    else:
        owner = [t for t in phrase_tokens(owners[0]) if t.tag_ != "POS"]
    source = token_span(base, owner) if owner and not inside_quote[base + owner[0].idx] else None
    if content is None:
        return []
    return [Attribution(token_span(base, [token]), source, set(), content, False, sentence,
                        rule="cue noun")]


def _clause_of_noun(token):
    """The clause after a reporting noun's "that", whatever the parser calls it (often relative)."""
    return next((c for c in token.children if c.dep_ in ("acl", "ccomp", "acl:relcl", "relcl")
                 and c.i > token.i and complementizer_first(c)), None)


def _topic_of_noun(token):
    """"questions about [his microphone]", "concerns over [the plan]": what the noun is about."""
    following = next_token(token)
    if following is None or following.head != token or following.lower_ not in lexicon_of(token).noun_topics:
        return None
    return next((c for c in following.children if c.dep_ == "pobj"), None)


def _voiced_by(token) -> list:
    """"Trump is raising questions about …": the subject of the verb that voices the noun."""
    verb = token.head
    if token.dep_ not in ("dobj", "obj") or verb.lemma_.lower() not in lexicon_of(token).voicing_verbs:
        return []
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    return phrase_tokens(subjects[0]) if subjects else []
