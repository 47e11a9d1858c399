"""Certification: per cohort, who is ready for the certificate and, in plain words, what is still missing;
and the module results, entered with one key per trainee and module."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from edtrainer.core import clock
from edtrainer.core.errors import ConflictError, EdtrainerError
from edtrainer.gui import fmt
from edtrainer.gui.pages.base import CohortPicker, Page
from edtrainer.gui.pages.certificate_register import CertificateRegister
from edtrainer.gui.undo import ServiceCommand
from edtrainer.gui.widgets.forms import Field, FormDialog, confirm
from edtrainer.gui.widgets.results import RESULTS, ResultsModel, ResultsView, result_text
from edtrainer.gui.widgets.tables import Column, RowTableModel, SearchBox
from edtrainer.gui.widgets.wrap import wrap


@dataclass(frozen=True)
class CertificationData:
    readiness: list[Any]
    results: Any
    staff: list[tuple[int, str]]
    register: list[Any]


class CertificationPage(Page):
    name = "certification"
    areas = frozenset({"attendance", "results", "placements", "hours", "evaluations", "enrolments", "programmes",
                       "certificates", "cohorts", "sessions", "demo"})

    def title(self) -> str:
        return self.tr("Certification")

    def __init__(self, ctx: Any, window: Any) -> None:
        super().__init__(ctx, window)
        self.picker = CohortPicker(ctx, self)
        self.picker.chosen.connect(lambda _cid: self.load_cohort())
        self.layout_.addWidget(self.picker)
        self.summary = QLabel(self)
        wrap(self.summary)
        self.layout_.addWidget(self.summary)
        self.tabs = QTabWidget(self)
        self.layout_.addWidget(self.tabs, 1)

        ready_tab = QWidget(self.tabs)
        ready_layout = QVBoxLayout(ready_tab)
        self.ready_model = RowTableModel([
            Column(self.tr("Trainee"), lambda r: r.trainee, sort=lambda r: r.sort_name),
            Column(self.tr("Ready"), lambda r: ("✓ " + self.tr("ready")) if r.readiness.ready
                   else ("✗ " + self.tr("not yet")), sort=lambda r: r.readiness.ready),
            Column(self.tr("Attendance"), self._attendance_text, sort=lambda r: r.readiness.attendance_rate or 0),
            Column(self.tr("Placement hours"), lambda r: f"{fmt.number(int(r.readiness.approved_hours * 10) / 10)}"
                   f" / {r.readiness.required_hours}", sort=lambda r: r.readiness.approved_hours),
            Column(self.tr("What is still missing"), self._missing_text, sort=lambda r: len(r.readiness.unmet),
                   searchable=False, tooltip=lambda r: "\n".join(u.text(self.ctx.language) for u in r.readiness.unmet)),
        ], self)
        self.search = SearchBox(self.tr("Search trainees (Ctrl+F)"), ready_tab)
        ready_layout.addWidget(self.search)
        self.ready_proxy, self.ready_view = self.searchable_table(
            self.ready_model, ready_tab, name=self.tr("Readiness for the certificate"), object_name="readiness",
            search=self.search, on_activate=self.focus_detail)
        split = QSplitter(Qt.Orientation.Vertical, ready_tab)
        split.addWidget(self.ready_view)
        self.detail = QTextBrowser(split)
        self.detail.setAccessibleName(self.tr("What the chosen trainee still needs"))
        split.addWidget(self.detail)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.ready_view.selectionModel().currentRowChanged.connect(lambda *_: self.show_person(
            self.ready_view.current_row()))
        ready_layout.addWidget(split, 1)
        self.issue_button = self.button(self.tr("&Issue certificates…"), self.issue_batch, parent=ready_tab,
                                        tip=self.tr("To everyone in the cohort who is ready; signed and frozen"))
        self.override_button = self.button(self.tr("Issue &anyway…"), self.issue_override, parent=ready_tab,
                                           tip=self.tr("For the chosen trainee, with the reason recorded"))
        self.statement_button = self.button(self.tr("Progress &statement…"), self.statement, parent=ready_tab,
                                            tip=self.tr("What the chosen trainee can take home"))
        self.report_button = self.button(self.tr("Cohort progress re&port…"), self.cohort_report, parent=ready_tab,
                                         tip=self.tr("A PDF with every trainee's progress in this cohort"))
        ready_layout.addWidget(self.button_row([self.issue_button, self.override_button, self.statement_button,
                                                self.report_button], ready_tab))
        self.needs_row(self.ready_view, self.override_button, self.statement_button)
        self.tabs.addTab(ready_tab, self.tr("&Readiness"))

        results_tab = QWidget(self.tabs)
        results_layout = QVBoxLayout(results_tab)
        legend = QLabel(self.tr("Keys: P %1 · N %2 · 0 %3 · Enter: date, assessor and remark").replace(
            "%1", result_text("passed")).replace("%2", result_text("not_passed")).replace("%3", result_text("pending")),
            results_tab)
        wrap(legend)
        results_layout.addWidget(legend)
        self.results_model = ResultsModel(self)
        self.results_view = ResultsView(results_tab)
        self.results_view.setObjectName("results")
        self.results_view.setModel(self.results_model)
        self.results_view.setAccessibleName(self.tr("Module results"))
        self.results_view.setAccessibleDescription(legend.text())
        self.results_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.results_view.mark_requested.connect(self.write_results)
        self.results_view.details_requested.connect(self.result_details)
        self.results_view.doubleClicked.connect(lambda _index: self.result_details())
        results_layout.addWidget(self.results_view, 1)
        self.tabs.addTab(results_tab, self.tr("&Module results"))

        self.register_tab = CertificateRegister(self, self.tabs)
        self.tabs.addTab(self.register_tab, self.tr("Certificate re&gister"))
        # What the tests and the rest of the window reach through the page.
        self.register_model, self.register_view = self.register_tab.model, self.register_tab.view
        self.register_proxy, self.register_search = self.register_tab.proxy, self.register_tab.search
        self.tabs.currentChanged.connect(lambda _index: self.focus_target().setFocus())
        self.data: CertificationData | None = None

    def focus_target(self) -> QWidget:
        return (self.ready_view, self.results_view, self.register_view)[self.tabs.currentIndex()]

    def focus_detail(self) -> None:
        self.detail.setFocus()

    def _missing_text(self, row: Any) -> str:
        unmet = row.readiness.unmet
        if not unmet:
            return ""
        first = unmet[0].text(self.ctx.language)
        return first if len(unmet) == 1 else self.tr("%1 (and %2 more)").replace("%1", first).replace(
            "%2", str(len(unmet) - 1))

    def _attendance_text(self, row: Any) -> str:
        r = row.readiness
        if r.attendance_rate is None:
            return "—"
        ok = round(r.attendance_rate * 100) >= round(r.required_rate * 100)
        needs = self.tr("needs %1").replace("%1", fmt.percent(r.required_rate))
        return f"{fmt.percent(r.attendance_rate)} {'✓' if ok else '✗'} ({needs})"

    # -- loading --------------------------------------------------------------------------------

    def load(self) -> None:
        from edtrainer.core.services import cohorts

        self.read(lambda uow: cohorts.list_cohorts(uow), self.picker.set_cohorts)

    def load_cohort(self) -> None:
        cohort_id = self.picker.current_id()
        if not cohort_id or self.ctx.db is None:
            self.summary.setText(self.tr("There is no cohort yet: make one on the Cohorts page."))
            self.finished_loading()
            return

        def fetch(uow: Any) -> CertificationData:
            from edtrainer.core.services import certificates, readiness, results, staff

            return CertificationData(readiness.readiness_for_cohort(uow, cohort_id=cohort_id, today=clock.today()),
                                     results.cohort_results(uow, cohort_id=cohort_id),
                                     [(s.id, s.full_name) for s in staff.list_staff(uow) if s.role.value != "buddy"],
                                     certificates.register(uow, cohort_id=cohort_id))

        self.read(fetch, self.show_data)

    def show_data(self, data: CertificationData) -> None:
        self.data = data
        self.ready_view.refill(self.ready_model, data.readiness, lambda r: r.enrolment_id, max_width=340)
        self.results_model.show(data.results)
        self.register_tab.show_rows(data.register)
        ready = sum(1 for r in data.readiness if r.readiness.ready)
        self.summary.setText(self.tr("%1 of %2 trainees are ready for the certificate.").replace("%1", str(ready))
                             .replace("%2", str(len(data.readiness))))
        self.finished_loading()

    def show_person(self, row: Any) -> None:
        if row is None:
            self.detail.setText("")
            return
        r = row.readiness
        lines = [f"<p><b>{escape(row.trainee)}</b>: " + (self.tr("ready for the certificate") if r.ready else
                                                         self.tr("not ready yet")) + "</p>"]
        if r.unmet:
            lines.append("<ul>" + "".join(f"<li>{escape(u.text(self.ctx.language))}</li>" for u in r.unmet) + "</ul>")
        forecast = r.forecast(self.ctx.language)
        if forecast:
            lines.append(f"<p><i>{escape(forecast)}</i></p>")
        self.detail.setHtml("".join(lines))

    def apply_target(self) -> None:
        target, self._target = self._target, {}
        cohort_id = target.get("cohort_id")
        if cohort_id and cohort_id != self.picker.current_id():
            self._target = target
            self.picker.select(cohort_id)
            return
        if "enrolment_id" in target:
            self.tabs.setCurrentIndex(0)
            self.ready_view.select_first(lambda r: r.enrolment_id == target["enrolment_id"])
            self.ready_view.setFocus()

    # -- results --------------------------------------------------------------------------------

    def _writer(self, changes: list[tuple[int, int, Any]]) -> Callable[[Any], list[tuple[int, int, Any]]]:
        """The results to write (a ResultCell, or None for "pending"), each with the version the grid shows now:
        read here, on the GUI thread; the returned function runs on the writer."""
        from edtrainer.core.services import results

        cells = self.data.results.results if self.data else {}
        wanted = [(eid, mid, target, cells[(eid, mid)].version if (eid, mid) in cells else None)
                  for eid, mid, target in changes]
        return partial(results.set_results, changes=wanted)

    def _store(self, saved: list[tuple[int, int, Any]]) -> None:
        if self.data is None:
            return
        for eid, mid, cell in saved:
            self.data.results.results[(eid, mid)] = cell
        self.results_model.refresh()

    def _write(self, new: list[tuple[int, int, Any]], old: list[tuple[int, int, Any]], text: str) -> None:
        try:
            saved = self.ctx.write(self._writer(new), source=self)
        except ConflictError as conflict:
            self.error(conflict)
            self.load_cohort()
            return
        except EdtrainerError as error:
            self.error(error)
            return
        self._store(saved)
        self.ctx.undo_stack.push(ServiceCommand(self.ctx, text, do=partial(self._writer, new),
                                                undo=partial(self._writer, old), source=self, after=self._store))
        self.load_readiness_only()

    def write_results(self, targets: list[tuple[int, int]], status: str) -> None:
        if self.data is None:
            return
        cells = self.data.results.results
        changes = [(eid, mid) for eid, mid in targets if (cells[(eid, mid)].status if (eid, mid) in cells
                                                          else "pending") != status]
        if not changes:
            return
        from edtrainer.core.services.results import ResultCell

        today = clock.today()
        new = [(eid, mid, ResultCell(status, 0, today if status != "pending" else None, None, None))
               for eid, mid in changes]
        old = [(eid, mid, cells.get((eid, mid))) for eid, mid in changes]
        self._write(new, old, self.tr("Module result: %1").replace("%1", result_text(status)))

    def result_details(self) -> None:
        index = self.results_view.currentIndex()
        if self.data is None or not index.isValid():
            return
        eid, mid = self.results_model.key(index.row(), index.column())
        cell = self.data.results.results.get((eid, mid))
        name = self.data.results.enrolments[index.row()][1]
        title = self.data.results.modules[index.column()][2]

        def save(values: dict[str, Any]) -> Any:
            from edtrainer.core.services.results import ResultCell

            new = [(eid, mid, ResultCell(values["status"], 0, values["decided_on"], values["assessor_id"],
                                         values["remark"]))]
            before = [(eid, mid, cell)]
            saved = self.ctx.write(self._writer(new), source=self)
            self._store(saved)
            self.ctx.undo_stack.push(ServiceCommand(self.ctx, self.tr("Module result of %1").replace("%1", name),
                                                    do=partial(self._writer, new), undo=partial(self._writer, before),
                                                    source=self, after=self._store))
            return saved

        dialog = FormDialog(self, f"{name} — {title}", [
            Field("status", self.tr("Result"), "choice", choices=[(k, result_text(k)) for k in RESULTS]),
            Field("decided_on", self.tr("Decided on"), "date", errors=("date",)),
            Field("assessor_id", self.tr("Assessor"), "choice", choices=[(None, self.tr("(nobody)"))] + self.data.staff,
                  errors=("staff",)),
            Field("remark", self.tr("Remark"), max_len=200, help=self.tr("About the work; no private details")),
        ], save=save, values={"status": cell.status if cell else "pending",
                              "decided_on": cell.decided_on if cell else clock.today(),
                              "assessor_id": cell.assessor_id if cell else None,
                              "remark": cell.remark if cell else ""})
        if dialog.exec():
            self.load_readiness_only()

    def load_readiness_only(self) -> None:
        cohort_id = self.picker.current_id()

        def fetch(uow: Any) -> Any:
            from edtrainer.core.services import readiness

            return readiness.readiness_for_cohort(uow, cohort_id=cohort_id, today=clock.today())

        def show(rows: Any) -> None:
            if self.data is not None:
                self.data = CertificationData(rows, self.data.results, self.data.staff, self.data.register)
                self.show_data(self.data)

        self.read(fetch, show)

    # -- certificates ---------------------------------------------------------------------------

    def _choose_language(self, title: str) -> str | None:
        box = QMessageBox(QMessageBox.Icon.Question, title, self.tr("In which language?"),
                          QMessageBox.StandardButton.NoButton, self)
        dutch = box.addButton("&Nederlands", QMessageBox.ButtonRole.AcceptRole)
        english = box.addButton("&English", QMessageBox.ButtonRole.ActionRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(dutch)
        box.exec()
        return {dutch: "nl", english: "en"}.get(box.clickedButton())  # type: ignore[call-overload]

    def issue_batch(self) -> None:
        from edtrainer.core.services import certificates
        from edtrainer.gui.documents import ensure_signer

        cohort_id = self.picker.current_id()
        if not cohort_id or self.ctx.db is None:
            return
        modules = [(mid, f"{code} – {title}") for mid, code, title, _required in
                   (self.data.results.modules if self.data is not None else [])]
        fields = [
            Field("kind", self.tr("Document"), "choice", choices=[
                ("programme", self.tr("Certificates, for everyone who is ready")),
                ("module", self.tr("Module certificates, for everyone who passed the module")),
                ("participation", self.tr("Statements of participation, for those who stopped"))]),
            Field("module", self.tr("Module"), "choice", choices=[(None, self.tr("(only for module certificates)"))]
                  + modules, errors=("module_id",)),
            Field("lang", self.tr("Language"), "choice", choices=[("nl", "Nederlands"), ("en", "English")]),
        ]

        def follow_kind(dialog: FormDialog, name: str) -> None:
            if name == "kind":
                dialog.inputs["module"].setEnabled(dialog.values()["kind"] == "module")

        def check(values: dict[str, Any]) -> Any:
            module_id = values["module"] if values["kind"] == "module" else None
            with self.ctx.uow() as uow:  # refuses a module certificate without a module, next to the field
                go, skipped = certificates.candidates(uow, cohort_id=cohort_id, kind=values["kind"],
                                                      module_id=module_id)
            return values["kind"], module_id, values["lang"], go, skipped

        dialog = FormDialog(self, self.tr("Issue certificates"), fields, save=check, on_change=follow_kind,
                            intro=self.tr("For the cohort %1. Who does not qualify is skipped, with the reason.")
                            .replace("%1", self.picker.combo.currentText()), save_text=self.tr("Next"))
        dialog.inputs["module"].setEnabled(False)
        if not dialog.exec():
            return
        kind, module_id, lang, go, skipped = dialog.result_value
        if not go:
            QMessageBox.information(self, self.tr("Issue certificates"), self.tr(
                "Nobody in this cohort gets this document now.") + "\n\n" + "\n".join(
                f"• {s.line}" for s in skipped[:12]))
            return
        names = ", ".join(name for _eid, name in go[:8]) + (" …" if len(go) > 8 else "")
        if not confirm(self, self.tr("Issue certificates"), self.tr(
                "Issue %1 documents, signed and numbered, to: %2? An issued document never changes; a mistake is "
                "corrected by issuing a new version.").replace("%1", str(len(go))).replace("%2", names),
                self.tr("Issue %1").replace("%1", str(len(go)))):
            return
        signer = ensure_signer(self, self.ctx)
        if signer is not None:
            self.start_issue(kind, lang, signer, module_id=module_id)

    def start_issue(self, kind: str, lang: str, signer: Any, *, module_id: int | None = None) -> None:
        """Issue to the whole cohort off the GUI thread, with progress and Cancel; then show who got what."""
        from edtrainer.core.services import certificates
        from edtrainer.gui.documents import BatchResultDialog

        cohort_id = self.picker.current_id()
        db, actor = self.ctx.db, self.ctx.actor
        assert db is not None

        def run(_uow: Any, task: Any) -> Any:
            return certificates.issue_for_cohort(db, cohort_id=cohort_id, signer=signer, kind=kind, lang=lang,
                                                 module_id=module_id,
                                                 actor=actor, progress=lambda d, t: task.progressed.emit(d, t),
                                                 cancelled=task.cancelled)

        def done(result: Any) -> None:
            self.last_batch = BatchResultDialog(self, result)
            self.last_batch.open()
            if result.issued:
                self._republish()

        self.ctx.work(run, done, label=self.tr("Issuing and signing certificates…"), parent=self, cancellable=True,
                      commit=False)

    def issue_override(self) -> None:
        from edtrainer.core.services import certificates
        from edtrainer.gui.documents import ensure_signer, show_pdf

        row = self.ready_view.current_row()
        if row is None:
            return
        fields = [Field("reason", self.tr("Why the certificate is issued anyway"), required=True, max_len=300,
                        help=self.tr("Recorded with the certificate, e.g. 'Exemption for module ETH granted by the "
                                     "exam committee on 12-11-2026'")),
                  Field("lang", self.tr("Language"), "choice", choices=[("nl", "Nederlands"), ("en", "English")])]
        signer_box: dict[str, Any] = {}

        def save(values: dict[str, Any]) -> Any:
            signer = signer_box.get("signer") or ensure_signer(self, self.ctx)
            if signer is None:
                from edtrainer.core.errors import ValidationError

                raise ValidationError("passphrase_needed", field="reason")
            signer_box["signer"] = signer
            return self.ctx.write(lambda uow: certificates.issue_certificate(
                uow, enrolment_id=row.enrolment_id, signer=signer, kind="programme", lang=values["lang"],
                override_reason=values["reason"]))

        dialog = FormDialog(self, self.tr("Issue a certificate to %1 anyway").replace("%1", row.trainee), fields,
                            save=save, values={"lang": self.ctx.language},
                            intro=self.tr("%1 does not meet every requirement: %2").replace("%1", row.trainee)
                            .replace("%2", row.readiness.summary(self.ctx.language)) if not row.readiness.ready
                            else "")
        if dialog.exec():
            issued = dialog.result_value
            self._republish()
            show_pdf(self, issued.number, issued.pdf, f"{issued.number}.pdf")

    def _republish(self) -> None:
        from edtrainer.gui import verify_publish

        verify_publish.republish(self, self.ctx)

    def publish_page(self) -> None:
        from edtrainer.gui import verify_publish

        verify_publish.publish(self, self.ctx)

    def statement(self) -> None:
        from edtrainer.core.services import reports

        row = self.ready_view.current_row()
        if row is None:
            return
        lang = self._choose_language(self.tr("Progress statement"))
        if lang is None:
            return
        self.document(self.tr("Progress statement of %1").replace("%1", row.trainee),
                      lambda uow: reports.trainee_progress_statement(uow, enrolment_id=row.enrolment_id, lang=lang),
                      f"voortgang-{row.sort_name.split(',')[0].strip().lower().replace(' ', '-')}.pdf")

    def cohort_report(self) -> None:
        from edtrainer.core.services import reports

        cohort_id = self.picker.current_id()
        if not cohort_id:
            return
        lang = self.ctx.language
        self.document(self.tr("Progress report of %1").replace("%1", self.picker.combo.currentText()),
                      lambda uow: reports.cohort_progress_report(uow, cohort_id=cohort_id, lang=lang),
                      "voortgangsrapport.pdf")
