"""The audit log as a hash chain: each row carries the SHA-256 of the row before it and of itself.

The database's triggers refuse UPDATE and DELETE on ``audit_entry``, but whoever owns the file or the
database can drop a trigger, rewrite a row and put the trigger back. The chain makes that visible: a row
whose content no longer gives its hash, or whose ``prev_hash`` is not the hash of the row before it, is
where the log was changed. Rewriting the whole chain from that row on would hide it again, so the newest
hash is also kept outside the database (``audit-anchor.json`` in the data folder, written when edtrainer
closes the database): the anchored row must still be in the chain with that hash.

Rows are chained in the order of their ids. On PostgreSQL an advisory lock, held until the transaction
ends, makes coordinators who log at the same moment take turns; SQLite has one writer at a time anyway.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

_PG_CHAIN_LOCK = 0x6564_7461  # "edta": one audit writer at a time on a shared database
GENESIS = ""


def canonical_time(value: Any) -> str:
    """A row's time as the hash sees it: UTC, microseconds, no zone (what SQLite gives back)."""
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
    return value.strftime("%Y-%m-%dT%H:%M:%S.%f")


def row_hash(prev: str | None, at: Any, actor: str, action: str, entity: str, entity_id: int | None,
             changes: Any) -> str:
    if isinstance(changes, str):  # a JSON column read back as text by a plain query
        changes = json.loads(changes)
    payload = json.dumps([prev or GENESIS, canonical_time(at), actor, action, entity, entity_id, changes],
                         sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def last_hash(session: Session) -> str:
    """The hash the next row builds on, taking the chain's lock first on PostgreSQL."""
    known = session.info.get("audit_last_hash")
    if known is not None:
        return str(known)
    conn = session.connection()
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_CHAIN_LOCK})
    newest = conn.execute(text("SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1")).scalar()
    return newest or GENESIS


def chain_rows(session: Session, rows: Iterable[dict[str, Any]]) -> None:
    """Give each row (a dict about to be inserted, in insertion order) its place in the chain."""
    prev = last_hash(session)
    for row in rows:
        row["prev_hash"] = prev
        row["hash"] = prev = row_hash(prev, row["at"], row["actor"], row["action"], row["entity"],
                                      row.get("entity_id"), row.get("changes"))
    session.info["audit_last_hash"] = prev


def forget_position(session: Session) -> None:
    session.info.pop("audit_last_hash", None)


# --- checking --------------------------------------------------------------------------------------------

@dataclass
class ChainReport:
    rows: int = 0
    problems: list[str] = field(default_factory=list)
    first_broken: int | None = None
    newest: tuple[int, str] | None = None

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(conn: Any, *, anchor: tuple[int, str] | None = None) -> ChainReport:
    """Walk the chain in id order; check the triggers that guard it, and the anchor kept outside."""
    from edtrainer.core import i18n

    report = ChainReport()
    prev = GENESIS
    result = conn.execute(text("SELECT id, at, actor, action, entity, entity_id, changes, prev_hash, hash "
                               "FROM audit_entry ORDER BY id"))
    for row_id, at, actor, action, entity, entity_id, changes, prev_hash, stored in result:
        report.rows += 1
        if (prev_hash or GENESIS) != prev:
            report.first_broken = row_id
            report.problems.append(i18n.text("audit_link_broken", id=row_id))
            break
        if row_hash(prev, at, actor, action, entity, entity_id, changes) != stored:
            report.first_broken = row_id
            report.problems.append(i18n.text("audit_row_changed", id=row_id))
            break
        prev = stored
        report.newest = (row_id, stored)
    if anchor is not None and report.ok:
        anchored = conn.execute(text("SELECT hash FROM audit_entry WHERE id = :i"), {"i": anchor[0]}).scalar()
        if anchored != anchor[1]:
            report.first_broken = anchor[0]
            report.problems.append(i18n.text("audit_anchor_differs", id=anchor[0]))
    missing = missing_guards(conn)
    if missing:
        report.problems.append(i18n.text("audit_guard_missing", guards=", ".join(missing)))
    return report


def missing_guards(conn: Any) -> list[str]:
    """The triggers that refuse UPDATE and DELETE, where they are gone or switched off."""
    if conn.dialect.name == "sqlite":
        present = {r[0] for r in conn.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_entry'"))}
        return [n for n in ("audit_entry_no_update", "audit_entry_no_delete") if n not in present]
    row = conn.execute(text(
        "SELECT tgenabled FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
        "WHERE c.relname = 'audit_entry' AND t.tgname = 'audit_entry_append_only'")).first()
    return [] if row is not None and row[0] in ("O", "A") else ["audit_entry_append_only"]


# --- the anchor outside the database ---------------------------------------------------------------------

def _anchor_file() -> Path:
    from edtrainer import paths

    return paths.data_dir() / "audit-anchor.json"


def read_anchor(where: str) -> tuple[int, str] | None:
    try:
        data = json.loads(_anchor_file().read_text(encoding="utf-8"))
        entry = data[where]
        return int(entry["id"]), str(entry["hash"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def write_anchor(where: str, newest: tuple[int, str]) -> None:
    import contextlib

    from edtrainer.core.files import write_private

    try:
        data = json.loads(_anchor_file().read_text(encoding="utf-8"))
        data = data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        data = {}
    from edtrainer.core import clock

    data[where] = {"id": newest[0], "hash": newest[1], "at": clock.now().isoformat(timespec="seconds")}
    with contextlib.suppress(OSError):
        write_private(_anchor_file(), json.dumps(data, indent=1).encode(), overwrite=True)


def newest(conn: Any) -> tuple[int, str] | None:
    row = conn.execute(select(text("id, hash")).select_from(text("audit_entry")).order_by(text("id DESC"))
                       .limit(1)).first()
    return (int(row[0]), str(row[1])) if row is not None and row[1] else None
