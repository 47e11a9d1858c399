"""A user's action is written off the GUI thread: while it waits for a locked database the window keeps
running and says that it waits."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from edtrainer.core import clock
from edtrainer.core.services import programmes
from edtrainer.gui.app import Controller

from factories import make_world
from guikit import start_app, stop_app


@pytest.fixture
def app(qtbot, sqlite_db) -> Iterator[Controller]:  # noqa: ANN001
    make_world(sqlite_db, sessions_past=2, sessions_future=0, hours=0, today=clock.today())
    controller = start_app(qtbot, str(sqlite_db.path))
    yield controller
    stop_app(controller)


def _hold_the_write_lock(path: Path) -> sqlite3.Connection:
    """Another program writing: it holds the database's write lock until it commits."""
    other = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    return other


def test_a_write_runs_on_another_thread_and_the_window_says_it_waits_for_a_locked_database(
        qtbot, app: Controller, sqlite_db) -> None:  # noqa: ANN001
    gui_thread = threading.get_ident()
    ran_on: list[int] = []
    other = _hold_the_write_lock(sqlite_db.path)
    said: list[str] = []

    def told(text: str) -> None:
        # Only a GUI thread that keeps running while the write waits can say this; the other program then
        # finishes, and the write can go on. A write on the GUI thread would wait here until it gave up.
        said.append(text)
        if text:
            other.execute("COMMIT")

    app.ctx.notice.connect(told)

    def add_programme(uow):  # noqa: ANN001, ANN202
        ran_on.append(threading.get_ident())
        return programmes.create_programme(uow, code="EXTRA", name="Extra opleiding",
                                           certificate_title="Ervaringsdeskundige").id

    try:
        new_id = app.ctx.write(add_programme)
    finally:
        app.ctx.notice.disconnect(told)
        other.close()
    assert ran_on and ran_on[0] != gui_thread
    assert said == ["Wachten op de database: iemand anders slaat iets op…", ""]  # said, then taken back
    with sqlite_db.uow() as uow:
        assert programmes.find_programme(uow, new_id).name == "Extra opleiding"
    assert app.window.statusBar().currentMessage() == ""
