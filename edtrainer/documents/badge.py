"""A certificate as a digital badge: an Open Badges 3.0 ``OpenBadgeCredential``, secured as a VC-JWT.

Graduates keep it in a wallet (edubadges, eduWallet and others that read Open Badges 3.0), and whoever
they show it to checks it with the organisation's public certificate, the same key that signs the PDFs:
a compact JWS with ``alg`` ES256, the signing certificate in the header (``x5c``), and the credential in
the ``vc`` claim (W3C Verifiable Credentials 2.0 and Open Badges 3.0 contexts). The achievement carries
the programme's (or module's) name, description and criteria; the subject, the name as on the
certificate. The JWT claims repeat what a JWT library checks by itself: ``iss``, ``jti``, ``nbf`` and
``iat``. Not in it: a status list, so a badge made before a revocation does not learn of it; whoever
checks it also checks the certificate's code on the organisation's verification page.

The badge is made on request of the graduate (and logged as an export): it holds their name.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import uuid
from dataclasses import dataclass
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec

from edtrainer.documents import signing

VC_CONTEXT = "https://www.w3.org/ns/credentials/v2"
OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://edtrainer.invalid/badges")  # stable credential ids


@dataclass(frozen=True)
class BadgeFacts:
    number: str
    kind: str                   #: programme, module or participation
    issued_on: dt.date
    holder: str                 #: the name as on the certificate
    achievement: str            #: what was achieved: the certificate title, or the module's title
    description: str
    criteria: str
    organisation: str
    lang: str = "nl"
    issuer_url: str | None = None  #: where the organisation publishes its verification page, if it does
    code: str | None = None        #: the certificate's printed code


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def issuer_id(organisation_fingerprint: str, url: str | None) -> str:
    """The issuer as a URI: its verification page when it publishes one, else its key's fingerprint."""
    return url or f"urn:edtrainer:issuer:{organisation_fingerprint}"


def credential(facts: BadgeFacts, fingerprint: str) -> dict[str, Any]:
    """The ``vc`` claim: an OpenBadgeCredential."""
    issuer = issuer_id(fingerprint, facts.issuer_url)
    credential_id = f"urn:uuid:{uuid.uuid5(_NAMESPACE, f'{fingerprint}:{facts.number}')}"
    achievement_id = f"urn:uuid:{uuid.uuid5(_NAMESPACE, f'{fingerprint}:achievement:{facts.kind}:{facts.achievement}')}"
    valid_from = dt.datetime.combine(facts.issued_on, dt.time(), dt.UTC).isoformat().replace("+00:00", "Z")
    vc: dict[str, Any] = {
        "@context": [VC_CONTEXT, OB_CONTEXT],
        "id": credential_id,
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {"id": issuer, "type": ["Profile"], "name": facts.organisation},
        "validFrom": valid_from,
        "name": f"{facts.achievement} – {facts.number}",
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [{"type": "IdentityObject", "identityType": "name", "hashed": False,
                            "identityHash": facts.holder}],
            "achievement": {
                "id": achievement_id,
                "type": ["Achievement"],
                "achievementType": "Certificate" if facts.kind != "participation" else "Achievement",
                "name": facts.achievement,
                "description": facts.description,
                "criteria": {"narrative": facts.criteria},
                "inLanguage": facts.lang,
                "creator": {"id": issuer, "type": ["Profile"], "name": facts.organisation},
            },
        },
    }
    if facts.issuer_url and facts.code:
        vc["credentialSubject"]["source"] = {"id": f"{facts.issuer_url}#{facts.code}", "type": ["Profile"],
                                             "name": facts.organisation}
    return vc


def make_badge(facts: BadgeFacts, signer: signing.OrgSigner) -> str:
    """The badge as a compact JWS (VC-JWT), signed ES256 with the organisation's key."""
    cert = x509.load_der_x509_certificate(signer.material.certificate_der)
    public = cert.public_key()
    if not isinstance(public, ec.EllipticCurvePublicKey) or public.curve.name != "secp256r1":
        raise signing.SigningError("badge_needs_p256")
    vc = credential(facts, signer.fingerprint)
    issued = int(dt.datetime.combine(facts.issued_on, dt.time(), dt.UTC).timestamp())
    # The signing certificate travels with the badge (x5c), named by its SHA-256 thumbprint (x5t#S256); the
    # subject has no identifier of its own, so there is no 'sub' claim (a name is not an identifier).
    header = {"alg": "ES256", "typ": "JWT",
              "x5t#S256": _b64url(hashlib.sha256(signer.material.certificate_der).digest()),
              "x5c": [base64.b64encode(signer.material.certificate_der).decode()]}
    claims = {"iss": vc["issuer"]["id"], "jti": vc["id"], "nbf": issued, "iat": issued, "vc": vc}
    signing_input = ".".join(_b64url(json.dumps(part, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
                             for part in (header, claims))
    return f"{signing_input}.{_b64url(signer.sign_facts(signing_input))}"
