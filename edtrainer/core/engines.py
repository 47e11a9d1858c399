"""The SQLite file and the engines over it: the file checked (or made private) before SQLite opens it, and the
engine with edtrainer's connection settings (WAL, ``synchronous=FULL``, foreign keys, ``BEGIN IMMEDIATE`` for a
writer, Unicode ``lower()``; SQLCipher for an encrypted file); a PostgreSQL engine for a server URL.
``core.db`` opens, migrates and checks the database on top of these."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL

from edtrainer.core import backups, cipher, i18n, integrity
from edtrainer.core.errors import DamagedError, DatabaseError

SQLITE_MAGIC = b"SQLite format 3\x00"
# How long a writer waits for another to finish before saying the database is busy.
BUSY_TIMEOUT_MS = 15_000


def _check_sqlite_file(path: Path) -> None:
    if path.is_dir():
        raise DatabaseError("db_not_sqlite", path=str(path))
    if path.exists() and path.stat().st_size > 0:
        with path.open("rb") as fh:
            if fh.read(16) != SQLITE_MAGIC and not cipher.is_encrypted(path):
                raise DatabaseError("db_not_sqlite", path=str(path))
    elif not path.exists():
        if not path.parent.is_dir():
            raise DatabaseError("folder_missing", path=str(path.parent))
        # Created empty and private before SQLite opens it; SQLite gives its -wal and -shm files the
        # same permissions as the database file.
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)


def _unreadable_but_backed_up(path: Path) -> None:
    """A file without a SQLite header is someone else's file, unless edtrainer has backups of it: then it
    was a database whose first page is damaged, and the way back is its newest good backup."""
    good = backups.newest_good(stem=path.stem, source=path)
    if good is not None and good.source:
        local = good.created.astimezone()
        raise DamagedError("db_unreadable", where=str(path), backup=str(good.path),
                           when=f"{i18n.format_date(local.date())} {local:%H:%M}")
    raise DatabaseError("db_not_sqlite", path=str(path))


def _readable_by_owner_only(path: Path) -> None:
    """The database and the files SQLite keeps beside it, readable by the user only (0600), whatever rights
    they were given before (a copy from a USB stick, an older version, another program)."""
    from edtrainer.core.files import tighten

    for suffix in ("", "-wal", "-shm", "-journal"):
        tighten(Path(f"{path}{suffix}"), 0o600)


def _has_sqlite_header(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(16) == SQLITE_MAGIC
    except OSError:
        return False


def _unicode_lower(value: object) -> object:
    return value.lower() if isinstance(value, str) else value


def _sqlite_engine(url: URL, *, foreign_keys: bool = True, read_only: bool = False) -> Engine:
    if read_only and not cipher.is_encrypted(Path(str(url.database))):
        # A damaged file is only ever read: SQLite opens it read-only and cannot change a byte of it.
        url = URL.create("sqlite+pysqlite", database=integrity.read_only_uri(Path(str(url.database))),
                         query={"uri": "true"})
    path = Path(str(url.database))
    if cipher.is_encrypted(path):
        # The SQLCipher driver, through edtrainer's own opening (the key); its errors become DBAPIErrors.
        engine = create_engine(URL.create("sqlite+pysqlite", database=str(path)), module=cipher.module(),
                               creator=lambda: cipher.connect(path, read_only=read_only, check_same_thread=False,
                                                              timeout=BUSY_TIMEOUT_MS / 1000))
    else:
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # noqa: ANN001
        dbapi_conn.isolation_level = None  # let SQLAlchemy emit BEGIN (transactional DDL, savepoints)
        cur = dbapi_conn.cursor()
        if not read_only:
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")
            cur.execute("PRAGMA secure_delete=ON")  # erased personal data is overwritten, not left in free pages
        cur.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.close()
        # SQLite's own lower() knows only A-Z, so a search for "ötzürk" would miss "Ötzürk"; PostgreSQL
        # lowers every letter. Python's does too.
        dbapi_conn.create_function("lower", 1, _unicode_lower, deterministic=True)

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # noqa: ANN001
        # A unit of work that will write takes the write lock at once (BEGIN IMMEDIATE): a deferred
        # transaction that read first fails at once with "database is locked" when another connection
        # committed in between, instead of waiting its turn.
        immediate = conn.get_execution_options().get("edtrainer_immediate")
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def create_engine_for(url: URL, *, foreign_keys: bool = True, read_only: bool = False) -> Engine:
    if url.get_backend_name() == "sqlite":
        if not read_only:
            try:
                _check_sqlite_file(Path(str(url.database)))
            except OSError as exc:  # a new file in a folder that cannot be written, or cannot be reached
                read_only = exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM)
                raise DatabaseError("db_read_only" if read_only else "db_cannot_open",
                                    where=str(url.database)) from None
        return _sqlite_engine(url, foreign_keys=foreign_keys, read_only=read_only)
    return create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 5})
