"""The coordinator's action list: what needs attention today, each item pointing at where it is resolved.

Everything is counted in a few aggregate queries (plus the readiness computation, itself aggregate),
so the list stays quick on a database with hundreds of cohorts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, func, or_, select

from edtrainer.core import clock, i18n
from edtrainer.core.models import (
    AttendanceMark,
    Certificate,
    CertificateKind,
    CertificateStatus,
    Cohort,
    CohortSession,
    CohortStatus,
    Enrolment,
    EnrolmentStatus,
    Evaluation,
    EvaluationKind,
    HourLogEntry,
    Module,
    Organisation,
    Placement,
    PlacementStatus,
    Trainee,
)
from edtrainer.core.services import readiness as readiness_service
from edtrainer.core.services._common import full_name
from edtrainer.core.uow import UnitOfWork

# Kinds, in the order the list shows them.
KINDS = ("unrecorded", "attendance", "agreement", "evaluation", "hours", "ready")
URGENT, ATTENTION, INFO = 2, 1, 0
AT_RISK_MARGIN = 0.05  # within five percentage points above the threshold, with sessions still to come
AGREEMENT_SOON = dt.timedelta(days=14)
RECENT = dt.timedelta(days=183)  # cohorts that ended longer ago than this have nothing left to act on


@dataclass(frozen=True)
class ActionItem:
    kind: str
    severity: int
    cohort_id: int
    cohort: str
    title_key: str
    params: dict[str, object] = field(default_factory=dict)
    session_id: int | None = None
    enrolment_id: int | None = None
    placement_id: int | None = None

    def text(self, lang: str | None = None) -> str:
        lang = lang or i18n.get_language()
        params = dict(self.params)
        for key, value in params.items():
            if isinstance(value, dt.date):
                params[key] = i18n.format_date(value, lang)
            elif key in ("rate", "required") and isinstance(value, float):
                params[key] = i18n.format_percent(value, lang)
            elif key == "hours" and isinstance(value, float):
                params[key] = i18n.format_number(value, lang)
            elif key == "evaluation":
                params[key] = i18n.word(str(value), lang)
        return i18n.text(self.title_key, lang, **params)


def _cohorts_in_view(uow: UnitOfWork, today: dt.date, cohort_ids: list[int] | None) -> dict[int, str]:
    stmt = select(Cohort.id, Cohort.name).where(Cohort.status != CohortStatus.CANCELLED,
                                                Cohort.end_date >= today - RECENT)
    if cohort_ids is not None:
        stmt = stmt.where(Cohort.id.in_(cohort_ids))
    return {cid: name for cid, name in uow.session.execute(stmt)}


ALONE_AT = 3  # one trainee missing alone at this many sessions or more: one line about them, not one per session


def _unrecorded(missing: Sequence[Any], cohorts: dict[int, str], today: dt.date) -> list[ActionItem]:
    """Held sessions with marks missing: a line per session; but a trainee who is the only one missing at
    several sessions (an enrolment date entered too early, say) gets one line that names them and asks
    whether the date is right, instead of a line per session."""
    per_session: dict[int, list[Any]] = {}
    for row in missing:
        per_session.setdefault(row[0], []).append(row)
    alone: dict[int, list[Any]] = {}
    for rows in per_session.values():
        if len(rows) == 1:
            alone.setdefault(rows[0][4], []).append(rows[0])
    grouped = {eid for eid, rows in alone.items() if len(rows) >= ALONE_AT}
    items = []
    for eid in sorted(grouped, key=lambda e: min(r[2] for r in alone[e])):
        rows = sorted(alone[eid], key=lambda r: r[2])
        first = rows[0]
        _sid, cid, _day, _module, _eid, enrolled_on, given, prefix, family = first
        items.append(ActionItem("unrecorded", URGENT if (today - first[2]).days > 7 else ATTENTION, cid,
                                cohorts[cid], "todo_unrecorded_alone",
                                {"trainee": full_name(given, prefix, family), "count": len(rows),
                                 "first": first[2], "last": rows[-1][2], "enrolled": enrolled_on},
                                session_id=first[0], enrolment_id=eid))
    for sid, rows in per_session.items():
        if len(rows) == 1 and rows[0][4] in grouped:
            continue
        _sid, cid, day, module = rows[0][:4]
        items.append(ActionItem("unrecorded", URGENT if (today - day).days > 7 else ATTENTION, cid, cohorts[cid],
                                "todo_unrecorded", {"date": day, "module": module, "count": len(rows)},
                                session_id=sid))
    return items


def action_items(uow: UnitOfWork, *, today: dt.date | None = None,
                 cohort_ids: list[int] | None = None) -> list[ActionItem]:
    """What needs the coordinator's attention, most urgent first within each kind."""
    today = today or clock.today()
    s = uow.session
    cohorts = _cohorts_in_view(uow, today, cohort_ids)
    if not cohorts:
        return []
    ids = list(cohorts)
    items: list[ActionItem] = []

    # 2. attendance below or close to the threshold, and 6. ready for the certificate
    issued = set(s.scalars(select(Certificate.enrolment_id).where(
        Certificate.kind == CertificateKind.PROGRAMME, Certificate.status == CertificateStatus.ISSUED)))
    attendance_items: list[ActionItem] = []
    unmarked: list[int] = []  # enrolments with held sessions that have no mark: the only ones step 1 needs
    for row in readiness_service.readiness_for(uow, cohort_ids=ids, today=today):
        if row.unrecorded:
            unmarked.append(row.enrolment_id)
        r = row.readiness
        if row.status is not EnrolmentStatus.ACTIVE and row.status is not EnrolmentStatus.COMPLETED:
            continue
        if r.ready:
            if row.enrolment_id not in issued:
                attendance_items.append(ActionItem("ready", INFO, row.cohort_id, row.cohort, "todo_ready",
                                        {"trainee": row.trainee}, enrolment_id=row.enrolment_id))
            continue
        if r.attendance_rate is None:
            continue
        required = r.required_rate
        if r.attendance_rate + 1e-9 < required:
            key = "todo_attendance_lost" if not r.can_reach_attendance else "todo_attendance_below"
            severity = URGENT if not r.can_reach_attendance else ATTENTION
        elif r.remaining_sessions and r.attendance_rate < required + AT_RISK_MARGIN:
            key, severity = "todo_attendance_close", ATTENTION
        else:
            continue
        attendance_items.append(ActionItem("attendance", severity, row.cohort_id, row.cohort, key,
                                {"trainee": row.trainee, "rate": r.attendance_rate, "required": required,
                                 "count": r.remaining_sessions}, enrolment_id=row.enrolment_id))

    # 1. held sessions with trainees expected but not marked. The tallies above found who has such sessions;
    # only their sessions are looked up (on a large database this was a join of every session with every
    # enrolment of its cohort, 1.6 s, for the few that lack a mark).
    if unmarked:
        expected = and_(Enrolment.cohort_id == CohortSession.cohort_id, Enrolment.enrolled_on <= CohortSession.date,
                        or_(Enrolment.ended_on.is_(None), Enrolment.ended_on >= CohortSession.date),
                        or_(Enrolment.paused_on.is_(None), Enrolment.paused_on > CohortSession.date))
        missing = s.execute(
            select(CohortSession.id, CohortSession.cohort_id, CohortSession.date, Module.title, Enrolment.id,
                   Enrolment.enrolled_on, Trainee.given_names, Trainee.name_prefix, Trainee.family_name)
            .join(Module, Module.id == CohortSession.module_id)
            .join(Enrolment, expected)
            .join(Trainee, Trainee.id == Enrolment.trainee_id)
            .outerjoin(AttendanceMark, and_(AttendanceMark.session_id == CohortSession.id,
                                            AttendanceMark.enrolment_id == Enrolment.id))
            .where(CohortSession.cohort_id.in_(ids), Enrolment.id.in_(unmarked), CohortSession.cancelled.is_(False),
                   CohortSession.date <= today, AttendanceMark.id.is_(None))
            .order_by(CohortSession.date.desc(), CohortSession.id)).all()
        items += _unrecorded(missing, cohorts, today)
    items += attendance_items

    # 3. placements without a signed agreement, 4. evaluations due
    placements = s.execute(
        select(Placement.id, Placement.status, Placement.planned_start, Placement.planned_end, Placement.ended_on,
               Placement.agreement_signed_on, Enrolment.id, Enrolment.cohort_id, Trainee.given_names,
               Trainee.name_prefix, Trainee.family_name, Organisation.name)
        .join(Enrolment, Enrolment.id == Placement.enrolment_id)
        .join(Trainee, Trainee.id == Enrolment.trainee_id)
        .join(Organisation, Organisation.id == Placement.organisation_id)
        .where(Enrolment.cohort_id.in_(ids), Placement.status != PlacementStatus.ENDED_EARLY)).all()
    evaluations = {(pid, kind) for pid, kind in s.execute(
        select(Evaluation.placement_id, Evaluation.kind).join(Placement, Placement.id == Evaluation.placement_id)
        .join(Enrolment, Enrolment.id == Placement.enrolment_id).where(Enrolment.cohort_id.in_(ids)))}
    for pid, status, start, end, ended, signed, eid, cid, given, prefix, family, org in placements:
        who = full_name(given, prefix, family)
        if status is PlacementStatus.PLANNED and signed is None:
            soon = start - today <= AGREEMENT_SOON
            items.append(ActionItem("agreement", URGENT if soon else ATTENTION, cid, cohorts[cid], "todo_agreement",
                                    {"trainee": who, "organisation": org, "date": start},
                                    enrolment_id=eid, placement_id=pid))
        if status is PlacementStatus.PLANNED:
            continue
        midterm = start + (end - start) / 2
        finish = ended or end
        if midterm <= today and (pid, EvaluationKind.MIDTERM) not in evaluations and finish > today:
            items.append(ActionItem("evaluation", URGENT if (today - midterm).days > 14 else ATTENTION, cid,
                                    cohorts[cid], "todo_evaluation",
                                    {"trainee": who, "organisation": org, "evaluation": "midterm", "date": midterm},
                                    enrolment_id=eid, placement_id=pid))
        if finish <= today and (pid, EvaluationKind.FINAL) not in evaluations:
            items.append(ActionItem("evaluation", URGENT, cid, cohorts[cid], "todo_evaluation",
                                    {"trainee": who, "organisation": org, "evaluation": "final", "date": finish},
                                    enrolment_id=eid, placement_id=pid))

    # 5. hour logs awaiting the supervisor's approval
    pending = s.execute(
        select(Placement.id, Enrolment.id, Enrolment.cohort_id, Trainee.given_names, Trainee.name_prefix,
               Trainee.family_name, func.count(), func.sum(HourLogEntry.minutes), func.min(HourLogEntry.date))
        .join(Placement, Placement.id == HourLogEntry.placement_id)
        .join(Enrolment, Enrolment.id == Placement.enrolment_id)
        .join(Trainee, Trainee.id == Enrolment.trainee_id)
        .where(Enrolment.cohort_id.in_(ids), HourLogEntry.approved_at.is_(None))
        .group_by(Placement.id, Enrolment.id, Enrolment.cohort_id, Trainee.given_names, Trainee.name_prefix,
                  Trainee.family_name))
    for pid, eid, cid, given, prefix, family, count, minutes, oldest in pending:
        items.append(ActionItem("hours", ATTENTION if (today - oldest).days <= 30 else URGENT, cid, cohorts[cid],
                                "todo_hours", {"trainee": full_name(given, prefix, family), "count": count,
                                               "hours": float(minutes or 0) / 60, "date": oldest},
                                enrolment_id=eid, placement_id=pid))

    order = {k: i for i, k in enumerate(KINDS)}
    items.sort(key=lambda it: (order[it.kind], -it.severity, it.cohort, readiness_service.sort_key(
        str(it.params.get("trainee", ""))), str(it.params.get("date", ""))))
    return items

