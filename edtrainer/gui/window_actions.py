"""The File and Help menus' actions, as plain functions of the main window: the backups, imports,
exports, register files, certificates, audit log and the informative dialogs. Texts keep the translation
context "MainWindow", where they were made before this module was split off (menus.py connects them)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from edtrainer.core import clock

if TYPE_CHECKING:
    from edtrainer.gui.main_window import MainWindow

translate = QCoreApplication.translate


def open_settings(w: MainWindow) -> None:
    from edtrainer.gui.dialogs import SettingsDialog

    dialog = SettingsDialog(w.ctx.settings, w, ctx=w.ctx)
    if dialog.exec() and w.controller is not None:
        w.controller.apply_settings()


def _with_database(w: MainWindow, module: str, function: str, keep: str = "") -> None:
    """A File-menu action whose dialog lives in its own module (imported when first used), only once a
    database is open; ``keep`` names the attribute that keeps the dialog it returns."""
    import importlib

    if w.ctx.db is None:
        return
    result = getattr(importlib.import_module(f"edtrainer.gui.{module}"), function)(w, w.ctx)
    if keep:
        setattr(w, keep, result)


def import_spreadsheet(w: MainWindow) -> None:
    _with_database(w, "import_dialog", "open_import", keep="import_dialog")


def make_register_file(w: MainWindow) -> None:
    _with_database(w, "exchange_dialogs", "make_file")


def apply_register_file(w: MainWindow) -> None:
    _with_database(w, "exchange_dialogs", "apply_file", keep="apply_dialog")


def export_to_file(w: MainWindow) -> None:
    _with_database(w, "export_dialog", "export")


def backup(w: MainWindow) -> None:
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog

    if w.ctx.db is None or not w.ctx.db.is_sqlite:
        return
    suggestion = str(Path.home() / f"edtrainer-{clock.today().isoformat()}.sqlite3")
    path, _ = QFileDialog.getSaveFileName(w, translate("MainWindow", "Backup copy"), suggestion,
                                          translate("MainWindow", "edtrainer databases (*.sqlite3)"))
    if not path:
        return
    db = w.ctx.db
    target = Path(path)

    def done(result: Any) -> None:
        w.statusBar().showMessage(translate("MainWindow", "Backup copy written: %1").replace("%1", str(result)), 10000)

    # The save dialog already asked whether to replace an existing file: it is replaced only once the new
    # copy is proven good, so a full disk never leaves the user with no copy at all.
    w.ctx.work(lambda _uow, _task: db.backup(target, overwrite=True), done,
                  label=translate("MainWindow", "Making a backup copy…"), parent=w, commit=False)


def back_up_now(w: MainWindow) -> None:
    from edtrainer.core import backups

    db = w.ctx.db
    if db is None or not db.is_sqlite or db.read_only:
        return

    def done(backup: Any) -> None:
        w.ctx.last_backup_at = backup.created
        w._backed_up(backup)

    w.ctx.work(lambda _uow, _task: backups.make(db.path, reason="manual"), done,
                  label=translate("MainWindow", "Making a backup…"), parent=w, commit=False)


def restore_backup(w: MainWindow) -> None:
    from edtrainer.gui.backup_dialogs import RestoreDialog, restore

    if w.ctx.db is None or not w.ctx.db.is_sqlite:
        return
    dialog = RestoreDialog(w, w.ctx)
    if dialog.exec() and dialog.chosen is not None:
        restore(w, w.ctx, dialog.chosen)


def verify_certificate(w: MainWindow) -> None:
    from edtrainer.gui.documents import VerifyDialog

    if w.ctx.db is not None:
        VerifyDialog(w, w.ctx).exec()


def edit_issuer(w: MainWindow) -> None:
    from edtrainer.gui.documents import edit_issuer

    if w.ctx.db is not None:
        edit_issuer(w, w.ctx)


def show_shortcuts(w: MainWindow) -> None:
    from edtrainer.gui.shortcut_list import ShortcutsDialog

    ShortcutsDialog(w, w.pages.get(w.current_page_name())).exec()


def show_audit_log(w: MainWindow, trainee_id: int | None = None, trainee_name: str = "") -> None:
    from edtrainer.gui.audit_dialog import AuditDialog

    if w.ctx.db is not None:
        AuditDialog(w, w.ctx, trainee_id=trainee_id, trainee_name=trainee_name).exec()


def show_privacy(w: MainWindow) -> None:
    from edtrainer.core.services import privacy
    from edtrainer.gui.dialogs import TextDialog

    if w.ctx.db is None:
        return
    with w.ctx.uow() as uow:
        text = privacy.privacy_statement(uow, w.ctx.language)
    TextDialog(w, translate("MainWindow", "Privacy statement"), text).exec()


def show_about(w: MainWindow) -> None:
    from edtrainer.gui import about_dialog

    about_dialog.show(w, w.ctx)


def manage_key(w: MainWindow) -> None:
    """File → Signing key: make or import the key certificates are signed with."""
    from edtrainer.gui.key_setup import manage_key as manage

    if w.ctx.db is not None:
        manage(w, w.ctx)


def show_manual(w: MainWindow) -> None:
    """F1: the manual at the page about the page shown (loaded when first asked: not before the first paint)."""
    from edtrainer.gui.help_viewer import show_help

    show_help(w)
