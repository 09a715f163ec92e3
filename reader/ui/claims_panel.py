"""The claims panel: a summary, filters, and the claims in reading order or grouped by source."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import (QAbstractListModel, QCoreApplication, QLocale, QModelIndex, QPoint,
                            QSize, Qt, Signal)
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QListView,
                               QTabWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from reader.i18n import _, current_language
from reader.kinds import TABLE, label
from reader.live.presentation import (NO_SOURCE, PENDING_SOURCE, ClaimFilter,
                                      group_by_source, preview, source_line, summarize,
                                      tooltip_lines)
from reader.marks import STATE_LABELS, STATES, Mark
from reader.model import KINDS, Analysis, Claim
from reader.ui.chunked import ChunkedJob
from reader.ui.colours import kind_icon
from reader.ui.widgets import FlowLayout

CLAIM_ROLE = Qt.ItemDataRole.UserRole
TREE_BATCH = 50  # claims added to the grouped view in one step
ROW_PADDING = 6  # pixels around a row's two lines of text
# A marked claim's row starts with its mark: checked, to check, disputed.
MARK_SIGNS = {"checked": "✓", "to_check": "⚑", "disputed": "✗"}


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
        self._rows: dict[int, int] = {}  # claim id to its row in the list
        self._marks: dict[int, Mark] = {}  # the marks of the claims listed, by claim id
        self._tree_items: dict[int, QTreeWidgetItem] = {}
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
        switches = FlowLayout(spacing=10)
        self.kind_boxes: dict[str, QCheckBox] = {}
        for kind in KINDS:
            box = QCheckBox(_(TABLE[kind].short_label))
            box.setChecked(True)
            kind_name = label(kind, current_language())
            box.setAccessibleName(self.tr("Show: %1").replace("%1", kind_name))
            box.setToolTip(self.tr("Show or hide this kind (%1) in the text and in this list")
                           .replace("%1", kind_name))
            box.toggled.connect(self._on_filter_edited)
            switches.addWidget(box)
            self.kind_boxes[kind] = box
        layout.addLayout(switches)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search claims and sources"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search claims and sources"))
        self.search.textChanged.connect(self._on_filter_edited)
        self.mark_box = self._make_mark_filter()
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.mark_box)
        layout.addLayout(search_row)
        self.no_match = QLabel()
        self.no_match.setAccessibleName(self.tr("No claim matches"))
        self.no_match.setWordWrap(True)
        self.no_match.hide()
        layout.addWidget(self.no_match)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.claim_list = self._make_list()
        self.source_tree = self._make_tree()
        self.tabs.addTab(self.claim_list, self.tr("In reading order"))
        self.tabs.addTab(self.source_tree, self.tr("By source"))
        self.tabs.currentChanged.connect(lambda _: self._fill_tree_if_shown())
        layout.addWidget(self.tabs, 1)
        self.set_dark(False)

    def _make_mark_filter(self) -> QComboBox:
        """Every claim, or only those marked one way, or those not marked yet."""
        box = QComboBox()
        box.setAccessibleName(self.tr("Show the claims marked"))
        box.setToolTip(self.tr("Show only the claims marked one way, or not marked yet"))
        box.addItem(self.tr("All marks"), "")
        box.addItem(self.tr("Marked"), "marked")
        for state in STATES:
            box.addItem(f"{MARK_SIGNS[state]} {_(STATE_LABELS[state])}", state)
        box.addItem(self.tr("Not marked"), "unmarked")
        box.currentIndexChanged.connect(self._on_filter_edited)
        return box

    def _make_list(self) -> QListView:
        """The list of claims in reading order, its rows made as they come into view."""
        self.claim_model = ClaimListModel(self)
        view = QListView()
        view.setModel(self.claim_model)
        view.setAccessibleName(self.tr("Claims in reading order"))
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setAlternatingRowColors(True)
        # Every row is two lines, its claim's start and its source, as wide as the list: measured
        # once, not per row, so a book's thousands of rows are laid out, and painted, at once.
        view.setUniformItemSizes(True)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.claim_model.row_height = 2 * QFontMetrics(view.font()).lineSpacing() + ROW_PADDING
        view.selectionModel().currentChanged.connect(lambda index, _: self._emit_index(index))
        view.clicked.connect(self._emit_index)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(
            lambda point: self._ask_menu(view.indexAt(point).data(CLAIM_ROLE), view, point))
        return view

    def _make_tree(self) -> QTreeWidget:
        """The claims grouped under their sources."""
        tree = QTreeWidget()
        tree.setAccessibleName(self.tr("Claims by source"))
        tree.setHeaderHidden(True)
        tree.setWordWrap(True)
        tree.currentItemChanged.connect(lambda item, _: self._emit_item(item))
        tree.itemClicked.connect(self._emit_item)
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(lambda point: self._ask_menu(
            tree.itemAt(point).data(0, CLAIM_ROLE) if tree.itemAt(point) else None, tree, point))
        return tree

    # Filling the views

    def show_analysis(self, analysis: Analysis | None, final: bool = True) -> None:
        """List the claims of an analysis (or nothing) at once; the grouped view fills when shown.

        An analysis that is not final is the rules' first guess: its sources may still come.
        """
        self._analysis, self._final = analysis, final
        claims = analysis.claims if analysis is not None else []
        self.claim_model.set_claims(claims, self._dark, final, self._marks)
        self._rows = {claim.id: row for row, claim in enumerate(claims)}
        self._job.cancel()
        self._tree_of = None
        if self._tree_items:
            self.source_tree.clear()
            self._tree_items = {}
        self._label_switches(analysis)
        if analysis is None:
            self.summary.setText(self.tr("No article open."))
            self.no_match.hide()
            return
        summary = summarize(analysis)
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
            self._job.start_soon(self._fill_tree(self._analysis))

    @property
    def listing(self) -> bool:
        """Whether claims are still being added to the grouped view, a source at a time."""
        return self._job.running

    @property
    def preliminary(self) -> bool:
        """Whether the claims listed are a first guess, the full analysis still to come."""
        return self._analysis is not None and not self._final

    def show_busy(self, message: str) -> None:
        """Say what is happening while there is no analysis to list yet."""
        self.show_analysis(None)
        self.summary.setText(message)

    def _label_switches(self, analysis: Analysis | None) -> None:
        """Each kind switch says how many claims it covers."""
        for kind, box in self.kind_boxes.items():
            count = len(analysis.claims_of_kind(kind)) if analysis else 0
            short = _(TABLE[kind].short_label)
            box.setText(f"{short} ({QLocale().toString(count)})" if analysis else short)

    def _fill_tree(self, analysis: Analysis) -> Iterator[None]:
        """One branch per source, with the number of its claims, hidden as the filter says."""
        for group in group_by_source(analysis.claims):
            name = _(NO_SOURCE) if group.name == NO_SOURCE else group.name
            branch = QTreeWidgetItem([f"{name} — {QLocale().toString(len(group.claims))}"])
            font = branch.font(0)
            font.setWeight(QFont.Weight.DemiBold)
            branch.setFont(0, font)
            branch.setData(0, CLAIM_ROLE, None)
            self.source_tree.addTopLevelItem(branch)
            for number, claim in enumerate(group.claims, 1):
                leaf = QTreeWidgetItem([preview(claim.text, 70)])
                leaf.setIcon(0, kind_icon(claim.kind, self._dark))
                leaf.setData(0, CLAIM_ROLE, claim)
                self._describe_leaf(leaf, claim)
                branch.addChild(leaf)
                self._tree_items[claim.id] = leaf
                leaf.setHidden(not self._filter.matches(claim))
                if number % TREE_BATCH == 0:
                    yield
            branch.setExpanded(group.name != NO_SOURCE)
            branch.setHidden(all(branch.child(i).isHidden() for i in range(branch.childCount())))
            yield

    def set_dark(self, dark: bool) -> None:
        """Use the swatches of a light or a dark theme."""
        self._dark = dark
        for kind, box in self.kind_boxes.items():
            box.setIcon(kind_icon(kind, dark))
        if self._analysis is not None:
            self.show_analysis(self._analysis, self._final)

    def fit_rows(self) -> None:
        """Rows two lines of the list's font tall, after the window's text size changed."""
        self.claim_model.row_height = 2 * QFontMetrics(self.claim_list.font()).lineSpacing() \
            + ROW_PADDING
        self.claim_model.layoutChanged.emit()

    # Marks

    def set_marks(self, marks: dict[int, Mark]) -> None:
        """Show the marks of the claims listed (by claim id): a sign on their rows, the note in tips."""
        if marks == self._marks:
            return  # every listing asks: most articles have none
        self._marks = dict(marks)
        self.claim_model.set_marks(self._marks)
        for leaf in self._tree_items.values():
            self._describe_leaf(leaf, leaf.data(0, CLAIM_ROLE))
        if self.mark_box.currentData():  # a claim marked or unmarked may now pass it or not
            self._on_filter_edited()

    @property
    def marks(self) -> dict[int, Mark]:
        """The marks shown, by claim id."""
        return dict(self._marks)

    @property
    def analysis(self) -> Analysis | None:
        """The analysis listed."""
        return self._analysis

    def _describe_leaf(self, leaf: QTreeWidgetItem, claim: Claim) -> None:
        """A grouped view's leaf: its mark's sign, its tooltip and what a screen reader says."""
        mark = self._marks.get(claim.id)
        sign = f"{MARK_SIGNS[mark.state]} " if mark else ""
        leaf.setText(0, sign + preview(claim.text, 70))
        leaf.setToolTip(0, claim_tooltip(claim, mark))
        leaf.setData(0, Qt.ItemDataRole.AccessibleTextRole, spoken_name(claim, source_line(claim), mark))
        leaf.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, claim_tooltip(claim, mark))

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
        self._filter = ClaimFilter(kinds, self.search.text(), self.mark_box.currentData() or "",
                                   {claim_id: mark.state for claim_id, mark in self._marks.items()})
        self._apply_filter()
        self.filter_changed.emit(self._filter)

    def _apply_filter(self) -> None:
        """Hide the rows of claims the filter leaves out, and the sources left empty; say if none is left."""
        if self._analysis is None:
            return
        self._say_if_nothing_matches()
        for row, claim in enumerate(self._analysis.claims):
            hidden = not self._filter.matches(claim)
            if hidden != self.claim_list.isRowHidden(row):
                self.claim_list.setRowHidden(row, hidden)
            if claim.id in self._tree_items:  # branches still to come get the filter as they come
                self._tree_items[claim.id].setHidden(hidden)
        for index in range(self.source_tree.topLevelItemCount()):
            branch = self.source_tree.topLevelItem(index)
            shown = sum(1 for i in range(branch.childCount()) if not branch.child(i).isHidden())
            branch.setHidden(shown == 0)

    def _say_if_nothing_matches(self) -> None:
        """An empty list after a search or a filter says so, instead of looking like no claims."""
        shown = any(self._filter.matches(claim) for claim in self._analysis.claims)
        if shown or not self._analysis.claims:
            self.no_match.hide()
            return
        query = " ".join(self._filter.query.split())
        self.no_match.setText(self.tr("No claim matches “%1”.").replace("%1", query) if query
                              else self.tr("No claim of the kinds and marks shown."))
        self.no_match.show()

    def shown_claims(self) -> list[Claim]:
        """The claims listed, in reading order."""
        claims = self._analysis.claims if self._analysis is not None else []
        return [claim for row, claim in enumerate(claims) if not self.claim_list.isRowHidden(row)]

    # Selection both ways

    def select_claim(self, claim: Claim | None) -> None:
        """Mark a claim as current in both views without asking the article to move."""
        row = self._rows.get(claim.id) if claim is not None else None
        # Signals flow, so that the views repaint the rows that lose the selection; the flag keeps
        # this from asking the article to move.
        self._selecting = True
        try:
            if row is None:
                self.claim_list.setCurrentIndex(QModelIndex())
                self.claim_list.clearSelection()
            else:
                index = self.claim_model.index(row)
                self.claim_list.setCurrentIndex(index)
                self.claim_list.scrollTo(index)
            leaf = self._tree_items.get(claim.id) if claim is not None else None
            if leaf is None:
                self.source_tree.setCurrentItem(None)
                self.source_tree.clearSelection()
            else:
                self.source_tree.setCurrentItem(leaf)
                self.source_tree.scrollToItem(leaf)
        finally:
            self._selecting = False

    def current_claim(self) -> Claim | None:
        """The claim selected in the list, if any."""
        index = self.claim_list.currentIndex()
        return index.data(CLAIM_ROLE) if index.isValid() else None

    def _emit_index(self, index: QModelIndex) -> None:
        """A row of the list picked by click or keyboard shows its claim in the article."""
        if index.isValid():
            self._emit_claim(index.data(CLAIM_ROLE))

    def _emit_item(self, item: QTreeWidgetItem | None) -> None:
        """A leaf of the grouped view picked by click or keyboard shows its claim in the article."""
        if item is not None:
            self._emit_claim(item.data(0, CLAIM_ROLE))

    def _ask_menu(self, claim: Claim | None, view, point: QPoint) -> None:
        """A right click on a claim's row asks for the claim's menu there."""
        if claim is not None:
            self.menu_requested.emit(claim, view.viewport().mapToGlobal(point))

    def _emit_claim(self, claim: Claim | None) -> None:
        """Mark the claim picked in both views and ask the window to show it."""
        if claim is not None and not self._selecting:
            self.select_claim(claim)
            self.claim_activated.emit(claim)


class ClaimListModel(QAbstractListModel):
    """The claims in reading order; a row's text, swatch and tooltip are made when it is shown."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._claims: list[Claim] = []
        self._dark = False
        self._final = True
        self._marks: dict[int, Mark] = {}
        self.row_height = 0  # every row's, set by the list for its font

    def set_claims(self, claims: list[Claim], dark: bool, final: bool = True,
                   marks: dict[int, Mark] | None = None) -> None:
        """Show these claims, with the swatches of a light or dark theme; final once analysed."""
        self.beginResetModel()
        self._claims, self._dark, self._final = claims, dark, final
        self._marks = marks or {}
        self.endResetModel()

    def set_marks(self, marks: dict[int, Mark]) -> None:
        """Show these marks (by claim id) on the rows."""
        self._marks = marks
        if self._claims:
            self.dataChanged.emit(self.index(0), self.index(len(self._claims) - 1))

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        """One row per claim."""
        return 0 if parent.isValid() else len(self._claims)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        """A claim as a row: start of the text, source on a second line, swatch, tooltip."""
        claim = self._claims[index.row()]
        mark = self._marks.get(claim.id)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            source = source_line(claim) if self._final or claim.source else _(PENDING_SOURCE)
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return spoken_name(claim, source, mark)
            sign = f"{MARK_SIGNS[mark.state]} " if mark else ""
            return f"{sign}{preview(claim.text)}\n    — {source}"
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return claim_tooltip(claim, mark)
        if role == Qt.ItemDataRole.DecorationRole:
            return kind_icon(claim.kind, self._dark)
        if role == Qt.ItemDataRole.SizeHintRole and self.row_height:
            return QSize(1, self.row_height)  # as wide as the list, whose width it takes
        if role == Qt.ItemDataRole.ToolTipRole:
            return claim_tooltip(claim, mark)
        if role == Qt.ItemDataRole.FontRole and claim.hedged:
            font = QFont()
            font.setItalic(True)
            return font
        if role == CLAIM_ROLE:
            return claim
        return None


def claim_tooltip(claim: Claim, mark: Mark | None) -> str:
    """What hovering a claim's row tells: its kind, source, cue, hedging, then its mark and note."""
    lines = tooltip_lines(claim)
    if mark is not None:
        lines.append(QCoreApplication.translate("ClaimsPanel", "Mark: %1").replace(
            "%1", _(STATE_LABELS[mark.state])))
        lines.extend(line for line in (mark.note, mark.link) if line)
    return "\n".join(lines)


def spoken_name(claim: Claim, source: str, mark: Mark | None) -> str:
    """What a screen reader says for a claim's row: kind, source, mark, then the claim's words."""
    parts = [label(claim.kind, current_language()),
             QCoreApplication.translate("ClaimsPanel", "source: %1").replace("%1", source)]
    if mark is not None:
        parts.append(_(STATE_LABELS[mark.state]))
    return ", ".join(parts) + f". {' '.join(claim.text.split())}"
