"""Nothing lost, ever: records survive SIGKILL at any moment, and the file stays sound.

A child process commits numbered records through the services and prints each one after its commit
returned; it is killed with SIGKILL at random moments, at least 100 times (EDTRAINER_CRASH_KILLS for
more; bench/crash.py runs 1,000). Afterwards every printed record is there with all its rows, nothing
that was never printed is there in part, ``PRAGMA integrity_check`` is ok and ``foreign_key_check`` is
empty. The harness is tests/crash_writer.py; the last test shows the checks do find a lost record or half
a unit of work, so a pass means something.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
from pathlib import Path

import crash_writer
import pytest

from edtrainer.core.db import Database, open_database, resolve_url

KILLS = int(os.environ.get("EDTRAINER_CRASH_KILLS", "100"))
# PostgreSQL's children start cold and talk over a socket: fewer kills keep the run to a few seconds.
PG_KILLS = int(os.environ.get("EDTRAINER_CRASH_KILLS_PG", "40"))


def _seed() -> int:
    # A new seed each run finds more; it is in every failure message, and EDTRAINER_CRASH_SEED replays the
    # plan (the moments of the kills are real time, so a replay is close, not identical).
    return int(os.environ.get("EDTRAINER_CRASH_SEED") or random.randrange(2**32))


def test_records_survive_sigkill(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    is_sqlite = "://" not in db_url
    kills = KILLS if is_sqlite else PG_KILLS
    seed = _seed()
    crash_writer.prepare(db_url)

    run = crash_writer.run_crash(db_url, kills, seed=seed)
    findings = crash_writer.check_records(run)
    summary = crash_writer.summarise(run, findings)
    where = f"seed {seed}, {summary}"

    assert findings.integrity == "ok", where
    assert findings.foreign_key_problems == 0, where
    assert findings.problems == [], where
    assert summary.lost == 0 and summary.printed <= summary.present, where
    # The harness did what it claims: every child died of SIGKILL, most of them while writing, and a fair
    # share inside a unit of work (otherwise this would pass without testing anything).
    assert summary.kills == kills and summary.sigkill == kills, where
    assert {k.signal for k in run.kills} == {signal.SIGKILL}, where
    assert summary.while_writing >= kills / 2, where
    assert summary.mid_transaction >= kills / 4, where

    # And the app itself opens what is left and finds nothing wrong (schema, integrity, references).
    db = open_database(db_url)
    try:
        report = db.check()
    finally:
        db.dispose()
    assert report.ok, (report.problems, where)
    with capsys.disabled():  # the figures, for whoever watches a -s run
        print(f"\ncrash test ({'sqlite' if is_sqlite else 'postgresql'}): {summary.kills} SIGKILLs in "
              f"{run.seconds:.1f} s, {summary.printed} records printed, {summary.present} present, "
              f"{summary.lost} lost; {summary.mid_transaction} mid-transaction, "
              f"{summary.committed_unprinted} committed but not yet printed; integrity {findings.integrity}")


def test_the_checks_find_a_lost_record_and_half_a_unit_of_work(sqlite_template: Path, tmp_path: Path) -> None:
    """The checker is not a rubber stamp: records are written without a crash, then damaged by hand."""
    path = tmp_path / "damaged.sqlite3"
    shutil.copyfile(sqlite_template, path)
    crash_writer.prepare(str(path))
    db = Database(resolve_url(path))
    try:
        world = crash_writer._load_world(db)
        for n in range(1, 9):
            with db.uow() as uow:
                crash_writer.write_record(uow, world, n)
                uow.commit()
    finally:
        db.dispose()

    def run(printed: list[int], begun: list[int]) -> crash_writer.CrashRun:
        kill = crash_writer.Kill(plan="mid", delay_s=0, printed=printed, begun=begun, signal=signal.SIGKILL)
        return crash_writer.CrashRun(url=str(path), kills=[kill], seconds=0)

    intact = crash_writer.check_records(run(list(range(1, 9)), list(range(1, 10))))
    assert intact.ok and intact.present == set(range(1, 9)), intact.problems

    # Printed but not there: lost.
    assert any("printed records lost: [9]" in p for p in
               crash_writer.check_records(run(list(range(1, 10)), list(range(1, 10)))).problems)
    # There but never begun, and there unprinted without a kill in its unit of work.
    strays = crash_writer.check_records(run([1, 2, 3, 4, 5, 6], [1, 2, 3, 4, 5, 6])).problems
    assert any("never begun: [7, 8]" in p for p in strays) and any("was writing" in p for p in strays)

    names = {crash_writer.kind_of(n): crash_writer.family_name(n) for n in range(1, 9)}
    with sqlite3.connect(path) as conn:  # half units of work: rows taken out of committed records
        conn.execute("DELETE FROM attendance_mark WHERE id = (SELECT max(id) FROM attendance_mark)")
        conn.execute("DELETE FROM enrolment WHERE trainee_id = (SELECT id FROM trainee WHERE family_name = ?)",
                     (names["enrolment"],))
        conn.execute("UPDATE enrolment SET status = 'active' WHERE trainee_id = "
                     "(SELECT id FROM trainee WHERE family_name = ?)", (names["withdrawal"],))
    conn.close()
    problems = crash_writer.check_records(run(list(range(1, 9)), list(range(1, 9)))).problems
    assert any("(register): 9 attendance marks, not 10" in p for p in problems), problems
    assert any("(enrolment): 0 enrolments, not 1" in p for p in problems), problems
    assert any("(withdrawal): enrolment active, not withdrawn" in p for p in problems), problems
    assert any(p.startswith("audit entry for enrolment") for p in problems), problems
