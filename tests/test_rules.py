"""The attendance and certification rules, as pure functions."""

import pytest

from edtrainer.core import rules
from edtrainer.core.models import EnrolmentStatus, ExcusedPolicy, ResultStatus
from edtrainer.core.rules import Tally


def test_tally_counts_statuses() -> None:
    t = Tally.of(["present", "present", "late", "excused", "absent", "absent"])
    assert (t.present, t.late, t.excused, t.absent, t.total) == (2, 1, 1, 2, 6)


@pytest.mark.parametrize(("policy", "expected"), [
    (ExcusedPolicy.EXCLUDE, 6 / 8),   # excused left out: 6 attended of 8 counted
    (ExcusedPolicy.PRESENT, 8 / 10),  # excused counts as attended
    (ExcusedPolicy.ABSENT, 6 / 10),   # excused counts as missed
])
def test_rate_follows_the_programmes_excused_policy(policy: ExcusedPolicy, expected: float) -> None:
    tally = Tally(present=5, late=1, excused=2, absent=2)
    assert rules.attendance_rate(tally, policy) == pytest.approx(expected)


def test_no_counted_session_has_no_rate() -> None:
    assert rules.attendance_rate(Tally(excused=3), ExcusedPolicy.EXCLUDE) is None
    assert rules.attendance_rate(Tally(), ExcusedPolicy.ABSENT) is None


def test_threshold_is_met_exactly_despite_float_error() -> None:
    assert rules.meets(4 / 5, 80)
    assert rules.meets(0.7 + 0.1, 80)  # 0.7999999999999999
    assert not rules.meets(0.79, 80)
    assert rules.meets(None, 0)


def test_forecast_can_still_reach() -> None:
    # 6 of 10 so far: with 10 more sessions the best is 16/20 = 80 %
    assert rules.can_still_reach(Tally(present=6, absent=4), 10, ExcusedPolicy.EXCLUDE, 80)
    assert not rules.can_still_reach(Tally(present=6, absent=4), 9, ExcusedPolicy.EXCLUDE, 80)
    assert rules.sessions_needed(Tally(present=6, absent=4), 10, ExcusedPolicy.EXCLUDE, 80) == 10
    assert rules.sessions_needed(Tally(present=9, absent=1), 10, ExcusedPolicy.EXCLUDE, 80) == 7
    assert rules.sessions_needed(Tally(present=6, absent=4), 9, ExcusedPolicy.EXCLUDE, 80) is None


REQ = rules.Requirements(min_attendance_pct=80, excused_policy=ExcusedPolicy.EXCLUDE,
                         required_placement_hours=320, requires_final_evaluation=True)


def facts(**kw) -> rules.EnrolmentFacts:  # noqa: ANN003
    base = dict(enrolment_id=1, status=EnrolmentStatus.ACTIVE, held=Tally(present=20), future_marks=Tally(),
                remaining=0, unrecorded=0,
                modules=(rules.ModuleFacts(1, "Communicatie", True, None, Tally(present=10), ResultStatus.PASSED),
                         rules.ModuleFacts(2, "Ethiek", True, 75, Tally(present=10), ResultStatus.PASSED)),
                approved_minutes=320 * 60, pending_minutes=0, has_final_evaluation=True)
    base.update(kw)
    return rules.EnrolmentFacts(**base)


def test_everything_met_is_ready() -> None:
    r = rules.readiness(facts(), REQ)
    assert r.ready and r.unmet == ()
    assert r.summary("nl") == "Klaar voor certificering"


def test_every_unmet_requirement_in_plain_words() -> None:
    f = facts(held=Tally(present=18, absent=7), unrecorded=2, approved_minutes=210 * 60,
              has_final_evaluation=False,
              modules=(rules.ModuleFacts(1, "Communicatie", True, None, Tally(present=10), ResultStatus.PENDING),
                       rules.ModuleFacts(2, "Ethiek", True, 75, Tally(present=2, absent=3), ResultStatus.NOT_PASSED),
                       rules.ModuleFacts(3, "Projectwerk", False, None, Tally(), ResultStatus.PENDING)))
    r = rules.readiness(f, REQ)
    assert not r.ready
    assert [u.text("en") for u in r.unmet] == [
        "72% present, 80% needed",
        "Module Ethiek: 40% present, 75% needed",
        "Attendance not recorded for 2 sessions",
        "Module Communicatie has no result yet",
        "Module Ethiek not passed",
        "Placement hours 210 of 320",
        "No final evaluation of the placement",
    ]
    assert [u.text("nl") for u in r.unmet][0] == "72 % aanwezig, 80 % nodig"
    assert "Stage-uren 210 van 320" in [u.text("nl") for u in r.unmet]


def test_hours_are_never_rounded_up_to_the_requirement() -> None:
    r = rules.readiness(facts(approved_minutes=320 * 60 - 1, pending_minutes=90), REQ)
    assert [u.text("nl") for u in r.unmet] == ["Stage-uren 319,9 van 320 (1,5 wachten op goedkeuring)"]


def test_remaining_sessions_block_readiness_and_forecast_says_whether_reachable() -> None:
    r = rules.readiness(facts(held=Tally(present=6, absent=4), remaining=10), REQ)
    assert r.can_reach_attendance
    assert [u.code for u in r.unmet] == ["unmet_attendance", "unmet_remaining"]
    r = rules.readiness(facts(held=Tally(present=6, absent=4), remaining=3,
                              future_marks=Tally(excused=1)), REQ)
    assert not r.can_reach_attendance


def test_withdrawn_enrolment_names_only_that() -> None:
    r = rules.readiness(facts(status=EnrolmentStatus.WITHDRAWN, approved_minutes=0), REQ)
    assert [u.text("nl") for u in r.unmet] == ["Gestopt met de opleiding"]
    assert [u.text("en") for u in r.unmet] == ["Left the programme"]


def test_no_attendance_at_all() -> None:
    r = rules.readiness(facts(held=Tally()), REQ)
    assert r.unmet[0].text("en") == "No attendance recorded yet (80% needed)"


def test_forecast_in_plain_words() -> None:
    r = rules.readiness(facts(held=Tally(present=6, absent=4), remaining=10), REQ)
    assert r.forecast("nl") == "Kan de aanwezigheidsnorm nog halen door bij de resterende 10 bijeenkomsten te zijn"
    r = rules.readiness(facts(held=Tally(present=6, absent=4), remaining=2), REQ)
    assert r.forecast("en") == "Can no longer reach the attendance threshold, even with the remaining 2 sessions"
    assert rules.readiness(facts(), REQ).forecast("en") == "Attendance threshold met"
    missed = rules.readiness(facts(held=Tally(present=1, absent=1)), REQ)
    assert missed.forecast("nl") == "Aanwezigheidsnorm niet gehaald"
    assert rules.readiness(facts(status=EnrolmentStatus.WITHDRAWN), REQ).forecast() is None
