"""The claims grouped under their sources, a branch per source, filled a few claims at a time."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from reader.i18n import _
from reader.live.presentation import NO_SOURCE, ClaimFilter, group_by_source, preview, source_line
from reader.marks import Mark
from reader.model import Claim
from reader.ui.claim_rows import CLAIM_ROLE, claim_tooltip, mark_sign, spoken_name
from reader.ui.colours import kind_icon

TREE_BATCH = 50  # claims added to the grouped view in one step


class SourceTree(QTreeWidget):
    """One branch per source with the number of its claims, its leaves hidden as the filter says."""

    claim_picked = Signal(object)  # a Claim, by click or keyboard
    menu_requested = Signal(object, QPoint)  # a claim right-clicked, and where on the screen

    def __init__(self, parent=None):
        super().__init__(parent)
        self._leaves: dict[int, QTreeWidgetItem] = {}  # by claim id
        self._filter = ClaimFilter()  # the filter the leaves still to come get
        self._marks: dict[int, Mark] = {}
        self.setAccessibleName(self.tr("Claims by source"))
        self.setHeaderHidden(True)
        self.setWordWrap(True)
        self.currentItemChanged.connect(lambda item, _: self._pick(item))
        self.itemClicked.connect(self._pick)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._ask_menu)

    def empty(self) -> None:
        """Take every source and claim away."""
        if self._leaves:
            self.clear()
            self._leaves = {}

    def fill(self, claims: list[Claim], dark: bool) -> Iterator[None]:
        """Add the claims under their sources, a step at a time, with a light or dark theme's swatches."""
        for group in group_by_source(claims):
            name = _(NO_SOURCE) if group.name == NO_SOURCE else group.name
            branch = QTreeWidgetItem([f"{name} — {QLocale().toString(len(group.claims))}"])
            font = branch.font(0)
            font.setWeight(QFont.Weight.DemiBold)
            branch.setFont(0, font)
            branch.setData(0, CLAIM_ROLE, None)
            self.addTopLevelItem(branch)
            for number, claim in enumerate(group.claims, 1):
                leaf = QTreeWidgetItem([preview(claim.text, 70)])
                leaf.setIcon(0, kind_icon(claim.kind, dark))
                leaf.setData(0, CLAIM_ROLE, claim)
                self._describe_leaf(leaf, claim)
                branch.addChild(leaf)
                self._leaves[claim.id] = leaf
                leaf.setHidden(not self._filter.matches(claim))
                if number % TREE_BATCH == 0:
                    yield
            branch.setExpanded(group.name != NO_SOURCE)
            _hide_if_empty(branch)
            yield

    def set_marks(self, marks: dict[int, Mark]) -> None:
        """Show these marks (by claim id) on the leaves, as signs and in tooltips."""
        self._marks = marks
        for leaf in self._leaves.values():
            self._describe_leaf(leaf, leaf.data(0, CLAIM_ROLE))

    def apply_filter(self, claim_filter: ClaimFilter) -> None:
        """Hide the leaves of claims the filter leaves out, and the sources left empty."""
        self._filter = claim_filter
        for leaf in self._leaves.values():
            leaf.setHidden(not claim_filter.matches(leaf.data(0, CLAIM_ROLE)))
        for index in range(self.topLevelItemCount()):
            _hide_if_empty(self.topLevelItem(index))

    def select(self, claim: Claim | None) -> None:
        """Make a claim's leaf current and scroll to it, or leave no leaf current."""
        leaf = self._leaves.get(claim.id) if claim is not None else None
        if leaf is None:
            self.setCurrentItem(None)
            self.clearSelection()
        else:
            self.setCurrentItem(leaf)
            self.scrollToItem(leaf)

    def _describe_leaf(self, leaf: QTreeWidgetItem, claim: Claim) -> None:
        """A leaf's mark's sign, its tooltip and what a screen reader says."""
        mark = self._marks.get(claim.id)
        leaf.setText(0, mark_sign(mark) + preview(claim.text, 70))
        leaf.setToolTip(0, claim_tooltip(claim, mark))
        leaf.setData(0, Qt.ItemDataRole.AccessibleTextRole, spoken_name(claim, source_line(claim), mark))
        leaf.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, claim_tooltip(claim, mark))

    def _pick(self, item: QTreeWidgetItem | None) -> None:
        """A leaf picked by click or keyboard names its claim; a source's branch names none."""
        if item is not None and item.data(0, CLAIM_ROLE) is not None:
            self.claim_picked.emit(item.data(0, CLAIM_ROLE))

    def _ask_menu(self, point: QPoint) -> None:
        """A right click on a claim's leaf asks for the claim's menu there."""
        item = self.itemAt(point)
        claim = item.data(0, CLAIM_ROLE) if item is not None else None
        if claim is not None:
            self.menu_requested.emit(claim, self.viewport().mapToGlobal(point))


def _hide_if_empty(branch: QTreeWidgetItem) -> None:
    """A source with none of its claims shown is hidden too."""
    branch.setHidden(all(branch.child(i).isHidden() for i in range(branch.childCount())))
