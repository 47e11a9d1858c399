"""Retention (AVG art. 5(1)(e)): personal data kept no longer than needed.

Each programme says how many years after the end of a person's last enrolment their data are kept
(``Programme.retention_years``, default 2). A person is due for erasure when none of their enrolments is
still running (an enrolment left open in a cohort that has ended counts as ended with it) and that period
has passed since the last one ended (the longest period of their
programmes counts). Someone who never enrolled is due two years after their record last changed.

Erasure is the same as on request (``privacy.erase_trainee``): names, contact data and every free text go,
and the certificate register keeps number, dates and status under a pseudonym, as the law on diplomas
allows. Backups are thinned after at most a year (``backups.KEEP_DAYS``), well within any period here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Date, func, select

from edtrainer.core import clock, i18n
from edtrainer.core.models import Cohort, Enrolment, EnrolmentStatus, Programme, Trainee
from edtrainer.core.uow import UnitOfWork

DEFAULT_YEARS = 2
_RUNNING = (EnrolmentStatus.ACTIVE, EnrolmentStatus.PAUSED)


@dataclass(frozen=True)
class Due:
    trainee_id: int
    name: str
    left_on: dt.date  #: the end of the last enrolment (or the record's last change, if never enrolled)
    due_on: dt.date  #: the first day the data may no longer be kept
    programmes: tuple[str, ...]


def add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February into a year without one
        return day.replace(year=day.year + years, day=28)


def due_for_erasure(uow: UnitOfWork, *, today: dt.date | None = None) -> list[Due]:
    """The people whose data have passed their retention period, longest overdue first (a few aggregate
    queries: the Overview asks this on every visit, also of a database with thousands of people)."""
    from edtrainer.core.services._common import full_name
    from edtrainer.core.services.privacy import ERASED_NAME

    today = today or clock.today()
    s = uow.session
    # Still taking part: an active or paused enrolment in a cohort that has not ended. (An enrolment left
    # 'active' in a cohort that ended counts as ended with the cohort: nobody closed it.)
    running = (select(Enrolment.trainee_id).join(Cohort, Cohort.id == Enrolment.cohort_id)
               .where(Enrolment.status.in_(_RUNNING), Cohort.end_date >= today))
    left = func.max(func.coalesce(Enrolment.ended_on, Cohort.end_date), type_=Date)
    ended = s.execute(
        select(Trainee.id, Trainee.given_names, Trainee.name_prefix, Trainee.family_name, left,
               func.max(Programme.retention_years))
        .join(Enrolment, Enrolment.trainee_id == Trainee.id).join(Cohort, Cohort.id == Enrolment.cohort_id)
        .join(Programme, Programme.id == Cohort.programme_id)
        .where(Trainee.given_names != ERASED_NAME, Trainee.id.not_in(running))
        .group_by(Trainee.id, Trainee.given_names, Trainee.name_prefix, Trainee.family_name)
        .having(left <= add_years(today, -1)))  # no period is shorter than a year
    out = []
    for tid, given, prefix, family, left_on, years in ended:
        left_on = left_on if isinstance(left_on, dt.date) else dt.date.fromisoformat(str(left_on))
        if add_years(left_on, years) <= today:
            out.append(Due(tid, full_name(given, prefix, family), left_on, add_years(left_on, years), ()))
    never = s.execute(
        select(Trainee.id, Trainee.given_names, Trainee.name_prefix, Trainee.family_name, Trainee.updated_at)
        .where(Trainee.given_names != ERASED_NAME, ~Trainee.enrolments.any()))
    for tid, given, prefix, family, changed in never:
        left_on = changed.date() if changed is not None else today
        if add_years(left_on, DEFAULT_YEARS) <= today:
            out.append(Due(tid, full_name(given, prefix, family), left_on, add_years(left_on, DEFAULT_YEARS), ()))
    if out:
        names: dict[int, set[str]] = {}
        for tid, programme in s.execute(
                select(Enrolment.trainee_id, Programme.name).join(Cohort, Cohort.id == Enrolment.cohort_id)
                .join(Programme, Programme.id == Cohort.programme_id)
                .where(Enrolment.trainee_id.in_([d.trainee_id for d in out]))):
            names.setdefault(tid, set()).add(programme)
        out = [replace(d, programmes=tuple(sorted(names.get(d.trainee_id, ())))) for d in out]
    return sorted(out, key=lambda d: (d.due_on, d.name))


def erase_due(db: Any, *, trainee_ids: list[int] | None = None, actor: str | None = None,
              today: dt.date | None = None) -> Any:
    """Erase the people due (all, or those of ``trainee_ids`` that are still due when it runs), with the
    same backup, audit and write-ahead-log rules as an erasure on request. Returns ``privacy.Erased``."""
    from edtrainer.core.services import privacy

    def still_due(uow: UnitOfWork) -> list[int]:
        due = [d.trainee_id for d in due_for_erasure(uow, today=today)]
        return due if trainee_ids is None else [t for t in due if t in set(trainee_ids)]

    return privacy.erase_all_with_backup(db, choose=still_due, reason=i18n.text("retention_reason"),
                                         category="retention", actor=actor)
