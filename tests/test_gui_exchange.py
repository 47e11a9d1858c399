"""Register files in the app (issue 12, item 6): the trainer records attendance in a file with the register's
own keys and no database; the coordinator makes the file from the File menu and applies what comes back,
choosing per mark where edtrainer was changed in the meantime."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from edtrainer.core import clock
from edtrainer.core.db import Database
from edtrainer.core.errors import FileError
from edtrainer.core.services import exchange, sessions
from edtrainer.gui import exchange_dialogs
from edtrainer.gui.app import Controller
from edtrainer.gui.exchange_dialogs import ApplyDialog
from edtrainer.gui.trainer_window import TrainerWindow

from factories import make_world
from guikit import WAIT, answering_in_turn, fill_and_save, message_boxes, start_app, stop_app


def _pack(db: Database, cohort_id: int, path: Path) -> exchange.ExchangeFile:
    with db.uow() as uow:
        found = exchange.pack(uow, cohort_id=cohort_id, date_from=dt.date(2000, 1, 1), date_to=dt.date(2100, 1, 1))
        uow.commit()
    exchange.write(found, path)
    return found


def test_the_trainer_records_with_the_register_keys_and_every_key_is_saved(qtbot, sqlite_db: Database,  # noqa: ANN001
                                                                           tmp_path: Path) -> None:
    w = make_world(sqlite_db, sessions_past=2, sessions_future=1)
    path = tmp_path / "oost.edtx"
    _pack(sqlite_db, w.cohort_id, path)
    window = TrainerWindow(path)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()  # its shortcuts (Ctrl+Z) work in the active window, as on a desktop
    qtbot.waitUntil(window.isActiveWindow)
    last_held = max((s for s in window.register.sessions if s.date <= clock.today()), key=lambda s: s.date).id
    assert window.current_session().id == last_held  # it opens on the latest session held
    future = len(window.register.sessions) - 1  # the planned one: only an apology can come before
    window.sessions.setCurrentRow(future)
    window.view.setFocus()
    window.view.setCurrentIndex(window.model.index(0, 1))
    qtbot.keyClick(window.view, Qt.Key.Key_A)
    assert "nog niet geweest" in window.statusBar().currentMessage()
    assert exchange.read(path).mark(window.current_session().id, window.register.expected(
        window.current_session())[0].enrolment_id) is None
    window.sessions.setCurrentRow(future - 1)  # today's: nothing marked yet
    session = window.current_session()
    people = window.register.expected(session)
    window.view.setFocus()
    window.view.setCurrentIndex(window.model.index(0, 1))
    qtbot.keyClick(window.view, Qt.Key.Key_A)
    qtbot.keyClick(window.view, Qt.Key.Key_X)
    assert window.view.currentIndex().row() == 2  # the cursor moved on after each key
    on_disk = exchange.read(path)
    assert on_disk.mark(session.id, people[0].enrolment_id) == "present"
    assert on_disk.mark(session.id, people[1].enrolment_id) == "absent"
    qtbot.keyClick(window.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    on_disk = exchange.read(path)
    assert [on_disk.mark(session.id, p.enrolment_id) for p in people] == ["present", "absent"] + \
        ["present"] * (len(people) - 2)  # everyone not yet marked; the absent one stays absent
    window.view.setCurrentIndex(window.model.index(1, 1))
    qtbot.keyClick(window.view, Qt.Key.Key_0)
    assert exchange.read(path).mark(session.id, people[1].enrolment_id) is None
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo puts it back
    assert exchange.read(path).mark(session.id, people[1].enrolment_id) == "absent"
    # The next sheet: Ctrl+PgUp to the session before, then one key marks its first trainee and nobody else.
    qtbot.keyClick(window.view, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    before = window.current_session()
    assert before.id != session.id and window.view.currentIndex().row() == 0
    marks_before = {p.enrolment_id: exchange.read(path).mark(before.id, p.enrolment_id)
                    for p in window.register.expected(before)}
    qtbot.keyClick(window.view, Qt.Key.Key_L)
    after = {p.enrolment_id: exchange.read(path).mark(before.id, p.enrolment_id)
             for p in window.register.expected(before)}
    first = window.register.expected(before)[0].enrolment_id
    assert after == {**marks_before, first: "late"}
    assert str(path) in window.statusBar().currentMessage()
    # A file changed outside edtrainer does not open.
    data = bytearray(path.read_bytes())
    data[data.index(b'"present"') + 1] = ord("q")
    path.write_bytes(bytes(data))
    with pytest.raises(FileError):
        TrainerWindow(path)


@pytest.fixture
def app(qtbot, db_url: str, db) -> Iterator[Controller]:  # noqa: ANN001
    make_world(db)
    controller = start_app(qtbot, db_url)
    yield controller
    stop_app(controller)


def test_the_coordinator_makes_a_register_file_from_the_file_menu(qtbot, app: Controller, db,  # noqa: ANN001
                                                                  tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "voor-henk.edtx"
    monkeypatch.setattr(exchange_dialogs.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    said: list[str] = []
    app.window.last_register_file = None
    with answering_in_turn(qtbot, fill_and_save({"start_date": clock.today() - dt.timedelta(days=30),
                                                 "end_date": clock.today()}),
                           lambda box: (said.append(box.text()), box.accept())):
        app.window.pack_action.trigger()
    qtbot.waitUntil(lambda: app.window.last_register_file is not None, timeout=WAIT)
    found = exchange.read(target)
    first = clock.today() - dt.timedelta(days=30)
    with db.uow() as uow:
        from edtrainer.core.models import CohortSession

        held = sorted(s.id for s in uow.session.query(CohortSession).all() if first <= s.date <= clock.today())
    assert found.pack["cohort"]["name"] == "Oost-Groningen"
    assert held and [s["id"] for s in found.pack["sessions"]] == held
    assert said and str(target) in said[0] and "edtrainer exchange open" in said[0]


def test_the_coordinator_applies_a_file_choosing_per_difference(qtbot, app: Controller, db,  # noqa: ANN001
                                                                tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "terug.edtx"
    with db.uow() as uow:
        from edtrainer.core.models import Cohort

        cohort_id = uow.session.query(Cohort).one().id
    found = _pack(db, cohort_id, path)
    first, second = found.sessions()[0], found.sessions()[1]
    a, b = first["expected"][0], first["expected"][1]
    exchange.set_marks(found, first["id"], {a: "late", b: "late"})
    exchange.set_marks(found, second["id"], {a: "absent"})
    exchange.write(found)
    with db.uow() as uow:  # meanwhile, at the office, two marks were changed to something else
        sessions.set_attendance(uow, session_id=first["id"], enrolment_id=a, status="excused")
        sessions.set_attendance(uow, session_id=first["id"], enrolment_id=b, status="excused")
        uow.commit()
    monkeypatch.setattr(exchange_dialogs.QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    app.window.apply_action.trigger()
    dialog = app.window.apply_dialog
    assert isinstance(dialog, ApplyDialog) and dialog.isVisible()
    assert dialog.changes.topLevelItemCount() == 1 and dialog.conflicts.topLevelItemCount() == 2
    row = dialog.conflicts.topLevelItem(0)
    assert row.text(3) == "E afgemeld" and row.text(4) == "L te laat"
    take = dialog.choices[(first["id"], a)]
    take.setCurrentIndex(take.findData("take"))  # the trainer's mark for the first; edtrainer's for the second
    app.window.last_applied = None
    with message_boxes(qtbot) as said:  # the result is said in a message box
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert said[0].startswith("Verwerkt: 2 veranderd, 1 zoals het in edtrainer stond")
    with db.uow() as uow:
        from edtrainer.core.models import AttendanceMark

        marks = {(m.session_id, m.enrolment_id): m.status.value
                 for m in uow.session.query(AttendanceMark).all()}
    assert marks[(first["id"], a)] == "late" and marks[(first["id"], b)] == "excused"
    assert marks[(second["id"], a)] == "absent"
    assert "1 zoals het in edtrainer stond" in app.window.statusBar().currentMessage()
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
