"""Hedged assertions: the conditional of reported fact, "reportedly", questions."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from reader.analysis.grammar import SUBJECT_DEPS, is_counterfactual_modal
from reader.analysis.lexicon import Lexicon, lexicon_of
from reader.model import Span

if TYPE_CHECKING:  # the findings hold a HedgeFinder
    from reader.analysis.findings import Findings



def find_hedges(article, findings: Findings) -> None:
    """Where the article hedges: its conditionals and hedging words, for the claims to ask."""
    findings.hedges = HedgeFinder(article, findings.lexicon)


class HedgeFinder:
    """Tells whether a span of an article is hedged."""

    def __init__(self, article, lexicon: Lexicon):
        self.text = article.parse_text
        self.inside_quote = article.inside_quote
        self.conditionals = sorted(self._conditional_offsets(article, lexicon))
        self.hedge_words = lexicon.hedge_words
        self.other_senses = set(_hedge_words_in_another_sense(article, lexicon))

    def hedged(self, span: Span) -> bool:
        """A conditional verb, a hedging word outside quotations, or a question."""
        if self.text[span.start:span.end].rstrip(" »”\"").endswith("?"):
            return True
        first = bisect.bisect_left(self.conditionals, span.start)
        last = bisect.bisect_left(self.conditionals, span.end)
        if any(not self.inside_quote[offset] for offset in self.conditionals[first:last]):
            return True
        if self.hedge_words is None:
            return False
        return any(not self.inside_quote[m.start()] and m.start() not in self.other_senses
                   for m in self.hedge_words.finditer(self.text, span.start, span.end))

    @staticmethod
    def _conditional_offsets(article, lexicon: Lexicon) -> set[int]:
        """Offsets of verbs in the conditional mood, in a language that has one (English modals
        are hedge words); the tagger misses some (« équivaudrait »): a verb ending like one is one."""
        found = set()
        ending = lexicon.conditional_ending
        if ending is None:
            return found
        for paragraph, doc in zip(article.paragraphs, article.docs):
            for token in doc:
                if token.pos_ not in ("VERB", "AUX"):
                    continue
                if ("Cnd" in token.morph.get("Mood") or ending.search(token.lower_)) \
                        and not _vouches(token, lexicon):
                    found.add(paragraph.start + token.idx)
        if not article.docs:
            for match in lexicon.conditional_word.finditer(article.text):
                found.add(match.start())
        return found


def _vouches(conditional, lexicon: Lexicon) -> bool:
    """A conditional that hedges nothing: the past that did not happen (« ils auraient pu
    interroger »), or what an agent ought to do (« La ville devrait publier les chiffres »), not
    what is likely (« Le chômage devrait baisser »)."""
    if conditional.dep_.startswith("aux") and is_counterfactual_modal(conditional.head, lexicon):
        return True
    if conditional.lemma_.lower() not in lexicon.obligation_verbs \
            or not any(c.dep_ == "xcomp" for c in conditional.children):
        return False
    agents = lexicon.persons | lexicon.organisations
    return any(c.dep_ in SUBJECT_DEPS and (c.pos_ == "PROPN" or c.lemma_.lower() in agents)
               for c in conditional.children)


def _hedge_words_in_another_sense(article, lexicon: Lexicon):
    """Offsets of hedging words used in a sense that vouches for the fact: "could" telling a past
    ability ("She could not sleep"), "likely" naming a kind before its noun ("likely voters"),
    "would" putting the future in the past ("projected prices would rise"), a name ("in May"), a
    past that did not happen ("the prices they might have gotten")."""
    for paragraph, doc in zip(article.paragraphs, article.docs):
        for token in doc:
            word = token.lower_
            if word in lexicon.ability_modals and _tells_an_ability(token, lexicon) \
                    or word in lexicon.predicative_hedges and token.dep_ == "amod" and token.i < token.head.i \
                    or word in lexicon.future_in_the_past and _future_in_the_past(token) \
                    or word in lexicon.hedges and (token.pos_ == "PROPN" or _counterfactual(token)):
                yield paragraph.start + token.idx


def _tells_an_ability(modal, lexicon: Lexicon) -> bool:
    """"could not sleep", "could finally see": the modal's verb negated or done at last."""
    verb = modal.head
    return modal.dep_.startswith("aux") and any(
        c.lower_ in lexicon.ability_signs for c in verb.children if c.dep_ in ("neg", "advmod"))


def _future_in_the_past(modal) -> bool:
    """"projected prices would rise", "did not say whether it would cut": the modal's verb a
    clause of a verb in the past."""
    verb = modal.head
    governing = verb.head
    past = governing.tag_ in ("VBD", "VBN") or any(
        c.dep_ == "aux" and c.tag_ == "VBD" for c in governing.children)
    return modal.dep_.startswith("aux") and verb.dep_ == "ccomp" and past


def _counterfactual(modal) -> bool:
    """"the prices they might have gotten": a modal perfect in a relative clause tells what did not
    happen ("the fire may have been set" still hedges)."""
    verb, perfect = modal.head, lexicon_of(modal).perfect_auxiliaries
    return modal.tag_ == "MD" and verb.tag_ == "VBN" and verb.dep_ in ("relcl", "acl:relcl") \
        and any(c.lemma_ in perfect and c.dep_ == "aux" for c in verb.children)
