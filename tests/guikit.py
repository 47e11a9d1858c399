"""Helpers for driving the real desktop app in tests (offscreen): open it on a test database, go to a
page and wait until it has loaded, and answer the modal dialogs a page opens."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QDialog, QLineEdit, QPlainTextEdit, QSpinBox

from edtrainer.core import clock
from edtrainer.gui.app import Controller
from edtrainer.gui.pages.base import Page
from edtrainer.gui.settings import Settings
from edtrainer.gui.widgets.forms import DateField, FormDialog, MultiChoice

WAIT = 20_000  # ms: generous, a page normally loads in tens of milliseconds


def start_app(qtbot: Any, database: str, *, language: str = "nl") -> Controller:
    app = QApplication.instance()
    controller = Controller(app, Settings.open(), database=database, language=language)
    # A message box would wait for a click that never comes: record what the app wanted to say instead.
    controller.errors = []  # type: ignore[attr-defined]

    def record(exc: BaseException, parent: Any = None) -> None:
        controller.errors.append(exc)  # type: ignore[attr-defined]
        print("app error:", type(exc).__name__, exc, getattr(exc, "__edtrainer_trace__", ""))

    controller.ctx.show_error = record  # type: ignore[method-assign]
    with qtbot.waitSignal(controller.ctx.database_opened, timeout=WAIT):
        controller.start()
    return controller


def stop_app(controller: Controller, *, expected_errors: int = 0) -> None:
    controller.ctx.close_database()
    controller.window.close()
    controller.window.deleteLater()
    errors = controller.errors  # type: ignore[attr-defined]
    assert len(errors) == expected_errors, f"the app reported: {errors!r}"


def open_page(qtbot: Any, controller: Controller, name: str, **target: Any) -> Page:
    """Show a page and wait until its data is on screen."""
    window = controller.window
    page = window.page(name)
    was_visible = page.isVisible()
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        window.show_page(name, **target)
        if was_visible and not target:  # already showing: showing again loads nothing, so reload
            page.reload()
    return page


def reload(qtbot: Any, page: Page) -> None:
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        page.reload()


def set_field(dialog: FormDialog, name: str, value: Any) -> None:
    widget = dialog.inputs[name]
    if isinstance(widget, DateField):
        widget.edit.setText(value if isinstance(value, str) else value.strftime("%d-%m-%Y"))
    elif isinstance(widget, QLineEdit):
        widget.setText(str(value))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(str(value))
    elif isinstance(widget, QSpinBox):
        widget.setValue(int(value))
    elif isinstance(widget, QComboBox):
        index = widget.findData(value)
        if index < 0:
            index = widget.findText(str(value))
        assert index >= 0, f"{name}: no choice {value!r}"
        widget.setCurrentIndex(index)
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, MultiChoice):
        widget.set_value(value)
    else:
        raise TypeError(widget)


_test_generation = [0]  # raised when a test ends: its answerers still waiting give up


def end_answerers() -> None:
    """A test ended: an answerer of it that is still looking for its dialog must not answer the next test's
    (a save waits in an event loop now, where such a leftover timer would fire and close the form)."""
    _test_generation[0] += 1


@contextmanager
def answering(handler: Callable[[QDialog], None]) -> Iterator[list[BaseException]]:
    """Run ``handler(dialog)`` on the next modal dialog; whatever happens, the dialog ends, so a failing
    check never leaves a test hanging. Failures are re-raised after the block."""
    errors: list[BaseException] = []
    attempts = {"n": 0}
    generation = _test_generation[0]

    def run() -> None:
        if _test_generation[0] != generation:
            return  # the test that asked has ended
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            attempts["n"] += 1
            if attempts["n"] < 200:
                QTimer.singleShot(10, run)
            return
        try:
            handler(dialog)
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, run)
    yield errors
    if errors:
        raise errors[0]


@contextmanager
def answering_in_turn(qtbot: Any, *handlers: Callable[[QDialog], None], patience: int = WAIT) -> Iterator[None]:
    """Answer the next modal dialogs with these handlers, one each, in order, wherever they appear (also
    inside another dialog's loop, or after a background task). Leaving the block waits until every handler
    ran (or ``patience`` ms passed), then re-raises what a handler raised."""
    queue = list(handlers)
    errors: list[BaseException] = []
    handled: list[int] = []
    timer = QTimer()
    timer.setInterval(20)

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not queue or id(dialog) in handled or not dialog.isVisible():
            return
        from PySide6.QtWidgets import QProgressDialog

        if isinstance(dialog, QProgressDialog):
            return  # progress comes and goes by itself
        handled.append(id(dialog))
        handler = queue.pop(0)

        def answer() -> None:
            try:
                handler(dialog)
            except BaseException as exc:  # noqa: BLE001
                errors.append(exc)
                if dialog.isVisible():
                    dialog.reject()

        # Not from inside this timer's slot: a handler that opens the next dialog waits in that dialog's
        # loop, and this timer must keep firing there to answer it.
        QTimer.singleShot(0, answer)

    timer.timeout.connect(poll)
    timer.start()
    try:
        yield
        qtbot.waitUntil(lambda: not queue or bool(errors), timeout=patience)
    finally:
        timer.stop()
    if errors:
        raise errors[0]


def fill_and_save(values: dict[str, Any], *, expect_error: str | None = None,
                  check: Callable[[FormDialog], None] | None = None) -> Callable[[QDialog], None]:
    """A handler: fill the form, press Save; with ``expect_error`` (a field name) the form must stay open
    with a message under that field."""
    def handle(dialog: QDialog) -> None:
        assert isinstance(dialog, FormDialog), type(dialog)
        for name, value in values.items():
            set_field(dialog, name, value)
        dialog.save_button.click()
        if expect_error is not None:
            assert dialog.isVisible(), "the form closed although the input was bad"
            text = dialog.banner.text() if expect_error == "*" else dialog.error_text(expect_error)
            assert text.startswith("⚠"), f"no message next to {expect_error}: {dialog.error_text(expect_error)!r}"
            if check is not None:
                check(dialog)
        else:
            banner = dialog.banner.text() if dialog.banner.isVisibleTo(dialog) else ""
            errors = {n: dialog.error_text(n) for n in dialog.inputs if dialog.error_text(n)}
            assert not dialog.isVisible(), f"the form did not save: {banner} {errors}"
    return handle


def today() -> dt.date:
    return clock.today()


@contextmanager
def message_boxes(qtbot: Any) -> Iterator[list[str]]:
    """Accept every message box that appears inside the block, keeping its text. A message box waits in its own
    event loop (inside a callback), so it is answered from a timer; leaving the block waits for the first."""
    from PySide6.QtWidgets import QMessageBox

    said: list[str] = []
    timer = QTimer()

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            said.append(box.text())
            box.accept()

    timer.timeout.connect(answer)
    timer.start(20)
    try:
        yield said
        qtbot.waitUntil(lambda: bool(said), timeout=WAIT)
    finally:
        timer.stop()


# --- every dialog a page's buttons and the menus open ------------------------------------------------------

# Buttons that open a form or dialog without needing a file: (page, attribute).
DIALOG_BUTTONS = [
    ("cohorts", "new_button"), ("cohorts", "edit_button"), ("cohorts", "trainers_button"),
    ("cohorts", "enrol_button"), ("cohorts", "buddy_button"),
    ("trainees", "new_button"), ("trainees", "edit_button"), ("trainees", "enrol_button"),
    ("trainees", "withdraw_button"), ("trainees", "pause_button"), ("trainees", "audit_button"),
    ("programmes", "edit_programme_button"), ("programmes", "edit_module_button"), ("programmes", "edit_staff_button"),
    ("sessions", "plan_button"), ("sessions", "series_button"), ("sessions", "edit_button"),
    ("sessions", "apology_button"),
    ("placements", "new_button"), ("placements", "edit_button"), ("placements", "add_hours_button"),
    ("placements", "evaluate_button"), ("placements", "complete_button"), ("placements", "end_button"),
    ("organisations", "edit_button"), ("organisations", "edit_contact_button"),
    ("certification", "issue_button"), ("certification", "override_button"),
]
# Dialogs of the menus: (the menu action's function in window_actions).
MENU_DIALOGS = ["open_settings", "edit_issuer", "manage_key", "show_shortcuts", "show_audit_log", "show_about",
                "verify_certificate", "show_privacy", "export_to_file", "restore_backup"]


def walk_dialogs(qtbot: Any, controller: Controller,
                 look: Callable[[QDialog, str], None]) -> tuple[list[str], list[str]]:
    """Open each dialog of DIALOG_BUTTONS (by clicking the button) and MENU_DIALOGS in turn and hand it, shown,
    to ``look(dialog, where)``; the dialog is closed afterwards. Returns (where each opened, the menu dialogs
    that apply: restoring a backup is for the SQLite file on this computer, on a server it is off)."""
    from PySide6.QtCore import Qt

    from edtrainer.gui import window_actions

    opened: list[str] = []

    def check(where: str) -> Callable[[QDialog], None]:
        def handle(dialog: QDialog) -> None:
            opened.append(where)
            qtbot.waitUntil(dialog.isVisible, timeout=5000)
            look(dialog, where)
        return handle

    for page_name, attribute in DIALOG_BUTTONS:
        page = open_page(qtbot, controller, page_name)
        button = getattr(page, attribute)
        if not button.isEnabled():
            continue
        with answering(check(f"{page_name}.{attribute}")):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        QApplication.processEvents()
    menu_dialogs = [m for m in MENU_DIALOGS if m != "restore_backup" or controller.window.restore_action.isEnabled()]
    for method in menu_dialogs:
        with answering(check(method)):
            getattr(window_actions, method)(controller.window)
    return opened, menu_dialogs
