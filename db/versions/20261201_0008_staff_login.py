"""Who is working, on a shared database: a staff member's database login, and an audit log whose actor is
that login.

``staff_member.login`` ties a trainer to the PostgreSQL login they sign in with, so row-level security
(``edtrainer db roles``) can show them their own cohorts only. On PostgreSQL a trigger refuses an audit
row whose actor is not the login that writes it (``session_user``): the actor can no longer be a name
anyone may set; and one that does not build on the newest row's hash, so nobody with a login can break
the chain by hand. SQLite has one user, the person at the laptop: nothing to enforce there.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 22:00:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("staff_member", schema=None) as batch_op:
        batch_op.add_column(sa.Column("login", sa.String(length=63), nullable=True))
        batch_op.create_unique_constraint(op.f("uq_staff_member_login"), ["login"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE FUNCTION audit_entry_actor_is_login() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "BEGIN IF NEW.actor IS DISTINCT FROM session_user::text THEN "
            "RAISE EXCEPTION 'audit_entry.actor must be the login writing it (%), not %', session_user, NEW.actor; "
            "END IF; "
            "IF coalesce(NEW.prev_hash, '') IS DISTINCT FROM "
            "coalesce((SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1), '') THEN "
            "RAISE EXCEPTION 'audit_entry.prev_hash must be the hash of the newest row'; "
            "END IF; RETURN NEW; END $$"
        )
        op.execute(
            "CREATE TRIGGER audit_entry_actor_is_login BEFORE INSERT ON audit_entry "
            "FOR EACH ROW EXECUTE FUNCTION audit_entry_actor_is_login()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_entry_actor_is_login ON audit_entry")
        op.execute("DROP FUNCTION IF EXISTS audit_entry_actor_is_login()")
    with op.batch_alter_table("staff_member", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("uq_staff_member_login"), type_="unique")
        batch_op.drop_column("login")
