"""Properties of the attendance rules over every combination, not only the examples."""

from hypothesis import given
from hypothesis import strategies as st

from edtrainer.core import rules
from edtrainer.core.models import ExcusedPolicy
from edtrainer.core.rules import Tally

counts = st.integers(min_value=0, max_value=300)
tallies = st.builds(Tally, counts, counts, counts, counts)
policies = st.sampled_from(list(ExcusedPolicy))
thresholds = st.integers(min_value=0, max_value=100)


@given(tallies, policies)
def test_rate_is_a_fraction_or_none(tally: Tally, policy: ExcusedPolicy) -> None:
    rate = rules.attendance_rate(tally, policy)
    assert rate is None or 0.0 <= rate <= 1.0
    attended, counted = rules.attended_and_counted(tally, policy)
    assert (rate is None) == (counted == 0) and attended <= counted


@given(tallies, policies)
def test_excused_counting_as_present_never_lowers_the_rate(tally: Tally, policy: ExcusedPolicy) -> None:
    present = rules.attendance_rate(tally, ExcusedPolicy.PRESENT)
    absent = rules.attendance_rate(tally, ExcusedPolicy.ABSENT)
    if present is not None and absent is not None:
        assert present >= absent


@given(tallies, st.integers(min_value=0, max_value=100), policies, thresholds)
def test_forecast_agrees_with_sessions_needed_and_more_sessions_never_hurt(
        tally: Tally, remaining: int, policy: ExcusedPolicy, pct: int) -> None:
    reachable = rules.can_still_reach(tally, remaining, policy, pct)
    needed = rules.sessions_needed(tally, remaining, policy, pct)
    assert reachable == (needed is not None)
    if needed is not None:
        assert 0 <= needed <= remaining
    if reachable:  # one more session to attend can only help
        assert rules.can_still_reach(tally, remaining + 1, policy, pct)


@given(tallies, policies, thresholds)
def test_met_now_means_reachable_with_nothing_left(tally: Tally, policy: ExcusedPolicy, pct: int) -> None:
    rate = rules.attendance_rate(tally, policy)
    if rate is not None:
        assert rules.meets(rate, pct) == rules.can_still_reach(tally, 0, policy, pct)
