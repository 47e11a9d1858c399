"""What every page shares: the open database, the undo stack, background work, and change notices.

The GUI changes data only through the services, in the shape of Anki's operations:

- ``ctx.read(fn, done)`` runs ``fn(uow)`` on a worker thread and hands the result to ``done`` on the
  GUI thread (a page's data, a report), so the window never freezes on a large database;
- ``ctx.work(fn, done, label=...)`` runs ``fn(uow, task)`` on a worker thread with a progress dialog
  and, when ``cancellable``, a Cancel button (``task.progress(done, total)``, ``task.cancelled()``);
- ``ctx.write(fn, areas)`` runs one small user action in a unit of work on the GUI thread and commits
  (a mark, a saved form: milliseconds), then announces the areas it changed.

Each page listens to ``changed`` and decides for itself whether to reload.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack
from shiboken6 import isValid

from edtrainer.gui.settings import Settings

if TYPE_CHECKING:
    from edtrainer.core.db import Database
    from edtrainer.core.uow import UnitOfWork


# Areas a change can touch; pages reload when one they show is named.
AREAS = frozenset({"programmes", "cohorts", "trainees", "enrolments", "sessions", "attendance", "organisations",
                   "placements", "hours", "evaluations", "results", "staff", "certificates", "demo"})


class Change(NamedTuple):
    """A change announcement: which areas, and which page made it (it may not need to reload)."""

    areas: frozenset[str]
    source: object = None

    def touches(self, *areas: str) -> bool:
        return bool(self.areas & set(areas))


class Cancelled(Exception):
    """Raised inside background work when the user pressed Cancel."""


class Task(QObject):
    """Background work: progress and cancel from the worker thread, results on the GUI thread."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self.done = False

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def progress(self, done: int, total: int) -> None:
        """Report progress; raises Cancelled when the user asked to stop."""
        self.progressed.emit(done, total)
        if self._cancel.is_set():
            raise Cancelled


def _run_job(task: Task, fn: Callable[[], Any]) -> None:
    """The body of a worker: the result or the failure goes to the GUI thread through the task's signals."""
    try:
        result = fn()
    except BaseException as exc:  # noqa: BLE001  (every failure goes to the GUI thread)
        import traceback

        exc.__edtrainer_trace__ = traceback.format_exc()  # type: ignore[attr-defined]
        task.failed.emit(exc)
    else:
        task.succeeded.emit(result)


class AppContext(QObject):
    changed = Signal(object)          # a Change
    database_opened = Signal()
    database_failed = Signal(object)  # the exception
    busy = Signal(bool)

    def __init__(self, settings: Settings, *, database_arg: str | None = None, actor: str | None = None,
                 language: str = "nl", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.database_arg = database_arg
        self.language = language
        self.actor = actor
        self.db: Database | None = None
        self.is_demo = False
        self.signer: Any = None  # the organisation's signing key, unlocked once per session
        self.undo_stack = QUndoStack(self)
        self._tasks: set[Task] = set()
        self._running = 0

    # -- the database ---------------------------------------------------------------------------

    def open_database(self, *, with_demo_on_first_start: bool = True) -> Task:
        """Open (and migrate) the database in the background; the first start of the embedded file gets
        the demo. Emits ``database_opened`` or ``database_failed``."""
        import os

        arg = self.database_arg
        first_start_demo = with_demo_on_first_start and arg is None and not os.environ.get("EDTRAINER_DATABASE_URL")

        def job(_task: Task) -> tuple[Database, bool]:
            from edtrainer.core.db import open_database
            from edtrainer.core.services import demo

            db = open_database(arg)
            try:
                with db.uow(self.actor) as uow:
                    if first_start_demo and demo.database_is_empty(uow) is None:
                        demo.create_demo(uow)
                        uow.commit()
                with db.uow(self.actor) as uow:
                    is_demo = demo.demo_marker(uow) is not None
            except BaseException:
                db.dispose()
                raise
            return db, is_demo

        def opened(result: tuple[Database, bool]) -> None:
            self.db, self.is_demo = result
            self.database_opened.emit()

        return self._start(job, opened, lambda exc: self.database_failed.emit(exc), owner=None)

    @property
    def pool(self) -> Any:
        from PySide6.QtCore import QThreadPool

        return QThreadPool.globalInstance()

    def close_database(self) -> None:
        self.pool.waitForDone(10_000)
        self.signer = None
        if self.db is not None:
            self.db.dispose()
            self.db = None

    @property
    def where(self) -> str:
        return self.db.where if self.db is not None else ""

    # -- doing things ---------------------------------------------------------------------------

    def uow(self, *, write: bool = False) -> UnitOfWork:
        if self.db is None:
            raise RuntimeError("the database is not open yet")
        return self.db.uow(self.actor, write=write)

    def write(self, fn: Callable[[UnitOfWork], Any], areas: Iterable[str], *, source: object = None) -> Any:
        """Run one user action in a unit of work and commit it; domain errors go to the caller. On a shared
        database a unit of work that lost a race (deadlock, a row stored meanwhile) runs again, up to three
        times (``uow.run``)."""
        if self.db is None:
            raise RuntimeError("the database is not open yet")
        result = self.db.run(fn, actor=self.actor)
        self.notify(areas, source=source)
        return result

    def notify(self, areas: Iterable[str], *, source: object = None) -> None:
        names = frozenset(areas)
        unknown = names - AREAS
        assert not unknown, f"unknown change areas {unknown}"
        self.changed.emit(Change(names, source))

    def read(self, fn: Callable[[UnitOfWork], Any], done: Callable[[Any], None], *,
             failed: Callable[[BaseException], None] | None = None, owner: QObject | None = None) -> Task:
        """Run ``fn(uow)`` off the GUI thread; ``done(result)`` runs on the GUI thread while ``owner`` lives."""
        def job(_task: Task) -> Any:
            with self.uow() as uow:
                return fn(uow)
        return self._start(job, done, failed or (lambda exc: self.show_error(exc, owner)), owner=owner)

    def work(self, fn: Callable[[UnitOfWork, Task], Any], done: Callable[[Any], object], *, label: str,
             parent: Any, cancellable: bool = False, commit: bool = True,
             failed: Callable[[BaseException], None] | None = None, areas: Iterable[str] = ()) -> Task:
        """Longer work with a progress dialog (shown after half a second) and optionally Cancel."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QProgressDialog

        area_set = frozenset(areas)

        def job(task: Task) -> Any:
            with self.uow(write=commit) as uow:
                result = fn(uow, task)
                if task.cancelled():
                    raise Cancelled
                if commit:
                    uow.commit()
            return result

        dialog = QProgressDialog(label, self.tr("Cancel") if cancellable else "", 0, 0, parent)
        dialog.setWindowTitle("edtrainer")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(500)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if not cancellable:
            dialog.setCancelButton(None)

        def progressed(done_count: int, total: int) -> None:
            if isValid(dialog):
                dialog.setMaximum(total)
                dialog.setValue(done_count)

        def finished(result: Any) -> None:
            if isValid(dialog):
                dialog.reset()
                dialog.deleteLater()
            if area_set:
                self.notify(area_set)
            done(result)

        def went_wrong(exc: BaseException) -> None:
            if isValid(dialog):
                dialog.reset()
                dialog.deleteLater()
            if isinstance(exc, Cancelled):
                return
            (failed or (lambda e: self.show_error(e, parent)))(exc)

        task = self._start(job, finished, went_wrong, owner=None)
        task.progressed.connect(progressed)
        dialog.canceled.connect(task.cancel)
        dialog.setValue(0)
        return task

    def _start(self, job: Callable[[Task], Any], done: Callable[[Any], None],
               failed: Callable[[BaseException], None], owner: QObject | None) -> Task:
        task = Task()
        self._tasks.add(task)
        self._running += 1
        if self._running == 1:
            self.busy.emit(True)

        def finish() -> None:
            task.done = True
            self._tasks.discard(task)
            self._running -= 1
            if self._running == 0:
                self.busy.emit(False)

        def on_success(result: Any) -> None:
            finish()
            if owner is None or isValid(owner):
                done(result)

        def on_failure(exc: BaseException) -> None:
            finish()
            if owner is None or isValid(owner):
                failed(exc)

        from PySide6.QtCore import Qt

        task.succeeded.connect(on_success, Qt.ConnectionType.QueuedConnection)
        task.failed.connect(on_failure, Qt.ConnectionType.QueuedConnection)
        self.pool.start(lambda: _run_job(task, lambda: job(task)))
        return task

    # -- telling the user -----------------------------------------------------------------------

    def show_error(self, exc: BaseException, parent: QObject | None = None) -> None:
        """A domain error as its plain message; anything else as an apology with the details folded away."""
        from PySide6.QtWidgets import QMessageBox, QWidget

        from edtrainer.core.errors import EdtrainerError

        widget = parent if isinstance(parent, QWidget) and isValid(parent) else None
        if isinstance(exc, EdtrainerError):
            QMessageBox.warning(widget, "edtrainer", exc.message(self.language))
            return
        import logging

        logging.getLogger(__name__).error("unexpected error: %s", getattr(exc, "__edtrainer_trace__", repr(exc)))
        box = QMessageBox(QMessageBox.Icon.Critical, "edtrainer",
                          self.tr("Something went wrong that edtrainer did not expect. Nothing was saved "
                                  "of the action that failed. The details below help the people who "
                                  "maintain edtrainer."), QMessageBox.StandardButton.Close, widget)
        box.setDetailedText(getattr(exc, "__edtrainer_trace__", repr(exc)))
        box.exec() if widget is not None else QTimer.singleShot(0, box.exec)
