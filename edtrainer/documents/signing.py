"""The organisation's signing key: creating, importing, protecting, and signing with it.

Where the private key lives (see also README, "Signing key"): in the database, encrypted with a
passphrase that is never stored (scrypt, then AES-256-GCM). Every coordinator who shares the database
can sign, if and only if they know the passphrase; a copy of the SQLite file, a database backup or a
database administrator gets only ciphertext. Unlocked, the key lives in memory for as long as the
caller keeps the :class:`OrgSigner` (the app: until it closes; the CLI: one command). A backup of the
key leaves edtrainer only as a password-protected PKCS#12 file written readable by the user only.

The same key signs each PDF (PAdES baseline B, pyHanko) and the verification code printed on each
certificate: an ECDSA signature over the certificate's key facts, which anyone with the organisation's
public certificate can check offline.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io
import os
import re
from dataclasses import dataclass

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature, encode_dss_signature
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers
from pyhanko_certvalidator.registry import SimpleCertificateStore

from edtrainer.core import clock

_MAGIC = b"EDTK1"
_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**15, 8, 1
CODE_PREFIX = "EDT1"
# Crockford's base32: no I, L, O or U, so a code typed over from paper is not misread.
_B32_STD = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_B32_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_TO_CROCKFORD = str.maketrans(_B32_STD, _B32_CROCKFORD)
_FROM_CROCKFORD = str.maketrans(_B32_CROCKFORD, _B32_STD)
_CODE_LETTERS = frozenset(_B32_CROCKFORD + "OIL")  # O, I and L are read as 0, 1 and 1


class SigningError(Exception):
    """Wrong passphrase, unusable key file, or an unsupported kind of key."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class KeyMaterial:
    """What is stored: the public certificate, and the private key only encrypted."""

    certificate_der: bytes
    encrypted_key: bytes
    fingerprint: str
    subject: str


def fingerprint(certificate_der: bytes) -> str:
    """SHA-256 of the certificate, the way people compare keys: 64 hex digits."""
    return hashlib.sha256(certificate_der).hexdigest()


def short_fingerprint(fp: str) -> str:
    """'3F2A 9C01 ...' – the first 16 bytes in groups, for printing and reading aloud."""
    head = fp[:32].upper()
    return " ".join(head[i:i + 4] for i in range(0, len(head), 4))


def _kdf(passphrase: str, salt: bytes) -> bytes:
    return Scrypt(salt=salt, length=32, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P).derive(passphrase.encode())


def encrypt_private_key(key: ec.EllipticCurvePrivateKey, passphrase: str) -> bytes:
    der = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    salt, nonce = os.urandom(16), os.urandom(12)
    return _MAGIC + salt + nonce + AESGCM(_kdf(passphrase, salt)).encrypt(nonce, der, _MAGIC)


def decrypt_private_key(blob: bytes, passphrase: str) -> ec.EllipticCurvePrivateKey:
    if not blob.startswith(_MAGIC):
        raise SigningError("key_unreadable")
    salt, nonce, body = blob[5:21], blob[21:33], blob[33:]
    try:
        der = AESGCM(_kdf(passphrase, salt)).decrypt(nonce, body, _MAGIC)
    except InvalidTag:
        raise SigningError("wrong_passphrase") from None
    key = serialization.load_der_private_key(der, password=None)
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        raise SigningError("key_not_ec")
    return key


def _self_signed(key: ec.EllipticCurvePrivateKey, organisation: str, *, now: dt.datetime,
                 years: int) -> x509.Certificate:
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, organisation[:64]),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation[:64])])
    return (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=365 * years))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                         data_encipherment=False, key_agreement=False, key_cert_sign=True,
                                         crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .sign(key, hashes.SHA256()))


def _common_name(cert: x509.Certificate) -> str:
    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME) or \
        cert.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)
    return str(names[0].value) if names else cert.subject.rfc4514_string()


def _material(cert: x509.Certificate, key: ec.EllipticCurvePrivateKey, passphrase: str) -> KeyMaterial:
    der = cert.public_bytes(serialization.Encoding.DER)
    return KeyMaterial(certificate_der=der, encrypted_key=encrypt_private_key(key, passphrase),
                       fingerprint=fingerprint(der), subject=_common_name(cert))


def create_key(organisation: str, passphrase: str, *, years: int = 10,
               now: dt.datetime | None = None) -> KeyMaterial:
    """A new EC P-256 key with a self-signed X.509 certificate in the organisation's name."""
    key = ec.generate_private_key(ec.SECP256R1())
    cert = _self_signed(key, organisation, now=now or clock.now(), years=years)
    return _material(cert, key, passphrase)


def import_pkcs12(data: bytes, file_password: str | None, passphrase: str) -> KeyMaterial:
    """An organisation's existing key and certificate from a PKCS#12 (.p12/.pfx) file."""
    try:
        key, cert, _extra = pkcs12.load_key_and_certificates(
            data, file_password.encode() if file_password else None)
    except ValueError:
        raise SigningError("p12_unreadable") from None
    if key is None or cert is None:
        raise SigningError("p12_incomplete")
    if not isinstance(key, ec.EllipticCurvePrivateKey) or key.curve.name not in ("secp256r1", "secp384r1"):
        # The verification code is a signature printed on paper: an RSA signature would be 3 lines long.
        raise SigningError("key_not_ec")
    return _material(cert, key, passphrase)


def export_pkcs12(material: KeyMaterial, passphrase: str, file_password: str, name: str) -> bytes:
    key = decrypt_private_key(material.encrypted_key, passphrase)
    cert = x509.load_der_x509_certificate(material.certificate_der)
    return pkcs12.serialize_key_and_certificates(
        name.encode(), key, cert, None, serialization.BestAvailableEncryption(file_password.encode()))


def certificate_pem(certificate_der: bytes) -> bytes:
    return x509.load_der_x509_certificate(certificate_der).public_bytes(serialization.Encoding.PEM)


def load_certificate(data: bytes) -> bytes:
    """A certificate file (PEM or DER) as DER."""
    try:
        cert = (x509.load_pem_x509_certificate(data) if b"-----BEGIN" in data
                else x509.load_der_x509_certificate(data))
    except ValueError:
        raise SigningError("cert_unreadable") from None
    return cert.public_bytes(serialization.Encoding.DER)


class _CachedSigner(signers.SimpleSigner):
    """pyHanko's SimpleSigner reloads the key for every signature; this one keeps the loaded key."""

    def __init__(self, cert: asn1_x509.Certificate, key_info: asn1_keys.PrivateKeyInfo,
                 key: ec.EllipticCurvePrivateKey) -> None:
        # An empty registry: the signature then carries the signing certificate exactly once, and the
        # verifier can insist on that (a second, unused copy could be altered without breaking anything).
        super().__init__(signing_cert=cert, signing_key=key_info, cert_registry=SimpleCertificateStore())
        self._key = key

    def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
        return self._key.sign(data, ec.ECDSA(getattr(hashes, digest_algorithm.upper())()))


class OrgSigner:
    """The unlocked signing key, in memory only."""

    def __init__(self, material: KeyMaterial, key: ec.EllipticCurvePrivateKey, *, key_id: int | None = None,
                 organisation: str = "") -> None:
        self.material = material
        self.key_id = key_id
        self.organisation = organisation
        self._key = key
        cert = asn1_x509.Certificate.load(material.certificate_der)
        key_info = asn1_keys.PrivateKeyInfo.load(key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
        self._signer = _CachedSigner(cert, key_info, key)

    @property
    def fingerprint(self) -> str:
        return self.material.fingerprint

    def sign_pdf(self, pdf: bytes, *, reason: str, location: str, name: str | None = None) -> bytes:
        """PAdES baseline B: a CMS signature with the signing certificate, over the whole file."""
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
        meta = signers.PdfSignatureMetadata(field_name="edtrainer", subfilter=fields.SigSeedSubFilter.PADES,
                                            md_algorithm="sha256", reason=reason, location=location,
                                            name=name or self.organisation or None)
        # A fixed reservation for the signature: pyHanko would otherwise build the whole CMS twice, once
        # only to measure it (half the signing time). 8 kB holds an EC signature with a certificate chain.
        out = signers.sign_pdf(writer, meta, signer=self._signer, bytes_reserved=8192)
        return out.getvalue()

    def sign_facts(self, facts: str) -> bytes:
        """ECDSA (SHA-256) over the canonical key facts, as raw r||s."""
        der = self._key.sign(facts.encode(), ec.ECDSA(hashes.SHA256()))
        r, s = decode_dss_signature(der)
        size = (self._key.curve.key_size + 7) // 8
        return r.to_bytes(size, "big") + s.to_bytes(size, "big")


def unlock(material: KeyMaterial, passphrase: str, *, key_id: int | None = None,
           organisation: str = "") -> OrgSigner:
    return OrgSigner(material, decrypt_private_key(material.encrypted_key, passphrase), key_id=key_id,
                     organisation=organisation)


# --- verification codes -----------------------------------------------------------------------------

def encode_signature(raw: bytes) -> str:
    return base64.b32encode(raw).decode().rstrip("=").translate(_TO_CROCKFORD)


def decode_signature(text: str) -> bytes:
    clean = "".join(text.split()).replace("-", "").upper().replace("O", "0").replace("I", "1").replace("L", "1")
    std = clean.translate(_FROM_CROCKFORD)
    return base64.b32decode(std + "=" * (-len(std) % 8))


def group(code: str, size: int = 5) -> str:
    return "-".join(code[i:i + size] for i in range(0, len(code), size))


# --- the short printed code ------------------------------------------------------------------------------
#
# The full signature (103 characters) is kept in the PDF's document information for software; the paper
# carries a short code made from it: 18 characters of SHA-256 over the signature (90 bits: unguessable
# without the organisation's key, which made the signature) and 2 check characters that catch a character
# typed wrong. The published verification page finds a certificate by a hash of this code, and only someone
# holding the code can compare a name with the one on the certificate (see documents/verify_page.py, whose
# JavaScript does the same sums).

SHORT_BODY = 18
SHORT_LENGTH = SHORT_BODY + 2
_SHORT = re.compile(r"^[0-9A-HJKMNP-TV-Z]{20}$")


def _b32(data: bytes, length: int) -> str:
    return base64.b32encode(data).decode().translate(_TO_CROCKFORD)[:length]


def _check_chars(body: str) -> str:
    digest = hashlib.sha256(f"edtrainer-check:{body}".encode()).digest()
    value = int.from_bytes(digest[:2], "big") >> 6  # 10 bits: two base32 characters
    return _B32_CROCKFORD[value >> 5] + _B32_CROCKFORD[value & 31]


def short_code(raw_signature: bytes) -> str:
    """The 20-character code printed on a certificate, made from its signature."""
    body = _b32(hashlib.sha256(b"edtrainer-short-code\x00" + raw_signature).digest(), SHORT_BODY)
    return body + _check_chars(body)


def normalise_code(text: str) -> str:
    """A code as typed over from paper: capitals, no spaces or hyphens, O read as 0, I and L as 1."""
    clean = re.sub(r"[\s\-.]", "", text or "").upper()
    return clean.replace("O", "0").replace("I", "1").replace("L", "1").replace("U", "V")


def is_short_code(text: str) -> bool:
    """Twenty characters of the code alphabet whose check characters agree (a typing error is caught)."""
    code = normalise_code(text)
    return bool(_SHORT.match(code)) and _check_chars(code[:SHORT_BODY]) == code[SHORT_BODY:]


def code_id(code: str) -> str:
    """How the published list names a certificate: a hash of its code, so the list gives no code away."""
    return hashlib.sha256(f"edtrainer-code:{normalise_code(code)}".encode()).hexdigest()


def fold_name(name: str) -> str:
    """A name as compared on the verification page: without accents, capitals or punctuation."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", name or "")
    plain = "".join(ch for ch in decomposed if not unicodedata.category(ch).startswith("M")).lower()  # JS: \p{M}
    return " ".join(re.sub(r"[^a-z0-9]+", " ", plain).split())


def name_check(code: str, name: str) -> str:
    """The name on a certificate, hashed with its code: the page can compare a typed name with it, but without
    the code nobody can try names against it."""
    return hashlib.sha256(f"edtrainer-name:{normalise_code(code)}:{fold_name(name)}".encode()).hexdigest()


def group_short(code: str) -> str:
    """'7KQ2X 9XHDM 3RTWP 4BN6C': four groups of five, easy to read and type."""
    return " ".join(code[i:i + 5] for i in range(0, len(code), 5))


def qr_payload(number: str, signature_b32: str) -> str:
    """What the QR code holds: 'EDT1:<number>:<signature>', in QR's compact alphanumeric alphabet."""
    return f"{CODE_PREFIX}:{number.upper()}:{signature_b32}"


# The raw ECDSA signature r||s of P-256, P-384 and P-521 keys.
_SIGNATURE_SIZES = frozenset({64, 96, 132})


def _decode_code(text: str) -> bytes | None:
    clean = re.sub(r"[\s\-]", "", text).upper()
    if not clean or not set(clean) <= _CODE_LETTERS:
        return None
    try:
        raw = decode_signature(clean)
    except (ValueError, TypeError):
        return None
    return raw if len(raw) in _SIGNATURE_SIZES else None


def parse_payload(text: str) -> tuple[str | None, bytes]:
    """The certificate number and the signature in a verification code: what the QR code holds
    ('EDT1:<number>:<code>'), or the code as printed on paper, typed over with or without the certificate
    number in front ('EDASU-2026-0007 G6KHK EG3QJ …'). The number is None when only the code was typed."""
    text = text.strip()
    parts = text.split(":")
    if len(parts) == 3 and parts[0].strip().upper() == CODE_PREFIX:
        raw = _decode_code(parts[2])
        if raw is None or not parts[1].strip():
            raise SigningError("code_unreadable")
        return parts[1].strip().upper(), raw
    raw = _decode_code(text)
    if raw is not None:
        return None, raw
    tokens = [t for t in re.split(r"[\s:]+", text) if t]
    if len(tokens) >= 2:
        raw = _decode_code(" ".join(tokens[1:]))
        if raw is not None:
            return tokens[0].upper(), raw
    raise SigningError("code_unreadable")


def check_facts(certificate_der: bytes, facts: str, raw_signature: bytes) -> bool:
    cert = x509.load_der_x509_certificate(certificate_der)
    public = cert.public_key()
    if not isinstance(public, ec.EllipticCurvePublicKey) or len(raw_signature) % 2:
        return False
    half = len(raw_signature) // 2
    der = encode_dss_signature(int.from_bytes(raw_signature[:half], "big"),
                               int.from_bytes(raw_signature[half:], "big"))
    try:
        public.verify(der, facts.encode(), ec.ECDSA(hashes.SHA256()))
    except InvalidSignature:
        return False
    return True
