"""The analysis: from a document to its direct quotes, reported statements and unattributed assertions."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import replace

from reader.analysis.article import Article, entity_labels_at, parse_at, prepare, sentence_at
from reader.analysis.attribution import (Attribution, find_cue_attributions, find_phrase_attributions,
                                         incise_in_quotation)
from reader.analysis.grammar import text_of
from reader.analysis.hedging import HedgeFinder
from reader.analysis.lexicon import Lexicon, lexicon_for
from reader.analysis.quotes import Quote
from reader.analysis.sentences import words_end
from reader.analysis.speakers import phrase_tokens
from reader.analysis.spans import SpanIndex
from reader.analysis.sources import (Discourse, Mention, assign_entities, is_anaphor, is_journalist,
                                     make_source)
from reader.analysis.unattributed import unattributed_claims
from reader.document import Document
from reader.language import detect_language
from reader.model import Analysis, Claim, Cue, Source, Span
from reader.pipelines import installed_pipeline, load_pipeline

RULES = "rules"
# A floating quote takes the previous speaker only when that speaker spoke this recently.
FLOATING_REACH_PARAGRAPHS = 2
MIN_CONTENT_WORDS = 2
# Pronouns that stand for things: whatever « ça » or "it" says, no quotation continues it.
THING_PRONOUNS = {"it", "ça", "cela", "ceci"}
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
            progress: Progress | None = None) -> Analysis:
    """Analyse a document; load the best installed pipeline unless one is given."""
    language = _language_of(document, language)
    nlp, pipeline_label = _pipeline_or_best(language, nlp, pipeline_label)
    article = prepare(document.text)
    if nlp is not None:
        article.docs = list(_parse(nlp, article, progress))
    return _analysis(document, article, language, nlp, pipeline_label)


def rule_pass(document: Document, language: str = "auto") -> Analysis:
    """What the rules find without a model (direct quotes, « selon »): the first thing to show."""
    language = _language_of(document, language)
    return _analysis(document, prepare(document.text), language, None, None)


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
    article = prepare(document.text)
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
    top = prepare(article.text[:article.paragraphs[len(article.docs) - 1].end])
    top.docs = list(article.docs)
    return top


def _analysis(document: Document, article: Article, language: str, nlp,
              pipeline_label: str | None) -> Analysis:
    """The claims of a prepared (and perhaps parsed) article, as the analysis of the document."""
    claims = find_claims(article, lexicon_for(language), language)
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


def find_claims(article: Article, lexicon: Lexicon, language: str) -> list[Claim]:
    """All claims of the article in reading order, numbered from 1."""
    attributions = _attributions(article, lexicon)
    discourse = _discourse_of(article, lexicon)
    hedges = HedgeFinder(article, lexicon)
    claims = _transcript_turns(article)
    turns = SpanIndex([c.span for c in claims])
    attributions = [a for a in attributions if not turns.overlaps_any(a.cue)]
    quote_cues = _cues_of_quotes(article, attributions, lexicon)
    # what is left is final: statement_index reads it
    article.statements = [q for q in article.statements if not turns.overlaps_any(q.content)
                          and (quote_cues[id(q)] or not _quoted_fragment(article, q))]
    claims += _attributed_claims(article, attributions, quote_cues, discourse, lexicon, language,
                                 hedges)
    claims += unattributed_claims(article, claims, attributions, hedges)
    claims.sort(key=lambda c: (c.start, -c.end))
    for number, claim in enumerate(claims, 1):
        claim.id = number
    assign_entities([c.source for c in claims if c.source is not None])
    return claims


# A turn runs on over so many unlabelled paragraphs at most before the next labelled one;
# more, and they are the writer's own text between two transcripts.
TURN_CONTINUED_PARAGRAPHS = 3
SPEAKER_LABEL = re.compile(r"[«“\"]?\s*(?P<name>[A-ZÀ-Ý][A-ZÀ-Ý.'’ -]{1,40}):\s+")


def _transcript_turns(article: Article) -> list[Claim]:
    """Interview transcripts: « WALLACE: … » paragraphs, each credited to its speaker label, and
    the unlabelled paragraphs between two turns to the speaker of the turn before them."""
    turns, speaker, unlabelled = [], None, []
    for paragraph in article.paragraphs:
        label = SPEAKER_LABEL.match(article.text, paragraph.start, paragraph.end)
        if not label or len(label.group("name").split()) > 4:
            if speaker is not None:
                unlabelled.append(paragraph)
            continue
        if len(unlabelled) > TURN_CONTINUED_PARAGRAPHS:  # the writer's own text between two parts
            unlabelled = []
        for continued in unlabelled:  # a turn follows closely: they were the previous speaker's
            start = continued.start + _leading_marks(article.text[continued.start:continued.end])
            turns += _turn(article, Span(start, continued.end), replace(speaker, start=None, end=None),
                           None)
        unlabelled = []
        name = label.group("name").strip()
        speaker = Source(name, label.start("name"), label.start("name") + len(name), None, "person")
        colon = label.start("name") + len(label.group("name"))
        turns += _turn(article, Span(label.end(), paragraph.end), speaker, Cue(":", colon, colon + 1))
    return turns


def _turn(article: Article, span: Span, speaker: Source, cue: Cue | None) -> list[Claim]:
    """A speaker's turn as a reported claim without its closing marks; none for a stage direction
    (« (CROSSTALK.) ») or a turn of fewer than MIN_CONTENT_WORDS words."""
    end = span.end
    while end > span.start and article.text[end - 1] in "»”\" .":
        end -= 1
    text = article.text[span.start:end]
    if text.startswith(("(", "[")) or len(re.findall(r"\w+", text)) < MIN_CONTENT_WORDS:
        return []
    return [Claim("reported", span.start, end, text, speaker, cue)]


def _leading_marks(text: str) -> int:
    """How many opening quotation marks and spaces begin a paragraph."""
    return len(text) - len(text.lstrip("«“\" "))


def _attributions(article: Article, lexicon: Lexicon) -> list[Attribution]:
    """Every reporting cue, from the parse and from source phrases, in reading order."""
    found = []
    for paragraph, sentences, doc in zip(article.paragraphs, article.sentences, article.docs):
        found += find_cue_attributions(doc, paragraph.start, sentences, article.inside_quote, lexicon)
    # the writer's own « je pense que » is the article's assertion, not a source's
    found = [a for a in found if not (a.source and is_journalist(
        article.text[a.source.start:a.source.end], lexicon.language))]
    # a cue with neither speaker nor content ("remarks" read as a verb) credits nothing
    found = [a for a in found if a.source or a.content]
    found += find_phrase_attributions(article.parse_text, list(article.all_sentences()),
                                      article.inside_quote, lexicon)
    _clip_at_incises(article.parse_text, found)
    _point_back(article, [a for a in found if a.refers_back])
    for attribution in found:
        if attribution.source and not attribution.source_labels:
            attribution.source_labels = entity_labels_at(article, attribution.source)
    return sorted(found, key=lambda a: a.cue.start)


def _point_back(article: Article, attributions: list[Attribution]) -> None:
    """« … en 2020. C'est ce qu'a annoncé X »: the sentence before is what X announced."""
    if not attributions:
        return
    sentences = list(article.all_sentences())
    starts = [sentence.start for sentence in sentences]
    for attribution in attributions:
        index = bisect.bisect_left(starts, attribution.sentence.start) - 1
        if index >= 0:
            before = sentences[index]
            attribution.content = Span(before.start, words_end(article.text, before.start, before.end))


def _clip_at_incises(text: str, attributions: list[Attribution]) -> None:
    """End a content clause before another cue's incise inside it (« …, rapporte le Daily Mail »).

    A participle after a comma ("said he …, arguing that …") starts a statement of its own too.
    """
    incises = SpanIndex([a for a in attributions if a.incise or a.participle],
                        lambda incise: incise.cue)
    for attribution in attributions:
        content = attribution.content
        if content is None:
            continue
        for other in incises.overlapping(content):
            if other is not attribution and content.start < other.cue.start < content.end:
                comma = text.rfind(",", content.start, other.cue.start)
                # "…, even suggesting": a participle opens its clause right after the comma
                if other.participle and not other.incise and not re.fullmatch(
                        r",\s*(?:\w+\s+)?", text[max(comma, 0):other.cue.start]):
                    continue
                if comma > content.start:
                    attribution.content = content = Span(content.start, comma)


# Subjects that a later pronoun may stand for, passive ones too: "Two soldiers were wounded …
# One of them said".
ANTECEDENT_DEPS = {"nsubj", "nsubj:pass", "nsubjpass"}


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
                discourse.remember(Mention(ent.text, start, "Sing", gender,
                                           person=ent.label_ != "ORG", titles=titles))
                named.update(range(ent.start, ent.end))
        for token in doc:
            if token.dep_ in ANTECEDENT_DEPS and token.pos_ == "NOUN" and token.i not in named \
                    and not article.inside_quote[paragraph.start + token.idx]:
                discourse.remember(_subject_mention(token, paragraph.start, lexicon, discourse))
    return discourse


# Courtesy titles that tell a person's gender; the professional ones (« Me », "Dr") do not.
COURTESY = {"mme": "Fem", "madame": "Fem", "mlle": "Fem", "mrs": "Fem", "ms": "Fem", "miss": "Fem",
            "m": "Masc", "monsieur": "Masc", "mr": "Masc"}
PROFESSIONAL = {"me", "maître", "dr", "pr"}


def _gender_of_name(ent, lexicon: Lexicon) -> str | None:
    """A person's gender from a courtesy title or a common first name (« Mme Dubois », « Me Claire
    Fontaine », "Melanie"), else from the parser, whose guess the title misleads."""
    words = ent.text.split()
    title = words[0].rstrip(".").lower() if words else ""
    if title in COURTESY:
        return COURTESY[title]
    name = " ".join(words[1:]) if title in PROFESSIONAL else ent.text
    gender = ent.root.morph.get("Gender")
    return lexicon.gender_of_name(name) or (gender[0] if gender else None)


def _words_around(ent) -> list:
    """The words just before a name and those of its apposition: where its titles are written."""
    doc = ent.doc
    words = list(doc[max(0, ent.start - 4):ent.start])
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
    number = token.morph.get("Number") or (["Plur"] if token.tag_ == "NNS" else ["Sing"])
    gender = token.morph.get("Gender")
    lemma = token.lemma_.lower()
    return Mention(name, base + phrase[0].idx, number[0], gender[0] if gender else None,
                   person=lemma in lexicon.persons or lemma in lexicon.anonymous,
                   titles=discourse.titles_in([lemma]), named=False)


def _attributed_claims(article: Article, attributions: list[Attribution], quote_cues: dict,
                       discourse: Discourse, lexicon: Lexicon, language: str,
                       hedges: HedgeFinder) -> list[Claim]:
    """Direct quotes with their cues, and reported statements, sources resolved in reading order."""
    mixed = _mixed_quotes(article, quote_cues)
    # a cue that frames a mixed quote reports through it, not through a clause of its own
    framing = {id(quote_cues[key]) for key in mixed}
    # an incise after a quotation is that quotation's cue, not a statement of its own
    framing |= {id(cue) for cue in quote_cues.values() if cue is not None and cue.incise}
    events = [(q.outer.start, "quote", q) for q in article.statements]
    events += [(a.cue.start, "report", a) for a in attributions if id(a) not in framing]
    claims: list[Claim] = []
    last_speaker: tuple[Source, int] | None = None
    outer_report: Span | None = None  # the last statement whose cue comes before it
    for _, what, item in sorted(events, key=lambda e: e[0]):
        if what == "quote" and id(item) in mixed:
            claim = _reported_claim(article, quote_cues[id(item)], discourse, lexicon, language,
                                    hedges, mixed[id(item)])
        elif what == "quote":
            claim = _direct_claim(article, item, quote_cues.get(id(item)), discourse, lexicon,
                                  language, last_speaker)
        else:
            claim = _reported_claim(article, item, discourse, lexicon, language, hedges)
        if claim is None:
            continue
        claims.append(claim)
        # a report nested in another ("said 62 % of voters think …") is no speaker to carry on
        nested = outer_report is not None and claim.kind == "reported" \
            and outer_report.start <= claim.start < outer_report.end
        if claim.source is not None and not nested and not _pronoun_for_no_one(claim.source, language):
            last_speaker = (claim.source, article.paragraph_index(claim.start))
        if claim.kind == "reported" and claim.cue is not None and claim.cue.end <= claim.start and not nested:
            outer_report = claim.span
    return _without_nested_reports(claims)


def _without_nested_reports(claims: list[Claim]) -> list[Claim]:
    """"She said he plans to run": the plan is part of what she said, not a claim of its own.

    A cue inside the clause another cue introduces ("said [he believes …]") is reported through
    that speaker; an incise after its statement (« …, rapporte le journal ») frames no clause.
    """
    framing = SpanIndex([c.span for c in claims if c.kind == "reported" and c.cue is not None
                         and c.cue.end <= c.start])
    return [c for c in claims if c.kind != "reported" or c.cue is None or not any(
        outer.start <= c.cue.start and c.cue.end <= outer.end for outer in framing.overlapping(c.cue))]


def _pronoun_for_no_one(source: Source, language: str) -> bool:
    """"the target it pledged to reach": a pronoun that names no one, or only a thing, is no
    speaker a later quotation can continue."""
    if source.text.casefold() in THING_PRONOUNS:
        return True
    unresolved = source.resolved is None or source.resolved.casefold() == source.text.casefold()
    return is_anaphor(source.text, language) and (unresolved or source.type == "unknown")


def _cues_of_quotes(article: Article, attributions: list[Attribution], lexicon: Lexicon) -> dict:
    """For each statement quotation, the cue that introduces it, follows it, or stands inside it."""
    by_sentence = SpanIndex(attributions, lambda attribution: attribution.sentence)
    return {id(quote): _cue_for_quote(article, quote, by_sentence) or _incise_inside(article, quote, lexicon)
            for quote in article.statements}


def _incise_inside(article: Article, quote: Quote, lexicon: Lexicon) -> Attribution | None:
    """« Nous combattons, dit-il, et nous mourons »: the incise within the marks."""
    doc, base = parse_at(article, quote.content.start)
    if doc is None:
        return None
    incise = incise_in_quotation(doc, base, quote.content, sentence_at(article, quote.content.start), lexicon)
    if incise is not None:
        incise.source_labels = entity_labels_at(article, incise.source)
    return incise


def _cue_for_quote(article: Article, quote: Quote, by_sentence: SpanIndex[Attribution]):
    """An incise after the quotation, else a cue just before it in the same sentence."""
    text = article.parse_text
    introduction = _introducing_sentence(article, quote)
    if introduction is not None:
        introducing = [a for a in by_sentence.overlapping(introduction)
                       if a.sentence == introduction and not a.incise]
        if introducing:
            return introducing[-1]  # the cue nearest the colon
    # the sentence after too: '“Where is the money going?” Gomez asked.' splits after the mark
    in_sentence = by_sentence.overlapping(Span(quote.outer.start, quote.outer.end + 2))
    for attribution in in_sentence:
        # the sentence holds both; "Rep. Gwen Moore (D-Wis.)" may stand between them
        start = _incise_start(attribution, quote)
        next_sentence = attribution.sentence.start >= quote.outer.end
        if attribution.incise and 0 <= start - quote.outer.end < 80 and not (
                next_sentence and text[quote.outer.end:start].strip()):
            return attribution
    for attribution in in_sentence:
        if not attribution.incise and attribution.cue.end <= quote.outer.start:
            between = text[attribution.cue.end:quote.outer.start]
            if re.fullmatch(r"[^.!?«“\"»”]{0,80}", between) and (
                    re.search(r"[:,]\s*$|\b(que|qu'|that)\s*$", between) or attribution.content
                    and attribution.content.overlaps(quote.content)):
                return attribution
    return None


def _incise_start(incise: Attribution, quote: Quote) -> int:
    """Where an incise begins after a quotation: at its speaker when the speaker comes first
    ('“…,” Malkia Cyril, the executive director at …, told'), else at its cue."""
    source = incise.source
    if source is not None and quote.outer.end <= source.start < incise.cue.start:
        return source.start
    return incise.cue.start


def _quoted_fragment(article: Article, quote: Quote) -> bool:
    """"sent a reporter into “a living room in western Pennsylvania”": words the writer borrows.

    A quotation that starts in lower case right after a word of the writer's, with no cue of its
    own, is part of the writer's sentence, as a scare quote is; so is one after "titled".
    """
    before = article.text[sentence_at(article, quote.outer.start).start:quote.outer.start].rstrip()
    inside = article.text[quote.content.start:quote.content.end]
    words = before.split()
    if words and words[-1].lower() in TITLING_WORDS:  # 'a report titled “Why the state fails”'
        return True
    return bool(before) and before[-1].isalpha() and inside[:1].islower()


# Words after which a quotation is a title or a name, whatever its capitals.
TITLING_WORDS = {"titled", "entitled", "dubbed", "nicknamed", "headlined", "intitulé", "intitulée",
                 "intitulés", "intitulées", "baptisé", "baptisée", "surnommé", "surnommée"}


def _mixed_quotes(article: Article, quote_cues: dict) -> dict:
    """Quotations woven into the writer's own syntax, each with the span of the statement holding it.

    « Des sanctions « empêcheront … », a-t-il dit » and "he said that it is “a disaster”" are
    reported speech that quotes its words; « Il a dit : « … » » is a direct quote.
    """
    mixed = {}
    for quote in article.statements:
        attribution = quote_cues.get(id(quote))
        if attribution is None:
            continue
        if attribution.incise:
            start, end = _woven_before(article, quote), quote.outer.end
            tail = _woven_after(article, quote, attribution)
            if tail is not None:
                start, end = start if start is not None else quote.outer.start, tail
        else:
            start = _woven_after_cue(article, attribution, quote)
            end = max(quote.outer.end, attribution.content.end if attribution.content else 0)
        if start is not None:
            mixed[id(quote)] = Span(start, end)
    return mixed


def _woven_before(article: Article, quote: Quote) -> int | None:
    """Where the writer's words leading into a quotation begin, when they run into its mark."""
    text = article.text
    sentence = sentence_at(article, quote.outer.start)
    clause_start = max(sentence.start, text.rfind(":", sentence.start, quote.outer.start) + 1,
                       text.rfind(";", sentence.start, quote.outer.start) + 1)
    lead = text[clause_start:quote.outer.start]
    if not re.search(r"\w", lead) or lead.rstrip()[-1] in ",:;—–-(":
        return None
    return clause_start + len(lead) - len(lead.lstrip())


def _woven_after(article: Article, quote: Quote, incise: Attribution) -> int | None:
    """"“You squeezed employees” to drive up the stock, she said": where the writer's words end.

    Words of the writer's between the closing mark and the incise make the sentence reported
    speech that quotes some of its words.
    """
    content = incise.content
    if content is None or not content.start <= quote.outer.start < quote.outer.end < content.end:
        return None
    # the incise's own words (« , a poursuivi », "” he said") stand after the last comma
    lead_to_cue = article.text[quote.outer.end:incise.cue.start]
    comma = lead_to_cue.rfind(",")
    return content.end if comma > 0 and re.search(r"\w", lead_to_cue[:comma]) else None


def _woven_after_cue(article: Article, attribution: Attribution, quote: Quote) -> int | None:
    """Where a reported statement begins when the cue's clause runs into a quotation."""
    text = article.text
    between = text[attribution.cue.end:quote.outer.start]
    introduced = re.search(r"\b(?:que|qu['’]|that)\b", between, re.IGNORECASE)
    if between.rstrip()[-1:] in (":", ",") and not introduced:
        return None
    if not between.strip() and _whole_sentences(text, quote):
        return None  # "Trump declared “I think NATO is obsolete.”": the colon left out
    if attribution.content is not None and attribution.content.start < quote.outer.start:
        return attribution.content.start
    start = attribution.cue.end + (introduced.end() if introduced else 0)
    while text[start] in " ,\u00a0":
        start += 1
    return start


CLOSING_MARKS = ("»", "”", '"')  # what ends a quotation before its incise: '“…,” he said, “…”'
QUOTE_ENDS_SENTENCE = re.compile(r"[ \t\u00a0]*(?:[.!?…][ \t\u00a0]*)?(?:\n|$|[A-ZÀ-Ý«“\"])")


def _whole_sentences(text: str, quote: Quote) -> bool:
    """Whether a quotation holds whole sentences: a capital first, nothing of the writer's after."""
    inside = text[quote.content.start:quote.content.end].lstrip()
    return inside[:1].isupper() and bool(QUOTE_ENDS_SENTENCE.match(text, quote.outer.end))


def _introducing_sentence(article: Article, quote: Quote) -> Span | None:
    """The previous paragraph's last sentence when it ends with a colon: "He said:"."""
    index = article.paragraph_index(quote.outer.start)
    if index == 0 or article.paragraphs[index].start != quote.outer.start:
        return None
    previous = article.sentences[index - 1]
    if previous and article.text[previous[-1].end - 1] == ":":
        return previous[-1]
    return None


SIGNATURE = re.compile(r"[ \t\u00a0]*[―—–-][ \t\u00a0]*(?P<name>[A-ZÀ-Ý][^\n.,;:!?]{1,60}?)[ \t.]*$",
                       re.MULTILINE)


def _signature_after(article: Article, quote: Quote) -> Span | None:
    """"“Maybe we can build a wall.” ― Steve Quinlan": a name after a dash ends the paragraph."""
    paragraph = article.paragraphs[article.paragraph_index(quote.outer.start)]
    match = SIGNATURE.match(article.text, quote.outer.end, paragraph.end)
    return Span(match.start("name"), match.end("name")) if match else None


def _speaker_before_colon(article: Article, quote: Quote) -> Span | None:
    """« L'avis est le même pour la directrice Marie Dubois : « … » »: the last person named."""
    text = article.text
    colon = quote.outer.start - 1
    while colon >= 0 and text[colon].isspace():  # no copy of the text before: quotes are many
        colon -= 1
    if colon < 0 or text[colon] != ":":
        return None
    doc, base = parse_at(article, quote.outer.start)
    if doc is None:
        return None
    index = article.paragraph_index(quote.outer.start)
    sentence_start = max((s.start for s in article.sentences[index] if s.start <= colon), default=base)
    people = [e for e in doc.ents if e.label_ in ("PER", "PERSON")
              and sentence_start <= base + e.start_char and base + e.end_char <= colon]
    if not people:
        return None
    return Span(base + people[-1].start_char, base + people[-1].end_char)


def _direct_claim(article: Article, quote: Quote, attribution: Attribution | None,
                  discourse: Discourse, lexicon: Lexicon, language: str,
                  last_speaker: tuple[Source, int] | None) -> Claim:
    """A direct quote, credited to its cue's source or, floating, to the previous speaker."""
    text = article.text
    source, cue = None, None
    if attribution is not None:
        source = _source_of(article, attribution, discourse, lexicon, language)
        cue = _cue(text, attribution.cue)
    elif (speaker := _signature_after(article, quote) or _speaker_before_colon(article, quote)):
        source = make_source(text[speaker.start:speaker.end], speaker.start, speaker.end,
                             entity_labels_at(article, speaker), lexicon, discourse)
    elif last_speaker is not None and _carries_on(article, quote):
        speaker, paragraph = last_speaker
        if article.paragraph_index(quote.content.start) - paragraph <= FLOATING_REACH_PARAGRAPHS:
            source = Source(speaker.text, None, None, speaker.resolved or speaker.text, speaker.type)
    span = quote.content
    return Claim("direct", span.start, span.end, text[span.start:span.end], source, cue, False)


def _carries_on(article: Article, quote: Quote) -> bool:
    """Whether a quotation without a cue carries on the last speaker: it begins or ends its
    sentence, or follows another quotation there ('“If he thinks that,” the narrator says, “what …?”').

    'The report, titled “Why the state fails,” …' is the writer's sentence; a quotation inside an
    excerpt ('"… chanting “U-S-A!”') is its own people's.
    """
    sentence = sentence_at(article, quote.outer.start)
    lead = article.text[sentence.start:quote.outer.start]
    ends_sentence = not article.text[quote.outer.end:sentence.end].strip(" .!?…\u00a0")
    return quote.depth == 0 and (not lead.strip() or ends_sentence
                                 or any(mark in lead for mark in CLOSING_MARKS))


def _reported_claim(article: Article, attribution: Attribution, discourse: Discourse,
                    lexicon: Lexicon, language: str, hedges: HedgeFinder,
                    content: Span | None = None) -> Claim | None:
    """Reported speech: a cue with a content clause of its own (or a mixed quote), not a quote's cue."""
    woven = content is not None
    content = content or attribution.content
    if content is None or attribution.source is None and attribution.incise and not woven:
        return None
    words = re.findall(r"\w+", article.text[content.start:content.end])
    if len(words) < MIN_CONTENT_WORDS or not woven and _mostly_quoted(article, content):
        return None
    source = _source_of(article, attribution, discourse, lexicon, language)
    text = article.text
    return Claim("reported", content.start, content.end, text[content.start:content.end], source,
                 _cue(text, attribution.cue), hedges.hedged(content))


def _mostly_quoted(article: Article, span: Span) -> bool:
    """Whether a statement quotation makes up most of a span: then it is a direct quote."""
    length = span.end - span.start
    for quote in article.statement_index.overlapping(span):
        overlap = min(span.end, quote.outer.end) - max(span.start, quote.outer.start)
        if overlap > 0.6 * length:
            return True
    return False


def _source_of(article: Article, attribution: Attribution, discourse: Discourse,
               lexicon: Lexicon, language: str) -> Source | None:
    """The cue's source, resolved, and remembered as an antecedent for later pronouns."""
    span = attribution.source
    if span is None:
        return None
    written = article.text[span.start:span.end]
    source = make_source(written, span.start, span.end, attribution.source_labels, lexicon, discourse)
    if source.resolved is None and not is_anaphor(written, language):  # « ils » names no one
        number, gender = _agreement_of(article, span)
        if gender is None and source.type == "person":
            gender = lexicon.gender_of_name(written)
        discourse.remember(Mention(written, span.start, number, gender,
                                   # people, or a group speaking as one (« le syndicat … il »)
                                   person=source.type not in ("media", "document"),
                                   titles=discourse.titles_in(re.findall(r"\w+", written))))
    return source


def _agreement_of(article: Article, span: Span) -> tuple[str | None, str | None]:
    """Number and gender of the head noun of a source phrase, from the parser's morphology."""
    doc, base = parse_at(article, span.start)
    if doc is None:
        return None, None
    tokens = [t for t in doc if span.start <= base + t.idx < span.end]
    heads = [t for t in tokens if t.head not in tokens or t.head == t]
    head = heads[0] if heads else None
    if head is None:
        return None, None
    number = head.morph.get("Number")
    gender = head.morph.get("Gender")
    if head.tag_ in ("NNS", "NNPS"):
        number = ["Plur"]
    return (number[0] if number else None), (gender[0] if gender else None)


def _cue(text: str, span: Span) -> Cue:
    """The cue words as they stand in the text."""
    return Cue(text[span.start:span.end], span.start, span.end)
