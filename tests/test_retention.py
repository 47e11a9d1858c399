"""Retention (AVG art. 5(1)(e)): people whose data have passed their programme's period are listed, and
one action erases them, with the same backup and audit rules as an erasure on request."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from clikit import run
from sqlalchemy import select

from edtrainer.core import backups, clock
from edtrainer.core import models as m
from edtrainer.core.db import Database, resolve_url
from edtrainer.core.errors import ValidationError
from edtrainer.core.services import cohorts, privacy, programmes, retention, trainees

from factories import make_world


def test_who_is_due_follows_each_programmes_period(db: Database) -> None:  # noqa: ANN001
    w = make_world(db)
    with db.uow() as uow:
        start = uow.session.get(m.Enrolment, w.enrolment_ids[0]).enrolled_on
        left = start + dt.timedelta(days=7)
        trainees.withdraw(uow, enrolment_id=w.enrolment_ids[0], reason="verhuisd", on=left)
        trainees.complete(uow, enrolment_id=w.enrolment_ids[1], on=left)
        # Kuipers (2) stays active; Dijkstra (3) left here, but is in a programme that keeps data five years.
        trainees.withdraw(uow, enrolment_id=w.enrolment_ids[3], reason="andere opleiding", on=left)
        long = programmes.create_programme(uow, name="Lang bewaard", code="LB", certificate_title="x",
                                           retention_years=5)
        other = cohorts.create_cohort(uow, programme_id=long.id, name="Lang", start_date=start, end_date=left)
        trainees.enrol(uow, trainee_id=w.trainee_ids[3], cohort_id=other.id, enrolled_on=start)
        trainees.complete(uow, enrolment_id=trainees.list_enrolments(uow, cohort_id=other.id)[0].id, on=left)
        never = trainees.create_trainee(uow, given_names="Nooit", family_name="Ingeschreven").id
        uow.commit()

    def due(on: dt.date) -> list[int]:
        with db.uow() as uow:
            return sorted(d.trainee_id for d in retention.due_for_erasure(uow, today=on))

    two_years = retention.add_years(left, 2)
    assert due(two_years - dt.timedelta(days=1)) == []
    assert due(two_years) == sorted(w.trainee_ids[:2])
    created = dt.date(2026, 11, 24)  # the tests' clock
    assert due(retention.add_years(created, 2)) == sorted([*w.trainee_ids[:2], never])
    assert w.trainee_ids[2] not in due(retention.add_years(created, 2)), "a running enrolment is not due"
    # Kuipers' enrolment was never closed: it counts as ended with its cohort (which ends in four weeks)
    assert due(retention.add_years(left, 5)) == sorted([*w.trainee_ids, never])
    with db.uow() as uow:
        row = next(d for d in retention.due_for_erasure(uow, today=two_years) if d.trainee_id == w.trainee_ids[0])
        assert row.left_on == left and row.due_on == two_years and row.programmes == ("EDASU test",)
        with pytest.raises(ValidationError, match="Bewaartermijn"):
            programmes.update_programme(uow, programme_id=long.id, retention_years=0)


def test_one_command_erases_everyone_due_and_nobody_else(sqlite_demo_template: Path, tmp_path: Path,
                                                         capsys) -> None:  # noqa: ANN001
    path = tmp_path / "edtrainer.sqlite3"
    shutil.copyfile(sqlite_demo_template, path)
    db = Database(resolve_url(path))
    try:
        with db.uow() as uow:
            zoe = trainees.search_trainees(uow, query="Zoë Kuipers")[0]
            trainees.withdraw(uow, enrolment_id=zoe.enrolment_id, reason="verhuisd naar Zwolle",
                              on=zoe.enrolled_on + dt.timedelta(days=30))
            uow.commit()
            left = zoe.enrolled_on + dt.timedelta(days=30)
    finally:
        db.dispose()
    later = retention.add_years(left, 2).isoformat()
    code, out, err = run(capsys, "--database", str(path), "trainees", "retention", "--today", later, "--json")
    assert code == 0, err
    listed = json.loads(out)
    assert [d["trainee_id"] for d in listed] == [zoe.trainee_id] and listed[0]["left_on"] == left.isoformat()
    code, out, err = run(capsys, "--database", str(path), "trainees", "retention", "--today", later)
    assert code == 0 and "Kuipers" in out and "Vanaf de dag" in out, "a date to come: not yet to erase"
    code, out, err = run(capsys, "--database", str(path), "trainees", "retention", "--erase")
    assert code == 1 and "--yes" in err
    code, out, err = run(capsys, "--database", str(path), "trainees", "retention", "--today", later, "--erase",
                         "--yes")
    assert code == 1 and "--today" in err, "a date typed by hand never erases anyone"
    before = [b.path for b in backups.list_backups(stem="edtrainer")]
    with clock.set_to(dt.datetime.fromisoformat(later + "T10:00:00")):  # two years on
        code, out, err = run(capsys, "--database", str(path), "trainees", "retention", "--erase", "--yes")
    assert code == 0, err
    assert "1 persoon" in out and "reservekopie" in out
    assert len(backups.list_backups(stem="edtrainer")) > len(before), "a backup is made first"
    data = path.read_bytes() + (Path(f"{path}-wal").read_bytes() if Path(f"{path}-wal").exists() else b"")
    assert b"Kuipers" not in data and b"Zwolle" not in data
    db = Database(resolve_url(path))
    try:
        with db.uow() as uow:
            assert uow.session.get(m.Trainee, zoe.trainee_id).given_names == privacy.ERASED_NAME
            others = trainees.search_trainees(uow)
            assert len([t for t in others if not t.full_name.startswith(privacy.ERASED_NAME)]) == 19
            entry = uow.session.scalars(
                select(m.AuditEntry).where(m.AuditEntry.action == "erase")).one()
            assert entry.changes == {"category": "retention", "reason": "bewaartermijn verstreken"}
    finally:
        db.dispose()
    code, out, _ = run(capsys, "--database", str(path), "trainees", "retention", "--today", later)
    assert code == 0 and "Niemand" in out
    assert run(capsys, "--database", str(path), "audit", "verify")[0] == 0
