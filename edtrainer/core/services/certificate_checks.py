"""Verifying a certificate: a PDF (its signature, and that the register knows it unchanged) or the short code
printed on it. The answer names each problem in the user's language."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from edtrainer.core import audit, formats, i18n
from edtrainer.core.models import (
    Certificate,
    CertificateStatus,
    SigningKey,
)
from edtrainer.core.services import signing_keys
from edtrainer.core.services.certificate_register import RegisterRow, _date, _lang, register
from edtrainer.core.uow import UnitOfWork
from edtrainer.documents import signing
from edtrainer.documents.verify import PdfCheck, Problem, check_code, check_pdf

if TYPE_CHECKING:
    pass

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


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
    when = formats.date_time(check.signed_at.astimezone(), lang) \
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
