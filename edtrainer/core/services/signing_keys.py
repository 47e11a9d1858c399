"""The organisation's signing key, as a user manages it: create, import, unlock, export, replace.

The key is kept in the database, encrypted with a passphrase that is never stored (why, and the
alternatives considered: ``edtrainer.documents.signing`` and the README). Unlocking gives an
``OrgSigner`` that the caller keeps in memory while it issues (the app asks for the passphrase once
per session; the CLI once per command).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from edtrainer.core import audit
from edtrainer.core.errors import ValidationError
from edtrainer.core.models import SigningKey, utcnow
from edtrainer.core.services import _common as v
from edtrainer.core.uow import UnitOfWork
from edtrainer.documents import signing

MIN_PASSPHRASE = 10


@dataclass(frozen=True)
class KeyInfo:
    id: int
    fingerprint: str
    short_fingerprint: str
    subject: str
    created_at: dt.datetime
    created_by: str | None
    active: bool
    retired_at: dt.datetime | None


def _info(row: SigningKey) -> KeyInfo:
    return KeyInfo(id=row.id, fingerprint=row.fingerprint, short_fingerprint=signing.short_fingerprint(row.fingerprint),
                   subject=row.subject, created_at=row.created_at, created_by=row.created_by,
                   active=row.retired_at is None, retired_at=row.retired_at)


def _domain(exc: signing.SigningError, field: str = "passphrase") -> ValidationError:
    return ValidationError(exc.code, field=field)


def _check_passphrase(passphrase: str | None) -> str:
    if not passphrase or len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError("weak_passphrase", field="passphrase", min=MIN_PASSPHRASE)
    return passphrase


STRENGTHS = ("too_short", "weak", "fair", "strong")


def passphrase_strength(passphrase: str) -> str:
    """A rough word for how hard the passphrase is to guess (one of ``STRENGTHS``), shown while it is typed.
    Length counts most: four ordinary words are stronger than a short jumble."""
    if len(passphrase) < MIN_PASSPHRASE:
        return "too_short"
    kinds = sum(any(test(c) for c in passphrase)
                for test in (str.islower, str.isupper, str.isdigit, lambda c: not c.isalnum()))
    if len(set(passphrase)) < 6 or (kinds == 1 and len(passphrase) < 16):
        return "weak"
    if len(passphrase) >= 20 or (len(passphrase) >= 14 and kinds >= 3):
        return "strong"
    return "fair"


def active_key_row(uow: UnitOfWork) -> SigningKey | None:
    return uow.session.scalar(select(SigningKey).where(SigningKey.retired_at.is_(None))
                              .order_by(SigningKey.id.desc()).limit(1))


def _store(uow: UnitOfWork, material: signing.KeyMaterial, replace: bool) -> KeyInfo:
    s = uow.session
    current = active_key_row(uow)
    if current is not None and not replace:
        raise ValidationError("key_exists", field="signing_key",
                              fingerprint=signing.short_fingerprint(current.fingerprint))
    if current is not None:
        current.retired_at = utcnow()
    row = SigningKey(fingerprint=material.fingerprint, subject=material.subject,
                     certificate=material.certificate_der, private_key=material.encrypted_key,
                     created_by=uow.actor)
    s.add(row)
    s.flush()
    audit.record(s, action="create", entity="signing_key", entity_id=row.id,
                 details={"fingerprint": row.fingerprint, "replaced": current.id if current else None})
    return _info(row)


def create_key(uow: UnitOfWork, *, organisation: str, passphrase: str, replace: bool = False) -> KeyInfo:
    """A new EC P-256 key with a self-signed certificate for ``organisation``."""
    name = v.text(organisation, "organisation_name", max_len=64, required=True)
    assert name is not None
    return _store(uow, signing.create_key(name, _check_passphrase(passphrase)), replace)


def import_key(uow: UnitOfWork, *, p12: bytes, file_password: str | None, passphrase: str,
               replace: bool = False) -> KeyInfo:
    """The organisation's existing key and certificate, from a PKCS#12 file."""
    try:
        material = signing.import_pkcs12(p12, file_password, _check_passphrase(passphrase))
    except signing.SigningError as exc:
        raise _domain(exc, "signing_key") from None
    return _store(uow, material, replace)


def list_keys(uow: UnitOfWork) -> list[KeyInfo]:
    return [_info(r) for r in uow.session.scalars(select(SigningKey).order_by(SigningKey.id))]


def trusted_certificates(uow: UnitOfWork) -> dict[int, bytes]:
    """Every key this database ever signed with (retired ones too), by id: certificate DER."""
    return dict(uow.session.execute(select(SigningKey.id, SigningKey.certificate)).all())


def unlock(uow: UnitOfWork, *, passphrase: str | None, organisation: str = "") -> signing.OrgSigner:
    """The active key, decrypted in memory. Raises ValidationError on a missing key or wrong passphrase."""
    row = active_key_row(uow)
    if row is None:
        raise ValidationError("no_key", field="signing_key")
    if not passphrase:
        raise ValidationError("passphrase_needed", field="passphrase")
    material = signing.KeyMaterial(certificate_der=row.certificate, encrypted_key=row.private_key,
                                   fingerprint=row.fingerprint, subject=row.subject)
    try:
        return signing.unlock(material, passphrase, key_id=row.id, organisation=organisation)
    except signing.SigningError as exc:
        raise _domain(exc) from None


def public_certificate_pem(uow: UnitOfWork, key_id: int | None = None) -> bytes:
    """The organisation's certificate (no secret) to give to organisations that check documents."""
    row = uow.session.get(SigningKey, key_id) if key_id is not None else active_key_row(uow)
    if row is None:
        raise ValidationError("no_key", field="signing_key")
    return signing.certificate_pem(row.certificate)


def export_pkcs12(uow: UnitOfWork, *, passphrase: str, file_password: str) -> bytes:
    """A password-protected backup of the active key (the caller writes it with ``write_private``)."""
    row = active_key_row(uow)
    if row is None:
        raise ValidationError("no_key", field="signing_key")
    material = signing.KeyMaterial(certificate_der=row.certificate, encrypted_key=row.private_key,
                                   fingerprint=row.fingerprint, subject=row.subject)
    try:
        data = signing.export_pkcs12(material, passphrase, _check_passphrase(file_password), "edtrainer")
    except signing.SigningError as exc:
        raise _domain(exc) from None
    audit.record(uow.session, action="export", entity="signing_key", entity_id=row.id, details=None)
    return data
