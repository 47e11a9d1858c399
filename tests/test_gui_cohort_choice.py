"""Ctrl+5 offers the choice of cohort at once when more than one is running (issue 13): the chooser opens on
the last cohort chosen, so Enter keeps it and the arrows choose another, all from the keyboard."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from edtrainer.core import clock
from edtrainer.core.services import cohorts, sessions, trainees
from edtrainer.gui.app import Controller

from factories import World, make_world
from guikit import open_page, start_app, stop_app

TODAY = clock.today()


@pytest.fixture
def two_running(db) -> tuple[World, int, int, int]:  # noqa: ANN001
    """The test world's cohort and a second one, both running; the second with one trainee and a session held
    (returns the world, its id, the enrolment and the session)."""
    world = make_world(db, sessions_past=3, today=TODAY)
    with db.uow() as uow:
        cohorts.update_cohort(uow, cohort_id=world.cohort_id, status="running")
        start = TODAY - dt.timedelta(weeks=2)
        other = cohorts.create_cohort(uow, programme_id=world.programme_id, name="Zuid-Drenthe", location="Emmen",
                                      start_date=start, end_date=TODAY + dt.timedelta(weeks=8), status="running")
        person = trainees.create_trainee(uow, given_names="Fenna", family_name="Bakker")
        enrolment = trainees.enrol(uow, trainee_id=person.id, cohort_id=other.id, enrolled_on=start)
        held = sessions.plan_session(uow, cohort_id=other.id, module_id=world.module_ids["COM"],
                                     date=TODAY - dt.timedelta(days=1), start_time="09:30")
        uow.commit()
        return world, other.id, enrolment.id, held.id


@pytest.fixture
def app(qtbot, db_url: str, two_running) -> Iterator[Controller]:  # noqa: ANN001
    controller = start_app(qtbot, db_url)
    yield controller
    stop_app(controller)


def _press_ctrl_5(qtbot, window) -> None:  # noqa: ANN001
    window.show_page("overview")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_5_offers_the_cohorts_and_another_is_chosen_by_keyboard(qtbot, app: Controller, db,  # noqa: ANN001
                                                                      two_running) -> None:
    world, other_id, enrolment_id, session_id = two_running
    window = app.window
    page = open_page(qtbot, app, "sessions")
    page.picker.select(world.cohort_id)  # the last cohort chosen
    qtbot.waitUntil(lambda: page.register is not None and page.register.cohort_id == world.cohort_id)

    _press_ctrl_5(qtbot, window)
    combo = page.picker.combo
    qtbot.waitUntil(lambda: combo.view().isVisible())  # the chooser is open at once ...
    assert QApplication.focusWidget() in (combo, combo.view())
    assert combo.currentData() == world.cohort_id  # ... on the last cohort chosen
    here, there = combo.currentIndex(), combo.findData(other_id)
    for _ in range(abs(there - here)):
        qtbot.keyClick(combo.view(), Qt.Key.Key_Down if there > here else Qt.Key.Key_Up)
    qtbot.keyClick(combo.view(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not combo.view().isVisible())
    qtbot.waitUntil(lambda: page.register is not None and page.register.cohort_id == other_id)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.sessions_view)  # the keyboard on its sessions
    assert page.current_session().id == session_id  # the latest session held, as before

    qtbot.keyClick(page.sessions_view, Qt.Key.Key_Return)  # Enter goes to the register
    assert page.register_view.hasFocus()
    qtbot.keyClick(page.register_view, "a")
    with db.uow() as uow:
        assert [(r.enrolment_id, r.status) for r in sessions.session_register(uow, session_id=session_id)] == [
            (enrolment_id, "present")]


def test_enter_in_the_offered_chooser_keeps_the_last_cohort(qtbot, app: Controller, two_running) -> None:  # noqa: ANN001
    world, *_rest = two_running
    window = app.window
    page = open_page(qtbot, app, "sessions")
    page.picker.select(world.cohort_id)
    qtbot.waitUntil(lambda: page.register is not None and page.register.cohort_id == world.cohort_id)

    _press_ctrl_5(qtbot, window)
    combo = page.picker.combo
    qtbot.waitUntil(lambda: combo.view().isVisible())
    qtbot.keyClick(combo.view(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.sessions_view)
    assert combo.currentData() == world.cohort_id and page.register.cohort_id == world.cohort_id
    qtbot.keyClick(page.sessions_view, Qt.Key.Key_Return)
    assert page.register_view.hasFocus()
