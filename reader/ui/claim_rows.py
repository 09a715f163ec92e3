"""The claims in reading order: the list, its model, and what a claim's row shows, tells and says."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QListView

from reader.i18n import _, current_language
from reader.kinds import label
from reader.live.presentation import PENDING_SOURCE, preview, source_line, tooltip_lines
from reader.marks import MARK_SIGNS, STATE_LABELS, Mark
from reader.model import Claim
from reader.ui.colours import kind_icon

CLAIM_ROLE = Qt.ItemDataRole.UserRole
ROW_PADDING = 6  # pixels around a row's two lines of text
ROWS_PER_BATCH = 2_000  # laid out in one turn of the event loop


class ClaimList(QListView):
    """The list of claims in reading order, its rows made as they come into view."""

    claim_picked = Signal(object)  # a Claim, by click or keyboard
    menu_requested = Signal(object, QPoint)  # a claim right-clicked, and where on the screen

    def __init__(self, parent=None):
        super().__init__(parent)
        self.claim_model = ClaimListModel(self)
        self.setModel(self.claim_model)
        self.setAccessibleName(self.tr("Claims in reading order"))
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setAlternatingRowColors(True)
        # Every row is two lines, its claim's start and its source, as wide as the list: measured
        # once, not per row, so a book's thousands of rows are laid out, and painted, at once.
        self.setUniformItemSizes(True)
        # Laid out whole, a book's 30,000 rows held the window a tenth of a second, twice per row
        # asking the model how many rows it has: a batch at a time, the window answers between.
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(ROWS_PER_BATCH)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.claim_model.row_height = self._row_height()
        self.selectionModel().currentChanged.connect(lambda index, _: self._pick(index))
        self.clicked.connect(self._pick)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._ask_menu)

    def _row_height(self) -> int:
        """Two lines of the list's font, and the padding around them."""
        return 2 * QFontMetrics(self.font()).lineSpacing() + ROW_PADDING

    def fit_rows(self) -> None:
        """Rows two lines of the list's font tall, after the window's text size changed."""
        self.claim_model.row_height = self._row_height()
        self.claim_model.layoutChanged.emit()

    def select_row(self, row: int | None) -> None:
        """Make a row current and scroll to it, or leave no row current."""
        if row is None:
            self.setCurrentIndex(QModelIndex())
            self.clearSelection()
        else:
            index = self.claim_model.index(row)
            self.setCurrentIndex(index)
            self.scrollTo(index)

    def current_claim(self) -> Claim | None:
        """The claim of the current row, if any."""
        index = self.currentIndex()
        return index.data(CLAIM_ROLE) if index.isValid() else None

    def _pick(self, index: QModelIndex) -> None:
        """A row picked by click or keyboard names its claim."""
        if index.isValid():
            self.claim_picked.emit(index.data(CLAIM_ROLE))

    def _ask_menu(self, point: QPoint) -> None:
        """A right click on a claim's row asks for the claim's menu there."""
        claim = self.indexAt(point).data(CLAIM_ROLE)
        if claim is not None:
            self.menu_requested.emit(claim, self.viewport().mapToGlobal(point))


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
            return f"{mark_sign(mark)}{preview(claim.text)}\n    — {source}"
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


def mark_sign(mark: Mark | None) -> str:
    """The sign a marked claim's row starts with, and a space; nothing for a claim not marked."""
    return f"{MARK_SIGNS[mark.state]} " if mark else ""


def claim_tooltip(claim: Claim, mark: Mark | None) -> str:
    """What hovering a claim's row tells: its kind, source, cue, hedging, then its mark and note."""
    lines = tooltip_lines(claim)
    if mark is not None:
        lines.append(QCoreApplication.translate("ClaimList", "Mark: %1").replace(
            "%1", _(STATE_LABELS[mark.state])))
        lines.extend(line for line in (mark.note, mark.link) if line)
    return "\n".join(lines)


def spoken_name(claim: Claim, source: str, mark: Mark | None) -> str:
    """What a screen reader says for a claim's row: kind, source, mark, then the claim's words."""
    parts = [label(claim.kind, current_language()),
             QCoreApplication.translate("ClaimList", "source: %1").replace("%1", source)]
    if mark is not None:
        parts.append(_(STATE_LABELS[mark.state]))
    return ", ".join(parts) + f". {' '.join(claim.text.split())}"
