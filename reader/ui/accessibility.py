"""What a screen reader says of the article: its name, then the claim the caret is in."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleEvent

from reader.live.presentation import source_line
from reader.model import Claim
from reader.ui.claims_panel import spoken_name


class ArticleNarration(QObject):
    """Names the article in the interface's language and describes the claim under the caret."""

    def __init__(self, article, panel, parent=None):
        super().__init__(parent)
        self.article, self.panel = article, panel
        article.setAccessibleName(self.tr("Article"))
        article.claim_clicked.connect(self.describe)
        self.describe(None)

    def describe(self, claim: Claim | None) -> None:
        """The article's description: the claim the caret is in (kind, source, mark, words), or
        what the colours mean when it is in none."""
        if claim is None:
            text = self.tr("The article text, its claims coloured by kind; move the caret into a "
                           "claim to hear its kind and source")
        else:
            text = spoken_name(claim, source_line(claim), self.panel.marks.get(claim.id))
        if text != self.article.accessibleDescription():
            self.article.setAccessibleDescription(text)
            QAccessible.updateAccessibility(
                QAccessibleEvent(self.article, QAccessible.Event.DescriptionChanged))
