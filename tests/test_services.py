"""Services on a real database (SQLite, and PostgreSQL when configured)."""

from __future__ import annotations

import datetime as dt

import pytest

from edtrainer.core.errors import NotFoundError, ValidationError
from edtrainer.core.models import AttendanceStatus, EnrolmentStatus
from edtrainer.core.services import (
    cohorts,
    placements,
    programmes,
    readiness,
    results,
    sessions,
    staff,
    trainees,
)

from factories import TODAY, make_world


def test_programme_modules_and_lookup(db) -> None:  # noqa: ANN001
    w = make_world(db, sessions_past=0)
    with db.uow() as uow:
        mods = programmes.list_modules(uow, programme_id=w.programme_id)
        assert [m.code for m in mods] == ["COM", "ETH"]
        assert [m.position for m in mods] == [1, 2]
        assert programmes.find_programme(uow, "edt").name == "EDASU test"
        programmes.update_module(uow, module_id=mods[1].id, min_attendance_pct=75, title="Ethiek")
        uow.commit()
    with db.uow() as uow:
        assert programmes.list_modules(uow, programme_id=w.programme_id)[1].min_attendance_pct == 75
        with pytest.raises(ValidationError) as err:
            programmes.add_module(uow, programme_id=w.programme_id, code="com", title="Dubbel")
        assert err.value.field == "code"


def test_cohort_list_counts_and_find_by_prefix(db) -> None:  # noqa: ANN001
    w = make_world(db, sessions_past=3, sessions_future=2)
    with db.uow() as uow:
        rows = cohorts.list_cohorts(uow, today=TODAY)
        assert len(rows) == 1
        assert (rows[0].active_trainees, rows[0].sessions_held, rows[0].sessions_total) == (4, 3, 5)
        assert cohorts.find_cohort(uow, "oost").id == w.cohort_id
        assert cohorts.find_cohort(uow, "OOST-GRONINGEN").id == w.cohort_id
        assert cohorts.find_cohort(uow, str(w.cohort_id)).id == w.cohort_id
        with pytest.raises(NotFoundError, match="bestaat niet"):
            cohorts.find_cohort(uow, "West")


def test_trainee_search_and_edit(db) -> None:  # noqa: ANN001
    w = make_world(db, sessions_past=0)
    with db.uow() as uow:
        found = trainees.search_trainees(uow, query="vries")
        assert [r.full_name for r in found] == ["Anja de Vries"]
        assert found[0].sort_name == "Vries, Anja de"
        assert [r.full_name for r in trainees.search_trainees(uow, query="ZOË")] == ["Zoë Kuipers"]
        assert len(trainees.search_trainees(uow, cohort_id=w.cohort_id)) == 4
        t = trainees.update_trainee(uow, trainee_id=found[0].trainee_id, expected_version=found[0].version,
                                    email="anja@example.org", date_of_birth="12-03-1974")
        uow.commit()
    with db.uow() as uow:
        t = trainees.get_trainee(uow, found[0].trainee_id)
        assert (t.email, t.date_of_birth, t.version) == ("anja@example.org", dt.date(1974, 3, 12), 2)


def test_trainee_model_has_no_place_for_a_bsn(db) -> None:  # noqa: ANN001
    with db.uow() as uow:
        with pytest.raises(TypeError):
            trainees.create_trainee(uow, given_names="A", family_name="B", bsn="123456782")
        with pytest.raises(ValidationError, match="BSN"):
            trainees.create_trainee(uow, given_names="A", family_name="B", birth_place="Veendam 111222333")


def test_enrol_withdraw_and_reenrol_in_a_later_cohort(db) -> None:  # noqa: ANN001
    w = make_world(db, sessions_past=0)
    with db.uow() as uow:
        later = cohorts.create_cohort(uow, programme_id=w.programme_id, name="Pekela 2027",
                                      start_date="2027-01-05", end_date="2027-12-20")
        with pytest.raises(ValidationError, match="volgt nog actief Oost-Groningen"):
            trainees.enrol(uow, trainee_id=w.trainee_ids[0], cohort_id=later.id)
        e = trainees.withdraw(uow, enrolment_id=w.enrolment_ids[0], reason="Gezondheid", on=TODAY)
        assert (e.status, e.ended_on) == (EnrolmentStatus.WITHDRAWN, TODAY)
        again = trainees.enrol(uow, trainee_id=w.trainee_ids[0], cohort_id=later.id)
        assert again.enrolled_on == dt.date(2027, 1, 5)
        with pytest.raises(ValidationError, match="al ingeschreven"):
            trainees.enrol(uow, trainee_id=w.trainee_ids[0], cohort_id=later.id)
        with pytest.raises(ValidationError, match="kan niet worden uitgeschreven"):
            trainees.withdraw(uow, enrolment_id=w.enrolment_ids[0], reason="nogmaals")
        trainees.pause(uow, enrolment_id=w.enrolment_ids[1])
        trainees.resume(uow, enrolment_id=w.enrolment_ids[1])
        uow.commit()


def test_plan_weekly_sessions_skips_holidays_and_stops_at_cohort_end(db) -> None:  # noqa: ANN001
    w = make_world(db, sessions_past=0)
    with db.uow() as uow:
        cohort = cohorts.find_cohort(uow, w.cohort_id)
        first = cohort.start_date + dt.timedelta(days=1)
        made = sessions.plan_weekly_sessions(uow, cohort_id=w.cohort_id, module_id=w.module_ids["COM"],
                                             first_date=first, until=first + dt.timedelta(weeks=4),
                                             skip_dates=[first + dt.timedelta(weeks=2)], start_time="13.30")
        assert [s.date for s in made] == [first + dt.timedelta(weeks=n) for n in (0, 1, 3, 4)]
        assert made[0].start_time == dt.time(13, 30) and made[0].location == "Veendam"
        many = sessions.plan_weekly_sessions(uow, cohort_id=w.cohort_id, module_id=w.module_ids["ETH"],
                                             first_date=first, count=200)
        assert many[-1].date <= cohort.end_date
        uow.commit()
    with db.uow() as uow:
        assert len(sessions.list_sessions(uow, cohort_id=w.cohort_id)) == 4 + len(many)


def test_attendance_marks_bulk_present_and_apology(db) -> None:  # noqa: ANN001
    w = make_world(db, sessions_past=2, sessions_future=1)
    past, future = w.session_ids[0], w.session_ids[-1]
    with db.uow() as uow:
        sessions.record_attendance(uow, session_id=past, enrolment_id=w.enrolment_ids[0], status="late",
                                   minutes_present=150, remark="bus te laat")
        assert sessions.mark_all_present(uow, session_id=past) == 3
        sessions.record_apology(uow, session_id=future, enrolment_id=w.enrolment_ids[1], reason="Ziek kind",
                                today=TODAY)
        uow.commit()
    with db.uow() as uow:
        reg = {r.trainee: r for r in sessions.session_register(uow, session_id=past)}
        assert reg["Anja de Vries"].status == "late" and reg["Anja de Vries"].minutes_present == 150
        assert reg["Zoë Kuipers"].status == "present" and reg["Zoë Kuipers"].minutes_present == 180
        ahead = {r.trainee: r for r in sessions.session_register(uow, session_id=future)}
        assert ahead["Noël Hendriks"].status == "excused"
        assert ahead["Noël Hendriks"].apology_reason == "Ziek kind"
        # the register key press: change, then clear
        mark = sessions.set_attendance(uow, session_id=past, enrolment_id=w.enrolment_ids[0], status="absent")
        assert mark.status is AttendanceStatus.ABSENT and mark.remark == "bus te laat"
        assert sessions.set_attendance(uow, session_id=past, enrolment_id=w.enrolment_ids[0], status=None) is None
        uow.commit()
    with db.uow() as uow:
        reg = {r.trainee: r for r in sessions.session_register(uow, session_id=past)}
        assert reg["Anja de Vries"].status is None


def test_cancelled_session_counts_for_nobody(db) -> None:  # noqa: ANN001
    w = make_world(db, sessions_past=2, hours=0)
    with db.uow() as uow:
        for s in w.session_ids:
            sessions.mark_all_present(uow, session_id=s)
        sessions.cancel_session(uow, session_id=w.session_ids[0])
        uow.commit()
    with db.uow() as uow:
        with pytest.raises(ValidationError, match="geannuleerd"):
            sessions.mark_all_present(uow, session_id=w.session_ids[0])
        rows = readiness.readiness_for_cohort(uow, cohort_id=w.cohort_id, today=TODAY)
        assert all(r.readiness.attendance_rate == 1.0 for r in rows)


def test_placement_lifecycle_hours_and_evaluation(db) -> None:  # noqa: ANN001
    w = make_world(db, sessions_past=0)
    start = TODAY - dt.timedelta(weeks=10)
    with db.uow() as uow:
        p = placements.create_placement(uow, enrolment_id=w.enrolment_ids[0], organisation_id=w.organisation_id,
                                        planned_start=start, planned_end=TODAY + dt.timedelta(weeks=10),
                                        tandem_professional_id=w.tandem_id, supervisor_id=w.supervisor_id,
                                        hours_per_week="8,5", kind="paid")
        assert p.hours_per_week == 8.5
        with pytest.raises(ValidationError, match="stageovereenkomst"):
            placements.start_placement(uow, placement_id=p.id)
        placements.sign_agreement(uow, placement_id=p.id, signed_on=start - dt.timedelta(days=3))
        placements.start_placement(uow, placement_id=p.id)
        e1 = placements.log_hours(uow, placement_id=p.id, date=start + dt.timedelta(days=1), hours=4,
                                  activity="Spreekuur", today=TODAY)
        e2 = placements.log_hours(uow, placement_id=p.id, date=start + dt.timedelta(days=8), hours="3,5",
                                  today=TODAY)
        assert e2.minutes == 210
        with pytest.raises(ValidationError, match="buiten de stageperiode"):
            placements.log_hours(uow, placement_id=p.id, date=start - dt.timedelta(days=1), hours=2, today=TODAY)
        assert placements.approve_hours(uow, entry_ids=[e1.id], approved_by_id=w.supervisor_id) == 1
        with pytest.raises(ValidationError, match="al goedgekeurd"):
            placements.approve_hours(uow, entry_ids=[e2.id, e1.id], approved_by_id=w.supervisor_id)
        assert e2.approved_at is None  # all or nothing
        placements.record_evaluation(uow, placement_id=p.id, kind="midterm", date=TODAY,
                                     ratings={"Samenwerking": 4, "Reflectie": 5}, evaluator_id=w.tandem_id)
        with pytest.raises(ValidationError, match="al een tussenevaluatie"):
            placements.record_evaluation(uow, placement_id=p.id, kind="midterm", date=TODAY, ratings={"x": 3})
        with pytest.raises(ValidationError, match="tussen 1 en 5"):
            placements.record_evaluation(uow, placement_id=p.id, kind="final", date=TODAY, ratings={"x": 6})
        uow.commit()
    with db.uow() as uow:
        assert [e.minutes for e in placements.hour_entries(uow, placement_id=p.id, pending_only=True)] == [210]
        listed = placements.list_placements(uow, cohort_id=w.cohort_id)
        assert [(x.organisation.name, x.status.value) for x in listed] == [("Forte Welzijn", "active")]


def test_readiness_changes_as_the_work_gets_done(db) -> None:  # noqa: ANN001
    w = make_world(db, sessions_past=5, hours=8)
    eid = w.enrolment_ids[2]  # Zoë Kuipers
    with db.uow() as uow:
        r = readiness.readiness_for_enrolment(uow, enrolment_id=eid, today=TODAY)
        codes = [u.code for u in r.readiness.unmet]
        assert codes == ["unmet_attendance_none", "unmet_unrecorded", "unmet_module_pending",
                         "unmet_module_pending", "unmet_hours", "unmet_final_evaluation"]
        for s in w.session_ids:
            sessions.mark_all_present(uow, session_id=s)
        for mid in w.module_ids.values():
            results.record_module_result(uow, enrolment_id=eid, module_id=mid, status="passed")
        start = TODAY - dt.timedelta(weeks=4)
        p = placements.create_placement(uow, enrolment_id=eid, organisation_id=w.organisation_id,
                                        planned_start=start, planned_end=TODAY, supervisor_id=w.supervisor_id)
        placements.sign_agreement(uow, placement_id=p.id, signed_on=start)
        placements.start_placement(uow, placement_id=p.id)
        entry = placements.log_hours(uow, placement_id=p.id, date=start, hours=8, today=TODAY)
        uow.commit()
    with db.uow() as uow:
        r = readiness.readiness_for_enrolment(uow, enrolment_id=eid, today=TODAY)
        assert [u.text("en") for u in r.readiness.unmet] == [
            "Placement hours 0 of 8 (8 awaiting approval)", "No final evaluation of the placement"]
        placements.approve_hours(uow, entry_ids=[entry.id], approved_by_id=w.supervisor_id)
        placements.record_evaluation(uow, placement_id=p.id, kind="final", date=TODAY, ratings={"Inzet": 4})
        uow.commit()
    with db.uow() as uow:
        r = readiness.readiness_for_enrolment(uow, enrolment_id=eid, today=TODAY)
        assert r.readiness.ready and r.readiness.attendance_rate == 1.0
        assert r.as_dict("nl")["summary"] == "Klaar voor certificering"


def test_forecast_for_a_trainee_who_missed_too_much(db) -> None:  # noqa: ANN001
    w = make_world(db, sessions_past=6, sessions_future=2, hours=0)
    eid = w.enrolment_ids[1]
    with db.uow() as uow:
        for i, s in enumerate(w.session_ids[:6]):
            sessions.mark_all_present(uow, session_id=s)
            if i < 3:
                sessions.set_attendance(uow, session_id=s, enrolment_id=eid, status="absent")
        uow.commit()
    with db.uow() as uow:
        rows = {r.enrolment_id: r.readiness for r in readiness.readiness_for_cohort(uow, cohort_id=w.cohort_id,
                                                                                    today=TODAY)}
    assert rows[eid].attendance_rate == 0.5 and not rows[eid].can_reach_attendance   # best 5/8
    assert rows[w.enrolment_ids[0]].can_reach_attendance
    assert "unmet_remaining" in [u.code for u in rows[w.enrolment_ids[0]].unmet]


def test_staff_roles(db) -> None:  # noqa: ANN001
    w = make_world(db, sessions_past=0)
    with db.uow() as uow:
        buddy = staff.create_staff(uow, full_name="Gerda Mulder", role="buddy")
        with pytest.raises(ValidationError):
            cohorts.assign_trainer(uow, cohort_id=w.cohort_id, staff_id=buddy.id)
        cohorts.assign_trainer(uow, cohort_id=w.cohort_id, staff_id=w.trainer_id)
        trainees.set_buddy(uow, enrolment_id=w.enrolment_ids[0], buddy_id=buddy.id)
        uow.commit()
    with db.uow() as uow:
        assert [s.full_name for s in staff.list_staff(uow, role="buddy")] == ["Gerda Mulder"]
        assert [t.full_name for t in cohorts.find_cohort(uow, w.cohort_id).trainers] == ["Henk Bosma"]


def test_delete_a_mistaken_session_and_hour_entry(db) -> None:  # noqa: ANN001
    w = make_world(db, sessions_past=2)
    with db.uow() as uow:
        sessions.record_attendance(uow, session_id=w.session_ids[0], enrolment_id=w.enrolment_ids[0],
                                   status="present")
        with pytest.raises(ValidationError, match="annuleer de bijeenkomst"):
            sessions.delete_session(uow, session_id=w.session_ids[0])
        sessions.delete_session(uow, session_id=w.session_ids[1])
        start = TODAY - dt.timedelta(weeks=2)
        p = placements.create_placement(uow, enrolment_id=w.enrolment_ids[0], organisation_id=w.organisation_id,
                                        planned_start=start, planned_end=TODAY)
        placements.sign_agreement(uow, placement_id=p.id, signed_on=start)
        ok = placements.log_hours(uow, placement_id=p.id, date=start, hours=4, today=TODAY)
        wrong = placements.log_hours(uow, placement_id=p.id, date=start, hours=40 / 10, today=TODAY)
        placements.approve_hours(uow, entry_ids=[ok.id], approved_by_id=w.supervisor_id)
        placements.delete_hour_entry(uow, entry_id=wrong.id)
        with pytest.raises(ValidationError, match="al goedgekeurd"):
            placements.delete_hour_entry(uow, entry_id=ok.id)
        uow.commit()
    with db.uow() as uow:
        assert [s.id for s in sessions.list_sessions(uow, cohort_id=w.cohort_id)] == [w.session_ids[0]]
        assert [e.id for e in placements.hour_entries(uow, placement_id=p.id)] == [ok.id]


def test_a_pause_is_neither_absence_nor_missing_records(db) -> None:  # noqa: ANN001
    w = make_world(db, sessions_past=6, hours=0)
    noel = w.enrolment_ids[1]
    with db.uow() as uow:
        dates = [s.date for s in sessions.list_sessions(uow, cohort_id=w.cohort_id)]
        for s in w.session_ids[:2]:
            sessions.mark_all_present(uow, session_id=s)
        trainees.pause(uow, enrolment_id=noel, on=dates[2])
        uow.commit()
    with db.uow() as uow:
        # not expected while paused, and cannot be marked
        assert "Noël Hendriks" not in [r.trainee for r in sessions.session_register(uow, session_id=w.session_ids[3])]
        with pytest.raises(ValidationError, match="valt buiten de inschrijving"):
            sessions.record_attendance(uow, session_id=w.session_ids[3], enrolment_id=noel, status="present")
        r = readiness.readiness_for_enrolment(uow, enrolment_id=noel, today=TODAY).readiness
        assert [u.code for u in r.unmet][:1] == ["unmet_status"] and "unmet_unrecorded" not in [u.code for u in r.unmet]
        trainees.resume(uow, enrolment_id=noel, on=dates[4])
        uow.commit()
    with db.uow() as uow:
        reg = {r.trainee: r for r in sessions.session_register(uow, session_id=w.session_ids[2])}
        assert reg["Noël Hendriks"].status == "excused"
        assert reg["Noël Hendriks"].apology_reason == "Inschrijving gepauzeerd"
        for s in w.session_ids[4:]:
            sessions.mark_all_present(uow, session_id=s)
        uow.commit()
    with db.uow() as uow:
        r = readiness.readiness_for_enrolment(uow, enrolment_id=noel, today=TODAY).readiness
    assert r.attendance_rate == 1.0  # the programme leaves excused sessions out of the rate
    assert [u.code for u in r.unmet] == ["unmet_module_pending", "unmet_module_pending", "unmet_final_evaluation"]


def test_pause_cannot_start_before_recorded_attendance(db) -> None:  # noqa: ANN001
    w = make_world(db, sessions_past=3)
    with db.uow() as uow:
        first = sessions.list_sessions(uow, cohort_id=w.cohort_id)[0]
        sessions.mark_all_present(uow, session_id=first.id)
        with pytest.raises(ValidationError, match="laat de pauze daarna beginnen"):
            trainees.pause(uow, enrolment_id=w.enrolment_ids[0], on=first.date)
