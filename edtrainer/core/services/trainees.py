"""Trainees (cursisten) and their enrolments in cohorts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from sqlalchemy import String, func, select, type_coerce
from sqlalchemy.orm import selectinload

from edtrainer.core import clock, i18n
from edtrainer.core.errors import NeedsConfirmation, ValidationError
from edtrainer.core.models import (
    AttendanceMark,
    AttendanceStatus,
    Cohort,
    CohortSession,
    Enrolment,
    EnrolmentStatus,
    StaffMember,
    Trainee,
)
from edtrainer.core.services import _common as v
from edtrainer.core.text import matches
from edtrainer.core.uow import UnitOfWork

YOUNGEST = 16  # a trainee younger than this is asked about: a typing error in the year, most likely
LONG_BEFORE_START = 183  # days: an enrolment this long before the cohort starts is asked about

TRAINEE_FIELDS = ("given_names", "name_prefix", "family_name", "date_of_birth", "birth_place", "email", "phone")


def _values(values: dict[str, Any], *, today: dt.date | None = None) -> dict[str, Any]:
    unknown = set(values) - set(TRAINEE_FIELDS)
    if unknown:
        # Guards against storing anything the model has no place for (a BSN above all).
        raise TypeError(f"unknown trainee field(s): {', '.join(sorted(unknown))}")
    out: dict[str, Any] = {}
    if "given_names" in values:
        out["given_names"] = v.text(values["given_names"], "given_names", max_len=80, required=True)
    if "name_prefix" in values:
        prefix = v.text(values["name_prefix"], "name_prefix", max_len=20)
        out["name_prefix"] = prefix.lower() if prefix else None
    if "family_name" in values:
        out["family_name"] = v.text(values["family_name"], "family_name", max_len=80, required=True)
    if "date_of_birth" in values:
        born = v.date(values["date_of_birth"], "date_of_birth", required=False)
        if born is not None and born > (today or clock.today()):
            raise ValidationError("date_in_future", field="date_of_birth", value=born)
        out["date_of_birth"] = born
    if "birth_place" in values:
        out["birth_place"] = v.text(values["birth_place"], "birth_place", max_len=80)
    if "email" in values:
        out["email"] = v.email(values["email"])
    if "phone" in values:
        out["phone"] = v.phone(values["phone"])
    return out


def age(born: dt.date, on: dt.date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def doubts(values: dict[str, Any], *, today: dt.date | None = None) -> list[NeedsConfirmation]:
    """What is possible but unlikely in checked trainee values (see ``_values``): each a question to ask."""
    born = values.get("date_of_birth")
    if isinstance(born, dt.date) and age(born, today or clock.today()) < YOUNGEST:
        return [NeedsConfirmation("trainee_young", field="date_of_birth", born=born)]
    return []


def _ask(values: dict[str, Any], confirmed: Collection[str]) -> None:
    for doubt in doubts(values):
        v.confirm(doubt.key, confirmed, field=doubt.field, **{k: p for k, p in doubt.params.items() if k != "field"})


def create_trainee(uow: UnitOfWork, *, given_names: str, family_name: str, confirmed: Collection[str] = (),
                   **values: Any) -> Trainee:
    """Add a trainee. An unlikely date of birth raises NeedsConfirmation unless its key is in ``confirmed``."""
    data = _values({"given_names": given_names, "family_name": family_name, **values})
    _ask(data, confirmed)
    trainee = Trainee(**data)
    uow.session.add(trainee)
    uow.session.flush()
    return trainee


def update_trainee(uow: UnitOfWork, *, trainee_id: int, expected_version: int | None = None,
                   confirmed: Collection[str] = (), **values: Any) -> Trainee:
    """Change a trainee's details. ``expected_version`` is the version the user's form was loaded with."""
    trainee = v.get(uow.session, Trainee, trainee_id, "trainee")
    data = _values(values)
    v.check_version(trainee, expected_version, "trainee", tuple(data))
    born = data.get("date_of_birth")
    if born is not None and born != trainee.date_of_birth:  # asked when it changes, not at every later edit
        for enrolment in trainee.enrolments:
            if enrolment.enrolled_on < born:
                raise ValidationError("enrolled_before_birth", field="date_of_birth", date=enrolment.enrolled_on,
                                      born=born)
        _ask(data, confirmed)
    v.apply(trainee, data)
    uow.session.flush()
    return trainee


def get_trainee(uow: UnitOfWork, trainee_id: int) -> Trainee:
    return v.get(uow.session, Trainee, trainee_id, "trainee")


@dataclass(frozen=True)
class TraineeRow:
    trainee_id: int
    enrolment_id: int | None
    full_name: str
    sort_name: str
    cohort: str | None
    status: str | None
    enrolled_on: dt.date | None
    email: str | None
    phone: str | None
    version: int
    cohort_id: int | None = None


def search_trainees(uow: UnitOfWork, *, query: str = "", cohort_id: int | None = None,
                    status: EnrolmentStatus | str | None = None, limit: int | None = None) -> list[TraineeRow]:
    """Trainees whose name or e-mail contains every word of ``query`` (accents and case aside); one row per
    enrolment.

    With ``cohort_id`` only that cohort's enrolments; without it trainees with no enrolment show too.
    """
    s = uow.session
    # Columns, not entities: a list of thousands of trainees is built without an ORM object per row.
    stmt = (select(Trainee.id, Enrolment.id, Trainee.given_names, Trainee.name_prefix, Trainee.family_name,
                   Cohort.name, type_coerce(Enrolment.status, String), Enrolment.enrolled_on, Trainee.email,
                   Trainee.phone, Trainee.version, Cohort.id)
            .outerjoin(Enrolment, Enrolment.trainee_id == Trainee.id)
            .outerjoin(Cohort, Cohort.id == Enrolment.cohort_id))
    if cohort_id is not None:
        v.get(s, Cohort, cohort_id, "cohort")
        stmt = stmt.where(Enrolment.cohort_id == cohort_id)
    if status is not None:
        stmt = stmt.where(Enrolment.status == v.choice(status, EnrolmentStatus, "status"))
    stmt = stmt.order_by(Trainee.family_name, Trainee.given_names, Trainee.id, Enrolment.enrolled_on)
    if limit and not query.strip():
        stmt = stmt.limit(limit)
    rows = [TraineeRow(trainee_id=tid, enrolment_id=eid, full_name=v.full_name(given, prefix, family),
                       sort_name=v.sort_name(given, prefix, family), cohort=cname, status=status_, enrolled_on=on,
                       email=email, phone=phone, version=version, cohort_id=cid)
            for tid, eid, given, prefix, family, cname, status_, on, email, phone, version, cid in s.execute(stmt)]
    if query.strip():  # in Python, so accents do not matter on SQLite and PostgreSQL alike ('zoe' finds Zoë)
        rows = [r for r in rows if matches(query, r.full_name, r.email)][:limit or None]
    return rows


# --- enrolments ----------------------------------------------------------------------------------------

def enrol(uow: UnitOfWork, *, trainee_id: int, cohort_id: int, enrolled_on: dt.date | str | None = None,
          buddy_id: int | None = None, confirmed: Collection[str] = ()) -> Enrolment:
    """Enrol a trainee in a cohort. Re-enrolling in a later cohort is allowed once the earlier one ended.

    An enrolment long before the cohort starts raises NeedsConfirmation unless its key is in ``confirmed``."""
    s = uow.session
    trainee = v.get(s, Trainee, trainee_id, "trainee")
    cohort = v.get(s, Cohort, cohort_id, "cohort")
    on = v.date(enrolled_on, "enrolled_on", required=False) or max(cohort.start_date, clock.today())
    if on > cohort.end_date:
        raise ValidationError("end_before_start", field="enrolled_on", start=on,
                              end=cohort.end_date)
    if trainee.date_of_birth is not None and on < trainee.date_of_birth:
        raise ValidationError("enrolled_before_birth", field="enrolled_on", date=on, born=trainee.date_of_birth)
    if (cohort.start_date - on).days > LONG_BEFORE_START:
        v.confirm("enrolled_long_before", confirmed, field="enrolled_on", date=on, start=cohort.start_date,
                  months=round((cohort.start_date - on).days / 30.44))
    for other in trainee.enrolments:
        if other.cohort_id == cohort.id:
            raise ValidationError("already_enrolled", field="cohort", trainee=trainee.full_name, cohort=cohort.name)
        if other.status in (EnrolmentStatus.ACTIVE, EnrolmentStatus.PAUSED):
            raise ValidationError("active_elsewhere", field="cohort", trainee=trainee.full_name,
                                  cohort=other.cohort.name)
    if buddy_id is not None:
        v.get(s, StaffMember, buddy_id, "staff")
    enrolment = Enrolment(trainee=trainee, cohort=cohort, enrolled_on=on, buddy_id=buddy_id)
    s.add(enrolment)
    s.flush()
    return enrolment


_TRANSITIONS = {
    # action: (allowed from, new status, sets ended_on)
    "withdraw": ({EnrolmentStatus.ACTIVE, EnrolmentStatus.PAUSED}, EnrolmentStatus.WITHDRAWN, True),
    "pause": ({EnrolmentStatus.ACTIVE}, EnrolmentStatus.PAUSED, False),
    "resume": ({EnrolmentStatus.PAUSED}, EnrolmentStatus.ACTIVE, False),
    "complete": ({EnrolmentStatus.ACTIVE}, EnrolmentStatus.COMPLETED, True),
}


def _transition(uow: UnitOfWork, enrolment_id: int, action: str, on: dt.date | str | None,
                expected_version: int | None) -> Enrolment:
    enrolment = v.get(uow.session, Enrolment, enrolment_id, "enrolment")
    v.check_version(enrolment, expected_version, "enrolment", ("status",))
    allowed, new_status, ends = _TRANSITIONS[action]
    if enrolment.status not in allowed:
        raise ValidationError("enrolment_status_change", field="status", status=f"@{enrolment.status.value}",
                              action=f"@act_{action}")
    when = v.date(on, "date", required=False) or clock.today()
    if ends:
        enrolment.paused_on = None
        if when < enrolment.enrolled_on:
            raise ValidationError("end_before_start", field="date", start=enrolment.enrolled_on,
                                  end=when)
        enrolment.ended_on = when
    enrolment.status = new_status
    return enrolment


WITHDRAWAL_CATEGORIES = ("health", "work", "personal", "moved", "programme", "other")


def withdraw(uow: UnitOfWork, *, enrolment_id: int, reason: str, on: dt.date | str | None = None,
             expected_version: int | None = None, category: str | None = None) -> Enrolment:
    """Withdraw an enrolment. ``category`` (health, work, personal, moved, programme, other) is what a
    funder's report counts; the reason's own words stay inside the programme."""
    reason_text = v.text(reason, "reason", max_len=200, required=True)
    if category is not None and category not in WITHDRAWAL_CATEGORIES:
        raise ValidationError("invalid_choice", field="category", value=category,
                              choices=", ".join(WITHDRAWAL_CATEGORIES))
    enrolment = _transition(uow, enrolment_id, "withdraw", on, expected_version)
    enrolment.withdrawal_reason = reason_text
    enrolment.withdrawal_category = category or "other"
    uow.session.flush()
    return enrolment


def pause(uow: UnitOfWork, *, enrolment_id: int, on: dt.date | str | None = None,
          expected_version: int | None = None) -> Enrolment:
    """Pause an enrolment (illness, a crisis at home) from ``on``: sessions from then on expect nobody."""
    enrolment = _transition(uow, enrolment_id, "pause", None, expected_version)
    when = v.date(on, "date", required=False) or clock.today()
    if when < enrolment.enrolled_on:
        raise ValidationError("end_before_start", field="date", start=enrolment.enrolled_on,
                              end=when)
    marked_later = uow.session.scalar(
        select(func.min(CohortSession.date)).join(AttendanceMark, AttendanceMark.session_id == CohortSession.id)
        .where(AttendanceMark.enrolment_id == enrolment.id, CohortSession.date >= when,
               AttendanceMark.apology_given_on.is_(None)))
    if marked_later is not None:
        raise ValidationError("pause_after_marks", field="date", date=marked_later)
    enrolment.paused_on = when
    uow.session.flush()
    return enrolment


def resume(uow: UnitOfWork, *, enrolment_id: int, on: dt.date | str | None = None,
           expected_version: int | None = None) -> Enrolment:
    """Resume a paused enrolment on ``on``. Sessions held during the pause are recorded as excused
    (reason: paused), so the programme's rule for excused absences decides how they count."""
    enrolment = _transition(uow, enrolment_id, "resume", None, expected_version)
    when = v.date(on, "date", required=False) or clock.today()
    paused_on = enrolment.paused_on or when
    if when < paused_on:
        raise ValidationError("end_before_start", field="date", start=paused_on, end=when)
    during = uow.session.scalars(
        select(CohortSession).where(CohortSession.cohort_id == enrolment.cohort_id,
                                    CohortSession.cancelled.is_(False),
                                    CohortSession.date >= paused_on, CohortSession.date < when,
                                    ~CohortSession.marks.any(AttendanceMark.enrolment_id == enrolment.id)))
    reason = i18n.text("paused_reason")
    for session in during:
        uow.session.add(AttendanceMark(session_id=session.id, enrolment_id=enrolment.id,
                                       status=AttendanceStatus.EXCUSED, minutes_present=0, apology_reason=reason))
    enrolment.paused_on = None
    uow.session.flush()
    return enrolment


def complete(uow: UnitOfWork, *, enrolment_id: int, on: dt.date | str | None = None,
             expected_version: int | None = None) -> Enrolment:
    enrolment = _transition(uow, enrolment_id, "complete", on, expected_version)
    uow.session.flush()
    return enrolment


def set_buddy(uow: UnitOfWork, *, enrolment_id: int, buddy_id: int | None,
              expected_version: int | None = None) -> Enrolment:
    enrolment = v.get(uow.session, Enrolment, enrolment_id, "enrolment")
    v.check_version(enrolment, expected_version, "enrolment", ("buddy_id",))
    if buddy_id is not None:
        v.get(uow.session, StaffMember, buddy_id, "staff")
    enrolment.buddy_id = buddy_id
    uow.session.flush()
    return enrolment


def list_enrolments(uow: UnitOfWork, *, cohort_id: int, include_ended: bool = True) -> list[Enrolment]:
    v.get(uow.session, Cohort, cohort_id, "cohort")
    stmt = (select(Enrolment).join(Trainee).where(Enrolment.cohort_id == cohort_id)
            .options(selectinload(Enrolment.trainee)).order_by(Trainee.family_name, Trainee.given_names))
    if not include_ended:
        stmt = stmt.where(Enrolment.status.in_([EnrolmentStatus.ACTIVE, EnrolmentStatus.PAUSED]))
    return list(uow.session.scalars(stmt))
