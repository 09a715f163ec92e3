"""Reporting cues in a parsed paragraph: who says what, with which verb or phrase."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.analysis.lexicon import Lexicon, hedge_pattern, source_phrase_pattern
from reader.model import Span

NEGATIONS = {"pas", "jamais", "guère", "point", "not", "n't", "never"}
CONDITIONS = {"si", "s'", "if", "unless"}
# Words between a comma and an inverted cue: « , a-t-il déclaré », « , peut-on entendre ».
INVERSION_WORDS = {"a", "ont", "avait", "avaient", "aura", "-t", "-t-il", "-t-elle", "-il", "-elle",
                   "-ils", "-elles", "-on", "peut", "pouvait", "peut-on", "t", "a-t-il", "a-t-elle",
                   "se", "s'"}
INVERTED_PRONOUN = re.compile(r"^-(?:t-)?(il|elle|ils|elles|on)$")
# Words of time between an inverted cue and its speaker: « a déclaré mardi le ministre ».
TIME_WORDS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier",
              "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
              "yesterday", "today"}
# Perception verbs that report a recording, only in « peut-on entendre dans la vidéo ».
PERCEPTION = {"entendre", "lire", "voir", "hear", "read", "see"}
SUBJECT_DEPS = {"nsubj", "nsubj:pass", "expl:subj"}
CONTENT_DEPS = {"ccomp", "xcomp", "parataxis"}
# How a verb hangs from the verb whose subject it shares: coordinated, as its complement, or after
# a preposition ("by omitting … and stressing").
SHARED_SUBJECT_LINKS = frozenset({"xcomp", "conj", "pcomp", "prep"})
# Where a subject phrase ends: relative clauses, appositions, participles and the like.
CUT_DEPS = {"acl", "acl:relcl", "relcl", "appos", "advcl", "parataxis", "punct", "dep", "cc", "conj"}
# Prepositions that open a circumstance (« dans la vidéo », "in a statement"), not part of a name.
CIRCUMSTANCE = {"dans", "depuis", "lors", "sur", "en", "à", "au", "aux", "pendant", "devant", "après", "avant",
                "in", "on", "at", "during", "after", "before", "to", "with", "from", "via", "par"}
COMPLEMENTIZERS = {"que", "qu'", "that"}
# A semicolon starts a new clause; a colon before a quotation hands over to that quotation.
CLAUSE_STOP = re.compile(r";|:\s*[«“\"]")
# What follows a reported object without belonging to it: the next clause, another verb.
OUTSIDE_OBJECT_DEPS = {"punct", "cc", "conj", "advcl", "parataxis", "relcl", "acl:relcl", "ccomp", "dep"}
RELATIVE_PRONOUNS = {"qui", "que", "who", "which", "that"}
# Words that open an adverbial clause after an incise: "…, he said, as they …".
SUBORDINATORS = {"as", "while", "because", "since", "after", "when", "before", "alors", "tandis",
                 "car", "puisque", "lorsque", "quand", "avant", "après"}
# Cues whose object is the person spoken to: "he told reporters", "she warned them".
ADDRESSEE_VERBS = {"tell", "inform", "assure", "remind", "warn", "urge", "ask", "advise", "brief",
                   "informer", "prévenir", "avertir"}
# Verbs that report only when they name something ("called it a hoax", "called for", "called on"):
# "called a meeting", "called the governor" are acts, not statements.
NAMING_VERBS = {"call"}
NAMING_PARTICLES = {"for", "on", "out"}
# A preposition after a cue that introduces what is said: "called for", "accused her of".
TOPIC_PREPOSITIONS = {"for", "about", "against", "of"}


@dataclass
class Attribution:
    """One reporting cue found in the text, with its source and content where it has them."""

    cue: Span
    source: Span | None
    source_labels: set  # named-entity labels inside the source, filled in by the engine
    content: Span | None
    incise: bool  # the cue follows its content: « …, clame l'un d'eux »
    sentence: Span
    participle: bool = False  # "…, arguing that …", « …, soulignant que … »


def token_span(base: int, tokens) -> Span:
    """The text span covering a run of tokens of a paragraph parsed at offset base."""
    first, last = tokens[0], tokens[-1]
    return Span(base + first.idx, base + last.idx + len(last.text))


def find_cue_attributions(doc, base: int, sentences: list[Span], inside_quote: bytearray,
                          lexicon: Lexicon) -> list[Attribution]:
    """Every reporting verb outside quotations, with its subject and its content clause."""
    found = []
    for token in doc:
        offset = base + token.idx
        if inside_quote[offset]:
            continue
        if _is_cue_noun(token, lexicon):
            found += _noun_attribution(token, base, sentences, inside_quote)
            continue
        if not _is_cue_verb(token, lexicon):
            continue
        if _negated_or_conditional(token) or _passive_without_agent(token, lexicon) \
                or _names_nothing(token) or _speaks_without_content(token, lexicon):
            continue
        sentence = _sentence_of(sentences, offset)
        if sentence is None:
            continue
        by_agent = _passive_with_agent(token, base, sentence, inside_quote)
        if by_agent is not None:
            found.append(by_agent)
            continue
        participle = _is_participle(token)
        if participle and _sets_the_scene(token, lexicon):
            continue
        incise = _is_incise(token, doc) and not _has_content_child(token) and not participle
        source = _subject_span(token, base, inside_quote, incise)
        if source is None and participle and found and found[-1].sentence == sentence:
            source = found[-1].source  # « …, a poursuivi X, soulignant que … »: X again
        content = None if incise else _content_after(token, base, sentence, inside_quote)
        if incise:
            content = _content_before(token, base, sentence, doc)
        found.append(Attribution(token_span(base, [token]), source, set(), content, incise, sentence,
                                 participle))
    return found


def _names_nothing(token) -> bool:
    """"called a press conference": a naming verb with neither a name for its object nor "for"."""
    if token.lemma_.lower() not in NAMING_VERBS:
        return False
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if following is not None and following.lower_ in NAMING_PARTICLES:
        return False
    if any(c.dep_ in ("oprd", "ccomp", "xcomp", "attr") for c in token.children):
        return False
    # "called his behavior “outrageous”": the parser hangs the name after the noun as its adjective
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj")]
    return not any(t.dep_ == "amod" and t.i > t.head.i for o in objects for t in o.subtree)


def _speaks_without_content(token, lexicon: Lexicon) -> bool:
    """"tell the truth", « dire bonjour »: speaking, with nothing reported but the object."""
    # the parser makes « bonjour » a clausal complement as often as an object
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj", "xcomp", "ccomp", "parataxis")]
    lemma = token.lemma_.lower()
    return not any(o.pos_ in ("VERB", "AUX") for o in objects) and \
        any(f"{lemma} {o.lemma_.lower()}" in lexicon.contentless for o in objects)


def _passive_with_agent(token, base: int, sentence: Span, inside_quote: bytearray) -> Attribution | None:
    """"The issue was first reported by The Washington Post": the agent speaks of the subject."""
    agents = [c for c in token.children if c.dep_ in ("agent", "obl:agent")]
    subjects = [c for c in token.children if c.dep_ in ("nsubjpass", "nsubj:pass")]
    if not agents or not subjects:
        return None
    # English hangs the name on "by"; French makes it the agent itself, « par » its case
    names = [c for c in agents[0].children if c.dep_ == "pobj"] or [agents[0]]
    if inside_quote[base + names[0].idx] or inside_quote[base + subjects[0].idx]:
        return None
    name = [t for t in phrase_tokens(names[0]) if not (t.dep_ == "case" and t.head == names[0])]
    source = token_span(base, name)
    content = _clip_to_clause(token_span(base, list(subjects[0].subtree)), sentence, base, token.doc)
    return Attribution(token_span(base, [token]), source, set(), content, False, sentence)


def _sets_the_scene(token, lexicon: Lexicon) -> bool:
    """"Speaking about the visit, Geng said …": a participle opening the clause of another cue only
    sets its scene."""
    return token.dep_ == "advcl" and token.i < token.head.i and _is_cue_verb(token.head, lexicon)


def _right_before(subjects: list, token, base: int, inside_quote: bytearray) -> bool:
    """Whether a subject stands just before the cue, with no punctuation between them ("she said"):
    a subject before a comma (« …, rapporte le Daily Mail ») is the parser's mistake."""
    for subject in subjects:
        between = token.doc[subject.right_edge.i + 1:token.i]
        if subject.i < token.i and not inside_quote[base + subject.idx] \
                and not any(t.is_punct for t in between):
            return True
    return False


def _governing_subjects(token) -> list:
    """"They checked the tally and found …", "China changed its stance by dropping … and stressing
    that …": a verb with no subject of its own speaks through the verb it hangs from."""
    # "adding that …", "went on to discuss …", « pour annoncer que … » share the main verb's subject
    shares = _is_participle(token) or token.tag_ == "VB" or token.morph.get("VerbForm") == ["Inf"]
    links = SHARED_SUBJECT_LINKS | ({"advcl"} if shares else set())
    while token.dep_ in links and token.head is not token:
        token = token.head
        if token.pos_ not in ("VERB", "AUX", "ADP"):
            return []  # "a speech by Smith stressing …": the noun, not a verb, is what it hangs from
        subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS]
        if subjects and token.pos_ != "ADP":
            return subjects
        links = SHARED_SUBJECT_LINKS
    return []


def _is_participle(token) -> bool:
    """« soulignant », "adding": a cue that shares the subject of the verb before it."""
    return token.tag_ == "VBG" or token.morph.get("VerbForm") == ["Part"] and token.morph.get("Tense") == ["Pres"]


def _is_cue_verb(token, lexicon: Lexicon) -> bool:
    """A verb whose lemma is in the lexicon, or « entendre » after « peut-on »."""
    if token.pos_ not in ("VERB", "AUX") and not (token.pos_ == "NOUN" and token.dep_ == "parataxis"):
        return _mistagged_cue(token, lexicon)
    lemma = token.lemma_.lower()
    if lemma in lexicon.cue_verbs or _infinitives_of(token) & lexicon.cue_verbs:
        return True
    if lemma in lexicon.cue_phrasal:
        following = " ".join(t.lower_ for t in token.doc[token.i + 1:token.i + 4])
        particles = {c.lower_ for c in token.children if c.dep_ in ("prt", "compound:prt")}
        return any(following.startswith(rest) or rest in particles
                   for rest in lexicon.cue_phrasal[lemma])
    return lemma in PERCEPTION and any(t.lower_ in ("-on", "on", "peut-on") for t in token.head.children) \
        or (lemma in PERCEPTION and any(t.lower_ in ("-on", "on") for t in token.children))


def _is_cue_noun(token, lexicon: Lexicon) -> bool:
    """A reporting noun: "claim", « déclaration »."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in lexicon.cue_nouns


def _noun_attribution(token, base: int, sentences: list[Span], inside_quote: bytearray) -> list:
    """"Trump's claim that …": the clause after the noun, credited to its possessor."""
    sentence = _sentence_of(sentences, base + token.idx)
    # a clause after "that" is a complement whatever its label: the parser often calls it relative
    clauses = [c for c in token.children if c.dep_ in ("acl", "ccomp", "acl:relcl", "relcl")
               and c.i > token.i and _complementizer_first(c)]
    if sentence is None or not clauses:
        return []
    content = _clause_span(clauses[0], base, sentence)
    owners = [c for c in token.children if c.dep_ in ("poss", "nmod:poss")
              or (c.dep_ == "nmod" and c.i > token.i and c.i < clauses[0].i)
              or (c.dep_ == "compound" and c.pos_ == "PROPN")]  # "a New York Times report"
    # "Tulsa police’s claim": the owner without its possessive ending
    if not owners:
        owner = _subject_of_verb_as_noun(token)
    elif owners[0].pos_ == "DET":
        owner = []
    else:
        owner = [t for t in phrase_tokens(owners[0]) if t.tag_ != "POS"]
    source = token_span(base, owner) if owner and not inside_quote[base + owner[0].idx] else None
    if content is None:
        return []
    return [Attribution(token_span(base, [token]), source, set(), content, False, sentence)]


def _subject_of_verb_as_noun(token) -> list:
    """"Trump charges that …" with "charges" tagged as a plural noun: a present-tense cue whose
    subject is the bare name or noun just before it."""
    if token.tag_ != "NNS" or any(c.dep_ in ("det", "poss") for c in token.children):
        return []
    start = token.i
    while start > token.sent.start and token.doc[start - 1].pos_ in ("PROPN", "NOUN") \
            and token.doc[start - 1].tag_ not in ("NNS", "NNPS"):
        start -= 1
    return list(token.doc[start:token.i])


def _complementizer_first(clause) -> bool:
    """"the report that [prices rose]", not "the report that [was released]": « que » as a conjunction.

    A relative pronoun is the clause's subject or object; a complementizer only marks it.
    """
    first = next(iter(clause.subtree))
    return first.lower_ in COMPLEMENTIZERS and first.dep_ == "mark"


def _clause_span(clause, base: int, sentence: Span) -> Span | None:
    """A clause's words without its complementizer or closing punctuation."""
    tokens = list(clause.subtree)
    while tokens and (tokens[0].lower_ in COMPLEMENTIZERS or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    if not tokens:
        return None
    return _clip_to_clause(token_span(base, tokens), sentence, base, clause.doc)


def _object_span(token, obj, base: int, sentence: Span) -> Span | None:
    """A reported object with what the cue says of it: "admires [Putin as a strong leader]"."""
    tokens = list(obj.subtree)
    for child in token.children:
        if child.i > obj.i and child.dep_ not in OUTSIDE_OBJECT_DEPS:
            tokens += list(child.subtree)
    tokens = sorted(tokens, key=lambda t: t.i)
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    if not tokens:
        return None
    span = token_span(base, tokens)
    following = obj.doc[tokens[-1].i + 1] if tokens[-1].i + 1 < len(obj.doc) else None
    if following is not None and following.is_sent_start and not following.is_punct:
        # "cited remarks Trump had made about her": a relative clause without "that", which the
        # parser takes for a new sentence although no punctuation ends the first
        span = Span(span.start, _without_final_stop(obj.doc, base, span.start, sentence.end))
    return _clip_to_clause(span, sentence, base, obj.doc)


def _mistagged_cue(token, lexicon: Lexicon) -> bool:
    """« Le syndicat estime que … » with « estime » tagged as a noun: a verb form before « que »."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if token.pos_ != "NOUN" or following is None or following.lower_ not in COMPLEMENTIZERS:
        return False
    return bool(_infinitives_of(token) & lexicon.cue_verbs)


def _infinitives_of(token) -> set[str]:
    """French present forms back to their infinitive, for the lemmas the lemmatizer misses."""
    form = token.lower_
    if token.lang_ != "fr" or not form.endswith("e") and not form.endswith("ent"):
        return set()
    return {form + "r", form[:-2] + "r"} if form.endswith("ent") else {form + "r"}


def _negated_or_conditional(token) -> bool:
    """« n'a pas dit que », "did not say", « s'il affirme que »: no claim is made."""
    for child in token.children:
        if child.lower_ in NEGATIONS:
            return True
        if child.dep_ == "mark" and child.lower_ in CONDITIONS:
            return True
    return False


def _passive_without_agent(token, lexicon: Lexicon) -> bool:
    """"It is believed that …", « il a été observé que »: a passive without agent credits nobody.

    "It was reported that …" names no one either, but says a report exists: it stays reported.
    """
    subjects = [c for c in token.children if c.dep_ in ("nsubjpass", "nsubj:pass", "expl:subj",
                                                         "expl", "expl:pass")]
    passive = token.morph.get("Voice") == ["Pass"] or token.tag_ == "VBN" and any(
        c.dep_ == "auxpass" for c in token.children)
    agent = any(c.dep_ in ("agent", "obl:agent") for c in token.children)
    impersonal = any(s.lower_ in ("it", "il") for s in subjects)
    # "The plan was announced", « le projet sera lancé »: what is said is the subject, not who
    return passive and not agent and not (impersonal and token.lemma_.lower() in lexicon.report_verbs)


def _sentence_of(sentences: list[Span], offset: int) -> Span | None:
    """The sentence holding an offset."""
    for sentence in sentences:
        if sentence.start <= offset < sentence.end:
            return sentence
    return None


def _is_incise(token, doc) -> bool:
    """Whether the cue comes after its content, behind a comma or a closing quotation mark."""
    index = token.i - 1
    while index >= 0 and (doc[index].lower_ in INVERSION_WORDS or doc[index].pos_ == "AUX"
                          or doc[index].dep_.startswith("aux")):
        index -= 1
    if index >= 0 and doc[index].text in (",", "»", "”", '"', "—", "–"):
        return True
    # English incise with the subject first: '…," the minister said.'
    subject = [c for c in token.children if c.dep_ in SUBJECT_DEPS and c.i < token.i]
    if subject:
        first = min(t.i for t in subject[0].subtree)
        if first == 0 or _has_content_child(token) or _has_object(token):
            return False
        if doc[first - 1].text in ("”", '"', "»", "'"):
            return True
        # "…, Warren said Friday, as …" but not "In July, the NAACP called for …": what comes
        # before an incise is a statement, with a verb of its own
        after = []
        for following in doc[token.i + 1:token.sent.end]:
            if following.is_punct:
                break
            after.append(following)
        lead = doc[token.sent.start:first - 1]
        statement_around = any(_finite(t) for t in lead) or _interrupts(token, doc, first - 1,
                                                                        token.sent.end_char)
        return doc[first - 1].text == "," and len(after) <= 6 and statement_around
    return False


def _has_content_child(token) -> bool:
    """Whether the cue governs a clause to its right (« affirme que … »)."""
    return any(_is_clause(c) and c.i > token.i and not _second_verb_of_phrase(c, token)
               for c in token.children)


def _second_verb_of_phrase(child, token) -> bool:
    """« valoir » in « faire valoir »: part of the cue, not what is said."""
    return token.lemma_ == "faire" and child.i == token.i + 1 and child.pos_ == "VERB"


def _has_object(token) -> bool:
    """Whether the cue has a direct object: "Clinton cited his remarks" is no incise."""
    return token.lemma_.lower() not in ADDRESSEE_VERBS and any(
        c.dep_ in ("obj", "dobj") and c.i > token.i for c in token.children)


def _is_clause(token) -> bool:
    """A clausal complement with a verb at its head, not a mis-parsed noun (« lundi »)."""
    introduced = next(iter(token.subtree)).lower_ in COMPLEMENTIZERS
    if token.dep_ in ("advcl", "dep", "acl") and token.pos_ in ("VERB", "AUX"):
        return introduced  # "tweeted in the night that he was …" parsed as an adverbial clause
    if token.dep_ not in ("ccomp", "xcomp"):
        return False
    return introduced and token.dep_ == "ccomp" or token.pos_ in ("VERB", "AUX", "ADJ")


def _subject_span(token, base: int, inside_quote: bytearray, incise: bool) -> Span | None:
    """The words naming who speaks: the subject of the cue, before or after it."""
    subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS and c.lower_ not in ("-t", "t")]
    if not subjects:
        subjects = _governing_subjects(token)
    if token.lemma_.lower() in PERCEPTION:
        return _recording_span(token, base)
    if incise and not _right_before(subjects, token, base, inside_quote):
        # the parser often mislabels an inverted subject; what stands after the cue is reliable.
        # Not so after "she said": "several months after her release" is when, not who.
        inverted = _inverted_pronoun(token, base) or _noun_phrase_after(token, base, inside_quote)
        if inverted is not None or not subjects:
            return inverted or _inverted_noun_phrase(token, base)
    if not subjects:
        subjects = _stranded_subject(token)
    if not subjects:
        return None
    subject = subjects[-1] if incise else subjects[0]
    if subject.lower_ in RELATIVE_PRONOUNS and token.dep_ in ("relcl", "acl:relcl"):
        subject = token.head  # "a letter that said …": the letter speaks
        subjects = [subject]
    if inside_quote[base + subject.idx]:
        return None
    tokens = phrase_tokens(subject)
    # « Ceux-ci » comes as three subject tokens: keep the ones that follow on
    while tokens[-1].i + 1 < len(token.doc) and token.doc[tokens[-1].i + 1] in subjects:
        tokens.append(token.doc[tokens[-1].i + 1])
    span = token_span(base, tokens)
    if tokens[0].text.startswith("-"):  # « a-t-il dit »: the source is « il »
        span = Span(span.start + 1, span.end)
    return span


def _noun_phrase_after(token, base: int, inside_quote: bytearray) -> Span | None:
    """« …, détaille Dogan Sirimsi, … », '…," said Senator Warren on Tuesday': the words after the cue."""
    doc = token.doc
    index = token.i + 1
    if index < len(doc) and _second_verb_of_phrase(doc[index], token):
        index += 1
    while index < len(doc) and (doc[index].pos_ == "ADV" or doc[index].lower_ in TIME_WORDS):
        index += 1
    phrase = []
    while index < len(doc) and not inside_quote[base + doc[index].idx] and _continues_name(doc[index]):
        phrase.append(doc[index])
        index += 1
    while phrase and phrase[-1].pos_ in ("ADP", "DET", "CCONJ"):
        phrase.pop()
    if not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in phrase):
        return None
    return token_span(base, phrase)


def _continues_name(token) -> bool:
    """Whether a word can belong to the noun phrase naming a speaker."""
    if token.pos_ in ("DET", "NOUN", "PROPN", "PRON", "NUM", "PART"):
        return token.pos_ != "PRON" or token.lower_ not in RELATIVE_PRONOUNS
    if token.pos_ == "ADJ":
        return True
    return token.pos_ == "ADP" and token.lower_ in ("de", "d'", "du", "des", "of")


def _inverted_pronoun(token, base: int) -> Span | None:
    """« a-t-elle estimé » parsed with « -t » as subject: the pronoun after the hyphen speaks."""
    for candidate in token.doc[max(0, token.i - 4):token.i + 3]:
        pronoun = INVERTED_PRONOUN.match(candidate.lower_)
        if pronoun:
            return Span(base + candidate.idx + pronoun.start(1), base + candidate.idx + pronoun.end(1))
    return None


def _stranded_subject(token) -> list:
    """When a long relative clause misleads the parser, the sentence's opening noun phrase."""
    if not _has_content_child(token):
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
        if candidate.pos_ in ("VERB", "AUX") and candidate.dep_ != "aux:tense":
            break
    return []


def phrase_tokens(head) -> list:
    """The head's phrase without relative clauses, appositions or trailing circumstances."""
    keep = {head.i}
    stack = [head]
    while stack:
        node = stack.pop()
        for child in node.children:
            if child.dep_ in CUT_DEPS:
                continue
            if child.i > head.i and _opens_circumstance(child):
                continue
            keep.add(child.i)
            stack.append(child)
    doc = head.doc
    indices = sorted(keep)
    # keep only the contiguous run around the head
    start = end = head.i
    while start - 1 in keep:
        start -= 1
    while end + 1 in keep:
        end += 1
    tokens = [doc[i] for i in range(start, end + 1) if i in indices]
    if tokens[0].lower_ in ("-t", "-t-il") and len(tokens) > 1:
        tokens = tokens[1:]
    while len(tokens) > 1 and (tokens[-1].lower_ in RELATIVE_PRONOUNS or tokens[-1].is_punct):
        tokens.pop()  # "an architect who": the relative clause is cut, its pronoun too
    return tokens


def _opens_circumstance(token) -> bool:
    """A prepositional phrase of place or time after the head, not part of the name."""
    case = [c for c in token.children if c.dep_ == "case"]
    first = case[0].lower_ if case else token.lower_
    return first in CIRCUMSTANCE and token.dep_ not in ("amod", "compound", "flat", "flat:name")


def _inverted_noun_phrase(token, base: int) -> Span | None:
    """The noun phrase just after an inverted cue when the parser gave it another role."""
    # « a fait valoir le chancelier »: the noun hangs from the second verb of the phrase
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    verbs = [token, following] if following is not None and _second_verb_of_phrase(following, token) \
        else [token]
    for child in (c for verb in verbs for c in verb.children):
        if child.i > token.i and child.pos_ in ("NOUN", "PROPN", "PRON") and child.dep_ in (
                "obj", "nmod", "obl", "obl:arg", "obl:mod", "dep", "iobj", "dobj", "attr"):
            return token_span(base, phrase_tokens(child))
    return None


def _recording_span(token, base: int) -> Span | None:
    """« peut-on entendre dans la vidéo »: the recording is the source."""
    for child in token.children:
        if child.i > token.i and child.pos_ == "NOUN":
            tokens = [t for t in child.subtree if t.dep_ != "case"]
            return token_span(base, tokens) if tokens else None
    return None


def _content_after(token, base: int, sentence: Span, inside_quote: bytearray) -> Span | None:
    """The clause a cue governs: « affirment que [leurs armes …] », "said [he would …]"."""
    introduced = _clause_after_complementizer(token, base, sentence)
    if introduced is not None:
        return introduced
    addressed = token.lemma_.lower() in ADDRESSEE_VERBS
    for child in token.children:
        if _is_clause(child) and child.i > token.i and not _second_verb_of_phrase(child, token):
            span = _clause_span(child, base, sentence)
            subject = [c for c in token.children if c.dep_ in ("obj", "dobj") and token.i < c.i < child.i]
            if span is not None and subject and not addressed:
                # "demanding Obama make a pledge": the object is the clause's subject
                span = Span(base + subject[0].left_edge.idx, span.end)
            if span is not None:
                return span
    objects = [] if addressed else token.children
    for child in objects:  # « dénoncent les conditions de travail »: a reported object
        # a noun object the tagger took for a verb ("cited remarks") is an object all the same
        if child.dep_ in ("obj", "dobj") and child.i > token.i and child.pos_ in ("NOUN", "PROPN", "VERB"):
            return _object_span(token, child, base, sentence)
    for child in token.children:  # "called for a repeal", "spoke out Tuesday about the risks"
        if child.i > token.i and child.dep_ == "prep" and child.lower_ in TOPIC_PREPOSITIONS:
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objects:
                return _clause_span(objects[0], base, sentence)
    return None


def _clause_after_complementizer(token, base: int, sentence: Span) -> Span | None:
    """« a confirmé qu'[outre-Rhin, le PIB …] »: what follows « que » runs to the sentence's end.

    The parser often cuts such a clause at its first comma; the words say more than the tree.
    """
    doc = token.doc
    index = token.i + 1
    # "pointed out that", « a ajouté mardi que »: a particle or a time word before the clause
    while index < len(doc) and (doc[index].pos_ == "ADV" or doc[index].lower_ in TIME_WORDS
                                or doc[index].dep_ in ("prt", "compound:prt")
                                or INVERTED_PRONOUN.match(doc[index].lower_)):
        index += 1
    if index >= len(doc):
        return None
    word = doc[index]
    elided = word.lower_.startswith("qu'") and len(word.text) > 3  # « qu'outre-Rhin » as one token
    if word.lower_ not in COMPLEMENTIZERS and not elided:
        return None
    start = base + word.idx + (3 if elided else len(word.text))
    while start < sentence.end and doc.text[start - base].isspace():
        start += 1
    end = _without_final_stop(doc, base, start, sentence.end)
    return _clip_to_clause(Span(start, end), sentence, base, doc) if end > start else None


def _content_before(token, base: int, sentence: Span, doc) -> Span | None:
    """For an incise, the sentence up to the comma before the cue, or all of it around the incise.

    « Le projet, a-t-il expliqué, sera lancé en mai »: the incise interrupts the statement, which
    is the whole sentence.
    """
    index = token.i - 1
    while index >= 0 and (doc[index].lower_ in INVERSION_WORDS or doc[index].pos_ == "AUX"
                          or INVERTED_PRONOUN.match(doc[index].lower_)):
        index -= 1
    subject = [c for c in token.children if c.dep_ in SUBJECT_DEPS and c.i < token.i
               and not INVERTED_PRONOUN.match(c.lower_) and c.lower_ not in ("-t", "t")]
    # a "subject" behind the comma is the statement the parser hung on the cue, not its speaker
    subject = [c for c in subject if not any(t.text == "," for t in doc[c.right_edge.i + 1:token.i])]
    if subject and not _inverted_pronoun(token, 0):
        index = min(t.i for t in subject[0].subtree) - 1
    end = base + doc[index].idx if index >= 0 else sentence.start
    start = sentence.start
    if end <= start:
        return None
    if _interrupts(token, doc, index, sentence.end - base):
        end = _without_final_stop(doc, base, start, sentence.end)
    return Span(start, end)


def _without_final_stop(doc, base: int, start: int, end: int) -> int:
    """Where a sentence's words end, before its full stop and spaces."""
    text = doc.text  # spaCy joins the tokens again each time it is asked
    while end > start and text[end - base - 1] in " .!?\n":
        end -= 1
    return end


def _interrupts(token, doc, lead_end: int, sentence_end: int) -> bool:
    """Whether an incise stands inside its statement: a verbless lead, then the finite verb after it."""
    lead = doc[doc[max(lead_end, 0)].sent.start:lead_end]
    rest = [t for t in doc[token.i + 1:] if t.idx < sentence_end]
    comma = next((i for i, t in enumerate(rest[:8]) if t.text == ","), None)
    if comma is None:
        return False
    rest = rest[comma + 1:]
    if not rest or rest[0].lower_ in SUBORDINATORS or rest[0].pos_ in ("SCONJ", "CCONJ"):
        return False
    return not any(_finite(t) for t in lead) and any(_finite(t) for t in rest)


def _finite(token) -> bool:
    """A verb or auxiliary conjugated for a subject: the mark of a clause."""
    return token.pos_ in ("VERB", "AUX") and (token.morph.get("VerbForm") == ["Fin"]
                                               or token.tag_ in ("VBD", "VBP", "VBZ", "MD"))


def _clip_to_clause(span: Span, sentence: Span, base: int, doc) -> Span:
    """Keep a content inside its sentence and before a semicolon that starts a new clause."""
    start, end = max(span.start, sentence.start), min(span.end, sentence.end)
    text = doc.text
    found = CLAUSE_STOP.search(text, start - base, end - base)
    if found:
        end = base + found.start()
        while end > start and text[end - base - 1].isspace():
            end -= 1
    return Span(start, max(start, end))


SOURCE_PHRASE_TAIL = re.compile(r"\s*[,;.:!?]|\s+(?:que|qu'|that)\b")


def find_phrase_attributions(text: str, sentences: list[Span], inside_quote: bytearray,
                             lexicon: Lexicon) -> list[Attribution]:
    """« selon X », « d'après X », "according to X" in the parse text: phrases needing no parse."""
    pattern = source_phrase_pattern(lexicon.language)
    hedge = hedge_pattern(lexicon.language)
    found = []
    for sentence in sentences:
        for match in pattern.finditer(text, sentence.start, sentence.end):
            # « selon toute vraisemblance » hedges; it names no one
            if not inside_quote[match.start()] and not (hedge and hedge.match(text, match.start())):
                found.append(_phrase_attribution(text, sentence, match))
    return found


def _phrase_attribution(text: str, sentence: Span, match) -> Attribution:
    """The source after « selon » up to the next comma, and the clause it covers."""
    source_start = match.end()
    tail = SOURCE_PHRASE_TAIL.search(text, source_start, sentence.end)
    source_end = tail.start() if tail else sentence.end
    while source_end > source_start and text[source_end - 1] in ".!?»”":
        source_end -= 1
    cue = Span(match.start(), match.start() + len(match.group(0).rstrip()))
    source = Span(source_start, source_end) if source_end > source_start else None
    before = text[sentence.start:match.start()]
    at_clause_start = not before.strip() or before.rstrip()[-1] in ";:" or re.fullmatch(
        r"\s*(?:mais|et|or|but|and|so)\s*,?\s*", before, re.IGNORECASE)
    if at_clause_start:
        start = source_end
        while start < sentence.end and text[start] in " ,\u00a0":
            start += 1
        content = Span(start, _strip_end(text, start, sentence.end))
    elif source_end >= _strip_end(text, sentence.start, sentence.end):
        content = Span(sentence.start, _strip_end(text, sentence.start, match.start()))
    else:
        content = Span(sentence.start, _strip_end(text, sentence.start, sentence.end))
    return Attribution(cue, source, set(), content, False, sentence)


def _strip_end(text: str, start: int, end: int) -> int:
    """The end of a content without trailing spaces, commas or the final full stop."""
    while end > start and text[end - 1] in " ,;:.\u00a0\n":
        end -= 1
    return end
