"""Tandem placements: a trainee beside a professional at an organisation, with hours and evaluations.

Status follows the placement systems coordinators know: planned -> active (only with a signed
agreement) -> completed, or ended early with a reason.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import String, case, func, select, type_coerce
from sqlalchemy.orm import aliased, selectinload

from edtrainer.core import clock
from edtrainer.core.errors import ValidationError
from edtrainer.core.models import (
    Cohort,
    ContactPerson,
    Enrolment,
    Evaluation,
    EvaluationKind,
    EvaluationRating,
    HourLogEntry,
    Organisation,
    Placement,
    PlacementKind,
    PlacementStatus,
    Trainee,
    utcnow,
)
from edtrainer.core.services import _common as v
from edtrainer.core.uow import UnitOfWork

OPEN = (PlacementStatus.PLANNED, PlacementStatus.ACTIVE)


def _contact_at(uow: UnitOfWork, contact_id: int | None, org: Organisation) -> int | None:
    if contact_id is None:
        return None
    contact = v.get(uow.session, ContactPerson, contact_id, "contact")
    if contact.organisation_id != org.id:
        raise ValidationError("contact_other_org", field="contact", person=contact.full_name, organisation=org.name)
    return contact.id


def _values(values: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if "kind" in values:
        out["kind"] = v.choice(values["kind"], PlacementKind, "kind")
    if "planned_start" in values:
        out["planned_start"] = v.date(values["planned_start"], "start_date")
    if "planned_end" in values:
        out["planned_end"] = v.date(values["planned_end"], "end_date")
    if "hours_per_week" in values:
        out["hours_per_week"] = v.number(values["hours_per_week"], "hours_per_week", low=0, high=60,
                                         low_inclusive=False)
    if "agreement_signed_on" in values:
        out["agreement_signed_on"] = v.date(values["agreement_signed_on"], "signed_on", required=False)
    return out


def create_placement(uow: UnitOfWork, *, enrolment_id: int, organisation_id: int, planned_start: dt.date | str,
                     planned_end: dt.date | str, tandem_professional_id: int | None = None,
                     supervisor_id: int | None = None, **values: Any) -> Placement:
    s = uow.session
    enrolment = v.get(s, Enrolment, enrolment_id, "enrolment")
    org = v.get(s, Organisation, organisation_id, "organisation")
    data = _values({"planned_start": planned_start, "planned_end": planned_end, **values})
    v.period(data["planned_start"], data["planned_end"])
    placement = Placement(enrolment=enrolment, organisation=org,
                          tandem_professional_id=_contact_at(uow, tandem_professional_id, org),
                          supervisor_id=_contact_at(uow, supervisor_id, org), **data)
    s.add(placement)
    s.flush()
    return placement


def update_placement(uow: UnitOfWork, *, placement_id: int, expected_version: int | None = None,
                     **values: Any) -> Placement:
    placement = v.get(uow.session, Placement, placement_id, "placement")
    contacts = {k: values.pop(k) for k in ("tandem_professional_id", "supervisor_id") if k in values}
    data = _values(values)
    v.check_version(placement, expected_version, "placement", tuple(data) + tuple(contacts))
    v.period(data.get("planned_start", placement.planned_start), data.get("planned_end", placement.planned_end))
    for key, contact_id in contacts.items():
        data[key] = _contact_at(uow, contact_id, placement.organisation)
    v.apply(placement, data)
    uow.session.flush()
    return placement


def sign_agreement(uow: UnitOfWork, *, placement_id: int, signed_on: dt.date | str | None = None,
                   today: dt.date | None = None) -> Placement:
    placement = v.get(uow.session, Placement, placement_id, "placement")
    today = today or clock.today()
    when = v.date(signed_on, "signed_on", required=False) or today
    if when > today:
        raise ValidationError("date_in_future", field="signed_on", value=when)
    placement.agreement_signed_on = when
    uow.session.flush()
    return placement


def _change_status(placement: Placement, allowed: tuple[PlacementStatus, ...], action: str) -> None:
    if placement.status not in allowed:
        raise ValidationError("placement_status_change", field="status", status=f"@{placement.status.value}",
                              action=f"@act_{action}")


def start_placement(uow: UnitOfWork, *, placement_id: int) -> Placement:
    """Planned -> active; a signed agreement is required before the start, as in every placement system."""
    placement = v.get(uow.session, Placement, placement_id, "placement")
    _change_status(placement, (PlacementStatus.PLANNED,), "start")
    if placement.agreement_signed_on is None:
        raise ValidationError("agreement_required", field="signed_on")
    placement.status = PlacementStatus.ACTIVE
    uow.session.flush()
    return placement


def complete_placement(uow: UnitOfWork, *, placement_id: int, on: dt.date | str | None = None) -> Placement:
    placement = v.get(uow.session, Placement, placement_id, "placement")
    _change_status(placement, (PlacementStatus.ACTIVE,), "complete")
    when = v.date(on, "end_date", required=False) or clock.today()
    v.period(placement.planned_start, when)
    placement.status = PlacementStatus.COMPLETED
    placement.ended_on = when
    uow.session.flush()
    return placement


def end_placement_early(uow: UnitOfWork, *, placement_id: int, reason: str,
                        on: dt.date | str | None = None) -> Placement:
    placement = v.get(uow.session, Placement, placement_id, "placement")
    _change_status(placement, OPEN, "end_early")
    reason_text = v.text(reason, "reason", max_len=200, required=True)
    when = v.date(on, "end_date", required=False) or clock.today()
    v.period(placement.planned_start, max(when, placement.planned_start))
    placement.status = PlacementStatus.ENDED_EARLY
    placement.ended_on = when
    placement.end_reason = reason_text
    uow.session.flush()
    return placement


def list_placements(uow: UnitOfWork, *, cohort_id: int | None = None, enrolment_id: int | None = None,
                    status: PlacementStatus | str | None = None) -> list[Placement]:
    stmt = (select(Placement).join(Enrolment)
            .options(selectinload(Placement.organisation), selectinload(Placement.enrolment).selectinload(
                Enrolment.trainee), selectinload(Placement.tandem_professional), selectinload(Placement.supervisor))
            .order_by(Placement.planned_start))
    if cohort_id is not None:
        stmt = stmt.where(Enrolment.cohort_id == cohort_id)
    if enrolment_id is not None:
        stmt = stmt.where(Placement.enrolment_id == enrolment_id)
    if status is not None:
        stmt = stmt.where(Placement.status == v.choice(status, PlacementStatus, "status"))
    return list(uow.session.scalars(stmt))


# --- hour log --------------------------------------------------------------------------------------------

def log_hours(uow: UnitOfWork, *, placement_id: int, date: dt.date | str, hours: float | str,
              activity: str | None = None, today: dt.date | None = None) -> HourLogEntry:
    placement = v.get(uow.session, Placement, placement_id, "placement")
    if placement.status not in OPEN:
        raise ValidationError("placement_closed", field="date", status=f"@{placement.status.value}")
    if placement.agreement_signed_on is None:  # no agreement, no placement yet: hours would count for nothing
        raise ValidationError("hours_need_agreement", field="date")
    day = v.date(date, "date")
    if day > (today or clock.today()):
        raise ValidationError("date_in_future", field="date", value=day)
    end = placement.ended_on or placement.planned_end
    if not placement.planned_start <= day <= end:
        raise ValidationError("hours_outside_placement", field="date", date=day,
                              start=placement.planned_start, end=end)
    amount = v.number(hours, "hours", low=0, high=24, low_inclusive=False)
    minutes = round(amount * 60)
    entry = HourLogEntry(placement=placement, date=day, minutes=minutes,
                         activity=v.text(activity, "activity", max_len=200))
    uow.session.add(entry)
    uow.session.flush()
    return entry


def approve_hours(uow: UnitOfWork, *, entry_ids: list[int], approved_by_id: int) -> int:
    """Approve hour log entries as the placement supervisor; all or none. Returns how many."""
    approver = v.get(uow.session, ContactPerson, approved_by_id, "contact")
    now = utcnow()
    entries = [v.get(uow.session, HourLogEntry, i, "hour_entry") for i in entry_ids]
    for entry in entries:
        if entry.approved_at is not None:
            raise ValidationError("already_approved", field="hours", date=entry.approved_at.date())
        if approver.organisation_id != entry.placement.organisation_id:
            raise ValidationError("contact_other_org", field="contact", person=approver.full_name,
                                  organisation=entry.placement.organisation.name)
    for entry in entries:  # only once every entry passed
        entry.approved_by_id = approver.id
        entry.approved_at = now
    uow.session.flush()
    return len(entries)


def delete_hour_entry(uow: UnitOfWork, *, entry_id: int) -> None:
    """Remove an hour log entry entered by mistake; approved hours stay (the supervisor signed them)."""
    entry = v.get(uow.session, HourLogEntry, entry_id, "hour_entry")
    if entry.approved_at is not None:
        raise ValidationError("already_approved", field="hours", date=entry.approved_at.date())
    uow.session.delete(entry)
    uow.session.flush()


def hour_entries(uow: UnitOfWork, *, placement_id: int, pending_only: bool = False) -> list[HourLogEntry]:
    stmt = (select(HourLogEntry).where(HourLogEntry.placement_id == placement_id)
            .options(selectinload(HourLogEntry.approved_by)).order_by(HourLogEntry.date))
    if pending_only:
        stmt = stmt.where(HourLogEntry.approved_at.is_(None))
    return list(uow.session.scalars(stmt))


# --- evaluations -----------------------------------------------------------------------------------------

DEFAULT_CRITERIA = (
    "Inzet van eigen ervaring", "Samenwerking met de vakprofessional", "Contact met cliënten",
    "Reflectie en zelfzorg", "Afspraken nakomen",
)


def record_evaluation(uow: UnitOfWork, *, placement_id: int, kind: EvaluationKind | str, date: dt.date | str,
                      ratings: dict[str, int], evaluator_id: int | None = None,
                      remarks: str | None = None, today: dt.date | None = None) -> Evaluation:
    """A midterm or final evaluation with a score of 1-5 per criterion."""
    placement = v.get(uow.session, Placement, placement_id, "placement")
    ev_kind = v.choice(kind, EvaluationKind, "kind")
    day = v.date(date, "date")
    if day > (today or clock.today()):
        raise ValidationError("date_in_future", field="date", value=day)
    if not ratings:
        raise ValidationError("no_ratings", field="score")
    clean: list[EvaluationRating] = []
    for pos, (criterion, score) in enumerate(ratings.items()):
        name = v.text(criterion, "criterion", max_len=120, required=True)
        clean.append(EvaluationRating(position=pos, criterion=name, score=v.integer(score, "score", low=1, high=5)))
    if any(e.kind is ev_kind for e in placement.evaluations):
        raise ValidationError("evaluation_exists", field="kind", kind=f"@{ev_kind.value}")
    evaluator = _contact_at(uow, evaluator_id, placement.organisation)
    evaluation = Evaluation(placement=placement, kind=ev_kind, date=day, evaluator_id=evaluator,
                            remarks=v.text(remarks, "remark", max_len=1000), ratings=clean)
    uow.session.add(evaluation)
    uow.session.flush()
    return evaluation


# --- lists for screens ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class PlacementRow:
    id: int
    version: int
    enrolment_id: int
    cohort_id: int
    cohort: str
    trainee: str
    sort_name: str
    organisation_id: int
    organisation: str
    tandem_professional_id: int | None
    tandem_professional: str | None
    supervisor_id: int | None
    supervisor: str | None
    kind: str
    status: str
    planned_start: dt.date
    planned_end: dt.date
    ended_on: dt.date | None
    hours_per_week: float
    agreement_signed_on: dt.date | None
    end_reason: str | None
    approved_minutes: int
    pending_minutes: int
    evaluations: tuple[str, ...]


def placement_rows(uow: UnitOfWork, *, cohort_id: int | None = None) -> list[PlacementRow]:
    """Every placement (of one cohort) with names and hour totals, in three queries."""
    s = uow.session
    tandem = aliased(ContactPerson)
    supervisor = aliased(ContactPerson)
    stmt = (select(Placement, Enrolment.cohort_id, Cohort.name, Trainee.given_names, Trainee.name_prefix,
                   Trainee.family_name, Organisation.name, tandem.full_name, supervisor.full_name)
            .join(Enrolment, Enrolment.id == Placement.enrolment_id)
            .join(Cohort, Cohort.id == Enrolment.cohort_id)
            .join(Trainee, Trainee.id == Enrolment.trainee_id)
            .join(Organisation, Organisation.id == Placement.organisation_id)
            .outerjoin(tandem, tandem.id == Placement.tandem_professional_id)
            .outerjoin(supervisor, supervisor.id == Placement.supervisor_id)
            .order_by(Trainee.family_name, Trainee.given_names, Placement.planned_start))
    if cohort_id is not None:
        stmt = stmt.where(Enrolment.cohort_id == cohort_id)
    rows = s.execute(stmt).all()
    ids = [r[0].id for r in rows]
    approved = HourLogEntry.approved_at.is_not(None)
    minutes = {pid: (int(ok or 0), int(waiting or 0)) for pid, ok, waiting in s.execute(
        select(HourLogEntry.placement_id, func.sum(case((approved, HourLogEntry.minutes), else_=0)),
               func.sum(case((approved, 0), else_=HourLogEntry.minutes)))
        .where(HourLogEntry.placement_id.in_(ids)).group_by(HourLogEntry.placement_id))} if ids else {}
    evaluations: dict[int, list[str]] = {}
    if ids:
        for pid, kind in s.execute(select(Evaluation.placement_id, type_coerce(Evaluation.kind, String))
                                   .where(Evaluation.placement_id.in_(ids)).order_by(Evaluation.date)):
            evaluations.setdefault(pid, []).append(kind)
    out = []
    for p, cid, cname, given, prefix, family, org, tandem_name, supervisor_name in rows:
        ok, waiting = minutes.get(p.id, (0, 0))
        out.append(PlacementRow(
            id=p.id, version=p.version, enrolment_id=p.enrolment_id, cohort_id=cid, cohort=cname,
            trainee=v.full_name(given, prefix, family), sort_name=v.sort_name(given, prefix, family),
            organisation_id=p.organisation_id, organisation=org, tandem_professional_id=p.tandem_professional_id,
            tandem_professional=tandem_name, supervisor_id=p.supervisor_id, supervisor=supervisor_name,
            kind=p.kind.value, status=p.status.value, planned_start=p.planned_start, planned_end=p.planned_end,
            ended_on=p.ended_on, hours_per_week=p.hours_per_week, agreement_signed_on=p.agreement_signed_on,
            end_reason=p.end_reason, approved_minutes=ok, pending_minutes=waiting,
            evaluations=tuple(evaluations.get(p.id, ()))))
    return out


def evaluations_of(uow: UnitOfWork, *, placement_id: int) -> list[Evaluation]:
    """A placement's evaluations with their scores and evaluator, loaded for display."""
    v.get(uow.session, Placement, placement_id, "placement")
    return list(uow.session.scalars(
        select(Evaluation).where(Evaluation.placement_id == placement_id)
        .options(selectinload(Evaluation.ratings), selectinload(Evaluation.evaluator)).order_by(Evaluation.date)))
