"""What every page shares: the open database, the undo stack, background work, and change notices.

The GUI changes data only through the services, in the shape of Anki's operations:

- ``ctx.read(fn, done)`` runs ``fn(uow)`` on a worker thread and hands the result to ``done`` on the
  GUI thread (a page's data, a report), so the window never freezes on a large database;
- ``ctx.work(fn, done, label=...)`` runs ``fn(uow, task)`` on a worker thread with a progress dialog
  and, when ``cancellable``, a Cancel button (``task.progress(done, total)``, ``task.cancelled()``);
- ``ctx.write(fn)`` runs one user action (a mark, a saved form) in a unit of work on the writer thread
  and commits it, then announces what it changed. The caller gets its result as from a plain call: the
  window keeps painting meanwhile, and keys and clicks made in between wait their turn (``tasks.wait_for``).

What an action changed is never named by hand: the unit of work collects the tables it wrote
(``core.ops``), also from a worker thread (each job runs in a copy of the caller's context, which carries
the language too), and ``changed`` announces their areas. Each page decides from them whether to reload.
How the work is run is in ``gui.tasks``; putting another file in place of the open one in ``gui.swaps``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack
from shiboken6 import isValid

from edtrainer.core.areas import AREAS  # the areas a change can touch; pages reload on theirs
from edtrainer.gui import tasks
from edtrainer.gui.settings import Settings
from edtrainer.gui.tasks import Cancelled, Change, Task

if TYPE_CHECKING:
    from edtrainer.core.db import Database
    from edtrainer.core.uow import UnitOfWork

__all__ = ["AREAS", "AppContext", "Cancelled", "Change", "Task"]


class AppContext(QObject):
    changed = Signal(object)          # a Change
    database_opened = Signal()
    database_failed = Signal(object)  # the exception
    busy = Signal(bool)
    backed_up = Signal(object)        # a backups.Backup made automatically
    backup_failed = Signal(object)    # the exception of an automatic backup
    notice = Signal(str)              # something to say in the status bar rather than a dialog
    demo_progress = Signal(int, int)  # the demo being made on the first start: steps done, of how many
    first_run = Signal()              # a new database on the first start: the wizard asks; see finish_first_run

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
        self.ask_first_run = True  # False: a new database gets the demo without the wizard (--quit-when-ready)
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

        from edtrainer import paths

        plain = paths.plain_database_file(self.database_arg)  # without loading SQLAlchemy on the GUI thread
        if plain is not None:
            return plain
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

    def first_run_choice(self) -> str:
        """What the first start on a new database does: ``ask`` (the wizard), or ``demo`` / ``empty`` without
        asking: ``EDTRAINER_FIRST_RUN`` says so, or nobody is there to answer, or the wizard was done before
        on this computer (the database was then removed: a new one gets the demo, as it always did)."""
        import os

        from edtrainer.gui import settings as S

        told = os.environ.get("EDTRAINER_FIRST_RUN", "").strip().lower()
        if told in ("demo", "empty"):
            return told
        if not self.ask_first_run or self.settings.get(S.FIRST_RUN_DONE):
            return "demo"
        return "ask"

    def open_database(self, *, with_demo_on_first_start: bool = True) -> Task | None:
        """Open (and migrate) the database in the background; the first start on a new embedded file gets
        the demo, or the first-run wizard (``first_run`` is emitted instead of ``database_opened``, which
        follows ``finish_first_run``). A damaged file opens read-only, with the newest good backup found for
        the user. Emits ``database_opened`` or ``database_failed``."""
        import os

        arg = self.database_arg
        first_start = with_demo_on_first_start and arg is None and not os.environ.get("EDTRAINER_DATABASE_URL")
        choice = self.first_run_choice() if first_start else ""
        try:
            self._take_lock()
        except Exception as exc:  # noqa: BLE001  (told to the user by the window)
            self.database_failed.emit(exc)
            return None

        def job(_task: Task) -> tuple[Database, bool, Any, str | None, bool]:
            from edtrainer.core import backups, roles
            from edtrainer.core.db import open_database
            from edtrainer.core.errors import DamagedError
            from edtrainer.core.services import demo, first_run

            db = open_database(arg)
            ask = False
            try:
                if db.is_sqlite:  # what an interrupted backup or restore left behind
                    backups.clean_leftovers()
                    backups.clean_leftovers(db.path.parent)
                good = None
                if db.damage:
                    good = backups.newest_good(stem=db.path.stem, source=db.path)
                elif first_start:
                    with db.uow(self.actor) as uow:
                        new = first_run.is_new(uow)
                    if new and choice == "ask":
                        ask = True
                    elif new:
                        db.run(lambda uow: first_run.start(uow, choice, progress=self.demo_progress.emit),
                               actor=self.actor)
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
            return db, is_demo, good, role, ask

        def opened(result: tuple[Database, bool, Any, str | None, bool]) -> None:
            self.db, self.is_demo, self.newest_good, self.role, ask = result
            if ask:  # the wizard writes through self.db; the pages wait for finish_first_run
                self.first_run.emit()
            else:
                self._ready()

        def failed(exc: BaseException) -> None:
            self.release_lock()
            self.database_failed.emit(exc)

        return self._start(job, opened, failed, owner=None)

    def _ready(self) -> None:
        self.last_backup_at = None
        db = self.db
        if db is not None and db.is_sqlite and not db.read_only:
            self.backup_timer.start()
        self.database_opened.emit()

    def finish_first_run(self, choice: str) -> Task:
        """The wizard is done (or skipped): make the demo (``demo``, shown step by step) or leave the database
        empty (``empty``), write that down, and never show the wizard again on this computer."""
        from edtrainer.core.services import demo, first_run
        from edtrainer.gui import settings as S

        db = self.db
        assert db is not None
        self.settings.set(S.FIRST_RUN_DONE, True)
        self.settings.sync()

        def job(_task: Task) -> bool:
            db.run(lambda uow: first_run.start(uow, choice, progress=self.demo_progress.emit), actor=self.actor)
            with db.uow(self.actor) as uow:
                return demo.demo_marker(uow) is not None

        def made(is_demo: bool) -> None:
            self.is_demo = is_demo
            self._ready()

        def failed(exc: BaseException) -> None:
            self.show_error(exc)
            self._ready()  # the database is open all the same, empty

        return self._start(job, made, failed, owner=None)

    def track(self, task: Task, running: bool) -> None:
        """Background work started or ended: ``busy`` says whether any is under way."""
        if running:
            self._tasks.add(task)
            self._running += 1
            if self._running == 1:
                self.busy.emit(True)
        else:
            task.done = True
            self._tasks.discard(task)
            self._running -= 1
            if self._running == 0:
                self.busy.emit(False)

    def close_database(self) -> None:
        """Wait for background work, fold the write-ahead log into the file (so the bare file is complete
        while the app is closed), note that the file is whole, and let the next app window have it."""
        tasks.wait_all()
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
        op = tasks.wait_for(self, lambda: ops.run(lambda: db.run(fn, actor=self.actor)))
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
        """Longer work with a progress dialog and optionally Cancel (``tasks.with_progress``)."""
        return tasks.with_progress(self, fn, done, label=label, parent=parent, cancellable=cancellable,
                                   commit=commit, failed=failed)

    def _start(self, job: Callable[[Task], Any], done: Callable[[Any], None],
               failed: Callable[[BaseException], None], owner: QObject | None) -> Task:
        return tasks.start(self, job, done, failed, owner)

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
