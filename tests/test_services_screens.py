"""Services that feed the screens: registers, lists and the action list, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest

from edtrainer.core import clock
from edtrainer.core.errors import ConflictError
from edtrainer.core.services import overview, placements, results, sessions, trainees

from factories import TODAY, make_world


def test_cohort_register_and_its_tallies(db) -> None:  # noqa: ANN001
    w = make_world(db, sessions_past=3, sessions_future=2)
    with db.uow() as uow:
        sessions.set_attendance_many(uow, session_id=w.session_ids[0],
                                     marks={w.enrolment_ids[0]: "present", w.enrolment_ids[1]: "absent"})
        sessions.record_apology(uow, session_id=w.session_ids[3], enrolment_id=w.enrolment_ids[2],
                                reason="Ziekenhuis", today=TODAY)
        uow.commit()
    with db.uow() as uow:
        reg = sessions.cohort_register(uow, cohort_id=w.cohort_id)
    assert [t.trainee for t in reg.trainees] == ["IJsbrand Dijkstra", "Noël Hendriks", "Zoë Kuipers", "Anja de Vries"]
    assert len(reg.sessions) == 5 and len(reg.marks) == 3
    tally, missing = reg.session_tally(reg.sessions[0])
    assert (tally.present, tally.absent, missing) == (1, 1, 2)
    anja = next(t for t in reg.trainees if t.trainee == "Anja de Vries")
    assert reg.rate(reg.trainee_tally(anja)) == 1.0
    apology = reg.marks[(w.session_ids[3], w.enrolment_ids[2])]
    assert (apology.status, apology.apology_reason) == ("excused", "Ziekenhuis")


def test_a_changed_mark_can_be_put_back_with_its_apology(db) -> None:  # noqa: ANN001
    w = make_world(db, sessions_past=1, sessions_future=1)
    future = w.session_ids[1]
    with db.uow() as uow:
        mark = sessions.record_apology(uow, session_id=future, enrolment_id=w.enrolment_ids[0], reason="Werk",
                                       today=TODAY)
        version = mark.version
        uow.commit()
    with db.uow() as uow:
        sessions.set_attendance(uow, session_id=future, enrolment_id=w.enrolment_ids[0], status="present",
                                expected_version=version)
        uow.commit()
    with db.uow() as uow:  # undo: the apology comes back
        mark = sessions.set_attendance(uow, session_id=future, enrolment_id=w.enrolment_ids[0], status="excused",
                                       apology_reason="Werk", apology_given_on=TODAY)
        uow.commit()
        assert (mark.apology_reason, mark.apology_given_on) == ("Werk", TODAY)
    with db.uow() as uow:  # expecting no mark where there is one is a conflict, not a silent overwrite
        with pytest.raises(ConflictError):
            sessions.set_attendance(uow, session_id=future, enrolment_id=w.enrolment_ids[0], status="absent",
                                    expected_version=0)


def test_placement_rows_and_cohort_results(db) -> None:  # noqa: ANN001
    w = make_world(db)
    with db.uow() as uow:
        p = placements.create_placement(uow, enrolment_id=w.enrolment_ids[0], organisation_id=w.organisation_id,
                                        planned_start=TODAY - dt.timedelta(weeks=5), planned_end=TODAY,
                                        tandem_professional_id=w.tandem_id, supervisor_id=w.supervisor_id)
        placements.sign_agreement(uow, placement_id=p.id, signed_on=TODAY - dt.timedelta(weeks=6), today=TODAY)
        a = placements.log_hours(uow, placement_id=p.id, date=TODAY - dt.timedelta(days=3), hours=4, today=TODAY)
        placements.log_hours(uow, placement_id=p.id, date=TODAY - dt.timedelta(days=2), hours="2,5", today=TODAY)
        placements.approve_hours(uow, entry_ids=[a.id], approved_by_id=w.supervisor_id)
        results.record_module_result(uow, enrolment_id=w.enrolment_ids[0], module_id=w.module_ids["COM"],
                                     status="passed", today=TODAY)
        uow.commit()
    with db.uow() as uow:
        (row,) = placements.placement_rows(uow, cohort_id=w.cohort_id)
        cr = results.cohort_results(uow, cohort_id=w.cohort_id)
    assert (row.trainee, row.tandem_professional, row.supervisor) == ("Anja de Vries", "Petra Zwiers",
                                                                       "Hanneke Brouwer")
    assert (row.approved_minutes, row.pending_minutes, row.evaluations) == (240, 150, ())
    assert [m[1] for m in cr.modules] == ["COM", "ETH"] and cr.enrolments[-1][1] == "Anja de Vries"
    assert cr.results[(w.enrolment_ids[0], w.module_ids["COM"])].status == "passed"


def test_search_ignores_case_of_letters_with_accents(db) -> None:  # noqa: ANN001
    make_world(db)
    with db.uow() as uow:
        trainees.create_trainee(uow, given_names="Loïs", family_name="Öztürk")
        uow.commit()
    with db.uow() as uow:
        assert [r.full_name for r in trainees.search_trainees(uow, query="öZTÜRK")] == ["Loïs Öztürk"]
        assert [r.full_name for r in trainees.search_trainees(uow, query="LOÏS")] == ["Loïs Öztürk"]


def test_action_list_of_the_demo(demo_db) -> None:  # noqa: ANN001
    today = clock.today()
    with demo_db.uow() as uow:
        items = overview.action_items(uow, today=today)
    kinds = [i.kind for i in items]
    assert kinds == sorted(kinds, key=overview.KINDS.index)
    assert set(kinds) == set(overview.KINDS)
    # The suite runs on a Tuesday (conftest.TEST_NOW): last week's session waits for all 8 trainees, and
    # today's for 7, one having sent an apology.
    unrecorded = sorted(i.text("nl") for i in items if i.kind == "unrecorded")
    assert unrecorded == ["Bijeenkomst Ethiek en deontologie van 24-11-2026: presentie van 7 cursisten "
                          "niet ingevuld",
                          "Bijeenkomst Maatschappelijke structuren van 17-11-2026: presentie van 8 cursisten "
                          "niet ingevuld"]
    lost = [i for i in items if i.title_key == "todo_attendance_lost"]
    assert any(i.params["trainee"] == "Thijs Bouwman" for i in lost)
    assert any("Joëlle Meijer" in i.text("en") and "not signed" in i.text("en") for i in items)
    ready = {i.params["trainee"] for i in items if i.kind == "ready"}
    assert "Zoë Kuipers" in ready and all(i.enrolment_id for i in items if i.kind == "ready")


def test_search_ignores_accents_and_letters_of_their_own(db) -> None:  # noqa: ANN001
    from edtrainer.core.text import fold, matches

    assert fold("Yıldız Øster-Weiß") == "yildiz oster-weiss"
    assert matches("yildiz", "Ayşe Yıldız") and matches("zoe kuip", "Zoë Kuipers") and not matches("zoe x", "Zoë")
    with db.uow() as uow:
        person = trainees.create_trainee(uow, given_names="Ayşe", family_name="Yıldız")
        uow.commit()
    with db.uow() as uow:
        for query in ("yildiz", "AYSE", "ayşe yıldız", "Yıldız"):
            assert [r.trainee_id for r in trainees.search_trainees(uow, query=query)] == [person.id], query
        assert trainees.search_trainees(uow, query="yildiz", limit=1)[0].trainee_id == person.id
