"""The analysis: from a document to its direct quotes, reported statements and unattributed
assertions, as named passes run in order over the prepared article and one record of findings."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from reader.analysis.antecedents import find_antecedents
from reader.analysis.article import Article, prepare
from reader.analysis.claims import find_attributed_claims
from reader.analysis.cues import find_cues
from reader.analysis.findings import Findings
from reader.analysis.hedging import find_hedges
from reader.analysis.interviews import find_interviews
from reader.analysis.learned_cues import find_learned_cues
from reader.analysis.lexicon import Lexicon, lexicon_for
from reader.analysis.numbering import number_claims, number_entities
from reader.analysis.quote_links import link_quotes_to_cues
from reader.analysis.transcripts import find_transcripts
from reader.analysis.unattributed import find_unattributed
from reader.analysis.woven import find_woven_quotes
from reader.document import Document
from reader.language import detect_language
from reader.model import Analysis, Claim
from reader.pipelines import installed_pipeline, load_pipeline

Pass = Callable[[Article, Findings], None]
# The passes in the order they run; each reads the article and the findings of those before it.
PASSES: tuple[tuple[str, Pass], ...] = (
    ("cues", find_cues),  # reporting verbs and nouns on the parse, « selon » and "according to"
    ("learned cues", find_learned_cues),  # a model's cue in a sentence where the rules found none
    ("antecedents", find_antecedents),  # who is named, for pronouns and titles to refer to
    ("hedges", find_hedges),  # conditionals and hedging words
    ("transcripts", find_transcripts),  # « NAME: … » turns of an interview
    ("interviews", find_interviews),  # questions and answers, the answers the interviewee's
    ("quote links", link_quotes_to_cues),  # each quotation's cue; scare quotes and titles left out
    ("woven quotes", find_woven_quotes),  # quotations set in the writer's sentence
    ("claims", find_attributed_claims),  # direct quotes and reported speech, sources resolved
    ("unattributed", find_unattributed),  # what the article asserts on its own
    ("numbering", number_claims),  # every claim in reading order, numbered
    ("entities", number_entities),  # one number for each entity the sources name
)
PASS_NAMES = tuple(name for name, _ in PASSES)
RULES = "rules"
# Paragraphs handed to spaCy at once: larger batches were no faster and delay the first results.
PARSE_BATCH = 32
# Partial analyses cover 8, 32, 128 and 512 parsed paragraphs: the first is about a screenful.
FIRST_PARTIAL = 8
PARTIAL_GROWTH = 4
LAST_PARTIAL = 512
# A shorter article (about 2,000 words, under half a second of parsing) comes whole, at once:
# a partial analysis of its top would cost more than the wait it saves.
PARTIALS_FROM_CHARACTERS = 12_000


class Cancelled(Exception):
    """The caller asked the analysis to stop; a progress callback raises it to stop the parse."""


Progress = Callable[[int, int], None]  # (paragraphs parsed, paragraphs); may raise Cancelled


def analyze(document: Document, language: str = "auto", nlp=None, pipeline_label: str | None = None,
            progress: Progress | None = None, until: str | None = None) -> Analysis:
    """Analyse a document; load the best installed pipeline unless one is given.

    With `until`, the passes stop after the one of that name: the claims found so far (none
    before "numbering") show what the first passes find, for tests and debugging.
    """
    language = _language_of(document, language)
    nlp, pipeline_label = _pipeline_or_best(language, nlp, pipeline_label)
    article = _prepared(document)
    if nlp is not None:
        parse_article(article, nlp, progress)
    return _analysis(document, article, language, nlp, pipeline_label, until)


def parse_article(article: Article, nlp, progress: Progress | None = None) -> Article:
    """The article with its paragraphs parsed."""
    article.docs = list(_parse(nlp, article, progress))
    return article


def rule_pass(document: Document, language: str = "auto") -> Analysis:
    """What the rules find without a model (direct quotes, « selon »): the first thing to show."""
    language = _language_of(document, language)
    return _analysis(document, _prepared(document), language, None, None)


def analyze_progressively(document: Document, language: str, nlp, pipeline_label: str | None = None,
                          progress: Progress | None = None) -> Iterator[tuple[Analysis, int]]:
    """Analyses of the parsed top of the article as the parse goes on, then of the whole article.

    Each comes with the offset where its parsed paragraphs end (the text's length for the whole).
    A partial analysis reads the top as if the article ended there. They come after FIRST_PARTIAL
    paragraphs, then each time that count grows PARTIAL_GROWTH times, up to LAST_PARTIAL: together
    they cost a fraction of one analysis, and a book's bottom waits for the whole, not for
    ever-longer partial ones. An article shorter than PARTIALS_FROM_CHARACTERS has none.
    """
    language = _language_of(document, language)
    article = _prepared(document)
    if nlp is not None:
        due = FIRST_PARTIAL if len(document.text) >= PARTIALS_FROM_CHARACTERS else 0
        for doc in _parse(nlp, article, progress):
            article.docs.append(doc)
            if len(article.docs) == due < len(article.paragraphs):
                due = due * PARTIAL_GROWTH if due < LAST_PARTIAL else 0
                top = _parsed_top(article)
                yield (_analysis(document, top, language, nlp, pipeline_label),
                       top.paragraphs[-1].end)
    yield _analysis(document, article, language, nlp, pipeline_label), len(document.text)


def _prepared(document: Document) -> Article:
    """The document's text prepared for analysis, with its paragraphs' roles and its title."""
    return prepare(document.text, document.roles, document.metadata.get("title"))


def _language_of(document: Document, language: str) -> str:
    """The language asked for, or the document's own when asked for "auto"."""
    return detect_language(document.text) if language == "auto" else language


def _pipeline_or_best(language: str, nlp, pipeline_label: str | None):
    """The pipeline given, else the best installed one loaded, else (None, None)."""
    if nlp is None:
        info = installed_pipeline(language)
        if info is not None:
            nlp, pipeline_label = load_pipeline(info.name), info.label
    return nlp, pipeline_label


def _parsed_top(article: Article) -> Article:
    """The paragraphs parsed so far as an article of their own, with their parses."""
    top = prepare(article.text[:article.paragraphs[len(article.docs) - 1].end], article.roles, article.title)
    top.docs = list(article.docs)
    return top


def _analysis(document: Document, article: Article, language: str, nlp,
              pipeline_label: str | None, until: str | None = None) -> Analysis:
    """The claims of a prepared (and perhaps parsed) article, as the analysis of the document."""
    claims = find_claims(article, lexicon_for(language), language, until)
    return Analysis(file=document.path, language=language,
                    pipeline=pipeline_label or (RULES if nlp is None else nlp.meta.get("name", "")),
                    metadata=dict(document.metadata), text=document.text, claims=claims)


def _parse(nlp, article: Article, progress: Progress | None):
    """Parse paragraph by paragraph: one Doc per article would merge sentences across them."""
    texts = (article.parse_text[p.start:p.end] for p in article.paragraphs)
    total = len(article.paragraphs)
    for parsed, doc in enumerate(nlp.pipe(texts, batch_size=PARSE_BATCH), 1):
        if progress is not None:
            progress(parsed, total)
        yield doc


def find_claims(article: Article, lexicon: Lexicon, language: str, until: str | None = None) -> list[Claim]:
    """All claims of the article in reading order, numbered from 1 (or what the passes up to
    `until` found)."""
    return run_passes(article, lexicon, until).claims_so_far()


def run_passes(article: Article, lexicon: Lexicon, until: str | None = None) -> Findings:
    """The findings of the passes in order, up to and including the one named `until`."""
    if until is not None and until not in PASS_NAMES:
        raise ValueError(f"no pass named {until!r}; the passes are {', '.join(PASS_NAMES)}")
    findings = Findings(lexicon)
    for name, run in PASSES:
        run(article, findings)
        if name == until:
            break
    return findings
