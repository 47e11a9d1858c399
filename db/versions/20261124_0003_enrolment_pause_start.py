"""Remember when an enrolment's pause began.

A paused trainee is not expected at sessions; without the date, every session of the pause stayed
"not recorded" for good. Enrolments paused before this revision get the day their record was last
changed (when the pause was set) as an approximation.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 20:20:28
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("enrolment", schema=None) as batch_op:
        batch_op.add_column(sa.Column("paused_on", sa.Date(), nullable=True))
    day = "date(updated_at)" if op.get_bind().dialect.name == "sqlite" else "CAST(updated_at AS DATE)"
    op.execute(f"UPDATE enrolment SET paused_on = {day} WHERE status = 'paused'")


def downgrade() -> None:
    with op.batch_alter_table("enrolment", schema=None) as batch_op:
        batch_op.drop_column("paused_on")
