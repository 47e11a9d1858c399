"""The attendance register: one session's list, and the whole cohort's grid (trainees x sessions).

Both models show the same in-memory ``CohortRegister``; the page writes marks through the services
and updates that register, and both views follow. One key marks a trainee (A present, L late,
E excused, X absent, 0 or Delete clears) and moves to the next trainee, so a trainer records a
session of fifteen with fifteen key presses. Each status shows as a letter, a symbol and a colour.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from edtrainer.core import clock
from edtrainer.gui import fmt, style
from edtrainer.gui.widgets.attendance_view import (
    AttendanceView,
    MarkRole,
    MarkStatusRole,
    TraineeRole,
    fit_grid,
    grid_view,
)

if TYPE_CHECKING:
    from edtrainer.core.services.cohort_register import CohortRegister, EnrolmentRow, MarkCell, SessionColumn

ModelIndex = QModelIndex | QPersistentModelIndex
# "Not expected" in the grid: quieter than the marks, still readable (4.5:1 on the row's background).
MUTED_LIGHT, MUTED_DARK = QColor("#5c5c5c"), QColor("#b4b4b4")


def muted() -> QColor:
    return MUTED_DARK if style.is_dark() else MUTED_LIGHT


def legend() -> str:
    parts = [f"{look.letter} {look.symbol} {look.label()}" for look in style.STATUSES.values()]
    clear = QApplication.translate("Attendance", "0 or Delete: clear")
    return QApplication.translate("Attendance", "Keys:") + "  " + "   ".join(parts) + "   " + clear


def _mark_tooltip(name: str, session: SessionColumn, cell: MarkCell | None) -> str:
    lines = [f"{name} — {fmt.date_long(session.date)} ({session.module_title})", style.status_text(
        cell.status if cell else None)]
    if cell is not None:
        if cell.minutes_present is not None and cell.status in ("late", "present"):
            lines.append(QApplication.translate("Attendance", "%1 minutes present").replace(
                "%1", str(cell.minutes_present)))
        if cell.apology_reason:
            lines.append(QApplication.translate("Attendance", "Apology in advance: %1").replace(
                "%1", cell.apology_reason))
        if cell.remark:
            lines.append(QApplication.translate("Attendance", "Remark: %1").replace("%1", cell.remark))
    return "\n".join(lines)


class RegisterModel(QAbstractTableModel):
    """One session: a row per expected trainee with status, minutes, remark and apology."""

    COLUMNS = ("trainee", "status", "minutes", "remark", "apology")
    STATUS, MINUTES, REMARK = 1, 2, 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register: CohortRegister | None = None
        self.session: SessionColumn | None = None
        self.people: list[EnrolmentRow] = []
        self.edit_remark: Callable[[int, str], bool] | None = None
        self.edit_minutes: Callable[[int, Any], bool] | None = None

    def show(self, register: CohortRegister | None, session: SessionColumn | None) -> None:
        self.beginResetModel()
        self.register, self.session = register, session
        self.people = register.expected(session) if register is not None and session is not None else []
        self.endResetModel()

    def refresh(self) -> None:
        if self.people:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.people) - 1, len(self.COLUMNS) - 1))

    def cell(self, row: int) -> MarkCell | None:
        assert self.register is not None and self.session is not None
        return self.register.marks.get((self.session.id, self.people[row].enrolment_id))

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.AccessibleTextRole \
                and 0 <= section < len(self.people):
            # The numbers are those of the sign-in sheet, for the eye; a screen reader says whose row it is.
            return self.people[section].trainee
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            titles = (QApplication.translate("Attendance", "Trainee"), QApplication.translate("Attendance", "Status"),
                      QApplication.translate("Attendance", "Minutes"), QApplication.translate("Attendance", "Remark"),
                      QApplication.translate("Attendance", "Apology in advance"))
            return titles[section] if 0 <= section < len(titles) else None
        return super().headerData(section, orientation, role)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in (self.MINUTES, self.REMARK):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.session is None or not (0 <= index.row() < len(self.people)):
            return None
        person = self.people[index.row()]
        cell = self.cell(index.row())
        column = index.column()
        if role == MarkRole:
            return (self.session.id, person.enrolment_id)
        if role == MarkStatusRole:
            return cell.status if cell else None
        if role == TraineeRole:
            return person.trainee
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == 0:
                return person.trainee
            if column == 1:
                return style.status_text(cell.status if cell else None)
            if cell is None:
                return ""
            if column == 2:
                return "" if cell.minutes_present is None else cell.minutes_present
            if column == 3:
                return cell.remark or ""
            if column == 4:
                return cell.apology_reason or ""
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column in (0, 1):  # what a screen reader says for the row a key marks: whom, and what is recorded
                return f"{person.trainee}, {style.status_word(cell.status if cell else None)}"
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.BackgroundRole and column == 1 and cell is not None:
            return QBrush(style.STATUSES[cell.status].background())
        if role == Qt.ItemDataRole.ToolTipRole:
            return _mark_tooltip(person.trainee, self.session, cell)
        if role == Qt.ItemDataRole.FontRole and column == 1 and cell is not None:
            font = QFont(QApplication.font())
            font.setBold(True)
            return font
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        eid = self.people[index.row()].enrolment_id
        if index.column() == self.REMARK and self.edit_remark is not None:
            return self.edit_remark(eid, str(value))
        if index.column() == self.MINUTES and self.edit_minutes is not None:
            return self.edit_minutes(eid, value)
        return False

    def totals_text(self) -> str:
        if self.register is None or self.session is None:
            return ""
        tally, missing = self.register.session_tally(self.session)
        parts = [f"{style.STATUSES[s].label()} {getattr(tally, s)}" for s in style.STATUSES]
        parts.append(QApplication.translate("Attendance", "not recorded %1").replace("%1", str(missing)))
        return " · ".join(parts)


class GridModel(QAbstractTableModel):
    """The whole cohort: a row per trainee (and a totals row), a column per session (and a totals column)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register: CohortRegister | None = None
        self.today = clock.today()
        self._threshold = 0
        self._rates: dict[int, float | None] = {}  # enrolment id -> attendance rate, counted once per change

    def show(self, register: CohortRegister | None, today: dt.date | None = None) -> None:
        self.beginResetModel()
        self.register = register
        self.today = today or clock.today()
        self._threshold = register.min_attendance_pct if register else 0
        self._rates = {}
        self.endResetModel()

    def _rate(self, person: EnrolmentRow) -> float | None:
        assert self.register is not None
        if person.enrolment_id not in self._rates:
            self._rates[person.enrolment_id] = self.register.rate(
                self.register.trainee_tally(person, until=self.today))
        return self._rates[person.enrolment_id]

    def refresh(self) -> None:
        self._rates = {}
        if self.register is not None:
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, self.rowCount() - 1)  # the rates by the names

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.register is None else len(self.register.trainees) + 1

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.register is None else len(self.register.sessions) + 1

    def is_totals_row(self, row: int) -> bool:
        return self.register is not None and row == len(self.register.trainees)

    def is_totals_column(self, column: int) -> bool:
        return self.register is not None and column == len(self.register.sessions)

    def session_at(self, column: int) -> SessionColumn | None:
        if self.register is None or not (0 <= column < len(self.register.sessions)):
            return None
        return self.register.sessions[column]

    def column_of(self, session_id: int) -> int:
        assert self.register is not None
        return next((i for i, s in enumerate(self.register.sessions) if s.id == session_id), -1)

    def row_of(self, enrolment_id: int) -> int:
        assert self.register is not None
        return next((i for i, t in enumerate(self.register.trainees) if t.enrolment_id == enrolment_id), -1)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        reg = self.register
        if reg is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                if section == len(reg.trainees):
                    return QApplication.translate("Attendance", "Present per session")
                if not 0 <= section < len(reg.trainees):
                    return None
                # The rate beside the name, always in view (the rate column is far to the right).
                person = reg.trainees[section]
                rate = self._rate(person)
                return person.trainee if rate is None else f"{person.trainee} · {fmt.percent(rate)}"
            if role == Qt.ItemDataRole.ToolTipRole and 0 <= section < len(reg.trainees):
                person = reg.trainees[section]
                return f"{person.trainee} ({fmt.date(person.enrolled_on)} – {fmt.date(person.ended_on)})"
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == len(reg.sessions):
                return QApplication.translate("Attendance", "Rate")
            session = self.session_at(section)
            if session is None:
                return None
            return f"{session.date.strftime('%d-%m')}\n{session.module_code}"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            session = self.session_at(section)
            if session is None:
                return None
            tally, missing = reg.session_tally(session)
            state = QApplication.translate("Attendance", "cancelled") if session.cancelled else \
                QApplication.translate("Attendance", "%1 present or late, %2 excused, %3 absent, %4 not recorded") \
                .replace("%1", str(tally.present + tally.late)).replace("%2", str(tally.excused)) \
                .replace("%3", str(tally.absent)).replace("%4", str(missing))
            return f"{fmt.date_long(session.date)} {fmt.time(session.start_time)} — {session.module_title}\n{state}"
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags

    def markable(self, row: int, column: int) -> bool:
        reg = self.register
        if reg is None or self.is_totals_row(row) or self.is_totals_column(column):
            return False
        session = reg.sessions[column]
        return not session.cancelled and reg.trainees[row].expected_at(session.date)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        reg = self.register
        if reg is None or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < self.rowCount() and 0 <= column < self.columnCount()):
            return None
        if self.is_totals_row(row) or self.is_totals_column(column):
            return self._total(row, column, role)
        person = reg.trainees[row]
        session = reg.sessions[column]
        cell = reg.marks.get((session.id, person.enrolment_id))
        expected = not session.cancelled and person.expected_at(session.date)
        if role == MarkRole:
            return (session.id, person.enrolment_id) if expected else None
        if role == MarkStatusRole:
            return cell.status if cell else None
        if role == TraineeRole:
            return person.trainee
        if role == Qt.ItemDataRole.DisplayRole:
            if session.cancelled:
                return "×"
            if not expected:
                return "—"
            if cell is None:
                return "?" if session.date <= self.today else ""
            return style.STATUSES[cell.status].letter
        if role == Qt.ItemDataRole.AccessibleTextRole:  # whom and what first: the date is in the column header
            if session.cancelled:
                word = QApplication.translate("Attendance", "cancelled")
            elif not expected:
                word = QApplication.translate("Attendance", "not expected")
            else:
                word = style.status_word(cell.status if cell else None)
            return f"{person.trainee}, {word}, {fmt.date(session.date)}"
        if role == Qt.ItemDataRole.BackgroundRole:
            if cell is not None and expected:
                return QBrush(style.STATUSES[cell.status].background())
            if not expected:
                return QBrush(QApplication.palette().color(QPalette.ColorRole.AlternateBase))
            return None
        if role == Qt.ItemDataRole.ForegroundRole and not expected:
            return QBrush(muted())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _mark_tooltip(person.trainee, session, cell) if expected else None
        if role == Qt.ItemDataRole.FontRole and cell is not None:
            font = QFont(QApplication.font())
            font.setBold(True)
            return font
        return None

    def _total(self, row: int, column: int, role: int) -> Any:
        reg = self.register
        assert reg is not None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont(QApplication.font())
            font.setItalic(True)
            return font
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                        Qt.ItemDataRole.ToolTipRole):
            return None
        if self.is_totals_row(row) and self.is_totals_column(column):
            return ""
        if self.is_totals_column(column):  # one trainee's rate
            person = reg.trainees[row]
            rate = self._rate(person)
            if rate is None:
                return "—"
            ok = round(rate * 100) >= self._threshold
            text = f"{fmt.percent(rate)} {'✓' if ok else '✗'}"
            if role == Qt.ItemDataRole.DisplayRole:
                return text
            verdict = QApplication.translate("Attendance", "meets the threshold") if ok else \
                QApplication.translate("Attendance", "below the threshold")
            return f"{person.trainee}: {fmt.percent(rate)}, {verdict} ({self._threshold} %)"
        session = reg.sessions[column]  # one session's count
        if session.cancelled:
            return "×"
        tally, missing = reg.session_tally(session)
        expected = tally.total + missing
        text = f"{tally.present + tally.late}/{expected}"
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        return QApplication.translate("Attendance", "%1 of %2 expected trainees came").replace(
            "%1", str(tally.present + tally.late)).replace("%2", str(expected))

__all__ = ["AttendanceView", "GridModel", "MarkRole", "RegisterModel", "fit_grid", "grid_view", "legend"]
