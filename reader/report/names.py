"""A person's name without the words around it, so that sources match across articles."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

PARTICLES = {"de", "du", "des", "d'", "van", "von", "der", "da", "di", "la", "le", "bin", "al"}


@lru_cache(maxsize=1)
def role_words() -> frozenset[str]:
    """Titles and roles that come before a name ("President", « Ministre »), from reader/data."""
    words = set()
    for language in ("en", "fr"):
        text = resources.files("reader.data").joinpath(language, "persons.txt").read_text(
            encoding="utf-8")
        words |= {line.strip() for line in text.splitlines()
                  if line.strip() and not line.startswith("#")}
    return frozenset(words)


def proper_name(name: str, kind: str = "person") -> str:
    """A person's name alone: "Florida Sen. Marco Rubio's" and "runner Donald Trump" are Marco
    Rubio and Donald Trump; other sources keep their name whole."""
    words = name.replace("’", "'").removesuffix("'s").removesuffix("'").split()
    if kind != "person" or not words or not words[-1][:1].isupper():
        return " ".join(words)
    start = len(words)  # the capitalised words at the end, with « de » and "van" inside them
    while start and (words[start - 1][:1].isupper() or words[start - 1] in PARTICLES):
        start -= 1
    run = words[start:]
    if run[0] in PARTICLES:  # « ministre de la Santé »: a complement, not a name
        return " ".join(words)
    # the name starts after the last title: "Former President Bill Clinton", « M. », "Sen."
    titles = [i for i, word in enumerate(run[:-1])
              if word.endswith(".") or word.lower() in role_words()]
    if titles:
        run = run[titles[-1] + 1:]
    return " ".join(run) or " ".join(words)
