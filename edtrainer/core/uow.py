"""The unit of work: one database session and one transaction per user action.

    with db.uow(actor="marieke") as uow:
        trainees.update_trainee(uow, trainee_id=7, expected_version=3, email="...")
        uow.commit()

Leaving the block without ``commit()`` rolls everything back, so a failed validation half-way changes
nothing. Every database failure becomes a domain error with a sentence of its own (``db_errors``).

On a shared PostgreSQL database two coordinators' transactions can deadlock, fail to serialise, or
insert the same row at the same moment; :func:`run` runs the whole unit of work again (up to three
times), which is safe because nothing of a failed attempt was stored.

A database opened read-only (because it is damaged) refuses every write: a unit of work that would
store something raises, and the access log of a read is not written (see ``audit.record``).
"""

from __future__ import annotations

import getpass
import os
import random
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import event
from sqlalchemy.orm import ORMExecuteState, Session

from edtrainer.core import audit, clock, ops
from edtrainer.core.db_errors import explain
from edtrainer.core.errors import DamagedError, DatabaseError, EdtrainerError, RetryError, StaleError
from edtrainer.core.models import AuditEntry

if TYPE_CHECKING:
    from edtrainer.core.db import Database

_ = audit  # imported for its listeners, which write the audit trail

T = TypeVar("T")
ATTEMPTS = 3
RETRIES = {"count": 0}  # how many units of work were run again in this process (the load test reads it)


def default_actor() -> str:
    """Who is working, on a SQLite file: the computer's user, with the profile chosen in the app (name and
    role, remembered in the preferences): 'mjansen (Marieke Jansen, coördinator)'. On a shared server the
    login is used instead (see ``UnitOfWork``)."""
    from edtrainer.core import i18n, preferences

    try:
        user = os.environ.get("EDTRAINER_USER") or getpass.getuser()
    except Exception:  # no user name on this system
        user = "unknown"
    prefs = preferences.load()
    if not prefs.profile_name:
        return user
    who = prefs.profile_name + (f", {i18n.word('role_' + prefs.profile_role)}" if prefs.profile_role else "")
    return f"{user} ({who})"[:80]


def translate(exc: BaseException, where: str = "", *, read_only: bool = False) -> BaseException | None:
    """A database exception as the domain error a user should see, or None to let it pass."""
    return explain(exc, where, read_only=read_only)


# --- did this unit of work change data (beyond the access log)? ----------------------------------------

@event.listens_for(Session, "after_flush")
def _note_changes(session: Session, _ctx: Any) -> None:
    written = _tables_written(session)
    if written:
        session.info["wrote"] = True
        session.info.setdefault("tables", set()).update(written)


_ASSOCIATIONS = {"cohort_session": "session_trainer", "cohort": "cohort_trainer"}  # their "trainers" lists


def _tables_written(session: Session) -> set[str]:
    """The tables this flush wrote. An object is in ``dirty`` also when only a list on it changed (a new
    enrolment appends to its trainee's and cohort's lists): that wrote nothing of its own, except a list of
    trainers, which is rows of an association table. Still the state before the flush (``after_flush``)."""
    from sqlalchemy.orm.attributes import get_history

    written: set[str] = set()
    for obj in (*session.new, *session.deleted):
        if not isinstance(obj, AuditEntry) and hasattr(obj, "__table__"):
            written.add(obj.__table__.name)
    for obj in session.dirty:
        if isinstance(obj, AuditEntry) or not hasattr(obj, "__table__"):
            continue
        table = obj.__table__.name
        if session.is_modified(obj, include_collections=False):
            written.add(table)
        if table in _ASSOCIATIONS and get_history(obj, "trainers").has_changes():
            written.update((table, _ASSOCIATIONS[table]))
    return written


@event.listens_for(Session, "do_orm_execute")
def _note_statements(state: ORMExecuteState) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        table = getattr(state.statement, "table", None)
        name = getattr(table, "name", None)
        if name != AuditEntry.__tablename__:
            state.session.info["wrote"] = True
            if name:
                state.session.info.setdefault("tables", set()).add(name)


class UnitOfWork:
    def __init__(self, db: Database, actor: str | None = None, *, write: bool = False) -> None:
        self.db = db
        self.actor = actor or default_actor()
        self.write = write
        self.session: Session

    def _domain(self, exc: BaseException) -> BaseException | None:
        domain = translate(exc, self.db.where, read_only=self.db.read_only)
        if isinstance(domain, DamagedError) and domain.key == "db_damaged_now":
            # Found damaged while working: from now on nothing more is written to it (no checkpoint at close
            # either), until it is opened again, checked, and a backup restored.
            self.db.read_only = True
            self.db.damage = self.db.damage or "found while working"
        return domain

    def __enter__(self) -> UnitOfWork:
        if self.write and self.db.read_only:
            raise DamagedError("db_read_only_damaged", where=self.db.where)
        if self.db.is_sqlite:
            self.db.still_there()  # remembers which file this is, the first time
        else:  # a shared server: who is working is the login, not a name the program was given
            self.actor = self.db.login()
        self.session = self.db.sessionmaker()
        self.session.info["actor"] = self.actor
        self.session.info["read_only"] = self.db.read_only
        if self.write and self.db.is_sqlite:
            # Several windows or threads may write to one SQLite file: take the write lock up front
            # (waiting up to the busy timeout) rather than fail half-way.
            try:
                self.session.connection(execution_options={"edtrainer_immediate": True})
            except Exception as exc:
                self.session.close()
                domain = self._domain(exc)
                if domain is not None:
                    raise domain from exc
                raise
        return self

    def __exit__(self, exc_type: Any, exc: BaseException | None, tb: Any) -> None:
        # close() ends the transaction (rolling back whatever was not committed) and detaches the
        # loaded objects without expiring them, so a read's results stay usable after the block.
        self.session.close()
        if exc is not None and not isinstance(exc, EdtrainerError):
            domain = self._domain(exc)
            if domain is not None:
                raise domain from exc

    def commit(self) -> None:
        s = self.session
        if self.db.read_only:
            # Nothing is stored in a damaged database; a read that only logged access just ends (its
            # objects stay loaded: close() ends the transaction without expiring them).
            pending = [o for o in (*s.new, *s.dirty, *s.deleted) if not isinstance(o, AuditEntry)]
            if pending or s.info.get("wrote"):
                s.rollback()
                raise DamagedError("db_read_only_damaged", where=self.db.where)
            s.info.pop("audit_pending", None)
            return
        try:
            s.flush()
            wrote = bool(s.info.get("wrote"))
            if wrote:
                self.db.still_there()
            s.commit()
        except Exception as exc:
            s.rollback()
            domain = self._domain(exc)
            if domain is not None:
                raise domain from exc
            raise
        s.info.pop("wrote", None)
        written = s.info.pop("tables", set())
        if wrote:
            self.db.changed_at = clock.now()
            ops.committed(written)

    def flush(self) -> None:
        self.session.flush()


def run(db: Database, fn: Callable[[UnitOfWork], T], *, actor: str | None = None, write: bool = True,
        attempts: int = ATTEMPTS) -> T:
    """``fn(uow)`` in a unit of work, committed; run again from the start when it lost a race (a deadlock,
    a serialization failure, a row someone stored first), at most ``attempts`` times in all."""
    for attempt in range(1, attempts + 1):
        try:
            with db.uow(actor, write=write) as uow:
                result = fn(uow)
                uow.commit()
                return result
        except (RetryError, StaleError) as exc:
            if attempt == attempts:
                raise DatabaseError("db_gave_up", attempts=attempts, reason=exc) from exc
            RETRIES["count"] += 1
            time.sleep(random.uniform(0.02, 0.08) * attempt)  # let the other transaction finish first
    raise AssertionError("unreachable")
