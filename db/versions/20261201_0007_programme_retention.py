"""How long a programme keeps the data of people who have left: a retention period in years.

The AVG asks that personal data be kept no longer than needed. Each programme says how many years after
the end of a person's last enrolment their data are kept (default 2); after that the Overview offers to
erase them. Programmes that were there before this revision get the default.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 21:30:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("programme", schema=None) as batch_op:
        batch_op.add_column(sa.Column("retention_years", sa.Integer(), nullable=False, server_default="2"))
        batch_op.create_check_constraint(op.f("ck_programme_retention_years"), "retention_years BETWEEN 1 AND 50")


def downgrade() -> None:
    with op.batch_alter_table("programme", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_programme_retention_years"), type_="check")
        batch_op.drop_column("retention_years")
