"""Opening the database: the embedded SQLite file by default, PostgreSQL by URL.

SQLite is opened in WAL mode with foreign keys on and ``synchronous=FULL``, using the pysqlite
transaction recipe from the SQLAlchemy documentation (the driver's own transaction handling is switched
off and SQLAlchemy emits BEGIN), so DDL in migrations is transactional and a failed migration leaves
nothing behind. Migrations run with foreign keys off: with them on, the table rebuild of a batch
migration fires ON DELETE CASCADE and silently deletes child rows. ``PRAGMA foreign_key_check`` is run
inside the same transaction before it commits.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker

from edtrainer import paths
from edtrainer.core import clock, i18n
from edtrainer.core.errors import DatabaseError, FileError
from edtrainer.core.models import Base

SQLITE_MAGIC = b"SQLite format 3\x00"
_PG_LOCK_KEY = 0x6564_7472  # "edtr": serialises migrations of coordinators starting at the same time


def resolve_url(url_or_path: str | os.PathLike | None = None) -> URL:
    """The database to use: the argument, else ``EDTRAINER_DATABASE_URL``, else the embedded file.

    A bare file path means a SQLite file; ``postgres://`` and ``postgresql://`` use psycopg 3.
    """
    raw = os.fspath(url_or_path) if url_or_path else os.environ.get("EDTRAINER_DATABASE_URL", "").strip()
    if not raw:
        return URL.create("sqlite+pysqlite", database=str(paths.default_database_path()))
    if "://" not in raw:
        return URL.create("sqlite+pysqlite", database=str(Path(raw).expanduser().resolve()))
    try:
        url = make_url(raw)
    except ArgumentError as exc:
        raise DatabaseError("db_bad_url", url=raw, reason=str(exc).splitlines()[0]) from None
    if url.drivername in ("postgres", "postgresql"):
        url = url.set(drivername="postgresql+psycopg")
    if url.get_backend_name() not in ("sqlite", "postgresql"):
        raise DatabaseError("db_unsupported", dialect=url.get_backend_name())
    if url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:"):
        raise DatabaseError("db_bad_url", url=raw, reason="edtrainer needs a SQLite file, not an in-memory database")
    return url


def describe(url: URL) -> str:
    """Where the data is, for messages: the file path, or the server without the password."""
    if url.get_backend_name() == "sqlite":
        return str(url.database)
    return url.render_as_string(hide_password=True)


def _check_sqlite_file(path: Path) -> None:
    if path.is_dir():
        raise DatabaseError("db_not_sqlite", path=str(path))
    if path.exists() and path.stat().st_size > 0:
        with path.open("rb") as fh:
            if fh.read(16) != SQLITE_MAGIC:
                raise DatabaseError("db_not_sqlite", path=str(path))
    elif not path.exists():
        if not path.parent.is_dir():
            raise DatabaseError("folder_missing", path=str(path.parent))
        # Created empty and private before SQLite opens it; SQLite gives its -wal and -shm files the
        # same permissions as the database file.
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)


def _unicode_lower(value: object) -> object:
    return value.lower() if isinstance(value, str) else value


def _sqlite_engine(url: URL, *, foreign_keys: bool = True) -> Engine:
    engine = create_engine(url, connect_args={"timeout": 15})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # noqa: ANN001
        dbapi_conn.isolation_level = None  # let SQLAlchemy emit BEGIN (transactional DDL, savepoints)
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cur.execute("PRAGMA busy_timeout=15000")
        cur.execute("PRAGMA secure_delete=ON")  # erased personal data is overwritten, not left in free pages
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


def create_engine_for(url: URL, *, foreign_keys: bool = True) -> Engine:
    if url.get_backend_name() == "sqlite":
        _check_sqlite_file(Path(str(url.database)))
        return _sqlite_engine(url, foreign_keys=foreign_keys)
    return create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 5})


def _first_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    lines = [line.strip() for line in str(orig).splitlines() if line.strip()]
    return lines[0] if lines else type(orig).__name__


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(paths.migrations_dir()))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the migrations folder has no revisions"
    return head


@dataclass
class CheckReport:
    revision: str | None
    head: str
    integrity: str = "ok"
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


class Database:
    """An opened database: its engine, and sessions for units of work."""

    def __init__(self, url: URL) -> None:
        self.url = url
        try:
            self.engine = create_engine_for(url)
        except NoSuchModuleError:
            raise DatabaseError("db_unsupported", dialect=url.drivername) from None
        self.sessionmaker = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def where(self) -> str:
        return describe(self.url)

    def session(self) -> Session:
        return self.sessionmaker()

    def uow(self, actor: str | None = None, *, write: bool = False):  # noqa: ANN201
        from edtrainer.core.uow import UnitOfWork

        return UnitOfWork(self, actor=actor, write=write)

    def dispose(self) -> None:
        self.engine.dispose()

    def checkpoint(self) -> None:
        """Fold the write-ahead log into the SQLite file and empty it, so old page versions are gone."""
        if self.is_sqlite:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    # -- connection and schema ------------------------------------------------------------------

    def ping(self) -> None:
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("SELECT 1")
        except DBAPIError as exc:
            if self.is_sqlite and "not a database" in str(exc.orig):
                raise DatabaseError("db_not_sqlite", path=self.where) from None
            raise DatabaseError("db_unreachable", where=self.where, reason=_first_line(exc)) from None

    def current_revision(self) -> str | None:
        with self.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    def _foreign_tables(self) -> list[str]:
        with self.engine.connect() as conn:
            names = inspect(conn).get_table_names()
        return [n for n in names if n != "alembic_version"]

    def upgrade(self, *, backup: bool = True) -> tuple[str | None, str]:
        """Bring the schema to the newest revision; a SQLite file holding data is backed up first."""
        self.ping()
        head = head_revision()
        current = self.current_revision()
        script = ScriptDirectory.from_config(alembic_config())
        if current is not None and current != head:
            try:
                script.get_revision(current)
            except Exception:  # an unknown revision: made by a newer edtrainer
                raise DatabaseError("db_newer", revision=current) from None
        if current == head:
            return current, head
        if current is None and self._foreign_tables():
            raise DatabaseError("db_foreign", where=self.where)
        if backup and self.is_sqlite and current is not None:
            stamp = clock.local_now().strftime("%Y%m%d-%H%M%S")
            self.backup(paths.backups_dir() / f"{Path(str(self.url.database)).stem}-{stamp}-before-{head}.sqlite3")
        cfg = alembic_config()
        engine = _sqlite_engine(self.url, foreign_keys=False) if self.is_sqlite else self.engine
        try:
            with engine.begin() as conn:
                if not self.is_sqlite:
                    conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})
                    if MigrationContext.configure(conn).get_current_revision() == head:
                        return current, head  # another coordinator upgraded while we waited
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                if self.is_sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        tables = ", ".join(sorted({row[0] for row in broken}))
                        raise DatabaseError("db_fk_broken", count=len(broken), tables=tables)
        finally:
            if engine is not self.engine:
                engine.dispose()
        return current, head

    def check(self) -> CheckReport:
        """Integrity and schema version, and whether the tables agree with the models."""
        self.ping()
        report = CheckReport(revision=self.current_revision(), head=head_revision())
        if report.revision is None:
            report.problems.append("no edtrainer schema (run 'edtrainer db upgrade')")
            return report
        if report.revision != report.head:
            report.problems.append(f"schema {report.revision} is not the newest ({report.head})")
        with self.engine.connect() as conn:
            if self.is_sqlite:
                rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
                report.integrity = "ok" if rows == ["ok"] else "; ".join(rows[:5])
                if report.integrity != "ok":
                    report.problems.append(f"integrity: {report.integrity}")
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    report.problems.append(f"{len(broken)} rows with a broken reference")
            else:
                report.integrity = i18n.word("not_applicable")
            if report.revision == report.head:
                diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": False}),
                                        Base.metadata)
                if diff:
                    report.problems.append(f"{len(diff)} differences between tables and models")
        return report

    def backup(self, target: Path) -> Path:
        """Copy a SQLite database with the online backup API, consistent even while in use."""
        if not self.is_sqlite:
            raise DatabaseError("backup_sqlite_only")
        target = Path(target).expanduser().resolve()
        if target.exists():
            raise FileError("file_exists", path=str(target))
        if not target.parent.is_dir():
            raise FileError("folder_missing", path=str(target.parent))
        tmp = target.with_name(f".{target.name}.part")
        fd = os.open(tmp, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
        os.close(fd)
        try:
            source = sqlite3.connect(str(self.url.database))
            dest = sqlite3.connect(tmp)
            try:
                source.backup(dest)
            finally:
                dest.close()
                source.close()
            os.replace(tmp, target)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return target


def open_database(url_or_path: str | os.PathLike | None = None, *, upgrade: bool = True) -> Database:
    """Open (and by default migrate) the database the user chose. Raises DatabaseError with a clear message."""
    db = Database(resolve_url(url_or_path))
    try:
        if upgrade:
            db.upgrade()
        else:
            db.ping()
    except BaseException:
        db.dispose()
        raise
    return db
