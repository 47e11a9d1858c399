"""Cohorts (groepen): a run of a programme with a start date and a location, and its trainers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, func, select

from edtrainer.core import clock
from edtrainer.core.errors import NotFoundError, ValidationError
from edtrainer.core.models import (
    Cohort,
    CohortSession,
    CohortStatus,
    Enrolment,
    EnrolmentStatus,
    Programme,
    StaffMember,
    StaffRole,
)
from edtrainer.core.services import _common as v
from edtrainer.core.uow import UnitOfWork


def _values(values: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if "name" in values:
        out["name"] = v.text(values["name"], "name", max_len=120, required=True)
    if "location" in values:
        out["location"] = v.text(values["location"], "location", max_len=120)
    if "start_date" in values:
        out["start_date"] = v.date(values["start_date"], "start_date")
    if "end_date" in values:
        out["end_date"] = v.date(values["end_date"], "end_date")
    if "status" in values:
        out["status"] = v.choice(values["status"], CohortStatus, "status")
    if "coordinator_id" in values:
        out["coordinator_id"] = values["coordinator_id"]
    return out


def _check_coordinator(uow: UnitOfWork, staff_id: int | None) -> None:
    if staff_id is not None:
        v.get(uow.session, StaffMember, staff_id, "staff")


def create_cohort(uow: UnitOfWork, *, programme_id: int, name: str, start_date: dt.date | str,
                  end_date: dt.date | str, **values: Any) -> Cohort:
    s = uow.session
    programme = v.get(s, Programme, programme_id, "programme")
    data = _values({"name": name, "start_date": start_date, "end_date": end_date, **values})
    v.period(data["start_date"], data["end_date"])
    v.unique(s, Cohort, Cohort.name, data["name"], "cohort", "name")
    _check_coordinator(uow, data.get("coordinator_id"))
    cohort = Cohort(programme_id=programme.id, **data)
    s.add(cohort)
    s.flush()
    return cohort


def update_cohort(uow: UnitOfWork, *, cohort_id: int, expected_version: int | None = None, **values: Any) -> Cohort:
    s = uow.session
    cohort = v.get(s, Cohort, cohort_id, "cohort")
    data = _values(values)
    v.check_version(cohort, expected_version, "cohort", tuple(data))
    v.period(data.get("start_date", cohort.start_date), data.get("end_date", cohort.end_date))
    if "name" in data:
        v.unique(s, Cohort, Cohort.name, data["name"], "cohort", "name", cohort.id)
    _check_coordinator(uow, data.get("coordinator_id"))
    v.apply(cohort, data)
    s.flush()
    return cohort


def find_cohort(uow: UnitOfWork, key: str | int) -> Cohort:
    """By id or by name; a name may be written in any case, and a unique prefix is enough."""
    s = uow.session
    if isinstance(key, int) or (isinstance(key, str) and key.strip().isdigit()):
        return v.get(s, Cohort, int(key), "cohort")
    k = str(key).strip()
    if not k:
        raise ValidationError("required", field="cohort")
    exact = s.scalar(select(Cohort).where(func.lower(Cohort.name) == k.lower()))
    if exact is not None:
        return exact
    matches = list(s.scalars(select(Cohort).where(func.lower(Cohort.name).startswith(k.lower(), autoescape=True))
                             .order_by(Cohort.name).limit(6)))
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise ValidationError("ambiguous", field="cohort", what="@cohort", key=k,
                              matches=", ".join(c.name for c in matches))
    raise NotFoundError("not_found", what="@cohort", key=k)


def assign_trainer(uow: UnitOfWork, *, cohort_id: int, staff_id: int) -> Cohort:
    cohort = v.get(uow.session, Cohort, cohort_id, "cohort")
    member = v.get(uow.session, StaffMember, staff_id, "staff")
    if member.role is StaffRole.BUDDY:
        raise ValidationError("invalid_choice", field="role", value=member.role.value,
                              choices=f"{StaffRole.TRAINER.value}, {StaffRole.COORDINATOR.value}")
    if member not in cohort.trainers:
        cohort.trainers.append(member)
    uow.session.flush()
    return cohort


def unassign_trainer(uow: UnitOfWork, *, cohort_id: int, staff_id: int) -> Cohort:
    cohort = v.get(uow.session, Cohort, cohort_id, "cohort")
    cohort.trainers[:] = [t for t in cohort.trainers if t.id != staff_id]
    uow.session.flush()
    return cohort


def trainer_ids(uow: UnitOfWork, *, cohort_id: int) -> list[int]:
    """Who trains this cohort (staff ids)."""
    return [t.id for t in v.get(uow.session, Cohort, cohort_id, "cohort").trainers]


def set_trainers(uow: UnitOfWork, *, cohort_id: int, staff_ids: list[int]) -> Cohort:
    """Make exactly these people the cohort's trainers: the others are taken off, the new ones added."""
    wanted = set(staff_ids)
    cohort = v.get(uow.session, Cohort, cohort_id, "cohort")
    current = {t.id for t in cohort.trainers}
    for sid in sorted(wanted - current):
        assign_trainer(uow, cohort_id=cohort_id, staff_id=sid)
    for sid in sorted(current - wanted):
        unassign_trainer(uow, cohort_id=cohort_id, staff_id=sid)
    return cohort


@dataclass(frozen=True)
class CohortRow:
    id: int
    name: str
    programme: str
    programme_id: int
    location: str | None
    start_date: dt.date
    end_date: dt.date
    status: str
    active_trainees: int
    enrolled_total: int
    sessions_held: int
    sessions_total: int
    coordinator_id: int | None = None
    version: int = 1


def list_cohorts(uow: UnitOfWork, *, status: CohortStatus | str | None = None,
                 today: dt.date | None = None) -> list[CohortRow]:
    """Cohorts with their counts, in one query each for enrolments and sessions."""
    s = uow.session
    today = today or clock.today()
    enrol = (select(Enrolment.cohort_id, func.count().label("total"),
                    func.sum(case((Enrolment.status == EnrolmentStatus.ACTIVE, 1), else_=0)).label("active"))
             .group_by(Enrolment.cohort_id).subquery())
    sess = (select(CohortSession.cohort_id, func.count().label("total"),
                   func.sum(case((CohortSession.date <= today, 1), else_=0)).label("held"))
            .where(CohortSession.cancelled.is_(False)).group_by(CohortSession.cohort_id).subquery())
    stmt = (select(Cohort, Programme.name, enrol.c.total, enrol.c.active, sess.c.total, sess.c.held)
            .join(Programme, Programme.id == Cohort.programme_id)
            .outerjoin(enrol, enrol.c.cohort_id == Cohort.id)
            .outerjoin(sess, sess.c.cohort_id == Cohort.id)
            .order_by(Cohort.start_date.desc(), Cohort.name))
    if status is not None:
        stmt = stmt.where(Cohort.status == v.choice(status, CohortStatus, "status"))
    return [CohortRow(id=c.id, name=c.name, programme=pname, programme_id=c.programme_id, location=c.location,
                      start_date=c.start_date,
                      end_date=c.end_date, status=c.status.value, active_trainees=int(active or 0),
                      coordinator_id=c.coordinator_id, version=c.version,
                      enrolled_total=int(etotal or 0), sessions_held=int(held or 0), sessions_total=int(stotal or 0))
            for c, pname, etotal, active, stotal, held in s.execute(stmt)]
