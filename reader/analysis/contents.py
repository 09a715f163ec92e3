"""What is said: the clause or object a cue introduces, or the words an incise follows."""

from __future__ import annotations

import re

from reader.analysis.cue_verbs import is_cue_verb
from reader.analysis.grammar import (SUBJECT_DEPS, is_clause, is_inverted_pronoun, next_token, resumed_after,
                                     second_verb_of_phrase, text_of, token_span)
from reader.analysis.lexicon import lexicon_of
from reader.analysis.sentences import without_dateline, words_end
from reader.analysis.speakers import inverted_pronoun
from reader.model import Span

# A semicolon starts a new clause; a colon before a quotation hands over to that quotation.
CLAUSE_STOP = re.compile(r";|:\s*[«“\"]")
# Dashes that set off an aside: "— a modest boost".
DASHES = {"—", "–", "--", "―"}
# What stands between a content cut short and what comes after it (closing quotes stay).
SEPARATORS = DASHES | {",", ";", ":", "-"}
# What follows a reported object without belonging to it: the next clause, another verb.
OUTSIDE_OBJECT_DEPS = {"punct", "cc", "conj", "advcl", "parataxis", "relcl", "acl:relcl", "ccomp", "dep"}


def content_after(token, base: int, sentence: Span, particles: frozenset = frozenset()) -> Span | None:
    """The clause a cue governs: « affirment que [leurs armes …] », "said [he would …]".

    `particles` are the words of a phrasal cue after its verb: "gone after [the utility]".
    """
    content = _governed(token, base, sentence, particles)
    return _within_the_cue_s_part(token, base, content) if content is not None else None


def _governed(token, base: int, sentence: Span, particles: frozenset) -> Span | None:
    """The words a cue governs, which may run past the part of the sentence the cue is in."""
    introduced = _clause_after_complementizer(token, base, sentence, particles)
    if introduced is not None:
        return introduced
    words = lexicon_of(token)
    if token.lemma_.lower() in words.naming_verbs:
        named = _what_is_named(token, base, sentence)
        if named is not None:
            return named
    addressed = token.lemma_.lower() in words.addressee_verbs
    for child in token.children:
        # "tells his supporters at a rally to “go …”", which the parser calls an adverbial clause
        # and « a appelé les Tchèques à rester … », the phrasal cue's « à » opening the clause
        # and "called for [the strongholds to be hit]", the « for » read as the clause's mark
        bidding = child.dep_ == "advcl" and (
            addressed and child.left_edge.lower_ in words.infinitive_marks
            or any(m.dep_ == "mark" and (m.lower_ in particles or m.i == token.i + 1
                                          and m.lower_ in words.topic_prepositions) for m in child.children))
        if (is_clause(child) or bidding) and child.i > token.i and not second_verb_of_phrase(child, token):
            span = clause_span(child, base, sentence)
            subject = [c for c in token.children if c.dep_ in ("obj", "dobj") and token.i < c.i < child.i]
            if span is not None and subject and not addressed:
                # "demanding Obama make a pledge": the object is the clause's subject
                span = Span(base + subject[0].left_edge.idx, span.end)
            if span is not None:
                return span
    for child in token.children:  # "felt confident [that the bill would pass]"
        clauses = [g for g in child.children if g.dep_ == "ccomp"] if child.dep_ == "acomp" else []
        if clauses:
            return clause_span(clauses[0], base, sentence)
        # « s'est dit [favorable à « un compromis »] »: the parser reads the attribute as an adverb
        if child.i > token.i and child.pos_ == "ADJ" and child.dep_ == "advmod" and _reflexive(token):
            return object_span(token, child, base, sentence)
    if addressed:
        told = _clause_after_the_addressee(token, base, sentence)
        if told is not None:
            return told
    after_its_noun = _told_after_its_noun(token, particles, base, sentence)
    if after_its_noun is not None:
        return after_its_noun
    objects = [] if addressed else token.children
    for child in objects:  # « dénoncent les conditions de travail »: a reported object
        # a noun object the tagger took for a verb ("cited remarks") is an object all the same
        # « a fait part de [sa tristesse] »: the noun of the phrasal cue is no object of its own
        if child.dep_ in ("obj", "dobj") and child.i > token.i and child.pos_ in ("NOUN", "PROPN", "VERB") \
                and not points_back(child) and child.lower_ not in particles:
            return object_span(token, child, base, sentence)
    for child in token.children:  # "called for a repeal", "spoke out Tuesday about the risks"
        if child.i > token.i and child.dep_ == "prep" and child.lower_ in particles:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:  # "gone after [Trump as a “con artist”]": the object and what is said of it
                return object_span(token, objects[0], base, sentence)
        # « a appelé [à la grève] »: French hangs the noun on the verb, its preposition below it
        if len(particles) == 1 and child.i > token.i and child.dep_ in ("obl:arg", "obl") and any(
                c.dep_ == "case" and c.lower_ in particles for c in child.children):
            return object_span(token, child, base, sentence)
        if child.i > token.i and child.dep_ == "prep" and child.lower_ in words.topic_prepositions:
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")
                       and c.lemma_.lower() not in words.duration_nouns]
            if objects:
                return clause_span(objects[0], base, sentence)
        if child.i > token.i and child.dep_ == "obl:arg":
            told = _reflexive_s_object(token, child, base, sentence) \
                or _clause_read_as_relative(child, base, sentence)
            if told is not None:
                return told
        if child.i > token.i and child.dep_ in ("obl:arg", "obl:mod", "obl", "prep"):
            told = _clause_hung_on_an_aside(child, base, sentence)
            if told is not None:
                return told
    return None


def _clause_hung_on_an_aside(aside, base: int, sentence: Span) -> Span | None:
    """« affirme de son côté [que les équipements …] », "said in an interview [that …]": the clause
    after an aside between the cue and « que », which the parser hangs on the aside's noun."""
    complementizers = lexicon_of(aside).complementizers
    nouns = [aside] + [c for c in aside.children if c.dep_ == "pobj"]
    for clause in (c for noun in nouns for c in noun.children):
        first = clause.left_edge
        if clause.dep_ in ("acl", "acl:relcl", "relcl") and clause.i > aside.i and first.dep_ == "mark" \
                and first.lower_ in complementizers and first.head == clause:
            return clause_span(clause, base, sentence)
    return None


def _told_after_its_noun(token, particles: frozenset, base: int, sentence: Span) -> Span | None:
    """« a fait part de [son inquiétude] », « fait état de [difficultés] »: what follows the noun
    of a phrasal cue and its « de », wherever the parser hangs it."""
    noun = next((c for c in token.children if c.dep_ in ("obj", "dobj") and c.lower_ in particles), None)
    if noun is None:
        return None
    topic_prepositions = lexicon_of(token).topic_prepositions
    for told in [*token.children, *noun.children]:
        if told.i > noun.i and told.dep_ in ("obl:arg", "obl", "obj", "nmod") and told.pos_ in ("NOUN", "PROPN"):
            span = object_span(token, told, base, sentence)
            first = told.left_edge
            if span is not None and first.dep_ == "case" and first.lower_ in topic_prepositions \
                    and base + first.idx == span.start:
                span = Span(base + token.doc[first.i + 1].idx, span.end)
            return span
    return None


def _clause_after_the_addressee(token, base: int, sentence: Span) -> Span | None:
    """"told the jury [Roof stood over her]": a clause without "that" after the one told, which the
    parser reads as a relative clause describing them."""
    relative_pronouns = lexicon_of(token).relative_pronouns
    for addressee in (c for c in token.children if c.dep_ in ("obj", "dobj") and c.i > token.i):
        for clause in (c for c in addressee.children if c.dep_ in ("relcl", "acl:relcl")):
            subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
            if subject is not None and subject.left_edge == clause.left_edge \
                    and subject.lower_ not in relative_pronouns:
                return clause_span(clause, base, sentence)
    return None


def _reflexive(token) -> bool:
    """Whether a French verb is reflexive: « s'inquiète », « s'est dit »."""
    return any(c.dep_.startswith("expl") for c in token.children)


def _reflexive_s_object(token, noun, base: int, sentence: Span) -> Span | None:
    """« s'inquiète de [la hausse des prix] »: French hangs the noun on the verb, « de » below it;
    only a reflexive verb's, as « proposer de la vente » is a partitive."""
    topics = [c for c in noun.children if c.dep_ == "case" and c.lower_ in lexicon_of(token).topic_prepositions]
    if not topics or not _reflexive(token):
        return None
    told = object_span(token, noun, base, sentence)
    after = base + token.doc[topics[0].i + 1].idx
    return Span(after, told.end) if told is not None and told.start < after < told.end else told


def _clause_read_as_relative(noun, base: int, sentence: Span) -> Span | None:
    """« exige de la direction [qu'elle rouvre les négociations] »: the parser reads « qu' » as a
    relative pronoun, the object of a verb that has an object already; it opens a clause."""
    complementizers = lexicon_of(noun).complementizers
    for clause in noun.children:
        if clause.dep_ not in ("acl:relcl", "relcl") or clause.i < noun.i:
            continue
        objects = [c for c in clause.children if c.dep_ in ("obj", "dobj")]
        if len(objects) > 1 and any(o.lower_ in complementizers and o.i < clause.i for o in objects):
            return clause_span(clause, base, sentence)
    return None


def _what_is_named(token, base: int, sentence: Span) -> Span | None:
    """"called [the plan “arbitrary”]", "called [him a political opportunist]": what is named and
    the name given, which the parser hangs on the verb as an object and a predicate."""
    parts = [c for c in token.children if c.i > token.i and c.dep_ in ("dobj", "obj", "oprd", "xcomp")]
    if not any(c.dep_ in ("oprd", "xcomp") for c in parts):
        return None
    tokens = list(token.doc[min(c.left_edge.i for c in parts):max(c.right_edge.i for c in parts) + 1])
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    return clip_to_clause(token_span(base, _with_closing_mark(tokens)), sentence, base, token.doc) \
        if tokens else None


def _within_the_cue_s_part(token, base: int, content: Span) -> Span:
    """End a content where the cue's sentence goes on without it.

    A cue in a relative or leading adverbial clause says no more than that clause holds ("The
    mayor, who insists that [the city is safe], refused …", "While she has said that [the law is
    fair], her party …"); a clause coordinated with the cue, or one with a speaker and a cue of its
    own, is the next statement ("said that [the fund is empty], and Ms. Lopez said …"); a closing
    "according to X" names a source, and a closing dash sets off the writer's remark.
    """
    doc = token.doc
    last = whole = _last_token_of(doc, base, content)
    for node in [token, *token.ancestors]:
        if node.dep_ in ("relcl", "acl:relcl"):
            last = min(last, node.right_edge.i)
        if node.dep_ == "advcl" and node.head.i > node.i:
            last = min(last, _main_clause_start(node) - 1)
        for child in node.children:
            if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX") and base + child.idx > content.start \
                    and _after_a_conjunction(child):
                last = min(last, child.left_edge.i - 1)
    for word in doc[token.i + 1:last + 1]:
        if base + word.idx > content.start and _another_speaker_s_cue(word):
            last = min(last, word.left_edge.i - 1)
    last = _before_a_closing_source_phrase(doc, base, content, last)
    last = _before_a_closing_aside(doc, base, content, last)
    if last == whole:
        return content
    while last > token.i and (doc[last].text in SEPARATORS or doc[last].pos_ == "CCONJ"):
        last -= 1
    end = base + doc[last].idx + len(doc[last].text)
    return Span(content.start, end) if content.start < end < content.end else content


def _after_a_conjunction(clause) -> bool:
    """"…, and Ms. Lopez said": a clause joined by "and" or « et », not one that says what follows
    ("…, so the school had to close", which the parser may join to the cue as well), nor a second
    clause of what is said ("…, but that the cost would fall")."""
    if _introduced(clause):
        return False
    before = clause.left_edge.i - 1
    while before >= 0 and clause.doc[before].is_punct:
        before -= 1
    return before >= 0 and clause.doc[before].pos_ == "CCONJ"


def _main_clause_start(subordinate) -> int:
    """Where the clause a leading subordinate clause hangs from begins: its first word after it.

    A clause with « que » or "that" hung on that verb is the cue's own, misplaced by the parser.
    """
    head, complementizers = subordinate.head, lexicon_of(subordinate).complementizers
    words = [c.left_edge.i for c in head.children if subordinate.i < c.i < head.i and not c.is_punct
             and c.left_edge.lower_ not in complementizers]
    return min([head.i, *words])


def _another_speaker_s_cue(word) -> bool:
    """« …, et la préfète a estimé que … »: a coordinated verb of speech with a subject of its own
    ("… and that she thinks …" goes on with what the first speaker said)."""
    words = lexicon_of(word)
    return word.dep_ == "conj" and is_cue_verb(word, words) and not _introduced(word) \
        and any(c.dep_ in SUBJECT_DEPS and c.lower_ not in words.relative_pronouns for c in word.children)


def _introduced(clause) -> bool:
    """Whether a clause opens with « que » or "that", as what is said does (the parser may take
    "that" for a determiner: "but that overtime pay would …")."""
    complementizers = lexicon_of(clause).complementizers
    return clause.left_edge.lower_ in complementizers or any(
        c.dep_ == "mark" and c.lower_ in complementizers for c in clause.children)


def _before_a_closing_aside(doc, base: int, content: Span, last: int) -> int:
    """"said [he was encouraged by the plan] — a modest boost for the president", "said [the council
    was slow], a claim the council denies": a noun phrase after a dash, or after a comma with an
    indefinite article, that closes the content is the writer's remark on it."""
    first = _first_token_of(doc, base, content)
    dashes = [t.i for t in doc[first + 1:last] if t.text in DASHES]
    if len(dashes) == 1 and doc[dashes[0] + 1].pos_ == "DET":
        return dashes[0] - 1
    commas = [t.i for t in doc[first + 1:last] if t.text == ","]
    if commas and _remark_after(doc[commas[-1] + 1], last):
        return commas[-1] - 1
    return last


def _remark_after(article, last: int) -> bool:
    """", a claim the council denies": an indefinite noun phrase with a relative clause that runs to
    the content's end and hangs from a verb before it, not a name's apposition nor a clause."""
    noun = article.head
    return article.dep_ == "det" and article.lower_ in lexicon_of(article).indefinite_determiners \
        and noun.pos_ == "NOUN" and noun.right_edge.i >= last and noun.head.i < article.i \
        and noun.head.pos_ in ("VERB", "AUX") and noun.dep_ not in SUBJECT_DEPS \
        and any(c.dep_ in ("relcl", "acl:relcl") for c in noun.children)


def _first_token_of(doc, base: int, content: Span) -> int:
    """The index of the first token that starts inside a content."""
    # searched in spaCy's array of token offsets: a walk over the tokens took a tenth of the rules' time
    first = int(doc.to_array("IDX").searchsorted(content.start - base, side="left"))
    return min(first, len(doc) - 1)


def _last_token_of(doc, base: int, content: Span) -> int:
    """The index of the last token that starts inside a content."""
    return max(_last_token_before(doc, content.end - base), 0)


def _last_token_before(doc, offset: int) -> int:
    """The index of the last token that starts before an offset in its paragraph; -1 if none."""
    return int(doc.to_array("IDX").searchsorted(offset, side="left")) - 1


def _before_a_closing_source_phrase(doc, base: int, content: Span, last: int) -> int:
    """"[prices rose], according to a poll": a source phrase after a comma that closes the content
    names who says the content's words, and is no part of them."""
    phrase = lexicon_of(doc[0]).source_phrase
    text, start = text_of(doc), content.start - base
    end = doc[last].idx + len(doc[last].text)
    found = list(phrase.finditer(text, start, end)) if phrase is not None else []
    closing = [m for m in found if text[start:m.start()].rstrip().endswith(",")
               and "," not in text[m.end():end]]
    if not closing:
        return last
    before = _last_token_before(doc, text.rindex(",", start, closing[-1].start()))
    return before if before >= 0 else last


def _clause_after_complementizer(token, base: int, sentence: Span,
                                 particles: frozenset = frozenset()) -> Span | None:
    """« a confirmé qu'[outre-Rhin, le PIB …] »: what follows « que » runs to the sentence's end.

    The parser often cuts such a clause at its first comma; the words say more than the tree.
    After the words of a phrasal cue the clause may come without its complementizer: "made it
    clear [she would vote no]".
    """
    doc, words = token.doc, lexicon_of(token)
    index = token.i + 1
    while index < len(doc) and doc[index].lower_ in particles:
        index += 1
    phrase_read = index > token.i + 1
    # "pointed out that", « a ajouté mardi que », « a fait savoir que »: a particle, a time word
    # or the second verb of the cue before the clause
    while index < len(doc) and (doc[index].pos_ == "ADV" or doc[index].lower_ in words.time_words
                                or doc[index].dep_ in ("prt", "compound:prt")
                                or is_inverted_pronoun(doc[index])
                                or second_verb_of_phrase(doc[index], token)):
        index += 1
    if index >= len(doc):
        return None
    word = doc[index]
    # « qu'outre-Rhin » as one token
    elided = next((e for e in words.elided_complementizers
                   if word.lower_.startswith(e) and len(word.text) > len(e)), "")
    # "maintained that position": a determiner, not the start of a clause
    # "made it clear [she would …]", "said [that was a mistake]": the clause begins with its subject
    subject_first = word.dep_ in SUBJECT_DEPS and (
        phrase_read and word.pos_ in ("PRON", "PROPN") or word.lower_ in words.complementizers)
    if subject_first:
        start = base + word.idx
    elif word.lower_ not in words.complementizers and not elided or word.pos_ == "DET":
        return None
    else:
        start = base + word.idx + (len(elided) if elided else len(word.text))
    while start < sentence.end and text_of(doc)[start - base].isspace():
        start += 1
    end = _without_final_stop(doc, base, start, sentence.end)
    return clip_to_clause(Span(start, end), sentence, base, doc) if end > start else None


def points_back(obj) -> bool:
    """"maintained that position", « confirme cette analyse »: an object that only points back to
    something said before, and says nothing itself."""
    words = list(obj.subtree)
    demonstratives = lexicon_of(obj).demonstratives
    return len(words) <= 3 and any(c.dep_ == "det" and c.lower_ in demonstratives for c in obj.children)


def object_span(token, obj, base: int, sentence: Span) -> Span | None:
    """A reported object with what the cue says of it: "admires [Putin as a strong leader]"."""
    tokens = _without_aside(obj)
    said_of_the_object = lexicon_of(token).said_of_the_object
    for child in token.children:
        # "attacked [her as a fraud] during the debate", "tweeted [a video] Thursday afternoon":
        # when and where are the writer's
        said_of_it = child.dep_ not in ("prep", "npadvmod") or child.lower_ in said_of_the_object
        # "emphasized [fairness, and a need to raise wages]": a noun the parser joined to the verb
        joined = child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN")
        if child.i > obj.i and (child.dep_ not in OUTSIDE_OBJECT_DEPS and said_of_it or joined):
            tokens += list(child.subtree)
    tokens = sorted(tokens, key=lambda t: t.i)
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    # "a video of the debate [Thursday afternoon]", however the parser hangs the time
    when = next((t for t in tokens if t.dep_ == "npadvmod" and t.head.pos_ in ("NOUN", "PROPN")
                 and t.i > obj.i and t.right_edge == tokens[-1]), None)
    if when is not None:
        tokens = [t for t in tokens if t.i < when.left_edge.i]
    if not tokens:
        return None
    tokens = _with_closing_mark(tokens)
    span = token_span(base, tokens)
    following = next_token(tokens[-1])
    if following is not None and following.is_sent_start and not following.is_punct:
        # "cited remarks Trump had made about her": a relative clause without "that", which the
        # parser takes for a new sentence although no punctuation ends the first
        span = Span(span.start, _without_final_stop(obj.doc, base, span.start, sentence.end))
    return clip_to_clause(span, sentence, base, obj.doc)


def main_clause_around(token, base: int, sentence: Span) -> Span | None:
    """"As the report noted, [the river rose]": the clause an "as" cue hangs from, without the cue's."""
    framing = {t.i for t in token.subtree}
    tokens = [t for t in token.head.subtree if t.i not in framing]
    while tokens and tokens[0].is_punct:
        tokens.pop(0)
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    return clip_to_clause(token_span(base, tokens), sentence, base, token.doc) if tokens else None


def _without_aside(obj) -> list:
    """An object's words without a relative clause set off by a comma: "the reality of climate
    change[, which makes him an outlier]" is the writer's remark, not what is reported."""
    tokens = list(obj.subtree)
    for token in tokens:
        if token.dep_ in ("relcl", "acl:relcl") and token.left_edge.i > obj.i \
                and obj.doc[token.left_edge.i - 1].text == ",":
            return [t for t in tokens if t.i < token.left_edge.i - 1]
    return tokens


def clause_span(clause, base: int, sentence: Span) -> Span | None:
    """A clause's words without its complementizer or closing punctuation."""
    tokens = list(clause.subtree)
    words = lexicon_of(clause)
    # "for" opens "called for [the plan to be dropped]" as "that" opens a clause
    opened_for_a_subject = any(c.dep_ in SUBJECT_DEPS or c.dep_ == "nsubjpass" for c in clause.children)
    while tokens and (tokens[0].lower_ in words.complementizers or tokens[0].is_punct
                      or opened_for_a_subject and tokens[0].dep_ == "mark"
                      and tokens[0].lower_ in words.topic_prepositions):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    if not tokens:
        return None
    return clip_to_clause(token_span(base, _with_closing_mark(tokens)), sentence, base, clause.doc)


def _with_closing_mark(tokens: list) -> list:
    """The words with the mark closing a quotation they open, which the parser hangs elsewhere:
    « d'une « réforme courageuse » », 'the decision was "soft but defensible"', 'called Merkel
    “The Chancellor of the Free World.”'."""
    if not sum(t.is_quote for t in tokens) % 2:
        return tokens
    closing = next_token(tokens[-1])
    if closing is not None and closing.is_quote:
        return tokens + [closing]
    after = next_token(closing) if closing is not None and closing.is_punct else None
    return tokens + [closing, after] if after is not None and after.is_quote else tokens


def content_before(token, base: int, sentence: Span, doc) -> Span | None:
    """For an incise, the sentence up to the comma before the cue.

    « Le projet, a-t-il expliqué, sera lancé en mai »: when the incise interrupts the statement,
    this is its lead (« Le projet »), and `content_resumed` the rest; the incise is no part of it.
    """
    lead_end = _lead_end(token, doc)
    end = base + doc[lead_end].idx if lead_end >= 0 else sentence.start
    start = without_dateline(text_of(doc), Span(sentence.start - base, sentence.end - base)).start + base
    return Span(start, end) if end > start else None


def content_resumed(token, base: int, sentence: Span, doc) -> Span | None:
    """"But to prevent problems, he said, [local officials should be vigilant]": the statement an
    incise interrupts, from where it goes on after the incise to the end of the sentence."""
    resumed = resumed_after(token, doc, _lead_end(token, doc), sentence.end - base)
    if resumed is None:
        resumed = _carried_on_after(token, doc, sentence.end - base)
    if resumed is None:
        return None
    start = base + doc[resumed].idx
    return Span(start, _without_final_stop(doc, base, start, sentence.end))


def _carried_on_after(token, doc, sentence_end: int) -> int | None:
    """"It is no surprise, Garin said, [that …]", "it is his job, he said, [to talk …]", "…, Graham
    said, [since …]": the word after an incise's comma that carries the statement on, or None."""
    words = lexicon_of(token)
    after = [t for t in doc[token.i + 1:token.i + 9] if t.idx < sentence_end]
    comma = next((t for t in after if t.text == ","), None)
    following = next_token(comma) if comma is not None else None
    if following is None or following.idx >= sentence_end:
        return None
    carries_on = words.complementizers | words.infinitive_marks | words.reason_conjunctions
    return following.i if following.lower_ in carries_on else None


def _lead_end(token, doc) -> int:
    """The index of the word that ends an incise's statement (the comma before its speaker, or
    before the cue when the speaker follows it)."""
    words = lexicon_of(token)
    index = token.i - 1
    while index >= 0 and (doc[index].lower_ in words.inversion_words or doc[index].pos_ == "AUX"
                          or is_inverted_pronoun(doc[index])):
        index -= 1
    subject = [c for c in token.children if c.dep_ in SUBJECT_DEPS and c.i < token.i
               and not is_inverted_pronoun(c) and c.lower_ not in words.euphonic_words]
    # a "subject" behind the comma is the statement the parser hung on the cue, not its speaker
    subject = [c for c in subject if not any(t.text == "," for t in doc[c.right_edge.i + 1:token.i])]
    if subject and not inverted_pronoun(token, 0):
        index = min(t.i for t in subject[0].subtree) - 1
    return index


def clip_to_clause(span: Span, sentence: Span, base: int, doc) -> Span:
    """Keep a content inside its sentence and before a semicolon that starts a new clause."""
    start, end = max(span.start, sentence.start), min(span.end, sentence.end)
    text = text_of(doc)
    found = CLAUSE_STOP.search(text, start - base, end - base)
    if found:
        end = base + found.start()
        while end > start and text[end - base - 1].isspace():
            end -= 1
    return Span(start, max(start, end))


def _without_final_stop(doc, base: int, start: int, end: int) -> int:
    """Where a sentence's words end, before its full stop and spaces (offsets in the article)."""
    return base + words_end(text_of(doc), start - base, end - base)
