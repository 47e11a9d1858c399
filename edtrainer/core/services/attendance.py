"""Attendance (presentie): recording, changing and clearing one trainee's mark at a session, everyone
present at once, apologies in advance, and one session's register."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from edtrainer.core import clock
from edtrainer.core.errors import ValidationError
from edtrainer.core.models import AttendanceMark, AttendanceStatus, CohortSession, Enrolment, Trainee
from edtrainer.core.services import _common as v
from edtrainer.core.uow import UnitOfWork


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

