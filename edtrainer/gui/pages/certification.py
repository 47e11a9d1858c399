"""Certification: per cohort, who is ready for the certificate and, in plain words, what is still missing;
and the module results, entered with one key per trainee and module."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from edtrainer.core import clock
from edtrainer.core.errors import ConflictError, EdtrainerError
from edtrainer.gui import fmt, style
from edtrainer.gui.pages.base import CohortPicker, Page
from edtrainer.gui.tr import QT_TRANSLATE_NOOP
from edtrainer.gui.undo import ServiceCommand
from edtrainer.gui.widgets.attendance import AttendanceView, MarkRole
from edtrainer.gui.widgets.forms import Field, FormDialog, confirm
from edtrainer.gui.widgets.tables import Column, RowTableModel, SearchBox
from edtrainer.gui.widgets.wrap import wrap

ModelIndex = QModelIndex | QPersistentModelIndex

RESULTS = {
    "passed": ("✓", "P", QT_TRANSLATE_NOOP("CertificationPage", "passed"), "#c8efd0", "#1f5f2e"),
    "not_passed": ("✗", "N", QT_TRANSLATE_NOOP("CertificationPage", "not passed"), "#f8c9c9", "#6e1f1f"),
    "pending": ("…", "0", QT_TRANSLATE_NOOP("CertificationPage", "no result yet"), "", ""),
}
RESULT_KEYS = {"P": "passed", "B": "passed", "N": "not_passed", "0": "pending"}


def result_text(status: str) -> str:
    symbol, _key, word, _light, _dark = RESULTS[status]
    return f"{symbol} {QApplication.translate('CertificationPage', word)}"


class ResultsModel(QAbstractTableModel):
    """Trainees x modules; each cell a module result."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_: Any = None

    def show(self, results: Any) -> None:
        self.beginResetModel()
        self.data_ = results
        self.endResetModel()

    def refresh(self) -> None:
        if self.data_ is not None and self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.data_ is None else len(self.data_.enrolments)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.data_ is None else len(self.data_.modules)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.data_ is None:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.data_.modules):
            _mid, code, title, required = self.data_.modules[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return code
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                extra = "" if required else " (" + QApplication.translate("CertificationPage", "optional") + ")"
                return title + extra
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.data_.enrolments) \
                and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.data_.enrolments[section][1]
        return None

    def key(self, row: int, column: int) -> tuple[int, int]:
        return self.data_.enrolments[row][0], self.data_.modules[column][0]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.data_ is None or not index.isValid() or not (0 <= index.row() < self.rowCount()) \
                or not (0 <= index.column() < self.columnCount()):
            return None
        eid, mid = self.key(index.row(), index.column())
        cell = self.data_.results.get((eid, mid))
        status = cell.status if cell else "pending"
        symbol, _key, _word, light, dark = RESULTS[status]
        if role == MarkRole:
            return (eid, mid)
        if role == Qt.ItemDataRole.DisplayRole:
            return symbol
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            name = self.data_.enrolments[index.row()][1]
            title = self.data_.modules[index.column()][2]
            text = f"{name} — {title}: {result_text(status)}"
            if cell is not None and cell.decided_on:
                text += f" ({fmt.date(cell.decided_on)})"
            if cell is not None and cell.remark and role == Qt.ItemDataRole.ToolTipRole:
                text += "\n" + cell.remark
            return text
        if role == Qt.ItemDataRole.BackgroundRole and light:
            return QBrush(QColor(dark if style.is_dark() else light))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class ResultsView(AttendanceView):
    """P (or B) passed, N not passed, 0 no result; Enter opens the details (date, assessor, remark)."""

    details_requested = Signal()

    def keyPressEvent(self, event: Any) -> None:
        key = event.text().upper()
        if key in RESULT_KEYS or event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            targets = self._targets()
            if targets:
                self.mark_requested.emit(targets, RESULT_KEYS.get(key, "pending"))
                self._advance()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.details_requested.emit()
            return
        QTableView.keyPressEvent(self, event)


@dataclass(frozen=True)
class CertificationData:
    readiness: list[Any]
    results: Any
    staff: list[tuple[int, str]]
    register: list[Any]


def kind_word(kind: str, module: str | None = None) -> str:
    from edtrainer.core import i18n

    word = i18n.word(f"kind_{kind}")
    return f"{word}: {module}" if module else word


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
        self.report_button = self.button(self.tr("Cohort progress re&port…"), self.cohort_report, parent=ready_tab)
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

        register_tab = QWidget(self.tabs)
        register_layout = QVBoxLayout(register_tab)
        self.register_model = RowTableModel([
            Column(self.tr("Number"), lambda c: c.number),
            Column(self.tr("Trainee"), lambda c: c.trainee),
            Column(self.tr("Document"), lambda c: kind_word(c.kind, c.module)),
            Column(self.tr("Issued on"), lambda c: fmt.date(c.issued_on), sort=lambda c: c.issued_on),
            Column(self.tr("Status"), self._certificate_status, sort=lambda c: c.status),
            Column(self.tr("Language"), lambda c: c.language.upper(), searchable=False),
        ], self)
        self.register_search = SearchBox(self.tr("Search the register by number or name"), register_tab)
        register_layout.addWidget(self.register_search)
        self.register_proxy, self.register_view = self.searchable_table(
            self.register_model, register_tab, name=self.tr("Certificate register"),
            object_name="certificate_register", search=self.register_search, on_activate=self.view_certificate)
        register_layout.addWidget(self.register_view, 1)
        self.view_button = self.button(self.tr("&Preview, print, save…"), self.view_certificate, parent=register_tab,
                                       tip=self.tr("The certificate exactly as it was issued"))
        self.revoke_button = self.button(self.tr("Rev&oke…"), self.revoke, parent=register_tab)
        self.reissue_button = self.button(self.tr("Correc&t (issue again)…"), self.reissue, parent=register_tab,
                                          tip=self.tr("A new version replaces this one; both stay in the register"))
        self.export_button = self.button(self.tr("E&xport the register…"), self.export_register, parent=register_tab,
                                         tip=self.tr("As a signed PDF and a CSV file, confidential: for your own "
                                                     "organisation"))
        self.badge_button = self.button(self.tr("&Digital badge…"), self.save_badge, parent=register_tab,
                                        tip=self.tr("The certificate as an Open Badge for the graduate's wallet "
                                                    "(edubadges, eduWallet)"))
        self.public_button = self.button(self.tr("Register &for organisations…"), self.export_public_register,
                                         parent=register_tab,
                                         tip=self.tr("A signed PDF without names and without reasons"))
        self.publish_button = self.button(self.tr("Publish the &verification page…"), self.publish_page,
                                          parent=register_tab,
                                          tip=self.tr("One web page, to put online or on a USB stick, where anyone "
                                                      "checks a certificate's code; it names nobody"))
        register_layout.addWidget(self.button_row([self.view_button, self.revoke_button, self.reissue_button,
                                                   self.badge_button, self.export_button, self.public_button,
                                                   self.publish_button], register_tab))
        self.needs_row(self.register_view, self.view_button, self.revoke_button, self.reissue_button,
                       self.badge_button)
        self.tabs.addTab(register_tab, self.tr("Certificate re&gister"))
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
        keep_number = self.register_view.current_row()
        self.register_model.set_rows(data.register)
        self.register_view.fit_columns()
        if keep_number is not None:
            self.register_view.select_first(lambda c: c.number == keep_number.number)
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

    def _certificate_status(self, c: Any) -> str:
        from edtrainer.core import i18n

        if c.status == "issued":
            return "✓ " + self.tr("valid")
        word = i18n.word(c.status) if c.status != "superseded" else self.tr("replaced")
        extra = f" ({c.superseded_by})" if c.superseded_by else (f": {c.reason}" if c.reason else "")
        return f"✗ {word}{extra}"

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

    def save_badge(self) -> None:
        """The chosen certificate as a digital badge (a .jwt file the graduate imports in their wallet)."""
        from edtrainer.core.files import write_private
        from edtrainer.core.services import certificates
        from edtrainer.gui.documents import ensure_signer

        row = self.register_view.current_row()
        if row is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Digital badge of %1").replace("%1", row.number),
                                              str(Path.home() / f"{row.number}.jwt"),
                                              self.tr("Open Badges (*.jwt)"))
        if not path:
            return
        signer = ensure_signer(self, self.ctx)
        if signer is None:
            return
        target = Path(path if path.lower().endswith(".jwt") else path + ".jwt")

        def run(uow: Any, _task: Any) -> Path:
            token = certificates.badge(uow, number=row.number, signer=signer)
            return write_private(target, token.encode("ascii"), overwrite=True)

        self.ctx.work(run, lambda written: self.status(self.tr("Digital badge written: %1").replace(
            "%1", str(written))), label=self.tr("Making the digital badge…"), parent=self)

    def export_public_register(self) -> None:
        self.export_register(public=True)

    def view_certificate(self) -> None:
        from edtrainer.core.services import certificates

        row = self.register_view.current_row()
        if row is None:
            return
        self.document(f"{kind_word(row.kind)} {row.number} — {row.trainee}",
                      lambda uow: certificates.reprint(uow, number=row.number), f"{row.number}.pdf")

    def revoke(self) -> None:
        from edtrainer.core.services import certificates

        row = self.register_view.current_row()
        if row is None:
            return

        def save(values: dict[str, Any]) -> Any:
            return self.ctx.write(lambda uow: certificates.revoke(uow, number=row.number, reason=values["reason"]))

        if FormDialog(self, self.tr("Revoke %1").replace("%1", row.number), [
                Field("reason", self.tr("Reason"), required=True, max_len=300,
                      help=self.tr("Kept in your own register; the verification page says only that it was revoked, "
                                   "and when"))], save=save,
                save_text=self.tr("Revoke"),
                intro=self.tr("Anyone who checks this certificate will be told it was revoked. This cannot be "
                              "undone.")).exec():
            self._republish()

    def reissue(self) -> None:
        from edtrainer.core.services import certificates
        from edtrainer.gui.documents import ensure_signer, show_pdf

        row = self.register_view.current_row()
        if row is None:
            return
        signer = ensure_signer(self, self.ctx)
        if signer is None:
            return

        def save(values: dict[str, Any]) -> Any:
            return self.ctx.write(lambda uow: certificates.reissue(uow, number=row.number, signer=signer,
                                                                   reason=values["reason"], lang=values["lang"]))

        dialog = FormDialog(self, self.tr("Correct %1").replace("%1", row.number), [
            Field("reason", self.tr("What was wrong"), required=True, max_len=300),
            Field("lang", self.tr("Language"), "choice", choices=[("nl", "Nederlands"), ("en", "English")])],
            save=save, values={"lang": row.language}, save_text=self.tr("Issue the correction"),
            intro=self.tr("Correct the data first (for example the name on the Trainees page). The new version "
                          "gets a new number and replaces %1, which stays in the register.").replace("%1", row.number))
        if dialog.exec():
            issued = dialog.result_value
            self._republish()
            show_pdf(self, issued.number, issued.pdf, f"{issued.number}.pdf")

    def export_register(self, *, public: bool = False) -> None:
        from edtrainer.core.files import write_private
        from edtrainer.core.services import certificates
        from edtrainer.gui.documents import ensure_signer

        cohort_id = self.picker.current_id()
        name = "certificaatregister-organisaties.pdf" if public else "certificaatregister-vertrouwelijk.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Register for organisations") if public
                                              else self.tr("Export the register"),
                                              str(Path.home() / name), self.tr("PDF documents (*.pdf)"))
        if not path:
            return
        signer = ensure_signer(self, self.ctx)
        if signer is None:
            return
        lang = self.ctx.language
        target = Path(path if path.lower().endswith(".pdf") else path + ".pdf")

        def run(uow: Any, _task: Any) -> list[Path]:
            pdf = certificates.register_pdf(uow, signer=signer, cohort_id=cohort_id, lang=lang, public=public)
            if public:  # the CSV holds names and reasons: it is for the organisation's own use only
                return [write_private(target, pdf, overwrite=True)]
            csv = certificates.register_csv(uow, cohort_id=cohort_id, lang=lang)
            return [write_private(target, pdf, overwrite=True),
                    write_private(target.with_suffix(".csv"), csv, overwrite=True)]

        self.ctx.work(run, lambda files: self.status(self.tr("Register written: %1").replace(
            "%1", ", ".join(str(f) for f in files))), label=self.tr("Exporting the register…"), parent=self)

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
