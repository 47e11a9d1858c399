"""A damaged database file is found before anything writes to it, never made worse, and the user is told
in one sentence which backup to restore."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from clikit import run

from edtrainer.core import backups, integrity
from edtrainer.core.db import open_database
from edtrainer.core.errors import DamagedError

from conftest import damage, downgrade


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def damaged_demo(sqlite_demo_template: Path, tmp_path: Path) -> tuple[Path, backups.Backup]:
    """A copy of the demo database with a good backup, then 4 KiB of a data page overwritten."""
    path = tmp_path / "edtrainer.sqlite3"
    shutil.copyfile(sqlite_demo_template, path)
    good = backups.make(path, reason="auto")
    damage(path)
    return path, good


def test_db_check_says_it_in_one_line(damaged_demo, capsys) -> None:  # noqa: ANN001
    path, good = damaged_demo
    code, out, err = run(capsys, "--database", str(path), "db", "check")
    assert code == 1 and out == "" and err.count("\n") == 1
    assert "beschadigd" in err and str(good.path) in err and "Traceback" not in err


@pytest.mark.parametrize("argv", [["cohorts", "list"], ["trainees", "list"], ["trainees", "list", "--json"],
                                  ["readiness", "--cohort", "Pekela"], ["db", "upgrade"],
                                  ["trainees", "erase", "3", "--reason", "verzoek", "--yes"],
                                  ["demo", "--remove", "--yes"]])
def test_nothing_writes_to_a_damaged_file(damaged_demo, capsys, argv: list[str]) -> None:  # noqa: ANN001
    path, good = damaged_demo
    before = _sha(path)
    code, _out, err = run(capsys, "--database", str(path), *argv)
    assert _sha(path) == before, "the damaged file changed"
    assert "Traceback" not in err and "Error" not in err and "malformed" not in err
    first = err.splitlines()[0]
    assert "beschadigd" in first and str(good.path) in first, "say it, and name the newest good backup"
    assert [b.path for b in backups.list_backups(stem="edtrainer")] == [good.path], "no backup of damage"
    if argv[0] in ("cohorts", "trainees") and argv[1] == "list" or argv[0] == "readiness":
        assert code in (0, 1)  # reading goes on where the damaged page is not needed
    else:
        assert code == 1


def test_an_older_damaged_file_is_neither_backed_up_nor_migrated(sqlite_demo_template: Path,
                                                                 tmp_path: Path) -> None:
    path = tmp_path / "edtrainer.sqlite3"
    shutil.copyfile(sqlite_demo_template, path)
    database = open_database(path)
    downgrade(database, "0004")
    database.dispose()
    damage(path)
    before = _sha(path)
    damaged = open_database(path)  # what the app and every command do on start
    try:
        assert damaged.read_only and damaged.damage
        with pytest.raises(DamagedError):
            damaged.upgrade()
        with pytest.raises(DamagedError, match="alleen-lezen"), damaged.uow(write=True):
            pass
    finally:
        damaged.dispose()
    assert _sha(path) == before and backups.list_backups(stem="edtrainer") == []


def test_the_file_is_checked_only_when_it_changed(sqlite_demo_template: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "edtrainer.sqlite3"
    shutil.copyfile(sqlite_demo_template, path)
    checks: list[Path] = []
    real = integrity.check

    def counting(p: Path, **kw: object) -> integrity.Health:
        checks.append(Path(p))
        return real(p, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(integrity, "check", counting)
    open_database(path, upgrade=False).dispose(checkpoint=False)
    assert len(checks) == 1, "a file never checked is checked"
    open_database(path, upgrade=False).dispose(checkpoint=False)
    assert len(checks) == 1, "an unchanged file is not checked again"
    with path.open("r+b") as fh:  # changed behind edtrainer's back (another program, a sync tool)
        fh.seek(0, 2)
        fh.write(b"\0" * 4096)
    database = open_database(path, upgrade=False)
    database.dispose(checkpoint=False)
    assert len(checks) == 2


def test_a_file_damaged_while_open_is_said_plainly(sqlite_demo_template: Path, tmp_path: Path) -> None:
    """Damage found half-way through a read (the check on open passed) is a sentence, not a driver error."""
    from edtrainer.core.services import cohorts, sessions

    path = tmp_path / "edtrainer.sqlite3"
    shutil.copyfile(sqlite_demo_template, path)
    database = open_database(path)
    try:
        with database.uow() as uow:
            pekela = cohorts.find_cohort(uow, "Pekela")
        database.engine.dispose()
        damage(path)
        with pytest.raises(DamagedError) as err, database.uow() as uow:
            sessions.cohort_register(uow, cohort_id=pekela.id)
        assert "beschadigd" in str(err.value) and "malformed" not in str(err.value)
    finally:
        database.dispose(checkpoint=False)


def test_an_access_request_can_still_be_answered_from_a_damaged_file(sqlite_demo_template: Path, tmp_path: Path,
                                                                     capsys) -> None:  # noqa: ANN001
    """Where the damage is elsewhere, the person's data can still be exported (the file is only read); the
    export is not logged in the damaged file, which stays byte for byte as it was."""
    import json

    path = tmp_path / "edtrainer.sqlite3"
    shutil.copyfile(sqlite_demo_template, path)
    damage(path, table="signing_key")
    before = _sha(path)
    out_file = tmp_path / "export.json"
    code, out, err = run(capsys, "--database", str(path), "trainees", "export", "1", "--out", str(out_file))
    assert code == 0, err
    assert json.loads(out_file.read_text())["trainee"]["family_name"] == "Vries"
    assert _sha(path) == before and "beschadigd" in err
