"""The claims panel: a summary, filters, and the claims in reading order or grouped by source."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from reader.live.presentation import ClaimFilter, summarize
from reader.marks import Mark
from reader.model import Analysis, Claim
from reader.ui.chunked import ChunkedJob
from reader.ui.claim_filter_bar import ClaimFilterBar
from reader.ui.claim_rows import ClaimList
from reader.ui.source_tree import SourceTree


class ClaimsPanel(QWidget):
    """Lists an analysis's claims; picking one asks the window to show it in the article."""

    claim_activated = Signal(object)  # Claim
    filter_changed = Signal(object)  # ClaimFilter
    listed = Signal()  # every claim of the analysis is in the list (the grouped view may follow)
    menu_requested = Signal(object, QPoint)  # a claim right-clicked, and where on the screen

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Claims panel"))
        self._analysis: Analysis | None = None
        self._filter = ClaimFilter()
        self._dark = False
        self._rows: dict[int, int] | None = {}  # claim id to its row in the list, once asked
        self._marks: dict[int, Mark] = {}  # the marks of the claims listed, by claim id
        self._tree_of: Analysis | None = None  # the analysis the grouped view shows or is filled with
        self._final = True  # False while the claims are the rules' first guess, the model to come
        self._selecting = False  # marking a claim as current, which must not move the article
        self._job = ChunkedJob(self)
        self._build()

    def _build(self) -> None:
        """Summary on top, then the kind switches, the search box and the two views."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.summary = QLabel(self.tr("No article open."))
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Summary"))
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        self.filter_bar = ClaimFilterBar()
        self.filter_bar.edited.connect(self._on_filter_edited)
        # The filters the window and the find keys reach, as the panel's own.
        self.kind_boxes = self.filter_bar.kind_boxes
        self.search, self.mark_box = self.filter_bar.search, self.filter_bar.mark_box
        layout.addWidget(self.filter_bar)
        self.no_match = QLabel()
        self.no_match.setAccessibleName(self.tr("No claim matches"))
        self.no_match.setWordWrap(True)
        self.no_match.hide()
        layout.addWidget(self.no_match)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.claim_list = ClaimList()
        self.claim_model = self.claim_list.claim_model
        self.source_tree = SourceTree()
        for view in (self.claim_list, self.source_tree):
            view.claim_picked.connect(self._emit_claim)
            view.menu_requested.connect(self.menu_requested)
        self.tabs.addTab(self.claim_list, self.tr("In reading order"))
        self.tabs.addTab(self.source_tree, self.tr("By source"))
        self.tabs.currentChanged.connect(lambda _: self._fill_tree_if_shown())
        layout.addWidget(self.tabs, 1)
        self.set_dark(False)

    # Filling the views

    def show_analysis(self, analysis: Analysis | None, final: bool = True) -> None:
        """List the claims of an analysis (or nothing) at once; the grouped view fills when shown.

        An analysis that is not final is the rules' first guess: its sources may still come.
        """
        self._analysis, self._final = analysis, final
        claims = analysis.claims if analysis is not None else []
        self.claim_model.set_claims(claims, self._dark, final, self._marks)
        self._rows = None  # a book's 30,000: made when a claim is selected
        self._job.cancel()
        self._tree_of = None
        self.source_tree.empty()
        if analysis is None:
            self.filter_bar.count_kinds(None)
            self.summary.setText(self.tr("No article open."))
            self.no_match.hide()
            return
        summary = summarize(analysis)
        self.filter_bar.count_kinds(summary.counts)
        self.summary.setText(summary.describe() if final else summary.describe_preliminary())
        self.summary.setToolTip(summary.explain())
        if self._filter.shows_all:  # a new list starts with every row shown
            self.no_match.hide()
        else:
            self._apply_filter()
        self.listed.emit()
        self._fill_tree_if_shown()

    def _fill_tree_if_shown(self) -> None:
        """Group the claims by source once that view is shown: a book's thousands wait till then."""
        if self.tabs.currentWidget() is self.source_tree and self._analysis is not None \
                and self._tree_of is not self._analysis:
            self._tree_of = self._analysis
            self._job.start_soon(self.source_tree.fill(self._analysis.claims, self._dark))

    @property
    def listing(self) -> bool:
        """Whether claims are still being added to the grouped view, a source at a time."""
        return self._job.running

    @property
    def preliminary(self) -> bool:
        """Whether the claims listed are a first guess, the full analysis still to come."""
        return self._analysis is not None and not self._final

    @property
    def analysis(self) -> Analysis | None:
        """The analysis listed."""
        return self._analysis

    def show_busy(self, message: str) -> None:
        """Say what is happening while there is no analysis to list yet."""
        self.show_analysis(None)
        self.summary.setText(message)

    def set_dark(self, dark: bool) -> None:
        """Use the swatches of a light or a dark theme."""
        self._dark = dark
        self.filter_bar.set_dark(dark)
        if self._analysis is not None:
            self.show_analysis(self._analysis, self._final)

    def fit_rows(self) -> None:
        """Rows two lines of the list's font tall, after the window's text size changed."""
        self.claim_list.fit_rows()

    # Marks

    def set_marks(self, marks: dict[int, Mark]) -> None:
        """Show the marks of the claims listed (by claim id): a sign on their rows, the note in tips."""
        if marks == self._marks:
            return  # every listing asks: most articles have none
        self._marks = dict(marks)
        self.claim_model.set_marks(self._marks)
        self.source_tree.set_marks(self._marks)
        if self.filter_bar.filters_marks:  # a claim marked or unmarked may now pass it or not
            self._on_filter_edited()

    @property
    def marks(self) -> dict[int, Mark]:
        """The marks shown, by claim id."""
        return dict(self._marks)

    # Filters

    @property
    def claim_filter(self) -> ClaimFilter:
        """The kinds shown and the search words."""
        return self._filter

    def set_kind_shown(self, kind: str, shown: bool) -> None:
        """Show or hide a kind, as its switch does."""
        self.kind_boxes[kind].setChecked(shown)

    def _on_filter_edited(self) -> None:
        """Apply the switches, the search words and the marks choice, and tell the window."""
        self._filter = self.filter_bar.claim_filter(
            {claim_id: mark.state for claim_id, mark in self._marks.items()})
        self.source_tree.apply_filter(self._filter)
        self._apply_filter()
        self.filter_changed.emit(self._filter)

    def _apply_filter(self) -> None:
        """Hide the list's rows of claims the filter leaves out; say if none is left."""
        if self._analysis is None:
            return
        shown = [self._filter.matches(claim) for claim in self._analysis.claims]
        self._say_if_nothing_matches(any(shown))
        for row, visible in enumerate(shown):
            if visible == self.claim_list.isRowHidden(row):
                self.claim_list.setRowHidden(row, not visible)

    def _say_if_nothing_matches(self, any_shown: bool) -> None:
        """An empty list after a search or a filter says so, instead of looking like no claims."""
        if any_shown or not self._analysis.claims:
            self.no_match.hide()
            return
        query = " ".join(self._filter.query.split())
        self.no_match.setText(self.tr("No claim matches “%1”.").replace("%1", query) if query
                              else self.tr("No claim of the kinds and marks shown."))
        self.no_match.show()

    def shown_claims(self) -> list[Claim]:
        """The claims listed, in reading order."""
        claims = self._analysis.claims if self._analysis is not None else []
        if self._filter.shows_all:  # no row is hidden: a book's 30,000 are not asked one by one
            return list(claims)
        return [claim for row, claim in enumerate(claims) if not self.claim_list.isRowHidden(row)]

    # Selection both ways

    def select_claim(self, claim: Claim | None) -> None:
        """Mark a claim as current in both views without asking the article to move."""
        # Signals flow, so that the views repaint the rows that lose the selection; the flag keeps
        # this from asking the article to move.
        self._selecting = True
        try:
            self.claim_list.select_row(self._row_of(claim))
            self.source_tree.select(claim)
        finally:
            self._selecting = False

    def _row_of(self, claim: Claim | None) -> int | None:
        """The row of a claim in the list, if listed."""
        if claim is None:
            return None
        if self._rows is None:
            claims = self._analysis.claims if self._analysis is not None else []
            self._rows = {listed.id: row for row, listed in enumerate(claims)}
        return self._rows.get(claim.id)

    def current_claim(self) -> Claim | None:
        """The claim selected in the list, if any."""
        return self.claim_list.current_claim()

    def _emit_claim(self, claim: Claim) -> None:
        """Mark the claim picked in both views and ask the window to show it."""
        if not self._selecting:
            self.select_claim(claim)
            self.claim_activated.emit(claim)
