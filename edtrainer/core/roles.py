"""Roles on a shared PostgreSQL database: what a coordinator and a trainer may see and do, enforced by the
server itself (grants and row-level security), so that ``psql`` with a trainer's login cannot read more
than the app shows.

- ``edtrainer_coordinator``: everything.
- ``edtrainer_trainer``: the cohorts they train (by ``staff_member.login`` = their login, as trainer of
  the cohort or of one of its sessions), their sessions, who is enrolled (names only: no date or place of
  birth, no e-mail or phone, no reason for stopping), and the attendance register, which they may fill in.
  No placements, hours, evaluations, module results, certificates, keys or organisations. People are
  read through views (schema ``edtrainer_trainer_view``, first on a trainer's search path) that show the
  same columns with the private ones empty: the app works unchanged, and the tables stay closed.

``setup`` is idempotent: run it again after an upgrade (``edtrainer db roles``). Logins themselves (with
their passwords) are made by the server's administrator; ``grant`` gives one a role and ties it to a
staff member. The table owner and superusers are not bound by row-level security: the app's own logins
should be neither.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text

from edtrainer.core.errors import DatabaseError, ValidationError
from edtrainer.core.models import Base

COORDINATOR, TRAINER = "edtrainer_coordinator", "edtrainer_trainer"
ROLES = {"coordinator": COORDINATOR, "trainer": TRAINER}

# What a trainer reads of the tables themselves (rows limited by row-level security where personal).
_TRAINER_READS = ("programme", "module", "cohort", "cohort_session", "cohort_trainer", "session_trainer",
                  "attendance_mark", "app_meta", "alembic_version")
# People are read through views in a schema of their own, first on a trainer's search path: the same names
# and columns as the tables (so the app works unchanged), the hidden columns always empty, and only the
# rows of their own cohorts. The tables themselves stay closed to them.
VIEWS = "edtrainer_trainer_view"
# What a trainer may see of each, listed (a column added later stays empty for them until it is listed).
_EDITED = {"id", "version", "created_at", "updated_at", "updated_by"}
_VISIBLE = {"trainee": _EDITED | {"given_names", "name_prefix", "family_name"},
            "staff_member": _EDITED | {"full_name", "role", "active", "login"},
            "enrolment": _EDITED | {"trainee_id", "cohort_id", "enrolled_on", "ended_on", "status", "paused_on",
                                    "buddy_id"}}
_VIEW_ROWS = {"trainee": "id IN (SELECT edtrainer_trainer_trainees())",
              "enrolment": "cohort_id IN (SELECT edtrainer_trainer_cohorts())",
              "staff_member": "true"}
# Row-level security on the tables a trainer uses directly.
_MINE = "cohort_id IN (SELECT edtrainer_trainer_cohorts())"
_POLICIES = {
    "cohort": "id IN (SELECT edtrainer_trainer_cohorts())",
    "cohort_session": _MINE,
    "attendance_mark": "session_id IN (SELECT id FROM cohort_session) "
                       "AND enrolment_id IN (SELECT edtrainer_trainer_enrolments())",
}
# Compared as text with the system's own operator: nothing a user can create on the search path takes part.
_ME = "s.login::text OPERATOR(pg_catalog.=) session_user::text"
_FUNCTIONS = {
    "edtrainer_trainer_cohorts":
        "SELECT ct.cohort_id FROM public.cohort_trainer ct JOIN public.staff_member s ON s.id = ct.staff_id "
        f"WHERE {_ME} UNION SELECT cs.cohort_id FROM public.session_trainer st "
        "JOIN public.staff_member s ON s.id = st.staff_id JOIN public.cohort_session cs ON cs.id = st.session_id "
        f"WHERE {_ME}",
    "edtrainer_trainer_enrolments":
        "SELECT id FROM public.enrolment WHERE cohort_id IN (SELECT public.edtrainer_trainer_cohorts())",
    "edtrainer_trainer_trainees":
        "SELECT trainee_id FROM public.enrolment WHERE cohort_id IN (SELECT public.edtrainer_trainer_cohorts())",
}
_LOGIN = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]{0,62}$")


def _quoted(name: str) -> str:
    """A PostgreSQL identifier, quoted (a database name may hold any character)."""
    return '"' + name.replace('"', '""') + '"'


def _require_postgresql(db: Any) -> None:
    if db.is_sqlite:
        raise DatabaseError("roles_postgresql_only")


def _create_role(conn: Any, role: str) -> None:
    conn.execute(text(f"DO $$ BEGIN CREATE ROLE {role} NOLOGIN; "
                      "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$"))


def setup(db: Any) -> None:
    """Create the two roles (once per server), and their grants and row-level security (per database)."""
    _require_postgresql(db)
    with db.engine.begin() as conn:
        conn.execute(text("SELECT pg_advisory_xact_lock(7310401)"))  # one setup at a time per server
        for role in (COORDINATOR, TRAINER):
            _create_role(conn, role)
        # Nobody but the owner makes objects in the schema (PostgreSQL before 15 let everyone), and only the
        # logins given a role may connect to this database: the roles are the server's, not the database's.
        database = conn.execute(text("SELECT current_database()")).scalar_one()
        conn.execute(text("REVOKE CREATE ON SCHEMA public FROM PUBLIC"))
        conn.execute(text(f"REVOKE CONNECT ON DATABASE {_quoted(database)} FROM PUBLIC"))
        for name, body in _FUNCTIONS.items():  # the owner's rights: a trainer may not read these tables
            conn.execute(text(f"CREATE OR REPLACE FUNCTION public.{name}() RETURNS SETOF integer LANGUAGE sql "
                              f"STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$ {body} $$"))
            conn.execute(text(f"REVOKE ALL ON FUNCTION public.{name}() FROM PUBLIC"))
        for role in (COORDINATOR, TRAINER):
            conn.execute(text(f"GRANT USAGE ON SCHEMA public TO {role}"))
            conn.execute(text(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {role}"))
            conn.execute(text(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {role}"))
            for name in _FUNCTIONS:
                conn.execute(text(f"GRANT EXECUTE ON FUNCTION public.{name}() TO {role}"))
        conn.execute(text(f"GRANT ALL ON ALL TABLES IN SCHEMA public TO {COORDINATOR}"))
        conn.execute(text(f"GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO {COORDINATOR}"))
        conn.execute(text(f"GRANT SELECT ON {', '.join(_TRAINER_READS)} TO {TRAINER}"))
        conn.execute(text(f"GRANT INSERT, UPDATE ON attendance_mark TO {TRAINER}"))
        conn.execute(text(f"GRANT UPDATE (topic, version, updated_at, updated_by) ON cohort_session TO {TRAINER}"))
        # the audit log: a trainer's acts are logged too (the chain needs the newest row's id and hash)
        conn.execute(text(f"GRANT SELECT (id, hash) ON audit_entry TO {TRAINER}"))
        conn.execute(text(f"GRANT INSERT (at, actor, action, entity, entity_id, changes, prev_hash, hash) "
                          f"ON audit_entry TO {TRAINER}"))
        for table in ("attendance_mark", "audit_entry"):
            conn.execute(text(f"GRANT USAGE ON SEQUENCE {table}_id_seq TO {TRAINER}"))
        conn.execute(text(f"CREATE SCHEMA IF NOT EXISTS {VIEWS}"))
        conn.execute(text(f"REVOKE ALL ON SCHEMA {VIEWS} FROM PUBLIC"))
        conn.execute(text(f"GRANT USAGE ON SCHEMA {VIEWS} TO {TRAINER}"))
        for table, visible in _VISIBLE.items():
            columns = ", ".join(c.name if c.name in visible else f"NULL::{c.type.compile(conn.dialect)} AS {c.name}"
                                for c in Base.metadata.tables[table].columns)
            conn.execute(text(f"DROP VIEW IF EXISTS {VIEWS}.{table}"))
            conn.execute(text(f"CREATE VIEW {VIEWS}.{table} WITH (security_barrier) AS SELECT {columns} "
                              f"FROM public.{table} WHERE {_VIEW_ROWS[table]}"))
            conn.execute(text(f"GRANT SELECT ON {VIEWS}.{table} TO {TRAINER}"))
        for table, condition in _POLICIES.items():
            conn.execute(text(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY"))
            for name in ("edtrainer_coordinator_all", "edtrainer_trainer_own"):
                conn.execute(text(f"DROP POLICY IF EXISTS {name} ON {table}"))
            conn.execute(text(f"CREATE POLICY edtrainer_coordinator_all ON {table} TO {COORDINATOR} "
                              "USING (true) WITH CHECK (true)"))
            conn.execute(text(f"CREATE POLICY edtrainer_trainer_own ON {table} TO {TRAINER} "
                              f"USING ({condition}) WITH CHECK ({condition})"))


def grant(db: Any, *, login: str, role: str, staff: Any | None = None) -> None:
    """Give an existing login a role; for a trainer, tie it to the staff member it is (id or full name)."""
    _require_postgresql(db)
    if role not in ROLES:
        raise ValidationError("invalid_choice", field="role", value=role, choices=", ".join(ROLES))
    if not _LOGIN.match(login):
        raise ValidationError("roles_bad_login", field="login", login=login)
    with db.engine.begin() as conn:
        can_login = text("SELECT 1 FROM pg_roles WHERE rolname = :n AND rolcanlogin")
        if conn.execute(can_login, {"n": login}).first() is None:
            raise ValidationError("roles_no_login", field="login", login=login)
        if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": ROLES[role]}).first() is None:
            raise DatabaseError("roles_not_set_up")
        other = ROLES["coordinator" if role == "trainer" else "trainer"]
        conn.execute(text(f"REVOKE {other} FROM {_quoted(login)}"))  # one role at a time
        conn.execute(text(f"GRANT {ROLES[role]} TO {_quoted(login)}"))
        database = conn.execute(text("SELECT current_database()")).scalar_one()
        conn.execute(text(f"GRANT CONNECT ON DATABASE {_quoted(database)} TO {_quoted(login)}"))
        # A trainer's login finds the views of their own cohorts' people first (see VIEWS); a coordinator's
        # the tables. (A search path is a setting of the login itself: a group role cannot hand it on.)
        path = f"{VIEWS}, public" if role == "trainer" else "public"
        conn.execute(text(f"ALTER ROLE {_quoted(login)} IN DATABASE {_quoted(database)} SET search_path = {path}"))
        if staff is not None:
            key = "id" if str(staff).isdigit() else "lower(full_name)"
            value = int(staff) if str(staff).isdigit() else str(staff).strip().lower()
            found = conn.execute(text(f"UPDATE staff_member SET login = :login WHERE {key} = :v RETURNING id"),
                                 {"login": login, "v": value}).all()
            if len(found) != 1:
                raise ValidationError("not_found", field="staff", what="@staff_member", key=staff)


@dataclass(frozen=True)
class Who:
    login: str
    role: str | None  #: "coordinator", "trainer", or None (the owner, a superuser, or a login without a role)


def who(db: Any) -> Who:
    """The login and its edtrainer role on a shared database (on SQLite: the person at the laptop)."""
    if db.is_sqlite:
        return Who(login="", role=None)
    with db.engine.connect() as conn:
        row = conn.execute(text(
            "SELECT session_user, "
            f"coalesce(pg_has_role(session_user, (SELECT oid FROM pg_roles WHERE rolname = '{COORDINATOR}'), "
            "'MEMBER'), false), "
            f"coalesce(pg_has_role(session_user, (SELECT oid FROM pg_roles WHERE rolname = '{TRAINER}'), "
            "'MEMBER'), false)")).one()
    role = "coordinator" if row[1] else "trainer" if row[2] else None
    return Who(login=str(row[0]), role=role)

