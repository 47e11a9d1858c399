"""Requests under the AVG (GDPR): access and portability (art. 15, 20) and erasure (art. 17).

Erasure anonymises rather than deletes: the trainee's identifying data and free text go, while the
counts a cohort's figures depend on (attendance marks, hours, results) stay without a name. The audit
log keeps only that the erasure happened, never the erased values.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from edtrainer import __version__
from edtrainer.core import audit, clock, i18n
from edtrainer.core.errors import DatabaseError, ValidationError
from edtrainer.core.models import (
    AttendanceMark,
    Certificate,
    CohortSession,
    Enrolment,
    EnrolmentStatus,
    Evaluation,
    ModuleResult,
    Placement,
    Trainee,
    plain,
    utcnow,
)
from edtrainer.core.services import _common as v
from edtrainer.core.text import fold
from edtrainer.core.uow import UnitOfWork

ERASED_NAME = "(verwijderd)"



def _plain(value: Any) -> Any:
    """As ``plain``, with every moment in explicit UTC ('…+00:00'): SQLite hands times back without their zone."""
    if isinstance(value, dt.datetime):
        value = value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)
    return plain(value)


def _row(obj: Any, *fields: str) -> dict[str, Any]:
    return {f: _plain(getattr(obj, f)) for f in fields}


# What each key of an export holds, in the file itself: whoever reads it later needs no other document.
EXPORT_KEYS = (  # what each holds, in both languages: the catalogue's export_key section
    "exported_at",
    "exported_by",
    "software",
    "keys",
    "trainee",
    "enrolments",
    "enrolments[].attendance",
    "enrolments[].placements",
    "enrolments[].placements[].hours",
    "enrolments[].placements[].evaluations",
    "enrolments[].module_results",
    "enrolments[].certificates",
    "audit_log",
)


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
                "tandem_professional": _person(s, p.tandem_professional_id),
                "supervisor": _person(s, p.supervisor_id),
                **_row(p, "kind", "planned_start", "planned_end", "ended_on", "hours_per_week",
                       "agreement_signed_on", "status", "end_reason"),
                "hours": [{**_row(h, "date", "activity", "approved_at"), "hours": h.minutes / 60,
                           "approved_by": _person(s, h.approved_by_id)} for h in p.hour_entries],
                "evaluations": [{**_row(ev, "kind", "date", "remarks"), "evaluator": _person(s, ev.evaluator_id),
                                 "ratings": {r.criterion: r.score for r in ev.ratings}} for ev in p.evaluations],
            } for p in placements],
            "module_results": [{"module": r.module.title, **_row(r, "status", "decided_on", "remark"),
                                "assessor": r.assessor.full_name if r.assessor else None}
                               for r in results],
            "certificates": [_row(c, "number", "kind", "issued_on", "status", "override_reason", "revoked_on",
                                  "revoked_reason") for c in certificates],
        })
    audit.record(s, action="export", entity="trainee", entity_id=trainee.id, details={"reason": "avg_request"})
    return {
        "exported_at": _plain(utcnow().replace(microsecond=0)),
        "exported_by": uow.actor,
        "software": f"edtrainer {__version__}",
        "keys": {k: i18n.section("export_key")[k] for k in EXPORT_KEYS},
        "trainee": _row(trainee, "given_names", "name_prefix", "family_name", "date_of_birth", "birth_place",
                        "email", "phone", "created_at", "updated_at"),
        "enrolments": out_enrolments,
        "audit_log": _audit_log(uow, trainee.id),
    }


def export_trainee_pdf(uow: UnitOfWork, *, trainee_id: int, lang: str | None = None) -> bytes:
    """The same as ``export_trainee_data``, as a readable PDF in plain words (and logged the same way)."""
    return export_as_pdf(uow, export_trainee_data(uow, trainee_id=trainee_id), lang)


def export_as_pdf(uow: UnitOfWork, data: dict[str, Any], lang: str | None = None) -> bytes:
    """An export made by ``export_trainee_data`` (and logged there) as the readable PDF."""
    from sqlalchemy import func

    from edtrainer.core.models import Cohort, Programme
    from edtrainer.core.services import issuer
    from edtrainer.documents.access_report import render_access_report

    lang = lang or i18n.get_language()
    found = issuer.get_issuer(uow)
    organisation = found.organisation if found is not None and found.organisation else None
    cohorts = [e["cohort"] for e in data["enrolments"]]
    years = uow.session.scalar(select(func.max(Programme.retention_years)).join(Cohort, Cohort.programme_id ==
                                                                                Programme.id)
                               .where(Cohort.name.in_(cohorts))) if cohorts else None
    return render_access_report(data, organisation=organisation, lang=lang, made_on=clock.today(),
                                retention_years=years or 2)


def _person(s: Any, contact_id: int | None) -> str | None:
    """The name of a contact person (tandem professional, supervisor, evaluator, who approved hours)."""
    from edtrainer.core.models import ContactPerson

    if contact_id is None:
        return None
    contact = s.get(ContactPerson, contact_id)
    return contact.full_name if contact is not None else None


def _audit_log(uow: UnitOfWork, trainee_id: int) -> list[dict[str, Any]]:
    """Who created, changed, viewed, printed or exported what about the person, and when: oldest first. A
    change lists the fields that changed (never personal values); a view, print or export says what."""
    from edtrainer.core import models as m
    from edtrainer.core.services.access import about_trainee

    rows = uow.session.scalars(select(m.AuditEntry).where(about_trainee(uow, trainee_id)).order_by(m.AuditEntry.id))
    out = []
    for entry in rows:
        changes = entry.changes if isinstance(entry.changes, dict) else {}
        item: dict[str, Any] = {"at": _plain(entry.at), "by": entry.actor, "action": entry.action,
                                "about": entry.entity, "record": entry.entity_id}
        if entry.action in ("create", "update"):
            item["fields"] = sorted(changes)
        elif changes:
            item["details"] = changes
        out.append(item)
    return out


# Why a person's data were erased, as a category (the free text beside it is scrubbed of the person).
ERASE_CATEGORIES = ("request", "retention", "other")
# Name particles too common to scrub from a text as if they were the person's name.
_PARTICLES = frozenset({"van", "de", "der", "den", "het", "ter", "ten", "te", "la", "le", "el", "al", "du", "da",
                        "di", "op", "in", "aan", "von", "zu", "bin", "ben"})


_EMAIL = re.compile(r"[\w.%+\-]+@[\w\-]+(?:\.[\w\-]+)+")
# Nine digits or more, with the usual separators: a phone number (a date such as 24-11-2026 has eight).
_PHONE = re.compile(r"(?<!\w)\+?\d[\d\s().\-/]{5,}\d(?!\w)")


def scrub(text: str | None, trainee: Trainee) -> str | None:
    """``text`` without the person's names (also written without accents or in other case: 'Zoe', 'ZOË'),
    and without any e-mail address or phone number at all (each replaced by '•')."""
    if not text:
        return text
    names = set()
    for part in (trainee.given_names, trainee.name_prefix, trainee.family_name, trainee.birth_place):
        for word in re.split(r"[\s\-'’]+", part or ""):
            # 'van', 'de' stay when they are the prefix; as a name of their own ('Ben', 'Le') they go
            if len(word) >= 2 and not (part is trainee.name_prefix and word.lower() in _PARTICLES):
                names.add(fold(word))
    out = _EMAIL.sub("•", text)
    if trainee.email:
        out = re.sub(re.escape(trainee.email), "•", out, flags=re.IGNORECASE)
    own = re.sub(r"\D", "", trainee.phone or "")

    def phone(found: re.Match[str]) -> str:
        digits = re.sub(r"\D", "", found.group(0))
        mine = len(own) >= 6 and digits.endswith(own[-9:])  # the person's own number, however short
        return "•" if len(digits) >= 9 or mine else found.group(0)

    out = _PHONE.sub(phone, out)
    out = re.sub(r"\w+", lambda word: "•" if fold(word.group(0)) in names else word.group(0), out)
    return re.sub(r"•(?:[\s\-]*•)+", "•", out)  # 'Zoë Kuipers' is one '•', not two


def erase_trainee(uow: UnitOfWork, *, trainee_id: int, reason: str, category: str = "request") -> Trainee:
    """Anonymise a person: identifying data and every free text about them are removed, wherever they are
    (the trainee, enrolments, marks, placements, hours, evaluations, results, certificates: their PDFs,
    snapshots and the reasons given for an override or a revocation). The register keeps a certificate's
    number, dates and status under a pseudonym. The reason is kept as a category and a text scrubbed of
    the person's names, e-mail address and phone number."""
    s = uow.session
    reason_text = v.text(reason, "reason", max_len=200, required=True)
    if category not in ERASE_CATEGORIES:
        raise ValidationError("invalid_choice", field="category", value=category,
                                choices=", ".join(ERASE_CATEGORIES))
    trainee = v.get(s, Trainee, trainee_id, "trainee")
    if trainee.given_names == ERASED_NAME:
        raise ValidationError("already_erased", field="trainee", id=trainee.id)
    kept_reason = scrub(reason_text, trainee)
    trainee.given_names = ERASED_NAME
    trainee.name_prefix = None
    trainee.family_name = f"#{trainee.id}"
    trainee.date_of_birth = trainee.birth_place = trainee.email = trainee.phone = None
    enrolment_ids = [e.id for e in trainee.enrolments]
    today = clock.today()
    for e in trainee.enrolments:
        e.withdrawal_reason = None
        if e.status in (EnrolmentStatus.ACTIVE, EnrolmentStatus.PAUSED):  # an erased person no longer takes part
            e.status, e.paused_on = EnrolmentStatus.WITHDRAWN, None
            e.ended_on = max(today, e.enrolled_on)
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
            c.override_reason = c.revoked_reason = None
    audit.record(s, action="erase", entity="trainee", entity_id=trainee.id,
                 details={"category": category, "reason": kept_reason})
    s.flush()
    return trainee


@dataclass
class Erased:
    trainee_id: int | None  #: the one person erased (None when several or nobody were)
    backups: list[Any]  #: the backups that still hold the person (the one made just before included)
    until: dt.date | None  #: the last day the thinning may keep one of them
    trainee_ids: list[int] = field(default_factory=list)  #: everyone erased


def backups_still_holding(erased: Erased, lang: str | None = None) -> str | None:
    """The sentence after an erasure: which backups still hold the erased people, and until when."""
    from edtrainer.core import backups

    if not erased.backups or erased.until is None:
        return None
    dates = sorted(b.created.astimezone().date() for b in erased.backups)
    return i18n.text("erase_backups", lang, count=len(dates), period=i18n.format_period(dates[0], dates[-1], lang),
                     folder=backups.folder_for(), until=i18n.format_date(erased.until, lang))


def erase_with_backup(db: Any, *, trainee_id: int, reason: str, category: str = "request",
                      actor: str | None = None) -> Erased:
    """What the app and the command line do for one person (see ``erase_all_with_backup``)."""
    return erase_all_with_backup(db, choose=lambda _uow: [trainee_id], reason=reason, category=category, actor=actor)


def erase_all_with_backup(db: Any, *, choose: Callable[[UnitOfWork], list[int]], reason: str,
                          category: str = "request", actor: str | None = None) -> Erased:
    """Make sure the erased values can leave the file, make a verified backup (which also checks the file:
    no erasure in a damaged database), erase everyone ``choose`` names (asked again inside the unit of
    work) in one unit of work, and fold the write-ahead log into the file so that not a byte of the old
    values is left in either (SQLite overwrites what it frees: ``secure_delete``; PostgreSQL: VACUUM of
    the tables touched)."""
    from edtrainer.core import backups

    if not db.run(choose, write=False):
        return Erased(trainee_id=None, backups=[], until=None)
    if db.is_sqlite and not db.read_only:
        backups.make(db.path, reason="before-erasure")
        # Another program reading the file would keep the old values in the write-ahead log: refuse now,
        # before anything is erased, rather than say "erased" while the bytes are still there.
        db.only_user(wait_ms=5000)

    def erase(uow: UnitOfWork) -> list[int]:
        return [erase_trainee(uow, trainee_id=tid, reason=reason, category=category).id for tid in choose(uow)]

    erased = db.run(erase, actor=actor)
    if db.is_sqlite:
        try:
            db.checkpoint(wait_ms=5000, required=True)
        except DatabaseError as exc:  # opened by someone in the moment between: said, not hidden
            raise DatabaseError("erase_not_flushed", where=db.where) from exc
        holding = [b for b in backups.list_backups(stem=db.path.stem, source=db.path)]
    else:
        db.vacuum(("trainee", "enrolment", "attendance_mark", "placement", "hour_log_entry", "evaluation",
                   "module_result", "certificate", "audit_entry"))
        holding = []
    until = (max(b.created for b in holding).astimezone().date() + dt.timedelta(days=backups.KEEP_DAYS)
             if holding else None)
    return Erased(trainee_id=erased[0] if len(erased) == 1 else None, backups=holding, until=until,
                  trainee_ids=erased)


def privacy_statement(uow: UnitOfWork, lang: str | None = None) -> str:
    """The privacy statement for trainees (Markdown), with the organisation's name and the longest retention
    period of its programmes filled in."""
    from sqlalchemy import func

    from edtrainer import paths
    from edtrainer.core.models import Programme
    from edtrainer.core.services import issuer

    lang = lang or i18n.get_language()
    template = (paths.resources_dir() / "privacy" / f"privacy-{lang}.md").read_text(encoding="utf-8")
    found = issuer.get_issuer(uow)
    organisation = found.organisation if found is not None and found.organisation else i18n.text(
        "privacy_organisation", lang)
    years = uow.session.scalar(select(func.max(Programme.retention_years))) or 2
    from edtrainer.core import cipher

    encrypted = uow.db.is_sqlite and cipher.is_encrypted(uow.db.path)
    security = i18n.text("privacy_encrypted", lang) if encrypted else ""  # nothing to say when it is not
    return template.replace("{organisation}", organisation).replace("{years}", str(years)).replace(
        " {security}", f" {security}" if security else "")
