"""The kinds of claim and how each one looks: the one table the window, exports and help read.

Each kind has its own stroke as well as its own colours, so that it can be told without
colour: on a greyscale print, or by a reader who does not see the hues apart. The stroke goes
under the kind's words and, in the left margin, beside each line that holds them.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.i18n import N_
from reader.model import KINDS

# Each underline in words, for a legend (translated where shown, as the meanings are).
UNDERLINE_WORDS = {"solid": N_("solid underline"), "double": N_("double underline"),
                   "dashed": N_("dashed underline")}
MARK_WORDS = {"solid": N_("solid underline and margin bar"),
              "double": N_("double underline and margin bar"),
              "dashed": N_("dashed underline and margin bar")}


@dataclass(frozen=True)
class Colours:
    """A kind's colours on one surface: its fill (None for none) and its underline."""

    fill: str | None
    line: str


@dataclass(frozen=True)
class Kind:
    """One kind of claim: its names, what it means, its colours and its underline."""

    name: str
    labels: dict[str, str]  # by language code
    short_label: str  # for a check box
    meaning: str
    light: Colours
    dark: Colours
    paper: Colours
    underline: str  # the stroke, as CSS names it: solid, double, dashed
    swatch: str  # the bright hue that stands for the kind in the legend and the panel
    # The other palettes a reader may choose, on a light and on a dark page.
    high_contrast: tuple[Colours, Colours] = (Colours(None, "#000000"), Colours(None, "#FFFFFF"))
    greyscale: tuple[Colours, Colours] = (Colours(None, "#000000"), Colours(None, "#FFFFFF"))

    def label(self, language: str = "en") -> str:
        """The kind's name in a language, in English if the table has none for it."""
        return self.labels.get(language, self.labels["en"])

    def colours(self, dark: bool = False, paper: bool = False, palette: str = "current") -> Colours:
        """The kind's colours on a light or dark page, or on paper, in a palette."""
        if palette in ("high_contrast", "greyscale") and not paper:
            return getattr(self, palette)[1 if dark else 0]
        return self.dark if dark else self.paper if paper else self.light

    @property
    def underline_words(self) -> str:
        """The stroke in words, for a legend: "dashed underline" (translated where shown)."""
        return UNDERLINE_WORDS[self.underline]

    @property
    def mark_words(self) -> str:
        """The stroke and its margin mark in words, for a printed key: "dashed underline and margin bar"."""
        return MARK_WORDS[self.underline]


# Paul Tol's "light" scheme on a light page; on a dark page, the same hues darkened so that
# light text stays readable on them, with the light hues kept for the underlines. Most of an
# article is unattributed: those sentences get an underline, not a fill. On paper, direct
# quotes take Tol's deeper "light blue": printed in grey, cyan and yellow come out one shade.
# On screen the two fills are one grey too: the strokes tell them apart, a single line under
# direct quotes, a double one under reported speech, dashes (never dots, which read as a
# spelling mark) under unattributed assertions.
TABLE: dict[str, Kind] = {kind.name: kind for kind in (
    Kind("direct", {"en": "Direct quote", "fr": "Citation directe"}, N_("Direct"),
         N_("Words in quotation marks, credited to the person or body who said them."),
         light=Colours("#99DDFF", "#0077BB"), dark=Colours("#1F5570", "#99DDFF"),
         paper=Colours("#77AADD", "#0077BB"), underline="solid", swatch="#99DDFF",
         high_contrast=(Colours("#66CCFF", "#002255"), Colours("#003F7F", "#FFFFFF")),
         greyscale=(Colours("#D9D9D9", "#000000"), Colours("#4D4D4D", "#FFFFFF"))),
    Kind("reported", {"en": "Reported speech", "fr": "Discours rapporté"}, N_("Reported"),
         N_("Speech told in the article's own words: « selon X », « X affirme que », "
            "“X said that”."),
         light=Colours("#EEDD88", "#997700"), dark=Colours("#5E5520", "#EEDD88"),
         paper=Colours("#EEDD88", "#997700"), underline="double", swatch="#EEDD88",
         high_contrast=(Colours("#FFE000", "#442200"), Colours("#6B5000", "#FFFF66")),
         greyscale=(Colours("#A6A6A6", "#000000"), Colours("#7A7A7A", "#FFFFFF"))),
    Kind("unattributed", {"en": "Unattributed assertion", "fr": "Affirmation non attribuée"},
         N_("Unattributed"),
         N_("What the article asserts on its own, credited to no one. Most of an article is "
            "like this, so these sentences are only underlined."),
         light=Colours(None, "#EE6677"), dark=Colours(None, "#FFAABB"),
         paper=Colours(None, "#EE6677"), underline="dashed", swatch="#FFAABB",
         high_contrast=(Colours(None, "#C00000"), Colours(None, "#FF8080")),
         greyscale=(Colours(None, "#404040"), Colours(None, "#C0C0C0"))),
)}
assert tuple(TABLE) == KINDS, "the table lists every kind of the model, in its order"


def label(kind: str, language: str = "en") -> str:
    """A kind's name in a language: label("reported", "fr") is « Discours rapporté »."""
    return TABLE[kind].label(language)
