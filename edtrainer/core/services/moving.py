"""Moving the data: from the laptop's SQLite file to a shared PostgreSQL server (and back), and a JSON archive.

``copy_database`` copies every table of one edtrainer database into an empty one of the same schema version,
in one transaction: rows keep their numbers (every link stays), PostgreSQL's counters are set past them, and
the audit log is copied row for row, so its hash chain holds on the other side too (on PostgreSQL its
guard, which only lets a login write its own rows, is paused for the copy inside the transaction). Afterwards
the two are compared table by table (the number of rows and a SHA-256 over every value); a difference
rolls the copy back. A target that holds anything is refused.

``export_archive`` writes the same rows as one documented JSON file (``edtrainer-archive/1``): tables in
the order of their links, rows in key order, dates as ISO text, binary data as base64. ``import_archive``
reads it into an empty database. Reading an archive in and writing it out again gives the very same bytes.
"""

from __future__ import annotations

import base64
import datetime as dt
import decimal
import enum
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, func, select, text
from sqlalchemy import types as sa_types

from edtrainer.core.errors import DatabaseError, FileError
from edtrainer.core.models import Base

FORMAT = "edtrainer-archive/1"
_GUARD = "audit_entry_actor_is_login"


def tables() -> list[Table]:
    """Every table, parents before the tables that refer to them."""
    return list(Base.metadata.sorted_tables)


def _order(table: Table) -> list[Any]:
    keys = list(table.primary_key.columns) or list(table.columns)
    return keys


def _rows(conn: Connection, table: Table) -> Iterator[dict[str, Any]]:
    for row in conn.execute(select(table).order_by(*_order(table))).mappings():
        yield dict(row)


def _plain(value: Any) -> Any:
    """A value as JSON holds it, the same from SQLite and PostgreSQL."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC).replace(tzinfo=None)
        return value.isoformat()
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray, memoryview)):
        return base64.b64encode(bytes(value)).decode()
    if isinstance(value, decimal.Decimal):
        return str(value)
    return value


def _typed(column: Any, value: Any) -> Any:
    """A JSON value back as the column's Python type."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, sa_types.DateTime):
        moment = dt.datetime.fromisoformat(value)
        return moment.replace(tzinfo=dt.UTC) if getattr(kind, "timezone", False) else moment
    if isinstance(kind, sa_types.Date):
        return dt.date.fromisoformat(value)
    if isinstance(kind, sa_types.Time):
        return dt.time.fromisoformat(value)
    if isinstance(kind, sa_types.LargeBinary):
        return base64.b64decode(value)
    if isinstance(kind, sa_types.Enum) and kind.enum_class is not None:
        return kind.enum_class(value)
    return value


def content_hashes(conn: Connection) -> dict[str, tuple[int, str]]:
    """Per table: the number of rows and a SHA-256 over all their values, in key order."""
    out = {}
    for table in tables():
        digest = hashlib.sha256()
        count = 0
        for row in _rows(conn, table):
            digest.update(json.dumps([_plain(row[c.name]) for c in table.columns], sort_keys=True,
                                     ensure_ascii=False, default=str).encode())
            count += 1
        out[table.name] = (count, digest.hexdigest())
    return out


@dataclass
class CopyReport:
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


def _is_empty(conn: Connection) -> bool:
    return all(conn.execute(select(func.count()).select_from(t)).scalar_one() == 0 for t in tables())


def _after_insert(conn: Connection) -> None:
    """PostgreSQL: every counter of an id column past the highest id copied."""
    if conn.dialect.name != "postgresql":
        return
    for table in tables():
        if "id" in table.columns and table.columns["id"].autoincrement is not False \
                and isinstance(table.columns["id"].type, sa_types.Integer):
            conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                              f"GREATEST((SELECT max(id) FROM {table.name}), 1))"))


def _write(conn: Connection, source: Iterator[tuple[Table, list[dict[str, Any]]]]) -> dict[str, int]:
    counts: dict[str, int] = {}
    postgres = conn.dialect.name == "postgresql"
    if postgres:  # only for this transaction: the copy writes rows that other logins wrote
        conn.execute(text("SET LOCAL TIME ZONE 'UTC'"))  # times without a zone (from SQLite) are UTC
        conn.execute(text(f"ALTER TABLE audit_entry DISABLE TRIGGER {_GUARD}"))
    for table, rows in source:
        if rows:
            conn.execute(table.insert(), rows)
        counts[table.name] = len(rows)
    if postgres:
        conn.execute(text(f"ALTER TABLE audit_entry ENABLE TRIGGER {_GUARD}"))
    _after_insert(conn)
    return counts


def _target_ready(target: Any) -> None:
    from edtrainer.core.db import head_revision

    if target.current_revision() != head_revision():
        raise DatabaseError("copy_target_schema", where=target.where)
    with target.engine.connect() as conn:
        if not _is_empty(conn):
            raise DatabaseError("copy_target_not_empty", where=target.where)


class _Snapshot:
    """A reading connection that sees the whole database at one moment (PostgreSQL: REPEATABLE READ, so
    colleagues working meanwhile never give an enrolment without its trainee), with times in UTC."""

    def __init__(self, db: Any) -> None:
        self.db = db

    def __enter__(self) -> Connection:
        conn = self.db.engine.connect()
        if conn.dialect.name == "postgresql":
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
        self._conn = conn
        self._tx = conn.begin()
        if conn.dialect.name == "postgresql":
            conn.execute(text("SET LOCAL TIME ZONE 'UTC'"))
        return conn

    def __exit__(self, *exc: Any) -> None:
        self._tx.rollback()  # read only: nothing to keep
        self._conn.close()


def copy_database(source: Any, target: Any) -> CopyReport:
    """Copy every row of ``source`` into the empty database ``target`` (both opened and upgraded)."""
    from edtrainer.core.db import head_revision

    if source.current_revision() != head_revision():
        raise DatabaseError("copy_target_schema", where=source.where)
    _target_ready(target)
    with _Snapshot(source) as src:
        before = content_hashes(src)
        report = CopyReport()
        with target.engine.begin() as dst:
            report.counts = _write(dst, ((t, list(_rows(src, t))) for t in tables()))
            after = content_hashes(dst)
            if after != before:
                different = ", ".join(sorted(n for n in before if before[n] != after.get(n)))
                raise DatabaseError("copy_mismatch", where=target.where, tables=different)
    _anchor(target)
    return report


def _anchor(db: Any) -> None:
    """The newest hash of the copied audit chain, kept outside the new database too (see audit_chain)."""
    from edtrainer.core import audit_chain

    with db.engine.connect() as conn:
        newest = audit_chain.newest(conn)
    if newest is not None:
        audit_chain.write_anchor(db.where, newest)


# --- the JSON archive ---------------------------------------------------------------------------------

def archive_bytes(conn: Connection) -> bytes:
    from edtrainer.core.db import head_revision

    body = {"format": FORMAT, "schema": head_revision(),
            "tables": {t.name: {"columns": [c.name for c in t.columns],
                                "rows": [[_plain(r[c.name]) for c in t.columns] for r in _rows(conn, t)]}
                       for t in tables()}}
    return (json.dumps(body, ensure_ascii=False, indent=1, sort_keys=False) + "\n").encode("utf-8")


def export_archive(db: Any, path: Path | str) -> tuple[Path, int]:
    """Write the whole database as a JSON archive, readable by the user only. Logged as an export."""
    from edtrainer.core import audit
    from edtrainer.core.files import write_private

    with _Snapshot(db) as conn:
        data = archive_bytes(conn)
        rows = sum(c for c, _h in content_hashes(conn).values())
    written = write_private(path, data, overwrite=True)
    with db.uow(write=True) as uow:  # after: the archive holds the data as they were, not its own making
        audit.record(uow.session, action="export", entity="database", entity_id=None, details={"what": "archive"})
        uow.commit()
    return written, rows


def import_archive(db: Any, path: Path | str) -> CopyReport:
    """Read a JSON archive into the empty database ``db``; refused when the archive is not edtrainer's, of
    another schema version, or the database holds anything."""
    from edtrainer.core.db import head_revision

    try:
        body = json.loads(Path(path).expanduser().read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise FileError("file_missing", path=str(path)) from None
    except (OSError, ValueError):
        raise FileError("archive_unreadable", path=str(path)) from None
    if not isinstance(body, dict) or body.get("format") != FORMAT:
        raise FileError("archive_unreadable", path=str(path))
    if body.get("schema") != head_revision():
        raise FileError("archive_schema", path=str(path), schema=body.get("schema"), head=head_revision())
    _target_ready(db)
    by_name = {t.name: t for t in tables()}

    def rows() -> Iterator[tuple[Table, list[dict[str, Any]]]]:
        for table in tables():
            part = body["tables"].get(table.name, {"columns": [], "rows": []})
            columns = [by_name[table.name].columns[c] for c in part["columns"]]
            yield table, [{c.name: _typed(c, v) for c, v in zip(columns, row, strict=True)} for row in part["rows"]]

    with db.engine.begin() as conn:
        report = CopyReport(counts=_write(conn, rows()))
    _anchor(db)
    return report
