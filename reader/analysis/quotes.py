"""Finding quotations by their marks alone: the pass that needs no language model."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.analysis.lexicon import words_of_every_language
from reader.model import Span

# The marks as the parser's tokens show them: all of them, and those that close a quotation
# before its incise ('“…,” he said', « », a-t-il dit »).
QUOTATION_MARKS = frozenset({"«", "»", "“", "”", '"', "'", "‘", "’", "''"})
CLOSING_MARKS = frozenset({"»", "”", '"', "''"})
OPENING_MARKS = frozenset({"«", "“", '"', "„", "‘", "'", "''"})
# ''…'' and ``…'': plain-text exports write quotation marks as two apostrophes (or backticks).
DOUBLED_APOSTROPHE = "''"
CLOSERS = {"«": "»", "“": "”", "„": "“", "‹": "›", '"': '"', "‘": "’",
           "”": "”",  # ”…” where a writer (or a keyboard) put the closing mark first
           DOUBLED_APOSTROPHE: DOUBLED_APOSTROPHE, "``": DOUBLED_APOSTROPHE,
           "'": "'"}  # '…' inside "…": a straight single quote nests only in another quotation
# „ closes with “ in German typography, but some writers close it with ”.
ALSO_CLOSES = {"„": "”"}
# Some African and Central European outlets open with » and close with «: a text is read so when
# its guillemets stand that way round more often, opening before a word and closing after one.
REVERSED_CLOSERS = {**CLOSERS, "»": "«"}
GUILLEMET_BEFORE_WORD = re.compile(r"(?:^|(?<=[\s(]))([«»])[ \u00a0\u202f]*(?=\w)", re.M)
GUILLEMET_AFTER_WORD = re.compile(r"(?<=[\w.!?…,])[ \u00a0\u202f]*([«»])(?=[\s.,;:!?)]|$)", re.M)
# Only these characters open or close a quotation: the scan skips every other one.
SINGLE_MARKS = {m for m in set(CLOSERS) | set(CLOSERS.values()) | set(ALSO_CLOSES.values()) if len(m) == 1}
MARKS = re.compile("''|``|[" + re.escape("".join(SINGLE_MARKS)) + "]")
SPACES = " \u00a0\u202f\t"
# The comma that leads to the incise, after the closing marks and a bracketed translation:
# « Wir schaffen das » [Nous y arriverons], a dit …
COMMA_AFTER_MARKS = re.compile("[" + re.escape("".join(SINGLE_MARKS)) + SPACES + "]*"
                               r"(?:\[[^\]\n]*\])?[ \u00a0\u202f]*,")
# « Wir schaffen das » [Nous y arriverons]: the translation in brackets belongs to the quotation;
# not the speaker an excerpt puts in brackets before its verb: '…,' [Bruck] said.
BRACKETED_AFTER = re.compile(r"[ \u00a0\u202f]*\[[^\]\n]*\](?![ \u00a0\u202f]*\w)")
SENTENCE_INSIDE = re.compile(r"\w{3,}[.…]\s+\w|[!?]\s+\w")  # not "Dr. Strangelove"
BRACKETED_SPEAKER = re.compile(r"[ \u00a0\u202f]*\[[^\]\n]{1,40}\][ \u00a0\u202f]+\w")
# An incise inside an excerpt runs to its sentence's end, a few words on, before any other mark.
INCISE_END = re.compile(r"[.!?]|" + MARKS.pattern)
INCISE_REACH = 60
DIALOGUE_DASH = re.compile(r"[—–-][ \u00a0\u202f]+(?=\w)")
DIALOGUE = "—"  # the mark of a dialogue turn, whichever dash opened it
# Quotations nest three deep at most in print; a deeper mark is stray, and each kept one costs
# the scan of every later mark.
MAX_NESTING = 6


@dataclass
class Quote:
    """A quotation: the words inside its marks, and where its marks stand."""

    content: Span
    outer: Span  # from the opening mark to just after the closing one (or the content's end)
    closed: bool
    depth: int = 0
    mark: str = "“"  # the opening mark

    def paraphrase_marks(self) -> bool:
        """Whether doubled apostrophes open it: exports use them for verbatim words and
        paraphrase alike, so what they hold is shown as reported speech. ``…'' is typed as
        quotation marks are, by hand."""
        return self.mark == DOUBLED_APOSTROPHE

    def is_dialogue(self) -> bool:
        """Whether a dialogue dash opened it: a turn that no mark closes, its incise at its end."""
        return self.mark == DIALOGUE

    def word_count(self, text: str) -> int:
        """How many words the quotation holds."""
        return len(re.findall(r"\w+", text[self.content.start:self.content.end]))


def find_quotes(text: str, paragraphs: list[Span]) -> list[Quote]:
    """Every quotation in the text, outermost and nested, in reading order."""
    quotes: list[Quote] = []
    stack: list[tuple[str, int, int]] = []  # (opening mark, its offset, content start)
    closers = REVERSED_CLOSERS if guillemets_reversed(text) else CLOSERS
    for index, paragraph in enumerate(paragraphs):
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        start = paragraph.start
        if stack and text.startswith(stack[0][0], start):
            start += len(stack[0][0])  # the mark that reopens a quote continued from the previous paragraph
        if not stack and DIALOGUE_DASH.match(text, start):
            quotes.append(_dialogue(text, paragraph))
            continue
        for mark in MARKS.finditer(text, start, paragraph.end):
            _scan_char(text, mark.start(), mark.group(), stack, quotes, closers)
        if stack and not _continues(text, stack[0][0], following):
            _close_all_at(text, paragraph.end, stack, quotes)
    return sorted(quotes, key=lambda q: (q.outer.start, -q.outer.end))


def guillemets_reversed(text: str) -> bool:
    """Whether the text's guillemets open with » and close with «, more often than not."""
    if "»" not in text:
        return False
    before = [match.group(1) for match in GUILLEMET_BEFORE_WORD.finditer(text)]
    after = [match.group(1) for match in GUILLEMET_AFTER_WORD.finditer(text)]
    usual = before.count("«") + after.count("»")
    return before.count("»") + after.count("«") > usual


def _scan_char(text: str, offset: int, char: str, stack: list, quotes: list[Quote],
               closers: dict[str, str]) -> None:
    """Open or close a quotation at this mark (a character, or two apostrophes)."""
    for level in range(len(stack) - 1, -1, -1):
        opener = stack[level][0]
        if char == closers[opener] or char == ALSO_CLOSES.get(opener):
            if char in "’'" and _is_apostrophe(text, offset):
                return
            if char in "'’" and level == 0 and not _ends_a_sentence_s_quote(text, offset):
                return  # 'The workers' pay is low,' she said: a plural's apostrophe
            if opener in ('"', DOUBLED_APOSTROPHE) and level != len(stack) - 1:
                break
            while len(stack) > level + 1:  # inner quotes left open end here
                _close(text, stack.pop(), offset, offset, False, len(stack), quotes)
            _close(text, stack.pop(), offset, offset + len(char), True, level, quotes)
            return
    if char in closers and len(stack) < MAX_NESTING and _can_open(text, offset, char, stack):
        stack.append((char, offset, offset + len(char)))


def _can_open(text: str, offset: int, char: str, stack: list) -> bool:
    """Whether a mark here opens a quotation (a single quote only inside another one)."""
    if char == "‘":  # at the top level too, as British papers quote, when a word follows
        after = text[offset + 1:offset + 2]
        return (offset == 0 or not text[offset - 1].isalnum()) and (bool(stack) or after.isalnum())
    if char == '"':  # '" 'There is …' ': a thin space may part it from a quotation inside
        after = text[offset + 1:offset + 2]
        return after != "" and not after.isspace() or text[offset + 1:offset + 3] in (" '", " ‘")
    if char == "'":  # "He said 'no' twice": before a word, never inside one ("it's")
        before, after = text[offset - 1:offset], text[offset + 1:offset + 2]
        # at the top level too, as some papers quote ('The money is not there,' he said), when
        # a capital follows: not the '90s
        return (bool(stack) or after.isupper()) and not before.isalnum() and after.isalnum()
    if char == DOUBLED_APOSTROPHE:  # not the inches of 5'11''
        after = text[offset + 2:offset + 3]
        return after != "" and not after.isspace() and not text[offset - 1:offset].isdigit()
    if char == "”":  # only where an opening mark would stand: after a space, before a word
        before, after = text[offset - 1:offset], text[offset + 1:offset + 2]
        return (offset == 0 or before.isspace()) and after.isalnum() and not stack
    return True


def _ends_a_sentence_s_quote(text: str, offset: int) -> bool:
    """Whether a single ' or ’ closes a quotation at the top level: after its punctuation (',' he
    said), before it (', she said) or another sentence, not after a plural ("the workers' pay")."""
    before, following = text[offset - 1:offset], text[offset + 1:offset + 40].lstrip(SPACES)
    return before in ",.!?…" or not following or not following[0].islower()


def _is_apostrophe(text: str, offset: int) -> bool:
    """A ’ between two letters is an apostrophe, not a closing mark."""
    before = text[offset - 1:offset]
    after = text[offset + 1:offset + 2]
    return before.isalpha() and after.isalpha()


def _continues(text: str, opener: str, following: Span | None) -> bool:
    """Whether the next paragraph reopens the same quotation with the same mark."""
    return following is not None and text.startswith(opener, following.start)


def _close_all_at(text: str, end: int, stack: list, quotes: list[Quote]) -> None:
    """End every open quotation at the end of a paragraph that leaves them unclosed.

    A single ‘ or ' left open at the top level was an apostrophe (“the ‘90s”), not a quotation.
    """
    while stack:
        opened = stack.pop()
        if not (opened[0] in "‘'" and not stack):
            _close(text, opened, end, end, False, len(stack), quotes)


def _close(text: str, opened: tuple[str, int, int], content_end: int, outer_end: int,
           closed: bool, depth: int, quotes: list[Quote]) -> None:
    """Record a quotation, its content trimmed of surrounding spaces."""
    mark, mark_offset, content_start = opened
    start, end = content_start, content_end
    while start < end and text[start] in SPACES + "\n":
        start += 1
    while end > start and text[end - 1] in SPACES + "\n,":  # '“We will win,” she said
        end -= 1
    if closed and (translation := BRACKETED_AFTER.match(text, outer_end)):
        outer_end = translation.end()
    if end > start:
        quotes.append(Quote(Span(start, end), Span(mark_offset, outer_end), closed, depth, mark))


def _dialogue(text: str, paragraph: Span) -> Quote:
    """A paragraph opened by a dialogue dash: its words are the quotation."""
    dash = DIALOGUE_DASH.match(text, paragraph.start)
    return Quote(Span(dash.end(), paragraph.end), Span(paragraph.start, paragraph.end), True,
                 mark=DIALOGUE)


def statement_quotes(text: str, quotes: list[Quote]) -> list[Quote]:
    """The outermost quotations that are statements, not quoted terms or titles, and the
    statements quoted inside an excerpt: a paragraph opened by a mark that never closes.

    '"Trump walked onto the stage, chanting “U-S-A! U-S-A!”': the excerpt of another article
    quotes people of its own.
    """
    found = []
    for quote, excerpt in _with_excerpts(text, quotes):
        if quote.depth and not (excerpt and quote.depth == 1):
            continue
        if quote is excerpt and quote.closed:
            continue  # it quotes its statements with their speakers: they are the claims
        if is_statement(text, quote):
            found.append(quote)
    return found


def _with_excerpts(text: str, quotes: list[Quote]) -> list[tuple[Quote, Quote | None]]:
    """Each quotation with the excerpt it lies in: an outer quotation that never closes, or one
    that quotes a statement with its incise ('" \'…,\' [Bruck] said.')."""
    quoting = {id(outer) for outer, inner in _nested(quotes) if _incise_after(text, inner, outer)}
    paired, excerpt = [], None
    for quote in quotes:  # in reading order, each outer quotation before those inside it
        if quote.depth == 0:
            excerpt = quote if not quote.closed or id(quote) in quoting else None
        paired.append((quote, excerpt if excerpt and quote.outer.end <= excerpt.outer.end else None))
    return paired


def _nested(quotes: list[Quote]) -> list[tuple[Quote, Quote]]:
    """Each quotation one level inside another, with the outer one."""
    pairs, outer = [], None
    for quote in quotes:
        if quote.depth == 0:
            outer = quote
        elif quote.depth == 1 and outer is not None and quote.outer.end <= outer.outer.end:
            pairs.append((outer, quote))
    return pairs


def _incise_after(text: str, quote: Quote, excerpt: Quote) -> Span | None:
    """The incise after a quotation ending in a comma, to its sentence's end, inside the excerpt:
    one that names its speaker in the quoter's brackets, as no speaker quoting someone does."""
    comma = text[quote.content.start:quote.content.end].endswith(",") \
        or COMMA_AFTER_MARKS.match(text, quote.content.end)
    if not (quote.closed and comma and BRACKETED_SPEAKER.match(text, quote.outer.end)):
        return None
    end = INCISE_END.search(text, quote.outer.end, min(excerpt.outer.end, quote.outer.end + INCISE_REACH))
    return Span(quote.outer.end, end.start()) if end is not None else None


def is_statement(text: str, quote: Quote) -> bool:
    """A quotation of five words or more, or a shorter one that is a whole sentence.

    “I love you,” he said: a short sentence keeps its comma inside the marks; a title
    (“The Morning Show,”) is told apart by its capitals.
    """
    content = text[quote.content.start:quote.content.end]
    # “The Donald. Big Daddy.”: capitals, but two sentences, which no title is
    if _title_case(content) and not SENTENCE_INSIDE.search(content):
        return False
    words = quote.word_count(text)
    if words >= 5:
        return True
    # the comma that leads to the incise: inside the marks (“…,”) or after them (« … »,)
    ends_sentence = content[-1] in ".!?…" or COMMA_AFTER_MARKS.match(text, quote.content.end)
    return words >= 2 and ends_sentence and content[0].isupper()


def _title_case(words: str) -> bool:
    """Whether every word but the small ones begins with a capital, as titles' words do."""
    every_word = [w for w in re.findall(r"\w+", words) if len(w) > 1]  # not the letters of “U-S-A!”
    # quotations are found before the language is known: the small words of every language
    small_words = words_of_every_language("title_small_words")
    long_words = [w for w in every_word if len(w) > 3 and w not in small_words]
    # “The Apprentice”, “War On Drugs”: a short name whose every word is capitalised
    capitalised = len(every_word) > 1 and all(w[0].isupper() for w in every_word)
    return capitalised or len(long_words) > 1 and all(w[0].isupper() for w in long_words)


def inside_quote_mask(text: str, quotes: list[Quote]) -> bytearray:
    """One byte per character: 1 where the character lies within quotation marks, but for the
    incises of the statements an excerpt quotes."""
    mask = bytearray(len(text))
    for quote in quotes:
        if quote.depth == 0:
            mask[quote.outer.start:quote.outer.end] = b"\x01" * (quote.outer.end - quote.outer.start)
    # '" \'It goes further than that,\' [Bruck] said.': the cues may find who the excerpt quotes
    for outer, inner in _nested(quotes):
        incise = _incise_after(text, inner, outer)
        if incise is not None:
            mask[incise.start:incise.end] = bytes(incise.end - incise.start)
    return mask
