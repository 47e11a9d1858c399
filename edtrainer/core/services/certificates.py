"""Issuing certificates (the register is in ``certificate_register``, verifying in ``certificate_checks``;
both are imported from here as before).

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

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import func, select, update
from sqlalchemy.orm import selectinload

from edtrainer.core import clock, i18n
from edtrainer.core.errors import ConflictError, NotFoundError, ValidationError
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
)
from edtrainer.core.services import _common as v
from edtrainer.core.services import issuer as issuer_service
from edtrainer.core.services import readiness as readiness_service
from edtrainer.core.services.certificate_checks import (  # noqa: F401 (imported from here as before)
    Verification,
    signed_by,
    verify_code,
    verify_pdf,
)
from edtrainer.core.services.certificate_register import (  # noqa: F401 (imported from here as before)
    CSV_COLUMNS,
    Published,
    RegisterRow,
    _check_signer,
    _lang,
    _register_note,
    badge,
    get_certificate,
    page_entries,
    publish_page,
    register,
    register_csv,
    register_pdf,
    reprint,
    revoke,
)
from edtrainer.core.uow import UnitOfWork
from edtrainer.documents import signing
from edtrainer.documents.certificates import render_certificate
from edtrainer.documents.data import CertificateData, Issuer, ModuleLine, PlacementSummary, snapshot

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


