"""Word lists per language, read from the data files beside the package."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

LANGUAGES = ("fr", "en")


@dataclass(frozen=True)
class Lexicon:
    """The curated words the engine needs for one language."""

    language: str
    cue_verbs: frozenset[str]
    cue_phrasal: dict  # verb lemma -> the words that must follow it: "point" -> {"out"}
    clause_cues: frozenset[str]  # cues that report through a clause only: "found that", not "found the body"
    cue_nouns: frozenset[str]
    source_phrases: tuple[str, ...]
    hedges: tuple[str, ...]
    media: frozenset[str]
    documents: frozenset[str]
    anonymous: frozenset[str]
    organisations: frozenset[str]
    persons: frozenset[str]
    report_verbs: frozenset[str]  # cues that still report in an impersonal passive: "it was reported"
    contentless: frozenset[str]  # "verb object" lemmas that speak without reporting: "tell truth"
    first_names: dict  # first name -> "Fem" or "Masc", shared by the languages

    def gender_of_name(self, name: str) -> str | None:
        """"Fem" or "Masc" for a name that begins with a common first name ("Maria Lopez")."""
        words = name.split()
        return self.first_names.get(words[0]) if words else None


@lru_cache(maxsize=None)
def lexicon_for(language: str) -> Lexicon:
    """The lexicon of a language the engine knows (French or English)."""
    def words(name: str) -> list[str]:
        return _entries(language, f"{name}.txt")

    verbs = words("cue_verbs")
    phrasal: dict[str, set[str]] = {}
    for entry in (v for v in verbs if " " in v):
        lemma, rest = entry.split(" ", 1)
        phrasal.setdefault(lemma, set()).add(rest)
    return Lexicon(
        language=language,
        cue_verbs=frozenset(v for v in verbs if " " not in v),
        cue_phrasal=phrasal,
        clause_cues=frozenset(words("clause_cues")),
        cue_nouns=frozenset(words("cue_nouns")),
        # longest first, so « à en croire » is tried before a shorter phrase inside it
        source_phrases=tuple(sorted(words("source_phrases"), key=len, reverse=True)),
        hedges=tuple(words("hedges")),
        media=frozenset(words("media")),
        documents=frozenset(words("documents")),
        anonymous=frozenset(words("anonymous")),
        organisations=frozenset(words("organisations")),
        persons=frozenset(words("persons")),
        report_verbs=frozenset(words("report_verbs")),
        contentless=frozenset(words("contentless")),
        first_names=_first_names(),
    )


@lru_cache(maxsize=1)
def _first_names() -> dict[str, str]:
    """The genders of common first names, from the data file both languages share."""
    pairs = (entry.split() for entry in _entries("first_names.txt"))
    return {name: "Fem" if gender == "F" else "Masc" for name, gender in pairs}


def _entries(*path: str) -> list[str]:
    """The lines of a data file under reader/data, without blank lines and # comments."""
    lines = resources.files("reader.data").joinpath(*path).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=None)
def hedge_pattern(language: str) -> re.Pattern | None:
    """The language's hedging words and phrases as whole words, compiled once; None without any."""
    words = "|".join(re.escape(hedge) for hedge in lexicon_for(language).hedges)
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE) if words else None


@lru_cache(maxsize=None)
def source_phrase_pattern(language: str) -> re.Pattern:
    """« selon », "according to" and the like with the space after them, compiled once."""
    phrases = "|".join(re.escape(phrase) for phrase in lexicon_for(language).source_phrases)
    # « l'affirmation selon laquelle … » introduces a clause, not a source
    relative = r"(?!(?:laquelle|lequel|lesquelles|lesquels|quoi)\b)"
    return re.compile(rf"(?<!\w)(?:{phrases})\s+{relative}", re.IGNORECASE)  # longest first
