"""Placements: a trainee in tandem with a professional at an organisation, with hours and evaluations.

Status follows the placement systems coordinators know: planned -> active (only with a signed
agreement) -> completed, or ended early with a reason.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from edtrainer.gui import fmt
from edtrainer.gui.pages.base import CohortPicker, Page
from edtrainer.gui.tr import QT_TRANSLATE_NOOP
from edtrainer.gui.widgets.tables import Column, RowTableModel, SearchBox
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
        from edtrainer.gui.pages.placement_actions import PlacementActions  # it uses this module's tables

        super().__init__(ctx, window)
        self.actions_ = PlacementActions(self)  # new, change, agreement, start, end, report, hours, evaluations
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
            on_activate=self.actions_.edit_placement, on_current=self.show_detail)
        top_layout.addWidget(self.view, 1)
        self.new_button = self.button(self.tr("&New placement…"), self.actions_.new_placement, parent=top,
                                      tip=self.tr("Start a placement for a trainee at an organisation"))
        self.edit_button = self.button(self.tr("Chan&ge…"), self.actions_.edit_placement, parent=top,
                                       tip=self.tr("Change the chosen placement"))
        self.sign_button = self.button(self.tr("Agreement &signed…"), self.actions_.sign_agreement, parent=top,
                                       tip=self.tr("Record the date the placement agreement was signed"))
        self.start_button = self.button(self.tr("S&tart"), self.actions_.start, parent=top,
                                        tip=self.tr("Only with a signed agreement"))
        self.complete_button = self.button(self.tr("Co&mplete…"), self.actions_.complete, parent=top,
                                           tip=self.tr("Mark the chosen placement as finished"))
        self.end_button = self.button(self.tr("End earl&y…"), self.actions_.end_early, parent=top,
                                      tip=self.tr("End the chosen placement before its planned end"))
        self.report_button = self.button(self.tr("Placement re&port…"), self.actions_.report, parent=top,
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
        self.add_hours_button = self.button(self.tr("&Log hours…"), self.actions_.log_hours, parent=hours,
                                            tip=self.tr("Enter hours worked on the chosen placement"))
        self.approve_button = self.button(self.tr("&Approve selected…"), self.actions_.approve, parent=hours,
                                          tip=self.tr("The placement supervisor signed these hours"))
        self.delete_hours_button = self.button(self.tr("&Delete entry"), self.actions_.delete_hours, parent=hours,
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
        self.evaluate_button = self.button(self.tr("&Record an evaluation…"), self.actions_.record_evaluation,
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
            QTimer.singleShot(0, lambda: self.actions_.new_placement(enrolment_id=target["new_for_enrolment"]))
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
        self.add_hours_button.setToolTip(self.tr("Enter hours worked on the chosen placement") if signed or p is None
                                         else self.tr("First record when the placement agreement was signed "
                                                      "(Agreement signed…)."))
        self.approve_button.setEnabled(p is not None)
        self.delete_hours_button.setEnabled(p is not None)
        self.evaluate_button.setEnabled(p is not None)

