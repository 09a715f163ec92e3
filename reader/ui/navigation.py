"""Moving between claims, back to where the reader was, and between article and claims panel."""

from __future__ import annotations

from PySide6.QtCore import QObject

from reader.model import Claim


class ClaimNavigator(QObject):
    """Next and previous claim among those the panel shows; focus on the list or its search box."""

    def __init__(self, article, panel, show_panel, parent=None):
        super().__init__(parent)
        self.article = article
        self.panel = panel
        self.show_panel = show_panel  # shows the panel if hidden, ticking its menu entry

    def next_claim(self) -> None:
        """Select the next claim shown after the cursor."""
        self._step(+1)

    def previous_claim(self) -> None:
        """Select the previous claim shown before the cursor."""
        self._step(-1)

    def _step(self, direction: int) -> None:
        """Move to the neighbouring claim among those the panel shows."""
        claims = self.panel.shown_claims()
        if not claims:
            return
        current = self.panel.current_claim()
        if current in claims:
            index = claims.index(current) + direction
        else:
            offset = self.article.current_offset()
            after = [i for i, c in enumerate(claims) if c.start >= offset]
            index = (after[0] if after else len(claims)) - (1 if direction < 0 else 0)
        index = max(0, min(len(claims) - 1, index))
        self.show_claim(claims[index])

    def show_claim(self, claim: Claim) -> None:
        """Select a claim in the panel and in the text."""
        self.panel.select_claim(claim)
        self.article.select_claim(claim)

    def remember_place(self, settings, document, analysis) -> None:
        """Keep where the reader is in the article shown, to return there when it is reopened."""
        if document is not None and analysis is not None:
            claim = self.panel.current_claim()
            settings.remember_place(document.path, self.article.top_offset(),
                                    claim.id if claim is not None else None)

    def return_to_place(self, settings, path: str, analysis) -> None:
        """Select the claim the reader had selected in the article, and scroll to where they were."""
        top, claim_id = settings.place_in(path)
        claim = next((c for c in analysis.claims if c.id == claim_id), None)
        if claim is not None:
            self.show_claim(claim)
        if top:
            self.article.scroll_to_offset(top)

    def focus_panel(self) -> None:
        """Put the keyboard in the claims list, showing the panel if hidden."""
        self.show_panel(True)
        self.panel.tabs.currentWidget().setFocus()

    def focus_search(self) -> None:
        """Put the keyboard in the claims search box."""
        self.show_panel(True)
        self.panel.search.setFocus()
        self.panel.search.selectAll()
