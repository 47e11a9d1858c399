"""When the database cannot be opened: say why in plain words, and offer what can be done about it (a
passphrase, the newest backup, try again, open it anyway when another app holds it, another file, quit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

if TYPE_CHECKING:
    from edtrainer.gui.main_window import MainWindow

translate = QCoreApplication.translate


def ask_what_next(window: MainWindow, exc: BaseException) -> None:

    from edtrainer.core.errors import EdtrainerError

    window.where_label.setText(translate("MainWindow", "No database"))
    if isinstance(exc, EdtrainerError) and exc.key in ("db_needs_passphrase", "db_wrong_passphrase"):
        from edtrainer.gui.encryption_dialogs import ask_passphrase

        if ask_passphrase(window, str(exc.params.get("where", "")), wrong=exc.key == "db_wrong_passphrase"):
            window.ctx.open_database()
            return
    if isinstance(exc, EdtrainerError):
        text = exc.message(window.ctx.language)
    else:  # never a driver's words: a sentence, and the details folded away for whoever helps
        import logging

        logging.getLogger(__name__).error("opening failed: %s", getattr(exc, "__edtrainer_trace__", repr(exc)))
        text = translate(
            "MainWindow",
            "The database could not be opened for a reason edtrainer did not expect. Nothing "
            "was changed. Try again; if it keeps happening, ask whoever helps you with edtrainer.",
        )
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        translate("MainWindow", "The database cannot be opened"),
        text,
        QMessageBox.StandardButton.NoButton,
        window,
    )
    if not isinstance(exc, EdtrainerError):
        box.setDetailedText(getattr(exc, "__edtrainer_trace__", repr(exc)))
    elsewhere = isinstance(exc, EdtrainerError) and exc.key == "db_open_elsewhere"
    unreadable = isinstance(exc, EdtrainerError) and exc.key == "db_unreadable"
    put_back = (
        box.addButton(translate("MainWindow", "Restore the newest backup"), QMessageBox.ButtonRole.AcceptRole)
        if unreadable
        else None
    )
    retry = box.addButton(translate("MainWindow", "Try again"), QMessageBox.ButtonRole.AcceptRole)
    anyway = (
        box.addButton(translate("MainWindow", "Open anyway"), QMessageBox.ButtonRole.DestructiveRole)
        if elsewhere
        else None
    )
    other = box.addButton(translate("MainWindow", "Open another file…"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(translate("MainWindow", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if put_back is not None and box.clickedButton() is put_back:
        from pathlib import Path

        from edtrainer.gui.backup_dialogs import restore

        restore(window, window.ctx, Path(str(getattr(exc, "params", {})["backup"])))
    elif anyway is not None and box.clickedButton() is anyway:
        window.ctx.force_lock()
        window.ctx.open_database()
    elif box.clickedButton() is retry:
        window.ctx.open_database()
    elif box.clickedButton() is other:
        path, _ = QFileDialog.getOpenFileName(
            window,
            translate("MainWindow", "Open a database file"),
            "",
            translate("MainWindow", "edtrainer databases (*.sqlite3);;All files (*)"),
        )
        if path:
            window.ctx.database_arg = path
            window.ctx.open_database(with_demo_on_first_start=False)
        else:
            window.close()
    else:
        window.close()
