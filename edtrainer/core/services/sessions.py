"""Sessions (bijeenkomsten): planning, changing, cancelling and listing them.

Attendance lives in ``attendance`` and the whole-cohort register in ``cohort_register``; their names are
importable from here too (``sessions.set_attendance``, ``sessions.cohort_register`` ...), as before.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from edtrainer.core.errors import ValidationError
from edtrainer.core.models import AttendanceMark, Cohort, CohortSession, Module, StaffMember
from edtrainer.core.services import _common as v
from edtrainer.core.services.attendance import (
    RegisterRow,
    expected_enrolments,
    mark_all_present,
    record_apology,
    record_attendance,
    session_register,
    set_attendance,
    set_attendance_many,
)
from edtrainer.core.services.cohort_register import (
    CohortRegister,
    EnrolmentRow,
    MarkCell,
    SessionColumn,
    cohort_register,
)
from edtrainer.core.uow import UnitOfWork

__all__ = [
    "MAX_SESSIONS_AT_ONCE", "CohortRegister", "EnrolmentRow", "MarkCell", "RegisterRow", "SessionColumn",
    "cancel_session", "cohort_register", "delete_session", "expected_enrolments", "list_sessions",
    "mark_all_present", "plan_session", "plan_weekly_sessions", "record_apology", "record_attendance",
    "session_register", "set_attendance", "set_attendance_many", "trainer_ids", "update_session",
]

MAX_SESSIONS_AT_ONCE = 200


def _time(value: Any, field: str = "start_time") -> dt.time:
    if isinstance(value, dt.time):
        return value
    try:
        return dt.time.fromisoformat(str(value).strip().replace(".", ":"))
    except ValueError:
        raise ValidationError("invalid_time", field=field, value=value) from None


def _session_values(values: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if "date" in values:
        out["date"] = v.date(values["date"], "date")
    if "start_time" in values:
        out["start_time"] = _time(values["start_time"])
    if "duration_minutes" in values:
        out["duration_minutes"] = v.integer(values["duration_minutes"], "duration", low=1, high=24 * 60)
    if "location" in values:
        out["location"] = v.text(values["location"], "location", max_len=120)
    if "topic" in values:
        out["topic"] = v.text(values["topic"], "title", max_len=200)
    return out


def _check_module(uow: UnitOfWork, cohort: Cohort, module_id: int) -> Module:
    module = v.get(uow.session, Module, module_id, "module")
    if module.programme_id != cohort.programme_id:
        raise ValidationError("module_other_programme", field="module", module=module.title, cohort=cohort.name)
    return module


def _check_in_cohort(cohort: Cohort, day: dt.date) -> None:
    if not cohort.start_date <= day <= cohort.end_date:
        raise ValidationError("session_outside_cohort", field="date", date=day, cohort=cohort.name,
                              start=cohort.start_date, end=cohort.end_date)


def _trainers(uow: UnitOfWork, trainer_ids: list[int] | None) -> list[StaffMember]:
    return [v.get(uow.session, StaffMember, i, "staff") for i in (trainer_ids or [])]


def plan_session(uow: UnitOfWork, *, cohort_id: int, module_id: int, date: dt.date | str,
                 start_time: dt.time | str = "09:30", duration_minutes: int = 180, location: str | None = None,
                 topic: str | None = None, trainer_ids: list[int] | None = None) -> CohortSession:
    cohort = v.get(uow.session, Cohort, cohort_id, "cohort")
    module = _check_module(uow, cohort, module_id)
    data = _session_values({"date": date, "start_time": start_time, "duration_minutes": duration_minutes,
                            "location": location if location is not None else cohort.location, "topic": topic})
    _check_in_cohort(cohort, data["date"])
    session = CohortSession(cohort=cohort, module=module, trainers=_trainers(uow, trainer_ids), **data)
    uow.session.add(session)
    uow.session.flush()
    return session


def plan_weekly_sessions(uow: UnitOfWork, *, cohort_id: int, module_id: int, first_date: dt.date | str,
                         until: dt.date | str | None = None, count: int | None = None,
                         skip_dates: list[dt.date] | None = None, interval_weeks: int = 1,
                         start_time: dt.time | str = "09:30", duration_minutes: int = 180,
                         location: str | None = None, trainer_ids: list[int] | None = None) -> list[CohortSession]:
    """A repeating series on the weekday of ``first_date``, up to ``until`` or ``count`` sessions.

    Dates in ``skip_dates`` (holidays) are left out; the series stops at the cohort's end date.
    """
    cohort = v.get(uow.session, Cohort, cohort_id, "cohort")
    module = _check_module(uow, cohort, module_id)
    first = v.date(first_date, "start_date")
    last = v.date(until, "end_date", required=False)
    if last is None and count is None:
        raise ValidationError("required", field="end_date")
    if last is not None:
        v.period(first, last)
    if count is not None:
        count = v.integer(count, "count", low=1, high=MAX_SESSIONS_AT_ONCE)
    interval = v.integer(interval_weeks, "weekday", low=1, high=8)
    _check_in_cohort(cohort, first)
    data = _session_values({"start_time": start_time, "duration_minutes": duration_minutes,
                            "location": location if location is not None else cohort.location})
    skip = set(skip_dates or [])
    trainers = _trainers(uow, trainer_ids)
    stop = min(last or cohort.end_date, cohort.end_date)
    dates: list[dt.date] = []
    day = first
    while day <= stop and (count is None or len(dates) < count):
        if day not in skip:
            dates.append(day)
        day += dt.timedelta(weeks=interval)
        if len(dates) > MAX_SESSIONS_AT_ONCE:
            raise ValidationError("too_many_sessions", field="end_date", count=len(dates), max=MAX_SESSIONS_AT_ONCE)
    if not dates:
        raise ValidationError("no_sessions_in_range", field="end_date")
    sessions = [CohortSession(cohort=cohort, module=module, date=d, trainers=list(trainers), **data) for d in dates]
    uow.session.add_all(sessions)
    uow.session.flush()
    return sessions


def update_session(uow: UnitOfWork, *, session_id: int, expected_version: int | None = None,
                   trainer_ids: list[int] | None = None, **values: Any) -> CohortSession:
    session = v.get(uow.session, CohortSession, session_id, "session")
    data = _session_values(values)
    if "module_id" in values:
        data["module_id"] = _check_module(uow, session.cohort, values["module_id"]).id
    v.check_version(session, expected_version, "session", tuple(data))
    if "date" in data:
        _check_in_cohort(session.cohort, data["date"])
    v.apply(session, data)
    if trainer_ids is not None:
        session.trainers = _trainers(uow, trainer_ids)
    uow.session.flush()
    return session


def cancel_session(uow: UnitOfWork, *, session_id: int, cancelled: bool = True,
                   expected_version: int | None = None) -> CohortSession:
    """Cancelled sessions stay visible but count for nobody's attendance."""
    session = v.get(uow.session, CohortSession, session_id, "session")
    v.check_version(session, expected_version, "session", ("cancelled",))
    session.cancelled = cancelled
    uow.session.flush()
    return session


def trainer_ids(uow: UnitOfWork, *, session_id: int) -> list[int]:
    """Who gives this session (staff ids)."""
    return [t.id for t in v.get(uow.session, CohortSession, session_id, "session").trainers]


def delete_session(uow: UnitOfWork, *, session_id: int) -> None:
    """Remove a session planned by mistake. One with attendance recorded can only be cancelled."""
    session = v.get(uow.session, CohortSession, session_id, "session")
    marks = uow.session.scalar(select(func.count()).select_from(AttendanceMark)
                               .where(AttendanceMark.session_id == session.id))
    if marks:
        raise ValidationError("session_has_marks", field="session", date=session.date, count=marks)
    session.trainers = []
    uow.session.delete(session)
    uow.session.flush()


def list_sessions(uow: UnitOfWork, *, cohort_id: int, module_id: int | None = None,
                  start: dt.date | None = None, end: dt.date | None = None,
                  include_cancelled: bool = True) -> list[CohortSession]:
    v.get(uow.session, Cohort, cohort_id, "cohort")
    stmt = (select(CohortSession).where(CohortSession.cohort_id == cohort_id)
            .options(selectinload(CohortSession.module), selectinload(CohortSession.trainers))
            .order_by(CohortSession.date, CohortSession.start_time))
    if module_id is not None:
        stmt = stmt.where(CohortSession.module_id == module_id)
    if start is not None:
        stmt = stmt.where(CohortSession.date >= start)
    if end is not None:
        stmt = stmt.where(CohortSession.date <= end)
    if not include_cancelled:
        stmt = stmt.where(CohortSession.cancelled.is_(False))
    return list(uow.session.scalars(stmt))


