"""The app's care for the data: choosing and restoring a backup, and what it says about a damaged file.

The work itself is in the core (``core.backups``, ``core.integrity``); these dialogs choose, confirm and
report. A restore keeps what is there first (or puts a damaged file aside whole), and the dialog says
where.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from edtrainer.gui import fmt
from edtrainer.gui.tr import QT_TRANSLATE_NOOP, translate
from edtrainer.gui.widgets.wrap import wrap

if TYPE_CHECKING:
    from edtrainer.gui.context import AppContext

REASONS = {
    "auto": QT_TRANSLATE_NOOP("Backups", "automatic"),
    "close": QT_TRANSLATE_NOOP("Backups", "on closing"),
    "manual": QT_TRANSLATE_NOOP("Backups", "by hand"),
    "before-upgrade": QT_TRANSLATE_NOOP("Backups", "before an upgrade"),
    "before-restore": QT_TRANSLATE_NOOP("Backups", "before a restore"),
    "before-demo-removal": QT_TRANSLATE_NOOP("Backups", "before removing the demo"),
    "before-erasure": QT_TRANSLATE_NOOP("Backups", "before an erasure"),
    "before-import": QT_TRANSLATE_NOOP("Backups", "before an import"),
    "before-exchange": QT_TRANSLATE_NOOP("Backups", "before a trainer's register file"),
}


def reason_text(reason: str) -> str:
    return translate("Backups", REASONS[reason]) if reason in REASONS else reason


def when_text(moment: Any) -> str:
    local = moment.astimezone()
    return f"{fmt.date(local.date())} {local:%H:%M}"


def size_text(n: int) -> str:
    if n < 1024 * 1024:
        return f"{max(1, round(n / 1024))} kB"
    return f"{fmt.number(n / (1024 * 1024))} MB"


class RestoreDialog(QDialog):
    """The backups of the open database, newest first, with what each holds; Restore puts one back."""

    COLUMNS = (QT_TRANSLATE_NOOP("RestoreDialog", "Made"), QT_TRANSLATE_NOOP("RestoreDialog", "Why"),
               QT_TRANSLATE_NOOP("RestoreDialog", "Trainees"), QT_TRANSLATE_NOOP("RestoreDialog", "Cohorts"),
               QT_TRANSLATE_NOOP("RestoreDialog", "Sessions"), QT_TRANSLATE_NOOP("RestoreDialog", "Size"),
               QT_TRANSLATE_NOOP("RestoreDialog", "Checked"))

    def __init__(self, parent: QWidget, ctx: AppContext) -> None:
        from edtrainer.core import backups

        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Restore a backup"))
        layout = QVBoxLayout(self)
        db = ctx.db
        assert db is not None and db.is_sqlite
        self.folder = backups.folder_for()
        intro = QLabel(self.tr("Choose the backup to put back. What is in the database now is kept first, as a "
                               "backup of its own, so a restore can be undone by restoring that one. Backups "
                               "are in %1.").replace("%1", str(self.folder)), self)
        wrap(intro)
        layout.addWidget(intro)
        self.list = QTreeWidget(self)
        self.list.setObjectName("backups")
        self.list.setRootIsDecorated(False)
        self.list.setAllColumnsShowFocus(True)
        self.list.setAccessibleName(self.tr("Backups, newest first"))
        self.list.setHeaderLabels([translate("RestoreDialog", c) for c in self.COLUMNS])
        self.backups = backups.list_backups(stem=db.path.stem, source=db.path)
        for backup in self.backups:
            counts = backup.counts or {}
            item = QTreeWidgetItem([when_text(backup.created), reason_text(backup.reason),
                                    str(counts.get("trainees", "?")), str(counts.get("cohorts", "?")),
                                    str(counts.get("sessions", "?")), size_text(backup.size),
                                    self.tr("yes") if backup.verified else self.tr("not yet")])
            item.setData(0, Qt.ItemDataRole.UserRole, str(backup.path))
            item.setToolTip(0, str(backup.path))
            for column in (2, 3, 4, 5):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
        for column in range(len(self.COLUMNS)):
            self.list.resizeColumnToContents(column)
        # As wide as its columns (at 200 % text too), as far as the screen allows; room for eight rows.
        rows_height = self.list.fontMetrics().height() * 9
        self.list.setMinimumHeight(rows_height)
        wanted = sum(self.list.columnWidth(c) for c in range(len(self.COLUMNS))) + 48
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        self.list.setMinimumWidth(min(wanted, int(screen.width() * 0.9) - 40) if screen else wanted)
        self.list.itemActivated.connect(lambda _item, _col: self.restore_chosen())
        layout.addWidget(self.list, 1)
        self.empty = QLabel(self.tr("There are no backups of this database in that folder yet."), self)
        self.empty.setVisible(not self.backups)
        layout.addWidget(self.empty)
        buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(self.tr("&Restore this backup…"), self)
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_chosen)
        self.other_button = QPushButton(self.tr("&Other file…"), self)
        self.other_button.clicked.connect(self.restore_other)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.currentItemChanged.connect(lambda item, _old: self.restore_button.setEnabled(item is not None))
        first = self.list.topLevelItem(0)
        if first is not None:
            self.list.setCurrentItem(first)
        self.list.setFocus()
        self.chosen: Path | None = None

    def restore_chosen(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self._confirm(Path(item.data(0, Qt.ItemDataRole.UserRole)), item.text(0))

    def restore_other(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Restore a backup"), str(self.folder),
                                              self.tr("edtrainer databases (*.sqlite3);;All files (*)"))
        if path:
            self._confirm(Path(path), Path(path).name)

    def _confirm(self, path: Path, label: str) -> None:
        from edtrainer.core.services import restoring

        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Restore a backup"),
                          self.tr("Put the backup of %1 in place of what is in the database now? What is there "
                                  "now is kept first as a backup of its own.").replace("%1", label),
                          QMessageBox.StandardButton.NoButton, self)
        db = self.ctx.db
        if db is not None and (said := restoring.since(db.path, path).describe(self.ctx.language)) is not None:
            box.setInformativeText(said)
        go = box.addButton(self.tr("&Restore"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.exec()
        if box.clickedButton() is go:
            self.chosen = path
            self.accept()


def restore(window: Any, ctx: AppContext, path: Path) -> None:
    """Restore ``path`` with a progress dialog, then say what happened (and where the old data went)."""
    from PySide6.QtWidgets import QProgressDialog

    progress = QProgressDialog(translate("RestoreDialog", "Restoring the backup…"), "", 0, 0, window)
    progress.setWindowTitle("edtrainer")
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    progress.show()

    def done(report: Any) -> None:
        progress.close()
        text = translate("RestoreDialog", "The backup of %1 has been restored.").replace(
            "%1", when_text(_created(report.restored_from)))
        if report.safety_backup is not None:
            text += " " + translate("RestoreDialog", "What was there before is in the backup %1.").replace(
                "%1", str(report.safety_backup))
        if report.put_aside is not None:
            text += " " + translate("RestoreDialog", "The damaged file was put aside as %1.").replace(
                "%1", str(report.put_aside))
        if report.reapplied is not None and (said := report.reapplied.describe(ctx.language)) is not None:
            text += "\n\n" + said
        window.statusBar().showMessage(translate("RestoreDialog", "The backup has been restored."), 10000)
        QMessageBox.information(window, translate("RestoreDialog", "Restore a backup"), text)

    def failed(exc: BaseException) -> None:
        progress.close()
        ctx.show_error(exc, window)

    from edtrainer.gui import swaps

    swaps.restore_backup(ctx, path, done, failed)


def _created(path: Path) -> Any:
    from edtrainer.core import backups

    parsed = backups.list_backups(path.parent, stem=backups.stem_of(path))
    for backup in parsed:
        if backup.path == path:
            return backup.created
    import datetime as dt

    return dt.datetime.fromtimestamp(path.stat().st_mtime).astimezone()


def tell_damaged(window: Any, ctx: AppContext) -> None:
    """A damaged database was opened read-only: say so in one sentence, and offer the newest good backup."""
    from edtrainer.core import backups, i18n

    db = ctx.db
    assert db is not None and db.damage
    lang = ctx.language
    good = ctx.newest_good
    if good is not None:
        text = i18n.text("db_damaged_opened_app", lang, where=db.where, when=when_text(good.created))
    else:
        text = i18n.text("db_damaged_no_backup", lang, where=db.where, folder=backups.folder_for())
    dialog = DamagedDialog(window, text, offer_newest=good is not None)
    dialog.exec()
    if dialog.choice == "newest" and good is not None:
        restore(window, ctx, good.path)
    elif dialog.choice == "choose":
        chooser = RestoreDialog(window, ctx)
        if chooser.exec() and chooser.chosen is not None:
            restore(window, ctx, chooser.chosen)


class DamagedDialog(QDialog):
    """The one sentence about the damage, and the ways on: restore the newest good backup, choose one, or
    read on. Its buttons wrap onto a next line at a large text size instead of being cut off."""

    def __init__(self, parent: QWidget, text: str, *, offer_newest: bool) -> None:
        from PySide6.QtWidgets import QHBoxLayout, QStyle

        from edtrainer.gui.widgets.flow import flow_row

        super().__init__(parent)
        self.setObjectName("damaged")
        self.setWindowTitle(translate("RestoreDialog", "The database is damaged"))
        self.choice = "read"
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        row.addWidget(icon)
        self.message = QLabel(text, self)
        self.message.setAccessibleName(self.windowTitle())
        wrap(self.message)
        row.addWidget(self.message, 1)
        layout.addLayout(row)
        buttons: list[QWidget] = []
        if offer_newest:
            self.newest = QPushButton(translate("RestoreDialog", "Restore the &newest backup"), self)
            self.newest.clicked.connect(lambda: self._choose("newest"))
            buttons.append(self.newest)
        choose = QPushButton(translate("RestoreDialog", "&Choose a backup…"), self)
        choose.clicked.connect(lambda: self._choose("choose"))
        read = QPushButton(translate("RestoreDialog", "&Read only"), self)
        read.clicked.connect(self.reject)
        buttons += [choose, read]
        layout.addWidget(flow_row(buttons, self))
        screen = self.screen().availableGeometry().width() if self.screen() is not None else 800
        self.setMinimumWidth(min(self.fontMetrics().averageCharWidth() * 64, int(screen * 0.9)))
        first = self.newest if offer_newest else read
        first.setDefault(True)
        first.setFocus()

    def text(self) -> str:
        return self.message.text()

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()
