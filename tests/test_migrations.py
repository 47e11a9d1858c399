"""Migrations: empty to head, every earlier revision holding data to head, and models == migrations,
on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect, text
from sqlalchemy.exc import DBAPIError

from edtrainer import paths
from edtrainer.core import preferences
from edtrainer.core.db import Database, alembic_config, head_revision, open_database, resolve_url
from edtrainer.core.models import Base

NOW = "2026-01-05 10:00:00"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield str(tmp_path / "empty.sqlite3")
    else:
        yield request.getfixturevalue("pg_url")


def _migrate(db: Database, action: Callable, target: str) -> None:
    """Run an Alembic command the way the application does: SQLite with foreign keys off."""
    from edtrainer.core.db import _sqlite_engine

    engine = _sqlite_engine(db.url, foreign_keys=False) if db.is_sqlite else db.engine
    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        action(cfg, target)
    if engine is not db.engine:
        engine.dispose()


def _upgrade(db: Database, target: str) -> None:
    _migrate(db, command.upgrade, target)


def _downgrade(db: Database, target: str) -> None:
    _migrate(db, command.downgrade, target)


# --- seeders: data as it looked at each revision, written in plain SQL of that revision ---------------

def _edited(**cols: object) -> dict[str, object]:
    return {"version": 1, "created_at": NOW, "updated_at": NOW, **cols}


def _insert(conn: Connection, table: str, **cols: object) -> None:
    names = ", ".join(cols)
    conn.execute(text(f"INSERT INTO {table} ({names}) VALUES ({', '.join(':' + n for n in cols)})"), cols)


def _audit(conn: Connection, **cols: object) -> None:
    """An audit row as that revision wrote it: from 0006 on, chained to the row before it."""
    from edtrainer.core import audit_chain

    if conn.dialect.name == "postgresql" and conn.execute(text(
            "SELECT 1 FROM pg_trigger WHERE tgname = 'audit_entry_actor_is_login'")).first():
        cols["actor"] = conn.execute(text("SELECT session_user")).scalar_one()  # from 0008 on: only the login
    if "hash" in {c["name"] for c in inspect(conn).get_columns("audit_entry")}:
        prev = conn.execute(text("SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1")).scalar()
        cols = {"entity_id": None, "changes": None, **cols}
        cols["prev_hash"] = prev
        cols["hash"] = audit_chain.row_hash(prev, cols["at"], cols["actor"], cols["action"], cols["entity"],
                                            cols["entity_id"], cols["changes"])
    _insert(conn, "audit_entry", **cols)


def seed_0001(conn: Connection) -> dict[str, int]:
    _insert(conn, "programme", **_edited(id=1, name="EDASU", code="EDASU", nominal_months=24,
                                         certificate_title="Ervaringsdeskundige", min_attendance_pct=80,
                                         excused_policy="exclude", required_placement_hours=320,
                                         requires_final_evaluation=True))
    _insert(conn, "module", **_edited(id=1, programme_id=1, code="COM", title="Communicatie", planned_hours=30,
                                      position=1, assessment_kind="observation", required=True))
    _insert(conn, "staff_member", **_edited(id=1, full_name="Henk Bosma", role="trainer", active=True))
    _insert(conn, "cohort", **_edited(id=1, programme_id=1, name="Oost-Groningen", start_date="2025-09-02",
                                      end_date="2027-07-01", status="running"))
    _insert(conn, "trainee", **_edited(id=1, given_names="Zoë", family_name="Kuipers"))
    _insert(conn, "enrolment", **_edited(id=1, trainee_id=1, cohort_id=1, enrolled_on="2025-09-02",
                                         status="active"))
    _insert(conn, "cohort_session", **_edited(id=1, cohort_id=1, module_id=1, date="2025-09-09",
                                              start_time="09:30:00", duration_minutes=180, cancelled=False))
    _insert(conn, "attendance_mark", **_edited(id=1, session_id=1, enrolment_id=1, status="present",
                                               minutes_present=180))
    _insert(conn, "organisation", **_edited(id=1, name="Forte Welzijn", kind="welfare"))
    _insert(conn, "contact_person", **_edited(id=1, organisation_id=1, full_name="Petra Zwiers"))
    _insert(conn, "placement", **_edited(id=1, enrolment_id=1, organisation_id=1, supervisor_id=1,
                                         kind="internship", planned_start="2025-10-01", planned_end="2026-06-30",
                                         hours_per_week=8.0, status="active"))
    _insert(conn, "hour_log_entry", **_edited(id=1, placement_id=1, date="2025-10-02", minutes=480,
                                              approved_by_id=1, approved_at=NOW))
    _insert(conn, "module_result", **_edited(id=1, enrolment_id=1, module_id=1, status="passed",
                                             decided_on="2025-12-01"))
    return {"trainee": 1, "enrolment": 1, "attendance_mark": 1, "hour_log_entry": 1, "module_result": 1}


def seed_0002(conn: Connection) -> dict[str, int]:
    counts = seed_0001(conn)
    _insert(conn, "trainee", **_edited(id=2, given_names="Noël", family_name="Hendriks"))
    _insert(conn, "enrolment", **_edited(id=2, trainee_id=2, cohort_id=1, enrolled_on="2025-09-02",
                                         status="paused", updated_at="2025-11-03 14:00:00"))
    _audit(conn, at=NOW, actor="marieke", action="update", entity="enrolment", entity_id=2)
    return {**counts, "trainee": 2, "enrolment": 2, "audit_entry": 1}


def seed_0003(conn: Connection) -> dict[str, int]:
    counts = seed_0002(conn)
    conn.execute(text("UPDATE enrolment SET paused_on = '2025-11-03' WHERE id = 2"))
    return counts


def seed_0004(conn: Connection) -> dict[str, int]:
    """0005 rebuilds the certificate table on SQLite (a new foreign key): a certificate must survive it."""
    counts = seed_0003(conn)
    _insert(conn, "app_meta", key="demo", value='{"trainee_ids": [1]}', updated_at=NOW)
    _insert(conn, "certificate", **_edited(id=1, number="EDASU-2026-0001", enrolment_id=1, kind="programme",
                                           issued_on="2026-06-30", status="issued", language="nl",
                                           pdf=b"%PDF-1.4 frozen", sha256="0" * 64))
    _insert(conn, "certificate", **_edited(id=2, number="EDASU-2026-0002", enrolment_id=1, kind="programme",
                                           issued_on="2026-07-01", status="issued", language="nl",
                                           supersedes_id=1))
    conn.execute(text("UPDATE certificate SET status = 'superseded' WHERE id = 1"))
    return {**counts, "app_meta": 1, "certificate": 2}


def seed_0005(conn: Connection) -> dict[str, int]:
    """0006 chains the audit log: rows with and without changes, written by hand as an older version did."""
    counts = seed_0004(conn)
    _audit(conn, at="2026-01-05 10:00:01.250000", actor="henk", action="create",
            entity="trainee", entity_id=2, changes='{"given_names": "\u2022", "family_name": "\u2022"}')
    _audit(conn, at=NOW, actor="marieke", action="view", entity="trainee", entity_id=None,
            changes='{"via": "cli", "count": 2}')
    _insert(conn, "certificate_counter", scope="EDASU-2026", last_value=2)
    return {**counts, "audit_entry": 3, "certificate_counter": 1}


def seed_0006(conn: Connection) -> dict[str, int]:
    """0007 gives each programme a retention period: the programme and all that hangs on it survive."""
    return seed_0005(conn)  # the audit rows chained, as 0006 writes them


def seed_0007(conn: Connection) -> dict[str, int]:
    """0008 gives staff a login and guards the audit log's actor on PostgreSQL: rows written before stay."""
    return seed_0006(conn)


# A certificate's signature as 0008 kept it (in the snapshot's QR payload), and the short code 0009 makes of it.
SIGNED_0008 = "EDT1:EDASU-2026-0001:" + "7" * 103


def seed_0008(conn: Connection) -> dict[str, int]:
    """0009 gives each certificate its short printed code, made from the signature kept with it; a certificate
    without one (erased) gets none."""
    counts = seed_0007(conn)
    snapshot = json.dumps({"trainee_name": "Zoë Kuipers", "qr_payload": SIGNED_0008})
    conn.execute(text("UPDATE certificate SET snapshot = :s WHERE id = 1"), {"s": snapshot})
    return counts


def seed_0009(conn: Connection) -> dict[str, int]:
    """0010 adds English names to programmes and modules: empty, so the Dutch ones are printed as before."""
    return seed_0008(conn)


def seed_0010(conn: Connection) -> dict[str, int]:
    """0011 adds a withdrawal category: enrolments withdrawn before keep their reason and get none."""
    return seed_0009(conn)


# Every revision that can hold data needs a seeder here (enforced below): the revision it seeds at.
SEEDERS: dict[str, Callable[[Connection], dict[str, int]]] = {"0001": seed_0001, "0002": seed_0002,
                                                              "0003": seed_0003, "0004": seed_0004,
                                                              "0005": seed_0005, "0006": seed_0006,
                                                              "0007": seed_0007, "0008": seed_0008,
                                                              "0009": seed_0009, "0010": seed_0010}


def _revisions() -> list[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def test_every_earlier_revision_has_a_seeder() -> None:
    earlier = _revisions()[:-1]
    assert earlier, "expected a migration history"
    assert set(earlier) <= set(SEEDERS), f"add a seeder for {sorted(set(earlier) - set(SEEDERS))}"


def test_upgrade_empty_database_to_head(empty_url: str) -> None:
    db = open_database(empty_url)
    try:
        assert db.current_revision() == head_revision()
        tables = set(inspect(db.engine).get_table_names())
        assert set(Base.metadata.tables) <= tables
        assert not [t for t in tables if t.startswith("_alembic_tmp")]
    finally:
        db.dispose()


@pytest.mark.parametrize("revision", _revisions()[:-1])
def test_upgrade_from_earlier_revision_keeps_data(empty_url: str, revision: str) -> None:
    db = Database(resolve_url(empty_url))
    try:
        _upgrade(db, revision)
        with db.engine.begin() as conn:
            expected = SEEDERS[revision](conn)
        db.upgrade(backup=True)
        assert db.current_revision() == head_revision()
        with db.engine.connect() as conn:
            for table, count in expected.items():
                assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one() == count, table
            assert conn.execute(text("SELECT given_names FROM trainee WHERE id = 1")).scalar_one() == "Zoë"
            if db.is_sqlite:
                assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
            # the audit log that was there is chained, and the chain holds
            from edtrainer.core import audit_chain

            report = audit_chain.verify(conn)
            assert report.ok, report.problems
            assert report.rows == expected.get("audit_entry", 0)
        # and the services work on the upgraded data
        from edtrainer.core.services import readiness

        with db.uow() as uow:
            rows = {r.trainee: r for r in readiness.readiness_for(uow, today=dt.date(2025, 12, 31))}
            assert rows["Zoë Kuipers"].readiness.approved_hours == 8
        if revision == "0004":  # the certificate table was rebuilt: bytes, links and the new column
            with db.engine.connect() as conn:
                rows = conn.execute(text("SELECT id, pdf, supersedes_id, signing_key_id FROM certificate "
                                         "ORDER BY id")).all()
            assert [(r[0], bytes(r[1]) if r[1] is not None else None, r[2], r[3]) for r in rows] == [
                (1, b"%PDF-1.4 frozen", None, None), (2, None, 1, None)]
        if revision == "0008":  # the code is the one the application makes of that signature
            from edtrainer.documents import signing

            with db.engine.connect() as conn:
                codes = dict(conn.execute(text("SELECT id, code FROM certificate")).all())
            assert codes == {1: signing.short_code(signing.parse_payload(SIGNED_0008)[1]), 2: None}
        if revision in ("0002", "0003"):  # 0003 dated the pause of the already paused enrolment
            with db.engine.connect() as conn:
                paused = conn.execute(text("SELECT paused_on FROM enrolment WHERE id = 2")).scalar_one()
            assert str(paused) == "2025-11-03"
    finally:
        db.dispose()


def test_sqlite_upgrade_takes_a_backup_first(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    db = Database(resolve_url(path))
    _upgrade(db, "0001")
    with db.engine.begin() as conn:
        seed_0001(conn)
    db.upgrade()
    db.dispose()
    backups = list(preferences.backups_dir().glob("old-*-before-upgrade.sqlite3"))
    assert len(backups) == 1
    assert oct(backups[0].stat().st_mode & 0o777) == "0o600"
    con = sqlite3.connect(backups[0])
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert con.execute("SELECT count(*) FROM trainee").fetchone() == (1,)
    con.close()


def test_downgrade_to_base_and_back(empty_url: str) -> None:
    db = open_database(empty_url)
    try:
        _downgrade(db, "base")
        assert [t for t in inspect(db.engine).get_table_names() if t != "alembic_version"] == []
        db.upgrade()
        assert db.current_revision() == head_revision()
    finally:
        db.dispose()


def test_models_and_migrations_agree(empty_url: str) -> None:
    """What `alembic check` does: autogenerate against the migrated database finds nothing to do."""
    db = open_database(empty_url)
    try:
        with db.engine.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={"compare_type": True, "compare_server_default": False})
            assert compare_metadata(ctx, Base.metadata) == []
    finally:
        db.dispose()


def test_audit_log_is_append_only_in_the_database(db) -> None:  # noqa: ANN001
    insert = text("INSERT INTO audit_entry (at, actor, action, entity) VALUES (:at, :actor, 'view', 'trainee')")
    actor = "x" if db.is_sqlite else db.login()
    if not db.is_sqlite:  # on a shared server the actor is the login writing the row, never a name it gives
        with pytest.raises(DBAPIError, match="must be the login"):
            with db.engine.begin() as conn:
                conn.execute(insert, {"at": dt.datetime(2026, 1, 1), "actor": "marieke"})
    with db.engine.begin() as conn:
        conn.execute(insert, {"at": dt.datetime(2026, 1, 1), "actor": actor})
    for sql in ("UPDATE audit_entry SET actor = 'y'", "DELETE FROM audit_entry"):
        with pytest.raises(DBAPIError, match="append-only"):
            with db.engine.begin() as conn:
                conn.execute(text(sql))
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT actor FROM audit_entry")).scalars().all() == [actor]


def test_database_from_a_newer_edtrainer_is_refused(tmp_path: Path) -> None:
    from edtrainer.core.errors import DatabaseError

    db = open_database(tmp_path / "new.sqlite3")
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    db.dispose()
    with pytest.raises(DatabaseError, match="nieuwere versie"):
        open_database(tmp_path / "new.sqlite3")


def test_migrations_folder_found_from_checkout() -> None:
    assert (paths.migrations_dir() / "env.py").exists()
    assert os.path.basename(paths.migrations_dir()) in ("db", "_db")


@pytest.mark.postgres
def test_coordinators_starting_at_once_upgrade_once(pg_url: str) -> None:
    """Several apps opening the same new PostgreSQL database at the same moment all succeed."""
    from concurrent.futures import ThreadPoolExecutor

    def start() -> str | None:
        db = open_database(pg_url)
        try:
            return db.current_revision()
        finally:
            db.dispose()

    with ThreadPoolExecutor(4) as pool:
        revisions = list(pool.map(lambda _: start(), range(4)))
    assert revisions == [head_revision()] * 4
