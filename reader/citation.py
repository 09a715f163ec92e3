"""A claim as a citation to paste: its words, who said them and how, and the article it is from."""

from __future__ import annotations

from reader.model import Claim

# The quotation marks and words of each language; an article in another language is cited in English.
QUOTES = {"fr": ("« ", " »"), "en": ("“", "”")}
WORDS = {
    "fr": {"unsourced": "sans source", "in": "dans", "cue": "verbe\u00a0: "},
    "en": {"unsourced": "no source given", "in": "in", "cue": "cue: "},
}
# Quotation marks a claim's own text may open and close with: the citation puts its own.
OPENING_MARKS = "«“„‘\"' \u00a0\u202f"
CLOSING_MARKS = "»”“’\"' \u00a0\u202f"


def citation(claim: Claim, metadata: dict, language: str) -> str:
    """One paragraph: « words » — source (cue: « verb »), in « title », outlet, date."""
    opening, closing = QUOTES.get(language, QUOTES["en"])
    words = WORDS.get(language, WORDS["en"])
    quoted = f"{opening}{bare_words(claim.text)}{closing}"
    who = speaker(claim) or words["unsourced"]
    if claim.cue is not None:
        who += f" ({words['cue']}{opening}{claim.cue.text}{closing})"
    article = [f"{opening}{metadata['title']}{closing}" if metadata.get("title") else "",
               metadata.get("outlet", ""), metadata.get("author", ""), metadata.get("date", "")]
    where = ", ".join(part for part in article if part)
    return f"{quoted} — {who}" + (f", {words['in']} {where}." if where else ".")


def bare_words(text: str) -> str:
    """A claim's words without the quotation marks around them and the spaces inside them."""
    return " ".join(text.strip().lstrip(OPENING_MARKS).rstrip(CLOSING_MARKS).split())


def speaker(claim: Claim) -> str:
    """Who the claim is credited to, with whom a pronoun stands for in brackets: "l'un d'eux [les soldats]"."""
    source = claim.source
    if source is None:
        return ""
    if source.resolved and source.resolved.casefold() != source.text.casefold():
        return f"{source.text} [{source.resolved}]"
    return source.text
