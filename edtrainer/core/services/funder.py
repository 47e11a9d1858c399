"""The funder's report (gemeente, verantwoording): numbers per cohort over a period, and nobody in them.

Per cohort that ran in the period: how many trainees started in it, were active or paused at its end,
withdrew in it (by category: health, found work, ...), completed, and got their certificate; the
attendance rate at the sessions held in it; the approved placement hours in it per organisation and per
kind of organisation. Numbers only, no names, and no reason's own words. A count from 1 to 4 is shown as
"< 5", and the hours of an organisation (or kind) with fewer than 5 trainees in the period are not shown,
so nobody can be recognised (the rule Dutch statistics follow for small groups).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select

from edtrainer.core import clock, i18n
from edtrainer.core.errors import ValidationError
from edtrainer.core.models import (
    AttendanceMark,
    Certificate,
    CertificateKind,
    CertificateStatus,
    Cohort,
    CohortSession,
    Enrolment,
    EnrolmentStatus,
    HourLogEntry,
    Organisation,
    Placement,
    Programme,
)
from edtrainer.core.uow import UnitOfWork

SMALL = 5  #: counts below this (but above 0) are shown as "< 5"
CATEGORIES = ("health", "work", "personal", "moved", "programme", "other", "not_given")


def shown(count: int) -> str:
    """A count as the report prints it: 0, "< 5", or the number."""
    return "0" if count == 0 else f"< {SMALL}" if count < SMALL else str(count)


def shown_total(parts: dict[str, int], lang: str) -> str:
    """A total beside its parts: when a part is hidden ("< 5") and the total is not small, the total is shown
    as "5 or more", so subtracting the parts shown cannot give the hidden one away."""
    total = sum(parts.values())
    if total >= SMALL and any(0 < v < SMALL for v in parts.values()):
        return i18n.text("funder_or_more", lang, count=SMALL)
    return shown(total)


@dataclass
class CohortFigures:
    cohort: str
    programme: str
    started: int = 0
    active: int = 0
    paused: int = 0
    withdrawn: dict[str, int] = field(default_factory=dict)
    completed: int = 0
    certified: int = 0
    attendance_rate: float | None = None
    sessions_held: int = 0


@dataclass
class HoursLine:
    name: str        #: an organisation, or a kind of organisation
    trainees: int
    hours: float
    kind: str = ""   #: an organisation's kind (the line it counts in)
    hidden: bool = False  #: too few trainees behind it, or its total would give a hidden line away
    count_hidden: bool = False  #: the number of trainees, too, would give a hidden line away


@dataclass
class FunderReport:
    start: dt.date
    end: dt.date
    programme: str | None
    cohorts: list[CohortFigures] = field(default_factory=list)
    by_organisation: list[HoursLine] = field(default_factory=list)
    by_kind: list[HoursLine] = field(default_factory=list)


def funder_report(uow: UnitOfWork, *, start: dt.date, end: dt.date, programme_id: int | None = None,
                  lang: str = "nl") -> FunderReport:
    if end < start:
        raise ValidationError("end_before_start", field="end", start=start, end=end)
    s = uow.session
    found = s.get(Programme, programme_id) if programme_id is not None else None
    programme = found.name if found is not None else None
    stmt = select(Cohort).where(Cohort.start_date <= end, Cohort.end_date >= start).order_by(Cohort.start_date)
    if programme_id is not None:
        stmt = stmt.where(Cohort.programme_id == programme_id)
    report = FunderReport(start=start, end=end, programme=programme)
    cohorts = list(s.scalars(stmt))
    for cohort in cohorts:
        figures = CohortFigures(cohort=cohort.name, programme=cohort.programme.name)
        for e in s.scalars(select(Enrolment).where(Enrolment.cohort_id == cohort.id)):
            if start <= e.enrolled_on <= end:
                figures.started += 1
            if e.enrolled_on > end:
                continue
            ended_in = e.ended_on is not None and start <= e.ended_on <= end
            if e.status is EnrolmentStatus.WITHDRAWN and ended_in:
                key = e.withdrawal_category or "not_given"
                figures.withdrawn[key] = figures.withdrawn.get(key, 0) + 1
            elif e.status is EnrolmentStatus.COMPLETED and ended_in:
                figures.completed += 1
            elif e.ended_on is None or e.ended_on > end:  # still in the programme at the period's end
                if e.status is EnrolmentStatus.PAUSED and e.paused_on is not None and e.paused_on <= end:
                    figures.paused += 1
                else:
                    figures.active += 1
        figures.certified = s.scalar(select(func.count(func.distinct(Certificate.enrolment_id))).select_from(
            Certificate).join(Enrolment).where(
            Enrolment.cohort_id == cohort.id, Certificate.kind == CertificateKind.PROGRAMME,
            Certificate.status != CertificateStatus.REVOKED,
            Certificate.issued_on.between(start, end))) or 0
        # Held: up to today. A session still to come is not held, and its apologies count for nobody's rate.
        held_until = min(end, clock.today())
        counts: dict[str, int] = {str(getattr(k, "value", k)): int(v) for k, v in s.execute(
            select(AttendanceMark.status, func.count()).join(CohortSession)
            .where(CohortSession.cohort_id == cohort.id, CohortSession.cancelled.is_(False),
                   CohortSession.date.between(start, held_until)).group_by(AttendanceMark.status)).all()}
        marked = sum(counts.values())
        figures.sessions_held = s.scalar(select(func.count()).select_from(CohortSession).where(
            CohortSession.cohort_id == cohort.id, CohortSession.cancelled.is_(False),
            CohortSession.date.between(start, held_until))) or 0
        if marked:  # as the programme counts it (an excused absence counts, or not, as its policy says)
            from edtrainer.core import rules

            tally = rules.Tally(counts.get("present", 0), counts.get("late", 0), counts.get("excused", 0),
                                counts.get("absent", 0))
            figures.attendance_rate = rules.attendance_rate(tally, cohort.programme.excused_policy)
        report.cohorts.append(figures)
    _hours(uow, report, [c.id for c in cohorts], lang)
    return report


def _hours(uow: UnitOfWork, report: FunderReport, cohort_ids: list[int], lang: str) -> None:
    """Approved placement hours in the period per organisation and per kind, with how many trainees."""
    rows = uow.session.execute(
        select(Organisation.name, Organisation.kind, Placement.enrolment_id, func.sum(HourLogEntry.minutes))
        .join(Placement, Placement.id == HourLogEntry.placement_id)
        .join(Organisation, Organisation.id == Placement.organisation_id)
        .join(Enrolment, Enrolment.id == Placement.enrolment_id)
        .where(Enrolment.cohort_id.in_(cohort_ids), HourLogEntry.approved_at.is_not(None),
               HourLogEntry.date.between(report.start, report.end))
        .group_by(Organisation.name, Organisation.kind, Placement.enrolment_id)).all()
    per_org: dict[str, tuple[set[int], float]] = defaultdict(lambda: (set(), 0.0))
    per_kind: dict[str, tuple[set[int], float]] = defaultdict(lambda: (set(), 0.0))
    for name, kind, enrolment_id, minutes in rows:
        for table, key in ((per_org, name), (per_kind, i18n.word(f"org_{getattr(kind, 'value', kind)}", lang))):
            people, hours = table[key]
            people.add(enrolment_id)
            table[key] = (people, hours + (minutes or 0) / 60)
    kinds = {name: i18n.word(f"org_{getattr(kind, 'value', kind)}", lang) for name, kind, _e, _m in rows}
    report.by_organisation = [HoursLine(k, len(p), round(h, 1), kinds[k], len(p) < SMALL)
                              for k, (p, h) in sorted(per_org.items())]
    report.by_kind = [HoursLine(k, len(p), round(h, 1), k, len(p) < SMALL) for k, (p, h) in sorted(per_kind.items())]
    suppress_totals(report)


def suppress_totals(report: FunderReport) -> None:
    """A kind's figures minus those of the organisations shown give the hidden organisations' together: when
    fewer than 5 trainees stand behind those, the kind's hours and its number of trainees are not shown either."""
    for line in report.by_kind:
        hidden = [o for o in report.by_organisation if o.kind == line.name and o.hidden]
        together = sum(o.trainees for o in hidden)
        if hidden and together < SMALL and len(hidden) < len([o for o in report.by_organisation
                                                                if o.kind == line.name]):
            line.hidden = True
            line.count_hidden = True


def hours_shown(line: HoursLine, lang: str) -> str:
    """The hours, unless so few trainees stand behind them (or behind a line they would give away) that they
    would point at someone."""
    if not line.hidden:
        return i18n.format_number(line.hours, lang)
    return i18n.text("funder_hidden" if line.trainees < SMALL else "funder_hidden_other", lang)


def render(uow: UnitOfWork, report: FunderReport, *, fmt: str, lang: str) -> bytes:
    """The report as a PDF or an .xlsx workbook; logged as an export (numbers only)."""
    from edtrainer.core import audit, clock
    from edtrainer.core.services import issuer as issuer_service
    from edtrainer.core.services.exports import to_xlsx
    from edtrainer.documents.data import Issuer
    from edtrainer.documents.reports import TablesData, render_tables

    sheets = as_sheets(report, lang)
    audit.record(uow.session, action="export", entity="cohort", entity_id=None,
                 details={"what": "funder_report", "format": fmt, "cohorts": len(report.cohorts),
                          "from": report.start.isoformat(), "to": report.end.isoformat()})
    if fmt == "xlsx":
        return to_xlsx(sheets, lang)
    issuer = issuer_service.get_issuer(uow) or Issuer(organisation=report.programme or "edtrainer", place="")
    period = i18n.text("funder_period", lang, start=i18n.format_date(report.start, lang),
                       end=i18n.format_date(report.end, lang))
    w = lambda key: i18n.text(f"funder_{key}", lang)  # noqa: E731
    pct = lambda rate: "" if rate is None else i18n.format_percent(rate, lang)  # noqa: E731
    overview = ((w("cohort"), w("started"), w("active"), w("paused"), w("withdrawn"), w("completed"),
                 w("certified"), w("sessions"), w("rate")),
                tuple((c.cohort, shown(c.started), shown(c.active), shown(c.paused),
                       shown_total(c.withdrawn, lang), shown(c.completed), shown(c.certified),
                       str(c.sessions_held), pct(c.attendance_rate)) for c in report.cohorts))
    used = [cat for cat in CATEGORIES if any(c.withdrawn.get(cat) for c in report.cohorts)]
    reasons = ((w("cohort"), *(w(f"cat_{cat}") for cat in used)),
               tuple((c.cohort, *(shown(c.withdrawn.get(cat, 0)) for cat in used)) for c in report.cohorts))

    def hours_table(lines: list[HoursLine]) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
        return ((w("where"), w("trainees"), w("hours_approved")),
                tuple((line.name, "—" if line.count_hidden else shown(line.trainees), hours_shown(line, lang))
                      for line in lines))

    Section = tuple[str, tuple[str, ...], tuple[tuple[str, ...], ...]]
    sections: list[Section] = [(w("cohorts"), *overview)]
    if used:
        sections.append((w("reasons"), *reasons))
    sections += [(f"{w('hours')} – {w('by_kind').lower()}", *hours_table(report.by_kind)),
                 (f"{w('hours')} – {w('by_org').lower()}", *hours_table(report.by_organisation))]
    if not report.cohorts:
        sections = [(i18n.text("funder_none", lang), ("",), ())]
    return render_tables(TablesData(lang=lang, issuer=issuer, made_on=clock.today(),
                                    title=i18n.text("funder_title", lang) + (f" – {report.programme}"
                                                                            if report.programme else ""),
                                    subtitle=period, intro=i18n.text("funder_intro", lang),
                                    sections=tuple(sections)))


def as_sheets(report: FunderReport, lang: str) -> list[Any]:
    """The report as spreadsheet sheets (the same numbers, the same rule for small ones)."""
    from edtrainer.core.services.exports import Sheet

    w = lambda key: i18n.text(f"funder_{key}", lang)  # noqa: E731
    groups = Sheet(w("cohorts"), [w(k) for k in ("cohort", "programme", "started", "active", "paused")]
                   + [i18n.text("funder_withdrawn_by", lang, category=i18n.text(f"funder_cat_{c}", lang))
                      for c in CATEGORIES] + [w(k) for k in ("completed", "certified", "sessions", "rate")])
    def cell(count: int) -> int | str:  # a number Excel can add up, unless it is hidden ("< 5")
        text = shown(count)
        return int(text) if text.isdigit() else text

    for c in report.cohorts:
        groups.rows.append([c.cohort, c.programme, cell(c.started), cell(c.active), cell(c.paused)]
                           + [cell(c.withdrawn.get(cat, 0)) for cat in CATEGORIES]
                           + [cell(c.completed), cell(c.certified), c.sessions_held,
                              None if c.attendance_rate is None else round(c.attendance_rate, 4)])
    hours = Sheet(w("hours"), [w("per"), w("where"), w("trainees"), w("hours_approved")])
    for per, lines in (("per_kind", report.by_kind), ("per_org", report.by_organisation)):
        for line in lines:
            hours.rows.append([w(per), line.name, "—" if line.count_hidden else cell(line.trainees),
                               hours_shown(line, lang) if line.hidden else line.hours])
    return [groups, hours]
