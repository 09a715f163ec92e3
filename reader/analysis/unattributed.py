"""Unattributed assertions: the sentences and clauses the article states on its own."""

from __future__ import annotations

import re

from reader.analysis.article import HEADING_WORDS, Article, parse_at
from reader.analysis.findings import Attribution, Findings
from reader.analysis.grammar import SUBJECT_DEPS, finite, tokens_in
from reader.analysis.lexicon import Lexicon
from reader.analysis.hedging import HedgeFinder
from reader.analysis.quotes import CLOSING_MARKS, OPENING_MARKS, Quote
from reader.analysis.sentences import trim, without_dateline
from reader.analysis.spans import SpanIndex
from reader.model import Claim, Span


def find_unattributed(article: Article, findings: Findings) -> None:
    """Every sentence the article asserts on its own (no quotation, cue or claim inside), and the
    writer's own clauses beside a claim."""
    findings.unattributed = _unattributed_claims(article, findings.turns + findings.attributed,
                                                 findings.speech_cues(), findings.statements,
                                                 findings.hedges, findings.lexicon)


def _unattributed_claims(article: Article, claims: list[Claim], attributions: list[Attribution],
                         statements: list[Quote], hedges: HedgeFinder, lexicon: Lexicon) -> list[Claim]:
    """The claims of the article's own voice, beside the claims credited to someone."""
    # a clause holding a claim's speaker is that speaker's act ("Clinton leaned in, painting …")
    # (the interviewee named in the standfirst makes no act of speech there)
    sources = [Span(c.source.start, c.source.end) for c in claims
               if c.source is not None and c.source.start is not None and c.rule != "interview answer"]
    taken = SpanIndex([c.span for c in claims] + [a.cue for a in attributions] + sources
                      + [q.outer for q in statements])
    result = []
    for paragraph, sentences in zip(article.paragraphs, article.sentences):
        if article.is_heading(paragraph) or _is_credit(article.text, paragraph, lexicon):
            continue
        for sentence in sentences:
            if inside := taken.overlapping(sentence):
                spans = _clauses_beside(article, sentence, inside, sources, lexicon)
            elif len(re.findall(r"\w+", article.text[sentence.start:sentence.end])) < 3 \
                    and not _has_clause(article, sentence):
                continue  # "Photo.", "Par AFP": a fragment; "It worked." is a sentence
            elif sentence.start == paragraph.start:
                spans = [without_dateline(article.text, sentence)]
            else:
                spans = [sentence]
            rule = "writer's clause beside a claim" if inside else "unattributed sentence"
            result += [Claim("unattributed", span.start, span.end, article.text[span.start:span.end],
                             None, None, hedges.hedged(span), rule=rule) for span in spans]
    return result


# The marks that may close a claim just after its comma: '… "less advanced schools,"'.
CLOSING = CLOSING_MARKS | {'"', "'"}
# A writer's clause beside a claim holds a conjugated verb and this many words at least.
MIN_CLAUSE_WORDS = 4


def _clauses_beside(article: Article, sentence: Span, taken: list[Span], speakers: list[Span],
                    lexicon: Lexicon) -> list[Span]:
    """"Tsahal tente de les cibler, mais cela se révèle complexe, comme l'explique X": a clause
    before or after a sentence's claims, set off by a comma, that the writer asserts."""
    text = article.text
    last = max(s.end for s in taken)
    spans = []
    lead = _lead(text, sentence, min(s.start for s in taken), lexicon)
    acts = [s for s in taken if s not in speakers]
    if lead is None and acts:
        # 'The government provided nothing, but “made clear that …”': the speaker's own clause,
        # joined to the cue by a conjunction, is the writer's
        lead = _lead(text, sentence, min(s.start for s in acts), lexicon, conjoined=True)
    if lead is not None:
        spans.append(lead)
    # 'After Scalia said that students "might do better," the court moved on': the comma may
    # close the claim's quotation
    if text[last - 2:last - 1] == "," and text[last - 1:last] in CLOSING:
        spans.append(trim(text, Span(last, sentence.end)))
    elif (tail_start := text.find(",", last, sentence.end)) >= 0 and not text[last:tail_start].strip(" »”\""):
        spans.append(trim(text, Span(tail_start + 1, sentence.end)))
    return [span for span in spans if _main_clause(article, span, lexicon)]


def _lead(text: str, sentence: Span, first: int, lexicon: Lexicon, conjoined: bool = False) -> Span | None:
    """The sentence up to the comma before `first`, when what stands between them joins two
    clauses (nothing, a conjunction, or a subordinator; only a conjunction when `conjoined`)."""
    lead_end = text.rfind(",", sentence.start, first)
    if lead_end <= sentence.start:
        return None
    # « Il faut signaler que dans sa version, [X a retenu que …] »: the claim completes the lead
    if lexicon.complementizer_word.search(text, sentence.start, lead_end):
        return None
    # "More than 40,000 households were without water, and residents say …", "The city approved
    # the plan, although critics say …"
    between = text[lead_end + 1:first]
    if conjoined:
        return Span(sentence.start, lead_end) if lexicon.clause_conjunction.fullmatch(
            between.rstrip("".join(OPENING_MARKS) + " ")) else None
    joined = not between.strip(" ;:–—-") or lexicon.clause_conjunction.fullmatch(between) \
        or lexicon.writer_subordinator.fullmatch(between)
    return Span(sentence.start, lead_end) if joined else None


def _main_clause(article: Article, span: Span, lexicon: Lexicon) -> bool:
    """Whether a span holds a clause of its own: enough words, a conjugated verb, and no word
    that ties it to another ("which makes him an outlier", « pour que … », "but they …")."""
    words = re.findall(r"\w+", article.text[span.start:span.end])
    if len(words) < MIN_CLAUSE_WORDS or not article.text[span.start].isalnum() \
            or _ties(words[0].lower(), lexicon) and not _contrast(words, lexicon):
        return False
    return _has_clause(article, span)


def _has_clause(article: Article, span: Span) -> bool:
    """Whether a span holds a conjugated verb with its own subject."""
    doc, base = parse_at(article, span.start)
    if doc is None:
        return False
    tokens = tokens_in(doc, base, span)
    # a verb with its own subject, not one in a relative clause ("an official who runs a firm")
    return tokens is not None and any(
        _conjugated(t) and t.dep_ not in ("relcl", "acl:relcl", "acl") and any(
            c.dep_ in SUBJECT_DEPS and c.i >= tokens.start for c in t.children) for t in tokens)


def _conjugated(token) -> bool:
    """A conjugated verb, or a participle whose auxiliary is: « n'ont jamais commencé »."""
    return finite(token) or token.pos_ == "VERB" and any(
        c.dep_.startswith("aux") and finite(c) for c in token.children)


def _contrast(words: list[str], lexicon: Lexicon) -> bool:
    """"but the work never started", "and the headlines are the same": a clause the writer sets
    beside a claim, with no « que »."""
    complementizers = {c.rstrip("'’") for c in lexicon.complementizers}
    conjunction = words[0].lower()
    if conjunction in lexicon.contrast_conjunctions:
        return not {w.lower() for w in words[1:3]} & complementizers
    # "and the headlines are the same", not "and as he took the stage" nor "and that …"
    return conjunction in lexicon.clause_conjunctions and not _ties(words[1].lower(), lexicon) \
        and words[1].lower() not in complementizers


def _ties(word: str, lexicon: Lexicon) -> bool:
    """Whether a word opens a clause depending on another, or carrying on from it."""
    return word in lexicon.tying_words or word in lexicon.subordinators or word in lexicon.relative_pronouns


def _is_credit(text: str, paragraph: Span, lexicon: Lexicon) -> bool:
    """Bylines and photo credits are not assertions of the article."""
    line = text[paragraph.start:paragraph.end].strip()
    return bool(lexicon.credit_line.match(line)) and len(line.split()) <= HEADING_WORDS
