"""Why a trainee stopped, as a category: what a funder's report counts (never the reason's words).

Enrolments withdrawn before this revision have no category ("not given" in the report).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02 00:45:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("enrolment", schema=None) as batch_op:
        batch_op.add_column(sa.Column("withdrawal_category", sa.String(length=20), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("enrolment", schema=None) as batch_op:
        batch_op.drop_column("withdrawal_category")
