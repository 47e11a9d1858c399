"""The first start on an empty data folder: the first-run wizard, walked through with the keyboard only, sets
up the organisation, its signatory, a signing key and the backup folder, then starts with the demo or empty;
it never shows again, every step can be skipped, and Cancel keeps what was saved."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from edtrainer.core import preferences
from edtrainer.core.db import open_database
from edtrainer.core.services import demo, first_run, issuer, signing_keys
from edtrainer.gui import settings as S
from edtrainer.gui.app import Controller
from edtrainer.gui.first_run import BACKUPS, KEY, ORGANISATION, SIGNATORIES, START, WELCOME, FirstRunWizard

from guikit import WAIT, answering

PASSPHRASE = "paard nietje batterij"


def first_start(qtbot: Any) -> tuple[Controller, FirstRunWizard]:
    controller = Controller(QApplication.instance(), S.Settings.open())
    with qtbot.waitSignal(controller.ctx.first_run, timeout=WAIT):
        controller.start()
    wizard = controller.wizard
    qtbot.waitUntil(wizard.isVisible)
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    return controller, wizard


def focus() -> Any:
    widget = QApplication.focusWidget() or QApplication.activeWindow()
    assert widget is not None, "no window has the keyboard"
    return widget


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focus(), key, modifier)


def type_text(text: str) -> None:
    QTest.keyClicks(focus(), text)


def finish(qtbot: Any, controller: Controller, key: Qt.Key = Qt.Key.Key_Return) -> None:
    with qtbot.waitSignal(controller.ctx.database_opened, timeout=WAIT):
        press(key)


def stop(controller: Controller) -> None:
    controller.ctx.close_database()
    controller.window.close()
    controller.window.deleteLater()


@pytest.mark.parametrize("choice", ["empty", "demo"])
def test_the_wizard_walked_by_keyboard_sets_up_everything_and_starts_as_chosen(qtbot, tmp_path: Path,  # noqa: ANN001
                                                                               choice: str) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    controller, wizard = first_start(qtbot)
    assert controller.ctx.is_demo is False and wizard.currentId() == WELCOME
    press(Qt.Key.Key_Return)                                   # Enter = Next
    assert wizard.currentId() == ORGANISATION
    page = wizard.page(ORGANISATION)
    assert focus() is page.body.inputs["organisation"]
    type_text("Stichting Herstel")
    press(Qt.Key.Key_Tab)
    assert focus() is page.body.inputs["place"]
    type_text("Winschoten")
    press(Qt.Key.Key_Tab)
    type_text("Markt 1, 9671 AA Winschoten")
    press(Qt.Key.Key_Return)
    assert wizard.currentId() == SIGNATORIES                    # saved through the issuer service
    type_text("Anna de Vries")
    press(Qt.Key.Key_Tab)
    type_text("Directeur")
    press(Qt.Key.Key_Return)
    assert wizard.currentId() == KEY
    key_page = wizard.page(KEY)
    assert focus() is key_page.form.inputs["organisation"]      # filled in from the organisation
    assert key_page.form.inputs["organisation"].text() == "Stichting Herstel"
    press(Qt.Key.Key_Tab)
    type_text("kort")
    assert "te kort" in key_page.form.strength.text()           # the strength in words
    QTest.keyClick(focus(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(PASSPHRASE)
    assert key_page.form.strength.text() == "Sterkte: sterk"
    press(Qt.Key.Key_Tab)
    type_text(PASSPHRASE)
    press(Qt.Key.Key_Return)                                    # the key is made in the background
    qtbot.waitUntil(lambda: wizard.currentId() == BACKUPS and QApplication.activeWindow() is wizard, timeout=WAIT)
    assert focus() is wizard.page(BACKUPS).edit
    type_text(str(usb))
    press(Qt.Key.Key_Return)
    assert wizard.currentId() == START
    assert focus() is wizard.page(START).demo and wizard.page(START).demo.isChecked()  # the demo: chosen already
    if choice == "empty":
        press(Qt.Key.Key_Down)                                  # the arrow key chooses "Start empty"
        assert wizard.page(START).empty.isChecked()
    finish(qtbot, controller)                                   # Enter = Start

    ctx = controller.ctx
    with ctx.uow() as uow:
        made = issuer.get_issuer(uow)
        assert made is not None and (made.organisation, made.place) == ("Stichting Herstel", "Winschoten")
        assert made.address == "Markt 1, 9671 AA Winschoten"
        assert [(s.name, s.role) for s in made.signatories] == [("Anna de Vries", "Directeur")]
        assert len(signing_keys.list_keys(uow)) == 1
        signer = signing_keys.unlock(uow, passphrase=PASSPHRASE)  # the key works with the passphrase
        assert signer is not None
        assert (demo.database_is_empty(uow) is None) == (choice == "empty")
        assert first_run.first_run(uow)["choice"] == choice
    assert ctx.is_demo == (choice == "demo")
    assert ctx.signer is not None                               # just typed twice: not asked again
    assert preferences.load().backup_folder == str(usb)
    assert S.Settings.open().get(S.FIRST_RUN_DONE) is True
    stop(controller)

    again = Controller(QApplication.instance(), S.Settings.open())   # a second start: no wizard
    seen: list[bool] = []
    again.ctx.first_run.connect(lambda: seen.append(True))
    with qtbot.waitSignal(again.ctx.database_opened, timeout=WAIT):
        again.start()
    assert not seen and again.wizard is None and again.ctx.is_demo == (choice == "demo")
    with again.ctx.uow() as uow:
        assert (demo.database_is_empty(uow) is None) == (choice == "empty")  # empty stays empty
    stop(again)


def test_every_step_can_be_skipped_by_leaving_it_empty(qtbot) -> None:  # noqa: ANN001
    controller, wizard = first_start(qtbot)
    visited = []
    while wizard.currentId() != START:
        visited.append(wizard.currentId())
        press(Qt.Key.Key_Return)
    assert visited == [WELCOME, ORGANISATION, KEY, BACKUPS]    # no organisation: no signatories to ask
    shown: list[bool] = []                                      # after DemoProgress's own handler

    def watch(_done: int, _total: int) -> None:
        dialog = controller.demo_progress.dialog
        shown.append(dialog is not None and dialog.isVisible())

    controller.ctx.demo_progress.connect(watch)
    finish(qtbot, controller)                                   # Start, with the demo shown step by step
    assert shown and all(shown) and controller.ctx.is_demo
    with controller.ctx.uow() as uow:
        assert issuer.get_issuer(uow) is None and not signing_keys.list_keys(uow)
    assert preferences.load().backup_folder is None
    assert S.Settings.open().get(S.FIRST_RUN_DONE) is True
    stop(controller)


def test_skip_this_step_leaves_what_was_typed_unsaved(qtbot) -> None:  # noqa: ANN001
    controller, wizard = first_start(qtbot)
    press(Qt.Key.Key_Return)
    type_text("Stichting Half")                                 # no place: would not save
    skip = wizard.button(QWizard.WizardButton.CustomButton1)
    assert skip.text() == "&Overslaan" and skip.isVisible()
    qtbot.mouseClick(skip, Qt.MouseButton.LeftButton)           # (its Alt+S does not reach Qt offscreen)
    assert wizard.currentId() == KEY
    with controller.ctx.uow() as uow:
        assert issuer.get_issuer(uow) is None
    press(Qt.Key.Key_Tab)
    type_text("te kort")
    press(Qt.Key.Key_Tab)
    type_text("te kort")
    press(Qt.Key.Key_Return)                                    # refused beside its field, nothing made
    assert wizard.currentId() == KEY
    assert "10 tekens" in wizard.page(KEY).form.body.error_text("passphrase")
    qtbot.mouseClick(skip, Qt.MouseButton.LeftButton)
    assert wizard.currentId() == BACKUPS
    with controller.ctx.uow() as uow:
        assert not signing_keys.list_keys(uow)
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Down)
    finish(qtbot, controller)
    assert controller.ctx.is_demo is False
    stop(controller)


def test_a_missing_place_is_said_beside_its_field_in_dutch(qtbot) -> None:  # noqa: ANN001
    controller, wizard = first_start(qtbot)
    press(Qt.Key.Key_Return)
    type_text("Stichting Herstel")
    press(Qt.Key.Key_Return)
    assert wizard.currentId() == ORGANISATION
    assert wizard.page(ORGANISATION).body.error_text("place") == "⚠ Plaats is verplicht."
    assert focus() is wizard.page(ORGANISATION).body.inputs["place"]
    with controller.ctx.uow() as uow:
        assert issuer.get_issuer(uow) is None
    type_text("Veendam")
    press(Qt.Key.Key_Return)
    assert wizard.currentId() == SIGNATORIES
    with controller.ctx.uow() as uow:
        assert issuer.get_issuer(uow).place == "Veendam"
    press(Qt.Key.Key_Escape)                                    # nothing typed here: no question
    qtbot.waitSignal(controller.ctx.database_opened, timeout=WAIT).wait()
    stop(controller)


def test_escape_asks_when_something_was_typed_then_keeps_what_was_saved_and_starts_with_the_demo(
        qtbot) -> None:  # noqa: ANN001
    controller, wizard = first_start(qtbot)
    press(Qt.Key.Key_Return)
    type_text("Stichting Herstel")
    press(Qt.Key.Key_Tab)
    type_text("Winschoten")
    press(Qt.Key.Key_Return)                                    # saved
    type_text("Anna de Vries")                                  # typed, not saved

    def stay(box: Any) -> None:
        assert isinstance(box, QMessageBox) and "niet bewaard" in box.text()
        box.reject()

    with answering(stay) as problems:
        press(Qt.Key.Key_Escape)
    assert not problems and wizard.isVisible() and wizard.currentId() == SIGNATORIES
    wizard.activateWindow()  # (offscreen, the closed message box leaves no window active)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)

    def stop_setting_up(box: Any) -> None:
        go = next(b for b in box.buttons() if b.text() == "Stoppen")
        go.click()

    with answering(stop_setting_up) as problems, qtbot.waitSignal(controller.ctx.database_opened, timeout=WAIT):
        press(Qt.Key.Key_Escape)
    assert not problems
    assert controller.ctx.is_demo                               # Cancel: the choice as it stood, the demo
    with controller.ctx.uow() as uow:
        made = issuer.get_issuer(uow)
        assert made is not None and made.organisation == "Stichting Herstel" and not made.signatories
    assert S.Settings.open().get(S.FIRST_RUN_DONE) is True
    stop(controller)


def test_without_asking_the_environment_chooses_and_an_old_database_never_asks(qtbot, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("EDTRAINER_FIRST_RUN", "empty")
    controller = Controller(QApplication.instance(), S.Settings.open())
    with qtbot.waitSignal(controller.ctx.database_opened, timeout=WAIT):
        controller.start()
    assert controller.wizard is None and not controller.ctx.is_demo
    stop(controller)
    monkeypatch.delenv("EDTRAINER_FIRST_RUN")

    # A database that held the demo, removed since (its audit log remains), is not new: no wizard, no demo.
    from edtrainer import paths

    other = paths.data_dir() / "other.sqlite3"
    db = open_database(other)
    db.run(demo.create_demo)
    from edtrainer.core.services import demo_removal

    db.run(demo_removal.remove_demo)
    with db.uow() as uow:
        assert demo.database_is_empty(uow) is None and not first_run.is_new(uow)
    db.dispose()
    os.replace(other, paths.default_database_path())
    again = Controller(QApplication.instance(), S.Settings.open())
    with qtbot.waitSignal(again.ctx.database_opened, timeout=WAIT):
        again.start()
    assert again.wizard is None and not again.ctx.is_demo
    stop(again)
