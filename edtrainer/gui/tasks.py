"""Work off the GUI thread: the worker body, the task it reports through, and the three ways the window waits.

- ``start``: a job on the shared pool; its result (or failure) comes back on the GUI thread while its owner
  lives. Reads, backups, opening the database.
- ``with_progress``: longer work with a progress dialog shown after half a second and optionally Cancel.
- ``wait_for``: one user action (a saved form, a key in the register). It runs on the writer thread, one
  at a time and in the order given; the GUI thread meanwhile keeps painting and running its timers, and
  the user's keys and clicks wait their turn (none is lost). A write that waits for a locked shared
  database says so in the status bar instead of freezing the window.

Every job runs in a copy of the caller's context: the language (a message made on the worker comes out in
the app's language) and the collectors of what a unit of work changes (``core.ops``) go with it.
"""

from __future__ import annotations

import contextvars
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple

# No ``Qt`` namespace at import: this module is loaded before the first paint (see ``main_window``).
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QThread, QThreadPool, QTimer, Signal
from shiboken6 import isValid

if TYPE_CHECKING:
    from edtrainer.gui.context import AppContext

SLOW_WRITE_MS = 400  # after this long a write says that it waits for the database


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


def _submit(pool: QThreadPool, task: Task, fn: Callable[[], Any]) -> None:
    context = contextvars.copy_context()
    pool.start(lambda: context.run(_run_job, task, fn))


_writer: QThreadPool | None = None


def writer_pool() -> QThreadPool:
    """One thread for the user's actions: they reach the database one at a time, in the order made."""
    global _writer
    if _writer is None:
        _writer = QThreadPool()
        _writer.setMaxThreadCount(1)
        _writer.setExpiryTimeout(-1)
    return _writer


def wait_all(msecs: int = 10_000) -> None:
    """Before the database closes or is swapped: every job and every write has finished."""
    writer_pool().waitForDone(msecs)
    QThreadPool.globalInstance().waitForDone(msecs)


def start(ctx: AppContext, job: Callable[[Task], Any], done: Callable[[Any], None],
          failed: Callable[[BaseException], None], owner: QObject | None) -> Task:
    """``job(task)`` on the shared pool; ``done``/``failed`` on the GUI thread, while ``owner`` lives."""
    from PySide6.QtCore import Qt
    task = Task()
    ctx.track(task, True)

    def on_success(result: Any) -> None:
        ctx.track(task, False)
        if owner is None or isValid(owner):
            done(result)

    def on_failure(exc: BaseException) -> None:
        ctx.track(task, False)
        if owner is None or isValid(owner):
            failed(exc)

    task.succeeded.connect(on_success, Qt.ConnectionType.QueuedConnection)
    task.failed.connect(on_failure, Qt.ConnectionType.QueuedConnection)
    _submit(QThreadPool.globalInstance(), task, lambda: job(task))
    return task


def wait_for(ctx: AppContext, fn: Callable[[], Any]) -> Any:
    """Run ``fn()`` on the writer thread and return its result (or raise its error) once it is done.

    Meanwhile the GUI thread runs its own events (painting, timers, finished reads) but no input: keys and
    clicks made while the action is saved are handled after it, in their order. Called from any other
    thread than the GUI's (a script, a test without an application), ``fn`` simply runs there.
    """
    from PySide6.QtCore import Qt
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        return fn()
    outcome: dict[str, Any] = {}
    loop = QEventLoop()
    task = Task()

    def finished(key: str, value: Any) -> None:
        outcome[key] = value
        loop.quit()

    task.succeeded.connect(lambda result: finished("result", result), Qt.ConnectionType.QueuedConnection)
    task.failed.connect(lambda exc: finished("error", exc), Qt.ConnectionType.QueuedConnection)
    slow = QTimer()
    slow.setSingleShot(True)
    slow.timeout.connect(lambda: ctx.notice.emit(
        QCoreApplication.translate("Tasks", "Waiting for the database: someone else is saving…")))
    slow.start(SLOW_WRITE_MS)
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
    try:
        _submit(writer_pool(), task, fn)
        while not outcome:
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    finally:
        waited = not slow.isActive()
        slow.stop()
        QGuiApplication.restoreOverrideCursor()
        if waited:
            ctx.notice.emit("")  # no longer waiting
    if "error" in outcome:
        error = outcome["error"]
        raise error
    return outcome["result"]


def with_progress(ctx: AppContext, fn: Callable[[Any, Task], Any], done: Callable[[Any], object], *, label: str,
                  parent: Any, cancellable: bool = False, commit: bool = True,
                  failed: Callable[[BaseException], None] | None = None) -> Task:
    """Longer work with a progress dialog (shown after half a second) and optionally Cancel.

    With ``commit`` the work is one unit of work: Cancel rolls all of it back. Without, ``fn`` commits
    its own steps (a batch of certificates, each signed and stored): Cancel stops it after the step at
    hand, and what was done is delivered to ``done`` and announced like any finished work.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QProgressDialog

    from edtrainer.core import ops

    def job(task: Task) -> Any:
        with ops.collecting() as seen:
            with ctx.uow(write=commit) as uow:
                result = fn(uow, task)
                if commit:
                    if task.cancelled():
                        raise Cancelled
                    uow.commit()
        return result, ops.changes_of(seen)

    dialog = QProgressDialog(label, QCoreApplication.translate("AppContext", "Cancel") if cancellable else "",
                             0, 0, parent)
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

    def close_dialog() -> None:
        if isValid(dialog):
            dialog.reset()
            dialog.deleteLater()

    def finished(outcome: Any) -> None:
        result, changes = outcome
        close_dialog()
        if changes:
            ctx.notify(changes.areas)
        done(result)

    def went_wrong(exc: BaseException) -> None:
        close_dialog()
        if isinstance(exc, Cancelled):
            return
        (failed or (lambda e: ctx.show_error(e, parent)))(exc)

    task = start(ctx, job, finished, went_wrong, owner=None)
    task.progressed.connect(progressed)
    dialog.canceled.connect(task.cancel)
    dialog.setValue(0)
    return task
