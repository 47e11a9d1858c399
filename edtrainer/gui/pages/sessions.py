"""Sessions & attendance: plan a cohort's sessions and record who came, per session or for the whole cohort."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from edtrainer.core import clock
from edtrainer.gui import fmt
from edtrainer.gui.pages.base import CohortPicker, Page
from edtrainer.gui.pages.session_actions import SessionActions
from edtrainer.gui.pages.session_marks import MarkWriter
from edtrainer.gui.widgets import attendance as att
from edtrainer.gui.widgets.tables import Column, RowTableModel, SearchBox
from edtrainer.gui.widgets.wrap import wrap


@dataclass(frozen=True)
class RegisterData:
    register: Any
    modules: list[tuple[int, str]]
    staff: list[tuple[int, str]]
    today: dt.date


class SessionsPage(Page):
    name = "sessions"
    areas = frozenset({"sessions", "attendance", "enrolments", "cohorts", "programmes", "staff", "trainees", "demo"})

    def title(self) -> str:
        return self.tr("Sessions & attendance")

    def __init__(self, ctx: Any, window: Any) -> None:
        super().__init__(ctx, window)
        self.data: RegisterData | None = None
        self.picker = CohortPicker(ctx, self)
        self.picker.chosen.connect(self.load_register)
        self._offer_cohorts = False  # Ctrl+5 asked for the cohort chooser: opened once the cohorts are known
        self._choosing = False  # the chooser Ctrl+5 opened is open
        self.layout_.addWidget(self.picker)
        self.actions_ = SessionActions(self)  # plan, change, cancel, apologies, the sign-in sheet
        self.marks_ = MarkWriter(self)  # a key's mark, everyone present, a remark or minutes; undoable
        self.tabs = QTabWidget(self)
        self.layout_.addWidget(self.tabs, 1)

        # -- per session ----------------------------------------------------------------------
        per_session = QSplitter(Qt.Orientation.Horizontal, self.tabs)
        left = QWidget(per_session)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.sessions_model = RowTableModel([
            Column(self.tr("Date"), lambda s: fmt.date_short(s.date), sort=lambda s: (s.date, s.start_time)),
            Column(self.tr("Recorded"), self._recorded_text, sort=self._recorded_sort,
                   tooltip=lambda s: self.tr("Trainees with a mark / trainees expected")),
            Column(self.tr("Module"), lambda s: s.module_title),
            Column(self.tr("Topic"), lambda s: s.topic or ""),
        ], self)
        self.search = SearchBox(self.tr("Search sessions by date, module or topic (Ctrl+F)"), left)
        self.sessions_proxy, self.sessions_view = self.searchable_table(
            self.sessions_model, left, name=self.tr("Sessions"), search=self.search,
            on_activate=self.focus_register, on_current=self.show_session)
        self.sessions_view.setSortingEnabled(False)
        left_layout.addWidget(self.search)
        sessions_label = QLabel(self.tr("&Sessions (Enter goes to the register):"), left)
        sessions_label.setBuddy(self.sessions_view)
        wrap(sessions_label)
        left_layout.addWidget(sessions_label)
        left_layout.addWidget(self.sessions_view, 1)
        self.plan_button = self.button(self.tr("&Plan a session…"), self.actions_.plan_session, parent=left,
                                       tip=self.tr("Plan one session of the chosen cohort"))
        self.series_button = self.button(self.tr("Plan a ser&ies…"), self.actions_.plan_series, parent=left,
                                         tip=self.tr("Plan a session every week or fortnight in one go"))
        self.edit_button = self.button(self.tr("Chan&ge…"), self.actions_.edit_session, parent=left,
                                       tip=self.tr("Change the chosen session's date, time, module or place"))
        self.cancel_button = self.button(self.tr("Ca&ncel session"), self.actions_.toggle_cancelled, parent=left,
                                         tip=self.tr("Cancel the chosen session, or hold it again; a cancelled "
                                                     "session does not count"))
        self.delete_button = self.button(self.tr("&Delete"), self.actions_.delete_session,
                                         tip=self.tr("Only for a session planned by mistake, without attendance"),
                                         parent=left)
        left_layout.addWidget(self.button_row([self.plan_button, self.series_button], left))
        left_layout.addWidget(self.button_row([self.edit_button, self.cancel_button, self.delete_button], left))

        right = QWidget(per_session)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.session_info = QLabel(right)
        wrap(self.session_info)
        self.session_info.setProperty("role", "heading")
        right_layout.addWidget(self.session_info)
        self.legend = QLabel(att.legend(), right)
        wrap(self.legend)
        right_layout.addWidget(self.legend)
        self.register_model = att.RegisterModel(self)
        self.register_model.edit_remark = self.marks_.edit_remark
        self.register_model.edit_minutes = self.marks_.edit_minutes
        self.register_view = att.AttendanceView(right)
        self.register_view.setObjectName("register")
        self.register_view.setModel(self.register_model)
        self.register_view.setAccessibleName(self.tr("Attendance register of the session"))
        self.register_view.setAccessibleDescription(att.legend())
        self.register_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.register_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.register_view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                           | QAbstractItemView.EditTrigger.DoubleClicked)
        # The row numbers are those of the printed sign-in sheet (same trainees, same order): paper goes in fast.
        self.register_view.verticalHeader().setVisible(True)
        self.register_view.horizontalHeader().setStretchLastSection(True)
        self.register_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.register_view.mark_requested.connect(self.marks_.write_marks)
        self.register_view.all_present_requested.connect(self.marks_.all_present)
        self.register_view.step_session_requested.connect(self.step_session)
        register_label = QLabel(self.tr("&Register (F2 edits minutes or a remark):"), right)
        register_label.setBuddy(self.register_view)
        wrap(register_label)
        right_layout.addWidget(register_label)
        right_layout.addWidget(self.register_view, 1)
        self.totals = QLabel(right)
        wrap(self.totals)
        self.totals.setAccessibleName(self.tr("Totals of the session"))
        right_layout.addWidget(self.totals)
        self.all_present_button = self.button(self.tr("Everyone presen&t"), self.marks_.all_present,
                                              tip=self.tr("Marks everyone not yet marked present (Ctrl+Shift+A)"),
                                              parent=right)
        self.apology_button = self.button(self.tr("&Apology in advance…"), self.actions_.apology, parent=right,
                                          tip=self.tr("Record that a trainee let you know beforehand they cannot come"))
        self.sheet_button = self.button(self.tr("Sign-in sheet…"), self.actions_.sign_in_sheet,
                                        tip=self.tr("A printed list to sign, for rooms without a laptop"),
                                        parent=right)
        right_layout.addWidget(self.button_row([self.all_present_button, self.apology_button, self.sheet_button],
                                               right))
        per_session.addWidget(left)
        per_session.addWidget(right)
        per_session.setStretchFactor(0, 2)
        per_session.setStretchFactor(1, 3)
        per_session.setChildrenCollapsible(False)
        self.tabs.addTab(per_session, self.tr("Per sessi&on"))

        # -- whole cohort ---------------------------------------------------------------------
        whole = QWidget(self.tabs)
        whole_layout = QVBoxLayout(whole)
        grid_legend = QLabel(att.legend() + "   " + self.tr("? not recorded · — not expected · × cancelled"), whole)
        wrap(grid_legend)
        whole_layout.addWidget(grid_legend)
        self.grid_model = att.GridModel(self)
        self.grid_view = att.grid_view(whole)
        self.grid_view.setObjectName("grid")
        self.grid_view.setModel(self.grid_model)
        self.grid_view.setAccessibleName(self.tr("Attendance of the whole cohort"))
        self.grid_view.setAccessibleDescription(att.legend())
        self.grid_view.mark_requested.connect(self.marks_.write_marks)
        self.grid_view.all_present_requested.connect(lambda: self.marks_.all_present(from_grid=True))
        whole_layout.addWidget(self.grid_view, 1)
        self.tabs.addTab(whole, self.tr("&Whole cohort"))
        self.tabs.currentChanged.connect(self._tab_changed)
        everyone = QShortcut(QKeySequence("Ctrl+Shift+A"), self)
        everyone.setWhatsThis(self.tr("Attendance: everyone not yet marked is present"))  # for the F1 list
        everyone.activated.connect(self.marks_.all_present)
        self._update_buttons()

    def _fit_register(self) -> None:
        """Name and status always in view, whatever the text size: a long name is cut short (its tooltip
        has it whole) before the status column is pushed out of sight."""
        view = self.register_view
        view.resizeColumnsToContents()
        header = view.horizontalHeader()
        width = view.viewport().width()
        status = header.sectionSize(1)
        header.resizeSection(0, max(min(header.sectionSize(0), width - status - 8, int(width * 0.5)),
                                    view.fontMetrics().horizontalAdvance("Maria-Louisa")))
        header.resizeSection(3, max(header.sectionSize(3), view.fontMetrics().horizontalAdvance("M") * 14))

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.tabs.currentIndex() == 0:
            self._fit_register()

    def changeEvent(self, event: Any) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self.tabs.currentIndex() == 0:
            self._fit_register()  # the text size changed: names and statuses fit again

    def _tab_changed(self, index: int) -> None:
        if index == 0:
            self.show_session()
        self.focus_target().setFocus()  # Alt+B / Alt+H: straight into the list or the grid

    def focus_target(self) -> QWidget:
        return self.sessions_view if self.tabs.currentIndex() == 0 else self.grid_view

    def focus_register(self) -> None:
        self.register_view.setFocus()
        if not self.register_view.currentIndex().isValid():
            self.register_view.setCurrentIndex(self.register_model.index(0, 1))

    def offer_choice(self) -> None:
        """Ctrl+5 with more than one cohort running: the cohort chooser opens at once on the last cohort
        chosen. Enter keeps it (as before), the arrows and Enter choose another; either way (Escape too) the
        keyboard then goes to the sessions list, where Enter opens the register."""
        self._offer_cohorts = True
        if not self._dirty and not self.loading:
            self._open_cohort_chooser()

    def _open_cohort_chooser(self) -> None:
        self._offer_cohorts = False
        running = [r for r in self.picker.rows if r.status == "running"]
        combo = self.picker.combo
        if len(running) < 2 or not self.isVisible() or not combo.isEnabled():
            return
        combo.setFocus()
        self._choosing = True
        combo.showPopup()
        popup = combo.view().window()
        if not popup.property("edtrainer_watched"):
            popup.setProperty("edtrainer_watched", True)
            popup.installEventFilter(self)

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if event.type() == QEvent.Type.Hide and self._choosing:
            QTimer.singleShot(0, self._cohort_chosen)  # after the combo box has taken the choice and its focus
        return super().eventFilter(watched, event)

    def _cohort_chosen(self) -> None:
        if self._choosing:
            self._choosing = False
            self.window().activateWindow()  # the keyboard back from the closed list (some platforms leave it there)
            self.focus_target().setFocus()

    # -- loading --------------------------------------------------------------------------------

    @property
    def register(self) -> Any:
        return self.data.register if self.data else None

    def load(self) -> None:
        from edtrainer.core.services import cohorts

        self.read(lambda uow: cohorts.list_cohorts(uow), self.picker.set_cohorts)

    def load_register(self, cohort_id: int) -> None:
        if not cohort_id or self.ctx.db is None:
            self.show_register(None)
            return

        def fetch(uow: Any) -> RegisterData:
            from edtrainer.core.services import programmes, sessions, staff

            register = sessions.cohort_register(uow, cohort_id=cohort_id)
            cohort = self.picker.current()
            modules = [(m.id, f"{m.code} — {m.title}") for m in
                       programmes.list_modules(uow, programme_id=cohort.programme_id)] if cohort else []
            people = [(p.id, p.full_name) for p in staff.list_staff(uow) if p.role.value != "buddy"]
            return RegisterData(register, modules, people, clock.today())

        self.read(fetch, self.show_register)

    def show_register(self, data: RegisterData | None) -> None:
        keep = self.current_session()
        self.data = data
        reg = data.register if data else None
        self.sessions_model.set_rows(reg.sessions if reg else [])
        self.grid_model.show(reg, data.today if data else None)
        att.fit_grid(self.grid_view)
        if reg is not None and data is not None:  # the grid opens at the latest session held, not the first
            held_columns = [i for i, s in enumerate(reg.sessions) if s.date <= data.today and not s.cancelled]
            if held_columns and reg.trainees:
                latest = self.grid_model.index(0, held_columns[-1])
                self.grid_view.setCurrentIndex(latest)
                self.grid_view.scrollTo(latest, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.sessions_view.fit_columns(max_width=260)
        if reg is not None:
            wanted = keep.id if keep is not None and any(s.id == keep.id for s in reg.sessions) else None
            if wanted is None:  # the latest session held: the one a trainer most likely records
                held = [s for s in reg.sessions if s.date <= data.today and not s.cancelled]  # type: ignore[union-attr]
                wanted = held[-1].id if held else (reg.sessions[0].id if reg.sessions else None)
            if wanted is not None:
                self.select_session(wanted)
        self.show_session()
        self.finished_loading()
        if self._offer_cohorts:
            self._open_cohort_chooser()

    def apply_target(self) -> None:
        target, self._target = self._target, {}
        cohort_id = target.get("cohort_id")
        if cohort_id and cohort_id != self.picker.current_id():
            self._target = target
            self.picker.select(cohort_id)
            return
        if target.get("session_id"):
            self.tabs.setCurrentIndex(0)
            self.select_session(target["session_id"])
            self.register_view.setFocus()
            self.register_view.setCurrentIndex(self.register_model.index(0, 1))
        elif target.get("enrolment_id") and self.register is not None:
            self.tabs.setCurrentIndex(1)
            row = self.grid_model.row_of(target["enrolment_id"])
            if row >= 0:
                held = [i for i, s in enumerate(self.register.sessions) if s.date <= clock.today()]
                column = held[-1] if held else 0
                self.grid_view.setCurrentIndex(self.grid_model.index(row, column))
                self.grid_view.scrollTo(self.grid_model.index(row, column))
                self.grid_view.setFocus()

    # -- sessions list --------------------------------------------------------------------------

    def _counts(self, session: Any) -> tuple[int, int]:
        reg = self.register
        if reg is None or session.cancelled:
            return 0, 0
        tally, missing = reg.session_tally(session)
        return tally.total, tally.total + missing

    def _recorded_text(self, session: Any) -> str:
        if session.cancelled:
            return self.tr("cancelled")
        done, expected = self._counts(session)
        mark = "✓" if expected and done == expected else ("?" if self.data and session.date <= self.data.today
                                                           else "")
        return f"{done}/{expected} {mark}".strip()

    def _recorded_sort(self, session: Any) -> Any:
        done, expected = self._counts(session)
        return (done / expected) if expected else -1

    def select_session(self, session_id: int) -> None:
        row = self.sessions_model.find(lambda s: s.id == session_id)
        if row < 0:
            return
        index = self.sessions_proxy.mapFromSource(self.sessions_model.index(row, 0))
        self.sessions_view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.sessions_view.scrollTo(index)

    def current_session(self) -> Any:
        return self.sessions_view.current_row()

    def step_session(self, step: int) -> None:
        """Ctrl+PgDn / Ctrl+PgUp in the register: the next (or previous) session in the list, the cursor on its
        first trainee, so a stack of sign-in sheets is entered one key per trainee."""
        current = self.sessions_view.currentIndex()
        target = self.sessions_proxy.index(current.row() + step if current.isValid() else 0, 0)
        if not target.isValid():
            return
        self.sessions_view.selectionModel().setCurrentIndex(
            target, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.sessions_view.scrollTo(target)
        self.register_view.setFocus()
        if self.register_model.rowCount():  # the cursor on row 1 and nothing else selected: a key marks one trainee
            self.register_view.selectionModel().setCurrentIndex(
                self.register_model.index(0, 1), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        session = self.current_session()
        if session is not None:
            self.status(self.tr("Session of %1").replace("%1", fmt.date_long(session.date)))

    def show_session(self) -> None:
        session = self.current_session()
        self.register_model.show(self.register, session)
        if session is None:
            if self.register is None:
                self.session_info.setText(self.tr("There is no cohort yet: make one on the Cohorts page."))
            else:
                self.session_info.setText(self.tr("Choose a session on the left.") if self.register.sessions
                                          else self.tr("No sessions planned yet: plan them with the buttons "
                                                       "under the list."))
        else:
            end = (dt.datetime.combine(session.date, session.start_time)
                   + dt.timedelta(minutes=session.duration_minutes)).time()
            parts = [f"{fmt.date_long(session.date)}, {fmt.time(session.start_time)}–{fmt.time(end)}",
                     session.module_title]
            if session.location:
                parts.append(session.location)
            if session.cancelled:
                parts.append(self.tr("CANCELLED"))
            self.session_info.setText(" · ".join(parts))
        if self.tabs.currentIndex() == 0:  # sized when seen: the whole-cohort tab does not need it
            self._fit_register()
        self.totals.setText(self.register_model.totals_text())
        self._update_buttons()

    def _update_buttons(self) -> None:
        session = self.current_session()
        has = session is not None
        for b in (self.edit_button, self.cancel_button, self.delete_button, self.all_present_button,
                  self.apology_button, self.sheet_button):
            b.setEnabled(has)
        self.plan_button.setEnabled(self.register is not None)
        self.series_button.setEnabled(self.register is not None)
        if has:
            self.cancel_button.setText(self.tr("Undo ca&ncellation") if session.cancelled
                                       else self.tr("Ca&ncel session"))
            self.all_present_button.setEnabled(not session.cancelled)
