"""Reading a spreadsheet into edtrainer, in the app: trainees, organisations with their contact persons, or
a cohort's sessions (File → Import from a spreadsheet…).

The rules are the core's (``services.importing``, ``services.import_lists``); this dialog adds what a
command line cannot: a column the import does not recognise is assigned here, the preview shows every row
as it will be stored, and every problem with its row and column. Reading runs on a worker thread (a large
file never freezes the window); storing too, all or nothing, after a backup, and the pages reload for
what it changed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from edtrainer.core import i18n
from edtrainer.gui import fmt
from edtrainer.gui.tr import QT_TRANSLATE_NOOP, translate
from edtrainer.gui.widgets.wrap import wrap

if TYPE_CHECKING:
    from edtrainer.gui.context import AppContext

KINDS = (("trainees", QT_TRANSLATE_NOOP("ImportDialog", "Trainees")),
         ("organisations", QT_TRANSLATE_NOOP("ImportDialog", "Organisations with their contact persons")),
         ("sessions", QT_TRANSLATE_NOOP("ImportDialog", "Sessions of a cohort")))
DUPLICATES: tuple[tuple[str | None, str], ...] = ((None, QT_TRANSLATE_NOOP("ImportDialog", "Stop and show them")),
              ("update", QT_TRANSLATE_NOOP("ImportDialog", "Fill in what the file knows")),
              ("skip", QT_TRANSLATE_NOOP("ImportDialog", "Leave them as they are")))
ACTIONS = {"add": QT_TRANSLATE_NOOP("ImportDialog", "+ add"), "update": QT_TRANSLATE_NOOP("ImportDialog", "~ update"),
           "skip": QT_TRANSLATE_NOOP("ImportDialog", "= skip")}


def _fields(kind: str) -> tuple[str, ...]:
    from edtrainer.core.services import import_lists, importing

    return {"trainees": (*importing.FIELDS, "call_name"), "organisations": import_lists.ORG_FIELDS,
            "sessions": import_lists.SESSION_FIELDS}[kind]


def _field_word(name: str) -> str:
    word = i18n.word({"duration_minutes": "duration", "call_name": "import_call_name"}.get(name, name))
    return word[:1].upper() + word[1:]


def _cells(kind: str, values: dict[str, Any]) -> list[str]:
    """A planned row as it will be stored, in the preview's columns."""
    if kind == "trainees":
        name = " ".join(p for p in (values.get("given_names"), values.get("name_prefix"), values.get("family_name"))
                        if p)
        return [name, fmt.date(values.get("date_of_birth")), values.get("email") or "", values.get("phone") or ""]
    if kind == "organisations":
        kind_word = i18n.word(f"org_{values['kind'].value}") if values.get("kind") else ""
        return [values["name"], kind_word, values.get("city") or "", values.get("address") or ""]
    return [fmt.date(values["date"]), values["start_time"].strftime("%H:%M"),
            f"{values['duration_minutes']} min", values.get("location") or ""]


HEADERS = {
    "trainees": (QT_TRANSLATE_NOOP("ImportDialog", "Name"), QT_TRANSLATE_NOOP("ImportDialog", "Date of birth"),
                 QT_TRANSLATE_NOOP("ImportDialog", "E-mail"), QT_TRANSLATE_NOOP("ImportDialog", "Phone")),
    "organisations": (QT_TRANSLATE_NOOP("ImportDialog", "Name"), QT_TRANSLATE_NOOP("ImportDialog", "Kind"),
                      QT_TRANSLATE_NOOP("ImportDialog", "Place"), QT_TRANSLATE_NOOP("ImportDialog", "Address")),
    "sessions": (QT_TRANSLATE_NOOP("ImportDialog", "Date"), QT_TRANSLATE_NOOP("ImportDialog", "Time"),
                 QT_TRANSLATE_NOOP("ImportDialog", "Duration"), QT_TRANSLATE_NOOP("ImportDialog", "Location")),
}


class ImportDialog(QDialog):
    """Choose what and which file; check the columns; see every row and every problem; then read it in."""

    def __init__(self, parent: QWidget, ctx: AppContext, cohorts: list[tuple[int, str]]) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report: Any = None
        self.stored: Any = None
        self.done_text = ""
        self.reading = False
        self._generation = 0
        self._planned_report: Any = None
        self.announce = True  # say what was stored in a message box when done
        self.setWindowTitle(self.tr("Import from a spreadsheet"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Read an Excel file (.xlsx) or a CSV file. Nothing is stored until every row is "
                               "right; a backup is made first. A column with a BSN or bank account number is "
                               "never read."), self)
        wrap(intro)
        layout.addWidget(intro)
        form = QFormLayout()
        self.kind = QComboBox(self)
        for key, label in KINDS:
            self.kind.addItem(translate("ImportDialog", label), key)
        self.kind.setAccessibleName(self.tr("What to import"))
        form.addRow(self._label(self.tr("&What"), self.kind), self.kind)
        file_row = QHBoxLayout()
        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("Spreadsheet file"))
        self.path.setPlaceholderText(self.tr("Choose a file, or type its path and press Enter"))
        self.path.returnPressed.connect(lambda: self.read(keep_columns=False))
        self.browse = QPushButton(self.tr("&Choose…"), self)
        self.browse.setToolTip(self.tr("Choose the spreadsheet file"))
        self.browse.clicked.connect(self.choose_file)
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse)
        form.addRow(self._label(self.tr("&File"), self.path), file_row)
        self.cohort = QComboBox(self)
        self.cohort.setAccessibleName(self.tr("Cohort"))
        self._cohorts = cohorts
        self.cohort_label = self._label(self.tr("C&ohort"), self.cohort)
        form.addRow(self.cohort_label, self.cohort)
        self.duplicates = QComboBox(self)
        for choice, label in DUPLICATES:
            self.duplicates.addItem(translate("ImportDialog", label), choice)
        self.duplicates.setAccessibleName(self.tr("Who is already in edtrainer"))
        form.addRow(self._label(self.tr("Already in edtrainer"), self.duplicates), self.duplicates)
        layout.addLayout(form)

        columns_label = QLabel(self.tr("Co&lumns in the file, and what edtrainer reads in them:"), self)
        layout.addWidget(columns_label)
        self.columns = QTableWidget(0, 2, self)
        columns_label.setBuddy(self.columns)
        self.columns.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Read as")])
        self.columns.setAccessibleName(self.tr("Columns in the file"))
        self.columns.verticalHeader().setVisible(False)
        self.columns.horizontalHeader().setStretchLastSection(True)
        self.columns.setMaximumHeight(self.fontMetrics().height() * 8)
        layout.addWidget(self.columns)

        self.summary = QLabel(self)
        self.summary.setAccessibleName(self.tr("What will happen"))
        wrap(self.summary)
        layout.addWidget(self.summary)
        self.skip_bad = QCheckBox(self.tr("&Skip the rows with a problem, and import the rest"), self)
        self.skip_bad.setToolTip(self.tr("Those rows are not stored; correct them later, or add them by hand"))
        self.skip_bad.toggled.connect(lambda _on: self._show(self._planned_report))
        layout.addWidget(self.skip_bad)
        self.problems = QListWidget(self)
        self.problems.setAccessibleName(self.tr("Problems, each with its row and column"))
        self.problems.setWordWrap(True)
        self.problems.setMaximumHeight(self.fontMetrics().height() * 8)
        layout.addWidget(self.problems)
        self.preview = QTreeWidget(self)
        self.preview.setRootIsDecorated(False)
        self.preview.setAllColumnsShowFocus(True)
        self.preview.setAccessibleName(self.tr("Every row as it will be stored"))
        layout.addWidget(self.preview, 1)

        buttons = QDialogButtonBox(self)
        self.read_button = buttons.addButton(self.tr("&Read again"), QDialogButtonBox.ButtonRole.ActionRole)
        self.read_button.setToolTip(self.tr("Read the file again, after correcting it or the columns"))
        self.read_button.clicked.connect(lambda: self.read(keep_columns=True))
        self.import_button = buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setToolTip(self.tr("Store every row shown, all at once, after a backup"))
        self.import_button.clicked.connect(self.store)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.cohort.currentIndexChanged.connect(lambda _i: self.read(keep_columns=True))
        self.duplicates.currentIndexChanged.connect(lambda _i: self.read(keep_columns=True))
        self._kind_changed()
        # As large as the text needs (the text size is adjustable), never larger than the screen.
        metrics, screen = self.fontMetrics(), self.screen().availableGeometry()
        self.resize(min(metrics.averageCharWidth() * 120, screen.width() - 40),
                    min(metrics.height() * 44, screen.height() - 60))

    # -- layout helpers ---------------------------------------------------------------------------

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    # -- choosing ---------------------------------------------------------------------------------

    def kind_key(self) -> str:
        return str(self.kind.currentData())

    def _kind_changed(self) -> None:
        kind = self.kind_key()
        self.cohort.blockSignals(True)
        self.cohort.clear()
        if kind == "trainees":
            self.cohort.addItem(self.tr("(do not enrol)"), None)
        for cohort_id, name in self._cohorts:
            self.cohort.addItem(name, cohort_id)
        self.cohort.setVisible(kind != "organisations")  # organisations belong to no cohort
        self.cohort_label.setVisible(kind != "organisations")
        self.cohort.blockSignals(False)
        self.preview.setHeaderLabels([self.tr("Row"), self.tr("What")]
                                     + [translate("ImportDialog", h) for h in HEADERS[kind]])
        self.columns.setRowCount(0)
        if self.path.text().strip():
            self.read()
        else:
            self._show(None)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Spreadsheet to import"), str(Path.home()),
                                              self.tr("Spreadsheets (*.xlsx *.csv)"))
        if path:
            self.path.setText(path)
            self.columns.setRowCount(0)
            self.read()

    def mapping(self) -> dict[str, str]:
        """What the coordinator chose per column ("" = do not read)."""
        out: dict[str, str] = {}
        for row in range(self.columns.rowCount()):
            header = self.columns.item(row, 0)
            combo = self.columns.cellWidget(row, 1)
            if header is not None and isinstance(combo, QComboBox) and combo.isEnabled():
                out[header.text()] = str(combo.currentData() or "")
        return out

    # -- reading and showing ----------------------------------------------------------------------

    def read(self, keep_columns: bool = True) -> None:
        """Plan the import on a worker thread (nothing is stored), then show it."""
        text = self.path.text().strip()
        if not text:
            return
        from edtrainer.core.services import import_lists, importing

        kind, path, lang = self.kind_key(), Path(text), self.ctx.language
        mapping = self.mapping() if keep_columns else {}
        duplicates, cohort_id = self.duplicates.currentData(), self.cohort.currentData()

        def plan(uow: Any) -> Any:
            if kind == "trainees":
                report = importing.plan_trainees(uow, path, mapping=mapping, duplicates=duplicates, lang=lang)
            elif kind == "organisations":
                report = import_lists.plan_organisations(uow, path, mapping=mapping, duplicates=duplicates,
                                                         lang=lang)
            else:
                report = import_lists.plan_sessions(uow, path, cohort_id=cohort_id, mapping=mapping,
                                                    duplicates=duplicates, lang=lang)
            return report.headers, report

        def failed(exc: BaseException) -> None:
            self.reading = False
            self._show(None)
            self.summary.setText("⚠ " + str(exc))

        self._generation += 1
        generation = self._generation
        self.reading = True
        self.summary.setText(self.tr("Reading…"))
        self.ctx.read(plan, lambda outcome: self._planned(outcome, generation), failed=failed, owner=self)

    def _planned(self, outcome: Any, generation: int) -> None:
        if generation != self._generation:  # a later read is on its way: only the newest is shown
            return
        self.reading = False
        headers, report = outcome
        self._planned_report = report
        self._fill_columns(headers, report)
        self._show(report)

    def skip_rows(self) -> list[int]:
        """The rows to leave out: those with a problem, when the coordinator ticked it."""
        report = self._planned_report
        if report is None or not self.skip_bad.isChecked():
            return []
        return sorted({p.row for p in report.problems if p.row is not None})

    def _fill_columns(self, headers: list[str], report: Any) -> None:
        kind = self.kind_key()
        read_as = {column: field for field, column in report.columns.items()}
        self.columns.setRowCount(len(headers))
        for row, header in enumerate(headers):
            item = QTableWidgetItem(header)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.columns.setItem(row, 0, item)
            row_name = QTableWidgetItem()  # a screen reader hears the row by its column's name, not "1", "2"
            row_name.setData(Qt.ItemDataRole.AccessibleTextRole, header)
            self.columns.setVerticalHeaderItem(row, row_name)
            combo = QComboBox(self.columns)
            combo.setAccessibleName(self.tr("Read column %1 as").replace("%1", header))
            if header in report.never_read:
                combo.addItem(self.tr("never read (BSN or bank account)"), "")
                combo.setEnabled(False)
            else:
                combo.addItem(self.tr("(do not read)"), "")
                for name in _fields(kind):
                    combo.addItem(_field_word(name), name)
                found = read_as.get(header)
                combo.setCurrentIndex(max(0, combo.findData(found)) if found else 0)
                combo.currentIndexChanged.connect(lambda _i: self.read(keep_columns=True))
            self.columns.setCellWidget(row, 1, combo)
        self.columns.resizeColumnToContents(0)

    def _show(self, report: Any) -> None:
        import copy

        skippable = report is not None and bool(report.problems) and all(p.row is not None for p in report.problems)
        self.skip_bad.setVisible(skippable or (report is not None and bool(report.skipped_rows)))
        if report is not None and self.skip_bad.isChecked() and skippable:
            report = copy.copy(report)
            report.leave_out(self.skip_rows())
        self.report = report
        self.problems.clear()
        self.preview.clear()
        if report is None:
            self.summary.setText(self.tr("Choose what to import and the file."))
            self.import_button.setEnabled(False)
            return
        kind = self.kind_key()
        for problem in report.problems:
            self.problems.addItem("⚠ " + problem.line(self.ctx.language))
        actions = {a: translate("ImportDialog", w) for a, w in ACTIONS.items()}
        from edtrainer.core.text import fold

        contacts = getattr(report, "contacts", [])
        for planned in report.rows:
            self.preview.addTopLevelItem(QTreeWidgetItem([str(planned.row), actions[planned.action],
                                                          *_cells(kind, planned.values)]))
            for contact in contacts:  # right under their organisation, as a person there
                if kind == "organisations" and contact.values["organisation"] == fold(planned.values["name"]):
                    job = f" ({contact.values['job_title']})" if contact.values.get("job_title") else ""
                    self.preview.addTopLevelItem(QTreeWidgetItem([
                        str(contact.row), actions[contact.action], f"↳ {contact.values['full_name']}{job}", "", "",
                        ""]))
        for column in range(self.preview.columnCount()):
            self.preview.resizeColumnToContents(column)
        counts = [report.count(a) for a in ("add", "update", "skip")]
        contacts = [report.count_contacts(a) for a in ("add", "update", "skip")] if kind == "organisations" else []
        if report.problems:
            hints = [i18n.text(f"import_hint_{h}_gui", self.ctx.language)
                     for h in sorted({p.hint for p in report.problems if p.hint})]
            self.summary.setText(" ".join([i18n.plural("import_gui_problems", len(report.problems),
                                                       self.ctx.language), *hints]))
        else:
            ready = i18n.text("import_gui_ready", self.ctx.language, added=counts[0], updated=counts[1],
                              skipped=counts[2]) if not contacts else i18n.text(
                "import_gui_ready_orgs", self.ctx.language, added=counts[0], updated=counts[1], skipped=counts[2],
                c_added=contacts[0], c_updated=contacts[1], c_skipped=contacts[2])
            self.summary.setText(ready + (
                " " + i18n.text("import_skipped_rows", self.ctx.language,
                                rows=", ".join(map(str, report.skipped_rows))) if report.skipped_rows else ""))
        self.problems.setVisible(bool(report.problems))
        self.import_button.setEnabled(not report.problems and sum([*counts[:2], *contacts[:2]]) > 0)

    # -- storing ----------------------------------------------------------------------------------

    def store(self) -> None:
        if self.report is None or self.report.problems:
            return
        from edtrainer.core.services import import_lists, importing

        db, actor, lang = self.ctx.db, self.ctx.actor, self.ctx.language
        kind, path = self.kind_key(), Path(self.path.text().strip())
        options = {"mapping": self.mapping(), "duplicates": self.duplicates.currentData(), "actor": actor,
                   "lang": lang, "skip_rows": self.skip_rows()}
        cohort_id = self.cohort.currentData()

        def run(_uow: Any, _task: Any) -> Any:
            if kind == "trainees":
                return importing.import_trainees(db, path, cohort_id=cohort_id, **options)
            if kind == "organisations":
                return import_lists.import_organisations(db, path, **options)
            return import_lists.import_sessions(db, path, cohort_id=cohort_id, **options)

        def done(report: Any) -> None:
            if not isValid(self):
                return
            self.stored = report
            if report.problems:  # the file changed between reading and storing: shown, nothing stored
                self._show(report)
                return
            counts = {"added": report.count("add"), "updated": report.count("update"),
                      "skipped": report.count("skip")}
            if kind == "organisations":
                counts.update(c_added=report.count_contacts("add"), c_updated=report.count_contacts("update"),
                              c_skipped=report.count_contacts("skip"))
            text = i18n.text("import_orgs_done" if kind == "organisations" else "import_done", lang, **counts)
            if report.backup is not None:
                text += "\n\n" + i18n.text("backup_made_before", lang, path=report.backup.path)
            self.done_text = text
            parent, title, announce = self.parentWidget(), self.tr("Imported"), self.announce
            self.accept()  # the dialog goes (and is deleted): only what was taken from it above is used below
            if announce:
                QMessageBox.information(parent, title, text)

        self.ctx.work(run, done, label=self.tr("Making a backup and importing…"), parent=self, commit=False)


def open_import(window: Any, ctx: AppContext) -> ImportDialog:
    """File → Import from a spreadsheet: the dialog, with the cohorts to choose from."""
    from edtrainer.core.services import cohorts

    with ctx.uow() as uow:
        choices = [(c.id, c.name) for c in cohorts.list_cohorts(uow)]
    dialog = ImportDialog(window, ctx, choices)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    dialog.kind.setFocus()
    return dialog
