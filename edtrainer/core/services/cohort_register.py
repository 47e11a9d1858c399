"""A cohort's whole attendance register for screens: trainees x sessions with their marks, read in three
queries as plain rows (the register grid, the whole-cohort grid, the trainer's window)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import NamedTuple

from sqlalchemy import String, select, type_coerce

from edtrainer.core import rules
from edtrainer.core.errors import NotFoundError
from edtrainer.core.models import (
    AttendanceMark,
    Cohort,
    CohortSession,
    Enrolment,
    ExcusedPolicy,
    Module,
    Programme,
    Trainee,
)
from edtrainer.core.services import _common as v
from edtrainer.core.services.readiness import sort_key
from edtrainer.core.uow import UnitOfWork


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

