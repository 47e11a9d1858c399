"""The rules that decide attendance and certification: pure functions over plain values.

No database here. Services gather the facts (counts per status, results, approved hours) and these
functions decide, so the rules are easy to test and the same for the GUI, the CLI and reports.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from edtrainer.core import i18n
from edtrainer.core.models import AttendanceStatus, EnrolmentStatus, ExcusedPolicy, ResultStatus

_STATUS_VALUES = frozenset(s.value for s in AttendanceStatus)


@dataclass(frozen=True)
class Tally:
    """How often each attendance status was recorded."""

    present: int = 0
    late: int = 0
    excused: int = 0
    absent: int = 0

    @classmethod
    def of(cls, statuses: Iterable[AttendanceStatus | str]) -> Tally:
        # Counted as plain text (an AttendanceStatus is a str): a register tallies thousands of marks.
        counts = Counter(statuses)
        unknown = set(counts) - _STATUS_VALUES
        if unknown:
            raise ValueError(f"unknown attendance status {sorted(unknown)}")
        return cls(counts["present"], counts["late"], counts["excused"], counts["absent"])

    def __add__(self, other: Tally) -> Tally:
        return Tally(self.present + other.present, self.late + other.late,
                     self.excused + other.excused, self.absent + other.absent)

    @property
    def total(self) -> int:
        return self.present + self.late + self.excused + self.absent


def attended_and_counted(tally: Tally, policy: ExcusedPolicy) -> tuple[int, int]:
    """Sessions attended and sessions that count, under the programme's handling of excused absences.

    Arriving late counts as attended; the minutes are kept separately for hours.
    """
    attended = tally.present + tally.late
    counted = tally.present + tally.late + tally.absent
    if policy is ExcusedPolicy.PRESENT:
        attended += tally.excused
        counted += tally.excused
    elif policy is ExcusedPolicy.ABSENT:
        counted += tally.excused
    return attended, counted


def attendance_rate(tally: Tally, policy: ExcusedPolicy) -> float | None:
    """The rate 0..1, or None when no session counts yet."""
    attended, counted = attended_and_counted(tally, policy)
    return attended / counted if counted else None


def meets(rate: float | None, required_pct: int) -> bool:
    # Compared in whole-percent steps with a tiny tolerance, so 4 of 5 meets 80 % despite float error.
    if required_pct <= 0:
        return True
    return rate is not None and rate * 100 + 1e-9 >= required_pct


def can_still_reach(tally: Tally, remaining: int, policy: ExcusedPolicy, required_pct: int) -> bool:
    """Whether the threshold is still reachable if the trainee attends every remaining session."""
    attended, counted = attended_and_counted(tally, policy)
    best = (attended + remaining) / (counted + remaining) if counted + remaining else None
    return best is None or meets(best, required_pct)


def sessions_needed(tally: Tally, remaining: int, policy: ExcusedPolicy, required_pct: int) -> int | None:
    """How many of the remaining sessions must be attended to reach the threshold (None: impossible)."""
    attended, counted = attended_and_counted(tally, policy)
    for n in range(remaining + 1):
        # attending n and missing the rest
        total = counted + remaining
        if total == 0 or meets((attended + n) / total, required_pct):
            return n
    return None


# --- certification readiness --------------------------------------------------------------------------

@dataclass(frozen=True)
class ModuleFacts:
    module_id: int
    title: str
    required: bool
    min_attendance_pct: int | None
    held: Tally = Tally()
    result: ResultStatus = ResultStatus.PENDING


@dataclass(frozen=True)
class EnrolmentFacts:
    """Everything readiness depends on, gathered by the service."""

    enrolment_id: int
    status: EnrolmentStatus
    held: Tally                     # marks of sessions already held
    future_marks: Tally             # marks given in advance (apologies) for sessions still to come
    remaining: int                  # sessions still to come without a mark
    unrecorded: int                 # held sessions without a mark
    modules: tuple[ModuleFacts, ...]
    approved_minutes: int
    pending_minutes: int
    has_final_evaluation: bool


@dataclass(frozen=True)
class Requirements:
    min_attendance_pct: int
    excused_policy: ExcusedPolicy
    required_placement_hours: int
    requires_final_evaluation: bool


@dataclass(frozen=True)
class Unmet:
    """One unmet requirement: a message key with its parameters, rendered in the user's language."""

    code: str
    params: Mapping[str, object] = field(default_factory=dict)

    def text(self, lang: str | None = None) -> str:
        lang = lang or i18n.get_language()
        params = {}
        for key, value in self.params.items():
            if key in ("rate", "required") and isinstance(value, float):
                value = i18n.format_percent(value, lang)
            elif key in ("hours", "pending") and isinstance(value, float):
                value = i18n.format_number(value, lang)
            elif key == "status":
                value = i18n.word(str(value), lang)
            params[key] = value
        if self.code == "unmet_status" and i18n.has(f"unmet_status_{self.params.get('status')}"):
            return i18n.text(f"unmet_status_{self.params['status']}", lang)  # "Gestopt met de opleiding"
        return i18n.text(self.code, lang, **params)


@dataclass(frozen=True)
class Readiness:
    enrolment_id: int
    unmet: tuple[Unmet, ...]
    attendance_rate: float | None
    required_rate: float
    can_reach_attendance: bool
    approved_hours: float
    required_hours: int
    remaining_sessions: int = 0
    withdrawn: bool = False

    @property
    def ready(self) -> bool:
        return not self.unmet

    @property
    def forecast_code(self) -> str | None:
        """The attendance outlook: met, missed, still reachable, out of reach (None once withdrawn)."""
        if self.withdrawn:
            return None
        if not self.remaining_sessions:
            met = self.attendance_rate is not None and meets(self.attendance_rate, round(self.required_rate * 100))
            return "forecast_met" if met else "forecast_missed"
        return "forecast_yes" if self.can_reach_attendance else "forecast_no"

    def forecast(self, lang: str | None = None) -> str | None:
        code = self.forecast_code
        return None if code is None else i18n.text(code, lang, count=self.remaining_sessions)

    def summary(self, lang: str | None = None) -> str:
        if self.ready:
            return i18n.text("ready", lang)
        return "; ".join(u.text(lang) for u in self.unmet)


def readiness(facts: EnrolmentFacts, req: Requirements) -> Readiness:
    """Whether an enrolment meets every requirement for the programme certificate, and if not, which not."""
    unmet: list[Unmet] = []
    rate = attendance_rate(facts.held, req.excused_policy)
    required = req.min_attendance_pct / 100
    approved_hours = facts.approved_minutes / 60
    can_reach = can_still_reach(facts.held + facts.future_marks, facts.remaining, req.excused_policy,
                                req.min_attendance_pct)
    if facts.status not in (EnrolmentStatus.ACTIVE, EnrolmentStatus.COMPLETED):
        unmet.append(Unmet("unmet_status", {"status": facts.status.value}))
        if facts.status is EnrolmentStatus.WITHDRAWN:
            # Whoever left the programme gets a participation statement; listing every missing module
            # would only bury the one reason that matters.
            return Readiness(enrolment_id=facts.enrolment_id, unmet=tuple(unmet), attendance_rate=rate,
                             required_rate=required, can_reach_attendance=False,
                             approved_hours=approved_hours, required_hours=req.required_placement_hours,
                             withdrawn=True)
    if not meets(rate, req.min_attendance_pct):
        if rate is None:
            unmet.append(Unmet("unmet_attendance_none", {"required": required}))
        else:
            unmet.append(Unmet("unmet_attendance", {"rate": rate, "required": required}))
    for mod in facts.modules:
        if mod.min_attendance_pct is None or mod.held.total == 0:
            continue
        mod_rate = attendance_rate(mod.held, req.excused_policy)
        if mod_rate is not None and not meets(mod_rate, mod.min_attendance_pct):
            unmet.append(Unmet("unmet_module_attendance", {"module": mod.title, "rate": mod_rate,
                                                           "required": mod.min_attendance_pct / 100}))
    if facts.unrecorded:
        unmet.append(Unmet("unmet_unrecorded", {"count": facts.unrecorded}))
    still_to_come = facts.remaining + facts.future_marks.total
    if still_to_come:
        unmet.append(Unmet("unmet_remaining", {"count": still_to_come}))

    for mod in facts.modules:
        if not mod.required or mod.result is ResultStatus.PASSED:
            continue
        code = "unmet_module_result" if mod.result is ResultStatus.NOT_PASSED else "unmet_module_pending"
        unmet.append(Unmet(code, {"module": mod.title}))

    if req.required_placement_hours and facts.approved_minutes < req.required_placement_hours * 60:
        hours = math.floor(approved_hours * 10) / 10  # never round up towards the requirement
        if facts.pending_minutes:
            unmet.append(Unmet("unmet_hours_pending", {"hours": float(hours), "required": req.required_placement_hours,
                                                       "pending": facts.pending_minutes / 60}))
        else:
            unmet.append(Unmet("unmet_hours", {"hours": float(hours), "required": req.required_placement_hours}))
    if req.requires_final_evaluation and not facts.has_final_evaluation:
        unmet.append(Unmet("unmet_final_evaluation"))

    return Readiness(enrolment_id=facts.enrolment_id, unmet=tuple(unmet), attendance_rate=rate,
                     required_rate=required, can_reach_attendance=can_reach,
                     approved_hours=approved_hours, required_hours=req.required_placement_hours,
                     remaining_sessions=facts.remaining + facts.future_marks.total)
