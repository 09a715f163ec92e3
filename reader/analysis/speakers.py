"""Who speaks: the words naming the source of a cue, before it or after it."""

from __future__ import annotations

import re

from reader.analysis.grammar import (SUBJECT_DEPS, has_content_child, inverted_pronoun_match,
                                     is_participle, next_token, second_verb_of_phrase, token_span)
from reader.analysis.lexicon import lexicon_of
from reader.analysis.sentences import without_dateline
from reader.model import Span

# How a verb hangs from the verb whose subject it shares: coordinated, as its complement, or after
# a preposition ("by omitting … and stressing").
SHARED_SUBJECT_LINKS = frozenset({"xcomp", "conj", "pcomp", "prep"})
# Where a subject phrase ends: relative clauses, appositions, participles and the like.
CUT_DEPS = {"acl", "acl:relcl", "relcl", "appos", "advcl", "parataxis", "punct", "dep", "cc", "conj"}


# How a noun hangs on the noun it qualifies: « conseiller de Matignon », "Secretary of State".
NOUN_MODIFIER_DEPS = {"nmod", "flat:name", "flat", "compound", "appos"}


def subject_span(token, base: int, inside_quote: bytearray, incise: bool) -> Span | None:
    """The words naming who speaks: the subject of the cue, before or after it."""
    words = lexicon_of(token)
    if token.dep_ in ("flat:name", "flat") and token.head.i < token.i:
        # « Le Medef juge que … », the verb read as the name's last word: the name before it speaks
        return token_span(base, list(token.doc[token.head.left_edge.i:token.i]))
    subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS and c.lower_ not in words.euphonic_words]
    if not subjects:
        subjects = _subjects_of_second_verb(token) or _governing_subjects(token)
    # "voters see him as …": someone named sees; « peut-on entendre »: the recording speaks
    if token.lemma_.lower() in words.perception_verbs and all(
            s.lower_ in words.impersonal_pronouns for s in subjects):
        return _recording_span(token, base)
    # '“…,” Cyril, a director, told The Huffington Post': English puts no speaker after "told"
    addressed = words.has("no speaker after an addressee") and token.lemma_.lower() in words.addressee_verbs \
        and subjects
    if incise and not addressed and not _right_before(subjects, token, base, inside_quote):
        # the parser often mislabels an inverted subject; what stands after the cue is reliable.
        # Not so after "she said": "several months after her release" is when, not who.
        inverted = inverted_pronoun(token, base) or noun_phrase_after(token, base, inside_quote)
        if inverted is not None or not subjects:
            return inverted or _inverted_noun_phrase(token, base)
    if not subjects:
        subjects = _stranded_subject(token)
    subjects = [s for s in subjects if s.lower_ not in words.euphonic_words]  # « il » speaks
    if not subjects:
        return None
    subject = subjects[-1] if incise else _name_after_its_title(subjects) or subjects[0]
    subject = _past_the_dateline(subject)
    clause = subject.head  # the cue, or the verb it is joined to ("which owns … and has called for")
    if subject.lower_ in words.relative_pronouns and clause.dep_ in ("relcl", "acl:relcl"):
        subject = _antecedent(subject, clause.head)  # "a letter that said …": the letter speaks
        subjects = [subject]
    if inside_quote[base + subject.idx]:
        return None
    tokens = _after_a_leading_apposition(subject, token) or _name_in_apposition(subject) or phrase_tokens(subject)
    # « Ceux-ci » comes as three subject tokens: keep the ones that follow on
    while tokens[-1].i + 1 < len(token.doc) and token.doc[tokens[-1].i + 1] in subjects:
        tokens.append(token.doc[tokens[-1].i + 1])
    span = _with_hyphenated_name_before(token_span(base, tokens), tokens[0], base)
    pronoun = inverted_pronoun_match(tokens[0])
    if pronoun and len(tokens) == 1:  # « a-t-il dit »: the source is « il », never « t-il »
        return Span(span.start + pronoun.start(1), span.start + pronoun.end(1))
    if tokens[0].text.startswith("-"):
        span = Span(span.start + 1, span.end)
    return span


def _after_a_leading_apposition(subject, cue) -> list:
    """« Membre de la coalition, le vice-Premier ministre Jan Hamáček a estimé … »: a noun without
    determiner opening the sentence before a comma describes the subject that follows it, which
    the parser joins to it; the words from the comma to the verb are who speaks."""
    doc = subject.doc
    if not lexicon_of(subject).has("subject nouns take a determiner") or subject.i != subject.sent.start \
            or subject.pos_ != "NOUN" or any(c.dep_ == "det" for c in subject.children):
        return []
    comma = next((t for t in subject.subtree if t.text == "," and t.i > subject.i), None)
    verb = min([cue.i] + [c.i for c in cue.children if c.dep_.startswith("aux") and c.i < cue.i])
    if comma is None or not comma.i + 1 < verb:
        return []
    words = list(doc[comma.i + 1:verb])
    if not any(t.dep_ == "det" for t in words[:1]):
        return []  # « Membre de la coalition, il a estimé »: a pronoun or a bare name is found as it is
    return words


def _past_the_dateline(subject):
    """"SACRAMENTO, Calif. (AP) — Gov. Laura Chen vetoed …": the parser may take the dateline's
    place for the subject and the name after it for its apposition; the name is the subject."""
    sentence = subject.sent
    dateline_end = without_dateline(subject.doc.text, Span(sentence.start_char, sentence.end_char)).start
    if subject.idx >= dateline_end:
        return subject
    return next((c for c in subject.children if c.dep_ == "appos" and c.idx >= dateline_end), subject)


def _name_after_its_title(subjects: list):
    """« La présidente du groupe, Anne Rolland, a fustigé »: the parser may give the cue two
    subjects, a title and the name after its comma; the name speaks."""
    if len(subjects) < 2:
        return None
    title, name = subjects[0], subjects[1]
    between = name.doc[title.i + 1:name.left_edge.i]
    # the title's own words, then its comma (which the parser may hang on the title)
    follows = len(between) and between[-1].text == "," and all(t.i in {w.i for w in title.subtree} or t.text == ","
                                                              for t in between)
    return name if follows and title.pos_ == "NOUN" and name.pos_ == "PROPN" else None


# Capitalised words joined by hyphens, just before a name: "UFC-Que" of « L'UFC-Que Choisir ».
HYPHENATED_NAME_BEFORE = re.compile(r"\b[A-ZÀ-Ý][\w]*(?:-[A-ZÀ-Ý][\w]*)+\s+$")


def _with_hyphenated_name_before(span: Span, first, base: int) -> Span:
    """« L'UFC-Que Choisir rappelle … »: the parser cuts a name at its hyphen into sentences of their
    own; the capitalised words joined before the speaker's first word belong to the name."""
    if not first.text[:1].isupper():
        return span
    doc = first.doc
    joined = HYPHENATED_NAME_BEFORE.search(doc.text, max(0, first.idx - 60), first.idx)
    return Span(base + joined.start(), span.end) if joined else span


def _right_before(subjects: list, token, base: int, inside_quote: bytearray) -> bool:
    """Whether a subject stands just before the cue, with no punctuation between them ("she said"):
    a subject before a comma (« …, rapporte le Daily Mail ») is the parser's mistake."""
    for subject in subjects:
        between = token.doc[subject.right_edge.i + 1:token.i]
        if subject.i < token.i and not inside_quote[base + subject.idx] \
                and not any(t.is_punct for t in between):
            return True
    return False




def _subjects_of_second_verb(token) -> list:
    """« Le chancelier a fait valoir que … »: the parser may hang the subject on « valoir »."""
    following = next_token(token)
    if following is None or not second_verb_of_phrase(following, token):
        return []
    return [c for c in following.children if c.dep_ in SUBJECT_DEPS and c.i < token.i]


def _governing_subjects(token) -> list:
    """"They checked the tally and found …", "China changed its stance by dropping … and stressing
    that …": a verb with no subject of its own speaks through the verb it hangs from."""
    # "adding that …", "went on to discuss …", « pour annoncer que … » share the main verb's subject
    shares = is_participle(token) or token.tag_ == "VB" or token.morph.get("VerbForm") == ["Inf"]
    links = SHARED_SUBJECT_LINKS | ({"advcl"} if shares else set())
    while token.dep_ in links and token.head is not token:
        token = token.head
        if token.pos_ not in ("VERB", "AUX", "ADP"):
            return []  # "a speech by Smith stressing …": the noun, not a verb, is what it hangs from
        # "He was quoted as saying that …": who is quoted speaks
        quoted = token.lemma_.lower() in lexicon_of(token).quoted_as_verbs
        subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS
                    or quoted and c.dep_ in ("nsubjpass", "nsubj:pass")]
        if subjects and token.pos_ != "ADP":
            return subjects
        links = SHARED_SUBJECT_LINKS
    return []


def noun_phrase_after(token, base: int, inside_quote: bytearray | None = None) -> Span | None:
    """« …, détaille Dogan Sirimsi, … », '…," said Senator Warren on Tuesday': the words after the cue.

    Without a mask of quotations, the words may stand inside one (an incise within the marks).
    """
    doc = token.doc
    index = token.i + 1
    if index < len(doc) and second_verb_of_phrase(doc[index], token):
        index += 1
    time_words = lexicon_of(token).time_words
    while index < len(doc) and (doc[index].pos_ == "ADV" or doc[index].lower_ in time_words):
        index += 1
    index = _after_circumstance(doc, index)
    phrase = []
    while index < len(doc) and not (inside_quote and inside_quote[base + doc[index].idx]) \
            and _continues_name(doc[index]):
        phrase.append(doc[index])
        index += 1
    while phrase and phrase[-1].pos_ in ("ADP", "DET", "CCONJ"):
        phrase.pop()
    if not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in phrase):
        return None
    return token_span(base, _name_after_title(phrase, index) or phrase)


def _name_after_title(phrase: list, index: int) -> list:
    """« …, a lancé leur président, Hans Meier. »: the name set after a title is who speaks."""
    doc = phrase[0].doc
    if any(t.pos_ == "PROPN" for t in phrase) or index + 1 >= len(doc) or doc[index].text != ",":
        return []
    name = []
    for word in doc[index + 1:]:
        if word.pos_ != "PROPN":
            break
        name.append(word)
    after = doc[name[-1].i + 1] if name and name[-1].i + 1 < len(doc) else None
    return name if name and (after is None or after.is_punct) else []


def _after_circumstance(doc, index: int) -> int:
    """Past « à cette occasion », « dans un communiqué », « sur son compte Instagram », « à l'AFP »:
    where the words after an inverted cue name the speaker, not when, where or to whom they spoke."""
    if index >= len(doc) or doc[index].pos_ != "ADP" \
            or doc[index].lower_ not in lexicon_of(doc[index]).circumstance_prepositions:
        return index
    following = index + 1
    while following < len(doc) and doc[following].pos_ in ("DET", "ADJ", "NUM"):
        following += 1
    if following >= len(doc) or doc[following].pos_ not in ("NOUN", "PROPN"):
        return index
    # « a indiqué à l'AFP un responsable », « a dit sur France Inter le ministre »: a name too
    proper = doc[following].pos_ == "PROPN"
    name = next((e for e in doc.ents if e.start == following), None) if proper else None
    following = name.end if name is not None else following + 1
    if proper and following < len(doc) and doc[following].pos_ == "NOUN":
        following += 1  # "at a recent POLITICO event": the name qualifies the noun
    named = following  # « sur son compte Instagram la chanteuse »: the account's name, then who
    while named < len(doc) and doc[named].is_title:
        named += 1
    if named > following and named < len(doc) and doc[named].pos_ == "DET":
        following = named
    return following if following < len(doc) and doc[following].pos_ in ("DET", "PROPN", "NOUN") \
        else index


def _continues_name(token) -> bool:
    """Whether a word can belong to the noun phrase naming a speaker."""
    if token.pos_ in ("DET", "NOUN", "PROPN", "PRON", "NUM", "PART"):
        return token.pos_ != "PRON" or token.lower_ not in lexicon_of(token).relative_pronouns
    if token.pos_ == "ADJ":
        return True
    return token.pos_ == "ADP" and token.lower_ in lexicon_of(token).name_prepositions


def inverted_pronoun(token, base: int) -> Span | None:
    """« a-t-elle estimé » parsed with « -t » as subject: the pronoun after the hyphen speaks."""
    for candidate in token.doc[max(0, token.i - 4):token.i + 3]:
        pronoun = inverted_pronoun_match(candidate)
        if pronoun:
            return Span(base + candidate.idx + pronoun.start(1), base + candidate.idx + pronoun.end(1))
    return None


def _inverted_noun_phrase(token, base: int) -> Span | None:
    """The noun phrase just after an inverted cue when the parser gave it another role."""
    # « a fait valoir le chancelier »: the noun hangs from the second verb of the phrase
    following = next_token(token)
    verbs = [token, following] if following is not None and second_verb_of_phrase(following, token) \
        else [token]
    for child in (c for verb in verbs for c in verb.children):
        if child.i > token.i and child.pos_ in ("NOUN", "PROPN", "PRON") and child.dep_ in (
                "obj", "nmod", "obl", "obl:arg", "obl:mod", "dep", "iobj", "dobj", "attr"):
            return token_span(base, phrase_tokens(child))
    return None


def _stranded_subject(token) -> list:
    """When a long relative clause misleads the parser, the sentence's opening noun phrase."""
    if not has_content_child(token):
        return []
    sentence = token.sent
    for candidate in sentence:
        if candidate.i >= token.i:
            break
        if candidate.pos_ in ("NOUN", "PROPN", "PRON") and candidate.dep_ in ("ROOT", "nsubj"):
            return [candidate]
        # « Depuis Washington, Christine Lagarde, …, a jugé »: a name hung on the circumstance
        if candidate.pos_ == "PROPN" and candidate.dep_ == "appos" and _opens_circumstance(candidate.head):
            return [candidate]
        if candidate.pos_ in ("VERB", "AUX") and candidate.dep_ == "advcl" and candidate.head == token:
            return _after_leading_clause(candidate, token)
        if candidate.pos_ in ("VERB", "AUX") and candidate.dep_ != "aux:tense":
            break
    return []


def _after_leading_clause(clause, token) -> list:
    """« Interrogé par la RTS, le conseiller Pierre Dubois estime … »: the noun phrase after the
    comma that closes a leading participle clause, which the parser hung on that clause."""
    doc = token.doc
    comma = next((t.i for t in doc[clause.i + 1:token.i] if t.text == ","), None)
    nouns = [t for t in doc[comma + 1:token.i] if t.pos_ in ("NOUN", "PROPN")] if comma is not None else []
    return nouns[:1]


def _recording_span(token, base: int) -> Span | None:
    """« peut-on entendre dans la vidéo »: the recording is the source."""
    for child in token.children:
        if child.i > token.i and child.pos_ == "NOUN":
            tokens = [t for t in child.subtree if t.dep_ != "case"]
            return token_span(base, tokens) if tokens else None
    return None


def _name_in_apposition(subject) -> list:
    """« La porte-parole du gouvernement, Jeanne Martin, a déclaré »: the name set between commas
    after a title is who speaks."""
    if subject.pos_ != "NOUN":
        return []
    words = lexicon_of(subject)
    titles = words.professional_titles | set(words.courtesy_titles)
    for child in subject.children:
        titled = child.lower_.rstrip(".") in titles  # « Son avocat, Me Sébastien Schapira, »
        if child.dep_ == "appos" and (child.pos_ == "PROPN" or titled) and child.i > subject.i:
            name = [t for t in child.subtree if not t.is_punct]
            before = subject.doc[name[0].i - 1]
            # "state Sen. Mark Osei": lower-case words of a title may lead the name
            title = 0
            while title < len(name) and (name[title].pos_ in ("NOUN", "ADJ") and name[title].is_lower
                                         or name[title].lower_.rstrip(".") in titles):
                title += 1
            if before.text == "," and name[title:] and all(t.pos_ == "PROPN" for t in name[title:]):
                return name
    return []


def _antecedent(relative, head):
    """The noun a relative pronoun stands for; when the parser hangs the relative clause on a verb
    (« », a glissé un conseiller de Matignon, qui souhaite … »), the noun phrase before it."""
    if head.pos_ not in ("VERB", "AUX"):
        return head
    before = [t for t in relative.doc[relative.sent.start:relative.i] if t.pos_ in ("NOUN", "PROPN")]
    if not before:
        return head
    noun = before[-1]
    while noun.dep_ in NOUN_MODIFIER_DEPS and noun.head.pos_ in ("NOUN", "PROPN") and noun.head.i < noun.i:
        noun = noun.head  # « un conseiller de Matignon »: the adviser, not Matignon
    return noun


def _joining_hyphen(token) -> bool:
    """A hyphen inside a word the tokenizer split: "front-runner"."""
    return token.text in ("-", "‐") and token.i > 0 and not token.doc[token.i - 1].whitespace_ \
        and not token.whitespace_


def _inside_a_name(child) -> bool:
    """"the U.S. Food and Drug Administration", "the Department of Health and Human Services": a
    conjunction between two capitalised words of a name joins them, not two speakers."""
    node = child.head
    if child.dep_ == "cc":
        return node.pos_ == "PROPN" and any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in node.children)
    return child.dep_ == "conj" and child.pos_ == "PROPN" and node.pos_ == "PROPN"


def phrase_tokens(head) -> list:
    """The head's phrase without relative clauses, appositions or trailing circumstances."""
    keep = {head.i}
    stack = [head]
    while stack:
        node = stack.pop()
        for child in node.children:
            # « le témoin Paul Roche »: a name right after its title is the phrase's own
            # « le conseiller national Pierre Dubois »: adjectives may stand between them
            named_title = child.dep_ == "appos" and child.pos_ == "PROPN" and child.left_edge.i > node.i \
                and all(t.pos_ == "ADJ" for t in node.doc[node.i + 1:child.left_edge.i])
            if child.dep_ in CUT_DEPS and not named_title and not _joining_hyphen(child) \
                    and not (node is not head and _inside_a_name(child)):
                continue
            # "officials in Paris on Monday", but "sources close to the investigation"
            if node is head and child.i > head.i and _opens_circumstance(child):
                continue
            keep.add(child.i)
            stack.append(child)
    # keep only the contiguous run around the head
    start = end = head.i
    while start - 1 in keep:
        start -= 1
    while end + 1 in keep:
        end += 1
    tokens = list(head.doc[start:end + 1])
    words = lexicon_of(head)
    if tokens[0].lower_ in words.euphonic_leads and len(tokens) > 1:
        tokens = tokens[1:]
    while len(tokens) > 1 and (tokens[-1].lower_ in words.relative_pronouns or tokens[-1].is_punct):
        tokens.pop()  # "an architect who": the relative clause is cut, its pronoun too
    return tokens


def _opens_circumstance(token) -> bool:
    """A prepositional phrase of place or time after the head, not part of the name."""
    case = [c for c in token.children if c.dep_ == "case"]
    first = case[0].lower_ if case else token.lower_
    return first in lexicon_of(token).circumstance_prepositions \
        and token.dep_ not in ("amod", "compound", "flat", "flat:name")


def subject_of_verb_as_noun(token) -> list:
    """"Trump charges that …" with "charges" tagged as a plural noun: a present-tense cue whose
    subject is the bare name or noun just before it."""
    if token.tag_ != "NNS" or any(c.dep_ in ("det", "poss") for c in token.children):
        return []
    start = token.i
    while start > token.sent.start and token.doc[start - 1].pos_ in ("PROPN", "NOUN") \
            and token.doc[start - 1].tag_ not in ("NNS", "NNPS"):
        start -= 1
    return list(token.doc[start:token.i])
