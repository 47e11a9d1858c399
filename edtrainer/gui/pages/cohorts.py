"""Cohorts: runs of a programme with their dates, coordinator, trainers and trainees."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from edtrainer.core import clock
from edtrainer.gui import fmt
from edtrainer.gui.pages.base import Page
from edtrainer.gui.pages.trainees import status_word
from edtrainer.gui.tr import QT_TRANSLATE_NOOP
from edtrainer.gui.widgets.forms import Field, FormDialog
from edtrainer.gui.widgets.tables import Column, RowTableModel, SearchBox
from edtrainer.gui.widgets.wrap import wrap

COHORT_STATUS = {
    "planned": QT_TRANSLATE_NOOP("CohortsPage", "planned"),
    "running": QT_TRANSLATE_NOOP("CohortsPage", "running"),
    "completed": QT_TRANSLATE_NOOP("CohortsPage", "completed"),
    "cancelled": QT_TRANSLATE_NOOP("CohortsPage", "cancelled"),
}


def cohort_status(status: str) -> str:
    return QCoreApplication.translate("CohortsPage", COHORT_STATUS.get(status, status))


@dataclass(frozen=True)
class MemberRow:
    enrolment_id: int
    trainee_id: int
    name: str
    status: str
    enrolled_on: dt.date
    ended_on: dt.date | None
    buddy: str


class CohortsPage(Page):
    name = "cohorts"
    areas = frozenset({"cohorts", "enrolments", "trainees", "sessions", "programmes", "staff", "demo"})

    def title(self) -> str:
        return self.tr("Cohorts")

    def __init__(self, ctx: Any, window: Any) -> None:
        super().__init__(ctx, window)
        self.search = SearchBox(self.tr("Search cohorts (Ctrl+F)"), self)
        self.layout_.addWidget(self.search)
        split = QSplitter(Qt.Orientation.Vertical, self)
        top = QWidget(split)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        self.model = RowTableModel([
            Column(self.tr("Name"), lambda c: c.name),
            Column(self.tr("Programme"), lambda c: c.programme),
            Column(self.tr("Location"), lambda c: c.location or ""),
            Column(self.tr("Start"), lambda c: fmt.date(c.start_date), sort=lambda c: c.start_date, searchable=False),
            Column(self.tr("End"), lambda c: fmt.date(c.end_date), sort=lambda c: c.end_date, searchable=False),
            Column(self.tr("Status"), lambda c: cohort_status(c.status)),
            Column(self.tr("Trainees"), lambda c: c.active_trainees, align=Qt.AlignmentFlag.AlignRight,
                   tooltip=lambda c: self.tr("%1 active of %2 enrolled").replace("%1", str(c.active_trainees))
                   .replace("%2", str(c.enrolled_total)), searchable=False),
            Column(self.tr("Sessions held"), lambda c: f"{c.sessions_held}/{c.sessions_total}",
                   sort=lambda c: c.sessions_held, align=Qt.AlignmentFlag.AlignRight, searchable=False),
        ], self)
        self.proxy, self.view = self.searchable_table(
            self.model, top, name=self.tr("Cohorts"), object_name="cohorts", search=self.search,
            on_activate=self.edit_cohort, on_current=self.load_members)
        top_layout.addWidget(self.view, 1)
        self.new_button = self.button(self.tr("&New cohort…"), self.new_cohort, parent=top,
                                      tip=self.tr("Start a new cohort of a programme"))
        self.edit_button = self.button(self.tr("Chan&ge…"), self.edit_cohort, parent=top,
                                       tip=self.tr("Change the chosen cohort's name, dates or place"))
        self.trainers_button = self.button(self.tr("&Trainers…"), self.edit_trainers, parent=top,
                                           tip=self.tr("Choose who trains the chosen cohort"))
        top_layout.addWidget(self.button_row([self.new_button, self.edit_button, self.trainers_button], top))

        bottom = QWidget(split)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        self.members_label = QLabel(self.tr("Trainees of the cohort"), bottom)
        self.members_label.setProperty("role", "heading")
        wrap(self.members_label)
        bottom_layout.addWidget(self.members_label)
        self.members = RowTableModel([
            Column(self.tr("Name"), lambda m: m.name),
            Column(self.tr("Status"), lambda m: status_word(m.status)),
            Column(self.tr("Enrolled on"), lambda m: fmt.date(m.enrolled_on), sort=lambda m: m.enrolled_on),
            Column(self.tr("Ended on"), lambda m: fmt.date(m.ended_on), sort=lambda m: m.ended_on or dt.date.max),
            Column(self.tr("Buddy (maatje)"), lambda m: m.buddy),
        ], self)
        self.members_search = SearchBox(self.tr("Search the cohort's trainees"), bottom)
        bottom_layout.addWidget(self.members_search)
        self.members_proxy, self.members_view = self.searchable_table(
            self.members, bottom, name=self.tr("Trainees of the cohort"), search=self.members_search)
        self.members_label.setBuddy(self.members_view)
        self.members_view.activated_row.connect(lambda m: self.window_.show_page("trainees", trainee_id=m.trainee_id))
        bottom_layout.addWidget(self.members_view, 1)
        self.enrol_button = self.button(self.tr("Enro&l a trainee…"), self.enrol_trainee, parent=bottom,
                                        tip=self.tr("Enrol a trainee in the chosen cohort"))
        self.buddy_button = self.button(self.tr("Choose a &buddy…"), self.set_buddy, parent=bottom,
                                        tip=self.tr("Choose a buddy for the chosen trainee"))
        bottom_layout.addWidget(self.button_row([self.enrol_button, self.buddy_button], bottom))
        split.addWidget(top)
        split.addWidget(bottom)
        split.setChildrenCollapsible(False)
        self.layout_.addWidget(split, 1)
        self.lookups: dict[str, Any] = {}

    # -- loading --------------------------------------------------------------------------------

    def load(self) -> None:
        def fetch(uow: Any) -> Any:
            from edtrainer.core.services import cohorts, programmes, staff

            return (cohorts.list_cohorts(uow),
                    {"programmes": [(p.id, p.name) for p in programmes.list_programmes(uow)],
                     "staff": [(s.id, s.full_name, s.role.value) for s in staff.list_staff(uow)]})

        self.read(fetch, self.show_rows)

    def show_rows(self, result: Any) -> None:
        rows, self.lookups = result
        self.view.refill(self.model, rows)
        self.load_members()
        self.finished_loading()

    def load_members(self) -> None:
        cohort = self.view.current_row()
        self.edit_button.setEnabled(cohort is not None)
        self.trainers_button.setEnabled(cohort is not None)
        self.enrol_button.setEnabled(cohort is not None)
        if cohort is None or self.ctx.db is None:
            self.members_label.setText(self.tr("Trainees of the cohort"))
            self.members.set_rows([])
            return
        self.members_label.setText(self.tr("Trainees of %1").replace("%1", cohort.name))

        def fetch(uow: Any) -> list[MemberRow]:
            from edtrainer.core.services import trainees

            buddies = {sid: name for sid, name, _role in self.lookups.get("staff", [])}
            return [MemberRow(e.id, e.trainee_id, e.trainee.full_name, e.status.value, e.enrolled_on, e.ended_on,
                              buddies.get(e.buddy_id, "") if e.buddy_id else "")
                    for e in trainees.list_enrolments(uow, cohort_id=cohort.id)]

        self.read(fetch, self._show_members, channel="members")

    def _show_members(self, rows: list[MemberRow]) -> None:
        self.members.set_rows(rows)
        self.members_view.fit_columns()

    def apply_target(self) -> None:
        target, self._target = self._target, {}
        if "cohort_id" in target:
            self.view.select_first(lambda c: c.id == target["cohort_id"])

    # -- forms ----------------------------------------------------------------------------------

    def _fields(self, *, new: bool) -> list[Field]:
        from edtrainer.core.models import Cohort
        from edtrainer.gui.widgets.length_hint import column_length

        coordinators = [(None, self.tr("(none)"))] + [(sid, name) for sid, name, role in self.lookups.get("staff", [])
                                                       if role == "coordinator"]
        fields = []
        if new:
            fields.append(Field("programme_id", self.tr("Programme"), "choice", required=True,
                                choices=self.lookups.get("programmes", []), errors=("programme",)))
        fields += [
            Field("name", self.tr("Name"), required=True, max_len=column_length(Cohort, "name"),
                  help=self.tr("For example: Veendam 2027")),
            Field("location", self.tr("Location"), max_len=column_length(Cohort, "location")),
            Field("start_date", self.tr("Start date"), "date", required=True),
            Field("end_date", self.tr("End date"), "date", required=True),
            Field("status", self.tr("Status"), "choice", choices=[(k, cohort_status(k)) for k in COHORT_STATUS]),
            Field("coordinator_id", self.tr("Coordinator"), "choice", choices=coordinators),
        ]
        return fields

    def new_cohort(self) -> None:
        from edtrainer.core.services import cohorts

        def save(values: dict[str, Any]) -> Any:
            return self.ctx.write(lambda uow: cohorts.create_cohort(uow, **values).id)

        today = clock.today()
        dialog = FormDialog(self, self.tr("New cohort"), self._fields(new=True), save=save,
                            values={"status": "planned", "start_date": today,
                                    "end_date": today.replace(year=today.year + 2) if not (
                                        today.month == 2 and today.day == 29) else today + dt.timedelta(days=730)})
        if dialog.exec():
            self._target = {"cohort_id": dialog.result_value}

    def edit_cohort(self) -> None:
        from edtrainer.core.services import cohorts

        row = self.view.current_row()
        if row is None:
            return
        old = {"name": row.name, "location": row.location, "start_date": row.start_date, "end_date": row.end_date,
               "status": row.status, "coordinator_id": row.coordinator_id}
        self.edit_record(self.tr("Change cohort %1").replace("%1", row.name), self._fields(new=False), old,
                         row.version, lambda uow, **kw: cohorts.update_cohort(uow, cohort_id=row.id, **kw))

    def edit_trainers(self) -> None:
        from edtrainer.core.services import cohorts

        row = self.view.current_row()
        if row is None:
            return
        with self.ctx.uow() as uow:
            current = cohorts.trainer_ids(uow, cohort_id=row.id)
        choices = [(sid, name) for sid, name, role in self.lookups.get("staff", []) if role != "buddy"]

        def save(values: dict[str, Any]) -> Any:
            wanted = list(values["trainer_ids"])
            return self.ctx.write(lambda uow: cohorts.set_trainers(uow, cohort_id=row.id, staff_ids=wanted).id)

        FormDialog(self, self.tr("Trainers of %1").replace("%1", row.name),
                   [Field("trainer_ids", self.tr("Trainers"), "multi", choices=choices, errors=("role",))],
                   save=save, values={"trainer_ids": current}).exec()

    def enrol_trainee(self) -> None:
        from edtrainer.core.services import trainees

        cohort = self.view.current_row()
        if cohort is None:
            return
        with self.ctx.uow() as uow:
            people = trainees.search_trainees(uow)
        free: dict[int, str] = {}
        busy = {r.trainee_id for r in people if r.status in ("active", "paused") or r.cohort == cohort.name}
        for r in people:
            if r.trainee_id not in busy:
                free[r.trainee_id] = r.sort_name
        buddies = [(None, self.tr("(none)"))] + [(sid, name) for sid, name, role in self.lookups.get("staff", [])
                                                 if role == "buddy"]

        def save(values: dict[str, Any]) -> Any:
            return self.ctx.write(lambda uow: trainees.enrol(uow, cohort_id=cohort.id, **values).id)

        dialog = FormDialog(self, self.tr("Enrol a trainee in %1").replace("%1", cohort.name), [
            Field("trainee_id", self.tr("Trainee"), "choice", required=True, choices=sorted(
                free.items(), key=lambda kv: kv[1].casefold()), errors=("trainee", "cohort")),
            Field("enrolled_on", self.tr("Enrolled on"), "date", help=self.tr("Empty: the cohort's start or today")),
            Field("buddy_id", self.tr("Buddy (maatje)"), "choice", choices=buddies),
        ], save=save, intro=self.tr("New people are added on the Trainees page first."))
        if dialog.exec():
            self.load_members()

    def set_buddy(self) -> None:
        from edtrainer.core.services import trainees

        member = self.members_view.current_row()
        if member is None:
            self.status(self.tr("Choose a trainee in the lower list first."))
            return
        buddies = [(None, self.tr("(none)"))] + [(sid, name) for sid, name, role in self.lookups.get("staff", [])
                                                 if role == "buddy"]
        current = next((sid for sid, name, role in self.lookups.get("staff", []) if name == member.buddy), None)

        def save(values: dict[str, Any]) -> Any:
            return self.ctx.write(lambda uow: trainees.set_buddy(uow, enrolment_id=member.enrolment_id,
                                                                 buddy_id=values["buddy_id"]))

        if FormDialog(self, self.tr("Buddy of %1").replace("%1", member.name),
                      [Field("buddy_id", self.tr("Buddy (maatje)"), "choice", choices=buddies)], save=save,
                      values={"buddy_id": current}).exec():
            self.load_members()
