"""The short verification code of each certificate, so a checker can type it from paper (at most 20 characters).

The code is made from the certificate's signature (see ``edtrainer.documents.signing.short_code``), so
certificates issued before this revision get theirs from the signature kept with them; the sums are copied
here, as a migration must not depend on code that may change later. A certificate whose data were erased
keeps no signature: it gets no code.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 23:45:00
"""
from __future__ import annotations

import base64
import hashlib
import json

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_STD = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def _short_code(raw: bytes) -> str:
    body = base64.b32encode(hashlib.sha256(b"edtrainer-short-code\x00" + raw).digest()).decode()
    body = body.translate(str.maketrans(_STD, _CROCKFORD))[:18]
    value = int.from_bytes(hashlib.sha256(f"edtrainer-check:{body}".encode()).digest()[:2], "big") >> 6
    return body + _CROCKFORD[value >> 5] + _CROCKFORD[value & 31]


def _signature(snapshot: object) -> bytes | None:
    if isinstance(snapshot, str):
        try:
            snapshot = json.loads(snapshot)
        except ValueError:
            return None
    if not isinstance(snapshot, dict):
        return None
    payload = snapshot.get("signed_code") or snapshot.get("qr_payload") or ""
    parts = str(payload).split(":")
    if len(parts) != 3 or parts[0] != "EDT1":
        return None
    std = parts[2].strip().upper().translate(str.maketrans(_CROCKFORD, _STD))
    try:
        return base64.b32decode(std + "=" * (-len(std) % 8))
    except ValueError:
        return None


def upgrade() -> None:
    with op.batch_alter_table("certificate", schema=None) as batch_op:
        batch_op.add_column(sa.Column("code", sa.String(length=20), nullable=True))
        batch_op.create_index(batch_op.f("ix_certificate_code"), ["code"], unique=True)
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, snapshot FROM certificate WHERE snapshot IS NOT NULL")).all()
    for cert_id, snapshot in rows:
        raw = _signature(snapshot)
        if raw:
            conn.execute(sa.text("UPDATE certificate SET code = :code WHERE id = :id"),
                         {"code": _short_code(raw), "id": cert_id})


def downgrade() -> None:
    with op.batch_alter_table("certificate", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_certificate_code"))
        batch_op.drop_column("code")
