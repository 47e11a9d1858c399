"""The Placements page's actions on the chosen placement: new, change, agreement signed, start, complete,
end early and its report; its hour log (log, approve, delete) and evaluations."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from edtrainer.core import clock
from edtrainer.core.errors import EdtrainerError
from edtrainer.gui import fmt
from edtrainer.gui.pages.placements import EDIT_FIELDS, EVALUATIONS, KINDS, _t
from edtrainer.gui.widgets.forms import Field, FormDialog, confirm
from edtrainer.gui.widgets.length_hint import column_length
from edtrainer.gui.widgets.tables import RowRole

if TYPE_CHECKING:
    from edtrainer.gui.pages.placements import PlacementsPage


class PlacementActions(QObject):
    """Each action opens its form on the page and reports through it; the page reloads on the change."""

    def __init__(self, page: PlacementsPage) -> None:
        super().__init__(page)
        self.page = page


    def _fields(self, organisation_id: int | None, *, new: bool) -> list[Field]:
        contacts = [(None, self.tr("(nobody yet)"))] + self.page.lookups.get("contacts", {}).get(organisation_id, [])
        fields = []
        if new:
            fields.append(Field("enrolment_id", self.tr("Trainee"), "choice", required=True,
                                choices=self.page.lookups.get("enrolments", []), errors=("enrolment",)))
        fields += [
            Field("organisation_id", self.tr("Organisation"), "choice", required=True,
                  choices=self.page.lookups.get("organisations", []), errors=("organisation",)),
            Field("tandem_professional_id", self.tr("Tandem professional"), "choice", choices=contacts,
                  errors=("contact",)),
            Field("supervisor_id", self.tr("Placement supervisor"), "choice", choices=contacts,
                  help=self.tr("Signs the hours and evaluations")),
            Field("kind", self.tr("Kind"), "choice", choices=[(k, _t(KINDS, k)) for k in KINDS]),
            Field("planned_start", self.tr("Start date"), "date", required=True, errors=("start_date",)),
            Field("planned_end", self.tr("End date"), "date", required=True, errors=("end_date",)),
            Field("hours_per_week", self.tr("Hours per week"), "number", required=True),
            Field("agreement_signed_on", self.tr("Agreement signed on"), "date", errors=("signed_on",),
                  help=self.tr("Empty while the placement agreement is not signed")),
        ]
        return fields

    def _contacts_follow_organisation(self, dialog: FormDialog, changed: str) -> None:
        if changed != "organisation_id":
            return
        organisation_id = dialog.values().get("organisation_id")
        contacts = [(None, self.tr("(nobody yet)"))] + self.page.lookups.get("contacts", {}).get(organisation_id, [])
        for name in ("tandem_professional_id", "supervisor_id"):
            dialog.set_choices(name, contacts)

    def new_placement(self, enrolment_id: int | None = None) -> None:
        """A new placement for ``enrolment_id``, or else for the trainee of the chosen row."""
        from edtrainer.core.services import placements

        if enrolment_id is None and (chosen := self.page.view.current_row()) is not None:
            enrolment_id = chosen.enrolment_id
        if not self.page.lookups.get("organisations"):
            self.page.status(self.tr("Add the organisation first, on the Organisations page."))
            return
        first_org = self.page.lookups["organisations"][0][0]

        def save(values: dict[str, Any]) -> Any:
            return self.page.ctx.write(lambda uow: placements.create_placement(uow, **values).id)

        today = clock.today()
        dialog = FormDialog(self.page, self.tr("New placement"), self._fields(first_org, new=True), save=save,
                            values={"kind": "internship", "hours_per_week": 8.0, "planned_start": today,
                                    "planned_end": today + dt.timedelta(weeks=40), "organisation_id": first_org,
                                    "enrolment_id": enrolment_id},
                            on_change=self._contacts_follow_organisation)
        if dialog.exec():
            self.page._target = {"placement_id": dialog.result_value}

    def edit_placement(self) -> None:
        from edtrainer.core.services import placements

        p = self.page.view.current_row()
        if p is None:
            return
        old = {k: getattr(p, k) for k in EDIT_FIELDS if k != "organisation_id"}
        fields = [f for f in self._fields(p.organisation_id, new=False) if f.name != "organisation_id"]
        self.page.edit_record(self.tr("Change the placement of %1").replace("%1", p.trainee), fields, old, p.version,
                         lambda uow, **kw: placements.update_placement(uow, placement_id=p.id, **kw),
                         intro=self.tr("At %1. For another organisation, end this placement and add a new one.")
                         .replace("%1", p.organisation))

    def _simple(self, title: str, fields: list[Field], call: Any, values: dict[str, Any] | None = None,
                intro: str = "") -> None:
        def save(form_values: dict[str, Any]) -> Any:
            return self.page.ctx.write(lambda uow: call(uow, **form_values))

        FormDialog(self.page, title, fields, save=save, values=values, intro=intro).exec()

    def sign_agreement(self) -> None:
        from edtrainer.core.services import placements

        p = self.page.view.current_row()
        if p is None:
            return
        self._simple(self.tr("Placement agreement of %1").replace("%1", p.trainee),
                     [Field("signed_on", self.tr("Signed on"), "date", required=True)],
                     lambda uow, **kw: placements.sign_agreement(uow, placement_id=p.id, **kw),
                     {"signed_on": p.agreement_signed_on or clock.today()})

    def start(self) -> None:
        from edtrainer.core.services import placements

        p = self.page.view.current_row()
        if p is None:
            return
        try:
            self.page.ctx.write(lambda uow: placements.start_placement(uow, placement_id=p.id))
        except EdtrainerError as error:
            self.page.error(error)

    def complete(self) -> None:
        from edtrainer.core.services import placements

        p = self.page.view.current_row()
        if p is None:
            return
        self._simple(self.tr("Complete the placement of %1").replace("%1", p.trainee),
                     [Field("on", self.tr("Ended on"), "date", errors=("end_date",))],
                     lambda uow, **kw: placements.complete_placement(uow, placement_id=p.id, **kw),
                     {"on": min(clock.today(), p.planned_end)})

    def end_early(self) -> None:
        from edtrainer.core.services import placements

        p = self.page.view.current_row()
        if p is None:
            return
        self._simple(self.tr("End the placement of %1 early").replace("%1", p.trainee),
                     [Field("reason", self.tr("Reason"), required=True, max_len=200,
                            help=self.tr("Keep it short: no medical or other private details")),
                      Field("on", self.tr("Ended on"), "date", errors=("end_date",))],
                     lambda uow, **kw: placements.end_placement_early(uow, placement_id=p.id, **kw),
                     {"on": clock.today()})

    def report(self) -> None:
        from edtrainer.core.services import reports

        p = self.page.view.current_row()
        if p is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Placement report"), self.tr(
            "Which report for %1 at %2?").replace("%1", p.trainee).replace("%2", p.organisation),
            QMessageBox.StandardButton.NoButton, self.page)
        box.setInformativeText(self.tr("The organisation's copy leaves out private remarks, attendance remarks "
                                       "and the trainee's contact details."))
        copy = box.addButton(self.tr("Copy for the &organisation"), QMessageBox.ButtonRole.AcceptRole)
        full = box.addButton(self.tr("&Full report (for the file)"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(copy)
        box.exec()
        if box.clickedButton() not in (copy, full):
            return
        organisation_copy = box.clickedButton() is copy
        lang = self.page.ctx.language
        self.page.document(self.tr("Placement report of %1").replace("%1", p.trainee),
                      lambda uow: reports.placement_report(uow, placement_id=p.id, organisation_copy=organisation_copy,
                                                           lang=lang),
                      f"stageverslag-{p.sort_name.split(',')[0].strip().lower().replace(' ', '-')}.pdf")

    # -- hours and evaluations ------------------------------------------------------------------

    def log_hours(self) -> None:
        from edtrainer.core.models import HourLogEntry
        from edtrainer.core.services import placements

        p = self.page.view.current_row()
        if p is None:
            return

        def save(values: dict[str, Any]) -> Any:
            return self.page.ctx.write(lambda uow: placements.log_hours(uow, placement_id=p.id, **values), source=None)

        dialog = FormDialog(self.page, self.tr("Log hours of %1").replace("%1", p.trainee), [
            Field("date", self.tr("Date"), "date", required=True),
            Field("hours", self.tr("Hours"), "number", required=True, help=self.tr("For example 4 or 2,5")),
            Field("activity", self.tr("Activity"), max_len=column_length(HourLogEntry, "activity"),
                  help=self.tr("What was done; no names of clients")),
        ], save=save, values={"date": clock.today()})
        dialog.exec()

    def approve(self) -> None:
        from edtrainer.core.services import placements

        p = self.page.view.current_row()
        chosen = [index.data(RowRole) for index in self.page.hours_view.selectionModel().selectedRows()]
        entries = sorted((h for h in chosen if h.approved_at is None), key=lambda h: (h.date, h.id))
        if p is None:
            return
        if not entries:
            self.page.status(self.tr("Select hours that wait for approval (Shift or Ctrl + click, or Shift + arrows)."))
            return
        contacts = self.page.lookups.get("contacts", {}).get(p.organisation_id, [])

        def save(values: dict[str, Any]) -> Any:
            return self.page.ctx.write(lambda uow: placements.approve_hours(
                uow, entry_ids=[e.id for e in entries], approved_by_id=values["approved_by_id"]))

        FormDialog(self.page, self.tr("Approve %1 hour entries").replace("%1", str(len(entries))), [
            Field("approved_by_id", self.tr("Approved by"), "choice", required=True, choices=contacts,
                  errors=("contact",), help=self.tr("The supervisor who signed the hours"))],
            save=save, values={"approved_by_id": p.supervisor_id},
            intro=self.tr("%1 hours in all.").replace("%1", fmt.hours(sum(e.minutes for e in entries)))).exec()

    def delete_hours(self) -> None:
        from edtrainer.core.services import placements

        entry = self.page.hours_view.current_row()
        if entry is None or not confirm(self.page, self.tr("Delete hours"), self.tr(
                "Delete the entry of %1 (%2 hours)?").replace("%1", fmt.date(entry.date))
                .replace("%2", fmt.hours(entry.minutes)), self.tr("Delete")):
            return
        try:
            self.page.ctx.write(lambda uow: placements.delete_hour_entry(uow, entry_id=entry.id))
        except EdtrainerError as error:
            self.page.error(error)

    def record_evaluation(self) -> None:
        from edtrainer.core.services import placements

        p = self.page.view.current_row()
        if p is None:
            return
        contacts = [(None, self.tr("(nobody)"))] + self.page.lookups.get("contacts", {}).get(p.organisation_id, [])
        criteria = list(placements.DEFAULT_CRITERIA)
        fields = [
            Field("kind", self.tr("Evaluation"), "choice", choices=[(k, _t(EVALUATIONS, k)) for k in EVALUATIONS]),
            Field("date", self.tr("Date"), "date", required=True),
            Field("evaluator_id", self.tr("Evaluated by"), "choice", choices=contacts, errors=("contact",)),
        ] + [Field(f"score_{i}", criterion, "int", low=1, high=5, errors=("score",) if i == 0 else (),
                   help=self.tr("1 insufficient … 5 excellent")) for i, criterion in enumerate(criteria)] + [
            Field("remarks", self.tr("Remarks"), "multiline", max_len=1000, errors=("remark",),
                  help=self.tr("Keep it to the work; no private details")),
        ]

        def save(values: dict[str, Any]) -> Any:
            ratings = {criterion: values.pop(f"score_{i}") for i, criterion in enumerate(criteria)}
            return self.page.ctx.write(lambda uow: placements.record_evaluation(uow, placement_id=p.id, ratings=ratings,
                                                                           **values))

        kind = "final" if "midterm" in p.evaluations else "midterm"
        defaults = {f"score_{i}": 3 for i in range(len(criteria))}
        FormDialog(self.page, self.tr("Evaluation of %1").replace("%1", p.trainee), fields, save=save,
                   values={"kind": kind, "date": clock.today(), "evaluator_id": p.supervisor_id, **defaults}).exec()
