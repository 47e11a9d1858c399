"""Certification readiness for whole cohorts, computed from a handful of aggregate queries.

The facts are counted in SQL (attendance per enrolment, module, past/future and status; approved and
pending hours; final evaluations; module results) so that thousands of enrolments take a few queries,
not one per trainee; the decision itself is the pure ``rules.readiness``.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import String, and_, case, func, or_, select, type_coerce

from edtrainer.core import clock, rules
from edtrainer.core.models import (
    AttendanceMark,
    Cohort,
    CohortSession,
    Enrolment,
    EnrolmentStatus,
    Evaluation,
    EvaluationKind,
    HourLogEntry,
    Module,
    ModuleResult,
    Placement,
    Programme,
    ResultStatus,
    Trainee,
)
from edtrainer.core.services import _common as v
from edtrainer.core.text import fold
from edtrainer.core.uow import UnitOfWork


@dataclass(frozen=True)
class ReadinessRow:
    enrolment_id: int
    trainee_id: int
    cohort_id: int
    trainee: str
    sort_name: str
    cohort: str
    status: EnrolmentStatus
    readiness: rules.Readiness
    unrecorded: int = 0  # held sessions in the enrolment's period without a mark

    def as_dict(self, lang: str | None = None) -> dict[str, Any]:
        r = self.readiness
        return {
            "trainee": self.trainee,
            "trainee_id": self.trainee_id,
            "enrolment_id": self.enrolment_id,
            "cohort": self.cohort,
            "cohort_id": self.cohort_id,
            "enrolment_status": self.status.value,
            "ready": r.ready,
            "attendance_rate": None if r.attendance_rate is None else round(r.attendance_rate, 4),
            "required_attendance_rate": r.required_rate,
            "can_still_reach_attendance": r.can_reach_attendance,
            "remaining_sessions": r.remaining_sessions,
            "forecast": r.forecast(lang),
            "approved_placement_hours": round(r.approved_hours, 2),
            "required_placement_hours": r.required_hours,
            "unmet": [{"code": u.code, "text": u.text(lang)} for u in r.unmet],
            "summary": r.summary(lang),
        }


_EMPTY = rules.Tally()


def _tally(counts: dict[str, int]) -> rules.Tally:
    if not counts:
        return _EMPTY
    get = counts.get
    return rules.Tally(get("present", 0), get("late", 0), get("excused", 0), get("absent", 0))


def readiness_for(uow: UnitOfWork, *, cohort_ids: list[int] | None = None, enrolment_ids: list[int] | None = None,
                  today: dt.date | None = None) -> list[ReadinessRow]:
    """Readiness of every enrolment in the given cohorts (all cohorts when both filters are None)."""
    s = uow.session
    today = today or clock.today()

    def scope(stmt: Any) -> Any:
        if cohort_ids is not None:
            stmt = stmt.where(Enrolment.cohort_id.in_(cohort_ids))
        if enrolment_ids is not None:
            stmt = stmt.where(Enrolment.id.in_(enrolment_ids))
        return stmt

    enrolments = s.execute(scope(
        select(Enrolment.id, Enrolment.status, Enrolment.cohort_id, Trainee.id, Trainee.given_names,
               Trainee.name_prefix, Trainee.family_name, Cohort.name, Cohort.programme_id)
        .join(Trainee, Trainee.id == Enrolment.trainee_id).join(Cohort, Cohort.id == Enrolment.cohort_id)
    )).all()
    if not enrolments:
        return []
    programme_ids = {row[8] for row in enrolments}
    programmes = {p.id: p for p in s.scalars(select(Programme).where(Programme.id.in_(programme_ids)))}
    modules_by_programme: dict[int, list[Module]] = defaultdict(list)
    for mod in s.scalars(select(Module).where(Module.programme_id.in_(programme_ids))
                         .order_by(Module.position, Module.code)):
        modules_by_programme[mod.programme_id].append(mod)

    # attendance: (enrolment, module, future?, status or None) -> count
    future = case((CohortSession.date > today, 1), else_=0).label("future")
    # The status as plain text (type_coerce): converting a million values to enum members would
    # cost more than the query itself.
    att_stmt = scope(
        select(Enrolment.id, CohortSession.module_id, future, type_coerce(AttendanceMark.status, String),
               func.count())
        .select_from(Enrolment)
        .join(CohortSession, and_(CohortSession.cohort_id == Enrolment.cohort_id,
                                  CohortSession.cancelled.is_(False),
                                  CohortSession.date >= Enrolment.enrolled_on,
                                  or_(Enrolment.ended_on.is_(None), CohortSession.date <= Enrolment.ended_on),
                                  or_(Enrolment.paused_on.is_(None), CohortSession.date < Enrolment.paused_on)))
        .outerjoin(AttendanceMark, and_(AttendanceMark.session_id == CohortSession.id,
                                        AttendanceMark.enrolment_id == Enrolment.id))
        .group_by(Enrolment.id, CohortSession.module_id, future, AttendanceMark.status))
    held: dict[int, dict[int, dict[str, int]]] = defaultdict(lambda: defaultdict(dict))
    ahead: dict[int, dict[str, int]] = defaultdict(dict)
    unrecorded: dict[int, int] = defaultdict(int)
    remaining: dict[int, int] = defaultdict(int)
    for eid, module_id, is_future, key, count in s.connection().execute(att_stmt):
        if is_future:
            if key is None:
                remaining[eid] += count
            else:
                ahead[eid][key] = ahead[eid].get(key, 0) + count
        elif key is None:
            unrecorded[eid] += count
        else:
            held[eid][module_id][key] = count

    results = {(eid, mid): st for eid, mid, st in s.execute(scope(
        select(ModuleResult.enrolment_id, ModuleResult.module_id, ModuleResult.status)
        .join(Enrolment, Enrolment.id == ModuleResult.enrolment_id)))}

    approved = HourLogEntry.approved_at.is_not(None)
    hours = {eid: (int(ok or 0), int(pending or 0)) for eid, ok, pending in s.execute(scope(
        select(Placement.enrolment_id,
               func.sum(case((approved, HourLogEntry.minutes), else_=0)),
               func.sum(case((approved, 0), else_=HourLogEntry.minutes)))
        .join(Placement, Placement.id == HourLogEntry.placement_id)
        .join(Enrolment, Enrolment.id == Placement.enrolment_id)
        .group_by(Placement.enrolment_id)))}
    with_final = set(s.scalars(scope(
        select(Placement.enrolment_id).join(Evaluation, Evaluation.placement_id == Placement.id)
        .join(Enrolment, Enrolment.id == Placement.enrolment_id)
        .where(Evaluation.kind == EvaluationKind.FINAL).distinct())))

    rows = []
    for eid, status, cohort_id, tid, given, prefix, family, cohort_name, programme_id in enrolments:
        programme = programmes[programme_id]
        req = rules.Requirements(min_attendance_pct=programme.min_attendance_pct,
                                 excused_policy=programme.excused_policy,
                                 required_placement_hours=programme.required_placement_hours,
                                 requires_final_evaluation=programme.requires_final_evaluation)
        per_module = held.get(eid, {})
        module_facts = tuple(
            rules.ModuleFacts(module_id=mod.id, title=mod.title, required=mod.required,
                              min_attendance_pct=mod.min_attendance_pct, held=_tally(per_module.get(mod.id, {})),
                              result=results.get((eid, mod.id), ResultStatus.PENDING))
            for mod in modules_by_programme[programme_id])
        total = rules.Tally()
        for counts in per_module.values():
            total = total + _tally(counts)
        ok_minutes, pending_minutes = hours.get(eid, (0, 0))
        facts = rules.EnrolmentFacts(
            enrolment_id=eid, status=status, held=total, future_marks=_tally(ahead.get(eid, {})),
            remaining=remaining.get(eid, 0), unrecorded=unrecorded.get(eid, 0), modules=module_facts,
            approved_minutes=ok_minutes, pending_minutes=pending_minutes, has_final_evaluation=eid in with_final)
        rows.append(ReadinessRow(enrolment_id=eid, trainee_id=tid, cohort_id=cohort_id,
                                 trainee=v.full_name(given, prefix, family),
                                 sort_name=v.sort_name(given, prefix, family),
                                 cohort=cohort_name, status=status, readiness=rules.readiness(facts, req),
                                 unrecorded=facts.unrecorded))
    rows.sort(key=lambda r: (r.cohort, sort_key(r.sort_name)))
    return rows


def sort_key(name: str) -> str:
    """Sort names the way people expect: accents and case do not change the order (Ö with O)."""
    return fold(name)


def readiness_for_cohort(uow: UnitOfWork, *, cohort_id: int, today: dt.date | None = None) -> list[ReadinessRow]:
    v.get(uow.session, Cohort, cohort_id, "cohort")
    return readiness_for(uow, cohort_ids=[cohort_id], today=today)


def readiness_for_enrolment(uow: UnitOfWork, *, enrolment_id: int, today: dt.date | None = None) -> ReadinessRow:
    v.get(uow.session, Enrolment, enrolment_id, "enrolment")
    return readiness_for(uow, enrolment_ids=[enrolment_id], today=today)[0]

