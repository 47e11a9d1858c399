"""Who issues the documents: organisation, logo, place, signatories and the certificate number pattern.

Stored in the database (``app_meta``, key ``issuer``) because every coordinator of a shared database
issues in the same name. Images are kept as base64 inside that record; they are small (logos and
signatures, at most 512 kB each).
"""

from __future__ import annotations

import base64
import datetime as dt
import io
import re
import string
from dataclasses import dataclass
from typing import Any

from edtrainer.core import audit
from edtrainer.core.errors import ValidationError
from edtrainer.core.models import AppMeta
from edtrainer.core.services import _common as v
from edtrainer.core.uow import UnitOfWork
from edtrainer.documents.data import Issuer, Signatory

ISSUER_KEY = "issuer"
DEFAULT_PATTERN = "{code}-{year}-{seq:04}"
MAX_SIGNATORIES = 3
MAX_IMAGE_KB = 512
PATTERN_FIELDS = ("code", "year", "kind", "seq")
_NUMBER_CHARS = re.compile(r"^[A-Z0-9./-]{1,40}$")  # QR's alphanumeric set, without ':' (our separator)
KIND_LETTER = {"programme": "C", "module": "M", "participation": "D"}


@dataclass(frozen=True)
class SignatoryInput:
    name: str
    role: str
    signature_png: bytes | None = None
    role_en: str | None = None


def _image(data: bytes | None, field: str) -> bytes | None:
    if not data:
        return None
    if len(data) > MAX_IMAGE_KB * 1024 or not (data.startswith(b"\x89PNG\r\n\x1a\n") or data.startswith(b"\xff\xd8")):
        raise ValidationError("bad_image", field=field, max=MAX_IMAGE_KB)
    from reportlab.lib.utils import ImageReader

    try:
        ImageReader(io.BytesIO(data)).getSize()
    except Exception:
        raise ValidationError("bad_image", field=field, max=MAX_IMAGE_KB) from None
    return data


def _pattern_parts(pattern: str) -> list[tuple[str, str | None, str]]:
    try:
        parts = [(lit, name, spec or "") for lit, name, spec, _conv in string.Formatter().parse(pattern)]
    except ValueError as exc:
        raise ValidationError("bad_pattern", field="number_pattern", pattern=pattern, reason=str(exc)) from None
    return parts


def render_number(pattern: str, *, code: str, year: int, kind: str, seq: int | None) -> str:
    """The number for these values; with ``seq=None`` the counter's scope (the number with '#' for seq)."""
    values: dict[str, Any] = {"code": code.upper(), "year": year, "kind": KIND_LETTER.get(kind, "C")}
    out = []
    for literal, name, spec in _pattern_parts(pattern):
        out.append(literal)
        if name is None:
            continue
        if name == "seq":
            out.append("#" if seq is None else format(seq, spec))
        else:
            out.append(format(values[name], spec))
    return "".join(out).upper()


def validate_pattern(pattern: Any) -> str:
    text = v.text(pattern, "number_pattern", max_len=60, required=True)
    assert text is not None
    names = [name for _lit, name, _spec in _pattern_parts(text) if name is not None]
    from edtrainer.core import i18n

    for name in names:
        if name not in PATTERN_FIELDS:
            raise ValidationError("bad_pattern", field="number_pattern", pattern=text,
                                  reason=i18n.text("pattern_unknown_field", None, name=name))
    if "seq" not in names:
        raise ValidationError("bad_pattern", field="number_pattern", pattern=text,
                              reason=i18n.text("pattern_needs_seq"))
    try:
        sample = render_number(text, code="EDASU", year=2026, kind="programme", seq=9999)
    except (ValueError, TypeError) as exc:
        raise ValidationError("bad_pattern", field="number_pattern", pattern=text, reason=str(exc)) from None
    if not _NUMBER_CHARS.match(sample):
        raise ValidationError("bad_pattern", field="number_pattern", pattern=text,
                              reason=i18n.text("pattern_chars"))
    return text


def example_number(pattern: Any, *, code: str, year: int) -> str:
    """What the 7th certificate of ``year`` would be numbered (refuses a pattern the way saving it does)."""
    return render_number(validate_pattern(pattern), code=code, year=year, kind="programme", seq=7)


def validate_verify_url(url: Any) -> str | None:
    """Where the organisation publishes its verification page: an https address (a phone opens it from the
    QR code; WebCrypto, which the page checks with, works only over https), or None for no page."""
    text = v.text(url, "verify_url", max_len=200)
    if text is None:
        return None
    from urllib.parse import urlsplit

    parts = urlsplit(text)
    if parts.scheme != "https" or not parts.netloc or parts.fragment or any(c.isspace() for c in text):
        raise ValidationError("bad_verify_url", field="verify_url", url=text)
    return text


def _b64(data: bytes | None) -> str | None:
    return base64.b64encode(data).decode() if data else None


def _unb64(text: str | None) -> bytes | None:
    return base64.b64decode(text) if text else None


def get_issuer(uow: UnitOfWork) -> Issuer | None:
    """The issuer as configured, or None when nobody has set it up yet."""
    meta = uow.session.get(AppMeta, ISSUER_KEY)
    if meta is None or not meta.value:
        return None
    value = meta.value
    return Issuer(organisation=value["organisation"], place=value["place"],
                  signatories=tuple(Signatory(s["name"], s["role"], _unb64(s.get("signature_png")),
                                              s.get("role_en") or None)
                                    for s in value.get("signatories", [])),
                  logo_png=_unb64(value.get("logo_png")),
                  number_pattern=value.get("number_pattern") or DEFAULT_PATTERN,
                  verify_url=value.get("verify_url") or None, address=value.get("address") or None)


def require_issuer(uow: UnitOfWork) -> Issuer:
    issuer = get_issuer(uow)
    if issuer is None:
        raise ValidationError("issuer_missing", field="organisation_name")
    return issuer


_UNSET: Any = object()


def update_issuer(uow: UnitOfWork, *, organisation: str | None = _UNSET, place: str | None = _UNSET,
                  signatories: list[SignatoryInput] | None = _UNSET, logo_png: bytes | None = _UNSET,
                  number_pattern: str | None = _UNSET, verify_url: str | None = _UNSET, address: str | None = _UNSET,
                  expected_updated_at: dt.datetime | None = None) -> Issuer:
    """Change the issuer; only the arguments given change. ``logo_png=None`` removes the logo.

    ``expected_updated_at`` (from when the form was loaded) refuses to overwrite someone else's change.
    """
    s = uow.session
    meta = s.get(AppMeta, ISSUER_KEY, with_for_update=True)
    if expected_updated_at is not None and meta is not None and meta.updated_at != expected_updated_at:
        from edtrainer.core.errors import ConflictError

        raise ConflictError("conflict_unknown", what="@issuer")
    current = dict(meta.value) if meta is not None and meta.value else {"number_pattern": DEFAULT_PATTERN}
    if organisation is not _UNSET:
        current["organisation"] = v.text(organisation, "organisation_name", max_len=160, required=True)
    if place is not _UNSET:
        current["place"] = v.text(place, "place", max_len=80, required=True)
    if number_pattern is not _UNSET:
        current["number_pattern"] = validate_pattern(number_pattern)
    if verify_url is not _UNSET:
        current["verify_url"] = validate_verify_url(verify_url)
    if address is not _UNSET:
        current["address"] = v.text(address, "address", max_len=200)
    if logo_png is not _UNSET:
        current["logo_png"] = _b64(_image(logo_png, "logo"))
    if signatories is not _UNSET:
        people = list(signatories or [])
        if len(people) > MAX_SIGNATORIES:
            raise ValidationError("too_many_signatories", field="signatory", max=MAX_SIGNATORIES)
        current["signatories"] = [
            {"name": v.text(p.name, "signatory", max_len=120, required=True),
             "role": v.text(p.role, "role", max_len=120, required=True) or "",
             "role_en": v.text(p.role_en, "role", max_len=120),
             "signature_png": _b64(_image(p.signature_png, "signature_image"))}
            for p in people]
    for key, field in (("organisation", "organisation_name"), ("place", "place")):
        if not current.get(key):
            raise ValidationError("required", field=field)
    if meta is None:
        s.add(AppMeta(key=ISSUER_KEY, value=current))
    else:
        meta.value = current
    changed = [name for name, val in (("organisation", organisation), ("place", place),
                                       ("signatories", signatories), ("logo_png", logo_png),
                                       ("number_pattern", number_pattern), ("verify_url", verify_url),
                                       ("address", address))
               if val is not _UNSET]
    audit.record(s, action="update", entity="issuer", entity_id=None, details={"fields": changed})
    s.flush()
    issuer = get_issuer(uow)
    assert issuer is not None
    return issuer
