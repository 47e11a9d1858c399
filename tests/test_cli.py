"""The command line, run in-process (and once as a real process) on real databases."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from clikit import run

from edtrainer import paths
from edtrainer.core.db import head_revision


def test_demo_then_readiness_json(db_url: str, capsys) -> None:  # noqa: ANN001
    code, out, err = run(capsys, "--database", db_url, "demo")
    assert code == 0 and err == ""
    assert "Oost-Groningen met 12 cursisten" in out
    code, out, err = run(capsys, "--database", db_url, "readiness", "--cohort", "Oost-Groningen", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["cohort"] == "Oost-Groningen"
    people = data["trainees"]
    assert len(people) == 12
    ready = [p for p in people if p["ready"]]
    not_ready = [p for p in people if not p["ready"]]
    assert 3 <= len(ready) <= 9 and not_ready
    assert all(p["unmet"] == [] and p["summary"] == "Klaar voor certificering" for p in ready)
    assert all(p["unmet"] and all(u["text"] for u in p["unmet"]) for p in not_ready)
    names = {p["trainee"] for p in people}
    assert {"Zoë Kuipers", "Noël Hendriks", "Loïs Wiersma-Ötzürk", "IJsbrand Dijkstra"} <= names
    codes = {u["code"] for p in not_ready for u in p["unmet"]}
    assert {"unmet_attendance", "unmet_hours_pending", "unmet_module_result", "unmet_status"} <= codes


def test_demo_refuses_a_database_with_data(db_url: str, capsys) -> None:  # noqa: ANN001
    assert run(capsys, "--database", db_url, "demo")[0] == 0
    code, out, err = run(capsys, "--database", db_url, "demo")
    assert code == 1 and out == ""
    assert err == "edtrainer: De database bevat al gegevens (1 × opleiding); de demo vult alleen een lege database.\n"


def test_lists_in_text_and_json(db_url: str, capsys) -> None:  # noqa: ANN001
    run(capsys, "--database", db_url, "demo")
    code, out, _ = run(capsys, "--database", db_url, "cohorts", "list", "--json")
    cohorts = json.loads(out)
    by_name = {c["name"]: c for c in cohorts}
    assert sorted(by_name) == ["Oost-Groningen", "Pekela 2026"]
    assert by_name["Oost-Groningen"]["enrolled_total"] == 12 and by_name["Oost-Groningen"]["active_trainees"] == 11
    assert by_name["Pekela 2026"]["active_trainees"] == 8
    code, out, _ = run(capsys, "--database", db_url, "trainees", "list", "--cohort", "oost", "--json")
    rows = json.loads(out)
    assert len(rows) == 12 and rows[0]["sort_name"] == "Amrani, Fatima el"
    code, out, _ = run(capsys, "--database", db_url, "trainees", "list", "--search", "schröder")
    assert code == 0 and "Schröder, Ingrid" in out and "Oost-Groningen" in out
    code, out, _ = run(capsys, "--database", db_url, "--lang", "en", "readiness", "--cohort", "oost")
    assert code == 0 and "Cohort: Oost-Groningen" in out and "What is missing" in out
    assert "79% present, 80% needed" in out


def test_connection_pragmas(sqlite_db) -> None:  # noqa: ANN001
    with sqlite_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_environment_variable_selects_the_database(tmp_path: Path, capsys, monkeypatch) -> None:  # noqa: ANN001
    target = tmp_path / "elders.sqlite3"
    monkeypatch.setenv("EDTRAINER_DATABASE_URL", f"sqlite:///{target}")
    assert run(capsys, "demo")[0] == 0
    assert target.exists() and not paths.default_database_path().exists()


def test_db_upgrade_check_and_backup(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    db_file = tmp_path / "edtrainer.sqlite3"
    code, out, _ = run(capsys, "--database", str(db_file), "db", "upgrade")
    assert code == 0 and f"bijgewerkt naar {head_revision()}" in out
    code, out, _ = run(capsys, "--database", str(db_file), "db", "upgrade")
    assert code == 0 and "al actueel" in out
    run(capsys, "--database", str(db_file), "demo")
    code, out, _ = run(capsys, "--database", str(db_file), "db", "check")
    assert code == 0 and out.startswith(f"Database in orde: schema {head_revision()} (nieuwste), integriteit ok")
    backup = tmp_path / "kopie.sqlite3"
    code, out, _ = run(capsys, "--database", str(db_file), "db", "backup", "--to", str(backup))
    assert code == 0 and str(backup) in out
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    con = sqlite3.connect(backup)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert con.execute("SELECT count(*) FROM trainee").fetchone() == (20,)
    con.close()
    code, _, err = run(capsys, "--database", str(db_file), "db", "backup", "--to", str(backup))
    assert code == 1 and "bestaat al" in err
    assert not list(tmp_path.glob(".*.part"))


def test_db_check_reports_a_database_without_schema(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    (tmp_path / "leeg.sqlite3").touch()
    code, _, err = run(capsys, "--database", str(tmp_path / "leeg.sqlite3"), "db", "check")
    assert code == 1 and err.startswith("edtrainer: Databasecontrole mislukt: ")


def test_postgres_backup_points_to_pg_dump(capsys) -> None:  # noqa: ANN001
    if not os.environ.get("EDTRAINER_TEST_DATABASE_URL"):
        pytest.skip("PostgreSQL: EDTRAINER_TEST_DATABASE_URL is not set")
    url = os.environ["EDTRAINER_TEST_DATABASE_URL"]
    code, _, err = run(capsys, "--database", url, "db", "backup", "--to", "/tmp/x")
    assert code == 1 and "pg_dump" in err


def test_usage_errors_exit_2(capsys) -> None:  # noqa: ANN001
    assert run(capsys, "bogus")[0] == 2
    assert run(capsys, "readiness")[0] == 2  # --cohort is required
    code, out, _ = run(capsys, "--help")
    assert code == 0 and "readiness" in out and "ervaringsdeskundige" in out


def test_real_process_entry_point(tmp_path: Path) -> None:
    env = {**os.environ, "EDTRAINER_DATA_DIR": str(tmp_path)}
    proc = subprocess.run([sys.executable, "-m", "edtrainer", "--version"], capture_output=True, text=True, env=env)
    assert proc.returncode == 0 and proc.stdout.startswith("edtrainer ")
    readiness = [sys.executable, "-m", "edtrainer", "--database", str(tmp_path / "x.sqlite3"), "readiness",
                 "--cohort", "Nergens"]
    proc = subprocess.run(readiness, capture_output=True, text=True, env=env)
    # A mistyped --database is said, not made into a new, empty database.
    assert proc.returncode == 1 and proc.stdout == "" and proc.stderr.count("\n") == 1
    assert proc.stderr.startswith(f"edtrainer: Er is geen database {tmp_path / 'x.sqlite3'}.")
    assert not (tmp_path / "x.sqlite3").exists()
    made = subprocess.run(readiness[:5] + ["db", "upgrade"], capture_output=True, text=True, env=env)
    assert made.returncode == 0, made.stderr
    proc = subprocess.run(readiness, capture_output=True, text=True, env=env)
    assert proc.returncode == 1 and proc.stdout == ""
    assert proc.stderr == "edtrainer: Groep 'Nergens' bestaat niet.\n"


def test_gdpr_export_and_erasure(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    db_file = tmp_path / "edtrainer.sqlite3"
    run(capsys, "--database", str(db_file), "demo")
    _, out, _ = run(capsys, "--database", str(db_file), "trainees", "list", "--search", "Hendriks", "--json")
    (noel,) = json.loads(out)
    target = tmp_path / "noel.json"
    code, out, err = run(capsys, "--database", str(db_file), "trainees", "export", str(noel["trainee_id"]),
                         "--out", str(target))
    assert code == 0, err
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    data = json.loads(target.read_text())
    assert data["trainee"]["given_names"] == "Noël" and data["trainee"]["birth_place"] == "Veendam"
    (enrolment,) = data["enrolments"]
    assert enrolment["cohort"] == "Oost-Groningen" and len(enrolment["attendance"]) == 42
    assert enrolment["placements"][0]["hours"] and len(enrolment["module_results"]) == 11
    code, _, err = run(capsys, "--database", str(db_file), "trainees", "export", str(noel["trainee_id"]),
                       "--out", str(target))
    assert code == 1 and "bestaat al" in err

    code, _, err = run(capsys, "--database", str(db_file), "trainees", "erase", str(noel["trainee_id"]),
                       "--reason", "Verzoek van betrokkene")
    assert code == 1 and "--yes" in err
    code, out, _ = run(capsys, "--database", str(db_file), "trainees", "erase", str(noel["trainee_id"]),
                       "--reason", "Verzoek van betrokkene", "--yes")
    assert code == 0
    _, out, _ = run(capsys, "--database", str(db_file), "trainees", "list", "--search", "Hendriks")
    assert "Hendriks" not in out and out.strip() == "Niets gevonden."
    con = sqlite3.connect(db_file)
    row = con.execute("SELECT given_names, family_name, date_of_birth, birth_place FROM trainee WHERE id = ?",
                      (noel["trainee_id"],)).fetchone()
    assert row == ("(verwijderd)", f"#{noel['trainee_id']}", None, None)
    actions = con.execute("SELECT action FROM audit_entry WHERE entity = 'trainee' AND entity_id = ? "
                          "ORDER BY id", (noel["trainee_id"],)).fetchall()
    assert ("export",) in actions and ("erase",) in actions
    dump = "\n".join(con.iterdump())
    assert "Noël" not in dump and "Hendriks" not in dump
    # the cohort's figures still count the anonymised trainee
    assert con.execute("SELECT count(*) FROM attendance_mark m JOIN enrolment e ON e.id = m.enrolment_id "
                       "WHERE e.trainee_id = ?", (noel["trainee_id"],)).fetchone() == (42,)
    con.close()
    assert not (db_file.parent / "edtrainer.sqlite3-wal").exists() or \
        (db_file.parent / "edtrainer.sqlite3-wal").stat().st_size == 0
    assert b"Hendriks" not in db_file.read_bytes()


def test_usage_errors_speak_the_users_language(capsys) -> None:  # noqa: ANN001
    assert run(capsys, "readiness", "--cohort")[0] == 2
    code, _, err = run(capsys, "readiness")
    assert code == 2 and "fout: deze argumenten zijn verplicht: --cohort" in err and err.startswith("gebruik:")
    code, _, err = run(capsys, "--lang", "en", "readiness")
    assert code == 2 and "error: the following arguments are required: --cohort" in err


def test_db_check_on_every_database(db_url: str, capsys) -> None:  # noqa: ANN001
    code, out, err = run(capsys, "--database", db_url, "--lang", "en", "db", "check")
    assert code == 0, err
    assert out.startswith(f"Database OK: schema {head_revision()} (newest), integrity ")
