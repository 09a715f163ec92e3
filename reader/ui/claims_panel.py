"""The claims panel: a summary, filters, and the claims in reading order or grouped by source."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QTabWidget, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from reader.model import KINDS, Analysis, Claim
from reader.ui.chunked import ChunkedJob
from reader.ui.colours import kind_icon
from reader.ui.presentation import (KIND_NAMES, NO_SOURCE, ClaimFilter, group_by_source, preview,
                                    source_line, summarize, tooltip_lines)

CLAIM_ROLE = Qt.ItemDataRole.UserRole
FILL_BATCH = 100
SHORT_KIND_NAMES = {"direct": "Direct", "reported": "Reported", "unattributed": "Unattributed"}


class ClaimsPanel(QWidget):
    """Lists an analysis's claims; picking one asks the window to show it in the article."""

    claim_activated = Signal(object)  # Claim
    filter_changed = Signal(object)  # ClaimFilter
    listed = Signal()  # every claim of the analysis is in the lists

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName("Claims panel")
        self._analysis: Analysis | None = None
        self._filter = ClaimFilter()
        self._dark = False
        self._items: dict[int, QListWidgetItem] = {}
        self._tree_items: dict[int, QTreeWidgetItem] = {}
        self._job = ChunkedJob(self)
        self._job.finished.connect(self.listed)
        self._build()

    def _build(self) -> None:
        """Summary on top, then the kind switches, the search box and the two views."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.summary = QLabel("No article open.")
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("Summary")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        switches = QHBoxLayout()
        self.kind_boxes: dict[str, QCheckBox] = {}
        for kind in KINDS:
            box = QCheckBox(SHORT_KIND_NAMES[kind])
            box.setChecked(True)
            box.setAccessibleName(f"Show {KIND_NAMES[kind].lower()}s")
            box.setToolTip(f"Show or hide {KIND_NAMES[kind].lower()}s in the text and in this list")
            box.toggled.connect(self._on_filter_edited)
            switches.addWidget(box)
            self.kind_boxes[kind] = box
        switches.addStretch()
        layout.addLayout(switches)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search claims and sources")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Search claims and sources")
        self.search.textChanged.connect(self._on_filter_edited)
        layout.addWidget(self.search)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.claim_list = self._make_list()
        self.source_tree = self._make_tree()
        self.tabs.addTab(self.claim_list, "In reading order")
        self.tabs.addTab(self.source_tree, "By source")
        layout.addWidget(self.tabs, 1)
        self.set_dark(False)

    def _make_list(self) -> QListWidget:
        """The list of claims in reading order."""
        view = QListWidget()
        view.setAccessibleName("Claims in reading order")
        view.setWordWrap(True)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setAlternatingRowColors(True)
        view.setUniformItemSizes(False)
        view.currentItemChanged.connect(lambda item, _: self._emit_item(item))
        view.itemClicked.connect(self._emit_item)
        return view

    def _make_tree(self) -> QTreeWidget:
        """The claims grouped under their sources."""
        tree = QTreeWidget()
        tree.setAccessibleName("Claims by source")
        tree.setHeaderHidden(True)
        tree.setWordWrap(True)
        tree.currentItemChanged.connect(lambda item, _: self._emit_item(item))
        tree.itemClicked.connect(self._emit_item)
        return tree

    # Filling the views

    def show_analysis(self, analysis: Analysis | None) -> None:
        """List the claims of an analysis (or nothing); `listed` tells when the lists are full."""
        self._analysis = analysis
        self.claim_list.clear()
        self.source_tree.clear()
        self._items, self._tree_items = {}, {}
        if analysis is None:
            self._job.cancel()
            self.summary.setText("No article open.")
            self._label_switches(None)
            return
        self.summary.setText(summarize(analysis).describe())
        self._label_switches(analysis)
        self._job.start(self._fill(analysis))

    def _fill(self, analysis: Analysis) -> Iterator[None]:
        """Add the rows a batch at a time, hiding those the filter leaves out."""
        for batch in range(0, len(analysis.claims), FILL_BATCH):
            for claim in analysis.claims[batch:batch + FILL_BATCH]:
                self._items[claim.id] = item = self._list_item(claim)
                item.setHidden(not self._filter.matches(claim))
            yield
        yield from self._fill_tree(analysis)
        self._apply_filter()

    @property
    def listing(self) -> bool:
        """Whether claims are still being added to the lists, a batch at a time."""
        return self._job.running

    def show_busy(self, message: str) -> None:
        """Say what is happening while there is no analysis to list yet."""
        self.show_analysis(None)
        self.summary.setText(message)

    def _label_switches(self, analysis: Analysis | None) -> None:
        """Each kind switch says how many claims it covers."""
        for kind, box in self.kind_boxes.items():
            count = len(analysis.claims_of_kind(kind)) if analysis else 0
            box.setText(f"{SHORT_KIND_NAMES[kind]} ({count})" if analysis else SHORT_KIND_NAMES[kind])

    def _list_item(self, claim: Claim) -> QListWidgetItem:
        """A claim as a list row: kind swatch, start of the text, source on a second line."""
        text = preview(claim.text)
        source = source_line(claim)
        item = QListWidgetItem(kind_icon(claim.kind, self._dark), f"{text}\n    — {source}" if source else text)
        item.setData(CLAIM_ROLE, claim)
        item.setToolTip("\n".join(tooltip_lines(claim)))
        if claim.hedged:
            font = item.font()
            font.setItalic(True)
            item.setFont(font)
        self.claim_list.addItem(item)
        return item

    def _fill_tree(self, analysis: Analysis) -> Iterator[None]:
        """One branch per source, with the number of its claims."""
        for group in group_by_source(analysis.claims):
            yield
            branch = QTreeWidgetItem([f"{group.name} — {len(group.claims)}"])
            font = branch.font(0)
            font.setWeight(QFont.Weight.DemiBold)
            branch.setFont(0, font)
            branch.setData(0, CLAIM_ROLE, None)
            self.source_tree.addTopLevelItem(branch)
            for claim in group.claims:
                leaf = QTreeWidgetItem([preview(claim.text, 70)])
                leaf.setIcon(0, kind_icon(claim.kind, self._dark))
                leaf.setData(0, CLAIM_ROLE, claim)
                leaf.setToolTip(0, "\n".join(tooltip_lines(claim)))
                branch.addChild(leaf)
                self._tree_items[claim.id] = leaf
            branch.setExpanded(group.name != NO_SOURCE)

    def set_dark(self, dark: bool) -> None:
        """Use the swatches of a light or a dark theme."""
        self._dark = dark
        for kind, box in self.kind_boxes.items():
            box.setIcon(kind_icon(kind, dark))
        if self._analysis is not None:
            self.show_analysis(self._analysis)

    # Filters

    @property
    def claim_filter(self) -> ClaimFilter:
        """The kinds shown and the search words."""
        return self._filter

    def set_kind_shown(self, kind: str, shown: bool) -> None:
        """Show or hide a kind, as its switch does."""
        self.kind_boxes[kind].setChecked(shown)

    def _on_filter_edited(self, *_) -> None:
        """Apply the switches and the search words, and tell the window."""
        kinds = {kind for kind, box in self.kind_boxes.items() if box.isChecked()}
        self._filter = ClaimFilter(kinds, self.search.text())
        self._apply_filter()
        self.filter_changed.emit(self._filter)

    def _apply_filter(self) -> None:
        """Hide the rows of claims the filter leaves out, and the sources left empty."""
        if self._analysis is None:
            return
        for claim in self._analysis.claims:
            hidden = not self._filter.matches(claim)
            for items in (self._items, self._tree_items):
                if claim.id in items:  # rows still being added get the filter as they come
                    items[claim.id].setHidden(hidden)
        for index in range(self.source_tree.topLevelItemCount()):
            branch = self.source_tree.topLevelItem(index)
            shown = sum(1 for i in range(branch.childCount()) if not branch.child(i).isHidden())
            branch.setHidden(shown == 0)

    def shown_claims(self) -> list[Claim]:
        """The claims listed, in reading order."""
        return [item.data(CLAIM_ROLE) for item in self._items.values() if not item.isHidden()]

    # Selection both ways

    def select_claim(self, claim: Claim | None) -> None:
        """Mark a claim as current in both views without asking the article to move."""
        for view, items in ((self.claim_list, self._items), (self.source_tree, self._tree_items)):
            view.blockSignals(True)
            try:
                item = items.get(claim.id) if claim is not None else None
                if item is None:
                    view.setCurrentItem(None)
                    view.clearSelection()
                else:
                    view.setCurrentItem(item)
                    view.scrollToItem(item)
            finally:
                view.blockSignals(False)

    def current_claim(self) -> Claim | None:
        """The claim selected in the list, if any."""
        item = self.claim_list.currentItem()
        return item.data(CLAIM_ROLE) if item is not None else None

    def _emit_item(self, item) -> None:
        """A row picked by click or keyboard shows its claim in the article."""
        if item is None:
            return
        claim = item.data(CLAIM_ROLE) if isinstance(item, QListWidgetItem) else item.data(0, CLAIM_ROLE)
        if claim is not None:
            self.select_claim(claim)
            self.claim_activated.emit(claim)
