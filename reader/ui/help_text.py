"""The "How to read the colours" page, drawn from the table of kinds, as the text is."""

from __future__ import annotations

from reader.kinds import TABLE


def help_html(dark: bool) -> str:
    """The help page as HTML, in the colours of the current theme."""
    rows = []
    for look in TABLE.values():
        colours = look.colours(dark)
        sample = (f"<span style='background:{colours.fill or 'transparent'}; text-decoration: "
                  f"underline {look.underline} {colours.line}'>&nbsp;{look.label()}&nbsp;</span>")
        rows.append(f"<tr><td>{sample}</td><td>{look.underline_words}</td>"
                    f"<td>{look.meaning}</td></tr>")
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
