"""Source phrases: « selon X », « d'après X », "according to X", found without a parse."""

from __future__ import annotations

import re

from reader.analysis.findings import Attribution
from reader.analysis.lexicon import Lexicon, alternatives
from reader.analysis.quotes import QUOTATION_MARKS
from reader.analysis.sentences import trim
from reader.model import Span

# A clause after « Pour X, »: this many words at least.
MIN_CLAUSE_WORDS = 4


def find_phrase_attributions(text: str, sentences: list[Span], inside_quote: bytearray,
                             lexicon: Lexicon) -> list[Attribution]:
    """« selon X », « d'après X », "according to X" in the parse text: phrases needing no parse."""
    pattern = lexicon.source_phrase
    hedge = lexicon.hedge_words
    found = []
    if pattern is None:
        return found
    for sentence in sentences:
        for match in pattern.finditer(text, sentence.start, sentence.end):
            # « selon toute vraisemblance » hedges; it names no one
            if not inside_quote[match.start()] and not (hedge and hedge.match(text, match.start())):
                found.append(_phrase_attribution(text, sentence, match, lexicon))
    return found + find_views(text, sentences, inside_quote, lexicon) \
        + find_findings(text, sentences, inside_quote, lexicon) \
        + find_document_incises(text, sentences, inside_quote, lexicon) \
        + find_agreements(text, sentences, inside_quote, lexicon)


def find_views(text: str, sentences: list[Span], inside_quote: bytearray,
               lexicon: Lexicon) -> list[Attribution]:
    """« Pour Jeanne Martin, le projet est mort-né »: the clause after the comma is her view.

    Only when the opener (view_openers.txt) starts the sentence and what follows it names someone:
    a name, or a role of the lexicon (« Pour les syndicats »); « Pour la première fois » names no one.
    """
    return _opened_clauses(text, sentences, inside_quote, lexicon, lexicon.view_openers,
                           lambda who: _names_someone(who, lexicon), "pour someone")


def find_findings(text: str, sentences: list[Span], inside_quote: bytearray,
                  lexicon: Lexicon) -> list[Attribution]:
    """"In a new Fox News poll, 45 percent back the plan": the clause after the comma is what the
    poll or document found (document_openers.txt, documents.txt). The cues pass drops it when the
    clause has a cue of its own (« Dans un communiqué, la préfecture estime … »)."""
    return _opened_clauses(text, sentences, inside_quote, lexicon, lexicon.document_openers,
                           lambda what: _names_a_document(what, lexicon), "document opener")


def find_document_incises(text: str, sentences: list[Span], inside_quote: bytearray,
                          lexicon: Lexicon) -> list[Attribution]:
    """"The mayor paid the fine, court records show.": what a document shows, in an incise the
    parser often misreads ("records" as a verb, "show" as a noun); the cues pass keeps the parse's
    own reading when it has one (finding_verbs.txt, documents.txt). So too for a speaker's verb
    that reads as a plural noun: "…, the transit authority claims." (noun_like_cues.txt)."""
    verbs = alternatives(lexicon.finding_verbs | lexicon.noun_like_cues, empty="")
    pattern = re.compile(rf",\s+(?P<who>(?:[\w.'’&-]+\s+){{0,5}}?(?P<noun>[\w'’-]+))\s+(?P<cue>{verbs})"
                         rf"\s*(?P<after>[,.;!?]|$)", re.IGNORECASE) if verbs else None
    found = []
    for sentence in sentences if pattern else []:
        for match in pattern.finditer(text, sentence.start, sentence.end):
            if inside_quote[match.start()] or not _incise_speaker(match, lexicon):
                continue
            found.append(_matched(match, Span(sentence.start, match.start()), True, sentence, "document incise"))
            # "The mayor, court records show, paid the fine": the incise interrupts the statement,
            # which goes on after it; "…, records show, and experts say …" closes it
            if match.group("after") == "," and not lexicon.next_clause.match(text, match.end(), sentence.end):
                rest = trim(text, Span(match.end(), sentence.end))
                found.append(_matched(match, Span(rest.start, _strip_end(text, rest.start, sentence.end)),
                                      False, sentence, "document incise then statement"))
    return found


def find_agreements(text: str, sentences: list[Span], inside_quote: bytearray,
                    lexicon: Lexicon) -> list[Attribution]:
    """« Les syndicats sont d'accord sur un point : la mobilisation doit être massive »: the clause
    after the colon is what the subject holds (colon_cues.txt)."""
    cues = alternatives(lexicon.colon_cues, empty="")
    pattern = re.compile(rf"(?P<who>[^,;:.!?«»\"“”]{{2,80}}?)\s+(?P<cue>{cues})\b[^:.!?«»]{{0,40}}?"
                         rf"[ \u00a0]?:\s*(?=\S)", re.IGNORECASE) if cues else None
    found = []
    for sentence in sentences if pattern else []:
        match = pattern.match(text, sentence.start, sentence.end)
        if match is None or inside_quote[match.start()]:
            continue
        content = Span(match.end(), _strip_end(text, match.end(), sentence.end))
        if len(re.findall(r"\w+", text[content.start:content.end])) >= MIN_CLAUSE_WORDS:
            found.append(_matched(match, content, False, sentence, "agreement before a colon"))
    return found


def _opened_clauses(text: str, sentences: list[Span], inside_quote: bytearray, lexicon: Lexicon,
                    openers, names_a_source, rule: str) -> list[Attribution]:
    """The clause after « Opener [who], » at a sentence's start, credited to who when it names a source."""
    opener = alternatives(openers, empty="")
    found = []
    # inside one sentence, a full stop before a word ends an abbreviation: "To Ms. Okafor, …"
    pattern = re.compile(rf"(?P<cue>{opener})\s+(?P<who>(?:[^,;:.!?«»\"“”]|\.(?=\s\w)){{2,80}}?)\s*,\s*(?=\S)",
                         re.IGNORECASE) if opener else None
    for sentence in sentences if pattern else []:
        match = pattern.match(text, sentence.start, sentence.end)
        if match is None or not text[match.start()].isupper() or inside_quote[match.start()] \
                or not names_a_source(match.group("who")):
            continue
        start = _past_a_relative_clause(text, match.end(), sentence.end, lexicon)
        content = Span(start, _strip_end(text, start, sentence.end))
        if len(re.findall(r"\w+", text[content.start:content.end])) >= MIN_CLAUSE_WORDS:
            found.append(_matched(match, content, False, sentence, rule))
    return found


def _matched(match: re.Match, content: Span, incise: bool, sentence: Span, rule: str) -> Attribution:
    """The attribution a pattern found, its cue and its speaker the match's groups of those names."""
    return Attribution(Span(match.start("cue"), match.end("cue")), Span(match.start("who"), match.end("who")),
                       set(), content, incise, sentence, rule=rule)


def _past_a_relative_clause(text: str, start: int, end: int, lexicon: Lexicon) -> int:
    """"To Sexton, who has studied the rallies, Tuesday marked a turning point": the clause after
    the relative one that describes the source."""
    first = re.match(r"\w+", text[start:end])
    word = first.group(0).lower() if first else ""
    if word not in lexicon.relative_pronouns or word in lexicon.demonstratives:
        return start
    comma = text.find(",", start, end)
    return start if comma < 0 else trim(text, Span(comma + 1, end)).start


def _incise_speaker(match, lexicon: Lexicon) -> bool:
    """Whether a misread incise names who speaks: a document for a verb of finding, a document,
    an organisation or someone for a verb of speech."""
    noun = match.group("noun")
    if _names_a_document(noun, lexicon):
        return True
    if match.group("cue").lower() not in lexicon.noun_like_cues or match.group("after") == ",":
        return False
    # "…, the transit authority claims.", "…, Frank notes.", not "…, could blunt Republican claims."
    words = match.group("who").split()
    roles = _speaker_roles(lexicon)
    role = words[0].lower() in lexicon.definite_articles and (noun.lower() in roles or noun.lower().rstrip("s") in roles)
    return role or all(w[:1].isupper() for w in words)


def _speaker_roles(lexicon: Lexicon) -> frozenset:
    """The words that name a speaker by role: people, anonymous sources, organisations, media."""
    return lexicon.persons | lexicon.anonymous | lexicon.organisations | lexicon.media


def _names_a_document(words: str, lexicon: Lexicon) -> bool:
    """Whether the words after the opener name a document or a poll: "the new CBS poll"."""
    return any(w in lexicon.documents or w.rstrip("sx") in lexicon.documents
               for w in re.findall(r"\w+", words.lower()))


def _names_someone(words: str, lexicon: Lexicon) -> bool:
    """Whether the words after « Pour » name a speaker: a capitalised name or a speaker's role."""
    tokens = re.findall(r"\w+'?", words)
    if not tokens:
        return False
    if tokens[0][0].isupper() and tokens[0].lower() not in lexicon.view_determiners \
            and not tokens[0].isdigit():
        return True  # « Pour Jan Hamáček »; the cues pass keeps it when the parse saw a name
    roles = _speaker_roles(lexicon)
    role = tokens[1] if len(tokens) > 1 else ""
    # « Pour les syndicats », « Pour la CGT »: a role, or a name after its article
    return tokens[0].lower() in lexicon.view_determiners and (
        role.lower() in roles or role.lower().rstrip("sx") in roles or role[:1].isupper())


def _phrase_attribution(text: str, sentence: Span, match, lexicon: Lexicon) -> Attribution:
    """The source after « selon » up to the next comma, and the clause it covers."""
    source_start = match.end()
    tail = lexicon.source_phrase_tail.search(text, source_start, sentence.end)
    source_end = tail.start() if tail else sentence.end
    while source_end > source_start and text[source_end - 1] in ".!?»”":
        source_end -= 1
    cue = Span(match.start(), match.start() + len(match.group(0).rstrip()))
    source = Span(source_start, source_end) if source_end > source_start else None
    before = text[sentence.start:match.start()]
    at_clause_start = not before.strip() or before.rstrip()[-1] in ";:" \
        or lexicon.clause_conjunction.fullmatch(before)
    after = not at_clause_start and source_end >= _strip_end(text, sentence.start, sentence.end)
    # '“We were never told,” according to a resident': after a quotation, the phrase is its incise
    incise = after and text[sentence.start] in QUOTATION_MARKS
    if at_clause_start:
        start = source_end
        while start < sentence.end and text[start] in " ,\u00a0":
            start += 1
        # "According to Reyes, who has worked for Blake since 2015, [the post …]"
        start = _past_a_relative_clause(text, start, sentence.end, lexicon)
        content = Span(start, _strip_end(text, start, sentence.end))
    elif after:
        content = Span(sentence.start, _strip_end(text, sentence.start, match.start()))
    else:
        content = Span(sentence.start, _strip_end(text, sentence.start, sentence.end))
    return Attribution(cue, source, set(), content, incise, sentence, rule="source phrase")


def _strip_end(text: str, start: int, end: int) -> int:
    """The end of a content without trailing spaces, commas or the final full stop."""
    while end > start and text[end - 1] in " ,;:.\u00a0\n":
        end -= 1
    return end
