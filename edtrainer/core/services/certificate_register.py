"""The certificate register: finding, reprinting and revoking a certificate, the register as a list, CSV and
signed PDF, the digital badge and the published verification page (issuing is in ``certificates``)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from edtrainer.core import audit, audit_chain, clock, formats, i18n
from edtrainer.core.errors import FileError, NotFoundError, ValidationError
from edtrainer.core.models import (
    Certificate,
    CertificateKind,
    CertificateStatus,
    Cohort,
    Enrolment,
    SigningKey,
)
from edtrainer.core.services import _common as v
from edtrainer.core.services import issuer as issuer_service
from edtrainer.core.services import signing_keys
from edtrainer.core.uow import UnitOfWork
from edtrainer.documents import signing

if TYPE_CHECKING:
    pass

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]



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
    return formats.table_date(day, lang)


