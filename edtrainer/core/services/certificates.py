"""Issuing certificates, and the certificate register.

Issuing freezes the document: the number, the exact PDF bytes (signed), their SHA-256 and a snapshot
of the data printed are stored together, and a reprint returns those bytes, never a new rendering. A
correction is a new certificate that supersedes the old; a revocation records its reason; both stay in
the register.

Numbers come from ``certificate_counter``: the row of the number's prefix is incremented inside the
issuing transaction, which locks it until commit, so coordinators issuing at the same moment on one
PostgreSQL database queue for the next number instead of taking the same one, and a failed issue
gives its number back (no gaps).

For the desktop app: :func:`issue_for_cohort` takes the ``Database`` (one transaction per certificate,
so that cancelling keeps what was issued), a ``progress(done, total)`` callback and a ``cancelled()``
callable, and is safe to run off the GUI thread. Everything else takes a ``UnitOfWork``; the caller
commits.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import selectinload

from edtrainer.core import audit, audit_chain, clock, i18n
from edtrainer.core.errors import ConflictError, FileError, NotFoundError, ValidationError
from edtrainer.core.models import (
    AttendanceMark,
    AttendanceStatus,
    Certificate,
    CertificateCounter,
    CertificateKind,
    CertificateStatus,
    Cohort,
    CohortSession,
    Enrolment,
    EnrolmentStatus,
    HourLogEntry,
    Module,
    ModuleResult,
    Placement,
    ResultStatus,
    SigningKey,
)
from edtrainer.core.services import _common as v
from edtrainer.core.services import issuer as issuer_service
from edtrainer.core.services import readiness as readiness_service
from edtrainer.core.services import signing_keys
from edtrainer.core.uow import UnitOfWork
from edtrainer.documents import signing
from edtrainer.documents.certificates import render_certificate
from edtrainer.documents.data import CertificateData, Issuer, ModuleLine, PlacementSummary, snapshot
from edtrainer.documents.verify import PdfCheck, Problem, check_code, check_pdf

if TYPE_CHECKING:
    from edtrainer.core.db import Database

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class IssuedCertificate:
    id: int
    number: str
    kind: str
    trainee: str
    enrolment_id: int
    sha256: str
    pdf: bytes = field(repr=False)


@dataclass(frozen=True)
class Skipped:
    enrolment_id: int
    trainee: str
    reason: str

    @property
    def line(self) -> str:
        """Who and why, naming the trainee once ("X heeft al …", or "X: Aanwezigheid 72 % …")."""
        return self.reason if self.reason.startswith(self.trainee) else f"{self.trainee}: {self.reason}"


@dataclass
class BatchResult:
    issued: list[IssuedCertificate] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    cancelled: bool = False


@dataclass(frozen=True)
class RegisterRow:
    id: int
    number: str
    kind: str
    module: str | None
    trainee: str
    cohort: str
    programme: str
    issued_on: dt.date
    status: str
    language: str
    sha256: str | None
    key_fingerprint: str | None
    override_reason: str | None
    revoked_on: dt.date | None
    reason: str | None              # why revoked, or why replaced
    supersedes: str | None          # number this one replaces
    superseded_by: str | None       # number that replaces this one
    erased: bool = False
    code: str | None = None         # the short code printed on it (the verification page finds it by this)
    name_now: str | None = None     # today's name in the records, when it differs from the name on it

    def as_dict(self) -> dict[str, Any]:
        return {k: (val.isoformat() if isinstance(val, dt.date) else val) for k, val in self.__dict__.items()}


# --- numbers ----------------------------------------------------------------------------------------

def next_number(uow: UnitOfWork, *, pattern: str, code: str, year: int, kind: str) -> str:
    """The next free number for this pattern; the counter row stays locked until the transaction ends."""
    s = uow.session
    scope = issuer_service.render_number(pattern, code=code, year=year, kind=kind, seq=None)[:60]
    dialect = s.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert  # type: ignore[assignment]
    s.execute(dialect_insert(CertificateCounter).values(scope=scope, last_value=0).on_conflict_do_nothing())
    while True:
        seq = s.execute(update(CertificateCounter).where(CertificateCounter.scope == scope)
                        .values(last_value=CertificateCounter.last_value + 1)
                        .returning(CertificateCounter.last_value)).scalar_one()
        number = issuer_service.render_number(pattern, code=code, year=year, kind=kind, seq=seq)
        # A number given out under an earlier pattern (or by hand) is never given out twice.
        if s.scalar(select(Certificate.id).where(Certificate.number == number)) is None:
            return number


# --- what a certificate prints ----------------------------------------------------------------------

def _facts(number: str, kind: str, name: str, programme_code: str, issued_on: dt.date) -> str:
    """The key facts the verification code signs, as one canonical line."""
    clean = " ".join(name.replace("|", "/").split())
    return f"{number}|{kind}|{clean}|{programme_code}|{issued_on.isoformat()}"


def _enrolment(uow: UnitOfWork, enrolment_id: int) -> Enrolment:
    enrolment = uow.session.scalar(
        select(Enrolment).where(Enrolment.id == enrolment_id)
        .options(selectinload(Enrolment.trainee), selectinload(Enrolment.cohort).selectinload(Cohort.programme)))
    if enrolment is None:
        raise NotFoundError("not_found", what="@enrolment", key=enrolment_id)
    return enrolment


def _passed_modules(uow: UnitOfWork, enrolment_id: int) -> list[tuple[Module, ModuleResult]]:
    return list(uow.session.execute(
        select(Module, ModuleResult).join(ModuleResult, ModuleResult.module_id == Module.id)
        .where(ModuleResult.enrolment_id == enrolment_id, ModuleResult.status == ResultStatus.PASSED)
        .order_by(Module.position, Module.code)))


def _placement_summary(uow: UnitOfWork, enrolment_id: int) -> PlacementSummary | None:
    s = uow.session
    placements = list(s.scalars(select(Placement).where(Placement.enrolment_id == enrolment_id)
                                .options(selectinload(Placement.organisation)).order_by(Placement.planned_start)))
    if not placements:
        return None
    minutes = dict(s.execute(
        select(HourLogEntry.placement_id, func.sum(HourLogEntry.minutes))
        .where(HourLogEntry.placement_id.in_([p.id for p in placements]), HourLogEntry.approved_at.is_not(None))
        .group_by(HourLogEntry.placement_id)).all())
    main = max(placements, key=lambda p: (minutes.get(p.id, 0), p.planned_start))
    total = sum(int(m or 0) for m in minutes.values()) / 60
    return PlacementSummary(organisation=main.organisation.name, city=main.organisation.city,
                            start=min(p.planned_start for p in placements),
                            end=main.ended_on or main.planned_end, hours=total)


def _attendance(uow: UnitOfWork, enrolment_id: int) -> tuple[int, float]:
    present = (AttendanceStatus.PRESENT, AttendanceStatus.LATE)
    rows = uow.session.execute(
        select(AttendanceMark.minutes_present, CohortSession.duration_minutes)
        .join(CohortSession, CohortSession.id == AttendanceMark.session_id)
        .where(AttendanceMark.enrolment_id == enrolment_id, AttendanceMark.status.in_(present))).all()
    minutes = sum(m if m is not None else d for m, d in rows)
    return len(rows), minutes / 60


def build_data(uow: UnitOfWork, *, enrolment: Enrolment, kind: CertificateKind, module: Module | None,
               number: str, issued_on: dt.date, lang: str, issuer: Issuer, signer: signing.OrgSigner,
               supersedes: str | None = None, exemptions: bool = False) -> CertificateData:
    """What a certificate prints. With ``exemptions`` (a programme certificate issued with an override) the
    required modules that were not passed are listed as exempted, never silently left out."""
    trainee, cohort = enrolment.trainee, enrolment.cohort
    programme = cohort.programme
    passed = _passed_modules(uow, enrolment.id)
    module_line = None
    passed_on = None
    module_period = None
    english = lang == "en"
    if module is not None:
        module_line = ModuleLine(_title(module, lang), module.planned_hours)
        passed_on = next((r.decided_on for m, r in passed if m.id == module.id), None)
        first, last = uow.session.execute(
            select(func.min(CohortSession.date), func.max(CohortSession.date))
            .where(CohortSession.cohort_id == enrolment.cohort_id, CohortSession.module_id == module.id,
                   CohortSession.cancelled.is_(False), CohortSession.date <= issued_on)).one()
        module_period = (first, last) if first is not None else None
    sessions, hours = _attendance(uow, enrolment.id) if kind is CertificateKind.PARTICIPATION else (0, 0.0)
    end = enrolment.ended_on or min(cohort.end_date, issued_on)
    facts = _facts(number, kind.value, trainee.full_name, programme.code, issued_on)
    signature = signer.sign_facts(facts)
    code = signing.short_code(signature)
    qr = f"{issuer.verify_url}#{code}" if issuer.verify_url else code
    return CertificateData(
        kind=kind.value, lang=lang, number=number, issued_on=issued_on, trainee_name=trainee.full_name,
        date_of_birth=trainee.date_of_birth, birth_place=trainee.birth_place,
        programme_name=(programme.name_en if english and programme.name_en else programme.name),
        programme_code=programme.code,
        certificate_title=(programme.certificate_title_en if english and programme.certificate_title_en
                           else programme.certificate_title),
        wording=programme.certificate_wording, cohort_name=cohort.name, cohort_location=cohort.location,
        period_start=enrolment.enrolled_on, period_end=max(end, enrolment.enrolled_on),
        modules=_module_lines(enrolment, passed, exemptions and kind is CertificateKind.PROGRAMME, lang),
        module=module_line, module_passed_on=passed_on, module_period=module_period,
        module_assessment=module.assessment_kind.value if module is not None else None,
        placement=_placement_summary(uow, enrolment.id) if kind is not CertificateKind.MODULE else None,
        sessions_attended=sessions, hours_attended=hours, issuer=issuer, supersedes=supersedes,
        verification_code=signing.group_short(code), qr_payload=qr, facts=facts,
        signed_code=signing.qr_payload(number, signing.encode_signature(signature)))


# --- issuing ----------------------------------------------------------------------------------------

def _title(module: Module, lang: str) -> str:
    """A module's name in the certificate's language: English where the programme gives one."""
    return module.title_en if lang == "en" and module.title_en else module.title


def _module_lines(enrolment: Enrolment, passed: list[tuple[Module, ModuleResult]],
                  exemptions: bool, lang: str) -> tuple[ModuleLine, ...]:
    done = {m.id for m, _r in passed}
    lines = [ModuleLine(_title(m, lang), m.planned_hours) for m, _r in passed]
    if exemptions:
        lines += [ModuleLine(_title(m, lang), m.planned_hours, exempted=True)
                  for m in enrolment.cohort.programme.modules if m.required and m.id not in done]
    return tuple(lines)


def _valid_certificate(uow: UnitOfWork, enrolment_id: int, kind: CertificateKind,
                       module_id: int | None) -> Certificate | None:
    stmt = select(Certificate).where(Certificate.enrolment_id == enrolment_id, Certificate.kind == kind,
                                     Certificate.status == CertificateStatus.ISSUED)
    if module_id is not None:
        stmt = stmt.where(Certificate.module_id == module_id)
    return uow.session.scalar(stmt.limit(1))


def _revoked_certificate(uow: UnitOfWork, enrolment_id: int, kind: CertificateKind,
                         module_id: int | None) -> Certificate | None:
    """The newest revoked certificate of this kind for this enrolment: a new one needs a reason."""
    stmt = select(Certificate).where(Certificate.enrolment_id == enrolment_id, Certificate.kind == kind,
                                     Certificate.status == CertificateStatus.REVOKED)
    stmt = stmt.where(Certificate.module_id == module_id) if module_id is not None else stmt.where(
        Certificate.module_id.is_(None))
    return uow.session.scalar(stmt.order_by(Certificate.id.desc()).limit(1))


def _check_signer(uow: UnitOfWork, signer: signing.OrgSigner) -> SigningKey:
    row = signing_keys.active_key_row(uow)
    if row is None:
        raise ValidationError("no_key", field="signing_key")
    if row.fingerprint != signer.fingerprint:
        raise ValidationError("signer_not_active", field="signing_key")
    return row


def _lang(lang: str | None) -> str:
    lang = (lang or i18n.get_language())[:2].lower()
    if lang not in i18n.LANGUAGES:
        raise ValidationError("invalid_choice", field="language", value=lang, choices=", ".join(i18n.LANGUAGES))
    return lang


def still_in_programme(enrolment: Enrolment, today: dt.date) -> bool:
    """A statement of participation is for who stopped, or once the cohort has ended: not a running tally."""
    return enrolment.status in (EnrolmentStatus.ACTIVE, EnrolmentStatus.PAUSED) and enrolment.cohort.end_date > today


def issue_certificate(uow: UnitOfWork, *, enrolment_id: int, signer: signing.OrgSigner,
                      kind: CertificateKind | str = CertificateKind.PROGRAMME, module_id: int | None = None,
                      lang: str | None = None, override_reason: str | None = None,
                      today: dt.date | None = None, _supersedes: Certificate | None = None) -> IssuedCertificate:
    """Issue one certificate: check, number, render, sign, store. The caller commits.

    A programme certificate needs a trainee who is ready (readiness rules) unless ``override_reason``
    says why it is issued anyway; a module certificate needs the module passed. Raises ValidationError.
    """
    s = uow.session
    cert_kind = v.choice(kind, CertificateKind, "kind")
    language = _lang(lang)
    today = today or clock.today()
    enrolment = _enrolment(uow, enrolment_id)
    name = enrolment.trainee.full_name
    from edtrainer.core.services.privacy import ERASED_NAME

    if enrolment.trainee.given_names == ERASED_NAME:  # no document for someone whose data were erased
        raise ValidationError("certificate_for_erased", field="trainee", id=enrolment.trainee_id)
    reason = v.text(override_reason, "reason", max_len=300)
    module = None
    if cert_kind is CertificateKind.MODULE:
        if module_id is None:
            raise ValidationError("module_needed", field="module")
        module = v.get(s, Module, module_id, "module")
        if not any(m.id == module.id for m, _r in _passed_modules(uow, enrolment.id)):
            raise ValidationError("module_not_passed", field="module", trainee=name, module=module.title)
    elif cert_kind is CertificateKind.PROGRAMME and _supersedes is None:
        row = readiness_service.readiness_for_enrolment(uow, enrolment_id=enrolment.id, today=today)
        if not row.readiness.ready and reason is None:
            raise ValidationError("not_ready_for_certificate", field="reason", trainee=name,
                                  missing=row.readiness.summary())
        if row.readiness.ready and _revoked_certificate(uow, enrolment.id, cert_kind, None) is None:
            reason = None  # nothing was overridden
    replaces = _supersedes
    if _supersedes is None:
        existing = _valid_certificate(uow, enrolment.id, cert_kind, module.id if module else None)
        if existing is not None:
            raise ValidationError("already_issued", field="kind", trainee=name,
                                  what=f"@{cert_kind.value}_certificate", number=existing.number)
        withdrawn = _revoked_certificate(uow, enrolment.id, cert_kind, module.id if module else None)
        if withdrawn is not None and reason is None:
            raise ValidationError("was_revoked", field="reason", trainee=name, number=withdrawn.number,
                                  date=withdrawn.revoked_on)
        if cert_kind is CertificateKind.PARTICIPATION:
            held = _valid_certificate(uow, enrolment.id, CertificateKind.PROGRAMME, None)
            if held is not None:
                raise ValidationError("already_issued", field="kind", trainee=name, what="@programme_certificate",
                                      number=held.number)
            if still_in_programme(enrolment, today):
                raise ValidationError("still_in_programme", field="kind", trainee=name)
        if cert_kind is CertificateKind.PROGRAMME:
            # Who finishes after all gets the certificate in place of an earlier statement of participation.
            replaces = _valid_certificate(uow, enrolment.id, CertificateKind.PARTICIPATION, None)
    issuer = issuer_service.require_issuer(uow)
    key_row = _check_signer(uow, signer)
    number = next_number(uow, pattern=issuer.number_pattern, code=enrolment.cohort.programme.code,
                         year=today.year, kind=cert_kind.value)
    data = build_data(uow, enrolment=enrolment, kind=cert_kind, module=module, number=number, issued_on=today,
                      lang=language, issuer=issuer, signer=signer,
                      supersedes=replaces.number if replaces is not None else None, exemptions=reason is not None)
    reason_word = data.certificate_title if cert_kind is CertificateKind.PROGRAMME else i18n.word(
        f"kind_{cert_kind.value}", language)
    pdf = signer.sign_pdf(render_certificate(data), reason=f"{reason_word} {number}", location=issuer.place,
                          name=issuer.organisation)
    digest = hashlib.sha256(pdf).hexdigest()
    record = Certificate(number=number, code=data.verification_code.replace(" ", ""), enrolment_id=enrolment.id,
                         module_id=module.id if module else None,
                         kind=cert_kind, issued_on=today, status=CertificateStatus.ISSUED, language=language,
                         pdf=pdf, sha256=digest, snapshot=snapshot(data), override_reason=reason,
                         supersedes_id=replaces.id if replaces is not None else None,
                         signing_key_id=key_row.id)
    s.add(record)
    if replaces is not None and _supersedes is None:
        replaces.status = CertificateStatus.SUPERSEDED
        replaces.revoked_on = today
        replaces.revoked_reason = i18n.section("register_note", language)["finished"]
    s.flush()
    return IssuedCertificate(id=record.id, number=number, kind=cert_kind.value, trainee=name,
                             enrolment_id=enrolment.id, sha256=digest, pdf=pdf)


def candidates(uow: UnitOfWork, *, cohort_id: int, kind: CertificateKind | str = CertificateKind.PROGRAMME,
               module_id: int | None = None, today: dt.date | None = None
               ) -> tuple[list[tuple[int, str]], list[Skipped]]:
    """Who in the cohort gets this kind of certificate now, and who not (with the reason, in words)."""
    cert_kind = v.choice(kind, CertificateKind, "kind")
    v.get(uow.session, Cohort, cohort_id, "cohort")
    rows = readiness_service.readiness_for_cohort(uow, cohort_id=cohort_id, today=today)
    have = {(c.enrolment_id, c.kind, c.module_id): c.number for c in uow.session.scalars(
        select(Certificate).join(Enrolment).where(Enrolment.cohort_id == cohort_id,
                                                  Certificate.status == CertificateStatus.ISSUED))}
    revoked = {(c.enrolment_id, c.kind, c.module_id): c for c in uow.session.scalars(
        select(Certificate).join(Enrolment).where(Enrolment.cohort_id == cohort_id,
                                                  Certificate.status == CertificateStatus.REVOKED))}
    passed: set[int] = set()
    module = None
    if cert_kind is CertificateKind.MODULE:
        if module_id is None:
            raise ValidationError("module_needed", field="module")
        module = v.get(uow.session, Module, module_id, "module")
        passed = set(uow.session.scalars(select(ModuleResult.enrolment_id).where(
            ModuleResult.module_id == module_id, ModuleResult.status == ResultStatus.PASSED)))
    today = today or clock.today()
    enrolments = {e.id: e for e in uow.session.scalars(select(Enrolment).where(Enrolment.cohort_id == cohort_id))}
    go: list[tuple[int, str]] = []
    skipped: list[Skipped] = []
    for r in rows:
        held = have.get((r.enrolment_id, cert_kind, module_id if module else None))
        withdrawn = revoked.get((r.enrolment_id, cert_kind, module_id if module else None))
        if held:
            skipped.append(Skipped(r.enrolment_id, r.trainee, i18n.text(
                "already_issued", None, trainee=r.trainee, what=i18n.word(f"{cert_kind.value}_certificate"),
                number=held)))
        elif withdrawn is not None:  # a revocation is a decision: only a coordinator, one by one, can undo it
            skipped.append(Skipped(r.enrolment_id, r.trainee, i18n.text(
                "was_revoked", None, trainee=r.trainee, number=withdrawn.number,
                date=i18n.format_date(withdrawn.revoked_on or withdrawn.issued_on))))
        elif cert_kind is CertificateKind.PROGRAMME and not r.readiness.ready:
            skipped.append(Skipped(r.enrolment_id, r.trainee, r.readiness.summary()))
        elif cert_kind is CertificateKind.PARTICIPATION and (
                r.readiness.ready or (r.enrolment_id, CertificateKind.PROGRAMME, None) in have):
            skipped.append(Skipped(r.enrolment_id, r.trainee, i18n.text("ready")))
        elif cert_kind is CertificateKind.PARTICIPATION and still_in_programme(enrolments[r.enrolment_id], today):
            skipped.append(Skipped(r.enrolment_id, r.trainee, i18n.text("still_in_programme", None,
                                                                        trainee=r.trainee)))
        elif cert_kind is CertificateKind.MODULE and r.enrolment_id not in passed:
            assert module is not None
            skipped.append(Skipped(r.enrolment_id, r.trainee, i18n.text(
                "module_not_passed", None, trainee=r.trainee, module=module.title)))
        else:
            go.append((r.enrolment_id, r.trainee))
    return go, skipped


def issue_for_cohort(db: Database, *, cohort_id: int, signer: signing.OrgSigner,
                     kind: CertificateKind | str = CertificateKind.PROGRAMME, module_id: int | None = None,
                     lang: str | None = None, actor: str | None = None, today: dt.date | None = None,
                     progress: Progress | None = None, cancelled: Cancelled | None = None) -> BatchResult:
    """Issue to everyone in the cohort who qualifies, one transaction each; safe off the GUI thread.

    ``progress(done, total)`` is called after each certificate; when ``cancelled()`` turns true the batch
    stops after the certificate in hand, keeping those already issued. Domain errors of one trainee
    (e.g. a conflict with another coordinator) skip that trainee; a missing issuer or key stops at once.
    """
    result = BatchResult()
    with db.uow(actor) as uow:
        go, skipped = candidates(uow, cohort_id=cohort_id, kind=kind, module_id=module_id, today=today)
        issuer_service.require_issuer(uow)
        _check_signer(uow, signer)
    result.skipped.extend(skipped)
    total = len(go)
    if progress:
        progress(0, total)
    for done, (enrolment_id, trainee) in enumerate(go, start=1):
        if cancelled is not None and cancelled():
            result.cancelled = True
            break
        try:
            with db.uow(actor, write=True) as uow:  # takes the write lock first (SQLite): no half-way failure
                issued = issue_certificate(uow, enrolment_id=enrolment_id, signer=signer, kind=kind,
                                           module_id=module_id, lang=lang, today=today)
                uow.commit()
            result.issued.append(issued)
        except (ValidationError, ConflictError) as exc:  # e.g. another coordinator issued it meanwhile
            result.skipped.append(Skipped(enrolment_id, trainee, exc.message()))
        if progress:
            progress(done, total)
    return result


# --- the register -----------------------------------------------------------------------------------

def get_certificate(uow: UnitOfWork, number: str) -> Certificate:
    key = (number or "").strip().upper()
    cert = uow.session.scalar(select(Certificate).where(func.upper(Certificate.number) == key))
    if cert is None:
        raise NotFoundError("not_found", what="@certificate", key=number)
    return cert


def reprint(uow: UnitOfWork, *, number: str) -> bytes:
    """The issued PDF, byte for byte. Logged as printed."""
    cert = get_certificate(uow, number)
    if cert.pdf is None:
        raise ValidationError("certificate_erased", field="certificate_number", number=cert.number)
    audit.record(uow.session, action="print", entity="certificate", entity_id=cert.id,
                 details={"number": cert.number})
    return cert.pdf


def revoke(uow: UnitOfWork, *, number: str, reason: str, today: dt.date | None = None) -> RegisterRow:
    cert = get_certificate(uow, number)
    text = v.text(reason, "reason", max_len=300, required=True)
    if cert.status is not CertificateStatus.ISSUED:
        raise ValidationError("certificate_not_valid", field="certificate_number", number=cert.number,
                              status=f"@{cert.status.value}")
    cert.status = CertificateStatus.REVOKED
    cert.revoked_on = today or clock.today()
    cert.revoked_reason = text
    uow.session.flush()
    return register(uow, numbers=[cert.number])[0]


def reissue(uow: UnitOfWork, *, number: str, signer: signing.OrgSigner, reason: str, lang: str | None = None,
            today: dt.date | None = None) -> IssuedCertificate:
    """A correction: a new certificate from the current data, with a new number, superseding ``number``.

    Readiness is not checked again: it was decided when the certificate was first issued (and any
    override reason carries over); a correction only fixes what was printed.
    """
    old = get_certificate(uow, number)
    text = v.text(reason, "reason", max_len=300, required=True)
    if old.status is not CertificateStatus.ISSUED:
        raise ValidationError("certificate_not_valid", field="certificate_number", number=old.number,
                              status=f"@{old.status.value}")
    day = today or clock.today()
    old.status = CertificateStatus.SUPERSEDED
    old.revoked_on = day
    old.revoked_reason = text
    uow.session.flush()
    issued = issue_certificate(uow, enrolment_id=old.enrolment_id, signer=signer, kind=old.kind,
                               module_id=old.module_id, lang=lang or old.language,
                               override_reason=old.override_reason, today=day, _supersedes=old)
    if old.override_reason:
        new = uow.session.get(Certificate, issued.id)
        assert new is not None
        new.override_reason = old.override_reason
        uow.session.flush()
    return issued


def register(uow: UnitOfWork, *, cohort_id: int | None = None, numbers: list[str] | None = None) -> list[RegisterRow]:
    """Every certificate ever issued (valid, revoked, superseded), newest number last."""
    s = uow.session
    stmt = (select(Certificate).join(Enrolment, Enrolment.id == Certificate.enrolment_id)
            .options(selectinload(Certificate.enrolment).selectinload(Enrolment.trainee),
                     selectinload(Certificate.enrolment).selectinload(Enrolment.cohort).selectinload(Cohort.programme),
                     selectinload(Certificate.module), selectinload(Certificate.signing_key),
                     selectinload(Certificate.supersedes))
            .order_by(Certificate.issued_on, Certificate.number))
    if cohort_id is not None:
        stmt = stmt.where(Enrolment.cohort_id == cohort_id)
    if numbers is not None:
        stmt = stmt.where(Certificate.number.in_(numbers))
    certs = list(s.scalars(stmt))
    replaced_by = dict(s.execute(select(Certificate.supersedes_id, Certificate.number)
                                 .where(Certificate.supersedes_id.is_not(None))).all())
    return [RegisterRow(
        id=c.id, number=c.number, kind=c.kind.value, module=c.module.title if c.module else None,
        trainee=_certified_name(c), cohort=c.enrolment.cohort.name,
        programme=c.enrolment.cohort.programme.code, issued_on=c.issued_on, status=c.status.value,
        language=c.language, sha256=c.sha256, key_fingerprint=c.signing_key.fingerprint if c.signing_key else None,
        override_reason=c.override_reason, revoked_on=c.revoked_on, reason=c.revoked_reason,
        supersedes=c.supersedes.number if c.supersedes else None, superseded_by=replaced_by.get(c.id),
        erased=c.pdf is None, code=c.code,
        name_now=(c.enrolment.trainee.full_name if _certified_name(c) != c.enrolment.trainee.full_name else None))
        for c in certs]


def _certified_name(cert: Certificate) -> str:
    """The name as printed on the certificate (frozen when it was issued); an erased one's pseudonym."""
    frozen = (cert.snapshot or {}).get("trainee_name")
    return str(frozen) if frozen else cert.enrolment.trainee.full_name


CSV_COLUMNS = ("number", "code", "kind", "module", "trainee", "name_now", "cohort", "programme", "issued_on",
               "status", "revoked_on", "reason", "supersedes", "superseded_by", "override_reason", "sha256",
               "key_fingerprint", "language")


def register_csv(uow: UnitOfWork, *, cohort_id: int | None = None, lang: str | None = None) -> bytes:
    """The register as CSV (UTF-8 with BOM; ';' in Dutch, as Dutch spreadsheets expect). Logged as export."""
    rows = register(uow, cohort_id=cohort_id)
    lang = _lang(lang)
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";" if lang == "nl" else ",", lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for r in rows:
        d = r.as_dict()
        writer.writerow(["" if d[c] is None else d[c] for c in CSV_COLUMNS])
    audit.record(uow.session, action="export", entity="certificate", entity_id=None,
                 details={"what": "register_csv", "count": len(rows), "cohort_id": cohort_id})
    return buf.getvalue().encode("utf-8-sig")


def register_pdf(uow: UnitOfWork, *, signer: signing.OrgSigner, cohort_id: int | None = None,
                 lang: str | None = None, today: dt.date | None = None, public: bool = False) -> bytes:
    """The register as a signed PDF: the coordinator's own, marked confidential, with names and reasons; or
    with ``public``, for organisations, without names and without reasons. Logged as export."""
    from edtrainer.documents.reports import RegisterData, render_register

    lang = _lang(lang)
    rows = register(uow, cohort_id=cohort_id)
    issuer = issuer_service.require_issuer(uow)
    _check_signer(uow, signer)
    data = RegisterData(lang=lang, issuer=issuer, made_on=today or clock.today(),
                        cohort=(v.get(uow.session, Cohort, cohort_id, "cohort").name if cohort_id else None),
                        key_fingerprint=signing.short_fingerprint(signer.fingerprint),
                        audit_head=audit_chain.newest(uow.session.connection()), public=public,
                        rows=tuple((r.number, i18n.word(f"kind_{r.kind}", lang) + (f": {r.module}" if r.module else ""),
                                    "" if public else r.trainee, r.cohort, r.issued_on, i18n.word(r.status, lang),
                                    _register_note(r, lang, reasons=not public)) for r in rows))
    pdf = signer.sign_pdf(render_register(data), reason=i18n.word("certificate", lang), location=issuer.place,
                          name=issuer.organisation)
    audit.record(uow.session, action="export", entity="certificate", entity_id=None,
                 details={"what": "register_pdf_public" if public else "register_pdf", "count": len(rows),
                          "cohort_id": cohort_id})
    return pdf


# --- the digital badge -----------------------------------------------------------------------------------

def badge(uow: UnitOfWork, *, number: str, signer: signing.OrgSigner) -> str:
    """A valid certificate as an Open Badges 3.0 credential (VC-JWT), for the graduate's wallet. Logged as an
    export: it holds the graduate's name."""
    from edtrainer.documents.badge import BadgeFacts, make_badge

    cert = get_certificate(uow, number)
    if cert.snapshot is None or cert.pdf is None:
        raise ValidationError("certificate_erased", field="certificate_number", number=cert.number)
    if cert.status is not CertificateStatus.ISSUED:
        raise ValidationError("certificate_not_valid", field="certificate_number", number=cert.number,
                              status=f"@{cert.status.value}")
    _check_signer(uow, signer)
    snap, lang = cert.snapshot, cert.language
    programme = cert.enrolment.cohort.programme
    issuer = issuer_service.require_issuer(uow)
    if cert.kind is CertificateKind.MODULE and cert.module is not None:
        achievement = cert.module.title
        criteria = i18n.text("badge_criteria_module", lang, module=cert.module.title, hours=cert.module.planned_hours,
                             programme=programme.name)
    elif cert.kind is CertificateKind.PARTICIPATION:
        achievement = i18n.text("badge_participation", lang, programme=programme.name)
        criteria = i18n.text("badge_criteria_participation", lang, programme=programme.name,
                             start=_date(dt.date.fromisoformat(snap["period_start"]), lang),
                             end=_date(dt.date.fromisoformat(snap["period_end"]), lang))
    else:
        achievement = programme.name
        parts = [i18n.plural("badge_modules", len(programme.modules), lang),
                 i18n.text("badge_attendance", lang, pct=programme.min_attendance_pct)]
        if programme.required_placement_hours:
            parts.append(i18n.text("badge_placement", lang, hours=programme.required_placement_hours))
        if programme.requires_final_evaluation:
            parts.append(i18n.text("badge_evaluation", lang))
        criteria = i18n.text("badge_criteria", lang, parts=i18n.join_list(parts, lang))
    description = programme.description or programme.certificate_wording or i18n.text(
        "badge_description", lang, title=programme.certificate_title, organisation=issuer.organisation)
    facts = BadgeFacts(number=cert.number, kind=cert.kind.value, issued_on=cert.issued_on,
                       holder=str(snap.get("trainee_name") or cert.enrolment.trainee.full_name),
                       achievement=achievement, description=description, criteria=criteria,
                       organisation=issuer.organisation, lang=lang, issuer_url=issuer.verify_url, code=cert.code)
    try:
        token = make_badge(facts, signer)
    except signing.SigningError as exc:
        raise ValidationError(exc.code, field="signing_key") from None
    audit.record(uow.session, action="export", entity="certificate", entity_id=cert.id,
                 details={"what": "badge", "number": cert.number})
    return token


# --- the published verification page -------------------------------------------------------------------

_PAGE_STATUS = {CertificateStatus.ISSUED: "valid", CertificateStatus.REVOKED: "revoked",
                CertificateStatus.SUPERSEDED: "superseded"}


@dataclass(frozen=True)
class Published:
    path: Path
    count: int            #: certificates on the page
    without_code: int     #: certificates issued before codes existed whose signature is gone (erased)


def page_entries(uow: UnitOfWork) -> tuple[list[dict[str, Any]], int]:
    """One entry per certificate with a code, as the page lists it: what it certifies and its status, found by
    a hash of its code; no name (only a hash of code and name) and no reason. And how many have no code."""
    rows = register(uow)
    by_id = {c.id: c for c in uow.session.scalars(select(Certificate).where(Certificate.id.in_([r.id for r in rows])))}
    entries, missing = [], 0
    for r in rows:
        cert = by_id[r.id]
        if not cert.code:
            missing += 1
            continue
        snap = cert.snapshot or {}
        module = (snap.get("module") or {}).get("title") if isinstance(snap.get("module"), dict) else r.module
        entries.append({
            "id": signing.code_id(cert.code), "number": r.number, "kind": r.kind,
            "programme": snap.get("programme_name") or cert.enrolment.cohort.programme.name,
            "module": module, "issued": r.issued_on.isoformat(), "status": _PAGE_STATUS[cert.status],
            "since": r.revoked_on.isoformat() if r.revoked_on and r.status != "issued" else None,
            "replaced_by": r.superseded_by if r.status == "superseded" else None,
            "name": signing.name_check(cert.code, snap["trainee_name"]) if snap.get("trainee_name") else None})
    return entries, missing


def publish_page(uow: UnitOfWork, *, signer: signing.OrgSigner, out_dir: Path | str) -> Published:
    """Write the verification page, ``out_dir/index.html``, signed with the organisation's key. Logged as an
    export (how many certificates; the page itself names nobody)."""
    from edtrainer.core.files import write_private
    from edtrainer.documents.verify_page import build_page

    folder = Path(out_dir).expanduser()
    if not folder.exists():
        if not folder.parent.is_dir():
            raise FileError("folder_missing", path=str(folder.parent))
        folder.mkdir(mode=0o755)
    elif not folder.is_dir():
        raise FileError("not_a_folder", path=str(folder))
    issuer = issuer_service.require_issuer(uow)
    _check_signer(uow, signer)
    entries, missing = page_entries(uow)
    page = build_page(organisation=issuer.organisation, published=clock.now(), certificates=entries, signer=signer)
    target = write_private(folder / "index.html", page.encode("utf-8"), overwrite=True)
    os.chmod(target, 0o644)  # a page to publish: a web server must be able to read it; it holds nothing private
    audit.record(uow.session, action="export", entity="certificate", entity_id=None,
                 details={"what": "verify_page", "count": len(entries)})
    return Published(path=target, count=len(entries), without_code=missing)




def _register_note(r: RegisterRow, lang: str, *, reasons: bool = True) -> str:
    """The register's note; without ``reasons`` (for outsiders) only what happened and when."""
    words = i18n.section("register_note", lang)
    parts = []
    if r.status == CertificateStatus.REVOKED.value:
        parts.append(words["revoked" if reasons else "revoked_plain"].format(date=_date(r.revoked_on, lang),
                                                                             reason=r.reason or ""))
    elif r.status == CertificateStatus.SUPERSEDED.value:
        parts.append(words["superseded" if reasons else "superseded_plain"].format(
            new=r.superseded_by or "?", date=_date(r.revoked_on, lang), reason=r.reason or ""))
    elif r.supersedes:
        parts.append(words["supersedes"].format(old=r.supersedes))
    if r.override_reason and reasons:
        parts.append(words["override"].format(reason=r.override_reason))
    if r.name_now and reasons:  # the coordinator's own register: the name on it, and the name now
        parts.append(words["name_now"].format(name=r.name_now))
    return "; ".join(parts)


def _date(day: dt.date | None, lang: str) -> str:
    if day is None:
        return ""
    return day.strftime("%d-%m-%Y") if lang == "nl" else day.isoformat()


# --- verification -----------------------------------------------------------------------------------

@dataclass
class Verification:
    """The outcome of checking a PDF (or a code): ``ok`` only when nothing at all is wrong."""

    ok: bool
    problems: list[Problem]
    notes: list[Problem]
    pdf: PdfCheck | None = None
    certificate: RegisterRow | None = None
    lang: str | None = None

    def lines(self, lang: str | None = None) -> list[str]:
        """What to tell the user, one sentence a line, the verdict first (in the language it was made in)."""
        lang = lang or self.lang or i18n.get_language()
        head = i18n.text("verify_ok" if self.ok else "verify_failed", lang)
        if self.ok and self.pdf is None:
            head = i18n.text("verify_code_ok", lang)
        return [head] + [_say(p, lang) for p in self.problems] + [_say(n, lang) for n in self.notes]


def _say(p: Problem, lang: str) -> str:
    params = {k: (i18n.word(val[1:], lang) if isinstance(val, str) and val.startswith("@") else val)
              for k, val in p.params.items()}
    return i18n.text(p.code, lang, **params)


def _register_checks(uow: UnitOfWork, number: str, sha256: str | None, problems: list[Problem],
                     notes: list[Problem], lang: str) -> RegisterRow | None:
    rows = register(uow, numbers=[number.upper()])
    if not rows:
        problems.append(Problem("verify_not_in_register", {"number": number}))
        return None
    row = rows[0]
    if sha256 is not None and row.sha256 is not None and row.sha256 != sha256:
        problems.append(Problem("verify_not_issued_file", {"number": row.number}))
    if row.status == CertificateStatus.REVOKED.value:
        problems.append(Problem("verify_revoked", {"number": row.number, "date": _date(row.revoked_on, lang),
                                                   "reason": row.reason or ""}))
    elif row.status == CertificateStatus.SUPERSEDED.value:
        problems.append(Problem("verify_superseded", {"number": row.number, "new": row.superseded_by or "?",
                                                      "date": _date(row.revoked_on, lang),
                                                      "reason": row.reason or ""}))
    elif not problems:  # said only of a file that is itself in order: else it would reassure about a forgery
        notes.append(Problem("verify_in_register", {"what": f"@kind_{row.kind}", "number": row.number,
                                                    "trainee": row.trainee, "date": _date(row.issued_on, lang)}))
    if row.name_now:  # only the issuer's own coordinator sees this: the register is theirs
        notes.append(Problem("verify_name_now", {"name": row.name_now}))
    return row


def signed_by(check: PdfCheck, lang: str) -> Problem:
    """Who signed the PDF and when, as a line of the verification report."""
    when = check.signed_at.astimezone().strftime("%d-%m-%Y %H:%M" if lang == "nl" else "%Y-%m-%d %H:%M") \
        if check.signed_at else "?"
    return Problem("verify_signed_by", {"subject": check.signer_subject,
                                        "fingerprint": signing.short_fingerprint(check.signer_fingerprint or ""),
                                        "when": when})


def verify_pdf(uow: UnitOfWork, *, pdf: bytes, lang: str | None = None) -> Verification:
    """Everything ``edtrainer verify`` reports about a PDF: signature, coverage, key, code, register."""
    lang = _lang(lang)
    check = check_pdf(pdf, signing_keys.trusted_certificates(uow).values())
    problems, notes = list(check.problems), []
    if check.signed and check.signer_subject:
        notes.append(signed_by(check, lang))
    row = None
    if check.number:
        if check.code_valid:
            notes.append(Problem("verify_code_ok"))
        row = _register_checks(uow, check.number, check.sha256, problems, notes, lang)
    elif check.signed and not problems:
        notes.append(Problem("verify_no_certificate"))
    audit.record(uow.session, action="view", entity="certificate", entity_id=row.id if row else None,
                 details={"what": "verify", "ok": not problems})
    return Verification(ok=not problems, problems=problems, notes=notes, pdf=check, certificate=row, lang=lang)


def _carries(snap: dict | None, raw: bytes) -> bool:
    try:
        payload = (snap or {}).get("signed_code") or (snap or {}).get("qr_payload") or ""
        return signing.parse_payload(payload)[1] == raw
    except signing.SigningError:
        return False


def verify_code(uow: UnitOfWork, *, code: str, lang: str | None = None) -> Verification:
    """A verification code from the QR code (or typed from paper), checked against the register."""
    lang = _lang(lang)
    problems: list[Problem] = []
    notes: list[Problem] = []
    short = signing.normalise_code(code.split("#")[-1])  # also the page's address with the code, from the QR
    if len(short) == signing.SHORT_LENGTH and set(short) <= set(signing._B32_CROCKFORD):
        if not signing.is_short_code(short):
            return Verification(ok=False, problems=[Problem("verify_code_mistyped")], notes=[], lang=lang)
        number = uow.session.scalar(select(Certificate.number).where(Certificate.code == short))
        if number is None:
            return Verification(ok=False, problems=[Problem("verify_code_unknown")], notes=[], lang=lang)
        row = _register_checks(uow, number, None, problems, notes, lang)
        return Verification(ok=not problems, problems=problems, notes=notes, certificate=row, lang=lang)
    try:
        number, raw = signing.parse_payload(code)
    except signing.SigningError:
        return Verification(ok=False, problems=[Problem("verify_code_unreadable")], notes=[], lang=lang)
    if number is None:  # only the code was typed over from paper: find the certificate that carries it
        # Numbers and snapshots only: the stored PDFs are not read to find one code.
        number = next((n for n, snap in uow.session.execute(select(Certificate.number, Certificate.snapshot)
                                                            .where(Certificate.snapshot.is_not(None)))
                       if _carries(snap, raw)), None)
        if number is None:
            problems.append(Problem("verify_code_invalid"))
            return Verification(ok=False, problems=problems, notes=notes, lang=lang)
    cert = uow.session.scalar(select(Certificate).where(Certificate.number == number))
    if cert is None:
        problems.append(Problem("verify_not_in_register", {"number": number}))
        return Verification(ok=False, problems=problems, notes=notes, lang=lang)
    facts = (cert.snapshot or {}).get("facts")
    key = uow.session.get(SigningKey, cert.signing_key_id) if cert.signing_key_id else None
    if not facts or key is None or not check_code(code, facts, key.certificate):
        problems.append(Problem("verify_code_invalid"))
    row = _register_checks(uow, number, None, problems, notes, lang)
    return Verification(ok=not problems, problems=problems, notes=notes, certificate=row, lang=lang)
