"""The "How to read the colours" page, drawn from the table of kinds, as the text is."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from reader.i18n import _, current_language
from reader.kinds import TABLE


def help_title() -> str:
    """The page's title, for its window and its heading."""
    return QCoreApplication.translate("HelpPage", "How to read the colours")


def help_html(dark: bool) -> str:
    """The help page as HTML, in the colours of the current theme and the interface's language."""
    rows = []
    for look in TABLE.values():
        colours = look.colours(dark)
        name = look.label(current_language())
        sample = (f"<span style='background:{colours.fill or 'transparent'}; text-decoration: "
                  f"underline {look.underline} {colours.line}'>&nbsp;{name}&nbsp;</span>")
        rows.append(f"<tr><td>{sample}</td><td>{_(look.underline_words)}</td>"
                    f"<td>{_(look.meaning)}</td></tr>")
    translate = QCoreApplication.translate
    return (
        f"<h2>{help_title()}</h2>"
        + translate("HelpPage", "<p>Every sentence the article states is one of three kinds of claim.</p>")
        + "<table cellpadding='6'>" + "".join(rows) + "</table>"
        + translate("HelpPage",
                    "<p><b>Bold</b> words are the <b>source</b> (who said it) and the <b>cue</b> (the "
                    "verb or « selon » that credits it), underlined in their claim's colour.</p>")
        + translate("HelpPage",
                    "<p><i>Italic</i> claims are <b>hedged</b>: conditional, « selon », “may”, "
                    "“reportedly”; the article does not vouch for them.</p>")
        + translate("HelpPage",
                    "<p>Rest the mouse on a claim to see its source, what a pronoun refers to "
                    "(« l'un d'eux → les membres du régiment »), its cue and whether it is hedged. "
                    "The panel on the right lists every claim; click one to find it in the text, or "
                    "click in the text to find it in the panel. F8 and Shift+F8 step through the "
                    "claims.</p>")
        + translate("HelpPage",
                    "<p>Right-click a claim to mark it as checked, to check or disputed, with a note "
                    "and a link: the mark shows at the start of its row in the panel (✓ checked, "
                    "⚑ to check, ✗ disputed), its note in the row's tooltip, and the panel can show "
                    "only the claims marked one way. Marks are kept on this computer, never in the "
                    "article.</p>")
        + translate("HelpPage",
                    "<p>Ctrl+F finds words in the article (Enter or F3 for the next match, Shift+Enter "
                    "or Shift+F3 for the previous, Escape to close); Ctrl+Shift+F filters the claims "
                    "listed. Both ignore case, accents and the shape of apostrophes.</p>")
        + translate("HelpPage",
                    "<p>The analysis is automatic and can be wrong: it is a reading aid, not a "
                    "verdict.</p>"))
