"""Backups: verified before they count, thinned by age, never made of a damaged file, cleaned up after a
crash, listed, and restored so that the data equal the backup's."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from clikit import run

from edtrainer.core import backups, clock, integrity, preferences
from edtrainer.core.db import Database, known_revisions, open_database, resolve_url
from edtrainer.core.errors import DamagedError, FileError
from edtrainer.core.services import trainees

from conftest import damage


def test_a_backup_is_checked_before_it_counts(sqlite_demo_template: Path, tmp_path: Path) -> None:
    source = tmp_path / "edtrainer.sqlite3"
    shutil.copyfile(sqlite_demo_template, source)
    made = backups.make(source, reason="manual")
    assert made.verified and made.path.parent == preferences.backups_dir()
    assert made.counts == {"trainees": 20, "cohorts": 2, "sessions": 84} and made.revision in known_revisions()
    assert oct(made.path.stat().st_mode & 0o777) == "0o600"
    assert integrity.check(made.path, full=True).ok
    with sqlite3.connect(made.path) as conn:  # a self-contained file: no write-ahead log needed beside it
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    (listed,) = backups.list_backups(stem="edtrainer", source=source)
    assert listed.path == made.path and listed.verified and listed.sha256 == made.sha256
    # A backup whose size no longer matches its note is not counted as verified.
    with made.path.open("ab") as fh:
        fh.write(b"\0" * 10)
    assert not backups.list_backups(stem="edtrainer")[0].verified


def test_thinning_keeps_a_day_then_one_a_day_a_week_a_month(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    now = dt.datetime(2026, 12, 1, 12, 0).astimezone()
    ages = [dt.timedelta(minutes=m) for m in (5, 40, 300, 1380)]       # the last day: all four stay
    ages += [dt.timedelta(days=d, hours=h) for d in range(2, 14) for h in (1, 5)]  # two a day: one stays a day
    ages += [dt.timedelta(days=d) for d in range(15, 56, 2)]           # every other day: one a week stays
    ages += [dt.timedelta(days=d) for d in range(60, 365, 9)]          # every nine days: one a month stays
    ages += [dt.timedelta(days=400), dt.timedelta(days=700)]           # older than a year: gone
    for age in ages:
        stamp = (now - age).strftime("%Y%m%d-%H%M%S")
        (folder / f"edtrainer-{stamp}-auto.sqlite3").write_bytes(b"x")
    (folder / "other-20261201-110000-auto.sqlite3").write_bytes(b"x")  # another database's: left alone
    removed = backups.thin(folder, stem="edtrainer", now=now)
    kept = backups.list_backups(folder, stem="edtrainer")
    ages_kept = sorted(now - b.created for b in kept)
    assert sum(a <= dt.timedelta(days=1) for a in ages_kept) == 4
    days = [a for a in ages_kept if dt.timedelta(days=1) < a <= dt.timedelta(days=14)]
    assert len(days) == len({(now - a).date() for a in days}) == 12
    weeks = {(now - a).isocalendar()[:2] for a in ages_kept if dt.timedelta(days=14) < a <= dt.timedelta(weeks=8)}
    assert len(weeks) == len([a for a in ages_kept if dt.timedelta(days=14) < a <= dt.timedelta(weeks=8)])
    months = [a for a in ages_kept if dt.timedelta(weeks=8) < a]
    assert len(months) == len({((now - a).year, (now - a).month) for a in months}) and len(months) <= 12
    assert max(ages_kept) < dt.timedelta(days=366)
    assert len(removed) == len(ages) - len(kept)
    assert (folder / "other-20261201-110000-auto.sqlite3").exists()
    # Thinning again the next day is stable: nothing kept today is thrown away for no reason.
    assert backups.thin(folder, stem="edtrainer", now=now) == []


def test_no_backup_of_a_damaged_database(sqlite_demo_template: Path, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    source = tmp_path / "edtrainer.sqlite3"
    shutil.copyfile(sqlite_demo_template, source)
    good = backups.make(source, reason="manual")
    damage(source)
    with pytest.raises(DamagedError):
        backups.make(source, reason="auto")
    code, out, err = run(capsys, "--database", str(source), "db", "backup", "--to", str(tmp_path / "copy.sqlite3"))
    assert code == 1 and out == "" and err.count("\n") == 1 and "beschadigd" in err
    assert not (tmp_path / "copy.sqlite3").exists()
    assert [b.path for b in backups.list_backups(stem="edtrainer")] == [good.path], "the good backup stays"


def test_a_backup_killed_half_way_leaves_nothing_after_the_next_start(tmp_path: Path) -> None:
    """SIGKILL while copying a large database: the hidden temporary file (personal data) is removed by the
    next backup, and the good backups were never touched."""
    big = tmp_path / "edtrainer.sqlite3"
    database = open_database(big)
    with database.engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE ballast (x BLOB)")
        conn.exec_driver_sql("INSERT INTO ballast SELECT randomblob(65536) FROM "
                             "(WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1200) "
                             "SELECT i FROM n)")
    database.dispose()
    folder = preferences.backups_dir()
    first = backups.make(big, reason="manual")
    script = ("import sys; from edtrainer.core import backups; "
              "backups.make(sys.argv[1], reason='auto', progress=lambda d, t: print(d, t, flush=True))")
    killed_mid_copy = 0
    for _attempt in range(3):
        proc = subprocess.Popen([sys.executable, "-c", script, str(big)], stdout=subprocess.PIPE, text=True,
                                env={**os.environ})
        assert proc.stdout is not None
        proc.stdout.readline()  # the copy has begun: a first batch of pages is in the temporary file
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        leftovers = [p for p in folder.iterdir() if p.name.startswith(".")]
        killed_mid_copy += bool(leftovers)
    assert killed_mid_copy, "the kill never landed while copying"
    time.sleep(0.01)
    backups.make(big, reason="manual")
    assert not [p for p in folder.iterdir() if p.name.startswith(".")], "temporary files left behind"
    assert first.path.exists() and integrity.check(first.path).ok


def test_a_full_disk_keeps_the_old_backup_and_says_so(sqlite_demo_template: Path, small_disk: Path,
                                                    tmp_path: Path) -> None:
    source = tmp_path / "edtrainer.sqlite3"
    shutil.copyfile(sqlite_demo_template, source)
    target = small_disk / "copy.sqlite3"
    target.write_bytes(b"the earlier copy")  # what the user had before
    database = Database(resolve_url(source))
    try:
        with pytest.raises(FileError) as err:
            database.backup(target, overwrite=True)
    finally:
        database.dispose()
    assert err.value.key == "backup_disk_full" and "vol" in str(err.value)
    assert target.read_bytes() == b"the earlier copy", "the old copy must never be deleted first"
    assert sorted(p.name for p in small_disk.iterdir()) == ["copy.sqlite3"], "no temporary file left"


def test_a_backup_folder_that_is_not_there_is_said(sqlite_demo_template: Path, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "edtrainer.sqlite3"
    shutil.copyfile(sqlite_demo_template, source)
    monkeypatch.setenv("EDTRAINER_BACKUP_DIR", str(tmp_path / "usb-stick"))
    with pytest.raises(FileError, match="USB-stick"):
        backups.make(source, reason="auto")


def test_every_writing_command_is_followed_by_a_backup_at_most_every_half_hour(
        tmp_path: Path, capsys) -> None:  # noqa: ANN001
    path = str(tmp_path / "edtrainer.sqlite3")
    assert run(capsys, "--database", path, "demo")[0] == 0
    (first,) = backups.list_backups(stem="edtrainer")
    assert first.reason == "auto" and first.verified and first.counts["trainees"] == 20
    run(capsys, "--database", path, "trainees", "erase", "1", "--reason", "verzoek", "--yes")
    reasons = sorted(b.reason for b in backups.list_backups(stem="edtrainer"))
    assert reasons == ["auto", "before-erasure"], "an erasure is preceded by its own backup, then none is due"
    assert run(capsys, "--database", path, "cohorts", "list")[0] == 0  # reads only: no backup
    assert run(capsys, "--database", path, "issuer", "set", "--organisation", "Sterk", "--place", "Veendam")[0] == 0
    assert len(backups.list_backups(stem="edtrainer")) == 2, "the newest backup is minutes old"
    with clock.set_to(clock.local_now() + dt.timedelta(minutes=31)):
        assert run(capsys, "--database", path, "issuer", "set", "--place", "Pekela")[0] == 0
    assert sorted(b.reason for b in backups.list_backups(stem="edtrainer")).count("auto") == 2


def test_the_bare_file_is_complete_after_a_command(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    """What people and sync tools do: copy only the .sqlite3 file. After edtrainer closes it, that is all."""
    path = tmp_path / "edtrainer.sqlite3"
    assert run(capsys, "--database", str(path), "demo")[0] == 0
    wal = Path(f"{path}-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    lone = tmp_path / "copied.sqlite3"
    shutil.copyfile(path, lone)
    with sqlite3.connect(lone) as conn:
        assert conn.execute("SELECT count(*) FROM trainee").fetchone() == (20,)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def _hashes_without_audit(path: Path) -> dict[str, tuple[int, str]]:
    return {t: h for t, h in backups.content_hash(path).items() if t != "audit_entry"}


def test_restore_drill_returns_exactly_the_backed_up_data(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    path = tmp_path / "edtrainer.sqlite3"
    assert run(capsys, "--database", str(path), "demo")[0] == 0
    code, out, _ = run(capsys, "--database", str(path), "db", "backups", "--json")
    listed = json.loads(out)
    assert code == 0 and len(listed) == 1
    entry = listed[0]
    assert entry["verified"] is True and entry["size"] > 0
    assert dt.datetime.fromisoformat(entry["created"]).tzinfo is not None
    backup = Path(entry["path"])
    expected = backups.content_hash(backup)
    # Life goes on after the backup...
    database = Database(resolve_url(path))
    with database.uow() as uow:
        trainees.create_trainee(uow, given_names="Na", family_name="Reservekopie")
        uow.commit()
    database.dispose()
    assert _hashes_without_audit(path) != {t: h for t, h in expected.items() if t != "audit_entry"}
    # ...then the backup is restored.
    code, out, err = run(capsys, "--database", str(path), "db", "restore", str(backup))
    assert code == 1 and "--yes" in err and _hashes_without_audit(path)["trainee"][0] == 21
    code, out, err = run(capsys, "--database", str(path), "db", "restore", str(backup), "--yes")
    assert code == 0, err
    assert "Teruggezet" in out and "20/2/84" in out
    after = backups.content_hash(path)
    assert {t: h for t, h in after.items() if t != "audit_entry"} == \
        {t: h for t, h in expected.items() if t != "audit_entry"}
    # the log goes on: the row written after the backup comes back, then the restore itself
    assert after["audit_entry"][0] == expected["audit_entry"][0] + 2, "the log lost or gained rows"
    safety = [b for b in backups.list_backups(stem="edtrainer") if b.reason == "before-restore"]
    assert len(safety) == 1 and safety[0].counts["trainees"] == 21, "what was there is kept"


def test_a_damaged_file_is_put_aside_whole_when_a_backup_is_restored(sqlite_demo_template: Path,
                                                                     tmp_path: Path) -> None:
    path = tmp_path / "edtrainer.sqlite3"
    shutil.copyfile(sqlite_demo_template, path)
    good = backups.make(path, reason="manual")
    damage(path)
    damaged_bytes = path.read_bytes()
    report = backups.restore(path, good.path, known_revisions=known_revisions())
    assert report.put_aside is not None and report.put_aside.read_bytes() == damaged_bytes
    assert report.safety_backup is None
    assert backups.content_hash(path) == backups.content_hash(good.path)
    assert backups.same_pages(path, good.path) and not backups.same_pages(report.put_aside, good.path)
    assert integrity.check(path, full=True).ok


def test_a_damaged_or_foreign_backup_is_not_restored(sqlite_demo_template: Path, tmp_path: Path) -> None:
    path = tmp_path / "edtrainer.sqlite3"
    shutil.copyfile(sqlite_demo_template, path)
    before = path.read_bytes()
    broken = tmp_path / "broken.sqlite3"
    shutil.copyfile(sqlite_demo_template, broken)
    damage(broken)
    with pytest.raises(DamagedError):
        backups.restore(path, broken, known_revisions=known_revisions())
    foreign = tmp_path / "foreign.sqlite3"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE x (y)")
    with pytest.raises(FileError, match="geen reservekopie van edtrainer"):
        backups.restore(path, foreign, known_revisions=known_revisions())
    assert path.read_bytes() == before


@pytest.mark.postgres
def test_postgresql_backups_are_the_servers_job(pg_url: str, capsys) -> None:  # noqa: ANN001
    for argv in (["db", "backup"], ["db", "backups"], ["db", "restore", "x.sqlite3", "--yes"]):
        code, out, err = run(capsys, "--database", pg_url, *argv)
        assert code == 1 and "pg_dump" in err and err.count("\n") == 1, err
    assert backups.list_backups() == []


def test_the_backup_being_restored_is_never_thinned_away(sqlite_demo_template: Path, tmp_path: Path) -> None:
    """Monday's first backup restored on Wednesday: the safety backup made first must not thin it away."""
    path = tmp_path / "edtrainer.sqlite3"
    shutil.copyfile(sqlite_demo_template, path)
    monday = clock.local_now() - dt.timedelta(days=2)
    with clock.set_to(monday):
        first = backups.make(path, reason="auto")
    with clock.set_to(monday + dt.timedelta(hours=7)):
        backups.make(path, reason="auto")  # the newer of that day: thinning keeps only this one of Monday
    report = backups.restore(path, first.path, known_revisions=known_revisions())
    assert report.safety_backup is not None and first.path.exists()
    assert backups.content_hash(path) == backups.content_hash(first.path)


def test_a_way_back_is_kept_two_weeks(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    now = dt.datetime(2026, 12, 1, 12, 0).astimezone()
    for age, reason in ((dt.timedelta(days=5, hours=2), "before-restore"), (dt.timedelta(days=5), "auto"),
                        (dt.timedelta(days=20), "before-erasure"), (dt.timedelta(days=20, hours=-1), "auto")):
        stamp = (now - age).strftime("%Y%m%d-%H%M%S")
        (folder / f"edtrainer-{stamp}-{reason}.sqlite3").write_bytes(b"x")
    backups.thin(folder, stem="edtrainer", now=now)
    left = sorted(b.reason for b in backups.list_backups(folder, stem="edtrainer"))
    assert left == ["auto", "auto", "before-restore"], "the safety backup stays 14 days, then thins as usual"


def test_a_log_without_its_database_is_not_applied_to_the_restored_file(sqlite_demo_template: Path,
                                                                          tmp_path: Path) -> None:
    path = tmp_path / "edtrainer.sqlite3"
    shutil.copyfile(sqlite_demo_template, path)
    good = backups.make(path, reason="auto")
    # An old file whose log was left behind when the file itself went missing.
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("DELETE FROM attendance_mark")
    conn.commit()
    shutil.copyfile(f"{path}-wal", tmp_path / "stale-wal")
    conn.close()
    path.unlink()
    Path(f"{path}-shm").unlink(missing_ok=True)
    shutil.copyfile(tmp_path / "stale-wal", f"{path}-wal")
    backups.restore(path, good.path, known_revisions=known_revisions())
    assert backups.content_hash(path) == backups.content_hash(good.path)
    assert list(tmp_path.glob("edtrainer-*-orphaned.sqlite3-wal")), "the orphaned log is kept aside, not applied"


def test_a_backup_dated_in_the_future_does_not_stop_the_backups(sqlite_demo_template: Path,
                                                                tmp_path: Path) -> None:
    path = tmp_path / "edtrainer.sqlite3"
    shutil.copyfile(sqlite_demo_template, path)
    with clock.set_to(clock.local_now() + dt.timedelta(days=200)):  # a clock that was wrong for a while
        backups.make(path, reason="auto")
    assert backups.due(None, stem="edtrainer", source=path, minutes=30)


def test_a_backup_in_progress_is_not_taken_for_a_leftover(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    mine = folder / f".edtrainer-x.sqlite3.{os.getpid()}.part"
    mine.write_bytes(b"copying")
    gone = folder / ".edtrainer-y.sqlite3.999999999.part"
    gone.write_bytes(b"left behind")
    with clock.set_to(clock.local_now() + dt.timedelta(hours=5)):  # edtrainer's clock ahead of the files'
        removed = backups.clean_leftovers(folder)
    assert removed == [gone] and mine.exists()


def test_a_file_whose_start_is_damaged_is_restored_from_the_command_line(sqlite_demo_template: Path,
                                                                         tmp_path: Path, capsys) -> None:  # noqa: ANN001
    path = tmp_path / "edtrainer.sqlite3"
    shutil.copyfile(sqlite_demo_template, path)
    good = backups.make(path, reason="auto")
    with path.open("r+b") as fh:
        fh.write(b"\0" * 4096)  # the first page, with SQLite's header
    code, out, err = run(capsys, "--database", str(path), "cohorts", "list")
    assert code == 1 and err.count("\n") == 1 and "niet meer worden gelezen" in err and str(good.path) in err
    code, out, err = run(capsys, "--database", str(path), "db", "restore", str(good.path), "--yes")
    assert code == 0, err
    assert "opzij" in out and _hashes_without_audit(path) == _hashes_without_audit(good.path)


def test_backups_of_a_moved_database_are_still_its_own(sqlite_demo_template: Path, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch, capsys) -> None:  # noqa: ANN001
    """A coordinator moves the data folder (a new laptop, another disk): the backups made at the old place
    are listed and restorable; the backups of a live database of the same name elsewhere are not."""
    monkeypatch.setenv("EDTRAINER_BACKUP_DIR", str(tmp_path / "backups"))
    (tmp_path / "backups").mkdir()
    old, other = tmp_path / "old" / "edtrainer.sqlite3", tmp_path / "other" / "edtrainer.sqlite3"
    for path in (old, other):
        path.parent.mkdir()
        shutil.copyfile(sqlite_demo_template, path)
    made = backups.make(old, reason="manual")
    theirs = backups.make(other, reason="manual", keep=(made.path,))
    new = tmp_path / "new" / "edtrainer.sqlite3"
    new.parent.mkdir()
    old.rename(new)
    assert [b.path for b in backups.list_backups(stem="edtrainer", source=new)] == [made.path]
    assert theirs.path in [b.path for b in backups.list_backups(stem="edtrainer", source=other)]
    code, out, err = run(capsys, "--database", str(new), "db", "backups", "--json")
    assert code == 0 and [e["path"] for e in json.loads(out)] == [str(made.path)], err
