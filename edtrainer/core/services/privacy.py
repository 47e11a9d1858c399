"""Requests under the AVG (GDPR): access and portability (art. 15, 20) and erasure (art. 17).

Erasure anonymises rather than deletes: the trainee's identifying data and free text go, while the
counts a cohort's figures depend on (attendance marks, hours, results) stay without a name. The audit
log keeps only that the erasure happened, never the erased values.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from edtrainer import __version__
from edtrainer.core import audit
from edtrainer.core.models import (
    AttendanceMark,
    Certificate,
    CohortSession,
    Enrolment,
    Evaluation,
    ModuleResult,
    Placement,
    Trainee,
    plain,
    utcnow,
)
from edtrainer.core.services import _common as v
from edtrainer.core.uow import UnitOfWork

ERASED_NAME = "(verwijderd)"



def _row(obj: Any, *fields: str) -> dict[str, Any]:
    return {f: plain(getattr(obj, f)) for f in fields}


def export_trainee_data(uow: UnitOfWork, *, trainee_id: int) -> dict[str, Any]:
    """Everything edtrainer holds about one person, as plain data (for a copy to hand over)."""
    s = uow.session
    trainee = v.get(s, Trainee, trainee_id, "trainee")
    enrolments = s.scalars(select(Enrolment).where(Enrolment.trainee_id == trainee.id)
                           .options(selectinload(Enrolment.cohort), selectinload(Enrolment.buddy))
                           .order_by(Enrolment.enrolled_on)).all()
    out_enrolments = []
    for e in enrolments:
        marks = s.execute(select(AttendanceMark, CohortSession).join(CohortSession)
                          .where(AttendanceMark.enrolment_id == e.id).order_by(CohortSession.date)).all()
        placements = s.scalars(select(Placement).where(Placement.enrolment_id == e.id)
                               .options(selectinload(Placement.organisation), selectinload(Placement.hour_entries),
                                        selectinload(Placement.evaluations).selectinload(Evaluation.ratings))).all()
        results = s.scalars(select(ModuleResult).where(ModuleResult.enrolment_id == e.id)
                            .options(selectinload(ModuleResult.module))).all()
        certificates = s.scalars(select(Certificate).where(Certificate.enrolment_id == e.id)).all()
        out_enrolments.append({
            **_row(e, "enrolled_on", "ended_on", "status", "withdrawal_reason"),
            "cohort": e.cohort.name,
            "buddy": e.buddy.full_name if e.buddy else None,
            "attendance": [{"date": plain(sess.date), **_row(m, "status", "minutes_present", "remark",
                                                                 "apology_reason", "apology_given_on")}
                           for m, sess in marks],
            "placements": [{
                "organisation": p.organisation.name,
                **_row(p, "kind", "planned_start", "planned_end", "ended_on", "hours_per_week",
                       "agreement_signed_on", "status", "end_reason"),
                "hours": [{**_row(h, "date", "activity", "approved_at"), "hours": h.minutes / 60}
                          for h in p.hour_entries],
                "evaluations": [{**_row(ev, "kind", "date", "remarks"),
                                 "ratings": {r.criterion: r.score for r in ev.ratings}} for ev in p.evaluations],
            } for p in placements],
            "module_results": [{"module": r.module.title, **_row(r, "status", "decided_on", "remark")}
                               for r in results],
            "certificates": [_row(c, "number", "kind", "issued_on", "status", "revoked_reason") for c in certificates],
        })
    audit.record(s, action="export", entity="trainee", entity_id=trainee.id, details={"reason": "avg_request"})
    return {
        "exported_at": utcnow().isoformat(timespec="seconds"),
        "exported_by": uow.actor,
        "software": f"edtrainer {__version__}",
        "trainee": _row(trainee, "given_names", "name_prefix", "family_name", "date_of_birth", "birth_place",
                        "email", "phone", "created_at", "updated_at"),
        "enrolments": out_enrolments,
    }


def erase_trainee(uow: UnitOfWork, *, trainee_id: int, reason: str) -> Trainee:
    """Anonymise a person: identifying data and every free text about them are removed."""
    s = uow.session
    reason_text = v.text(reason, "reason", max_len=200, required=True)
    trainee = v.get(s, Trainee, trainee_id, "trainee")
    trainee.given_names = ERASED_NAME
    trainee.name_prefix = None
    trainee.family_name = f"#{trainee.id}"
    trainee.date_of_birth = trainee.birth_place = trainee.email = trainee.phone = None
    enrolment_ids = [e.id for e in trainee.enrolments]
    for e in trainee.enrolments:
        e.withdrawal_reason = None
    if enrolment_ids:
        for m in s.scalars(select(AttendanceMark).where(AttendanceMark.enrolment_id.in_(enrolment_ids))):
            if m.remark or m.apology_reason:
                m.remark = m.apology_reason = None
        for p in s.scalars(select(Placement).where(Placement.enrolment_id.in_(enrolment_ids))):
            p.end_reason = None
            for h in p.hour_entries:
                h.activity = None
            for ev in p.evaluations:
                ev.remarks = None
        for r in s.scalars(select(ModuleResult).where(ModuleResult.enrolment_id.in_(enrolment_ids))):
            r.remark = None
        for c in s.scalars(select(Certificate).where(Certificate.enrolment_id.in_(enrolment_ids))):
            c.pdf = c.snapshot = None
    audit.record(s, action="erase", entity="trainee", entity_id=trainee.id, details={"reason": reason_text})
    s.flush()
    return trainee




def erase_with_backup(db: Any, *, trainee_id: int, reason: str, actor: str | None = None) -> Any:
    """What the app and the command line do: a verified backup first (which also checks the file: no
    erasure in a damaged database), then the erasure in one unit of work, then the write-ahead log folded
    into the file so the erased values are gone from it."""
    if db.is_sqlite and not db.read_only:
        from edtrainer.core import backups

        backups.make(db.path, reason="before-erasure")
    trainee = db.run(lambda uow: erase_trainee(uow, trainee_id=trainee_id, reason=reason), actor=actor)
    db.checkpoint()
    return trainee
