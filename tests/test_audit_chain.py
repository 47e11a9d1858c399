"""The audit log is a hash chain: a row rewritten behind the triggers' back, a trigger dropped or switched
off, or the whole chain rewritten from some row on, is found and said (exit 1) by 'audit verify' and
'db check', on SQLite and PostgreSQL."""

from __future__ import annotations

import json

import pytest
from clikit import run
from sqlalchemy import text

from edtrainer.core import audit_chain
from edtrainer.core.db import Database, resolve_url


def _behind_the_triggers_back(db: Database, sql: str, **params: object) -> None:
    """What someone who owns the file or the database can do: switch the guard off, change, switch it on."""
    with db.engine.begin() as conn:
        if db.is_sqlite:
            conn.exec_driver_sql("DROP TRIGGER audit_entry_no_update")
            conn.execute(text(sql), params)
            conn.exec_driver_sql("CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry "
                                 "BEGIN SELECT RAISE(ABORT, 'audit_entry is append-only'); END")
        else:
            conn.exec_driver_sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only")
            conn.execute(text(sql), params)
            conn.exec_driver_sql("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only")


def test_the_demos_log_is_intact_and_a_rewritten_row_is_found(demo_url: str, capsys) -> None:  # noqa: ANN001
    code, out, err = run(capsys, "--database", demo_url, "audit", "verify")
    assert code == 0 and "ongebroken" in out, err
    db = Database(resolve_url(demo_url))
    try:
        _behind_the_triggers_back(db, "UPDATE audit_entry SET actor = 'iemand anders' WHERE id = 100")
        code, out, err = run(capsys, "--database", demo_url, "audit", "verify")
        assert code == 1 and "regel 100" in err and err.count("\n") == 1
        code, out, err = run(capsys, "--database", demo_url, "db", "check")
        assert code == 1 and "regel 100" in err
    finally:
        db.dispose()


def test_a_whole_chain_rewritten_from_a_row_on_is_found_by_the_anchor(demo_url: str, capsys) -> None:  # noqa: ANN001
    db = Database(resolve_url(demo_url))
    try:
        with db.engine.connect() as conn:
            newest = audit_chain.newest(conn)
        assert newest is not None
        audit_chain.write_anchor(db.where, newest)  # as edtrainer does when it closes the database
        # Rewrite row 50 and recompute every hash after it, so the chain itself is consistent again.
        _behind_the_triggers_back(db, "UPDATE audit_entry SET actor = 'iemand anders' WHERE id = 50")
        with db.engine.connect() as conn:
            rows = conn.execute(text("SELECT id, at, actor, action, entity, entity_id, changes FROM audit_entry "
                                     "WHERE id >= 50 ORDER BY id")).all()
            prev = conn.execute(text("SELECT hash FROM audit_entry WHERE id = 49")).scalar_one()
        fixes = []
        for row_id, at, actor, action, entity, entity_id, changes in rows:
            digest = audit_chain.row_hash(prev, at, actor, action, entity, entity_id, changes)
            fixes.append({"i": row_id, "p": prev, "h": digest})
            prev = digest
        for fix in fixes:
            _behind_the_triggers_back(db, "UPDATE audit_entry SET prev_hash = :p, hash = :h WHERE id = :i", **fix)
        with db.engine.connect() as conn:
            assert audit_chain.verify(conn).ok, "the chain alone no longer shows it"
            report = audit_chain.verify(conn, anchor=audit_chain.read_anchor(db.where))
        assert not report.ok and "herschreven" in report.problems[0]
        code, out, err = run(capsys, "--database", demo_url, "audit", "verify")
        assert code == 1 and "herschreven" in err
    finally:
        db.dispose()


def test_a_removed_guard_is_found(demo_url: str, capsys) -> None:  # noqa: ANN001
    db = Database(resolve_url(demo_url))
    try:
        with db.engine.begin() as conn:
            if db.is_sqlite:
                conn.exec_driver_sql("DROP TRIGGER audit_entry_no_delete")
            else:
                conn.exec_driver_sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only")
        code, out, err = run(capsys, "--database", demo_url, "audit", "verify")
        assert code == 1 and "beveiliging" in err
    finally:
        db.dispose()


def test_the_log_about_one_person(demo_url: str, capsys) -> None:  # noqa: ANN001
    code, out, err = run(capsys, "--database", demo_url, "trainees", "list", "--search", "Zoë", "--json")
    zoe = json.loads(out)[0]["trainee_id"]
    code, out, err = run(capsys, "--database", demo_url, "audit", "list", "--trainee", str(zoe), "--limit",
                         "1000", "--json")
    assert code == 0, err
    rows = json.loads(out)
    entities = {r["entity"] for r in rows}
    assert {"trainee", "enrolment", "attendance_mark", "placement", "hour_log_entry"} <= entities
    assert all(r["fields"] == sorted(r["fields"]) for r in rows)
    assert "Kuipers" not in out, "the log holds which fields changed, never their values"
    code, out, err = run(capsys, "--database", demo_url, "audit", "list", "--limit", "3")
    assert code == 0 and out.count("\n") == 5  # heading, rule, three rows


@pytest.mark.postgres
def test_coordinators_logging_at_the_same_moment_keep_one_chain(pg_url: str) -> None:
    import threading

    from edtrainer.core.db import open_database
    from edtrainer.core.services import access

    db = open_database(pg_url)
    try:
        def log(n: int) -> None:
            for i in range(10):
                db.run(lambda uow, i=i: access.log_access(uow, action="view", entity="trainee", entity_id=n * 100 + i))

        threads = [threading.Thread(target=log, args=(n,)) for n in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        with db.engine.connect() as conn:
            report = audit_chain.verify(conn)
        assert report.ok and report.rows == 60, report.problems
    finally:
        db.dispose()
