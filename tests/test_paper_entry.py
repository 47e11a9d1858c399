"""Paper back in fast (issue 12, item 8): the printed sign-in sheet lists exactly the register's trainees in
the register's order under the same numbers, and the register steps from sheet to sheet with Ctrl+PgDn, so a
stack of sheets is entered at one key per trainee."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from edtrainer.core import clock
from edtrainer.core.db import Database
from edtrainer.core.services import reports, sessions, trainees
from edtrainer.gui.app import Controller

from doc_factories import pdf_text
from factories import make_world
from guikit import open_page, start_app, stop_app


def _sheet_rows(db: Database, session_id: int, tmp_path: Path) -> list[tuple[int, str]]:
    with db.uow() as uow:
        pdf = reports.sign_in_sheet(uow, session_id=session_id)
    rows = []
    for line in pdf_text(pdf, tmp_path).splitlines():
        found = re.match(r"^\s*(\d+)\s{2,}(\S.*?)(?:\s{2,}.*)?$", line)
        if found and not found.group(2)[0].isdigit():
            rows.append((int(found.group(1)), found.group(2).strip()))
    return rows


def test_the_sign_in_sheet_numbers_the_trainees_as_the_register_does(sqlite_db: Database, tmp_path: Path) -> None:
    w = make_world(sqlite_db, sessions_past=4)
    first = w.session_ids[0]
    with sqlite_db.uow() as uow:  # one left after the first session: still expected there, on paper too
        trainees.withdraw(uow, enrolment_id=w.enrolment_ids[1], reason="verhuisd",
                          on=clock.today() - dt.timedelta(days=3), category="moved")
        uow.commit()
    with sqlite_db.uow() as uow:
        register = [r.trainee for r in sessions.session_register(uow, session_id=first)]
        cohort = sessions.cohort_register(uow, cohort_id=w.cohort_id)
        on_screen = [p.trainee for p in cohort.expected(next(s for s in cohort.sessions if s.id == first))]
    assert len(register) == 4 and on_screen == sorted(register, key=lambda n: on_screen.index(n))
    assert _sheet_rows(sqlite_db, first, tmp_path) == list(enumerate(on_screen, start=1))


@pytest.fixture
def app(qtbot, db_url: str, db) -> Iterator[Controller]:  # noqa: ANN001
    make_world(db, sessions_past=3)
    controller = start_app(qtbot, db_url)
    yield controller
    stop_app(controller)


def test_a_stack_of_sheets_at_one_key_per_trainee(qtbot, app: Controller, db) -> None:  # noqa: ANN001
    page = open_page(qtbot, app, "sessions")
    page.select_session(page.register.sessions[0].id)
    view = page.register_view
    assert view.verticalHeader().isVisible()  # the sheet's numbers
    assert [page.register_model.headerData(i, Qt.Orientation.Vertical) for i in range(4)] == [1, 2, 3, 4]
    view.setFocus()
    view.setCurrentIndex(page.register_model.index(0, 1))
    for key in "AAXL":
        qtbot.keyClick(view, key)
    qtbot.keyClick(view, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)  # the next sheet
    assert page.current_session().id == page.register.sessions[1].id
    assert view.hasFocus() and view.currentIndex().row() == 0
    for key in "XAAA":
        qtbot.keyClick(view, key)
    qtbot.keyClick(view, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert page.current_session().id == page.register.sessions[0].id
    with db.uow() as uow:
        cohort = sessions.cohort_register(uow, cohort_id=page.register.cohort_id)
    statuses = [[cohort.marks[(s.id, p.enrolment_id)].status for p in cohort.expected(s)] for s in cohort.sessions[:2]]
    assert statuses == [["present", "present", "absent", "late"], ["absent", "present", "present", "present"]]
