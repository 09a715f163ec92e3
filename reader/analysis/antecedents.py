"""The antecedents pass: who the article names outside quotations, for pronouns and titles to refer to."""

from __future__ import annotations

from reader.analysis.article import Article
from reader.analysis.findings import Findings
from reader.analysis.grammar import text_of
from reader.analysis.lexicon import Lexicon, lexicon_of
from reader.analysis.sources import PERSON_ENTITIES, Discourse, Mention
from reader.analysis.speakers import phrase_tokens


def find_antecedents(article: Article, findings: Findings) -> None:
    """The discourse of the article: its named people and organisations and its noun subjects."""
    findings.discourse = _discourse_of(article, findings.lexicon)


# Subjects that a later pronoun may stand for, passive ones too: "Two soldiers were wounded …
# One of them said".
ANTECEDENT_DEPS = {"nsubj", "nsubj:pass", "nsubjpass"}
# How many words before a name its title may take: « le ministre de l'Intérieur Gérald Darmanin ».
TITLE_REACH = 4


def _discourse_of(article: Article, lexicon: Lexicon) -> Discourse:
    """Who the article names outside quotations, as antecedents for pronouns and titles.

    Named people and organisations, with the roles written around them (« Élisabeth Borne, la
    Première ministre »), and the nouns that are subjects (« Les enseignants … Ceux-ci … »).
    """
    discourse = Discourse(lexicon.language, lexicon.persons)
    for paragraph, doc in zip(article.paragraphs, article.docs):
        named = set()
        for ent in doc.ents:
            start = paragraph.start + ent.start_char
            if ent.label_ in ("PER", "PERSON", "ORG") and not article.inside_quote[start]:
                gender = _gender_of_name(ent, lexicon) if ent.label_ != "ORG" else None
                titles = discourse.titles_in(t.text for t in _words_around(ent))
                # "it" stands for an organisation that was a subject, not "FBI" in "FBI criticism";
                # a single word the parser calls a firm is as often a surname ("Trump")
                thing = ent.label_ == "ORG" and ent.root.dep_ in ANTECEDENT_DEPS \
                    and (len(ent) > 1 or ent.text.isupper())
                discourse.remember(Mention(ent.text, start, "Sing", gender, person=ent.label_ != "ORG",
                                           titles=titles, thing=thing))
                named.update(range(ent.start, ent.end))
                couple = _joined_names(ent, doc)
                if couple is not None:  # "Earl Hypolite and Naomi Zitt-James say they …"
                    discourse.remember(Mention(couple, start, "Plur", None))
        for token in doc:
            if token.dep_ in ANTECEDENT_DEPS and token.pos_ == "NOUN" and token.i not in named \
                    and not article.inside_quote[paragraph.start + token.idx]:
                discourse.remember(_subject_mention(token, paragraph.start, lexicon, discourse))
    return discourse




def _joined_names(ent, doc) -> str | None:
    """"Earl Hypolite and Naomi Zitt-James say …": two people named together as a subject, whom
    "they" may stand for."""
    if ent.label_ not in ("PER", "PERSON") or ent.root.dep_ not in ANTECEDENT_DEPS:
        return None
    joining = {c.lower_ for c in ent.root.children if c.dep_ == "cc"}
    if not joining & lexicon_of(ent.root).clause_conjunctions:
        return None
    for other in doc.ents:
        if other.label_ == ent.label_ and other.start > ent.end and other.root.dep_ == "conj" \
                and other.root.head == ent.root:
            return text_of(doc)[ent.start_char:other.end_char]
    return None


def _gender_of_name(ent, lexicon: Lexicon) -> str | None:
    """A person's gender from a courtesy title or a common first name (« Mme Dubois », « Me Claire
    Fontaine », "Melanie"), else from the parser, whose guess the title misleads."""
    words = ent.text.split()
    title = words[0].rstrip(".").lower() if words else ""
    # a courtesy title tells a person's gender; a professional one (« Me », "Dr") does not
    if title in lexicon.courtesy_titles:
        return lexicon.courtesy_titles[title]
    name = " ".join(words[1:]) if title in lexicon.professional_titles else ent.text
    gender = ent.root.morph.get("Gender")
    return lexicon.gender_of_name(name) or (gender[0] if gender else None)


def _words_around(ent) -> list:
    """The words just before a name and those of its apposition: where its titles are written."""
    doc = ent.doc
    words = []
    for word in reversed(doc[max(0, ent.start - TITLE_REACH):ent.start]):
        # "Judge Helen Ashworth told Peter Langley": the judge's title is not his
        if word.pos_ in ("VERB", "AUX") or word.ent_type_ in PERSON_ENTITIES:
            break
        words.insert(0, word)
    for child in ent.root.children:
        if child.dep_ == "appos":
            words += list(child.subtree)
    if ent.root.dep_ in ("appos", "flat", "flat:name"):  # « Le ministre de l'Intérieur, Gérald Darmanin »
        words += list(doc[ent.root.head.left_edge.i:ent.root.head.i + 1])
    return words


def _subject_mention(token, base: int, lexicon: Lexicon, discourse: Discourse) -> Mention:
    """A noun subject as a possible antecedent: « les enseignants » for a later « ceux-ci »."""
    phrase = phrase_tokens(token)
    name = text_of(token.doc)[phrase[0].idx:phrase[-1].idx + len(phrase[-1].text)]
    number = _verb_number(token) or token.morph.get("Number") or (["Plur"] if token.tag_ == "NNS" else ["Sing"])
    gender = token.morph.get("Gender")
    lemma = token.lemma_.lower()
    return Mention(name, base + phrase[0].idx, number[0], gender[0] if gender else None,
                   person=lemma in lexicon.persons or lemma in lexicon.anonymous,
                   titles=discourse.titles_in([lemma]), named=_holds_a_name(phrase),
                   thing=lemma in lexicon.organisations or lemma in lexicon.documents)


def _verb_number(subject) -> list[str]:
    """« Un groupe de soldats ont partagé »: the number the verb agrees with, which a group of
    people takes from its members."""
    verb = subject.head
    finite = [verb] + [c for c in verb.children if c.dep_.startswith("aux")]
    numbers = [t.morph.get("Number") for t in finite if t.morph.get("VerbForm") == ["Fin"]]
    return next((n for n in numbers if n), [])


def _holds_a_name(phrase: list) -> bool:
    """« le juge en chef Rossiter »: a description that names its person, as a name does; not
    « le directeur du Conseil », whose capital is behind a preposition."""
    return any(t.pos_ == "PROPN" and t.text[:1].isupper() and t.head.pos_ != "ADP"
               and not any(c.dep_ == "case" for c in t.children) for t in phrase[1:])

