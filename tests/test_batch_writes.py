"""The screens' batch writes as core services: marks, module results and a cohort's trainers, each one user
action that is written whole or not at all (SQLite, and PostgreSQL when configured)."""

from __future__ import annotations

import pytest

from edtrainer.core.errors import ConflictError
from edtrainer.core.services import cohorts, marks, results, sessions, staff
from edtrainer.core.services.marks import MarkChange
from edtrainer.core.services.results import ResultCell

from factories import TODAY, make_world


def _marks(db, session_id: int) -> dict[int, str]:  # noqa: ANN001
    with db.uow() as uow:
        return {r.enrolment_id: r.status for r in sessions.session_register(uow, session_id=session_id) if r.status}


def test_marks_are_written_all_or_nothing_when_one_was_changed_by_someone_else(db) -> None:  # noqa: ANN001
    w = make_world(db, sessions_past=2)
    sid = w.session_ids[0]
    first, second, third = w.enrolment_ids[:3]
    with db.uow() as uow:  # someone else marked the second trainee meanwhile
        sessions.set_attendance(uow, session_id=sid, enrolment_id=second, status="late")
        uow.commit()
    wanted = [MarkChange(sid, first, "present", 0), MarkChange(sid, second, "present", 0),
              MarkChange(sid, third, "present", 0)]
    with pytest.raises(ConflictError):
        db.run(lambda uow: marks.set_marks(uow, wanted))
    assert _marks(db, sid) == {second: "late"}  # nothing of the action was written

    stored = db.run(lambda uow: marks.set_marks(uow, [MarkChange(sid, first, "present", 0),
                                                      MarkChange(sid, third, "absent", 0)]))
    assert [(e, cell.status if cell else None) for _s, e, cell in stored] == [(first, "present"), (third, "absent")]
    assert _marks(db, sid) == {first: "present", second: "late", third: "absent"}


def test_a_changed_remark_keeps_the_status_the_minutes_and_an_apology(db) -> None:  # noqa: ANN001
    w = make_world(db, sessions_past=2)
    sid, eid = w.session_ids[0], w.enrolment_ids[0]
    with db.uow() as uow:
        mark = sessions.set_attendance(uow, session_id=sid, enrolment_id=eid, status="late", minutes_present=45)
        uow.commit()
        cell = marks.cell_of(mark)
    assert cell is not None
    [(_s, _e, after)] = db.run(lambda uow: marks.set_marks(
        uow, [MarkChange(sid, eid, cell._replace(remark="bus te laat"), cell.version)]))
    assert after is not None and (after.status, after.minutes_present, after.remark) == ("late", 45, "bus te laat")
    # Undo puts the earlier mark back whole.
    [(_s, _e, back)] = db.run(lambda uow: marks.set_marks(uow, [MarkChange(sid, eid, cell, after.version)]))
    assert back is not None and (back.status, back.minutes_present, back.remark) == ("late", 45, None)
    [(_s, _e, cleared)] = db.run(lambda uow: marks.set_marks(uow, [MarkChange(sid, eid, None, back.version)]))
    assert cleared is None and _marks(db, sid) == {}


def test_module_results_are_written_all_or_nothing_and_none_means_pending(db) -> None:  # noqa: ANN001
    w = make_world(db, sessions_past=0)
    com, eth = w.module_ids["COM"], w.module_ids["ETH"]
    first, second = w.enrolment_ids[:2]
    passed = ResultCell("passed", 0, TODAY, None, None)
    stored = db.run(lambda uow: results.set_results(uow, [(first, com, passed, None), (second, com, passed, None)]))
    assert [(e, cell.status) for e, _m, cell in stored] == [(first, "passed"), (second, "passed")]
    version = stored[0][2].version
    with pytest.raises(ConflictError):  # the second trainee's ETH is fine, the first's COM was seen too old
        db.run(lambda uow: results.set_results(uow, [(second, eth, passed, None), (first, com, None, version - 1)]))
    with db.uow() as uow:
        cells = results.cohort_results(uow, cohort_id=w.cohort_id).results
    assert (second, eth) not in cells or cells[(second, eth)].status == "pending"
    [(_e, _m, pending)] = db.run(lambda uow: results.set_results(uow, [(first, com, None, version)]))
    assert (pending.status, pending.decided_on) == ("pending", None)


def test_a_cohorts_trainers_become_exactly_the_chosen_ones(db) -> None:  # noqa: ANN001
    w = make_world(db, sessions_past=0)
    with db.uow() as uow:
        anna = staff.create_staff(uow, full_name="Anna de Wit", role="trainer").id
        uow.commit()
    db.run(lambda uow: cohorts.assign_trainer(uow, cohort_id=w.cohort_id, staff_id=w.trainer_id))
    db.run(lambda uow: cohorts.set_trainers(uow, cohort_id=w.cohort_id, staff_ids=[anna]))
    with db.uow() as uow:
        assert cohorts.trainer_ids(uow, cohort_id=w.cohort_id) == [anna]
    db.run(lambda uow: cohorts.set_trainers(uow, cohort_id=w.cohort_id, staff_ids=[anna, w.trainer_id]))
    with db.uow() as uow:
        assert sorted(cohorts.trainer_ids(uow, cohort_id=w.cohort_id)) == sorted([anna, w.trainer_id])
