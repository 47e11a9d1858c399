"""The data each document prints, as plain frozen dataclasses.

The services fill these from the database; the renderers only read them. A certificate's data is also
its snapshot: :func:`snapshot` turns it into JSON-friendly data (images as their SHA-256 only), stored
with the issued PDF so that the register always knows what was printed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Signatory:
    name: str
    role: str
    signature_png: bytes | None = None
    role_en: str | None = None  #: the role on English certificates (empty: the Dutch one)


@dataclass(frozen=True)
class Issuer:
    """Who issues the documents: shared by every coordinator of the database."""

    organisation: str
    place: str
    signatories: tuple[Signatory, ...] = ()
    logo_png: bytes | None = None
    number_pattern: str = "{code}-{year}-{seq:04}"
    verify_url: str | None = None  #: where the organisation publishes its verification page (https)
    address: str | None = None     #: street and number (the place is ``place``), for letters and reports


@dataclass(frozen=True)
class ModuleLine:
    title: str
    hours: int
    exempted: bool = False  #: not passed, but the certificate was issued anyway: shown as an exemption


@dataclass(frozen=True)
class PlacementSummary:
    organisation: str
    city: str | None
    start: dt.date
    end: dt.date | None
    hours: float


@dataclass(frozen=True)
class CertificateData:
    kind: str                              # programme, module, participation
    lang: str
    number: str
    issued_on: dt.date
    trainee_name: str
    date_of_birth: dt.date | None
    birth_place: str | None
    programme_name: str
    programme_code: str
    certificate_title: str
    wording: str | None
    cohort_name: str
    cohort_location: str | None
    period_start: dt.date
    period_end: dt.date
    modules: tuple[ModuleLine, ...] = ()
    module: ModuleLine | None = None       # the module of a module certificate
    module_passed_on: dt.date | None = None
    module_period: tuple[dt.date, dt.date] | None = None  # the module's own sessions, first to last
    module_assessment: str | None = None   # how the module was assessed (assignment, presentation, ...)
    placement: PlacementSummary | None = None
    sessions_attended: int = 0
    hours_attended: float = 0.0
    issuer: Issuer = field(default_factory=lambda: Issuer(organisation="", place=""))
    supersedes: str | None = None          # number of the certificate this one corrects
    verification_code: str = ""            # the short code printed on paper, grouped
    qr_payload: str = ""                   # what the QR code holds: the page's address with the code, or the code
    facts: str = ""                        # the signed key facts, as canonical text
    signed_code: str = ""                  # 'EDT1:<number>:<signature>', in the PDF's document information

    @property
    def total_hours(self) -> int:
        return sum(m.hours for m in self.modules if not m.exempted)


def _plain(value: Any) -> Any:
    if isinstance(value, bytes):
        return {"sha256": hashlib.sha256(value).hexdigest()}
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def snapshot(data: Any) -> dict[str, Any]:
    """The printed data as JSON-friendly values; images become their SHA-256."""
    result = _plain(dataclasses.asdict(data))
    assert isinstance(result, dict)
    return result
