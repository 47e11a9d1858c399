"""Sessions (bijeenkomsten) and attendance (presentie)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from sqlalchemy import String, func, select, type_coerce
from sqlalchemy.orm import selectinload

from edtrainer.core import clock, rules
from edtrainer.core.errors import NotFoundError, ValidationError
from edtrainer.core.models import (
    AttendanceMark,
    AttendanceStatus,
    Cohort,
    CohortSession,
    Enrolment,
    ExcusedPolicy,
    Module,
    Programme,
    StaffMember,
    Trainee,
)
from edtrainer.core.services import _common as v
from edtrainer.core.services.readiness import sort_key
from edtrainer.core.uow import UnitOfWork

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


# --- attendance ----------------------------------------------------------------------------------------

def _session_and_enrolment(uow: UnitOfWork, session_id: int, enrolment_id: int) -> tuple[CohortSession, Enrolment]:
    session = v.get(uow.session, CohortSession, session_id, "session")
    enrolment = v.get(uow.session, Enrolment, enrolment_id, "enrolment")
    if enrolment.cohort_id != session.cohort_id:
        raise ValidationError("not_in_cohort", field="trainee", trainee=enrolment.trainee.full_name)
    if session.cancelled:
        raise ValidationError("session_cancelled", field="session", date=session.date)
    if (session.date < enrolment.enrolled_on or (enrolment.ended_on and session.date > enrolment.ended_on)
            or (enrolment.paused_on and session.date >= enrolment.paused_on)):
        raise ValidationError("outside_enrolment", field="trainee", date=session.date,
                              trainee=enrolment.trainee.full_name)
    return session, enrolment


def _mark_values(status: Any, minutes_present: Any, remark: Any, session: CohortSession) -> dict[str, Any]:
    st = v.choice(status, AttendanceStatus, "status")
    minutes = None
    if minutes_present not in (None, ""):
        minutes = v.integer(minutes_present, "minutes_present", low=0, high=session.duration_minutes)
    elif st is AttendanceStatus.PRESENT:
        minutes = session.duration_minutes
    elif st in (AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED):
        minutes = 0
    return {"status": st, "minutes_present": minutes, "remark": v.text(remark, "remark", max_len=200)}


def _existing_mark(uow: UnitOfWork, session_id: int, enrolment_id: int) -> AttendanceMark | None:
    return uow.session.scalar(select(AttendanceMark).where(AttendanceMark.session_id == session_id,
                                                           AttendanceMark.enrolment_id == enrolment_id))


def record_attendance(uow: UnitOfWork, *, session_id: int, enrolment_id: int, status: AttendanceStatus | str,
                      minutes_present: int | None = None, remark: str | None = None) -> AttendanceMark:
    """A new mark. A second mark for the same trainee and session is refused: change the first instead."""
    session, enrolment = _session_and_enrolment(uow, session_id, enrolment_id)
    data = _mark_values(status, minutes_present, remark, session)
    existing = _existing_mark(uow, session.id, enrolment.id)
    if existing is not None:
        raise ValidationError("mark_exists", field="status", trainee=enrolment.trainee.full_name,
                              status=f"@{existing.status.value}")
    mark = AttendanceMark(session_id=session.id, enrolment_id=enrolment.id, **data)
    uow.session.add(mark)
    uow.session.flush()
    return mark


def set_attendance(uow: UnitOfWork, *, session_id: int, enrolment_id: int, status: AttendanceStatus | str | None,
                   minutes_present: int | None = None, remark: str | None = None,
                   expected_version: int | None = None, apology_reason: str | None = None,
                   apology_given_on: dt.date | None = None) -> AttendanceMark | None:
    """Create, change or (with ``status=None``) clear a mark: what the register grid does on a key press.

    ``apology_reason`` (with an excused status) puts back an apology given in advance, which is what
    undoing a change of such a mark needs.
    """
    session, enrolment = _session_and_enrolment(uow, session_id, enrolment_id)
    existing = _existing_mark(uow, session.id, enrolment.id)
    if existing is not None:
        v.check_version(existing, expected_version, "attendance", ("status", "minutes_present", "remark"))
    if status is None:
        if existing is not None:
            uow.session.delete(existing)
            uow.session.flush()
        return None
    data = _mark_values(status, minutes_present, remark, session)
    if existing is None:
        existing = AttendanceMark(session_id=session.id, enrolment_id=enrolment.id, **data)
        uow.session.add(existing)
    else:
        if data["remark"] is None and remark is None:
            data.pop("remark")  # changing the status keeps an earlier remark
        if data["status"] is not AttendanceStatus.EXCUSED:
            existing.apology_reason = None
            existing.apology_given_on = None
        v.apply(existing, data)
    if apology_reason is not None and data["status"] is AttendanceStatus.EXCUSED:
        existing.apology_reason = v.text(apology_reason, "reason", max_len=200)
        existing.apology_given_on = apology_given_on
    uow.session.flush()
    return existing


def set_attendance_many(uow: UnitOfWork, *, session_id: int,
                        marks: dict[int, AttendanceStatus | str | None]) -> dict[int, int | None]:
    """Set several trainees' marks for one session at once, all or none ("all present", and undoing it).

    ``marks`` maps enrolment id to a status (None clears the mark). Returns each enrolment's new mark
    version (None where cleared), so a register can keep tracking versions.
    """
    versions: dict[int, int | None] = {}
    # In the order of their keys: two coordinators writing several marks of one session at once then take
    # their row locks in the same order, and so never deadlock on a shared database.
    for enrolment_id in sorted(marks):
        mark = set_attendance(uow, session_id=session_id, enrolment_id=enrolment_id, status=marks[enrolment_id])
        versions[enrolment_id] = mark.version if mark is not None else None
    return versions


def mark_all_present(uow: UnitOfWork, *, session_id: int, overwrite: bool = False) -> int:
    """Mark every enrolled trainee present; existing marks (apologies, late) stay unless ``overwrite``.

    Returns how many marks were set.
    """
    session = v.get(uow.session, CohortSession, session_id, "session")
    if session.cancelled:
        raise ValidationError("session_cancelled", field="session", date=session.date)
    existing = {m.enrolment_id: m for m in uow.session.scalars(
        select(AttendanceMark).where(AttendanceMark.session_id == session.id))}
    changed = 0
    # In the order of their keys, like set_attendance_many: concurrent writers lock rows in the same order.
    for enrolment in sorted(expected_enrolments(uow, session), key=lambda e: e.id):
        mark = existing.get(enrolment.id)
        if mark is None:
            uow.session.add(AttendanceMark(session_id=session.id, enrolment_id=enrolment.id,
                                           status=AttendanceStatus.PRESENT, minutes_present=session.duration_minutes))
            changed += 1
        elif overwrite and mark.status is not AttendanceStatus.PRESENT:
            mark.status = AttendanceStatus.PRESENT
            mark.minutes_present = session.duration_minutes
            mark.apology_reason = None
            mark.apology_given_on = None
            changed += 1
    uow.session.flush()
    return changed


def record_apology(uow: UnitOfWork, *, session_id: int, enrolment_id: int, reason: str,
                   today: dt.date | None = None) -> AttendanceMark:
    """An apology in advance (afmelding): the trainee is marked excused before the session takes place."""
    session, enrolment = _session_and_enrolment(uow, session_id, enrolment_id)
    today = today or clock.today()
    reason_text = v.text(reason, "reason", max_len=200, required=True)
    if session.date < today:
        raise ValidationError("apology_after_start", field="date", date=session.date)
    mark = _existing_mark(uow, session.id, enrolment.id)
    if mark is None:
        mark = AttendanceMark(session_id=session.id, enrolment_id=enrolment.id)
        uow.session.add(mark)
    mark.status = AttendanceStatus.EXCUSED
    mark.minutes_present = 0
    mark.apology_reason = reason_text
    mark.apology_given_on = today
    uow.session.flush()
    return mark


def expected_enrolments(uow: UnitOfWork, session: CohortSession) -> list[Enrolment]:
    """Who should be at a session: enrolled on its date and not paused or withdrawn by then."""
    stmt = (select(Enrolment).join(Trainee)
            .where(Enrolment.cohort_id == session.cohort_id, Enrolment.enrolled_on <= session.date,
                   (Enrolment.ended_on.is_(None)) | (Enrolment.ended_on >= session.date),
                   (Enrolment.paused_on.is_(None)) | (Enrolment.paused_on > session.date))
            .options(selectinload(Enrolment.trainee))
            .order_by(Trainee.family_name, Trainee.given_names))
    return list(uow.session.scalars(stmt))


@dataclass(frozen=True)
class RegisterRow:
    enrolment_id: int
    trainee: str
    status: str | None
    minutes_present: int | None
    remark: str | None
    apology_reason: str | None
    version: int | None


def session_register(uow: UnitOfWork, *, session_id: int) -> list[RegisterRow]:
    """The attendance register of one session: every expected trainee with their mark, if any."""
    session = v.get(uow.session, CohortSession, session_id, "session")
    marks = {m.enrolment_id: m for m in uow.session.scalars(
        select(AttendanceMark).where(AttendanceMark.session_id == session.id))}
    rows = []
    for e in expected_enrolments(uow, session):
        m = marks.get(e.id)
        rows.append(RegisterRow(enrolment_id=e.id, trainee=e.trainee.full_name,
                                status=m.status.value if m else None,
                                minutes_present=m.minutes_present if m else None,
                                remark=m.remark if m else None, apology_reason=m.apology_reason if m else None,
                                version=m.version if m else None))
    return rows


# --- registers for screens ------------------------------------------------------------------------------

class MarkCell(NamedTuple):
    """One trainee's mark at one session, as a register shows it (a tuple: a register holds thousands)."""

    status: str
    version: int
    minutes_present: int | None = None
    remark: str | None = None
    apology_reason: str | None = None
    apology_given_on: dt.date | None = None


@dataclass(frozen=True)
class SessionColumn:
    id: int
    date: dt.date
    start_time: dt.time
    duration_minutes: int
    module_id: int
    module_code: str
    module_title: str
    topic: str | None
    location: str | None
    cancelled: bool
    version: int


@dataclass(frozen=True)
class EnrolmentRow:
    enrolment_id: int
    trainee_id: int
    trainee: str
    sort_name: str
    status: str
    enrolled_on: dt.date
    ended_on: dt.date | None
    paused_on: dt.date | None

    def expected_at(self, day: dt.date) -> bool:
        """Whether the trainee is expected at a session on ``day`` (enrolled, not ended or paused by then)."""
        return (self.enrolled_on <= day and (self.ended_on is None or day <= self.ended_on)
                and (self.paused_on is None or day < self.paused_on))


@dataclass(frozen=True)
class CohortRegister:
    """A cohort's whole attendance register: trainees x sessions, in three queries."""

    cohort_id: int
    cohort: str
    min_attendance_pct: int
    excused_policy: str
    trainees: list[EnrolmentRow]
    sessions: list[SessionColumn]
    marks: dict[tuple[int, int], MarkCell]  # (session id, enrolment id) -> mark
    _tallies: dict[int, tuple[rules.Tally, int]] = field(default_factory=dict, repr=False, compare=False)

    def expected(self, session: SessionColumn) -> list[EnrolmentRow]:
        return [t for t in self.trainees if not session.cancelled and t.expected_at(session.date)]

    def session_tally(self, session: SessionColumn) -> tuple[rules.Tally, int]:
        """The marks of one session among those expected, and how many expected have no mark (kept until
        ``forget`` is called after a mark changed: screens ask for it on every paint)."""
        cached = self._tallies.get(session.id)
        if cached is None:
            cached = self._tallies[session.id] = self._session_tally(session)
        return cached

    def forget(self, session_id: int | None = None) -> None:
        """Marks changed (of one session, or any): tallies are counted again when next asked for."""
        if session_id is None:
            self._tallies.clear()
        else:
            self._tallies.pop(session_id, None)

    def _session_tally(self, session: SessionColumn) -> tuple[rules.Tally, int]:
        statuses = []
        missing = 0
        for t in self.expected(session):
            cell = self.marks.get((session.id, t.enrolment_id))
            if cell is None:
                missing += 1
            else:
                statuses.append(cell.status)
        return rules.Tally.of(statuses), missing

    def trainee_tally(self, trainee: EnrolmentRow, *, until: dt.date | None = None) -> rules.Tally:
        """The marks of one trainee at the sessions held up to ``until`` (default: all recorded)."""
        statuses = [cell.status for sess in self.sessions
                    if not sess.cancelled and (until is None or sess.date <= until)
                    and (cell := self.marks.get((sess.id, trainee.enrolment_id))) is not None]
        return rules.Tally.of(statuses)

    def rate(self, tally: rules.Tally) -> float | None:
        return rules.attendance_rate(tally, ExcusedPolicy(self.excused_policy))


def cohort_register(uow: UnitOfWork, *, cohort_id: int, session_ids: list[int] | None = None) -> CohortRegister:
    """Every enrolment, session and mark of a cohort (or of some of its sessions) as plain rows."""
    s = uow.session
    row = s.execute(select(Cohort.name, Programme.min_attendance_pct, Programme.excused_policy)
                    .join(Programme, Programme.id == Cohort.programme_id).where(Cohort.id == cohort_id)).first()
    if row is None:
        raise NotFoundError("not_found", what="@cohort", key=cohort_id)
    name, min_pct, policy = row
    people = [EnrolmentRow(enrolment_id=eid, trainee_id=tid, trainee=v.full_name(given, prefix, family),
                           sort_name=v.sort_name(given, prefix, family), status=str(status), enrolled_on=on,
                           ended_on=ended, paused_on=paused)
              for eid, tid, given, prefix, family, status, on, ended, paused in s.execute(
                  select(Enrolment.id, Trainee.id, Trainee.given_names, Trainee.name_prefix, Trainee.family_name,
                         type_coerce(Enrolment.status, String), Enrolment.enrolled_on, Enrolment.ended_on,
                         Enrolment.paused_on)
                  .join(Trainee, Trainee.id == Enrolment.trainee_id).where(Enrolment.cohort_id == cohort_id))]
    people.sort(key=lambda p: sort_key(p.sort_name))
    sess_stmt = (select(CohortSession.id, CohortSession.date, CohortSession.start_time,
                        CohortSession.duration_minutes, CohortSession.module_id, Module.code, Module.title,
                        CohortSession.topic, CohortSession.location, CohortSession.cancelled, CohortSession.version)
                 .join(Module, Module.id == CohortSession.module_id)
                 .where(CohortSession.cohort_id == cohort_id)
                 .order_by(CohortSession.date, CohortSession.start_time, CohortSession.id))
    if session_ids is not None:
        sess_stmt = sess_stmt.where(CohortSession.id.in_(session_ids))
    columns = [SessionColumn(*r) for r in s.execute(sess_stmt)]
    mark_stmt = (select(AttendanceMark.session_id, AttendanceMark.enrolment_id,
                        type_coerce(AttendanceMark.status, String), AttendanceMark.version,
                        AttendanceMark.minutes_present, AttendanceMark.remark, AttendanceMark.apology_reason,
                        AttendanceMark.apology_given_on)
                 .join(CohortSession, CohortSession.id == AttendanceMark.session_id)
                 .where(CohortSession.cohort_id == cohort_id))
    if session_ids is not None:
        mark_stmt = mark_stmt.where(AttendanceMark.session_id.in_(session_ids))
    # Core rows straight from the connection: thousands of marks without ORM row processing.
    marks = {(sid, eid): MarkCell(status, version, minutes, remark, apology, given)
             for sid, eid, status, version, minutes, remark, apology, given in s.connection().execute(mark_stmt)}
    return CohortRegister(cohort_id=cohort_id, cohort=name, min_attendance_pct=min_pct,
                          excused_policy=str(policy.value if hasattr(policy, "value") else policy),
                          trainees=people, sessions=columns, marks=marks)

