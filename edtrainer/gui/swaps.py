"""Putting another file in place of the open database: a restored backup, or the same data (un)encrypted.

Each closes the database (after every job and write has finished), does the work in the background, opens
the file again (upgrading an older backup) and only then reports, so the window never shows a half-swapped
database.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from edtrainer.core.areas import AREAS
from edtrainer.gui import tasks

if TYPE_CHECKING:
    from edtrainer.gui.context import AppContext


def close_for_swap(ctx: AppContext) -> None:
    """Before the file is replaced: wait for background work and close it."""
    tasks.wait_all()
    ctx.backup_timer.stop()
    ctx.signer = None
    if ctx.db is not None:
        ctx.db.dispose()
        ctx.db = None
    ctx.undo_stack.clear()


def reopen_then(ctx: AppContext, after: Callable[[], None]) -> None:
    """Open the database again, then ``after()``: once, for this reopening only (a database opened later by
    hand must never get this work)."""
    def once() -> None:
        forget()
        after()

    def forget(*_args: Any) -> None:
        import contextlib

        for signal, slot in ((ctx.database_opened, once), (ctx.database_failed, forget)):
            with contextlib.suppress(RuntimeError, TypeError):
                signal.disconnect(slot)
    ctx.database_opened.connect(once)
    ctx.database_failed.connect(forget)
    ctx.open_database(with_demo_on_first_start=False)


def restore_backup(ctx: AppContext, backup_path: Any, done: Callable[[Any], None],
                   failed: Callable[[BaseException], None]) -> None:
    """Put a backup in place of the open file: close it, restore in the background (the current data are
    kept first), open it again (upgrading an older backup), and log the restore."""
    from pathlib import Path

    from edtrainer.core import backups
    from edtrainer.core.db import known_revisions
    from edtrainer.core.errors import DatabaseError
    from edtrainer.core.services import restoring

    path = ctx.database_path()  # also when the file was too damaged to open at all
    assert path is not None
    close_for_swap(ctx)

    def restored(outcome: Any) -> None:
        report, done_since = outcome

        def log_it() -> None:
            db = ctx.db
            if db is None or db.read_only or not db.is_sqlite or db.path != Path(path):
                failed(DatabaseError("restore_not_reopened", where=str(path)))  # nothing carried over: said
                return
            try:
                report.reapplied = db.run(lambda uow: restoring.after_restore(
                    uow, done_since, backup_name=Path(report.restored_from).name), actor=ctx.actor)
                if report.reapplied.erased:  # the erased values out of the write-ahead log too
                    db.checkpoint(wait_ms=5000, required=True)
            except Exception as exc:  # noqa: BLE001 - said, and the restore itself stands
                ctx.notify(AREAS)
                failed(exc)
                return
            ctx.notify(AREAS)
            done(report)
        reopen_then(ctx, log_it)

    def work(_task: Any) -> Any:
        done_since = restoring.since(path, backup_path)  # what the restore must not undo
        report = backups.restore(path, backup_path, known_revisions=known_revisions())
        restoring.bring_up_to_date(path)  # an older backup: upgraded without a fresh copy of it
        return report, done_since

    tasks.start(ctx, work, restored, lambda exc: reopen_then(ctx, lambda: failed(exc)), owner=None)


def change_encryption(ctx: AppContext, passphrase: str | None, done: Callable[[Any], None],
                      failed: Callable[[BaseException], None]) -> None:
    """Encrypt the open SQLite file and its backups with ``passphrase`` (or store them plain with None):
    close it, convert in the background, open it again."""
    path = ctx.database_path()
    assert path is not None and ctx.db is not None
    actor = ctx.actor
    close_for_swap(ctx)

    def work(_task: Any) -> Any:
        from edtrainer.core.db import open_database
        from edtrainer.core.services import encryption

        db = open_database(path, upgrade=False)
        try:
            return encryption.set_encryption(db, passphrase, actor=actor)
        finally:
            db.dispose(checkpoint=False)

    tasks.start(ctx, work, lambda report: reopen_then(ctx, lambda: done(report)),
                lambda exc: reopen_then(ctx, lambda: failed(exc)), owner=None)
