"""Trainees: find anyone quickly, add and change people, and everything about their enrolments.

The list holds every trainee in memory (a few hundred bytes each) and shows them in batches, so a
provider with thousands of trainees sees the first screen at once; searching is instant.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QWidget

from edtrainer.core import clock
from edtrainer.gui import fmt
from edtrainer.gui.pages.base import Page
from edtrainer.gui.tr import QT_TRANSLATE_NOOP
from edtrainer.gui.widgets.flow import FlowLayout
from edtrainer.gui.widgets.forms import Field, FormDialog, confirm
from edtrainer.gui.widgets.row_menu import row_menu
from edtrainer.gui.widgets.tables import Column, RowTableModel, SearchBox

ENROLMENT_STATUS = {
    "active": QT_TRANSLATE_NOOP("TraineesPage", "active"),
    "paused": QT_TRANSLATE_NOOP("TraineesPage", "paused"),
    "withdrawn": QT_TRANSLATE_NOOP("TraineesPage", "withdrawn"),
    "completed": QT_TRANSLATE_NOOP("TraineesPage", "completed"),
}
FIRST_SCREEN = 200


def status_word(status: str | None) -> str:
    if status is None:
        return QCoreApplication.translate("TraineesPage", "not enrolled")
    return QCoreApplication.translate("TraineesPage", ENROLMENT_STATUS.get(status, status))


class TraineesPage(Page):
    name = "trainees"
    areas = frozenset({"trainees", "enrolments", "cohorts", "demo"})

    def title(self) -> str:
        return self.tr("Trainees")

    def __init__(self, ctx: Any, window: Any) -> None:
        super().__init__(ctx, window)
        self.search = SearchBox(self.tr("Search by name or e-mail (Ctrl+F)"), self)
        self.layout_.addWidget(self.search)
        filters = QWidget(self)
        self.search.textChanged.connect(self.apply_filters)
        self.cohort_filter = QComboBox(filters)
        self.cohort_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.cohort_filter.setAccessibleName(self.tr("Show the trainees of"))
        self.cohort_filter.currentIndexChanged.connect(self.apply_filters)
        self.status_filter = QComboBox(filters)
        self.status_filter.setAccessibleName(self.tr("Enrolment status"))
        self.status_filter.addItem(self.tr("Every status"), "")
        for key in ENROLMENT_STATUS:
            self.status_filter.addItem(status_word(key), key)
        self.status_filter.addItem(status_word(None), "none")
        self.status_filter.currentIndexChanged.connect(self.apply_filters)
        cohort_label = QLabel(self.tr("C&ohort:"), filters)
        cohort_label.setBuddy(self.cohort_filter)
        status_label = QLabel(self.tr("S&tatus:"), filters)
        status_label.setBuddy(self.status_filter)
        row = FlowLayout(filters)
        for widget in (cohort_label, self.cohort_filter, status_label, self.status_filter):
            row.addWidget(widget)
        self.layout_.addWidget(filters)

        self.model = RowTableModel([
            Column(self.tr("Name"), lambda r: r.sort_name),
            Column(self.tr("Cohort"), lambda r: r.cohort or ""),
            Column(self.tr("Status"), lambda r: status_word(r.status), searchable=False),
            Column(self.tr("Enrolled on"), lambda r: fmt.date(r.enrolled_on), sort=lambda r: r.enrolled_on,
                   searchable=False),
            Column(self.tr("E-mail"), lambda r: r.email or ""),
            Column(self.tr("Phone"), lambda r: r.phone or "", searchable=False),
        ], self, batch=FIRST_SCREEN)
        self.proxy, self.view = self.searchable_table(
            self.model, self, name=self.tr("Trainees"), object_name="trainees", on_activate=self.edit_trainee,
            on_current=self._update_buttons)
        self.layout_.addWidget(self.view, 1)
        self.count_label = QLabel(self)
        self.layout_.addWidget(self.count_label)

        self.new_button = self.button(self.tr("&New trainee…"), self.new_trainee, tip=self.tr("Add a new trainee"))
        self.edit_button = self.button(self.tr("Chan&ge…"), self.edit_trainee,
                                       tip=self.tr("Change the chosen trainee's name or contact details"))
        self.enrol_button = self.button(self.tr("Enro&l in a cohort…"), self.enrol,
                                        tip=self.tr("Enrol the chosen trainee in a cohort"))
        self.placement_button = self.button(self.tr("Add a pla&cement…"), self.add_placement,
                                            tip=self.tr("A new placement for this trainee, on the Placements page"))
        self.withdraw_button = self.button(self.tr("&Withdraw…"), lambda: self.transition("withdraw"),
                                           tip=self.tr("The chosen trainee stops the programme"))
        self.pause_button = self.button(self.tr("&Pause…"), lambda: self.transition("pause"),
                                        tip=self.tr("Pause the chosen trainee's enrolment for a while"))
        self.resume_button = self.button(self.tr("&Resume…"), lambda: self.transition("resume"),
                                         tip=self.tr("The chosen trainee takes part again after a pause"))
        self.complete_button = self.button(self.tr("Co&mplete…"), lambda: self.transition("complete"),
                                           tip=self.tr("Mark the chosen trainee's enrolment as finished"))
        self.export_button = self.button(self.tr("E&xport data (GDPR)…"), self.export_data,
                                         tip=self.tr("Everything held about this person, as a file (access request)"))
        self.erase_button = self.button(self.tr("Er&ase (GDPR)…"), self.erase,
                                        tip=self.tr("Make this person unidentifiable (erasure request)"))
        self.layout_.addWidget(self.button_row([self.new_button, self.edit_button, self.enrol_button,
                                                self.withdraw_button, self.pause_button, self.resume_button,
                                                self.complete_button]))
        self.audit_button = self.button(self.tr("Who &saw what…"), self.show_audit,
                                        tip=self.tr("The audit log about this person: who created, changed, viewed, "
                                                    "printed or exported what, and when"))
        self.layout_.addWidget(self.button_row([self.placement_button, self.export_button, self.erase_button,
                                                self.audit_button]))
        row_menu(self.view, [self.edit_button, self.enrol_button, self.placement_button])
        self._update_buttons()

    # -- loading --------------------------------------------------------------------------------

    def load(self) -> None:
        """The first screenful at once, the rest right behind it (a provider may have thousands)."""
        from edtrainer.core.services import trainees

        def first(rows: Any) -> None:
            self.show_rows(rows)
            if len(rows) >= FIRST_SCREEN:
                self.read(lambda uow: trainees.search_trainees(uow), self.show_rest)

        self.read(lambda uow: trainees.search_trainees(uow, limit=FIRST_SCREEN), first)

    def show_rest(self, rows: Any) -> None:
        """The whole list: the rows after the first screen are added behind it, in the same order."""
        shown = self.model.rows()
        if rows[:len(shown)] != shown:  # something changed in between: show the whole list afresh
            self.show_rows(rows, log=False)
            return
        self.model.extend_rows(rows[len(shown):])
        self._fill_cohort_filter(rows)
        self.apply_filters()

    def log_view(self) -> None:
        """The list of people was shown: written to the audit log in the background, after the list."""
        from edtrainer.core.services import access

        db, actor = self.ctx.db, self.ctx.actor
        if db is None:
            return
        # A write of its own (it waits for its turn, and runs again when it lost a race with another write),
        # not the end of a read: a read that starts writing after someone else wrote would be refused.
        self.ctx.run_in_background(lambda: db.run(lambda uow: access.log_access(
            uow, action="view", entity="trainee", via="gui"), actor=actor), lambda _result: None)

    def _fill_cohort_filter(self, rows: Any) -> None:
        current_filter = self.cohort_filter.currentData()
        self.cohort_filter.blockSignals(True)
        self.cohort_filter.clear()
        self.cohort_filter.addItem(self.tr("All cohorts"), "")
        for name in sorted({r.cohort for r in rows if r.cohort}, key=str.casefold):
            self.cohort_filter.addItem(name, name)
        self.cohort_filter.setCurrentIndex(max(0, self.cohort_filter.findData(current_filter)))
        self.cohort_filter.blockSignals(False)

    def show_rows(self, rows: Any, *, log: bool = True) -> None:
        keep = self.view.current_row()
        self._fill_cohort_filter(rows)
        self.model.set_rows(rows)
        if log:
            self.log_view()
        self.apply_filters()
        self.view.fit_columns(max_width=320)
        if keep is not None:
            self.view.select_first(lambda r: r.trainee_id == keep.trainee_id and r.enrolment_id == keep.enrolment_id)
        self.finished_loading()

    def apply_filters(self) -> None:
        cohort = self.cohort_filter.currentData() or ""
        status = self.status_filter.currentData() or ""
        if cohort or status:
            def accept(row: Any) -> bool:
                if cohort and row.cohort != cohort:
                    return False
                if status == "none":
                    return row.status is None
                return not status or row.status == status
            self.proxy.set_row_filter(accept)
        else:
            self.proxy.set_row_filter(None)
        self.proxy.set_query(self.search.text())
        self.view.keep_a_row_chosen()
        total = len(self.model.rows())
        shown = self.proxy.rowCount() if (cohort or status or self.search.text().strip()) else total
        self.count_label.setText(self.tr("%1 of %2 rows").replace("%1", str(shown)).replace("%2", str(total)))
        self._update_buttons()

    def apply_target(self) -> None:
        target, self._target = self._target, {}
        if "trainee_id" in target:
            self.view.select_first(lambda r: r.trainee_id == target["trainee_id"])

    def _update_buttons(self) -> None:
        row = self.view.current_row()
        has = row is not None
        status = row.status if has else None
        self.edit_button.setEnabled(has)
        self.enrol_button.setEnabled(has and status not in ("active", "paused"))
        self.placement_button.setEnabled(status in ("active", "paused", "completed"))
        self.withdraw_button.setEnabled(status in ("active", "paused"))
        self.pause_button.setEnabled(status == "active")
        self.resume_button.setEnabled(status == "paused")
        self.complete_button.setEnabled(status == "active")
        self.export_button.setEnabled(has)
        self.erase_button.setEnabled(has)
        self.audit_button.setEnabled(has)

    # -- actions --------------------------------------------------------------------------------

    def trainee_fields(self) -> list[Field]:
        return [
            Field("given_names", self.tr("Given names"), required=True, max_len=80),
            Field("name_prefix", self.tr("Name prefix"), max_len=20, help=self.tr("For example: van der, de, ten")),
            Field("family_name", self.tr("Family name"), required=True, max_len=80),
            Field("date_of_birth", self.tr("Date of birth"), "date", help=self.tr("Printed on the certificate")),
            Field("birth_place", self.tr("Place of birth"), max_len=80, help=self.tr("Printed on the certificate")),
            Field("email", self.tr("E-mail address"), max_len=254),
            Field("phone", self.tr("Phone number"), max_len=30),
        ]

    def new_trainee(self) -> None:
        from edtrainer.core.services import trainees

        self.create_record(self.tr("New trainee"), self.trainee_fields(), trainees.create_trainee,
                           intro=self.tr("Only what the programme and the certificate need. edtrainer stores no "
                                         "citizen service number (BSN)."),
                           select=lambda person: {"trainee_id": person.id})

    def edit_trainee(self) -> None:
        from edtrainer.core.services import trainees

        row = self.view.current_row()
        if row is None:
            return
        with self.ctx.uow() as uow:
            person = trainees.get_trainee(uow, row.trainee_id)
        names = ("given_names", "name_prefix", "family_name", "date_of_birth", "birth_place", "email", "phone")
        self.edit_record(self.tr("Change trainee %1").replace("%1", person.full_name), self.trainee_fields(),
                         {name: getattr(person, name) for name in names}, person.version,
                         lambda uow, **kw: trainees.update_trainee(uow, trainee_id=row.trainee_id, **kw))

    def enrol(self) -> None:
        from edtrainer.core.services import cohorts, staff, trainees

        row = self.view.current_row()
        if row is None:
            return
        with self.ctx.uow() as uow:
            buddies = [(None, self.tr("(none)"))] + [(b.id, b.full_name) for b in staff.list_staff(uow, role="buddy")]
            open_cohorts = [(c.id, c.name) for c in cohorts.list_cohorts(uow) if c.status in ("planned", "running")]

        def save(values: dict[str, Any]) -> Any:
            return self.ctx.write(lambda uow: trainees.enrol(uow, trainee_id=row.trainee_id, **values).id)

        dialog = FormDialog(self, self.tr("Enrol %1").replace("%1", row.full_name), [
            Field("cohort_id", self.tr("Cohort"), "choice", required=True, choices=open_cohorts, errors=("cohort",)),
            Field("enrolled_on", self.tr("Enrolled on"), "date", help=self.tr("Empty: the cohort's start or today")),
            Field("buddy_id", self.tr("Buddy (maatje)"), "choice", choices=buddies),
        ], save=save)
        if dialog.exec():
            self._target = {"trainee_id": row.trainee_id}

    def add_placement(self) -> None:
        row = self.view.current_row()
        if row is None or row.enrolment_id is None:
            return
        self.window_.show_page("placements", cohort_id=row.cohort_id, new_for_enrolment=row.enrolment_id)

    def transition(self, action: str) -> None:
        from edtrainer.core.services import trainees

        row = self.view.current_row()
        if row is None or row.enrolment_id is None:
            return
        titles = {"withdraw": self.tr("Withdraw %1"), "pause": self.tr("Pause the enrolment of %1"),
                  "resume": self.tr("Resume the enrolment of %1"), "complete": self.tr("Complete the enrolment of %1")}
        fields = []
        if action == "withdraw":
            fields.append(Field("category", self.tr("Why, in short"), "choice", choices=[
                ("health", self.tr("health")), ("work", self.tr("found work")),
                ("personal", self.tr("personal circumstances")), ("moved", self.tr("moved away")),
                ("programme", self.tr("the programme did not suit")), ("other", self.tr("other"))],
                help=self.tr("Counted in reports for funders; never the reason's own words")))
            fields.append(Field("reason", self.tr("Reason"), required=True, max_len=200,
                                help=self.tr("Keep it short: no medical or other private details")))
        fields.append(Field("on", self.tr("Date"), "date", errors=("date",), help=self.tr("Empty: today")))
        intros = {"pause": self.tr("While paused, the trainee is not expected at sessions. On resuming, the sessions "
                                   "of the pause count as excused."),
                  "withdraw": self.tr("The trainee can get a participation statement. This cannot be undone; a "
                                      "new enrolment in a later cohort is possible.")}
        fn = getattr(trainees, action)

        def save(values: dict[str, Any]) -> Any:
            return self.ctx.write(lambda uow: fn(uow, enrolment_id=row.enrolment_id, **values))

        dialog = FormDialog(self, titles[action].replace("%1", row.full_name), fields, save=save,
                            values={"on": clock.today(), "category": "personal"}, intro=intros.get(action, ""))
        dialog.exec()

    def export_data(self) -> None:
        import json

        from edtrainer.core.files import write_private
        from edtrainer.core.services import privacy

        row = self.view.current_row()
        if row is None:
            return
        suggestion = str(Path.home() / f"gegevens-{row.trainee_id}.pdf")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export everything held about %1").replace(
            "%1", row.full_name), suggestion, self.tr("PDF and JSON (*.pdf)"))
        if not path:
            return
        # Both: the PDF to read, and the same data as JSON to take elsewhere (AVG art. 15 and 20).
        pdf_path, json_path = Path(path).with_suffix(".pdf"), Path(path).with_suffix(".json")
        language = self.ctx.language

        def export(uow: Any, _task: Any) -> None:
            data = privacy.export_trainee_data(uow, trainee_id=row.trainee_id)
            write_private(pdf_path, privacy.export_as_pdf(uow, data, language), overwrite=True)
            write_private(json_path, json.dumps(data, ensure_ascii=False, indent=2).encode(), overwrite=True)

        self.ctx.work(export, lambda _result: self.status(
            self.tr("Exported to %1 and %2 (readable by you only).").replace("%1", str(pdf_path))
            .replace("%2", json_path.name)), label=self.tr("Exporting…"), parent=self)

    def show_audit(self) -> None:
        row = self.view.current_row()
        if row is not None:
            from edtrainer.gui.window_actions import show_audit_log

            show_audit_log(self.window_, trainee_id=row.trainee_id, trainee_name=row.full_name)

    def erase(self) -> None:
        from edtrainer.core import ops
        from edtrainer.core.services import privacy

        row = self.view.current_row()
        if row is None:
            return
        if not confirm(self, self.tr("Erase %1").replace("%1", row.full_name),
                       self.tr("This makes %1 unidentifiable: name, contact details and all free text about them are "
                               "removed for good. Counts of the cohort stay. Older backups still hold the data. "
                               "This cannot be undone.").replace("%1", row.full_name), self.tr("Continue…")):
            return

        done: list[Any] = []

        def save(values: dict[str, Any]) -> Any:
            db = self.ctx.db
            assert db is not None
            # A backup first (the erased data can be restored only by whoever may see it anyway).
            op = ops.run(lambda: privacy.erase_with_backup(db, trainee_id=row.trainee_id, reason=values["reason"],
                                                           category=values["category"], actor=self.ctx.actor))
            erased = op.result
            done.append(erased)
            self.ctx.notify(op.changes.areas)
            self.ctx.undo_stack.clear()
            return erased.trainee_id

        FormDialog(self, self.tr("Erase %1").replace("%1", row.full_name), [
            Field("category", self.tr("Why"), kind="choice", required=True,
                  choices=[("request", self.tr("request of the person")),
                           ("retention", self.tr("retention period passed")), ("other", self.tr("other"))]),
            Field("reason", self.tr("Reason"), required=True, max_len=200,
                  help=self.tr("For example: request of the person on 24-11-2026. Their names, e-mail and phone "
                               "are taken out of what you write."))], save=save,
                   values={"category": "request"}, save_text=self.tr("Erase for good")).exec()
        if done:
            self._tell_erased(done[0])

    def _tell_erased(self, erased: Any) -> None:
        from PySide6.QtWidgets import QMessageBox

        from edtrainer.core import i18n
        from edtrainer.core.services import privacy

        text = i18n.text("erase_done", self.ctx.language, id=erased.trainee_id)
        if (holding := privacy.backups_still_holding(erased, self.ctx.language)) is not None:
            text += "\n\n" + holding
        QMessageBox.information(self, self.tr("Erased"), text)
