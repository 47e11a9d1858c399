"""Moving to a shared server and back: `db copy` gives the same answers on both sides (cohorts, readiness,
the certificate register, an unbroken audit log), refuses a target that holds anything, and the JSON
archive reads back into the very same bytes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from clikit import run


def _answers(capsys: pytest.CaptureFixture[str], url: str) -> list[object]:
    out = []
    for argv in (("cohorts", "list", "--json"), ("readiness", "--cohort", "Oost", "--json"),
                 ("certificates", "register", "--json"), ("trainees", "list", "--json")):
        code, text, err = run(capsys, "--database", url, *argv)
        assert code == 0, (argv, err)
        out.append(json.loads(text))
    return out


def _with_certificates(capsys: pytest.CaptureFixture[str], url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EDTRAINER_KEY_PASSPHRASE", "een lange zin als wachtwoord")
    assert run(capsys, "--database", url, "keys", "create", "--organisation", "Stichting Sterk uit Armoede")[0] == 0
    assert run(capsys, "--database", url, "issuer", "set", "--organisation", "Stichting Sterk uit Armoede",
               "--place", "Veendam")[0] == 0
    assert run(capsys, "--database", url, "certificates", "issue", "--cohort", "Oost")[0] == 0


@pytest.mark.postgres
def test_copy_to_postgresql_and_back_gives_the_same_answers(demo_copy: Path, pg_url: str, tmp_path: Path,
                                                            capsys, monkeypatch) -> None:  # noqa: ANN001
    _with_certificates(capsys, str(demo_copy), monkeypatch)
    before = _answers(capsys, str(demo_copy))
    assert run(capsys, "--database", pg_url, "db", "upgrade")[0] == 0
    code, out, err = run(capsys, "--database", str(demo_copy), "db", "copy", "--to", pg_url)
    assert code == 0, err
    assert "tabel voor tabel gecontroleerd" in out
    assert _answers(capsys, pg_url) == before
    assert run(capsys, "--database", pg_url, "audit", "verify")[0] == 0
    # new rows get new numbers (the server's counters were set past the copied ones)
    code, _out, err = run(capsys, "--database", pg_url, "import", "trainees", str(_one_trainee(tmp_path)))
    assert code == 0, err
    # a server in Dutch time (Debian sets it from the system): copying back must not shift a single moment
    from sqlalchemy import create_engine, text

    from edtrainer.core.db import resolve_url

    engine = create_engine(resolve_url(pg_url), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        name = conn.execute(text("SELECT current_database()")).scalar_one()
        conn.execute(text(f"ALTER DATABASE \"{name}\" SET TIME ZONE 'Europe/Amsterdam'"))
    engine.dispose()
    back = tmp_path / "terug.sqlite3"
    code, _out, err = run(capsys, "--database", pg_url, "db", "copy", "--to", str(back))
    assert code == 0, err
    assert _answers(capsys, str(back)) == _answers(capsys, pg_url)
    assert run(capsys, "--database", str(back), "audit", "verify")[0] == 0


def _one_trainee(folder: Path) -> Path:
    path = folder / "een.csv"
    path.write_text("Voornaam;Achternaam;Geboortedatum\nNieuw;Persoon;1-2-1990\n", encoding="utf-8")
    return path


def test_a_copy_refuses_a_database_that_holds_anything(demo_copy: Path, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    other = tmp_path / "ander.sqlite3"
    assert run(capsys, "--database", str(other), "demo")[0] == 0
    before = other.read_bytes()
    code, _out, err = run(capsys, "--database", str(demo_copy), "db", "copy", "--to", str(other))
    assert code == 1 and "bevat al gegevens" in err
    code, _out, err = run(capsys, "--database", str(demo_copy), "db", "copy", "--to", str(demo_copy))
    assert code == 1
    assert _answers(capsys, str(other)) and other.stat().st_size == len(before)


def test_the_json_archive_reads_back_into_the_same_bytes(demo_url: str, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    first, second = tmp_path / "archief.json", tmp_path / "weer.json"
    assert run(capsys, "--database", demo_url, "db", "export", "--out", str(first))[0] == 0
    body = json.loads(first.read_text())
    assert body["format"] == "edtrainer-archive/1" and "trainee" in body["tables"]
    assert first.stat().st_mode & 0o777 == 0o600
    empty = tmp_path / "leeg.sqlite3"
    code, out, err = run(capsys, "--database", str(empty), "db", "import", str(first))
    assert code == 0, err
    assert run(capsys, "--database", str(empty), "db", "export", "--out", str(second))[0] == 0
    assert second.read_bytes() == first.read_bytes()
    assert run(capsys, "--database", str(empty), "audit", "verify")[0] == 0
    code, _out, err = run(capsys, "--database", str(empty), "db", "import", str(first))
    assert code == 1 and "bevat al gegevens" in err
    bad = tmp_path / "ander.json"
    bad.write_text('{"format": "iets anders"}')
    code, _out, err = run(capsys, "--database", str(tmp_path / "x.sqlite3"), "db", "import", str(bad))
    assert code == 1 and "geen archief van edtrainer" in err
