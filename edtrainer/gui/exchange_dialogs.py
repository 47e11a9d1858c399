"""Register files for trainers, from the coordinator's app: make one (File → Register file for a trainer…)
and apply one that came back (File → Apply a trainer's register file…).

The rules are the core's (``services.exchange``): what a file holds, its seal, and the three-way merge.
Applying shows every change first; where the coordinator recorded something else for the same mark in the
meantime, both are shown side by side and the coordinator chooses per mark (edtrainer's stays unless told).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from edtrainer.core import clock, i18n
from edtrainer.gui import fmt
from edtrainer.gui.tr import translate
from edtrainer.gui.widgets.forms import Field, FormDialog
from edtrainer.gui.widgets.wrap import wrap

if TYPE_CHECKING:
    from edtrainer.gui.context import AppContext


def make_file(window: Any, ctx: AppContext) -> None:
    """Which cohort, which period, whose sessions; where to save; then the file, made on a worker thread."""
    from edtrainer.core.services import cohorts, exchange, staff

    with ctx.uow() as uow:
        cohort_choices = [(c.id, c.name) for c in cohorts.list_cohorts(uow) if c.status in ("planned", "running")]
        trainers = [(s.id, s.full_name) for s in staff.list_staff(uow, role="trainer")]
    today = clock.today()
    fields = [Field("cohort", translate("ExchangeDialogs", "Cohort"), "choice", required=True,
                    choices=cohort_choices),
              Field("start_date", translate("ExchangeDialogs", "Sessions from"), "date", required=True,
                    errors=("date_from",)),
              Field("end_date", translate("ExchangeDialogs", "Up to and including"), "date", required=True),
              Field("trainer", translate("ExchangeDialogs", "Only the sessions of"), "choice",
                    choices=[(None, translate("ExchangeDialogs", "(every trainer)")), *trainers])]

    def check(values: dict[str, Any]) -> dict[str, Any]:
        with ctx.uow() as uow:  # said under the field: no sessions in that period
            exchange.pack(uow, cohort_id=values["cohort"], date_from=values["start_date"],
                          date_to=values["end_date"], trainer_id=values.get("trainer"))
        return values

    dialog = FormDialog(window, translate("ExchangeDialogs", "Register file for a trainer"), fields, save=check,
                        values={"cohort": cohort_choices[0][0] if cohort_choices else None,
                                "start_date": today - dt.timedelta(days=7), "end_date": today + dt.timedelta(days=56)},
                        intro=translate("ExchangeDialogs", "For a trainer without access to this database: the "
                                        "sessions of a period and the names of who is expected, nothing more (no "
                                        "contact details, remarks or reasons). The trainer records attendance in it "
                                        "and gives it back; you apply it with File → Apply a trainer's register "
                                        "file."), save_text=translate("ExchangeDialogs", "Next"))
    if not dialog.exec():
        return
    values = dialog.result_value
    name = dict(cohort_choices)[values["cohort"]].replace(" ", "-")
    path, _ = QFileDialog.getSaveFileName(window, translate("ExchangeDialogs", "Save the register file"),
                                          str(Path.home() / f"register-{name}-{today.isoformat()}.edtx"),
                                          translate("ExchangeDialogs", "Register files (*.edtx)"))
    if not path:
        return
    target = Path(path) if path.lower().endswith(".edtx") else Path(path + ".edtx")

    def run(uow: Any, _task: Any) -> Any:
        found = exchange.pack(uow, cohort_id=values["cohort"], date_from=values["start_date"],
                              date_to=values["end_date"], trainer_id=values.get("trainer"))
        exchange.write(found, target)  # inside the transaction: no file without its key stored
        return found

    def done(found: Any) -> None:
        window.last_register_file = found.path
        QMessageBox.information(window, translate("ExchangeDialogs", "Register file made"), translate(
            "ExchangeDialogs", "%1\n\n%2 sessions, %3 trainees. Give it to the trainer (on a USB stick or by mail); "
            "the trainer opens it with: edtrainer exchange open \"%4\"").replace("%1", str(found.path))
            .replace("%2", str(len(found.pack["sessions"]))).replace("%3", str(len(found.pack["trainees"])))
            .replace("%4", found.path.name))

    ctx.work(run, done, label=translate("ExchangeDialogs", "Making the register file…"), parent=window)


class ApplyDialog(QDialog):
    """What applying a file changes, each difference with a choice, and what cannot be applied."""

    def __init__(self, parent: QWidget, ctx: AppContext, path: Path, plan: Any) -> None:
        from edtrainer.core.services.exchange import status_word

        super().__init__(parent)
        self.ctx, self.path, self.plan = ctx, path, plan
        self.result_: Any = None
        self.setWindowTitle(self.tr("Apply a register file"))
        layout = QVBoxLayout(self)
        head = QLabel(self.tr("Register file of %1, made on %2. Nothing is stored until you choose Apply; then "
                              "everything at once, after a backup.").replace("%1", plan.cohort)
                      .replace("%2", fmt.date(dt.date.fromisoformat(plan.made_at[:10]))), self)
        wrap(head)
        layout.addWidget(head)
        lang = ctx.language

        def words(status: str | None) -> str:
            return status_word(status, lang)

        changes_label = QLabel(self.tr("&Changes (%1):").replace("%1", str(len(plan.changes))), self)
        self.changes = QTreeWidget(self)
        self.changes.setRootIsDecorated(False)
        self.changes.setAccessibleName(self.tr("Changes"))
        self.changes.setHeaderLabels([self.tr("Session"), self.tr("Trainee"), self.tr("Now → from the file")])
        for c in plan.changes:
            note = " " + self.tr("(replaces an apology in advance)") if c.apology else ""
            self.changes.addTopLevelItem(QTreeWidgetItem([f"{fmt.date_short(c.date)} {c.start}", c.trainee,
                                                          f"{words(c.before)} → {words(c.after)}{note}"]))
        changes_label.setBuddy(self.changes)
        layout.addWidget(changes_label)
        layout.addWidget(self.changes, 2)
        self.choices: dict[tuple[int, int], QComboBox] = {}
        if plan.conflicts:
            conflicts_label = QLabel(self.tr("&Recorded differently in edtrainer meanwhile: choose per trainee"), self)
            wrap(conflicts_label)
            self.conflicts = QTreeWidget(self)
            self.conflicts.setRootIsDecorated(False)
            self.conflicts.setAccessibleName(self.tr("Differences"))
            self.conflicts.setHeaderLabels([self.tr("Session"), self.tr("Trainee"), self.tr("Keep"),
                                            self.tr("In edtrainer"), self.tr("In the file")])
            for c in plan.conflicts:
                item = QTreeWidgetItem([f"{fmt.date_short(c.date)} {c.start}", c.trainee, "", words(c.before),
                                        words(c.after)])
                self.conflicts.addTopLevelItem(item)
                choice = QComboBox(self.conflicts)
                choice.addItem(self.tr("edtrainer's: %1").replace("%1", words(c.before)), "keep")
                choice.addItem(self.tr("the file's: %1").replace("%1", words(c.after)), "take")
                choice.setAccessibleName(self.tr("Keep for %1").replace("%1", c.trainee))
                self.conflicts.setItemWidget(item, 2, choice)
                self.choices[(c.session_id, c.enrolment_id)] = choice
            for column in range(5):
                self.conflicts.resizeColumnToContents(column)
            conflicts_label.setBuddy(self.conflicts)
            layout.addWidget(conflicts_label)
            layout.addWidget(self.conflicts, 1)
        if plan.refused:
            refused = QLabel(self.tr("Not applied:") + "\n" + "\n".join(
                f"• {fmt.date(r.date)} {r.trainee + ': ' if r.trainee else ''}{i18n.text(r.reason, lang)}"
                for r in plan.refused), self)
            wrap(refused)
            layout.addWidget(refused)
        for column in range(3):
            self.changes.resizeColumnToContents(column)
        buttons = QDialogButtonBox(self)
        self.apply_button = buttons.addButton(self.tr("&Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setToolTip(self.tr("Store these changes and your choices, after a backup"))
        self.apply_button.clicked.connect(self.apply)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        metrics, screen = self.fontMetrics(), self.screen().availableGeometry()
        self.resize(min(metrics.averageCharWidth() * 110, screen.width() - 40),
                    min(metrics.height() * 34, screen.height() - 60))

    def apply(self) -> None:
        from edtrainer.core.services import exchange

        db, actor, path = self.ctx.db, self.ctx.actor, self.path
        chosen = {key: str(combo.currentData()) for key, combo in self.choices.items()}

        def run(_uow: Any, _task: Any) -> Any:
            return exchange.apply(db, path, conflicts=chosen, actor=actor)

        def done(result: Any) -> None:
            self.result_ = result
            self.accept()

        self.ctx.work(run, done, label=self.tr("Making a backup and applying…"), parent=self, commit=False)


def apply_file(window: Any, ctx: AppContext, path: Path | None = None) -> ApplyDialog | None:
    """Choose the file that came back, see what it changes, choose, apply."""
    from edtrainer.core.errors import EdtrainerError
    from edtrainer.core.services import exchange

    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(window, translate("ExchangeDialogs", "A trainer's register file"),
                                                str(Path.home()), translate("ExchangeDialogs",
                                                                            "Register files (*.edtx)"))
        if not chosen:
            return None
        path = Path(chosen)
    try:
        found = exchange.read(path)
        with ctx.uow() as uow:
            plan = exchange.plan_apply(uow, found)
    except EdtrainerError as exc:
        ctx.show_error(exc, window)
        return None
    if plan.nothing_to_do:
        text = i18n.text("exchange_nothing", ctx.language)
        if plan.refused:
            text = "\n".join(f"• {fmt.date(r.date)} {r.trainee + ': ' if r.trainee else ''}"
                             f"{i18n.text(r.reason, ctx.language)}" for r in plan.refused) + "\n\n" + \
                i18n.text("exchange_nothing_more", ctx.language)
        QMessageBox.information(window, translate("ExchangeDialogs", "Apply a register file"), text)
        return None
    dialog = ApplyDialog(window, ctx, path, plan)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)

    def finished(code: int) -> None:
        result = dialog.result_
        if code and result is not None:
            text = i18n.text("exchange_done", ctx.language, applied=result.applied, kept=result.kept,
                             refused=len(result.refused))
            if result.backup is not None:
                text += "\n\n" + i18n.text("backup_made_before", ctx.language, path=result.backup.path)
            window.statusBar().showMessage(text.replace("\n\n", " "), 15000)
            window.last_applied = result
            QMessageBox.information(window, translate("ExchangeDialogs", "Register file applied"), text)

    dialog.finished.connect(finished)
    dialog.open()
    return dialog
