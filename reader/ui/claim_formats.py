"""The character formats of the claim kinds in a text document, on screen and on paper."""

from __future__ import annotations

from contextlib import contextmanager
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor, QTextDocument, QTextFormat

from reader.i18n import _, current_language, long_date
from reader.kinds import TABLE
from reader.live.looks import Look
from reader.ui.colours import kind_styles
from reader.ui.strokes import KIND_PROPERTY


@contextmanager
def edit_block(cursor: QTextCursor):
    """Group edits so that the layout is redone once for all of them, not once for each."""
    cursor.beginEditBlock()
    try:
        yield
    finally:
        cursor.endEditBlock()


def look_format(look: Look, styles: dict) -> QTextCharFormat:
    """A look's format: its claim kind's fill, stroke and italic, then bold for a marker."""
    fmt = QTextCharFormat()
    if look.fill is not None:
        fmt.setBackground(styles[look.fill].background)
    if look.line is not None:
        fmt.setProperty(KIND_PROPERTY, look.line)  # its stroke is painted, see strokes.py
        fmt.setFontItalic(look.hedged)
    if look.marker is not None:
        fmt.setFontWeight(QFont.Weight.Bold)
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(styles[look.marker].line)
    return fmt


def in_paper_colours(document: QTextDocument, shown: dict) -> None:
    """Give a document drawn in the claim styles shown on screen the styles for paper."""
    paper = kind_styles(False, paper=True)
    swaps = {style.background.name(): paper[kind].background for kind, style in shown.items()
             if style.background is not None}
    swaps |= {style.line.name(): paper[kind].line for kind, style in shown.items()}
    cursor = QTextCursor(document)
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            fmt = fragment.charFormat()
            if fmt.background().style() != Qt.BrushStyle.NoBrush:
                fmt.setBackground(swaps.get(fmt.background().color().name(), fmt.background().color()))
            if fmt.underlineStyle() != QTextCharFormat.UnderlineStyle.NoUnderline:
                fmt.setUnderlineColor(swaps.get(fmt.underlineColor().name(), fmt.underlineColor()))
            cursor.setPosition(fragment.position())
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(fmt)
            fragments += 1
        block = block.next()


def insert_key(cursor: QTextCursor) -> None:
    """A key to the kinds' looks on paper, where the legend under the window is missing."""
    key = QTextCharFormat()
    key.setProperty(QTextFormat.Property.FontSizeAdjustment, -1)
    translate = QCoreApplication.translate
    cursor.insertText(translate("PrintedKey", "Key: "), key)
    styles = kind_styles(False, paper=True)
    for kind, look in TABLE.items():
        fill = kind if styles[kind].background is not None else None
        cursor.insertText(look.label(current_language()), look_format(Look(fill, kind, False), styles))
        cursor.insertText(f" ({_(look.underline_words)}) · ", key)
    cursor.insertText(translate("PrintedKey", "the left margin repeats each line's underlines · "
                                              "bold: source and cue · italic: hedged. Marked by "
                                              "Claim Reader on %1.").replace(
        "%1", long_date(date.today().isoformat())), key)
