"""The unit of work: one database session and one transaction per user action.

    with db.uow(actor="marieke") as uow:
        trainees.update_trainee(uow, trainee_id=7, expected_version=3, email="...")
        uow.commit()

Leaving the block without ``commit()`` rolls everything back, so a failed validation half-way changes
nothing. A lost update on a shared database (SQLAlchemy's StaleDataError) becomes a ConflictError.
"""

from __future__ import annotations

import getpass
import os
from typing import TYPE_CHECKING, Any

from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from edtrainer.core import audit  # noqa: F401  (registers the audit listeners)
from edtrainer.core.errors import ConflictError, DatabaseError, ValidationError

if TYPE_CHECKING:
    from edtrainer.core.db import Database


def default_actor() -> str:
    try:
        return os.environ.get("EDTRAINER_USER") or getpass.getuser()
    except Exception:  # no user name on this system
        return "unknown"


def translate(exc: BaseException, where: str = "") -> BaseException | None:
    """A database exception as the domain error a user should see, or None to let it pass."""
    if isinstance(exc, StaleDataError):
        return ConflictError("conflict_unknown", what="@record")
    if isinstance(exc, IntegrityError):
        detail = str(exc.orig).splitlines()[0] if exc.orig else "constraint"
        return ValidationError("integrity", detail=detail)
    if isinstance(exc, OperationalError):
        reason = str(exc.orig).splitlines()[0] if exc.orig else str(exc)
        if "database is locked" in reason:
            # SQLite: another writer held the lock past the timeout, or this transaction's snapshot is
            # older than a commit made meanwhile. Either way: someone else changed data first.
            return ConflictError("db_busy")
        return DatabaseError("db_unreachable", where=where, reason=reason)
    return None


class UnitOfWork:
    def __init__(self, db: Database, actor: str | None = None, *, write: bool = False) -> None:
        self.db = db
        self.actor = actor or default_actor()
        self.write = write
        self.session: Session

    def __enter__(self) -> UnitOfWork:
        self.session = self.db.sessionmaker()
        self.session.info["actor"] = self.actor
        if self.write and self.db.is_sqlite:
            # Several windows or threads may write to one SQLite file: take the write lock up front
            # (waiting up to the busy timeout) rather than fail half-way.
            try:
                self.session.connection(execution_options={"edtrainer_immediate": True})
            except Exception as exc:
                self.session.close()
                domain = translate(exc, self.db.where)
                if domain is not None:
                    raise domain from exc
                raise
        return self

    def __exit__(self, exc_type: Any, exc: BaseException | None, tb: Any) -> None:
        # close() ends the transaction (rolling back whatever was not committed) and detaches the
        # loaded objects without expiring them, so a read's results stay usable after the block.
        self.session.close()
        if exc is not None:
            domain = translate(exc, self.db.where)
            if domain is not None:
                raise domain from exc

    def commit(self) -> None:
        try:
            self.session.commit()
        except Exception as exc:
            self.session.rollback()
            domain = translate(exc, self.db.where)
            if domain is not None:
                raise domain from exc
            raise

    def flush(self) -> None:
        self.session.flush()
