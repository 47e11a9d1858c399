"""The register's view: one key marks the current trainee and moves on, the current cell framed so it cannot
be missed (at 1.1:1 a trainer could not tell whom the next key marks), and what a key recorded said aloud.

A screen reader hears the current cell by its accessible text ("Eline de Boer, niet geregistreerd", from the
models in ``attendance``) when the register gets the focus and whenever the current cell moves; after a key
it hears what was recorded ("Eline de Boer: aanwezig"), once the model shows it saved.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent, QColor, QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from edtrainer.gui import style
from edtrainer.gui.widgets.a11y import announce

ModelIndex = QModelIndex | QPersistentModelIndex
MarkRole = Qt.ItemDataRole.UserRole + 10      # (session id, enrolment id) of a cell, or None
MarkStatusRole = Qt.ItemDataRole.UserRole + 11  # the status of a cell's mark ("present", …), None if not recorded
TraineeRole = Qt.ItemDataRole.UserRole + 12   # the name of the trainee a cell is about


def frame_colours(palette: QPalette) -> tuple[QColor, QColor]:
    """The two rings around the current cell: the text colour outside, the base colour inside. Whatever is
    next to the cell (white, a status colour, the selection's highlight), one ring stands out from it by at
    least 3:1, and the rings from each other (see test_gui_accessibility)."""
    return palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)


def frame_width(view: QWidget) -> int:
    """Each ring's width: 2 pixels at 100 % text, growing with the text size."""
    return max(2, round(view.fontMetrics().height() / 12))


class CurrentCellDelegate(QStyledItemDelegate):
    """Paints cells as usual, and the current one (while the register has the keyboard) in a double frame."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        super().paint(painter, option, index)
        view = self.parent()
        if not (option.state & QStyle.StateFlag.State_HasFocus) or not isinstance(view, QWidget):
            return
        outer, inner = frame_colours(view.palette())
        width = frame_width(view)
        rect = QRect(option.rect)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for colour, inset in ((outer, 0), (inner, width)):
            pen = QPen(colour, width)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.setPen(pen)
            half = width // 2 + inset
            painter.drawRect(rect.adjusted(half, half, -half - (width % 2 == 0), -half - (width % 2 == 0)))
        painter.restore()


class AttendanceView(QTableView):
    """A table where one key marks the current trainee (and every selected cell) and moves on."""

    mark_requested = Signal(object, object)   # list of (session id, enrolment id), status or None
    all_present_requested = Signal()
    step_session_requested = Signal(int)      # Ctrl+PgDn / Ctrl+PgUp: the next or previous session (+1, -1)
    announced = Signal(str)                   # what was said to a screen reader (for tests and the status bar)

    is_grid = False  # the whole cohort's grid (see grid_view), not one session's register

    def __init__(self, parent: QWidget | None = None, *, advance: str = "down") -> None:
        super().__init__(parent)
        self.advance = advance
        self._pending: tuple[list[QPersistentModelIndex], str | None] | None = None
        self.last_announcement = ""
        self.setItemDelegate(CurrentCellDelegate(self))
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(False)
        self.setWordWrap(False)
        self.horizontalHeader().setHighlightSections(True)
        self.verticalHeader().setHighlightSections(True)
        self.setMinimumHeight((self.fontMetrics().lineSpacing() + 10) * 6)  # a few trainees, at any text size

    def setModel(self, model: Any) -> None:
        old = self.model()
        if old is not None:
            old.dataChanged.disconnect(self._recorded)
        super().setModel(model)
        if model is not None:
            model.dataChanged.connect(self._recorded)

    def changeEvent(self, event: Any) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.setMinimumHeight((self.fontMetrics().lineSpacing() + 10) * 6)
            if self.is_grid:
                fit_grid(self)  # the text size changed: rows as tall, and dates as wide, as the new text

    # -- what a screen reader hears -------------------------------------------------------------

    def focusInEvent(self, event: Any) -> None:
        super().focusInEvent(event)
        # Tell assistive technology which cell has the focus, not only the table: "Eline de Boer, niet
        # geregistreerd" instead of just the register's name.
        if self.currentIndex().isValid() and QAccessible.isActive():
            iface = QAccessible.queryAccessibleInterface(self)
            cell = iface.focusChild() if iface is not None else None
            if cell is not None and iface is not None and cell.object() is not self:
                focus = QAccessibleEvent(self, QAccessible.Event.Focus)
                focus.setChild(iface.indexOfChild(cell))
                QAccessible.updateAccessibility(focus)

    def current_cell_text(self) -> str:
        index = self.currentIndex()
        return str(index.data(Qt.ItemDataRole.AccessibleTextRole) or index.data() or "") if index.isValid() else ""

    def _recorded(self, *_args: Any) -> None:
        """The model shows new marks: if they are the ones the last key asked for, say what was recorded."""
        if self._pending is None:
            return
        cells, status = self._pending
        if not all(cell.isValid() and cell.data(MarkStatusRole) == status for cell in cells):
            return  # not saved (yet): a refused or conflicting write says so itself
        self._pending = None
        word = style.STATUSES[status].label() if status else QApplication.translate("Attendance", "cleared")
        if len(cells) == 1:
            text = QApplication.translate("Attendance", "%1: %2").replace(
                "%1", str(cells[0].data(TraineeRole) or "")).replace("%2", word)
        else:
            text = QApplication.translate("Attendance", "%1 trainees: %2").replace(
                "%1", str(len(cells))).replace("%2", word)
        self.last_announcement = text
        announce(self, text)
        self.announced.emit(text)

    # -- keys -----------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.text().upper()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods == (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier) \
                and event.key() == Qt.Key.Key_A:
            self.all_present_requested.emit()
            return
        if mods == Qt.KeyboardModifier.ControlModifier and event.key() in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            # A stack of paper sign-in sheets: the next sheet without leaving the keys.
            self.step_session_requested.emit(1 if event.key() == Qt.Key.Key_PageDown else -1)
            return
        if mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier) and self.state() != \
                QAbstractItemView.State.EditingState:
            status: str | None | bool = False
            if key in style.KEY_TO_STATUS:
                status = style.KEY_TO_STATUS[key]
            elif key in style.CLEAR_KEYS or event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                status = None
            if status is not False:
                targets = self._targets()
                if targets:
                    assert status is not True
                    self._pending = (self._target_cells(), status)
                    self.mark_requested.emit(targets, status)
                    self._recorded()  # already so (nothing to write), or written at once
                    self._advance()
                return
        super().keyPressEvent(event)

    def _targets(self) -> list[tuple[int, int]]:
        """The marks a key applies to: every selected cell (or row), else the current one."""
        indexes = self.selectionModel().selectedIndexes() or [self.currentIndex()]
        seen: list[tuple[int, int]] = []
        for index in indexes:
            key = index.data(MarkRole)
            if key is not None and key not in seen:
                seen.append(key)
        return seen

    def _target_cells(self) -> list[QPersistentModelIndex]:
        cells: dict[Any, QPersistentModelIndex] = {}
        for index in self.selectionModel().selectedIndexes() or [self.currentIndex()]:
            key = index.data(MarkRole)
            if key is not None and key not in cells:
                cells[key] = QPersistentModelIndex(index)
        return list(cells.values())

    def _advance(self) -> None:
        if len(self._targets()) > 1:
            return  # a bulk change stays where it is
        current = self.currentIndex()
        if self.advance == "down":
            target = self.model().index(current.row() + 1, current.column())
        else:
            target = self.model().index(current.row(), current.column() + 1)
        if target.isValid() and target.data(MarkRole) is not None:
            self.setCurrentIndex(target)



def grid_view(parent: QWidget) -> AttendanceView:
    view = AttendanceView(parent)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.is_grid = True
    return view


def fit_grid(view: AttendanceView) -> None:
    metrics = view.fontMetrics()
    width = metrics.horizontalAdvance("00-00") + 14
    header = view.horizontalHeader()
    header.setDefaultSectionSize(width)
    header.setMinimumHeight(metrics.lineSpacing() * 2 + 10)
    model = view.model()
    if model is not None and model.columnCount():
        header.resizeSection(model.columnCount() - 1, metrics.horizontalAdvance("100 % ✓") + 16)
    view.verticalHeader().setDefaultSectionSize(metrics.lineSpacing() + 8)
