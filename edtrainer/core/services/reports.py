"""Reports as PDF bytes: placement report (full or organisation copy), sign-in sheet, cohort progress
report and trainee progress statement. Each one is logged in the audit trail as printed, since each
carries personal data. The caller commits (the log entry) and writes or shows the bytes.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from edtrainer.core import audit, clock, i18n
from edtrainer.core.errors import NotFoundError
from edtrainer.core.models import (
    AttendanceMark,
    AttendanceStatus,
    Cohort,
    CohortSession,
    Enrolment,
    Evaluation,
    Module,
    ModuleResult,
    Placement,
    ResultStatus,
    Trainee,
)
from edtrainer.core.services import _common as v
from edtrainer.core.services import issuer as issuer_service
from edtrainer.core.services import readiness as readiness_service
from edtrainer.core.uow import UnitOfWork
from edtrainer.documents import reports as r
from edtrainer.documents.data import Issuer


def _lang(lang: str | None) -> str:
    from edtrainer.core.services.certificates import _lang as check

    return check(lang)


def _issuer(uow: UnitOfWork, cohort: Cohort) -> Issuer:
    """The configured issuer; before anyone set one up, the programme's name heads the page."""
    return issuer_service.get_issuer(uow) or Issuer(organisation=cohort.programme.name, place=cohort.location or "")


def _attendance(uow: UnitOfWork, enrolment_id: int, rate: float | None, threshold: float,
                lang: str, with_remarks: bool) -> r.AttendanceSummary:
    counts = dict(uow.session.execute(
        select(AttendanceMark.status, func.count()).join(CohortSession)
        .where(AttendanceMark.enrolment_id == enrolment_id, CohortSession.cancelled.is_(False))
        .group_by(AttendanceMark.status)).all())
    remarks: list[tuple[dt.date, str, str]] = []
    if with_remarks:
        for day, status, remark, apology in uow.session.execute(
                select(CohortSession.date, AttendanceMark.status, AttendanceMark.remark, AttendanceMark.apology_reason)
                .join(CohortSession).where(AttendanceMark.enrolment_id == enrolment_id,
                                           (AttendanceMark.remark.is_not(None))
                                           | (AttendanceMark.apology_reason.is_not(None)))
                .order_by(CohortSession.date)):
            remarks.append((day, i18n.word(status.value, lang), "; ".join(t for t in (apology, remark) if t)))
    return r.AttendanceSummary(rate=rate, threshold=threshold,
                               present=counts.get(AttendanceStatus.PRESENT, 0),
                               late=counts.get(AttendanceStatus.LATE, 0),
                               excused=counts.get(AttendanceStatus.EXCUSED, 0),
                               absent=counts.get(AttendanceStatus.ABSENT, 0), remarks=tuple(remarks))


def latest_placement(uow: UnitOfWork, *, trainee_id: int) -> Placement:
    """The trainee's most recent placement (for 'report placement --trainee')."""
    trainee = v.get(uow.session, Trainee, trainee_id, "trainee")
    placement = uow.session.scalar(select(Placement).join(Enrolment).where(Enrolment.trainee_id == trainee_id)
                                   .order_by(Placement.planned_start.desc()).limit(1))
    if placement is None:
        raise NotFoundError("no_placement", trainee=trainee.full_name)
    return placement


def placement_report(uow: UnitOfWork, *, placement_id: int, organisation_copy: bool = False,
                     lang: str | None = None, today: dt.date | None = None) -> bytes:
    """The placement report for the welfare organisation; ``organisation_copy`` leaves out private remarks,
    attendance remarks and the trainee's contact data."""
    lang = _lang(lang)
    s = uow.session
    p = s.scalar(select(Placement).where(Placement.id == placement_id).options(
        selectinload(Placement.organisation), selectinload(Placement.tandem_professional),
        selectinload(Placement.supervisor), selectinload(Placement.hour_entries),
        selectinload(Placement.evaluations).selectinload(Evaluation.ratings),
        selectinload(Placement.evaluations).selectinload(Evaluation.evaluator),
        selectinload(Placement.enrolment).selectinload(Enrolment.trainee),
        selectinload(Placement.enrolment).selectinload(Enrolment.cohort).selectinload(Cohort.programme)))
    if p is None:
        raise NotFoundError("not_found", what="@placement", key=placement_id)
    enrolment, cohort = p.enrolment, p.enrolment.cohort
    programme = cohort.programme
    months: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0])
    activities: dict[str, float] = defaultdict(float)
    for h in p.hour_entries:
        months[h.date.strftime("%Y-%m")][0 if h.approved_at else 1] += h.minutes / 60
        if h.approved_at:
            activities[h.activity or "–"] += h.minutes / 60
    rd = readiness_service.readiness_for_enrolment(uow, enrolment_id=enrolment.id, today=today).readiness
    data = r.PlacementReportData(
        lang=lang, issuer=_issuer(uow, cohort), made_on=today or clock.today(),
        organisation_copy=organisation_copy, trainee=enrolment.trainee.full_name,
        trainee_email=None if organisation_copy else enrolment.trainee.email,
        trainee_phone=None if organisation_copy else enrolment.trainee.phone,
        programme=programme.name, cohort=cohort.name, organisation=p.organisation.name,
        organisation_city=p.organisation.city, organisation_address=p.organisation.address,
        tandem=r.Person(p.tandem_professional.full_name, p.tandem_professional.job_title) if p.tandem_professional
        else None,
        supervisor=r.Person(p.supervisor.full_name, p.supervisor.job_title) if p.supervisor else None,
        start=p.planned_start, end=p.ended_on or p.planned_end, status=i18n.word(p.status.value, lang),
        agreement_signed_on=p.agreement_signed_on, hours_per_week=p.hours_per_week,
        months=tuple((m, a, q) for m, (a, q) in sorted(months.items())),
        required_hours=programme.required_placement_hours,
        activities=tuple(sorted(activities.items(), key=lambda kv: (-kv[1], kv[0]))),
        evaluations=tuple(r.EvaluationBlock(kind=e.kind.value, date=e.date,
                                            evaluator=e.evaluator.full_name if e.evaluator else None,
                                            ratings=tuple((x.criterion, x.score) for x in e.ratings),
                                            remarks=None if organisation_copy else e.remarks)
                          for e in sorted(p.evaluations, key=lambda e: e.date)),
        attendance=_attendance(uow, enrolment.id, rd.attendance_rate, rd.required_rate, lang,
                               with_remarks=not organisation_copy),
        end_reason=None if organisation_copy else p.end_reason)
    audit.record(s, action="print", entity="placement", entity_id=p.id,
                 details={"what": "placement_report", "organisation_copy": organisation_copy})
    return r.render_placement_report(data)


def find_session(uow: UnitOfWork, *, cohort_id: int, date: dt.date | str) -> CohortSession:
    day = v.date(date, "date")
    found = uow.session.scalar(select(CohortSession).where(CohortSession.cohort_id == cohort_id,
                                                           CohortSession.date == day).limit(1))
    if found is None:
        raise NotFoundError("not_found", what="@session", key=day)
    return found


def sign_in_sheet(uow: UnitOfWork, *, session_id: int, lang: str | None = None) -> bytes:
    """The printed sign-in sheet of a session: every trainee expected there, large type."""
    lang = _lang(lang)
    s = uow.session
    sess = s.scalar(select(CohortSession).where(CohortSession.id == session_id).options(
        selectinload(CohortSession.cohort).selectinload(Cohort.programme), selectinload(CohortSession.module),
        selectinload(CohortSession.trainers)))
    if sess is None:
        raise NotFoundError("not_found", what="@session", key=session_id)
    # Exactly the register's trainees in the register's order: the sheet's row numbers are the register's, so a
    # stack of sheets goes back in at one key per trainee.
    from edtrainer.core.services import sessions as session_service

    apologies = set(s.scalars(select(AttendanceMark.enrolment_id).where(
        AttendanceMark.session_id == sess.id, AttendanceMark.apology_given_on.is_not(None))))
    people = session_service.expected_enrolments(uow, sess)
    people.sort(key=lambda e: readiness_service.sort_key(e.trainee.sort_name))
    rows = tuple(r.SignInRow(e.trainee.full_name, i18n.section("report", lang)["apology"] if e.id in apologies else "")
                 for e in people)
    data = r.SignInData(lang=lang, issuer=_issuer(uow, sess.cohort), cohort=sess.cohort.name,
                        programme=sess.cohort.programme.name, module=sess.module.title, date=sess.date,
                        start=sess.start_time, minutes=sess.duration_minutes, location=sess.location,
                        topic=sess.topic, trainers=tuple(t.full_name for t in sess.trainers), rows=rows)
    audit.record(s, action="print", entity="session", entity_id=sess.id,
                 details={"what": "sign_in_sheet", "count": len(rows)})
    return r.render_sign_in_sheet(data)


def _module_counts(uow: UnitOfWork, cohort: Cohort) -> tuple[int, dict[int, int]]:
    total = uow.session.scalar(select(func.count()).select_from(Module)
                               .where(Module.programme_id == cohort.programme_id)) or 0
    passed = dict(uow.session.execute(
        select(ModuleResult.enrolment_id, func.count()).join(Enrolment)
        .where(Enrolment.cohort_id == cohort.id, ModuleResult.status == ResultStatus.PASSED)
        .group_by(ModuleResult.enrolment_id)).all())
    return total, passed


def cohort_progress_report(uow: UnitOfWork, *, cohort_id: int, lang: str | None = None,
                           today: dt.date | None = None) -> bytes:
    """Per trainee: attendance against the threshold (a chart), modules, placement hours, readiness."""
    lang = _lang(lang)
    cohort = uow.session.scalar(select(Cohort).where(Cohort.id == cohort_id)
                                .options(selectinload(Cohort.programme)))
    if cohort is None:
        raise NotFoundError("not_found", what="@cohort", key=cohort_id)
    rows = readiness_service.readiness_for_cohort(uow, cohort_id=cohort.id, today=today)
    total, passed = _module_counts(uow, cohort)
    data = r.ProgressData(
        lang=lang, issuer=_issuer(uow, cohort), made_on=today or clock.today(), cohort=cohort.name,
        programme=cohort.programme.name, period=(cohort.start_date, cohort.end_date),
        threshold=cohort.programme.min_attendance_pct / 100, required_hours=cohort.programme.required_placement_hours,
        rows=tuple(r.ProgressRow(name=x.trainee, status=i18n.word(x.status.value, lang),
                                 rate=x.readiness.attendance_rate, modules_passed=passed.get(x.enrolment_id, 0),
                                 modules_total=total, hours=x.readiness.approved_hours, ready=x.readiness.ready,
                                 missing="" if x.readiness.ready else x.readiness.summary(lang)) for x in rows))
    audit.record(uow.session, action="print", entity="cohort", entity_id=cohort.id,
                 details={"what": "progress_report", "count": len(rows)})
    return r.render_progress_report(data)


def trainee_progress_statement(uow: UnitOfWork, *, enrolment_id: int, lang: str | None = None,
                               today: dt.date | None = None) -> bytes:
    """What a trainee can take home: attendance, modules, placement hours, and what is still missing."""
    lang = _lang(lang)
    s = uow.session
    enrolment = s.scalar(select(Enrolment).where(Enrolment.id == enrolment_id).options(
        selectinload(Enrolment.trainee), selectinload(Enrolment.cohort).selectinload(Cohort.programme)))
    if enrolment is None:
        raise NotFoundError("not_found", what="@enrolment", key=enrolment_id)
    cohort, programme = enrolment.cohort, enrolment.cohort.programme
    row = readiness_service.readiness_for_enrolment(uow, enrolment_id=enrolment.id, today=today)
    rd = row.readiness
    results = dict(s.execute(select(ModuleResult.module_id, ModuleResult.status)
                             .where(ModuleResult.enrolment_id == enrolment.id)).all())
    modules = s.scalars(select(Module).where(Module.programme_id == programme.id)
                        .order_by(Module.position, Module.code)).all()
    placement = s.scalar(select(Placement).where(Placement.enrolment_id == enrolment.id)
                         .options(selectinload(Placement.organisation)).order_by(Placement.planned_start.desc()))
    data = r.StatementData(
        lang=lang, issuer=_issuer(uow, cohort), made_on=today or clock.today(),
        trainee=enrolment.trainee.full_name, cohort=cohort.name, programme=programme.name,
        period=(enrolment.enrolled_on, enrolment.ended_on or cohort.end_date),
        attendance=_attendance(uow, enrolment.id, rd.attendance_rate, rd.required_rate, lang, with_remarks=False),
        sessions_remaining=rd.remaining_sessions,
        modules=tuple((m.title, m.planned_hours, results.get(m.id, ResultStatus.PENDING).value) for m in modules),
        placement=placement.organisation.name if placement else None, hours=rd.approved_hours,
        required_hours=programme.required_placement_hours, ready=rd.ready,
        missing=tuple(u.text(lang) for u in rd.unmet), outlook=rd.forecast(lang))
    audit.record(s, action="print", entity="enrolment", entity_id=enrolment.id,
                 details={"what": "progress_statement"})
    return r.render_statement(data)


def current_enrolment(uow: UnitOfWork, *, trainee_id: int) -> Enrolment:
    """The trainee's latest enrolment (for 'report progress --trainee')."""
    enrolment = uow.session.scalar(select(Enrolment).where(Enrolment.trainee_id == trainee_id)
                                   .order_by(Enrolment.enrolled_on.desc(), Enrolment.id.desc()).limit(1))
    if enrolment is None:
        raise NotFoundError("not_found", what="@trainee", key=trainee_id)
    return enrolment
