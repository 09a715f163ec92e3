"""What the engine reads in spaCy's parse: clauses, finite verbs, participles, spans of tokens."""

from __future__ import annotations

from reader.analysis.lexicon import lexicon_of
from reader.model import Span

SUBJECT_DEPS = {"nsubj", "nsubj:pass", "expl:subj"}


def token_span(base: int, tokens) -> Span:
    """The text span covering a run of tokens of a paragraph parsed at offset base."""
    first, last = tokens[0], tokens[-1]
    return Span(base + first.idx, base + last.idx + len(last.text))


def tokens_in(doc, base: int, span: Span):
    """The tokens of a paragraph parsed at offset base that a span of the article touches, or None."""
    return doc.char_span(span.start - base, span.end - base, alignment_mode="expand")


def inverted_pronoun_match(token):
    """The match of an inverted subject pronoun (« -t-il », « -elle »), its pronoun as group 1."""
    pattern = lexicon_of(token).inverted_pronoun
    return pattern.match(token.lower_) if pattern is not None else None


def is_inverted_pronoun(token) -> bool:
    """Whether a word is an inverted subject pronoun: « -t-il », « -elle »."""
    return inverted_pronoun_match(token) is not None


def next_token(token):
    """The token after this one in its paragraph, or None at the end."""
    return token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None


def has_auxiliary(token) -> bool:
    """Whether a verb has an auxiliary (« a dit », "was reported"): no bare participle."""
    return any(c.dep_.startswith("aux") for c in token.children)


def is_participle(token) -> bool:
    """« soulignant », "adding": a cue that shares the subject of the verb before it."""
    return token.tag_ == "VBG" or token.morph.get("VerbForm") == ["Part"] and token.morph.get("Tense") == ["Pres"]


def complementizer_first(clause) -> bool:
    """"the report that [prices rose]", not "the report that [was released]": « que » as a conjunction.

    A relative pronoun is the clause's subject or object; a complementizer only marks it.
    """
    first = next(iter(clause.subtree))
    return first.lower_ in lexicon_of(clause).complementizers and first.dep_ == "mark"


def has_content_child(token, sentence_end: int | None = None) -> bool:
    """Whether the cue governs a clause to its right (« affirme que … »), within its sentence
    when its end is given: the parser sometimes hangs the next sentence on the cue."""
    return any(is_clause(c) and c.i > token.i and not second_verb_of_phrase(c, token)
               and (sentence_end is None or c.idx < sentence_end) for c in token.children)


def second_verb_of_phrase(child, token) -> bool:
    """« valoir » in « faire valoir »: part of the cue, not what is said."""
    return token.lemma_ in lexicon_of(token).two_verb_cues and child.i == token.i + 1 \
        and child.pos_ == "VERB"


def is_clause(token) -> bool:
    """A clausal complement with a verb at its head, not a mis-parsed noun (« lundi »)."""
    introduced = next(iter(token.subtree)).lower_ in lexicon_of(token).complementizers
    if token.dep_ in ("advcl", "dep", "acl") and token.pos_ in ("VERB", "AUX"):
        return introduced  # "tweeted in the night that he was …" parsed as an adverbial clause
    if token.dep_ == "obl:arg" and token.pos_ == "VERB":
        # « exigent d'être reçus »: an infinitive after its « de », read as a noun's place
        return any(c.dep_ == "mark" and c.i < token.i for c in token.children)
    if token.dep_ not in ("ccomp", "xcomp"):
        return False
    # "expect the river to peak", with "peak" tagged as a noun: its auxiliary makes it a verb
    verbal = token.pos_ in ("VERB", "AUX", "ADJ") or any(c.dep_ == "aux" and c.i < token.i for c in token.children)
    return introduced and token.dep_ == "ccomp" or verbal


def interrupts(token, doc, lead_end: int, sentence_end: int) -> bool:
    """Whether an incise stands inside its statement: a verbless lead, then the finite verb after it."""
    return resumed_after(token, doc, lead_end, sentence_end) is not None


def resumed_after(token, doc, lead_end: int, sentence_end: int) -> int | None:
    """Where a statement an incise interrupts goes on: the first word after the incise's comma,
    when a verbless lead comes before the incise and a clause after it; else None.

    A lead that is a subordinate clause counts as verbless: "If the bill passes, she said, prices
    will rise".
    """
    words = lexicon_of(token)
    lead = doc[doc[max(lead_end, 0)].sent.start:lead_end]
    if not any(t.is_alpha for t in lead):
        return None  # the statement is a quotation before the incise, or nothing
    if lead[0].lower_ in words.subordinators or lead[0].lower_ in words.opening_conditions:
        # the subordinate clause is no statement of its own; a main clause after it is
        lead = lead[next((t.i - lead.start + 1 for t in lead if t.text == ","), len(lead)):]
    rest = [t for t in doc[token.i + 1:] if t.idx < sentence_end]
    comma = next((i for i, t in enumerate(rest[:8]) if t.text == ","), None)
    if comma is None:
        return None
    rest = rest[comma + 1:]
    # "…, reported Alexandra Olgin, who was in the courtroom": a relative clause on the speaker
    if not rest or rest[0].lower_ in words.subordinators or rest[0].lower_ in words.relative_pronouns \
            or rest[0].pos_ in ("SCONJ", "CCONJ"):
        return None
    if any(finite(t) for t in lead) or not any(finite(t) or _read_as_a_participle(t, rest[0]) for t in rest):
        return None
    return rest[0].i


def _read_as_a_participle(word, first) -> bool:
    """"In both cases, Eric Trump said, those donations paid for …": a verb in the past the parser
    took for a participle describing the noun phrase that opens the clause."""
    noun = word.head
    opens_it = first.i <= noun.i < word.i and all(first.i <= t.head.i <= noun.i for t in word.doc[first.i:noun.i])
    return opens_it and word.dep_ == "acl" and word.morph.get("VerbForm") == ["Part"] \
        and word.morph.get("Tense") == ["Past"] and not has_auxiliary(word)


def is_counterfactual_modal(verb, lexicon) -> bool:
    """« auraient pu », « aurait dû »: a modal verb's participle after an auxiliary in the conditional."""
    return verb.lemma_.lower() in lexicon.counterfactual_modals and verb.morph.get("VerbForm") == ["Part"] \
        and any(c.dep_.startswith("aux") and "Cnd" in c.morph.get("Mood") for c in verb.children)


def finite(token) -> bool:
    """A verb or auxiliary conjugated for a subject: the mark of a clause."""
    return token.pos_ in ("VERB", "AUX") and (token.morph.get("VerbForm") == ["Fin"]
                                               or token.tag_ in ("VBD", "VBP", "VBZ", "MD"))


def text_of(doc) -> str:
    """A parsed paragraph's text, which spaCy joins from its tokens anew each time it is asked."""
    text = doc.user_data.get("text")
    if text is None:
        text = doc.user_data["text"] = doc.text
    return text
