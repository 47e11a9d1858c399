"""Checking a signed edtrainer PDF offline: is it intact, whole, signed by a known key, and is its
verification code genuine?

Nothing here needs a network or a database; the register (revoked? superseded?) is checked by
``edtrainer.core.services.certificates.verify_pdf`` on top of this.

"Intact" here is strict. pyHanko's bottom line alone accepts bytes appended after the signed revision,
so the signature must also cover the entire file; and since the one range a PDF signature cannot
cover is its own hexadecimal /Contents, those bytes must be exactly the signature, written the way the
signer writes it (upper-case hex, zero padding), so that not a single byte of the file can change
unnoticed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from asn1crypto import x509 as asn1_x509
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from edtrainer.documents import signing

INFO_FACTS = "/EdtrainerFacts"
INFO_CODE = "/EdtrainerCode"


@dataclass(frozen=True)
class Problem:
    """Why a PDF fails, as a message key (``edtrainer.core.i18n``) and its parameters."""

    code: str
    params: dict[str, object] = field(default_factory=dict)


@dataclass
class PdfCheck:
    signed: bool = False
    intact: bool = False
    entire_file: bool = False
    trusted: bool = False
    signer_subject: str | None = None
    signer_fingerprint: str | None = None
    signer_certificate: bytes | None = None
    signed_at: dt.datetime | None = None
    facts: str | None = None
    payload: str | None = None
    number: str | None = None
    code_valid: bool | None = None
    sha256: str = ""
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _der_length(blob: bytes) -> int | None:
    """Length of the DER object at the start of ``blob`` (tag, length and content), or None."""
    if len(blob) < 2 or blob[0] != 0x30:
        return None
    first = blob[1]
    if first < 0x80:
        return 2 + first
    count = first & 0x7F
    if count == 0 or count > 4 or len(blob) < 2 + count:
        return None
    return 2 + count + int.from_bytes(blob[2:2 + count], "big")


def _contents_exact(pdf: bytes, byte_range: list[int], contents: bytes) -> bool:
    _, len1, start2, _ = byte_range
    gap = pdf[len1:start2]
    if gap != b"<" + contents.hex().upper().encode() + b">":  # exactly as pyHanko writes it
        return False
    used = _der_length(contents)
    return used is not None and used <= len(contents) and not contents[used:].strip(b"\x00")


def _cms_as_signed(sig: Any, signer_der: bytes) -> bool:
    """The parts of the CMS that its signature does not cover are exactly what edtrainer writes.

    A CMS signature covers the signed attributes only; the certificate list, the algorithm lists and
    the version numbers around them are not. They must hold only the signing certificate, once, the one
    digest algorithm, no content and no unsigned attributes. (Re-encoding the whole CMS to prove it is
    canonical DER costs ~150 ms; the register's SHA-256 of the issued file already catches any change.)
    """
    sd, si = sig.signed_data, sig.signer_info
    content = sig.pkcs7_content[:_der_length(sig.pkcs7_content) or 0]
    certs = [c.chosen.dump() for c in sd["certificates"]] if sd["certificates"] else []
    return (certs == [signer_der] and sd["version"].native == "v1" and si["version"].native == "v1"
            and [a["algorithm"].native for a in sd["digest_algorithms"]] == [si["digest_algorithm"]["algorithm"].native]
            and sd["encap_content_info"].native == {"content_type": "data", "content": None}
            and si["unsigned_attrs"].native is None and not sd["crls"] and len(content) > 0)


def _text(value: object) -> str | None:
    if isinstance(value, (generic.TextStringObject, str)):
        return str(value)
    if isinstance(value, (generic.ByteStringObject, bytes)):
        return bytes(value).decode("utf-8", "replace")
    return None


def check_pdf(pdf: bytes, trusted_certificates: Iterable[bytes]) -> PdfCheck:
    """Check signature, coverage, signer and verification code of ``pdf`` against known keys (DER)."""
    result = PdfCheck(sha256=hashlib.sha256(pdf).hexdigest())
    trusted = {signing.fingerprint(der): der for der in trusted_certificates}
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        sigs = reader.embedded_signatures
    except Exception:  # any parse failure: a changed byte can break the structure anywhere
        result.problems.append(Problem("verify_unreadable"))
        return result
    if not sigs:
        result.problems.append(Problem("verify_not_signed"))
        return result
    result.signed = True
    if len(sigs) > 1:
        result.problems.append(Problem("verify_extra_signatures", {"count": len(sigs)}))
    sig = sigs[0]
    try:
        cert: asn1_x509.Certificate = sig.signer_cert
        der = cert.dump()
        result.signer_certificate = der
        result.signer_fingerprint = signing.fingerprint(der)
        subject = cert.subject.native
        result.signer_subject = subject.get("common_name") or subject.get("organization_name") or \
            cert.subject.human_friendly
        result.trusted = result.signer_fingerprint in trusted
        # pyHanko checks the mathematics and the certificate itself; whether the key is the
        # organisation's is decided by its fingerprint above (a self-signed key has no chain to walk).
        context = ValidationContext(trust_roots=[cert], allow_fetching=False, revocation_mode="soft-fail")
        status = validate_pdf_signature(sig, context, skip_diff=True)
        result.intact = bool(status.intact and status.valid)
        result.signed_at = sig.self_reported_timestamp
        coverage = sig.evaluate_signature_coverage()
        result.entire_file = (coverage == SignatureCoverageLevel.ENTIRE_FILE
                              and _contents_exact(pdf, list(sig.byte_range), sig.pkcs7_content))
        if not _cms_as_signed(sig, der):
            result.intact = False
    except Exception:
        result.problems.append(Problem("verify_unreadable"))
        return result
    if not result.intact:
        result.problems.append(Problem("verify_altered"))
    elif not result.entire_file:
        if coverage in (SignatureCoverageLevel.ENTIRE_REVISION, SignatureCoverageLevel.CONTIGUOUS_BLOCK_FROM_START):
            result.problems.append(Problem("verify_appended", {"bytes": len(pdf) - _signed_length(sig)}))
        else:
            result.problems.append(Problem("verify_altered"))
    if not result.trusted:
        result.problems.append(Problem("verify_unknown_key", {
            "subject": result.signer_subject or "?",
            "fingerprint": signing.short_fingerprint(result.signer_fingerprint or "")}))

    try:
        info = reader.trailer["/Info"].get_object()
    except (KeyError, AttributeError):
        info = None
    if isinstance(info, generic.DictionaryObject):
        result.facts = _text(info.get(INFO_FACTS))
        result.payload = _text(info.get(INFO_CODE))
    if result.payload and result.facts and result.signer_certificate:
        try:
            number, raw = signing.parse_payload(result.payload)
        except signing.SigningError:
            result.code_valid = False
        else:
            result.number = number
            result.code_valid = (number is not None and result.facts.split("|", 1)[0].upper() == number
                                 and signing.check_facts(result.signer_certificate, result.facts, raw))
        if not result.code_valid:
            result.problems.append(Problem("verify_code_invalid"))
    return result


def _signed_length(sig: object) -> int:
    _, len1, start2, len2 = sig.byte_range  # type: ignore[attr-defined]
    return int(start2) + int(len2)


def check_code(payload: str, facts: str, certificate_der: bytes) -> bool:
    """A verification code (from the QR code, or typed from paper) against the facts it claims."""
    number, raw = signing.parse_payload(payload)
    return (number is None or facts.split("|", 1)[0].upper() == number) and signing.check_facts(
        certificate_der, facts, raw)
