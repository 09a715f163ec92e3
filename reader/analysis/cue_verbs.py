"""Reporting verbs: which words say that someone speaks, « affirme », "said", "pointed out"."""

from __future__ import annotations

from reader.analysis.grammar import SUBJECT_DEPS, is_inverted_pronoun, next_token
from reader.analysis.lexicon import Lexicon
from reader.analysis.quotes import CLOSING_MARKS


def is_cue_verb(token, lexicon: Lexicon) -> bool:
    """A verb whose lemma is in the lexicon, or « entendre » after « peut-on »."""
    if is_stance_participle(token, lexicon):
        return True
    # « », a-t-il martelé »: the participle after an inverted auxiliary, even read as an adjective
    if token.pos_ in ("VERB", "AUX", "ADJ") and _inverted_after_a_quotation(token):
        return True
    if token.pos_ not in ("VERB", "AUX") and not (token.pos_ == "NOUN" and token.dep_ == "parataxis") \
            and not _incise_read_as_a_noun(token):
        return _mistagged_cue(token, lexicon)
    lemma = token.lemma_.lower()
    if lemmas_of(token, lexicon) & lexicon.cue_verbs:
        return True
    phrasal = phrasal_rests(token, lexicon)
    if phrasal:
        following = " ".join(t.lower_ for t in token.doc[token.i + 1:token.i + 4])
        particles = {c.lower_ for c in token.children if c.dep_ in ("prt", "compound:prt")}
        return any(following.startswith(rest) or rest in particles for rest in phrasal) \
            or bool(phrasal & _marks_of_verbs_after(token))
    if _stance_adjective(token, lexicon):
        return True
    impersonal = lexicon.impersonal_pronouns
    return lemma in lexicon.perception_verbs and (
        any(t.lower_ in impersonal or t.lower_ in lexicon.modals_with_impersonal for t in token.head.children)
        or any(t.lower_ in impersonal for t in token.children))


def lemmas_of(token, lexicon: Lexicon) -> set[str]:
    """The verb's lemma and the infinitives its form may be of: « tacle », which the lemmatizer
    leaves as it is, is « tacler »."""
    return {token.lemma_.lower()} | _infinitives_of(token, lexicon)


def _inverted_after_a_quotation(token) -> bool:
    """« « … », sourit-il », « se souvient-elle »: any verb whose subject pronoun follows it, right
    after a quotation and its comma, is that quotation's incise (« peut-on entendre »: the verb
    after the modal is)."""
    doc = token.doc
    if any(c.dep_ == "xcomp" for c in token.children):
        return False
    before = token.i - 1
    if token.i + 1 < len(doc) and is_inverted_pronoun(doc[token.i + 1]):
        while before >= 0 and doc[before].pos_ == "PRON":  # « se », « s' »
            before -= 1
    else:  # « », a-t-il pesté »: the auxiliary and its pronoun before the participle
        while before >= 0 and doc[before].pos_ == "PRON" and doc[before].text.startswith("-"):
            before -= 1
        if before == token.i - 1 or before < 0 or doc[before].pos_ != "AUX":
            return False
        before -= 1
    return before >= 1 and doc[before].text == "," and doc[before - 1].text in CLOSING_MARKS


def _incise_read_as_a_noun(token) -> bool:
    """« « … », tacle la députée »: a verb after a quotation and its comma, tagged as a noun the
    parser joins to the quoted words."""
    doc = token.doc
    return token.pos_ == "NOUN" and token.dep_ == "conj" and token.i >= 2 \
        and doc[token.i - 1].text == "," and doc[token.i - 2].is_quote


def _stance_adjective(token, lexicon: Lexicon) -> bool:
    """"is adamant that …", « est convaincu que … »: being of a mind, with the clause it holds."""
    clause = ("ccomp", "advcl")
    return any(c.dep_ in ("acomp", "xcomp") and c.lower_ in lexicon.stance_adjectives
               and (any(g.dep_ in clause for g in c.children)
                    or any(g.dep_ in clause and g.i > c.i for g in token.children))
               for c in token.children)


def is_stance_participle(token, lexicon: Lexicon) -> bool:
    """« Le maire est convaincu que … », « se dit persuadée que »: the French parse makes the
    participle of a mind made up the head of its subject and its clause, as a passive verb."""
    if token.lower_ not in lexicon.stance_adjectives:  # first: this runs for every word
        return False
    deps = {c.dep_ for c in token.children}
    return token.morph.get("VerbForm") == ["Part"] and bool(deps & SUBJECT_DEPS) and "ccomp" in deps


def is_cue_form(token, lexicon: Lexicon) -> bool:
    """A cue verb, or a present form of one that the tagger took for a noun: « , pointe le maire, »."""
    if token.pos_ in ("VERB", "AUX"):
        return is_cue_verb(token, lexicon)
    return token.pos_ == "NOUN" and bool(_infinitives_of(token, lexicon) & lexicon.cue_verbs)


def _marks_of_verbs_after(token) -> set[str]:
    """« a appelé les habitants à rester »: the words opening the infinitives that follow the cue,
    or its object (where the parser often hangs them); not a conjunction opening a clause ("went up
    after the regulator projected …")."""
    after = [c for c in token.children if c.i > token.i]
    after += [g for c in after if c.dep_ in ("obj", "dobj") for g in c.children if g.i > c.i]
    return {mark.lower_ for verb in after if verb.pos_ == "VERB" and "Inf" in verb.morph.get("VerbForm")
            for mark in verb.children if mark.dep_ == "mark" and mark.i < verb.i}


def cue_entry(token, lexicon: Lexicon) -> str:
    """The cue as its language pack lists it: "go after" for "went after the mayor", else the lemma."""
    lemma = token.lemma_.lower()
    following = " ".join(t.lower_ for t in token.doc[token.i + 1:token.i + 4]) + " "
    rests = sorted((r for r in phrasal_rests(token, lexicon) if following.startswith(r + " ")), key=len)
    return f"{lemma} {rests[-1]}" if rests else lemma


def phrasal_rests(token, lexicon: Lexicon) -> set[str]:
    """The words that make a phrasal cue of this verb: {"out"} for "point", {"down on"} for "double"."""
    # the lemmatizer reads "lay out" as a form of "lie": the word as written is tried too
    return lexicon.cue_phrasal.get(token.lemma_.lower()) or lexicon.cue_phrasal.get(token.lower_, set())


def _mistagged_cue(token, lexicon: Lexicon) -> bool:
    """« Le syndicat estime que … » with « estime » tagged as a noun: a verb form before « que »."""
    following = next_token(token)
    if token.pos_ != "NOUN" or following is None or following.lower_ not in lexicon.complementizers:
        return False
    return bool(_infinitives_of(token, lexicon) & lexicon.cue_verbs)


def _infinitives_of(token, lexicon: Lexicon) -> set[str]:
    """Present forms back to their infinitive (« affirme », « affirment »: « affirmer »), for the
    lemmas the lemmatizer misses."""
    form = token.lower_
    return {form[:len(form) - cut] + added for ending, cut, added in lexicon.infinitive_endings
            if form.endswith(ending)}
