"""The verification page an organisation publishes: one self-contained ``index.html`` that checks a
certificate's printed code in the browser, offline, and names nobody.

What the page holds: the organisation's public key, and a list of every certificate it issued, signed
with that key (ECDSA, the same key that signs the PDFs). Each entry gives what the certificate certifies
(kind, programme, module, date), its number and its status (valid, revoked, superseded), found by a
SHA-256 of its printed code: the page gives no code away, and lists no name and no reason. To confirm
the name, the checker types the name on the paper: the page compares a hash of the code and that name
with the entry's (only who holds the code can try a name).

The browser checks the signature with WebCrypto before it believes any entry; a page whose list was
changed says ``forged`` for every code. A code with a typing error (its two check characters disagree) or
not in the list says ``unknown``. The verdict is on one element, ``id="verdict"``, as ``data-verdict``
(``valid``, ``revoked``, ``superseded``, ``unknown`` or ``forged``) and in words, in Dutch or English.

The page makes no network request: no external script, style, image or font, and a Content Security
Policy (``default-src 'none'``) that forbids any. It works from ``file://`` (a USB stick) and from any
static web host over https (WebCrypto needs a secure context; plain http says so).

``check_page`` does the same check in Python, for ``edtrainer verify --code CODE --trust ORG.pem --page
FILE`` without the database.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import html
import json
import re
from dataclasses import dataclass
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

from edtrainer.documents import signing

FORMAT = "edtrainer-verify/1"
VERDICTS = ("valid", "revoked", "superseded", "unknown", "forged")
_BLOB = re.compile(r'<script type="application/json" id="edtrainer-register">(.*?)</script>', re.S)


def signed_text(*, organisation: str, published: dt.datetime, certificates: list[dict[str, Any]]) -> str:
    """The list as the signature covers it: canonical JSON (sorted keys, no spaces)."""
    body = {"format": FORMAT, "organisation": organisation,
            "published": published.astimezone(dt.UTC).isoformat(timespec="seconds"),
            "certificates": sorted(certificates, key=lambda e: e["id"])}
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _script_safe(data: Any) -> str:
    """JSON that can stand inside a <script> element: no '<', '>' or '&' that could end it."""
    text = json.dumps(data, ensure_ascii=True, sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _curve(certificate_der: bytes) -> str:
    public = x509.load_der_x509_certificate(certificate_der).public_key()
    assert isinstance(public, ec.EllipticCurvePublicKey)
    return {"secp256r1": "P-256", "secp384r1": "P-384"}[public.curve.name]


def build_page(*, organisation: str, published: dt.datetime, certificates: list[dict[str, Any]],
               signer: signing.OrgSigner) -> str:
    """The whole page, signed by ``signer``."""
    text = signed_text(organisation=organisation, published=published, certificates=certificates)
    signature = signer.sign_facts(text)
    cert = x509.load_der_x509_certificate(signer.material.certificate_der)
    spki = cert.public_key().public_bytes(serialization.Encoding.DER,
                                          serialization.PublicFormat.SubjectPublicKeyInfo)
    blob = {"list": text, "signature": base64.b64encode(signature).decode(), "key": base64.b64encode(spki).decode(),
            "curve": _curve(signer.material.certificate_der),
            "fingerprint": signing.short_fingerprint(signer.fingerprint)}
    template, style, script = _parts()
    # Only this script and this style may run: the policy forbids every request to anywhere.
    csp = (f"default-src 'none'; script-src '{_sha256(script)}'; style-src '{_sha256(style)}'; img-src data:; "
           "form-action 'none'; base-uri 'none'")
    # The policy stands in a double-quoted attribute: its single quotes stay as they are.
    values = {"csp": html.escape(csp, quote=False), "title": html.escape(organisation), "style": style,
              "script": script, "blob": _script_safe(blob)}
    return re.sub(r"\{(csp|title|style|script|blob)\}", lambda m: values[m.group(1)], template)  # in one pass


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()


def _parts() -> tuple[str, str, str]:
    """The page's HTML, style and script (resources/verify_page: a real .js file, kept readable)."""
    from edtrainer import paths

    folder = paths.resources_dir() / "verify_page"
    html_text, css, js = ((folder / name).read_text(encoding="utf-8") for name in ("page.html", "page.css", "page.js"))
    return html_text, css, js


# --- checking in Python (the CLI, without the database) -----------------------------------------------------

@dataclass(frozen=True)
class PageVerdict:
    verdict: str                      #: one of VERDICTS
    entry: dict[str, Any] | None = None
    organisation: str = ""
    published: str = ""
    name_matches: bool | None = None  #: when a name was given: does it match the name on the certificate
    mistyped: bool = False            #: the code's check characters disagree: a character was typed wrong


def read_blob(page: str) -> dict[str, Any] | None:
    found = _BLOB.search(page)
    if found is None:
        return None
    try:
        blob = json.loads(found.group(1))
    except ValueError:
        return None
    return blob if isinstance(blob, dict) else None


def _signature_ok(blob: dict[str, Any], trusted_der: bytes) -> bool:
    """The list is signed by the trusted certificate's key, and the page names that same key."""
    public = x509.load_der_x509_certificate(trusted_der).public_key()
    if not isinstance(public, ec.EllipticCurvePublicKey):
        return False
    spki = public.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    try:
        if base64.b64decode(blob.get("key", "")) != spki:
            return False
        raw = base64.b64decode(blob.get("signature", ""))
    except ValueError:
        return False
    half = len(raw) // 2
    if not half or len(raw) % 2:
        return False
    der = encode_dss_signature(int.from_bytes(raw[:half], "big"), int.from_bytes(raw[half:], "big"))
    try:
        public.verify(der, str(blob.get("list", "")).encode("utf-8"), ec.ECDSA(hashes.SHA256()))
    except InvalidSignature:
        return False
    return True


def check_page(page: str, code: str, trusted_der: bytes, *, name: str | None = None) -> PageVerdict:
    """What the page would say about ``code`` (or the QR code's 'address#CODE'), checked against the
    organisation's certificate."""
    code = code.rsplit("#", 1)[-1]
    blob = read_blob(page)
    if blob is None or not _signature_ok(blob, trusted_der):
        return PageVerdict("forged")
    data = json.loads(blob["list"])
    if data.get("format") != FORMAT:
        return PageVerdict("forged")
    organisation, published = str(data.get("organisation", "")), str(data.get("published", ""))
    if not signing.is_short_code(code):
        return PageVerdict("unknown", organisation=organisation, published=published, mistyped=True)
    wanted = signing.code_id(code)
    entry = next((e for e in data.get("certificates", []) if e.get("id") == wanted), None)
    if entry is None:
        return PageVerdict("unknown", organisation=organisation, published=published)
    verdict = {"valid": "valid", "revoked": "revoked", "superseded": "superseded"}.get(entry.get("status"), "forged")
    matches = None
    if name is not None and entry.get("name"):
        matches = signing.name_check(code, name) == entry["name"]
    return PageVerdict(verdict, entry, organisation, published, matches)
