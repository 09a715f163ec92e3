"""The "How to read the colours" page, drawn from the same colour registry as the text."""

from __future__ import annotations

from reader.live.presentation import KIND_NAMES
from reader.model import KINDS
from reader.ui.colours import DARK, DARK_LINES, LIGHT, LIGHT_LINES, UNDERLINE_WORDS

MEANINGS = {
    "direct": "Words in quotation marks, credited to the person or body who said them.",
    "reported": "Speech told in the article's own words: « selon X », « X affirme que », "
                "“X said that”.",
    "unattributed": "What the article asserts on its own, credited to no one. Most of an "
                    "article is like this, so these sentences are only underlined.",
}
CSS_LINES = {"direct": "solid", "reported": "dashed", "unattributed": "dotted"}


def help_html(dark: bool) -> str:
    """The help page as HTML, in the colours of the current theme."""
    fills, lines = (DARK, DARK_LINES) if dark else (LIGHT, LIGHT_LINES)
    rows = []
    for kind in KINDS:
        fill = "transparent" if kind == "unattributed" else fills[kind]
        sample = (f"<span style='background:{fill}; text-decoration: underline {CSS_LINES[kind]} "
                  f"{lines[kind]}'>&nbsp;{KIND_NAMES[kind]}&nbsp;</span>")
        rows.append(f"<tr><td>{sample}</td><td>{UNDERLINE_WORDS[kind]}</td>"
                    f"<td>{MEANINGS[kind]}</td></tr>")
    return (
        "<h2>How to read the colours</h2>"
        "<p>Every sentence the article states is one of three kinds of claim.</p>"
        "<table cellpadding='6'>" + "".join(rows) + "</table>"
        "<p><b>Bold</b> words are the <b>source</b> (who said it) and the <b>cue</b> (the verb "
        "or « selon » that credits it), underlined in their claim's colour.</p>"
        "<p><i>Italic</i> claims are <b>hedged</b>: conditional, « selon », “may”, “reportedly”; "
        "the article does not vouch for them.</p>"
        "<p>Rest the mouse on a claim to see its source, what a pronoun refers to "
        "(« l'un d'eux → les membres du régiment »), its cue and whether it is hedged. "
        "The panel on the right lists every claim; click one to find it in the text, or click "
        "in the text to find it in the panel. F8 and Shift+F8 step through the claims.</p>"
        "<p>The analysis is automatic and can be wrong: it is a reading aid, not a verdict.</p>")
