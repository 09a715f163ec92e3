"""The looks the claims shown give the article text, in the theme's character formats, and the
stretch of text a change of claims or theme leaves to colour again."""

from __future__ import annotations

import sys
from collections.abc import Generator, Iterator

from PySide6.QtGui import QTextCharFormat

from reader.live.looks import PLAIN, Look, LookIndex, changed_stretch, paint_marks_in_steps
from reader.model import Claim
from reader.ui.claim_formats import look_format
from reader.ui.colours import kind_styles

EVERYTHING = (0, sys.maxsize)  # what a change of theme colours again: the whole text, however long


class TextLooks:
    """The claims whose colours the text shows, the look of each stretch, each look's format."""

    def __init__(self):
        self.dark: bool | None = None  # whether the text shows the dark theme's colours; None for none
        self.styles: dict = {}  # the theme's style of each kind
        self._painted: list[Claim] = []  # the claims whose colours the text shows
        self._painted_marks: set[tuple] | None = set()  # their marks, once worked out
        self._index = LookIndex([], set())
        self._formats: dict[Look, QTextCharFormat] = {}  # made once per look and theme

    def clear(self) -> None:
        """No claims painted, as on a new text; the theme's formats are kept."""
        self._painted, self._painted_marks = [], set()
        self._index = LookIndex([], set())

    def forget_theme(self) -> None:
        """Paint the next claims in the theme's colours afresh, as if the theme had changed."""
        self.dark = None

    def restyle(self, claims: list[Claim], dark: bool,
                compare: bool) -> Generator[None, None, tuple[int, int] | None]:
        """Take the claims shown and the theme's colours; return the stretch of text they change.

        A few thousand claims a step: a book's 30,000 take a quarter of a second, long enough
        to freeze the window. Nothing changes until the last step. Without `compare` (nothing
        is written yet) the claims painted before are not compared with these.
        """
        styles = kind_styles(dark)
        filled = {kind for kind, style in styles.items() if style.background is not None}
        index = yield from LookIndex.in_steps(claims, filled)
        marks = stretch = None
        if dark == self.dark and compare:
            painted = yield from self._marks_painted()
            marks = yield from paint_marks_in_steps(claims)
            stretch = changed_stretch(painted, marks)
        if dark != self.dark:
            self.styles, self._formats = styles, {}
            stretch = EVERYTHING
        self.dark, self._painted, self._painted_marks, self._index = dark, claims, marks, index
        return stretch

    def _marks_painted(self) -> Generator[None, None, set[tuple]]:
        """What the text shows, see paint_marks(); worked out only when compared, in steps."""
        if self._painted_marks is None:
            self._painted_marks = yield from paint_marks_in_steps(self._painted)
        return self._painted_marks

    def runs(self, low: int, high: int) -> Iterator[tuple[int, int, QTextCharFormat]]:
        """[low, high) cut into stretches of one look each, plain ones included, with their format."""
        at = low
        for start, end, look in self._index.between(low, high):
            if start > at:
                yield at, start, self._format(PLAIN)
            yield start, end, self._format(look)
            at = end
        if at < high:
            yield at, high, self._format(PLAIN)

    def _format(self, look: Look) -> QTextCharFormat:
        """The character format of a look in the theme's colours, made once."""
        if look not in self._formats:
            self._formats[look] = look_format(look, self.styles)
        return self._formats[look]
