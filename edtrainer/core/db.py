"""Opening the database: the embedded SQLite file by default, PostgreSQL by URL.

SQLite is opened in WAL mode with foreign keys on and ``synchronous=FULL``, using the pysqlite
transaction recipe from the SQLAlchemy documentation (the driver's own transaction handling is switched
off and SQLAlchemy emits BEGIN), so DDL in migrations is transactional and a failed migration leaves
nothing behind. Migrations run with foreign keys off: with them on, the table rebuild of a batch
migration fires ON DELETE CASCADE and silently deletes child rows. ``PRAGMA foreign_key_check`` is run
inside the same transaction before it commits.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker

from edtrainer import paths
from edtrainer.core import backups, cipher, engines, i18n, integrity, schema
from edtrainer.core.db_errors import explain
from edtrainer.core.engines import SQLITE_MAGIC as SQLITE_MAGIC
from edtrainer.core.engines import _has_sqlite_header, _readable_by_owner_only, _unreadable_but_backed_up
from edtrainer.core.engines import _sqlite_engine as _sqlite_engine
from edtrainer.core.engines import create_engine_for as create_engine_for
from edtrainer.core.errors import DamagedError, DatabaseError, EdtrainerError
from edtrainer.core.schema import head_revision, known_revisions

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic is imported only for an upgrade and the full check: that the schema is current is learnt from
# the migration files and the alembic_version row (see core.schema).

_PG_LOCK_KEY = 0x6564_7472  # "edtr": serialises migrations of coordinators starting at the same time


def resolve_url(url_or_path: str | os.PathLike | None = None) -> URL:
    """The database to use: the argument, else ``EDTRAINER_DATABASE_URL``, else the embedded file.

    A bare file path means a SQLite file; ``postgres://`` and ``postgresql://`` use psycopg 3.
    """
    plain = paths.plain_database_file(url_or_path)
    if plain is not None:
        return URL.create("sqlite+pysqlite", database=str(plain))
    raw = os.fspath(url_or_path) if url_or_path else os.environ.get("EDTRAINER_DATABASE_URL", "").strip()
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
    return url.set(drivername=url.get_backend_name()).render_as_string(hide_password=True)


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(paths.migrations_dir()))
    return cfg


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
    """An opened database: its engine, and sessions for units of work.

    ``read_only``: a SQLite file found damaged; it is opened read-only, ``damage`` says what SQLite found,
    and nothing is written to it (see ``uow``). ``changed_at``: when a unit of work last stored something
    (for the automatic backups).
    """

    def __init__(self, url: URL, *, read_only: bool = False, damage: str | None = None) -> None:
        self.url = url
        self.read_only = read_only
        self.damage = damage
        self._login: str | None = None
        self.changed_at: dt.datetime | None = None
        self._identity: tuple[int, int] | None = None
        try:
            self.engine = create_engine_for(url, read_only=read_only)
        except NoSuchModuleError:
            raise DatabaseError("db_unsupported", dialect=url.drivername) from None
        self.sessionmaker = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def path(self) -> Path:
        """The SQLite file (only for SQLite)."""
        assert self.is_sqlite
        return Path(str(self.url.database))

    @property
    def where(self) -> str:
        return describe(self.url)

    def session(self) -> Session:
        return self.sessionmaker()

    def still_there(self) -> None:
        """Raise when the SQLite file was deleted, moved or replaced while open. SQLite would go on writing
        into the deleted file (on Linux and macOS), and everything written would vanish at close."""
        if not self.is_sqlite:
            return
        try:
            st = os.stat(self.path)
        except OSError:
            raise DatabaseError("db_file_moved", where=self.where) from None
        identity = (st.st_dev, st.st_ino)
        if self._identity is None:
            self._identity = identity
        elif identity != self._identity:
            raise DatabaseError("db_file_moved", where=self.where)

    def uow(self, actor: str | None = None, *, write: bool = False):  # noqa: ANN201
        from edtrainer.core.uow import UnitOfWork

        return UnitOfWork(self, actor=actor, write=write)

    def run(self, fn, *, actor: str | None = None, write: bool = True):  # noqa: ANN001, ANN201
        """``fn(uow)`` committed in a unit of work, run again when it lost a race (see ``uow.run``)."""
        from edtrainer.core.uow import run

        return run(self, fn, actor=actor, write=write)

    def dispose(self, *, checkpoint: bool = True) -> None:
        """Close every connection. A SQLite file is first made whole on its own (its write-ahead log folded
        in), so that copying the bare file while edtrainer is closed copies everything."""
        if checkpoint and self.is_sqlite and not self.read_only:
            # If that fails, the log stays beside the file, and SQLite folds it in at the next open.
            with contextlib.suppress(EdtrainerError):
                self.checkpoint(wait_ms=2000)
        if self.changed_at is not None and not self.read_only:
            self.anchor_audit_chain()
        self.engine.dispose()

    def anchor_audit_chain(self) -> None:
        """Keep the newest hash of the audit chain outside the database (see ``audit_chain``)."""
        from edtrainer.core import audit_chain

        try:
            with self.engine.connect() as conn:
                newest = audit_chain.newest(conn)
        except DBAPIError:
            return  # an older schema, or the database went away: nothing to anchor now
        if newest is not None:
            audit_chain.write_anchor(self.where, newest)

    def checkpoint(self, *, wait_ms: int = 15000, required: bool = False) -> None:
        """Fold the write-ahead log into the SQLite file and empty it, so old page versions are gone.

        With ``required``: when another program keeps reading the file (so the log cannot be emptied), wait
        up to ``wait_ms`` and then say so (``db_in_use``) rather than leave old values behind unsaid."""
        if not self.is_sqlite or self.read_only:
            return
        import time

        deadline = time.monotonic() + wait_ms / 1000
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql(f"PRAGMA busy_timeout={int(wait_ms)}")
                while True:
                    busy, _log, _done = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
                    if not busy or not required or time.monotonic() >= deadline:
                        break
                    time.sleep(0.05)
                conn.exec_driver_sql(f"PRAGMA busy_timeout={engines.BUSY_TIMEOUT_MS}")
        except DBAPIError as exc:
            raise explain(exc, self.where) or exc from None
        if busy and required:
            raise DatabaseError("db_in_use", where=self.where)

    def reopen(self) -> None:
        """Close every connection and open the file afresh: after it was encrypted or decrypted, another
        driver opens it."""
        self.engine.dispose()
        self.engine = create_engine_for(self.url, read_only=self.read_only)
        self.sessionmaker = sessionmaker(self.engine, expire_on_commit=False)
        self._identity = None

    def only_user(self, *, wait_ms: int = 5000, key: str = "db_in_use") -> None:
        """Wait until no other program has the SQLite file open (up to ``wait_ms``), else say so
        (``db_in_use``). For an erasure: a reader elsewhere would keep the erased values in the write-ahead log.
        This engine's own connections are closed first; they reopen by themselves."""
        if not self.is_sqlite or self.read_only:
            return
        import time

        self.engine.dispose()
        deadline = time.monotonic() + wait_ms / 1000
        while True:
            probe = cipher.connect(self.path, timeout=0.1, isolation_level=None)
            try:
                probe.execute("PRAGMA locking_mode=EXCLUSIVE")
                probe.execute("BEGIN EXCLUSIVE")  # in WAL mode only possible when nobody else has the file open
                probe.execute("ROLLBACK")
                return
            except cipher.OperationalError:
                if time.monotonic() >= deadline:
                    raise DatabaseError(key, where=self.where) from None
            finally:
                probe.close()
            time.sleep(0.1)

    def vacuum(self, tables: tuple[str, ...]) -> None:
        """PostgreSQL: clear the old versions of rows out of these tables (after an erasure)."""
        if self.is_sqlite:
            return
        try:
            with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                for table in tables:
                    conn.exec_driver_sql(f'VACUUM "{table}"')
        except DBAPIError as exc:
            raise explain(exc, self.where) or exc from None

    # -- connection and schema ------------------------------------------------------------------

    def ping(self) -> None:
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("SELECT 1")
        except DBAPIError as exc:
            if self.is_sqlite and "not a database" in str(exc.orig):
                raise DatabaseError("db_not_sqlite", path=self.where) from None
            raise explain(exc, self.where, connecting=True) or DatabaseError("db_failed", where=self.where) \
                from None

    def login(self) -> str:
        """On PostgreSQL, the login this program is connected as (``session_user``): the one name the audit log
        accepts as its actor there. Asked once."""
        if self._login is None:
            with self.engine.connect() as conn:
                self._login = str(conn.execute(text("SELECT session_user")).scalar_one())
        return self._login

    def current_revision(self) -> str | None:
        with self.engine.connect() as conn:
            return schema.current_revision(conn)

    def _foreign_tables(self) -> list[str]:
        with self.engine.connect() as conn:
            names = inspect(conn).get_table_names()
        return [n for n in names if n != "alembic_version"]

    def upgrade(self, *, backup: bool = True) -> tuple[str | None, str]:
        """Bring the schema to the newest revision; a SQLite file holding data is backed up first."""
        self.ping()
        head = head_revision()
        current = self.current_revision()
        if current is not None and current != head and current not in known_revisions():
            raise DatabaseError("db_newer", revision=current)  # made by a newer edtrainer
        if current == head:
            return current, head
        if current is None and self._foreign_tables():
            raise DatabaseError("db_foreign", where=self.where)
        if self.read_only:
            raise DamagedError("db_read_only_damaged", where=self.where)
        if self.is_sqlite and current is not None:
            # Never migrate (or back up) a damaged file: that would make it worse and push good backups out.
            health = integrity.check(self.path)
            if not health.ok:
                raise DamagedError("db_damaged_no_upgrade", where=self.where, detail=health.detail)
            if backup:
                backups.make(self.path, reason="before-upgrade")
        try:
            self._migrate(current, head)
        except DBAPIError as exc:
            raise explain(exc, self.where) or exc from None
        return current, head

    def _migrate(self, current: str | None, head: str) -> None:
        from alembic import command

        cfg = alembic_config()
        engine = _sqlite_engine(self.url, foreign_keys=False) if self.is_sqlite else self.engine
        try:
            with engine.begin() as conn:
                if not self.is_sqlite:
                    conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})
                    if schema.current_revision(conn) == head:
                        return  # another coordinator upgraded while we waited
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

    def check(self) -> CheckReport:
        """Integrity and schema version, and whether the tables agree with the models."""
        report = CheckReport(revision=None, head=head_revision())
        if self.is_sqlite:
            # First the file itself, read-only: a damaged file must not be read any further (a query on a
            # damaged page fails half-way) or written at all.
            health = integrity.check(self.path, full=True)
            report.integrity = "ok" if health.ok else health.detail
            if not health.ok:
                integrity.forget(self.path)
                not_sqlite = "not a database" in health.detail
                report.problems.append(i18n.text("problem_not_sqlite" if not_sqlite else "problem_damaged"))
                return report
        self.ping()
        try:
            return self._check_schema(report)
        except DBAPIError as exc:
            report.problems.append(str(explain(exc, self.where) or exc))
            return report

    def _check_schema(self, report: CheckReport) -> CheckReport:
        report.revision = self.current_revision()
        if report.revision is None:
            report.problems.append(i18n.text("problem_no_schema"))
            return report
        if report.revision != report.head:
            report.problems.append(i18n.text("problem_old_schema", revision=report.revision, head=report.head))
        with self.engine.connect() as conn:
            if self.is_sqlite:
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    report.problems.append(i18n.text("problem_broken_references", count=len(broken)))
            else:
                report.integrity = i18n.word("not_applicable")
            if report.revision == report.head:
                from alembic.autogenerate import compare_metadata
                from alembic.runtime.migration import MigrationContext

                from edtrainer.core.models import Base

                diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": False}),
                                        Base.metadata)
                if diff:
                    report.problems.append(i18n.text("problem_model_differs", count=len(diff)))
                from edtrainer.core import audit_chain

                report.problems += audit_chain.verify(conn, anchor=audit_chain.read_anchor(self.where)).problems
        if self.is_sqlite and report.ok:
            integrity.remember_good(self.path)
        return report

    def backup(self, target: Path, *, progress=None, overwrite: bool = False) -> Path:  # noqa: ANN001
        """A verified copy of a SQLite database at ``target`` (online backup API: consistent even while in
        use). Refuses a damaged database; replaces an existing file only once the copy is proven good."""
        if not self.is_sqlite:
            raise DatabaseError("backup_sqlite_only")
        target = Path(target).expanduser().resolve()
        return backups.copy_verified(self.path, target, progress=progress, overwrite=overwrite).path


def open_database(url_or_path: str | os.PathLike | None = None, *, upgrade: bool = True) -> Database:
    """Open (and by default migrate) the database the user chose. Raises DatabaseError with a clear message.

    A SQLite file that changed since its last good check is checked first (``integrity``); a damaged one
    is opened read-only, never migrated, and ``db.damage`` says so: the caller tells the user and offers
    the newest good backup.
    """
    url = resolve_url(url_or_path)
    if url.get_backend_name() == "sqlite":
        path = Path(str(url.database))
        _readable_by_owner_only(path)
        if path.is_file() and path.stat().st_size > 0:
            if not _has_sqlite_header(path) and not cipher.is_encrypted(path):
                _unreadable_but_backed_up(path)
            health = integrity.check_on_open(path)
            if not health.ok:
                damaged = Database(url, read_only=True, damage=health.detail)
                return damaged
    db = Database(url)
    try:
        if upgrade:
            db.upgrade()
        else:
            db.ping()
    except BaseException:
        db.dispose()
        raise
    return db
