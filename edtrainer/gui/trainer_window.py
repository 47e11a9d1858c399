"""Trainer mode: recording attendance in a register file (``.edtx``) away from the coordinator, with no
database at all (``edtrainer exchange open FILE.edtx``).

The register is the app's own (``widgets.attendance``): the same keys (A present, L late, E excused,
X absent, 0 or Delete clears, Ctrl+Shift+A everyone not yet marked present), the cursor moving on to the
next trainee. Every key is saved in the file at once (under a temporary name, then renamed), so closing
the laptop loses nothing; the file goes back to the coordinator, who applies it (``exchange apply``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from edtrainer.core import clock
from edtrainer.core.services import exchange
from edtrainer.core.services.cohort_register import CohortRegister, EnrolmentRow, MarkCell, SessionColumn
from edtrainer.gui import fmt
from edtrainer.gui.widgets.attendance import AttendanceView, RegisterModel, legend
from edtrainer.gui.widgets.wrap import wrap


@dataclass(frozen=True)
class FileRegister(CohortRegister):
    """A cohort register made from a register file: who is expected is what the file says."""

    expected_ids: dict[int, list[int]] | None = None

    def expected(self, session: SessionColumn) -> list[EnrolmentRow]:
        wanted = (self.expected_ids or {}).get(session.id, [])
        return [t for t in self.trainees if t.enrolment_id in wanted]


def _register(found: exchange.ExchangeFile, apology_text: str) -> FileRegister:
    pack = found.pack
    far = dt.date(1900, 1, 1)
    trainees = [EnrolmentRow(enrolment_id=t["enrolment"], trainee_id=0, trainee=t["name"], sort_name=t["sort"],
                             status="active", enrolled_on=far, ended_on=None, paused_on=None)
                for t in pack["trainees"]]
    sessions = []
    for s in pack["sessions"]:
        code, _, title = s["module"].partition(" ")
        sessions.append(SessionColumn(id=s["id"], date=dt.date.fromisoformat(s["date"]),
                                      start_time=dt.time.fromisoformat(s["start"]), duration_minutes=s["minutes"],
                                      module_id=0, module_code=code, module_title=title, topic=s.get("topic"),
                                      location=s.get("location"), cancelled=False, version=0))
    marks = {}
    for s in pack["sessions"]:
        for eid in s["expected"]:
            status = found.mark(s["id"], eid)
            if status is not None:
                apology = found.apology(s["id"], eid)
                marks[(s["id"], eid)] = MarkCell(status, 0, None, None, apology_text if apology else None, None)
    return FileRegister(cohort_id=pack["cohort"]["id"], cohort=pack["cohort"]["name"], min_attendance_pct=0,
                        excused_policy="exclude", trainees=trainees, sessions=sessions, marks=marks,
                        expected_ids={s["id"]: list(s["expected"]) for s in pack["sessions"]})


class TrainerWindow(QMainWindow):
    """The sessions of the file on the left, the register of the chosen one on the right."""

    def __init__(self, path: Path | str) -> None:
        super().__init__()
        self.file = exchange.read(path)
        pack = self.file.pack
        self.setWindowTitle(self.tr("Register file %1 — edtrainer").replace("%1", pack["cohort"]["name"]))
        central = QWidget(self)
        layout = QVBoxLayout(central)
        head = QLabel(self.tr("<b>%1</b>, %2 to %3. Made by %4. Record attendance with the keys below; every key "
                              "is saved in the file at once. Give the file back to the coordinator when done.")
                      .replace("%1", pack["cohort"]["name"])
                      .replace("%2", fmt.date(dt.date.fromisoformat(pack["period"]["from"])))
                      .replace("%3", fmt.date(dt.date.fromisoformat(pack["period"]["to"])))
                      .replace("%4", pack["made_by"]), central)
        wrap(head)
        layout.addWidget(head)
        body = QHBoxLayout()
        left = QVBoxLayout()
        sessions_label = QLabel(self.tr("&Sessions"), central)
        self.sessions = QListWidget(central)
        self.sessions.setAccessibleName(self.tr("Sessions in the file"))
        self.sessions.setWordWrap(True)  # a long module name on its own line, never cut off
        self.sessions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        sessions_label.setBuddy(self.sessions)
        left.addWidget(sessions_label)
        left.addWidget(self.sessions, 1)
        body.addLayout(left, 1)
        right = QVBoxLayout()
        register_label = QLabel(self.tr("&Register"), central)
        self.model = RegisterModel(self)
        self.view = AttendanceView(central)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Attendance of the session; a key marks the current trainee"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)  # one key, one trainee
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (RegisterModel.MINUTES, RegisterModel.REMARK):
            self.view.setColumnHidden(column, True)  # the file carries marks only
        register_label.setBuddy(self.view)
        right.addWidget(register_label)
        right.addWidget(self.view, 1)
        keys = QLabel(legend(), central)
        wrap(keys)
        right.addWidget(keys)
        self.totals = QLabel(central)
        right.addWidget(self.totals)
        body.addLayout(right, 3)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)
        self.view.mark_requested.connect(self.mark)
        self.view.all_present_requested.connect(self.all_present)
        self.view.step_session_requested.connect(self.step_session)
        self.sessions.currentRowChanged.connect(self.show_session)
        self._undo: list[dict[int, dict[int | str, str | None]]] = []
        undo = QAction(self.tr("&Undo"), self)
        undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        undo.triggered.connect(self.undo)
        self.addAction(undo)
        close = QAction(self.tr("&Close"), self)
        close.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        close.triggered.connect(self.close)
        self.addAction(close)
        self._reload(keep_row=False)
        self.resize(self.fontMetrics().averageCharWidth() * 120, self.fontMetrics().height() * 36)

    # -- showing ---------------------------------------------------------------------------------

    def _reload(self, *, keep_row: bool = True) -> None:
        self.register = _register(self.file, self.tr("in advance"))
        row = self.sessions.currentRow() if keep_row else -1
        self.sessions.blockSignals(True)
        self.sessions.clear()
        today = clock.today()
        for session in self.register.sessions:
            people = self.register.expected(session)
            done = sum(1 for p in people if (session.id, p.enrolment_id) in self.register.marks)
            text = f"{fmt.date_short(session.date)} {session.start_time:%H:%M} · {done}/{len(people)}\n" \
                   f"{session.module_title}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("%1, %2 of %3 recorded").replace(
                "%1", f"{fmt.date_long(session.date)} {session.start_time:%H:%M} {session.module_title}")
                .replace("%2", str(done)).replace("%3", str(len(people))))
            self.sessions.addItem(item)
        self.sessions.blockSignals(False)
        if row < 0:  # the session of today, else the last one before today, else the first
            dates = [s.date for s in self.register.sessions]
            row = next((i for i, d in enumerate(dates) if d == today), None) or \
                max((i for i, d in enumerate(dates) if d <= today), default=0)
        self.sessions.setCurrentRow(row)
        self.show_session(row)

    def show_session(self, row: int) -> None:
        session = self.register.sessions[row] if 0 <= row < len(self.register.sessions) else None
        current = self.view.currentIndex().row()
        self.model.show(self.register, session)
        self.totals.setText(self.model.totals_text())
        self._go_to(current)

    def current_session(self) -> SessionColumn | None:
        return self.model.session

    def step_session(self, step: int) -> None:
        """Ctrl+PgDn / Ctrl+PgUp: the next or previous session, the cursor on its first trainee."""
        row = self.sessions.currentRow() + step
        if 0 <= row < self.sessions.count():
            self.sessions.setCurrentRow(row)
            self.view.setFocus()
            self._go_to(0)

    def _go_to(self, row: int, column: int = 1) -> None:
        """The cursor on this trainee, and nothing else selected (a key marks what is selected)."""
        if not self.model.rowCount():
            return
        index = self.model.index(max(0, min(row, self.model.rowCount() - 1)), column)
        self.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    # -- recording --------------------------------------------------------------------------------

    def mark(self, targets: list[tuple[int, int]], status: str | None) -> None:
        """One key: the marks in the file, saved at once (Ctrl+Z puts the ones before back)."""
        by_session: dict[int, dict[int | str, str | None]] = {}
        for session_id, enrolment_id in targets:
            by_session.setdefault(session_id, {})[enrolment_id] = status
        self._set(by_session)

    def _set(self, by_session: dict[int, dict[int | str, str | None]], *, undoing: bool = False) -> None:
        from edtrainer.core.errors import EdtrainerError

        before = {sid: {eid: self.file.mark(sid, eid) for eid in marks} for sid, marks in by_session.items()}
        try:
            for session_id, marks in by_session.items():
                exchange.set_marks(self.file, session_id, marks)
        except EdtrainerError as exc:  # e.g. a session still to come: said, nothing changed
            self.file = exchange.read(self.file.path or "")
            self.statusBar().showMessage("⚠ " + exc.message(), 10000)
            self._reload()
            return
        if not undoing:
            self._undo.append(before)
        self._save()

    def undo(self) -> None:
        if self._undo:
            self._set(self._undo.pop(), undoing=True)

    def all_present(self) -> None:
        session = self.current_session()
        if session is None:
            return
        missing: dict[int | str, str | None] = {p.enrolment_id: "present" for p in self.register.expected(session)
                                                if (session.id, p.enrolment_id) not in self.register.marks}
        if missing:
            self._set({session.id: missing})

    def _save(self) -> None:
        current = self.view.currentIndex()
        exchange.write(self.file)
        self._reload()
        if current.isValid():
            self._go_to(current.row(), current.column())
        self.statusBar().showMessage(self.tr("Saved in %1 at %2").replace("%1", str(self.file.path))
                                     .replace("%2", clock.now().astimezone().strftime("%H:%M")), 8000)


def run(path: Path, lang: str) -> int:
    """``edtrainer exchange open FILE``: the trainer's window, no database."""
    import sys

    from PySide6.QtWidgets import QApplication

    from edtrainer.gui import settings as S
    from edtrainer.gui import style, translations

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0], "-style", "Fusion"])
    style.set_identity(app)
    settings = S.Settings.open()
    translations.install(lang)
    style.load_fonts()
    style.apply_look(app, high_contrast=settings.get(S.HIGH_CONTRAST))
    style.apply_text_scale(app, settings.get(S.TEXT_SCALE))
    window = TrainerWindow(path)
    window.show()
    window.view.setFocus()
    return int(app.exec())

