"""What an action changed is computed by the unit of work from what it wrote (issue 13, item 1): the areas a
screen reloads for are never named by hand, and a read that only logs access changes nothing anyone sees."""

from __future__ import annotations

import threading

import pytest

from edtrainer.core import clock, ops
from edtrainer.core.db import Database
from edtrainer.core.services import cohorts, issuer, sessions, trainees

from factories import make_world


def test_each_action_reports_the_areas_it_wrote(db: Database) -> None:
    w = make_world(db)
    mark = ops.run(lambda: db.run(lambda uow: sessions.set_attendance(
        uow, session_id=w.session_ids[0], enrolment_id=w.enrolment_ids[0], status="late")))
    assert mark.changes.areas == {"attendance"}
    assert mark.result.status.value == "late"
    planned = ops.run(lambda: db.run(lambda uow: sessions.update_session(
        uow, session_id=w.session_ids[1], trainer_ids=[], location="Zaal 3")))
    assert planned.changes.areas == {"sessions"}
    person = ops.run(lambda: db.run(lambda uow: trainees.create_trainee(uow, given_names="Iris",
                                                                         family_name="Veen")))
    enrolled = ops.run(lambda: db.run(lambda uow: trainees.enrol(uow, trainee_id=person.result.id,
                                                                 cohort_id=w.cohort_id)))
    assert person.changes.areas == {"trainees"} and enrolled.changes.areas == {"enrolments"}
    org = ops.run(lambda: db.run(lambda uow: issuer.update_issuer(uow, organisation="Stichting Voorbeeld",
                                                                          place="Veendam")))
    assert "certificates" in org.changes.areas


def test_a_read_and_its_access_log_change_nothing_a_screen_shows(db: Database) -> None:
    w = make_world(db)
    seen = ops.run(lambda: db.run(lambda uow: cohorts.find_cohort(uow, w.cohort_id).name))
    assert seen.result == "Oost-Groningen" and not seen.changes and seen.changes.areas == frozenset()


def test_a_failed_action_reports_no_change(db: Database) -> None:
    w = make_world(db)

    def fails(uow) -> None:  # noqa: ANN001
        sessions.set_attendance(uow, session_id=w.session_ids[0], enrolment_id=w.enrolment_ids[0], status="absent")
        raise RuntimeError("stop before the commit")

    with ops.collecting() as seen, pytest.raises(RuntimeError):
        db.run(fails)
    assert seen == set()


def test_work_on_another_thread_reports_to_the_context_it_was_started_in(db: Database) -> None:
    """A worker runs in a copy of the caller's context; its commits reach the caller's collector."""
    import contextvars

    w = make_world(db)
    with ops.collecting() as seen:
        context = contextvars.copy_context()
        worker = threading.Thread(target=lambda: context.run(db.run, lambda uow: sessions.plan_session(
            uow, cohort_id=w.cohort_id, module_id=w.module_ids["COM"], date=clock.today())))
        worker.start()
        worker.join()
    assert ops.changes_of(seen).areas == {"sessions"}
