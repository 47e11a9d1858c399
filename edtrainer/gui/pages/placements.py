"""Placements: a trainee in tandem with a professional at an organisation, with hours and evaluations.

Status follows the placement systems coordinators know: planned -> active (only with a signed
agreement) -> completed, or ended early with a reason.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QLabel, QMessageBox, QSplitter, QTabWidget, QVBoxLayout, QWidget

from edtrainer.core import clock
from edtrainer.core.errors import EdtrainerError
from edtrainer.gui import fmt
from edtrainer.gui.pages.base import CohortPicker, Page
from edtrainer.gui.tr import QT_TRANSLATE_NOOP
from edtrainer.gui.widgets.forms import Field, FormDialog, confirm
from edtrainer.gui.widgets.length_hint import column_length
from edtrainer.gui.widgets.tables import Column, RowRole, RowTableModel, SearchBox
from edtrainer.gui.widgets.wrap import wrap

STATUS = {
    "planned": QT_TRANSLATE_NOOP("PlacementsPage", "planned"),
    "active": QT_TRANSLATE_NOOP("PlacementsPage", "active"),
    "completed": QT_TRANSLATE_NOOP("PlacementsPage", "completed"),
    "ended_early": QT_TRANSLATE_NOOP("PlacementsPage", "ended early"),
}
KINDS = {"internship": QT_TRANSLATE_NOOP("PlacementsPage", "work placement (stage)"),
         "paid": QT_TRANSLATE_NOOP("PlacementsPage", "paid work")}
EVALUATIONS = {"midterm": QT_TRANSLATE_NOOP("PlacementsPage", "midterm evaluation"),
               "final": QT_TRANSLATE_NOOP("PlacementsPage", "final evaluation")}
EDIT_FIELDS = ("organisation_id", "tandem_professional_id", "supervisor_id", "kind", "planned_start", "planned_end",
               "hours_per_week", "agreement_signed_on")


def _t(table: dict[str, str], key: str) -> str:
    return QCoreApplication.translate("PlacementsPage", table.get(key, key))


class PlacementsPage(Page):
    name = "placements"
    areas = frozenset({"placements", "hours", "evaluations", "organisations", "enrolments", "cohorts", "demo"})

    def title(self) -> str:
        return self.tr("Placements")

    def __init__(self, ctx: Any, window: Any) -> None:
        super().__init__(ctx, window)
        self.picker = CohortPicker(ctx, self, allow_all=True)
        self.picker.chosen.connect(lambda _cid: self.load_rows())
        self.layout_.addWidget(self.picker)
        self.search = SearchBox(self.tr("Search by trainee or organisation (Ctrl+F)"), self)
        self.layout_.addWidget(self.search)
        split = QSplitter(Qt.Orientation.Vertical, self)
        top = QWidget(split)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        self.model = RowTableModel([
            Column(self.tr("Trainee"), lambda p: p.sort_name),
            Column(self.tr("Organisation"), lambda p: p.organisation),
            Column(self.tr("Tandem professional"), lambda p: p.tandem_professional or ""),
            Column(self.tr("Period"),
                   lambda p: f"{fmt.date(p.planned_start)} – {fmt.date(p.ended_on or p.planned_end)}",
                   sort=lambda p: p.planned_start, searchable=False),
            Column(self.tr("Status"), lambda p: _t(STATUS, p.status)),
            Column(self.tr("Agreement"), self._agreement_text, sort=lambda p: p.agreement_signed_on or dt.date.min,
                   searchable=False),
            Column(self.tr("Hours approved"), self._hours_text, sort=lambda p: p.approved_minutes,
                   align=Qt.AlignmentFlag.AlignRight, searchable=False),
            Column(self.tr("Evaluations"), lambda p: ", ".join(_t(EVALUATIONS, e) for e in p.evaluations) or "—",
                   searchable=False),
        ], self)
        self.proxy, self.view = self.searchable_table(
            self.model, top, name=self.tr("Placements"), object_name="placements", search=self.search,
            on_activate=self.edit_placement, on_current=self.show_detail)
        top_layout.addWidget(self.view, 1)
        self.new_button = self.button(self.tr("&New placement…"), self.new_placement, parent=top)
        self.edit_button = self.button(self.tr("Chan&ge…"), self.edit_placement, parent=top)
        self.sign_button = self.button(self.tr("Agreement &signed…"), self.sign_agreement, parent=top)
        self.start_button = self.button(self.tr("S&tart"), self.start, parent=top,
                                        tip=self.tr("Only with a signed agreement"))
        self.complete_button = self.button(self.tr("Co&mplete…"), self.complete, parent=top)
        self.end_button = self.button(self.tr("End earl&y…"), self.end_early, parent=top)
        self.report_button = self.button(self.tr("Placement re&port…"), self.report, parent=top,
                                         tip=self.tr("A PDF for the organisation, with signature blocks"))
        top_layout.addWidget(self.button_row([self.new_button, self.edit_button, self.sign_button, self.start_button,
                                              self.complete_button, self.end_button], top))
        top_layout.addWidget(self.button_row([self.report_button], top))

        self.tabs = QTabWidget(split)
        hours = QWidget(self.tabs)
        hours_layout = QVBoxLayout(hours)
        self.hours_model = RowTableModel([
            Column(self.tr("Date"), lambda h: fmt.date(h.date), sort=lambda h: h.date),
            Column(self.tr("Hours"), lambda h: fmt.hours(h.minutes), sort=lambda h: h.minutes,
                   align=Qt.AlignmentFlag.AlignRight),
            Column(self.tr("Activity"), lambda h: h.activity or ""),
            Column(self.tr("Approved"), self._approved_text, sort=lambda h: h.approved_at is not None),
        ], self)
        self.hours_search = SearchBox(self.tr("Search the hour log by date or activity"), hours)
        self.hours_proxy, self.hours_view = self.searchable_table(
            self.hours_model, hours, name=self.tr("Hour log"), search=self.hours_search)
        self.hours_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.hours_total = QLabel(hours)
        wrap(self.hours_total)
        hours_layout.addWidget(self.hours_total)
        hours_layout.addWidget(self.hours_search)
        hours_layout.addWidget(self.hours_view, 1)
        self.add_hours_button = self.button(self.tr("&Log hours…"), self.log_hours, parent=hours)
        self.approve_button = self.button(self.tr("&Approve selected…"), self.approve, parent=hours,
                                          tip=self.tr("The placement supervisor signed these hours"))
        self.delete_hours_button = self.button(self.tr("&Delete entry"), self.delete_hours, parent=hours,
                                               tip=self.tr("Only hours not yet approved"))
        hours_layout.addWidget(self.button_row([self.add_hours_button, self.approve_button,
                                                self.delete_hours_button], hours))
        self.tabs.addTab(hours, self.tr("H&our log"))

        evaluations = QWidget(self.tabs)
        ev_layout = QVBoxLayout(evaluations)
        self.ev_model = RowTableModel([
            Column(self.tr("Evaluation"), lambda e: _t(EVALUATIONS, e.kind.value)),
            Column(self.tr("Date"), lambda e: fmt.date(e.date), sort=lambda e: e.date),
            Column(self.tr("By"), lambda e: e.evaluator.full_name if e.evaluator else ""),
            Column(self.tr("Scores (1–5)"), lambda e: ", ".join(f"{r.criterion}: {r.score}" for r in e.ratings)),
            Column(self.tr("Remarks"), lambda e: e.remarks or ""),
        ], self)
        # At most a midterm and a final evaluation: sortable, too short to need a search field.
        self.ev_proxy, self.ev_view = self.searchable_table(self.ev_model, evaluations, name=self.tr("Evaluations"))
        self.ev_view.setWordWrap(True)
        ev_layout.addWidget(self.ev_view, 1)
        self.evaluate_button = self.button(self.tr("&Record an evaluation…"), self.record_evaluation,
                                           parent=evaluations)
        ev_layout.addWidget(self.button_row([self.evaluate_button], evaluations))
        self.tabs.addTab(evaluations, self.tr("Evaluat&ions"))
        split.addWidget(top)
        split.addWidget(self.tabs)
        split.setChildrenCollapsible(False)
        self.layout_.addWidget(split, 1)
        self.lookups: dict[str, Any] = {}
        self._update_buttons()

    # -- texts ----------------------------------------------------------------------------------

    def _agreement_text(self, p: Any) -> str:
        if p.agreement_signed_on:
            return f"✓ {fmt.date(p.agreement_signed_on)}"
        return "✗ " + self.tr("not signed")

    def _hours_text(self, p: Any) -> str:
        text = fmt.hours(p.approved_minutes)
        if p.pending_minutes:
            text += " " + self.tr("(+%1 waiting)").replace("%1", fmt.hours(p.pending_minutes))
        return text

    def _approved_text(self, h: Any) -> str:
        if h.approved_at is None:
            return "… " + self.tr("waiting")
        who = h.approved_by.full_name if h.approved_by else ""
        return f"✓ {fmt.date(h.approved_at.date())} {who}".strip()

    # -- loading --------------------------------------------------------------------------------

    def load(self) -> None:
        def fetch(uow: Any) -> Any:
            from edtrainer.core.services import cohorts, organisations

            orgs = organisations.list_organisations(uow)
            contacts = {o.id: [(c.id, c.full_name + (f" ({c.job_title})" if c.job_title else ""))
                               for c in organisations.list_contacts(uow, organisation_id=o.id)] for o in orgs}
            return cohorts.list_cohorts(uow), {"organisations": [(o.id, o.name) for o in orgs], "contacts": contacts}

        def show(result: Any) -> None:
            cohort_rows, self.lookups = result
            self.picker.set_cohorts(cohort_rows)

        self.read(fetch, show)

    def load_rows(self) -> None:
        if self.ctx.db is None:
            return
        cohort_id = self.picker.current_id() or None

        def fetch(uow: Any) -> Any:
            from edtrainer.core.services import placements, trainees

            enrolments = []
            for row in trainees.search_trainees(uow, cohort_id=cohort_id):
                if row.enrolment_id and row.status in ("active", "paused", "completed"):
                    enrolments.append((row.enrolment_id, f"{row.full_name} — {row.cohort}"))
            return placements.placement_rows(uow, cohort_id=cohort_id), enrolments

        self.read(fetch, self.show_rows)

    def show_rows(self, result: Any) -> None:
        rows, self.lookups["enrolments"] = result
        self.view.refill(self.model, rows, max_width=300)
        self.show_detail()
        self.finished_loading()

    def show_detail(self) -> None:
        self._update_buttons()
        placement = self.view.current_row()
        if placement is None or self.ctx.db is None:
            self.hours_model.set_rows([])
            self.ev_model.set_rows([])
            self.hours_total.setText("")
            return

        def fetch(uow: Any) -> Any:
            from edtrainer.core.services import placements

            return (placements.hour_entries(uow, placement_id=placement.id),
                    placements.evaluations_of(uow, placement_id=placement.id))

        def show(result: Any) -> None:
            entries, evaluations = result
            self.hours_model.set_rows(entries)
            self.hours_view.fit_columns()
            self.ev_model.set_rows(evaluations)
            self.ev_view.fit_columns(max_width=500)
            self.hours_total.setText(self.tr("%1: %2 hours approved, %3 hours waiting for approval; %4 hours per "
                                             "week planned.").replace("%1", placement.trainee)
                                     .replace("%2", fmt.hours(placement.approved_minutes))
                                     .replace("%3", fmt.hours(placement.pending_minutes))
                                     .replace("%4", fmt.number(placement.hours_per_week))
                                     + ("" if placement.agreement_signed_on or placement.status not in ("planned",
                                                                                                        "active")
                                        else " " + self.add_hours_button.toolTip()))

        self.read(fetch, show, channel="detail")

    def apply_target(self) -> None:
        if self.loading and "new_for_enrolment" in self._target:  # the dialog needs the lists: after loading
            return
        target, self._target = self._target, {}
        cohort_id = target.get("cohort_id")
        if cohort_id and self.picker.current_id() not in (0, cohort_id):
            self._target = target
            self.picker.select(cohort_id)
            return
        if "new_for_enrolment" in target:  # 'Add a placement…' on the Trainees page: after the lists are here
            QTimer.singleShot(0, lambda: self.new_placement(enrolment_id=target["new_for_enrolment"]))
        if "placement_id" in target:
            self.view.select_first(lambda p: p.id == target["placement_id"])
            tab = target.get("tab")
            self.tabs.setCurrentIndex(1 if tab == "evaluation" else 0)
            if tab == "agreement":
                self.sign_button.setFocus()
            elif tab == "hours":
                self.hours_view.setFocus()
            elif tab == "evaluation":
                self.evaluate_button.setFocus()

    def _update_buttons(self) -> None:
        p = self.view.current_row()
        status = p.status if p else None
        self.edit_button.setEnabled(p is not None)
        self.report_button.setEnabled(p is not None)
        self.sign_button.setEnabled(status in ("planned", "active"))
        self.start_button.setEnabled(status == "planned")
        self.complete_button.setEnabled(status == "active")
        self.end_button.setEnabled(status in ("planned", "active"))
        signed = p is not None and p.agreement_signed_on is not None
        self.add_hours_button.setEnabled(status in ("planned", "active") and signed)
        # Said where the disabled button is, so nobody wonders why hours cannot be logged.
        self.add_hours_button.setToolTip("" if signed or p is None else self.tr(
            "First record when the placement agreement was signed (Agreement signed…)."))
        self.approve_button.setEnabled(p is not None)
        self.delete_hours_button.setEnabled(p is not None)
        self.evaluate_button.setEnabled(p is not None)

    # -- placement ------------------------------------------------------------------------------

    def _fields(self, organisation_id: int | None, *, new: bool) -> list[Field]:
        contacts = [(None, self.tr("(nobody yet)"))] + self.lookups.get("contacts", {}).get(organisation_id, [])
        fields = []
        if new:
            fields.append(Field("enrolment_id", self.tr("Trainee"), "choice", required=True,
                                choices=self.lookups.get("enrolments", []), errors=("enrolment",)))
        fields += [
            Field("organisation_id", self.tr("Organisation"), "choice", required=True,
                  choices=self.lookups.get("organisations", []), errors=("organisation",)),
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
        contacts = [(None, self.tr("(nobody yet)"))] + self.lookups.get("contacts", {}).get(organisation_id, [])
        for name in ("tandem_professional_id", "supervisor_id"):
            dialog.set_choices(name, contacts)

    def new_placement(self, enrolment_id: int | None = None) -> None:
        """A new placement for ``enrolment_id``, or else for the trainee of the chosen row."""
        from edtrainer.core.services import placements

        if enrolment_id is None and (chosen := self.view.current_row()) is not None:
            enrolment_id = chosen.enrolment_id
        if not self.lookups.get("organisations"):
            self.status(self.tr("Add the organisation first, on the Organisations page."))
            return
        first_org = self.lookups["organisations"][0][0]

        def save(values: dict[str, Any]) -> Any:
            return self.ctx.write(lambda uow: placements.create_placement(uow, **values).id)

        today = clock.today()
        dialog = FormDialog(self, self.tr("New placement"), self._fields(first_org, new=True), save=save,
                            values={"kind": "internship", "hours_per_week": 8.0, "planned_start": today,
                                    "planned_end": today + dt.timedelta(weeks=40), "organisation_id": first_org,
                                    "enrolment_id": enrolment_id},
                            on_change=self._contacts_follow_organisation)
        if dialog.exec():
            self._target = {"placement_id": dialog.result_value}

    def edit_placement(self) -> None:
        from edtrainer.core.services import placements

        p = self.view.current_row()
        if p is None:
            return
        old = {k: getattr(p, k) for k in EDIT_FIELDS if k != "organisation_id"}
        fields = [f for f in self._fields(p.organisation_id, new=False) if f.name != "organisation_id"]
        self.edit_record(self.tr("Change the placement of %1").replace("%1", p.trainee), fields, old, p.version,
                         lambda uow, **kw: placements.update_placement(uow, placement_id=p.id, **kw),
                         intro=self.tr("At %1. For another organisation, end this placement and add a new one.")
                         .replace("%1", p.organisation))

    def _simple(self, title: str, fields: list[Field], call: Any, values: dict[str, Any] | None = None,
                intro: str = "") -> None:
        def save(form_values: dict[str, Any]) -> Any:
            return self.ctx.write(lambda uow: call(uow, **form_values))

        FormDialog(self, title, fields, save=save, values=values, intro=intro).exec()

    def sign_agreement(self) -> None:
        from edtrainer.core.services import placements

        p = self.view.current_row()
        if p is None:
            return
        self._simple(self.tr("Placement agreement of %1").replace("%1", p.trainee),
                     [Field("signed_on", self.tr("Signed on"), "date", required=True)],
                     lambda uow, **kw: placements.sign_agreement(uow, placement_id=p.id, **kw),
                     {"signed_on": p.agreement_signed_on or clock.today()})

    def start(self) -> None:
        from edtrainer.core.services import placements

        p = self.view.current_row()
        if p is None:
            return
        try:
            self.ctx.write(lambda uow: placements.start_placement(uow, placement_id=p.id))
        except EdtrainerError as error:
            self.error(error)

    def complete(self) -> None:
        from edtrainer.core.services import placements

        p = self.view.current_row()
        if p is None:
            return
        self._simple(self.tr("Complete the placement of %1").replace("%1", p.trainee),
                     [Field("on", self.tr("Ended on"), "date", errors=("end_date",))],
                     lambda uow, **kw: placements.complete_placement(uow, placement_id=p.id, **kw),
                     {"on": min(clock.today(), p.planned_end)})

    def end_early(self) -> None:
        from edtrainer.core.services import placements

        p = self.view.current_row()
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

        p = self.view.current_row()
        if p is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Placement report"), self.tr(
            "Which report for %1 at %2?").replace("%1", p.trainee).replace("%2", p.organisation),
            QMessageBox.StandardButton.NoButton, self)
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
        lang = self.ctx.language
        self.document(self.tr("Placement report of %1").replace("%1", p.trainee),
                      lambda uow: reports.placement_report(uow, placement_id=p.id, organisation_copy=organisation_copy,
                                                           lang=lang),
                      f"stageverslag-{p.sort_name.split(',')[0].strip().lower().replace(' ', '-')}.pdf")

    # -- hours and evaluations ------------------------------------------------------------------

    def log_hours(self) -> None:
        from edtrainer.core.models import HourLogEntry
        from edtrainer.core.services import placements

        p = self.view.current_row()
        if p is None:
            return

        def save(values: dict[str, Any]) -> Any:
            return self.ctx.write(lambda uow: placements.log_hours(uow, placement_id=p.id, **values), source=None)

        dialog = FormDialog(self, self.tr("Log hours of %1").replace("%1", p.trainee), [
            Field("date", self.tr("Date"), "date", required=True),
            Field("hours", self.tr("Hours"), "number", required=True, help=self.tr("For example 4 or 2,5")),
            Field("activity", self.tr("Activity"), max_len=column_length(HourLogEntry, "activity"),
                  help=self.tr("What was done; no names of clients")),
        ], save=save, values={"date": clock.today()})
        dialog.exec()

    def approve(self) -> None:
        from edtrainer.core.services import placements

        p = self.view.current_row()
        chosen = [index.data(RowRole) for index in self.hours_view.selectionModel().selectedRows()]
        entries = sorted((h for h in chosen if h.approved_at is None), key=lambda h: (h.date, h.id))
        if p is None:
            return
        if not entries:
            self.status(self.tr("Select hours that wait for approval (Shift or Ctrl + click, or Shift + arrows)."))
            return
        contacts = self.lookups.get("contacts", {}).get(p.organisation_id, [])

        def save(values: dict[str, Any]) -> Any:
            return self.ctx.write(lambda uow: placements.approve_hours(
                uow, entry_ids=[e.id for e in entries], approved_by_id=values["approved_by_id"]))

        FormDialog(self, self.tr("Approve %1 hour entries").replace("%1", str(len(entries))), [
            Field("approved_by_id", self.tr("Approved by"), "choice", required=True, choices=contacts,
                  errors=("contact",), help=self.tr("The supervisor who signed the hours"))],
            save=save, values={"approved_by_id": p.supervisor_id},
            intro=self.tr("%1 hours in all.").replace("%1", fmt.hours(sum(e.minutes for e in entries)))).exec()

    def delete_hours(self) -> None:
        from edtrainer.core.services import placements

        entry = self.hours_view.current_row()
        if entry is None or not confirm(self, self.tr("Delete hours"), self.tr(
                "Delete the entry of %1 (%2 hours)?").replace("%1", fmt.date(entry.date))
                .replace("%2", fmt.hours(entry.minutes)), self.tr("Delete")):
            return
        try:
            self.ctx.write(lambda uow: placements.delete_hour_entry(uow, entry_id=entry.id))
        except EdtrainerError as error:
            self.error(error)

    def record_evaluation(self) -> None:
        from edtrainer.core.services import placements

        p = self.view.current_row()
        if p is None:
            return
        contacts = [(None, self.tr("(nobody)"))] + self.lookups.get("contacts", {}).get(p.organisation_id, [])
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
            return self.ctx.write(lambda uow: placements.record_evaluation(uow, placement_id=p.id, ratings=ratings,
                                                                           **values))

        kind = "final" if "midterm" in p.evaluations else "midterm"
        defaults = {f"score_{i}": 3 for i in range(len(criteria))}
        FormDialog(self, self.tr("Evaluation of %1").replace("%1", p.trainee), fields, save=save,
                   values={"kind": kind, "date": clock.today(), "evaluator_id": p.supervisor_id, **defaults}).exec()
