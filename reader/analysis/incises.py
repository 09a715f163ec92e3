"""Incises: a cue after its statement (« …, a-t-il dit », '…," she said'), and what follows one."""

from __future__ import annotations

import re

from reader.analysis.grammar import SUBJECT_DEPS, finite, has_content_child, interrupts
from reader.analysis.lexicon import lexicon_of
from reader.analysis.quotes import CLOSING_MARKS, QUOTATION_MARKS
from reader.analysis.sentences import words_end
from reader.analysis.speakers import inverted_pronoun
from reader.model import Span

# What ends a statement just before its incise: a comma, a dash or a closing mark, as parsed.
BEFORE_INCISE = (",", "»", "”", '"', "''", "—", "–")
# What stands between commas after a subject: "X, director of AROS,", "X, who …,".
APPOSITION_DEPS = {"appos", "relcl", "acl:relcl"}
# The most words of a place and a title the parser may leave out of a speaker ("Tulsa police").
MISREAD_WORDS = 3


def is_incise(token, doc, sentence_end: int) -> bool:
    """Whether the cue comes after its content, behind a comma or a closing quotation mark."""
    words = lexicon_of(token)
    index = token.i - 1
    while index >= 0 and (doc[index].lower_ in words.inversion_words or doc[index].pos_ == "AUX"
                          or doc[index].dep_.startswith("aux")):
        index -= 1
    # "…, if bogus, ideas to organize, she said": of two subjects the parser gives, the nearest
    subject = sorted((c for c in token.children if c.dep_ in SUBJECT_DEPS and c.i < token.i
                      and not c.is_punct), key=lambda c: -c.i)
    # « Le projet, a-t-il expliqué, sera lancé », « Le texte, a précisé la députée, sera examiné »:
    # the parser's subject is the statement the incise interrupts
    aside = subject and not inverted_pronoun(token, 0) and _aside_after_subject(subject[0], index) \
        and not interrupts(token, doc, subject[0].right_edge.i + 1, token.sent.end_char)
    if index >= 0 and doc[index].text in BEFORE_INCISE and not aside:
        return True
    # English incise with the subject first: '…," the minister said.'
    if subject:
        first = min(t.i for t in subject[0].subtree)
        if first > 0 and doc[first - 1].text == "[":
            first -= 1  # "'…,' [Bruck] said": the name an excerpt's quoter put in brackets
        first = _past_a_misread_place(doc, first)
        # "the minister, who spoke in Paris, said": a relative clause is no incise
        relative = subject[0].lower_ in words.relative_pronouns
        # single marks close a quotation nested in an excerpt: "'…,' the lawyer said"
        closing_mark = first > 0 and doc[first - 1].text in CLOSING_MARKS | {"'", "’"}
        if closing_mark and first >= 2 and doc[first - 2].text == "," and opens_a_quotation(token):
            return True  # '“…,” the coach said, “…”': the quotation goes on after its incise
        if first == 0 or relative or has_content_child(token, sentence_end) or _has_object(token):
            return False
        if closing_mark:
            return True
        if opens_a_quotation(token):
            return False
        # "…, Warren said Friday, as …" but not "In July, the NAACP called for …": what comes
        # before an incise is a statement, with a verb of its own
        after = []
        for following in doc[token.i + 1:token.sent.end]:
            if following.is_punct:
                break
            after.append(following)
        lead = doc[token.sent.start:first - 1]
        statement_around = any(finite(t) for t in lead) or interrupts(token, doc, first - 1,
                                                                        token.sent.end_char)
        return doc[first - 1].text == "," and len(after) <= 6 and statement_around
    return False


def _past_a_misread_place(doc, first: int) -> int:
    """'“…,” Tulsa police Chief Jordan said': where the speaker's words begin after a closing
    mark, when the parser reads the place before the title as a verb of its own."""
    for start in range(first - 1, max(0, first - MISREAD_WORDS - 1), -1):
        if doc[start].is_punct:
            return first
        if doc[start - 1].text in CLOSING_MARKS and doc[start].is_title and doc[start].ent_type_:
            return start
    return first


def opens_a_quotation(token) -> bool:
    """"Asked about prices, Patel said, “No.”", '“…,” he said, “…”': a cue before a comma and an
    opening mark introduces that quotation."""
    doc = token.doc
    return token.i + 2 < len(doc) and doc[token.i + 1].text in (",", ":") \
        and doc[token.i + 2].text in ("“", '"', "«", "‘", "''")


def _aside_after_subject(subject, comma: int) -> bool:
    """"Keron Blair, director of AROS, called for …", "Clinton, at Monday's debate, cited …": the
    comma before the cue closes an aside after its subject, which opens the clause.

    After a quotation ('“…,” Malkia Cyril, the director, told …') the same words are an incise.
    """
    doc = subject.doc
    lead = doc[subject.sent.start:subject.left_edge.i]
    if any(t.text in QUOTATION_MARKS for t in lead):
        return False
    if any(c.dep_ in APPOSITION_DEPS and c.right_edge.i == comma - 1 for c in subject.children):
        return True
    return doc[subject.right_edge.i + 1].text == "," and not any(finite(t) for t in lead) \
        and not any(t.text in QUOTATION_MARKS for t in doc[subject.i:comma])


def _has_object(token) -> bool:
    """Whether the cue has a direct object: "Clinton cited his remarks" is no incise."""
    return token.lemma_.lower() not in lexicon_of(token).addressee_verbs and any(
        c.dep_ in ("obj", "dobj") and c.i > token.i for c in token.children)


# What follows an incise's speaker after a colon, when it is no quotation: « …, rappelle X : Y. »
# A title or a name may stand between them: « le journal américain “The Wall Street Journal” : ».
AFTER_COLON = re.compile(r"[^:.!?]{0,60}?[ \u00a0]:[ \u00a0]*(?![«“\"„])")


def quoted_after(token, base: int, sentence: Span) -> Span | None:
    """'“We tried,” the coach said, “but it froze.”': the quotation an incise goes on to."""
    if not opens_a_quotation(token):
        return None
    doc = token.doc
    start = doc[token.i + 2].idx
    return Span(base + start, base + words_end(doc.text, start, sentence.end - base))


def said_after_colon(text: str, base: int, source: Span, sentence: Span) -> Span | None:
    """« Un étage est caché, rappelle le journal : détruire ces tunnels est difficile. »: the
    speaker of an incise goes on after a colon, to the end of the sentence."""
    colon = AFTER_COLON.match(text, source.end - base, sentence.end - base)
    if colon is None:
        return None
    start = colon.end()
    end = words_end(text, start, sentence.end - base)
    return Span(base + start, base + end) if len(text[start:end].split()) >= 3 else None
