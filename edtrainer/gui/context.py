"""What every page shares: the open database, the undo stack, background work, and change notices.

The GUI changes data only through the services, in the shape of Anki's operations:

- ``ctx.read(fn, done)`` runs ``fn(uow)`` on a worker thread and hands the result to ``done`` on the
  GUI thread (a page's data, a report), so the window never freezes on a large database;
- ``ctx.work(fn, done, label=...)`` runs ``fn(uow, task)`` on a worker thread with a progress dialog
  and, when ``cancellable``, a Cancel button (``task.progress(done, total)``, ``task.cancelled()``);
- ``ctx.write(fn)`` runs one small user action in a unit of work on the GUI thread and commits (a mark,
  a saved form: milliseconds), then announces what it changed.

What an action changed is never named by hand: the unit of work collects the tables it wrote
(``core.ops``), also from a worker thread (each job runs in a copy of the caller's context, which carries
the language too), and ``changed`` announces their areas. Each page decides from them whether to reload.
"""

from __future__ import annotations

import contextvars
import threading
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack
from shiboken6 import isValid

from edtrainer.core.ops import AREAS  # the areas a change can touch; pages reload on theirs
from edtrainer.gui.settings import Settings

if TYPE_CHECKING:
    from edtrainer.core.db import Database
    from edtrainer.core.uow import UnitOfWork





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
    backed_up = Signal(object)        # a backups.Backup made automatically
    backup_failed = Signal(object)    # the exception of an automatic backup
    notice = Signal(str)              # something to say in the status bar rather than a dialog
    demo_progress = Signal(int, int)  # the demo being made on the first start: steps done, of how many

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
        self.newest_good: Any = None  # a damaged database: the backup to offer (backups.Backup), if any
        self.role: str | None = None  # on a shared server: "coordinator", "trainer" or None (see core.roles)
        self.last_backup_at: Any = None  # when this session last made or found a backup (aware datetime)
        self._lock: Any = None  # QLockFile: one app window per database file
        self._backing_up = False
        # Every minute: a backup when data changed and the newest backup is older than the preference says.
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(60_000)
        self.backup_timer.timeout.connect(lambda: self.back_up_if_due("auto"))

    # -- the database ---------------------------------------------------------------------------

    def database_path(self) -> Any:
        """The SQLite file this app opens (None for a server database)."""
        from pathlib import Path

        from edtrainer.core.db import resolve_url

        url = resolve_url(self.database_arg)
        return Path(str(url.database)) if url.get_backend_name() == "sqlite" else None

    def _take_lock(self) -> None:
        """One app window per database file: a second one is told the file is already open (two windows on
        one file do not see each other's work). SQLite itself keeps apart a command line writing meanwhile."""
        from PySide6.QtCore import QLockFile

        from edtrainer.core.errors import DatabaseError

        path = self.database_path()
        if path is None or self._lock is not None:
            return
        lock = QLockFile(f"{path}.lock")
        lock.setStaleLockTime(0)  # a lock of a running app is never old; a crashed app's is found by its pid
        if lock.tryLock(0):
            self._lock = lock
            return
        if lock.error() == QLockFile.LockError.LockFailedError:
            info = lock.getLockInfo()  # (pid, host, application) when the lock file could be read
            pid, host = (info[0], info[1]) if isinstance(info, tuple) and len(info) >= 2 else ("?", "?")
            raise DatabaseError("db_open_elsewhere", where=str(path), host=host or "?", pid=pid)
        # The folder cannot hold a lock file (read-only): opening will say what is wrong with the file.

    def release_lock(self) -> None:
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def force_lock(self) -> None:
        """The user says the other app is gone (a crash on another computer): take its lock over."""
        from PySide6.QtCore import QLockFile

        path = self.database_path()
        if path is not None:
            QLockFile(f"{path}.lock").removeStaleLockFile()
            from pathlib import Path

            Path(f"{path}.lock").unlink(missing_ok=True)

    def open_database(self, *, with_demo_on_first_start: bool = True) -> Task | None:
        """Open (and migrate) the database in the background; the first start of the embedded file gets
        the demo. A damaged file opens read-only, with the newest good backup found for the user. Emits
        ``database_opened`` or ``database_failed``."""
        import os

        arg = self.database_arg
        first_start_demo = with_demo_on_first_start and arg is None and not os.environ.get("EDTRAINER_DATABASE_URL")
        try:
            self._take_lock()
        except Exception as exc:  # noqa: BLE001  (told to the user by the window)
            self.database_failed.emit(exc)
            return None

        def job(_task: Task) -> tuple[Database, bool, Any, str | None]:
            from edtrainer.core import backups, roles
            from edtrainer.core.db import open_database
            from edtrainer.core.errors import DamagedError
            from edtrainer.core.services import demo

            db = open_database(arg)
            try:
                if db.is_sqlite:  # what an interrupted backup or restore left behind
                    backups.clean_leftovers()
                    backups.clean_leftovers(db.path.parent)
                good = None
                if db.damage:
                    good = backups.newest_good(stem=db.path.stem, source=db.path)
                elif first_start_demo:
                    with db.uow(self.actor) as uow:
                        empty = demo.database_is_empty(uow) is None
                    if empty:
                        db.run(lambda uow: demo.create_demo(uow, progress=self.demo_progress.emit), actor=self.actor)
                try:
                    with db.uow(self.actor) as uow:
                        is_demo = demo.demo_marker(uow) is not None
                except DamagedError:
                    if not db.damage:
                        raise
                    is_demo = False  # the damage may be right there; the window opens all the same
                role = roles.who(db).role  # on a shared server: a trainer's login sees their own cohorts only
            except BaseException:
                db.dispose()
                raise
            return db, is_demo, good, role

        def opened(result: tuple[Database, bool, Any, str | None]) -> None:
            self.db, self.is_demo, self.newest_good, self.role = result
            self.last_backup_at = None
            if self.db.is_sqlite and not self.db.read_only:
                self.backup_timer.start()
            self.database_opened.emit()

        def failed(exc: BaseException) -> None:
            self.release_lock()
            self.database_failed.emit(exc)

        return self._start(job, opened, failed, owner=None)

    @property
    def pool(self) -> Any:
        from PySide6.QtCore import QThreadPool

        return QThreadPool.globalInstance()

    def close_database(self) -> None:
        """Wait for background work, fold the write-ahead log into the file (so the bare file is complete
        while the app is closed), note that the file is whole, and let the next app window have it."""
        self.pool.waitForDone(10_000)
        self.backup_timer.stop()
        self.signer = None
        db, self.db = self.db, None
        if db is not None:
            db.dispose()
            if db.is_sqlite and not db.read_only:
                import contextlib

                from edtrainer.core import integrity
                from edtrainer.core.errors import EdtrainerError

                with contextlib.suppress(EdtrainerError):
                    if integrity.check(db.path).ok:
                        integrity.remember_good(db.path)
        self.release_lock()

    # -- automatic backups ----------------------------------------------------------------------

    def backup_due(self, reason: str = "auto") -> bool:
        """Data changed in this session since its last backup, and (except on closing) the newest backup is
        older than the preference says."""
        db = self.db
        if db is None or not db.is_sqlite or db.read_only or db.changed_at is None or self._backing_up:
            return False
        if self.last_backup_at is not None and db.changed_at <= self.last_backup_at:
            return False
        if reason == "close":
            return True
        from edtrainer.core import backups, preferences

        return backups.due(None, stem=db.path.stem, source=db.path,
                           minutes=preferences.load().backup_every_minutes)

    def back_up_if_due(self, reason: str = "auto", done: Callable[[Any], None] | None = None) -> Task | None:
        """An automatic backup in the background; ``backed_up`` or ``backup_failed`` says how it went."""
        if not self.backup_due(reason):
            return None
        from edtrainer.core import backups, clock

        db = self.db
        assert db is not None
        started = clock.now()
        self._backing_up = True

        def made(backup: Any) -> None:
            self._backing_up = False
            self.last_backup_at = started
            self.backed_up.emit(backup)
            if done is not None:
                done(backup)

        def went_wrong(exc: BaseException) -> None:
            self._backing_up = False
            self.backup_failed.emit(exc)
            if done is not None:
                done(None)

        return self._start(lambda _task: backups.make(db.path, reason=reason), made, went_wrong, owner=None)

    # -- restoring ------------------------------------------------------------------------------

    def restore_backup(self, backup_path: Any, done: Callable[[Any], None],
                       failed: Callable[[BaseException], None]) -> None:
        """Put a backup in place of the open file: close it, restore in the background (the current data are
        kept first), open it again (upgrading an older backup), and log the restore."""
        from edtrainer.core import backups
        from edtrainer.core.db import known_revisions

        path = self.database_path()  # also when the file was too damaged to open at all
        assert path is not None
        self._close_for_swap()
        reopen_then = self._reopen_then

        def restored(outcome: Any) -> None:
            report, done_since = outcome

            def log_it() -> None:
                from pathlib import Path

                from edtrainer.core import audit
                from edtrainer.core.errors import DatabaseError
                from edtrainer.core.services import restoring

                def after(uow: Any) -> Any:
                    reapplied = restoring.reapply(uow, done_since)
                    audit.record(uow.session, action="restore", entity="database", entity_id=None,
                                 details={"backup": Path(report.restored_from).name, **reapplied.as_details()})
                    return reapplied

                if self.db is None or self.db.read_only or not self.db.is_sqlite or self.db.path != Path(path):
                    failed(DatabaseError("restore_not_reopened", where=str(path)))  # nothing carried over: said
                    return
                try:
                    report.reapplied = self.db.run(after, actor=self.actor)
                    if report.reapplied.erased:  # the erased values out of the write-ahead log too
                        self.db.checkpoint(wait_ms=5000, required=True)
                except Exception as exc:  # noqa: BLE001 - said, and the restore itself stands
                    self.notify(AREAS)
                    failed(exc)
                    return
                self.notify(AREAS)
                done(report)
            reopen_then(log_it)

        def went_wrong(exc: BaseException) -> None:
            reopen_then(lambda: failed(exc))


        def work(_task: Any) -> Any:
            from edtrainer.core.services import restoring

            done_since = restoring.since(path, backup_path)  # what the restore must not undo
            report = backups.restore(path, backup_path, known_revisions=known_revisions())
            restoring.bring_up_to_date(path)  # an older backup: upgraded without a fresh copy of it
            return report, done_since

        self._start(work, restored, went_wrong, owner=None)

    def _close_for_swap(self) -> None:
        """Before the file is replaced (a restore, encryption): wait for background work and close it."""
        self.pool.waitForDone(10_000)
        self.backup_timer.stop()
        self.signer = None
        if self.db is not None:
            self.db.dispose()
            self.db = None
        self.undo_stack.clear()

    def _reopen_then(self, after: Callable[[], None]) -> None:
        """Open the database again, then ``after()``: once, for this reopening only (a database opened later by
        hand must never get this work)."""
        def once() -> None:
            forget()
            after()

        def forget(*_args: Any) -> None:
            import contextlib

            for signal, slot in ((self.database_opened, once), (self.database_failed, forget)):
                with contextlib.suppress(RuntimeError, TypeError):
                    signal.disconnect(slot)
        self.database_opened.connect(once)
        self.database_failed.connect(forget)
        self.open_database(with_demo_on_first_start=False)

    def change_encryption(self, passphrase: str | None, done: Callable[[Any], None],
                          failed: Callable[[BaseException], None]) -> None:
        """Encrypt the open SQLite file and its backups with ``passphrase`` (or store them plain with None):
        close it, convert in the background, open it again."""
        path = self.database_path()
        assert path is not None and self.db is not None
        actor = self.actor
        self._close_for_swap()

        def work(_task: Any) -> Any:
            from edtrainer.core.db import open_database
            from edtrainer.core.services import encryption

            db = open_database(path, upgrade=False)
            try:
                return encryption.set_encryption(db, passphrase, actor=actor)
            finally:
                db.dispose(checkpoint=False)

        self._start(work, lambda report: self._reopen_then(lambda: done(report)),
                    lambda exc: self._reopen_then(lambda: failed(exc)), owner=None)

    def run_in_background(self, fn: Callable[[], Any], done: Callable[[Any], None],
                          failed: Callable[[BaseException], None] | None = None) -> Task:
        """Work that is not a unit of work (files, backups) off the GUI thread."""
        return self._start(lambda _task: fn(), done, failed or (lambda exc: self.show_error(exc)), owner=None)

    @property
    def where(self) -> str:
        return self.db.where if self.db is not None else ""

    # -- doing things ---------------------------------------------------------------------------

    def uow(self, *, write: bool = False) -> UnitOfWork:
        if self.db is None:
            raise RuntimeError("the database is not open yet")
        return self.db.uow(self.actor, write=write)

    def write(self, fn: Callable[[UnitOfWork], Any], *, source: object = None) -> Any:
        """Run one user action in a unit of work and commit it, then announce what it changed; domain errors
        go to the caller. On a shared database a unit of work that lost a race (deadlock, a row stored
        meanwhile) runs again, up to three times (``uow.run``)."""
        from edtrainer.core import ops

        db = self.db
        if db is None:
            raise RuntimeError("the database is not open yet")
        op = ops.run(lambda: db.run(fn, actor=self.actor))
        if op.changes:
            self.notify(op.changes.areas, source=source)
        return op.result

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
        return self._start(job, done, failed or (lambda exc: self._read_failed(exc, owner)), owner=owner)

    def _read_failed(self, exc: BaseException, owner: QObject | None) -> None:
        from edtrainer.core.errors import DamagedError

        if isinstance(exc, DamagedError) and exc.key == "db_damaged_part":
            # The user was told the file is damaged when it opened: a part that cannot be read is said in the
            # status bar, not in a dialog for every page.
            self.notice.emit(exc.message(self.language))
            return
        self.show_error(exc, owner)

    def work(self, fn: Callable[[UnitOfWork, Task], Any], done: Callable[[Any], object], *, label: str,
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
                with self.uow(write=commit) as uow:
                    result = fn(uow, task)
                    if commit:
                        if task.cancelled():
                            raise Cancelled
                        uow.commit()
            return result, ops.changes_of(seen)

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

        def finished(outcome: Any) -> None:
            result, changes = outcome
            if isValid(dialog):
                dialog.reset()
                dialog.deleteLater()
            if changes:
                self.notify(changes.areas)
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
        # The job runs in a copy of the caller's context: the language (a message made on the worker comes
        # out in the app's language) and the collectors of what it changes go with it.
        context = contextvars.copy_context()
        self.pool.start(lambda: context.run(_run_job, task, lambda: job(task)))
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
