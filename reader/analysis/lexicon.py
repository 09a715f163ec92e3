"""Language packs: the words the rules need for one language, read from its folder of data files.

A language is a folder reader/data/<code>/ holding one file per list below; nothing else names
it. A file holds one entry a line; blank lines and lines starting with # are skipped.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

# Every list a language pack holds, each a file <name>.txt of words or phrases, one a line.
WORD_LISTS = (
    "cue_verbs", "clause_cues", "cue_nouns", "report_verbs", "contentless", "source_phrases",
    "hedges", "media", "documents", "anonymous", "organisations", "persons",
    "negations", "nobody_words", "stance_adjectives", "count_nouns", "contrast_conjunctions",
    "condition_marks", "refusing_verbs", "as_marks", "going_on_verbs", "naming_verbs",
    "naming_particles", "noun_topics", "voicing_verbs", "said_of_the_object", "demonstratives",
    "topic_prepositions", "inversion_words", "time_words", "duration_nouns", "complementizers",
    "relative_pronouns", "subordinators", "opening_conditions", "addressee_verbs",
    "perception_verbs", "circumstance_prepositions", "quoted_as_verbs", "thing_pronouns",
    "titling_words", "title_small_words", "tying_words", "professional_titles", "title_adjectives",
    "definite_articles", "journalist_pronouns", "indefinite_determiners", "name_function_words",
    "relatives_after_source_phrase", "impersonal_subjects", "feminine_groups", "credit_openers",
    "news_agencies", "conditional_endings", "purpose_marks", "perfect_auxiliaries",
    "passive_auxiliaries", "abbreviations", "object_pronouns", "impersonal_pronouns",
    "modals_with_impersonal", "euphonic_words", "euphonic_leads", "elided_complementizers",
    "infinitive_marks", "clause_conjunctions", "two_verb_cues", "name_prepositions", "cleft_pronouns", "traits",
    "view_openers", "view_determiners", "not_speakers", "interview_openers", "question_labels",
    "answer_labels", "impersonal_verbs", "side_openers", "document_openers", "addressee_pronouns",
    "ability_modals", "ability_signs", "predicative_hedges", "grievance_cues", "grievance_prepositions",
    "complement_prepositions", "future_in_the_past",
    "request_verbs", "interview_notes", "interviewers", "colon_cues",
    "question_openers", "request_prepositions", "topic_openers", "finding_verbs", "skill_verbs", "withholding_verbs",
    "reason_conjunctions", "noun_like_cues", "counterfactual_modals", "obligation_verbs",
    "writer_subordinators", "sentencing_verbs", "penalties", "denying_phrases",
)
# Lists whose lines hold fields: "mme Fem", "il Sing Masc", "ent 2 r"; and one pattern.
TABLES = ("courtesy_titles", "anaphors", "infinitive_endings")
PATTERNS = ("partitives", "inverted_pronouns")
LISTS = WORD_LISTS + TABLES + PATTERNS
# The traits a language may have, which some rules ask about (traits.txt lists those it has).
TRAITS = (
    "gendered pronouns name people",  # "she" is someone; « elle » may be « la mairie »
    "no speaker after an addressee",  # '“…,” Cyril told The Huffington Post': no speaker after "told"
    "subject nouns take a determiner",  # « Membre de la coalition, le ministre … »: a bare noun describes
)
# Where language packs are found, first match first: the package's own data, then any added.
PACK_FOLDERS: list[Path] = [Path(str(resources.files("reader.data")))]


class UnknownLanguage(ValueError):
    """No language pack for the language asked for."""


class Lexicon:
    """The words the engine needs for one language: each list of the pack as an attribute."""

    def __init__(self, language: str, folder: Path):
        self.language = language
        entries = {name: _entries(folder / f"{name}.txt") for name in LISTS}
        for name in WORD_LISTS:
            setattr(self, name, frozenset(entries[name]))
        verbs = entries["cue_verbs"]
        self.cue_verbs = frozenset(v for v in verbs if " " not in v)
        self.cue_phrasal: dict[str, set[str]] = {}  # verb lemma -> the words after it: "point" -> {"out"}
        for entry in (v for v in verbs if " " in v):
            lemma, rest = entry.split(" ", 1)
            self.cue_phrasal.setdefault(lemma, set()).add(rest)
        # longest first, so « à en croire » is tried before a shorter phrase inside it
        self.source_phrases = tuple(sorted(entries["source_phrases"], key=len, reverse=True))
        self.hedges = tuple(entries["hedges"])
        self.courtesy_titles = dict(line.split() for line in entries["courtesy_titles"])
        self.anaphors = {" ".join(fields[:-2]): (fields[-2], None if fields[-1] == "-" else fields[-1])
                         for fields in (line.split() for line in entries["anaphors"])}
        self.infinitive_endings = [(ending, int(cut), added) for ending, cut, added
                                   in (line.split() for line in entries["infinitive_endings"])]
        self.partitive = _pattern(entries["partitives"], re.IGNORECASE)
        self.inverted_pronoun = _pattern(entries["inverted_pronouns"])
        self.first_names = _first_names()
        self._compile_patterns()

    def _compile_patterns(self) -> None:
        """The patterns the rules search the text with, made of the lists."""
        that = alternatives(self.complementizers)
        # « qu'il », « qu’il »: an elided complementizer with either apostrophe
        that_either = alternatives(self.complementizers).replace("'", "['’]")
        self.complementizer_word = re.compile(rf"\b(?:{that_either})\b", re.IGNORECASE)
        self.ends_with_complementizer = re.compile(rf"[:,]\s*$|\b({that})\s*$")
        self.source_phrase_tail = re.compile(rf"\s*[,;.:!?]|\s+(?:{that})\b")
        conjunctions = alternatives(self.clause_conjunctions)
        self.clause_conjunction = re.compile(rf"\s*(?:{conjunctions})\s*,?\s*", re.IGNORECASE)
        denials = alternatives(self.denying_phrases).replace("'", "['’]")
        self.denial_before = re.compile(rf"(?<!\w)(?:{denials})\s*$", re.IGNORECASE)
        self.next_clause = re.compile(rf"\s*(?:{conjunctions})\b", re.IGNORECASE)  # "…, and experts say"
        subordinators = alternatives(self.writer_subordinators).replace("'", "['’]")
        self.writer_subordinator = re.compile(rf"\s*(?:{subordinators})\s*", re.IGNORECASE)
        agencies = "|".join(rf"\(?{re.escape(a)}\)?" for a in sorted(self.news_agencies))
        credits = "|".join(filter(None, (alternatives(self.credit_openers, empty=""), agencies, "©")))
        self.credit_line = re.compile(rf"^(?:{credits})\b", re.IGNORECASE)
        endings = alternatives(self.conditional_endings, empty="")
        self.conditional_ending = re.compile(rf"(?:{endings})$") if endings else None
        self.conditional_word = re.compile(rf"\b\w+(?:{endings})\b") if endings else None
        # « Du côté de [la SNCB], on … », « Quant au [patronat], il … »: the side or topic, up to
        # the comma before the pronoun
        self.side_opener = _opener_then_side(self.side_openers)
        self.side_opening_paragraph = _opener_then_side(self.side_openers, before_the_pronoun=False)
        self.topic_opener = _opener_then_side(self.topic_openers)
        self.hedge_words = self._hedge_words()
        self.source_phrase = self._source_phrase()

    def _hedge_words(self) -> re.Pattern | None:
        """The hedging words and phrases as whole words; None without any."""
        words = "|".join(re.escape(hedge) for hedge in self.hedges)
        return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE) if words else None

    def _source_phrase(self) -> re.Pattern | None:
        """« selon », "according to" and the like with the space after them; None without any."""
        if not self.source_phrases:
            return None
        phrases = "|".join(re.escape(phrase) for phrase in self.source_phrases)
        # « l'affirmation selon laquelle … » introduces a clause, not a source
        clauses = "|".join(sorted(self.relatives_after_source_phrase))
        relative = rf"(?!(?:{clauses})\b)" if clauses else ""
        return re.compile(rf"(?<!\w)(?:{phrases})\s+{relative}", re.IGNORECASE)  # longest first

    def has(self, trait: str) -> bool:
        """Whether the language has one of the TRAITS."""
        return trait in self.traits

    def gender_of_name(self, name: str) -> str | None:
        """"Fem" or "Masc" for a name that begins with a courtesy title ("Mr Yousaf", « Mme
        Dubois ») or a common first name ("Maria Lopez")."""
        words = name.split()
        if not words:
            return None
        return self.courtesy_titles.get(words[0].rstrip(".").lower()) or self.first_names.get(words[0])


def languages() -> list[str]:
    """Every language with a pack, in the order of the pack folders."""
    found = []
    for root in PACK_FOLDERS:
        found += [p.name for p in sorted(root.iterdir()) if p.is_dir() and (p / "cue_verbs.txt").is_file()
                  and p.name not in found]
    return found


@lru_cache(maxsize=None)
def lexicon_for(language: str) -> Lexicon:
    """The lexicon of a language with a pack; UnknownLanguage for one without."""
    for root in PACK_FOLDERS:
        if (root / language / "cue_verbs.txt").is_file():
            return Lexicon(language, root / language)
    raise UnknownLanguage(f"no language pack for {language!r}")


# The lexicons by spaCy's id of their language: rules ask for one at nearly every token.
_BY_LANGUAGE_ID: dict[int, Lexicon] = {}


def lexicon_of(token) -> Lexicon:
    """The lexicon of the language a parsed token is in."""
    lexicon = _BY_LANGUAGE_ID.get(token.lang)
    if lexicon is None:
        lexicon = _BY_LANGUAGE_ID[token.lang] = lexicon_for(token.lang_)
    return lexicon


def forget_packs() -> None:
    """Read the packs again when next asked, as after PACK_FOLDERS changed."""
    for cache in (lexicon_for, words_of_every_language):
        cache.cache_clear()
    _BY_LANGUAGE_ID.clear()


@lru_cache(maxsize=None)
def words_of_every_language(name: str) -> frozenset[str]:
    """A list of every language at once, for the steps that run before the language is known
    (sentences and quotations are found without it)."""
    return frozenset().union(*(getattr(lexicon_for(language), name) for language in languages()))


@lru_cache(maxsize=1)
def _first_names() -> dict[str, str]:
    """The genders of common first names, from the data file the languages share."""
    pairs = (entry.split() for entry in _entries(PACK_FOLDERS[0] / "first_names.txt"))
    return {name: "Fem" if gender == "F" else "Masc" for name, gender in pairs}


def _opener_then_side(openers, before_the_pronoun: bool = True) -> re.Pattern:
    """An opener of the list, then the side or topic it names up to a comma (at the end, where
    the pronoun it stands for follows)."""
    words = alternatives(openers).replace("'", "['’]")
    end = r",\s*$" if before_the_pronoun else ","
    return re.compile(rf"(?:{words})\s*(?P<side>[^,.;:!?]{{2,80}}){end}", re.IGNORECASE)


def alternatives(words, empty: str = "(?!)") -> str:
    """Words as alternatives of a pattern, longest first; one that never matches for none."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))) or empty


def _pattern(lines: list[str], flags: int = 0) -> re.Pattern | None:
    """The pattern of a one-pattern list, or None when the language has none."""
    return re.compile(lines[0], flags) if lines else None


def _entries(path: Path) -> list[str]:
    """The lines of a data file, without blank lines and # comments."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]
