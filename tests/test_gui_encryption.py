"""The app and the encrypted database: it asks for the passphrase when it opens one (and says so when it is
wrong), and Settings → Encryption encrypts the open database and its backups, with the passphrase typed twice."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from sqlalchemy import text

from edtrainer.core import backups, cipher
from edtrainer.core.db import open_database
from edtrainer.core.services import encryption
from edtrainer.gui import window_actions
from edtrainer.gui.app import Controller
from edtrainer.gui.encryption_dialogs import NewPassphraseDialog, PassphraseDialog
from edtrainer.gui.settings import Settings

from guikit import WAIT, answering_in_turn, start_app, stop_app

pytestmark = pytest.mark.skipif(not cipher.available(), reason="sqlcipher3 is not installed")

PASSPHRASE = "de fiets staat in de schuur"


@pytest.fixture
def encrypted_copy(demo_copy: Path) -> Path:
    db = open_database(demo_copy)
    try:
        encryption.set_encryption(db, PASSPHRASE, actor="tester")
    finally:
        db.dispose()
    cipher.set_passphrase(None)  # as at a fresh start: nothing remembered
    return demo_copy


def _ok(dialog: Any) -> Any:
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def test_the_app_asks_for_the_passphrase_and_says_when_it_is_wrong(qtbot, encrypted_copy: Path) -> None:  # noqa: ANN001
    controller = Controller(QApplication.instance(), Settings.open(), database=str(encrypted_copy), language="nl")
    controller.errors = []  # type: ignore[attr-defined]
    controller.ctx.show_error = lambda exc, parent=None: controller.errors.append(exc)  # type: ignore[attr-defined]
    asked: list[str] = []

    def wrong(dialog: Any) -> None:
        assert isinstance(dialog, PassphraseDialog), type(dialog)
        assert not dialog.problem.isVisible()
        asked.append(dialog.findChild(type(dialog.problem)).text())
        qtbot.keyClicks(dialog.passphrase, "een verkeerd wachtwoord")
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)

    def right(dialog: Any) -> None:
        assert isinstance(dialog, PassphraseDialog), type(dialog)
        assert dialog.problem.isVisible() and dialog.problem.text().startswith("⚠"), "a wrong passphrase unsaid"
        assert dialog.passphrase.echoMode() == dialog.passphrase.EchoMode.Password
        qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    with answering_in_turn(qtbot, wrong, right), qtbot.waitSignal(controller.ctx.database_opened, timeout=WAIT):
        controller.start()
    try:
        assert str(encrypted_copy) in asked[0] and "versleuteld" in asked[0]
        with controller.ctx.uow() as uow:
            assert uow.session.execute(text("SELECT count(*) FROM trainee")).scalar_one() > 0
    finally:
        stop_app(controller)


def test_cancel_at_the_passphrase_leaves_the_app_without_data(qtbot, encrypted_copy: Path) -> None:  # noqa: ANN001
    controller = Controller(QApplication.instance(), Settings.open(), database=str(encrypted_copy), language="nl")
    said: list[str] = []

    def cancel(dialog: Any) -> None:
        assert isinstance(dialog, PassphraseDialog), type(dialog)
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Escape)

    def quit_app(box: Any) -> None:
        assert isinstance(box, QMessageBox), type(box)
        said.append(box.text())
        quit_button = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole)
        qtbot.mouseClick(quit_button, Qt.MouseButton.LeftButton)

    with answering_in_turn(qtbot, cancel, quit_app), qtbot.waitSignal(controller.ctx.database_failed, timeout=WAIT):
        controller.start()
    qtbot.waitUntil(lambda: bool(said), timeout=WAIT)
    assert controller.ctx.db is None
    assert "versleuteld" in said[0] and "wachtwoord" in said[0]
    controller.window.close()
    controller.window.deleteLater()


def test_settings_encrypt_the_open_database_and_its_backups(qtbot, demo_copy: Path) -> None:  # noqa: ANN001
    from edtrainer.gui.dialogs import SettingsDialog

    controller = start_app(qtbot, str(demo_copy))
    try:
        backups.make(demo_copy, reason="manual")
        messages: list[str] = []
        status: list[str] = []

        def settings(dialog: Any) -> None:
            assert isinstance(dialog, SettingsDialog), type(dialog)
            status.append(dialog.encryption.status.text())
            assert not dialog.encryption.decrypt.isVisible()
            qtbot.mouseClick(dialog.encryption.encrypt, Qt.MouseButton.LeftButton)

        def new_passphrase(dialog: Any) -> None:
            assert isinstance(dialog, NewPassphraseDialog), type(dialog)
            qtbot.keyClicks(dialog.first, "kort")
            qtbot.keyClicks(dialog.second, "kort")
            qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
            assert dialog.isVisible() and "8" in dialog.problem.text() and dialog.problem.text().startswith("⚠")
            assert "te kort" in dialog.strength.text() or "too short" in dialog.strength.text()
            dialog.first.clear()
            dialog.second.clear()
            qtbot.keyClicks(dialog.first, PASSPHRASE)
            qtbot.keyClicks(dialog.second, PASSPHRASE + "!")
            qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
            assert dialog.isVisible() and dialog.problem.isVisible(), "two different passphrases were taken"
            assert "●●●" in dialog.strength.text()
            qtbot.keyClick(dialog.second, Qt.Key.Key_Backspace)
            qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

        def told(box: Any) -> None:
            assert isinstance(box, QMessageBox), type(box)
            messages.append(box.text())
            settings_dialog = box.parent().window()
            box.accept()
            status.append(settings_dialog.encryption.status.text())
            QTimer.singleShot(0, settings_dialog.reject)

        with answering_in_turn(qtbot, settings, new_passphrase, told):
            window_actions.open_settings(controller.window)
        assert messages and "is versleuteld, met 1 reservekopie" in messages[0], messages
        assert status[0] != status[1]
        assert demo_copy.read_bytes()[:16] != cipher.SQLITE_MAGIC
        for backup in backups.list_backups(stem=demo_copy.stem, source=demo_copy):
            assert backup.path.read_bytes()[:16] != cipher.SQLITE_MAGIC
        # The app goes on with the encrypted database, opened again.
        qtbot.waitUntil(lambda: controller.ctx.db is not None, timeout=WAIT)
        with controller.ctx.uow() as uow:
            assert uow.session.execute(text("SELECT count(*) FROM trainee")).scalar_one() > 0
    finally:
        stop_app(controller)
