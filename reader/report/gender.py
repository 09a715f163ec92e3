"""A source's gender, only where the article's text makes it clear."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from reader.model import Source
from reader.report.names import proper_name

FEMALE, MALE, UNKNOWN = "female", "male", "unknown"
# Courtesy titles tell a gender; professional ones (« Me », "Dr") do not.
COURTESY_TITLES = {"mme": FEMALE, "madame": FEMALE, "mlle": FEMALE, "mademoiselle": FEMALE,
                   "mrs": FEMALE, "ms": FEMALE, "miss": FEMALE,
                   "m": MALE, "monsieur": MALE, "mr": MALE}
# A title and up to three capitalised words after it: « Mme Borne », "Mrs. Maria Lopez".
TITLE_BEFORE_NAME = re.compile(
    r"\b(" + "|".join(t.capitalize() for t in COURTESY_TITLES)
    + r")(\.?) +((?:[A-ZÀ-Þ][\w'’-]* +){0,2}[A-ZÀ-Þ][\w'’-]*)")
# Pronouns and titles the engine resolves to a name: « elle », "she", « la ministre ».
GENDERED_MENTIONS = {"she": FEMALE, "her": FEMALE, "he": MALE, "him": MALE,
                     "elle": FEMALE, "celle-ci": FEMALE, "cette dernière": FEMALE,
                     "il": MALE, "lui": MALE, "celui-ci": MALE, "ce dernier": MALE}
GENDERED_ARTICLES = {"la": FEMALE, "cette": FEMALE, "le": MALE, "ce": MALE}


@lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    """Common first names and their gender, from the word list in reader/data."""
    return _gendered_words("first_names.txt")


@lru_cache(maxsize=1)
def gendered_roles() -> dict[str, str]:
    """Role words that tell a gender ("spokeswoman", « députée »), from reader/data."""
    return _gendered_words("gendered_roles.txt")


def _gendered_words(name: str) -> dict[str, str]:
    """A « word F|M » list of reader/data as a dictionary."""
    text = resources.files("reader.data").joinpath(name).read_text(encoding="utf-8")
    pairs = (line.split() for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {word: FEMALE if gender == "F" else MALE for word, gender in pairs}


def courtesy_genders(text: str) -> dict[str, set[str]]:
    """Each surname written after a courtesy title, with the genders the titles give it."""
    found: dict[str, set[str]] = {}
    for match in TITLE_BEFORE_NAME.finditer(text):
        title, stop, name = match.groups()
        if title == "M" and not stop:  # « M. Dupont »; a bare "M" is an initial
            continue
        found.setdefault(name_words(name)[-1], set()).add(COURTESY_TITLES[title.lower()])
    return found


def mention_gender(source: Source) -> str | None:
    """The gender a pronoun or a titled mention gives what it refers to: « elle », "she", « la ministre »."""
    written = " ".join(source.text.replace("’", "'").lower().split())
    if written in GENDERED_MENTIONS:
        return GENDERED_MENTIONS[written]
    if not source.resolved or source.resolved == source.text or " " not in written:
        return None  # an article tells a gender only of a role resolved to someone named
    return GENDERED_ARTICLES.get(written.split(" ", 1)[0])


def name_words(name: str) -> list[str]:
    """The capitalised words of a name: the ones a title or a first name can stand before."""
    return [w for w in re.findall(r"[\w'’-]+", name) if w[:1].isupper()]


def gender_of(names: list[str], mentions: list[Source], titled: dict[str, set[str]]) -> tuple[str, str]:
    """The gender of one source and the evidence for it: a courtesy title, a role word, a pronoun
    referring to it, then a first name. Its longest name speaks for it (an entity may hold a
    stray alias).

    What the text writes comes before a first name; evidence that disagrees leaves it unknown,
    and so does a pronoun against the first name (the pronoun's antecedent may be misread).
    """
    full = max(names, key=len)
    words = name_words(proper_name(full))
    evidence = {"title": titled.get(words[-1], set()) if words else set(),
                "role": {g for w in re.findall(r"[\w'’-]+", full.lower())
                         if (g := gendered_roles().get(w))},
                "pronoun": {g for source in mentions if (g := mention_gender(source))}}
    said = set().union(*evidence.values())
    by_first_name = first_names().get(words[0]) if len(words) > 1 else None
    written_by_name = evidence["title"] | evidence["role"]
    if len(said) > 1 or (said and not written_by_name and by_first_name not in (None, *said)):
        return UNKNOWN, "conflicting"
    if said:
        return said.pop(), next(kind for kind, genders in evidence.items() if genders)
    if by_first_name:
        return by_first_name, "first name"
    return UNKNOWN, ""
