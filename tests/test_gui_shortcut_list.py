"""Shift+F1 (Help → Keyboard shortcuts; F1 opens the manual) lists every key of the window, read from the
window itself, in an aligned two-column table."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut

from edtrainer.gui.app import Controller
from edtrainer.gui.shortcut_list import ShortcutsDialog

from factories import make_world
from guikit import WAIT, answering_in_turn, open_page, start_app, stop_app


@pytest.fixture
def app(qtbot, db_url: str, db) -> Iterator[Controller]:  # noqa: ANN001
    make_world(db, sessions_past=2)
    controller = start_app(qtbot, db_url)
    yield controller
    stop_app(controller)


def _sequences(window) -> list[str]:  # noqa: ANN001
    native = QKeySequence.SequenceFormat.NativeText
    keys = [s.toString(native) for a in window.findChildren(QAction) for s in a.shortcuts()]
    keys += [s.key().toString(native) for s in window.findChildren(QShortcut)]
    return [k for k in keys if k]


def test_shift_f1_lists_every_shortcut_of_the_window_aligned(qtbot, app: Controller) -> None:  # noqa: ANN001
    window = app.window
    page = open_page(qtbot, app, "sessions")
    qtbot.waitUntil(lambda: not window.find_action.shortcut().isEmpty(), timeout=WAIT)  # given after first paint
    seen: dict[str, object] = {}

    def read(dialog) -> None:  # noqa: ANN001
        assert isinstance(dialog, ShortcutsDialog)
        seen["keys"] = dialog.keys()
        seen["columns"] = dialog.table.columnCount()
        seen["text"] = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())
                        if dialog.table.item(r, 1) is not None]
        qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)

    page.setFocus()
    with answering_in_turn(qtbot, read):
        qtbot.keyClick(window, Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier)
    keys = seen["keys"]
    assert seen["columns"] == 2  # keys and meaning in their own columns: aligned whatever the font
    listed = " / ".join(keys)  # type: ignore[arg-type]
    missing = [k for k in _sequences(window) if k not in listed]
    assert not missing, f"shortcuts of the window not in the list: {missing}"
    assert "Ctrl+Shift+A" in listed and "F2" in keys and "Alt+G" in keys  # the register's and the cohort's
    assert "Alt+B" in keys  # the File menu (Bestand)
    assert all(seen["text"]), "a key without a description"
