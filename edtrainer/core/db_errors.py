"""What went wrong in the database, in words a coordinator can act on.

Every failure of SQLite or PostgreSQL becomes one domain error with its own sentence: a full disk, a
read-only file or folder, a file moved or removed while open, a database that is busy, a deadlock, a row
someone else stored first, a server that cannot be reached or went away, a damaged file. Never a raw
driver message or a constraint name (those go to the log for whoever maintains edtrainer).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from edtrainer.core.errors import (
    ConflictError,
    DamagedError,
    DatabaseError,
    EdtrainerError,
    RetryError,
    StaleError,
    ValidationError,
)

log = logging.getLogger(__name__)

# PostgreSQL's SQLSTATE classes and codes we answer on their own.
_PG_RETRY = {"40P01", "40001"}  # deadlock detected, serialization failure
_PG_UNIQUE = "23505"
_PG_INTEGRITY = {"23503", "23514", "23502", "23000"}
_PG_LOST = {"57P01", "57P02", "57P03", "08000", "08003", "08006", "08001", "08004", "08007"}
_PG_LOGIN = {"28P01", "28000"}
_LOST_WORDS = ("server closed the connection", "terminating connection", "connection is closed",
               "consuming input failed", "connection already closed", "the connection is lost",
               "ssl connection has been closed", "could not receive data", "could not send data")


def _first_line(exc: BaseException) -> str:
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    return lines[0] if lines else type(exc).__name__


def explain(exc: BaseException, where: str = "", *, read_only: bool = False,
            connecting: bool = False) -> EdtrainerError | None:
    """The domain error for a database exception, or None when it is none of the database's doing.

    ``read_only``: the database was opened read-only because it is damaged. ``connecting``: the failure
    happened while opening it (a server that is not there, rather than one that went away).
    """
    if isinstance(exc, EdtrainerError):
        return exc
    if isinstance(exc, StaleDataError):
        return StaleError("conflict_unknown", what="@record")
    orig: Any = exc.orig if isinstance(exc, DBAPIError) else exc
    if orig is None:
        return None
    log.info("database error at %s: %s", where, _first_line(orig))
    name = getattr(orig, "sqlite_errorname", None)
    if name is not None or type(orig).__module__ in ("sqlite3", "sqlcipher3.dbapi2"):
        return _sqlite(orig, name or "", where, read_only=read_only, integrity=isinstance(exc, IntegrityError))
    if type(orig).__module__.startswith("psycopg"):
        return _postgres(orig, where, connecting=connecting)
    return None


def _sqlite(orig: Any, name: str, where: str, *, read_only: bool, integrity: bool) -> EdtrainerError:
    text = str(orig).lower()
    if name == "SQLITE_FULL" or "disk is full" in text:
        return DatabaseError("db_disk_full", where=where)
    if name == "SQLITE_READONLY_DBMOVED":
        return DatabaseError("db_file_moved", where=where)
    if name.startswith("SQLITE_READONLY") or "readonly database" in text:
        return DamagedError("db_read_only_damaged", where=where) if read_only else \
            DatabaseError("db_read_only", where=where)
    if name.startswith("SQLITE_CANTOPEN") or "unable to open database file" in text:
        return file_problem(Path(where)) if where else DatabaseError("db_cannot_open", where=where)
    if name.startswith("SQLITE_BUSY") or name.startswith("SQLITE_LOCKED") or "database is locked" in text:
        # Another writer held the lock past the timeout, or this transaction's snapshot is older than a
        # commit made meanwhile. Either way: someone else is changing data.
        return ConflictError("db_busy")
    if name.startswith("SQLITE_CORRUPT") or name == "SQLITE_NOTADB" or "malformed" in text \
            or "not a database" in text:
        # Known damaged (opened read-only): this part cannot be read. Else: found now, while working.
        return DamagedError("db_damaged_part" if read_only else "db_damaged_now", where=where)
    if name.startswith("SQLITE_IOERR") or "disk i/o error" in text:
        # A full disk often shows as an I/O error (growing the -shm or -wal file failed): say which it is.
        return DatabaseError("db_disk_full" if _disk_full(where) else "db_io_error", where=where)
    # SQLite has one writer at a time, so a duplicate there is no race with another coordinator (that is
    # PostgreSQL's case, retried): the change itself does not fit.
    if integrity or name.startswith("SQLITE_CONSTRAINT"):
        return ValidationError("integrity_plain")
    return DatabaseError("db_failed", where=where)


def _disk_full(where: str) -> bool:
    import shutil

    try:
        return bool(where) and shutil.disk_usage(Path(where).parent).free < 256 * 1024
    except OSError:
        return False


def file_problem(path: Path) -> DatabaseError:
    """Why a SQLite file cannot be opened: missing, no access, or read-only (a file, folder or disk that may
    not be written; SQLite needs to write beside the file even to read it)."""
    if not path.exists() or not path.parent.is_dir():
        return DatabaseError("db_cannot_open", where=str(path))
    if not os.access(path, os.R_OK):
        return DatabaseError("db_cannot_open", where=str(path))
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        return DatabaseError("db_read_only", where=str(path))
    return DatabaseError("db_cannot_open", where=str(path))


def _postgres(orig: Any, where: str, *, connecting: bool) -> EdtrainerError:
    state = getattr(orig, "sqlstate", None) or ""
    text = str(orig).lower()
    if state in _PG_RETRY:
        return RetryError("db_deadlock")
    if state == _PG_UNIQUE:
        return RetryError("db_duplicate")
    if state in _PG_INTEGRITY:
        return ValidationError("integrity_plain")
    if state == "53100":
        return DatabaseError("db_server_disk_full", where=where)
    if state == "25006":
        return DatabaseError("db_server_read_only", where=where)
    # While connecting, the server's refusal may come without a SQLSTATE (psycopg 3.3): its words then say.
    if state in _PG_LOGIN or "password authentication failed" in text or \
            ("role" in text and "does not exist" in text) or "no pg_hba.conf entry" in text:
        return DatabaseError("db_login_failed", where=where)
    if state == "3D000" or ("database" in text and "does not exist" in text):
        return DatabaseError("db_missing_on_server", where=where)
    if state == "42501":
        return DatabaseError("db_no_permission", where=where)
    if state in _PG_LOST or any(words in text for words in _LOST_WORDS):
        return DatabaseError("db_server_unreachable" if connecting else "db_server_lost", where=where)
    if type(orig).__name__ in ("OperationalError", "InterfaceError") and not state:
        return DatabaseError("db_server_unreachable" if connecting else "db_server_lost", where=where)
    return DatabaseError("db_failed", where=where)
