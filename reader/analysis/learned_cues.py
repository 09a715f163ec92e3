"""The learned cues pass: in a sentence where the rules found no cue, a word that a small model,
trained on annotated news, reads as a reporting cue ("hopes to", "see him as", "voted to").

The model is a logistic regression over features of each word in the parse (its lemma, its part of
speech, how it hangs in the tree, what hangs from it); its weights and the score a word must reach
are a data file of the language pack (cue_model.json), absent for a language without one.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reader.analysis.article import Article, entity_labels_at
from reader.analysis.attribution import is_verdict, reports_nothing, sets_the_scene, starts_at_an_object
from reader.analysis.contents import clause_span, content_after
from reader.analysis.findings import Attribution, Findings
from reader.analysis.grammar import SUBJECT_DEPS, text_of, token_span, tokens_in
from reader.analysis.lexicon import PACK_FOLDERS, lexicon_of
from reader.analysis.sources import is_journalist
from reader.analysis.speakers import subject_span
from reader.model import Span

MODEL_FILE = "cue_model.json"
RULE = "learned cue"
# The parts of speech a cue may have: verbs, nouns ("the view that"), adjectives ("is eager to").
CUE_POS = frozenset({"VERB", "AUX", "NOUN", "ADJ"})
# What hangs from a word and tells whether it introduces something said.
TELLING_DEPS = frozenset({"ccomp", "xcomp", "advcl", "dobj", "prep", "agent", "acomp", "attr",
                          "oprd", "prt", "dative", "acl", "relcl", "auxpass", "neg", "aux"})
# The fewest words a preposition's object needs to say something, unless it opens a clause:
# "called for [a full investigation into the firm]", not "hopes for [a draw]".
MIN_OBJECT_WORDS = 4
# Where a parsed paragraph keeps which of its characters stand in a hedge.
HEDGED = "learned cues: hedged"


@dataclass(frozen=True)
class CueModel:
    """A logistic regression over word features, and the score from which a word is a cue."""

    weights: dict[str, float]
    bias: float
    threshold: float

    def score(self, features: list[str]) -> float:
        """The model's probability that a word with these features is a reporting cue."""
        total = self.bias + sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total))))

    def to_json(self) -> str:
        """The model as compact JSON, weights rounded, for the language pack."""
        weights = {f: round(w, 3) for f, w in sorted(self.weights.items()) if round(w, 3)}
        return json.dumps({"bias": round(self.bias, 4), "threshold": round(self.threshold, 3),
                           "weights": weights}, ensure_ascii=False, separators=(",", ":"))


def model_from_json(text: str) -> CueModel:
    """A model read from the JSON of `CueModel.to_json`."""
    data = json.loads(text)
    return CueModel(dict(data["weights"]), float(data["bias"]), float(data["threshold"]))


@lru_cache(maxsize=None)
def model_for(language: str) -> CueModel | None:
    """The cue model of a language's pack, read once; None for a pack without one."""
    for root in PACK_FOLDERS:
        path = Path(root) / language / MODEL_FILE
        if path.is_file():
            return model_from_json(path.read_text(encoding="utf-8"))
    return None


def word_features(token) -> list[str]:
    """What the model knows of a word: itself, its place in the tree, what hangs from it."""
    lemma, dep = token.lemma_.lower(), token.dep_
    features = [f"l={lemma}", f"p={token.pos_}", f"t={token.tag_}", f"d={dep}", f"ld={lemma}|{dep}",
                f"lt={lemma}|{token.tag_}", f"h={token.head.lemma_.lower()}|{dep}",
                f"lh={lemma}|{token.head.lemma_.lower()}"]
    if token.i + 1 < len(token.doc):
        features.append(f"ln={lemma}|{token.doc[token.i + 1].lower_}")
    if token.i > 0:
        features.append(f"bl={token.doc[token.i - 1].lower_}|{lemma}")
    lexicon = lexicon_of(token)
    if lemma in lexicon.cue_verbs or lemma in lexicon.cue_nouns:
        features.append("cue word")  # a word the rules know, which they passed over here
    features += [f"a={a.lemma_.lower()}" for a in list(token.ancestors)[:2]]
    for child in token.children:
        features += _child_features(lemma, child)
    return features


def _child_features(lemma: str, child) -> list[str]:
    """Features of one word hanging from the candidate: its relation, its opening word, a subject's kind."""
    dep = child.dep_
    if dep in SUBJECT_DEPS or dep == "nsubjpass":
        kind = _subject_kind(child)
        return [f"s={kind}", f"ls={lemma}|{kind}|{dep}", f"sl={lemma}|{child.lemma_.lower()}"]
    if dep not in TELLING_DEPS:
        return []
    found = [f"c={dep}", f"lc={lemma}|{dep}"]
    if dep == "dobj":
        found.append(f"ol={lemma}|{child.lemma_.lower()}")
    if dep in ("prep", "prt", "agent", "aux", "neg"):
        found.append(f"lw={lemma}|{dep}|{child.lower_}")
    else:
        opener = next(iter(child.subtree))
        if _opens_a_clause(opener) and child.i > child.head.i:
            found += [f"o={dep}|{opener.lower_}", f"lo={lemma}|{dep}|{opener.lower_}"]
    return found


def _opens_a_clause(word) -> bool:
    """A word that tells what kind of clause it opens: "that", "whether", "to", "how"."""
    return word.pos_ in ("SCONJ", "PART", "ADP") or word.tag_.startswith("W")


def _subject_kind(subject) -> str:
    """A subject as the model sees it: a pronoun, an entity's label, or a common noun."""
    if subject.pos_ == "PRON":
        return "PRON"
    return subject.ent_type_ or subject.pos_


def find_learned_cues(article: Article, findings: Findings, model: CueModel | None = None) -> None:
    """Add a learned cue to each sentence with none, where one word scores above the threshold;
    the language pack's model unless one is given."""
    model = model or model_for(findings.lexicon.language)
    if model is None or not article.docs:
        return
    cued = cued_sentences(findings.cues)
    added = []
    for paragraph, sentences, doc in zip(article.paragraphs, article.sentences, article.docs):
        if article.is_heading(paragraph):
            continue
        for sentence in sentences:
            if _sentence_key(sentence) in cued:
                continue
            attribution = _best_cue(model, article, doc, paragraph.start, sentence)
            if attribution is not None:
                added.append(attribution)
    if added:
        findings.cues = sorted(findings.cues + added, key=lambda a: a.cue.start)


def cued_sentences(cues: list[Attribution]) -> set[tuple[int, int]]:
    """The sentences (by their offsets) where the rules found a cue, which the model leaves alone."""
    # a cue without content ("did not respond to a request for comment") reports nothing there
    return {_sentence_key(a.sentence) for a in cues if a.content is not None}


def _sentence_key(sentence: Span) -> tuple[int, int]:
    """A sentence by its offsets."""
    return sentence.start, sentence.end


def _best_cue(model: CueModel, article: Article, doc, base: int, sentence: Span) -> Attribution | None:
    """The sentence's word the model scores highest, as a cue with its content, if above the threshold."""
    words = tokens_in(doc, base, sentence)
    candidates = [t for t in words or () if is_candidate(t, article, base)]
    scored = sorted(((model.score(word_features(t)), t.i) for t in candidates), reverse=True)
    for score, index in scored:
        if score < model.threshold:
            return None
        attribution = _attribution(article, doc[index], base, sentence)
        if attribution is not None:
            return attribution
    return None


def _plain_object(token, content: Span, base: int) -> bool:
    """"accepted the award", "thought about her childhood": a content that is the verb's object
    (or its preposition's), with nothing said of it, is an act, not a report ("see him as a
    leader" says something of him)."""
    if _told_after_a_preposition(token, content, base):
        return False
    as_marks = lexicon_of(token).as_marks
    described = any(c.dep_ in ("oprd", "xcomp") or c.dep_ == "prep" and c.lower_ in as_marks
                    for c in token.children if c.i > token.i)
    return not described and starts_at_an_object(token, content, base)


def _told_after_a_preposition(token, content: Span, base: int) -> bool:
    """"warned of [a long fight over the budget]", "agreed on [creating a commission]": a
    preposition's object long enough to be a claim, or a clause, is what the cue reports."""
    prepositions = lexicon_of(token).complement_prepositions
    objects = [g for c in token.children if c.dep_ == "prep" and c.i > token.i and c.lower_ in prepositions
               for g in c.children if g.dep_ in ("pobj", "pcomp")]
    told = next((o for o in objects if content.start == base + o.left_edge.idx), None)
    if told is None:
        return False
    words = [t for t in token.doc if content.start <= base + t.idx < content.end and not t.is_punct]
    return len(words) >= MIN_OBJECT_WORDS or told.pos_ in ("VERB", "AUX")


def _complement(token, base: int, sentence: Span) -> Span | None:
    """What a learned cue governs where the rules' cues govern nothing: an infinitive ("her plan
    [to widen the road]", "looked [to cut taxes]") or a preposition's object ("pointed to [the
    rising cost of housing]")."""
    words = lexicon_of(token)
    # "called for", "warned of": content_after reads the topic prepositions already (not "for two years")
    opening = words.complement_prepositions - words.topic_prepositions
    for child in token.children:
        infinitive = child.dep_ in ("acl", "advcl", "xcomp") and child.pos_ in ("VERB", "AUX") \
            and child.left_edge.lower_ in words.infinitive_marks
        objects = [g for g in child.children if g.dep_ in ("pobj", "pcomp")] \
            if child.dep_ == "prep" and child.lower_ in opening else []
        if child.i > token.i and (infinitive or objects):
            return clause_span(objects[0] if objects else child, base, sentence)
    return None


def is_candidate(token, article: Article, base: int) -> bool:
    """A word that may be a learned cue: a verb, noun or adjective outside quotations, neither a
    refusal nor a hedge ("seems", "appears" hedge the writer's own claim; the hedging pass reads them)."""
    if token.pos_ not in CUE_POS or article.inside_quote[base + token.idx]:
        return False
    lexicon = lexicon_of(token)
    if token.lemma_.lower() in lexicon.refusing_verbs | lexicon.skill_verbs:
        return False  # "declined to comment", "learned to swim": the rules' convention, no claim is made
    return not _hedged(token.doc, lexicon)[token.idx]


def _hedged(doc, lexicon) -> bytearray:
    """Which characters of a parsed paragraph stand in a hedge, found once for the paragraph."""
    mask = doc.user_data.get(HEDGED)
    if mask is None:
        text = text_of(doc)
        mask = doc.user_data[HEDGED] = bytearray(len(text) + 1)
        for match in lexicon.hedge_words.finditer(text) if lexicon.hedge_words else ():
            mask[match.start():match.end()] = b"\x01" * (match.end() - match.start())
    return mask


def _attribution(article: Article, token, base: int, sentence: Span) -> Attribution | None:
    """A learned cue's attribution: the clause it governs, said by its subject."""
    lexicon = lexicon_of(token)
    if reports_nothing(token, lexicon) or sets_the_scene(token, lexicon) \
            or any(is_verdict(c) for c in token.children if c.i > token.i):
        return None  # the rules' conventions hold for a learned cue too
    content = content_after(token, base, sentence) or _complement(token, base, sentence)
    if content is None or _plain_object(token, content, base):
        return None
    source = subject_span(token, base, article.inside_quote, False)
    if source is not None and is_journalist(article.text[source.start:source.end], lexicon.language):
        return None  # the writer's own "I think that …" is the article's assertion
    labels = entity_labels_at(article, source) if source else set()
    return Attribution(token_span(base, [token]), source, labels, content, False, sentence, rule=RULE)
