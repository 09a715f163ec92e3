"""The claims panel's filters: a switch per kind, the search box and the marks choice."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from reader.i18n import _, current_language
from reader.kinds import TABLE, label
from reader.live.presentation import ClaimFilter
from reader.marks import MARK_SIGNS, STATE_LABELS, STATES
from reader.model import KINDS
from reader.ui.colours import kind_icon
from reader.ui.widgets import FlowLayout


class ClaimFilterBar(QWidget):
    """The kind switches above the search box and the marks choice; says when any is edited."""

    edited = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        switches = FlowLayout(spacing=10)
        self.kind_boxes: dict[str, QCheckBox] = {}
        for kind in KINDS:
            self.kind_boxes[kind] = self._make_switch(kind)
            switches.addWidget(self.kind_boxes[kind])
        layout.addLayout(switches)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search claims and sources"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search claims and sources"))
        self.search.textChanged.connect(self.edited)
        self.mark_box = self._make_mark_filter()
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.mark_box)
        layout.addLayout(search_row)

    def _make_switch(self, kind: str) -> QCheckBox:
        """A kind's switch, on at first."""
        box = QCheckBox(_(TABLE[kind].short_label))
        box.setChecked(True)
        kind_name = label(kind, current_language())
        box.setAccessibleName(self.tr("Show: %1").replace("%1", kind_name))
        box.setToolTip(self.tr("Show or hide this kind (%1) in the text and in this list")
                       .replace("%1", kind_name))
        box.toggled.connect(self.edited)
        return box

    def _make_mark_filter(self) -> QComboBox:
        """Every claim, or only those marked one way, or those not marked yet."""
        box = QComboBox()
        box.setAccessibleName(self.tr("Show the claims marked"))
        box.setToolTip(self.tr("Show only the claims marked one way, or not marked yet, in this "
                               "list and in the text"))
        box.addItem(self.tr("All marks"), "")
        box.addItem(self.tr("Marked"), "marked")
        for state in STATES:
            box.addItem(f"{MARK_SIGNS[state]} {_(STATE_LABELS[state])}", state)
        box.addItem(self.tr("Not marked"), "unmarked")
        box.currentIndexChanged.connect(self.edited)
        return box

    def claim_filter(self, mark_states: dict[int, str]) -> ClaimFilter:
        """The filter the switches, the search words and the marks choice make, given the claims' marks."""
        kinds = {kind for kind, box in self.kind_boxes.items() if box.isChecked()}
        return ClaimFilter(kinds, self.search.text(), self.mark_box.currentData() or "", mark_states)

    @property
    def filters_marks(self) -> bool:
        """Whether the marks choice lets only some claims through."""
        return bool(self.mark_box.currentData())

    def count_kinds(self, counts: dict[str, int] | None) -> None:
        """Each kind switch says how many claims of the analysis it covers (None: no analysis)."""
        for kind, box in self.kind_boxes.items():
            short = _(TABLE[kind].short_label)
            box.setText(f"{short} ({QLocale().toString(counts.get(kind, 0))})" if counts is not None
                        else short)

    def set_dark(self, dark: bool) -> None:
        """The switches' swatches of a light or a dark theme."""
        for kind, box in self.kind_boxes.items():
            box.setIcon(kind_icon(kind, dark))
