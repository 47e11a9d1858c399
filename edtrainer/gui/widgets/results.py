"""The module results grid of the Certification page: trainees x modules, one key per result (P, N, 0)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication, QTableView, QWidget

from edtrainer.gui import fmt, style
from edtrainer.gui.tr import QT_TRANSLATE_NOOP
from edtrainer.gui.widgets.attendance import AttendanceView, MarkRole

ModelIndex = QModelIndex | QPersistentModelIndex

RESULTS = {
    "passed": ("✓", "P", QT_TRANSLATE_NOOP("CertificationPage", "passed"), "#c8efd0", "#1f5f2e"),
    "not_passed": ("✗", "N", QT_TRANSLATE_NOOP("CertificationPage", "not passed"), "#f8c9c9", "#6e1f1f"),
    "pending": ("…", "0", QT_TRANSLATE_NOOP("CertificationPage", "no result yet"), "", ""),
}
RESULT_KEYS = {"P": "passed", "B": "passed", "N": "not_passed", "0": "pending"}


def result_text(status: str) -> str:
    symbol, _key, word, _light, _dark = RESULTS[status]
    return f"{symbol} {QApplication.translate('CertificationPage', word)}"


class ResultsModel(QAbstractTableModel):
    """Trainees x modules; each cell a module result."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_: Any = None

    def show(self, results: Any) -> None:
        self.beginResetModel()
        self.data_ = results
        self.endResetModel()

    def refresh(self) -> None:
        if self.data_ is not None and self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.data_ is None else len(self.data_.enrolments)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.data_ is None else len(self.data_.modules)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.data_ is None:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.data_.modules):
            _mid, code, title, required = self.data_.modules[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return code
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                extra = "" if required else " (" + QApplication.translate("CertificationPage", "optional") + ")"
                return title + extra
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.data_.enrolments) \
                and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.data_.enrolments[section][1]
        return None

    def key(self, row: int, column: int) -> tuple[int, int]:
        return self.data_.enrolments[row][0], self.data_.modules[column][0]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.data_ is None or not index.isValid() or not (0 <= index.row() < self.rowCount()) \
                or not (0 <= index.column() < self.columnCount()):
            return None
        eid, mid = self.key(index.row(), index.column())
        cell = self.data_.results.get((eid, mid))
        status = cell.status if cell else "pending"
        symbol, _key, _word, light, dark = RESULTS[status]
        if role == MarkRole:
            return (eid, mid)
        if role == Qt.ItemDataRole.DisplayRole:
            return symbol
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            name = self.data_.enrolments[index.row()][1]
            title = self.data_.modules[index.column()][2]
            text = f"{name} — {title}: {result_text(status)}"
            if cell is not None and cell.decided_on:
                text += f" ({fmt.date(cell.decided_on)})"
            if cell is not None and cell.remark and role == Qt.ItemDataRole.ToolTipRole:
                text += "\n" + cell.remark
            return text
        if role == Qt.ItemDataRole.BackgroundRole and light:
            return QBrush(QColor(dark if style.is_dark() else light))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class ResultsView(AttendanceView):
    """P (or B) passed, N not passed, 0 no result; Enter opens the details (date, assessor, remark)."""

    details_requested = Signal()

    def keyPressEvent(self, event: Any) -> None:
        key = event.text().upper()
        if key in RESULT_KEYS or event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            targets = self._targets()
            if targets:
                self.mark_requested.emit(targets, RESULT_KEYS.get(key, "pending"))
                self._advance()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.details_requested.emit()
            return
        QTableView.keyPressEvent(self, event)
