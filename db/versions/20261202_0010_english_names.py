"""English names for a programme and its modules, for certificates issued in English.

Until now an English certificate printed the Dutch names of the programme and its modules. Empty, as
for every programme and module that was there before this revision, the Dutch name is still printed.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 00:10:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("programme", schema=None) as batch_op:
        batch_op.add_column(sa.Column("name_en", sa.String(length=120), nullable=True))
        batch_op.add_column(sa.Column("certificate_title_en", sa.String(length=200), nullable=True))
    with op.batch_alter_table("module", schema=None) as batch_op:
        batch_op.add_column(sa.Column("title_en", sa.String(length=120), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("module", schema=None) as batch_op:
        batch_op.drop_column("title_en")
    with op.batch_alter_table("programme", schema=None) as batch_op:
        batch_op.drop_column("certificate_title_en")
        batch_op.drop_column("name_en")
