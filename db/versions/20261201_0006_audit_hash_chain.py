"""The audit log as a hash chain: ``prev_hash`` and ``hash`` on every row, the existing rows chained in
the order of their ids.

The hash is computed here with a frozen copy of the rule in ``edtrainer/core/audit_chain.py`` (a
migration must give the same result whatever the application code becomes later). Filling in the
existing rows is an UPDATE, which the append-only triggers refuse: they are set aside for exactly that
statement, inside the same transaction, and put back before it commits.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 20:00:00
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_MESSAGE = "audit_entry is append-only"


def _canonical_time(value: object) -> str:
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    assert isinstance(value, dt.datetime)
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
    return value.strftime("%Y-%m-%dT%H:%M:%S.%f")


def _hash(prev: str, at: object, actor: str, action: str, entity: str, entity_id: int | None,
          changes: object) -> str:
    if isinstance(changes, str):
        changes = json.loads(changes)
    payload = json.dumps([prev, _canonical_time(at), actor, action, entity, entity_id, changes],
                         sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def upgrade() -> None:
    op.add_column("audit_entry", sa.Column("prev_hash", sa.String(length=64), nullable=True))
    op.add_column("audit_entry", sa.Column("hash", sa.String(length=64), nullable=True))
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    rows = bind.execute(sa.text("SELECT id, at, actor, action, entity, entity_id, changes FROM audit_entry "
                                "ORDER BY id")).all()
    if not rows:
        return
    if sqlite:
        op.execute("DROP TRIGGER audit_entry_no_update")
    else:
        op.execute("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only")
    prev = ""
    for row_id, at, actor, action, entity, entity_id, changes in rows:
        digest = _hash(prev, at, actor, action, entity, entity_id, changes)
        bind.execute(sa.text("UPDATE audit_entry SET prev_hash = :p, hash = :h WHERE id = :i"),
                     {"p": prev, "h": digest, "i": row_id})
        prev = digest
    if sqlite:
        op.execute("CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry "
                   f"BEGIN SELECT RAISE(ABORT, '{_MESSAGE}'); END")
    else:
        op.execute("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        # Dropping columns rebuilds the table on SQLite, which takes its triggers along: put them back.
        with op.batch_alter_table("audit_entry") as batch:
            batch.drop_column("hash")
            batch.drop_column("prev_hash")
        for verb in ("UPDATE", "DELETE"):
            op.execute(f"CREATE TRIGGER IF NOT EXISTS audit_entry_no_{verb.lower()} BEFORE {verb} ON audit_entry "
                       f"BEGIN SELECT RAISE(ABORT, '{_MESSAGE}'); END")
    else:
        op.drop_column("audit_entry", "hash")
        op.drop_column("audit_entry", "prev_hash")
