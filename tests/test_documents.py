"""The renderers, signing and offline verification, without a database: read every PDF back."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
from pathlib import Path

import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pypdf import PdfReader

from edtrainer.core import clock
from edtrainer.documents import reports, signing
from edtrainer.documents.certificates import render_certificate, render_many
from edtrainer.documents.common import qr_matrix
from edtrainer.documents.data import Issuer, snapshot
from edtrainer.documents.verify import check_pdf

from doc_factories import (
    LONG_NAMES,
    ORGANISATION,
    PASSPHRASE,
    assert_fonts_embedded,
    need,
    pdf_text,
    sample_certificate,
    shared_signer,
)

ISSUER = Issuer(ORGANISATION, "Veendam")


@pytest.fixture(scope="module")
def signed() -> bytes:
    signer = shared_signer()
    return signer.sign_pdf(render_certificate(sample_certificate()), reason="Certificaat", location="Veendam")


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("name", LONG_NAMES)
@pytest.mark.parametrize("kind", ["programme", "module", "participation"])
def test_certificates_read_back_with_names_numbers_dates_and_totals(tmp_path: Path, name: str, kind: str) -> None:
    data = sample_certificate(name, kind=kind)
    pdf = render_certificate(data)
    text = _flat(pdf_text(pdf, tmp_path))
    assert name in text, text
    assert "EDASU-2026-0007" in text and "30 juni 2026" in text and "Veendam, 30 juni 2026" in text
    assert data.verification_code.replace("-", " ")[:23] in text
    assert "Marieke Jansen" in text and "Coördinator opleiding" in text
    title = {"programme": "Certificaat", "module": "Modulecertificaat", "participation": "Bewijs van deelname"}[kind]
    assert title in text
    if kind == "module":
        assert "module Communicatie (30 uur)" in text and "13 januari 2026" in text
    else:
        # the total counts the placement hours too (240 in the modules, 312 in the placement); a long module
        # name wraps at the type size of the others instead of shrinking
        assert "Totaal, met de uren beroepspraktijk 552 uur" in text
        assert "Psychologische processen en" in text and "vaardigheden" in text  # whole, over two lines
        assert "312 uur bij Forte Welzijn (Veendam)" in text
        assert "26 mei 2026" in text  # a date is never split across two lines
    if kind == "participation":
        assert "aanwezig bij 38 bijeenkomsten, samen 114 uur" in text
    assert_fonts_embedded(pdf, tmp_path)


def test_certificate_in_english_with_metadata() -> None:
    pdf = render_certificate(sample_certificate("Loïs Wiersma-Ötzürk", lang="en"))
    reader = PdfReader(io.BytesIO(pdf))
    meta = reader.metadata
    assert meta.title == "Certificate EDASU-2026-0007 – Loïs Wiersma-Ötzürk"
    assert meta.author == ORGANISATION
    assert meta.subject == "Certificate Ervaringsdeskundige in Armoede en Sociale Uitsluiting"
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"
    text = reader.pages[0].extract_text()
    assert "awarded to" in text and "Modules completed" in text and "30 June 2026" in text
    for font in reader.pages[0]["/Resources"]["/Font"].values():
        descriptor = font.get_object()["/FontDescriptor"]
        assert "/FontFile2" in descriptor, font  # a TrueType font file is embedded


def test_the_name_never_runs_off_the_page() -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from edtrainer.documents.certificates import INNER_W
    from edtrainer.documents.common import SERIF_BOLD, fit_size, split_to_fit

    long = "Maria-Louisa Johanna Wilhelmina van den Heuvel-Brinkhorst-Ötzürk"
    size = fit_size(long, SERIF_BOLD, INNER_W - 20, 28, 17)
    assert size == 17  # still too wide at the smallest size: it wraps
    lines = split_to_fit(long, SERIF_BOLD, 20, INNER_W - 20)
    assert len(lines) == 2 and all(stringWidth(line, SERIF_BOLD, 20) <= INNER_W - 20 for line in lines)
    text = " ".join(PdfReader(io.BytesIO(render_certificate(sample_certificate(long)))).pages[0]
                    .extract_text().split())
    assert "Heuvel-" in text and "Brinkhorst-Ötzürk" in text


def _baselines(pdf: bytes) -> dict[str, float]:
    """The lowest baseline (y, points from the bottom) at which each text fragment starts."""
    found: dict[str, float] = {}

    def visit(text: str, cm: list[float], tm: list[float], _font: object, _size: object) -> None:
        if text.strip():
            y = tm[5] * cm[3] + cm[5]
            found[text.strip()] = min(y, found.get(text.strip(), y))

    PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    return found


@pytest.mark.parametrize("kind", ["programme", "participation"])
def test_a_full_page_never_reaches_the_place_and_date(kind: str) -> None:
    import dataclasses

    from edtrainer.documents.data import ModuleLine, PlacementSummary

    logo = (Path(__file__).resolve().parent.parent / "docs" / "certificate.png").read_bytes()
    base = sample_certificate("Maria-Louisa Johanna Wilhelmina van den Heuvel-Brinkhorst-Ötzürk", kind=kind)
    people = tuple(dataclasses.replace(p, signature_png=logo) for p in base.issuer.signatories)
    crowded = dataclasses.replace(
        base, issuer=dataclasses.replace(base.issuer, logo_png=logo, signatories=people),
        modules=base.modules + tuple(ModuleLine(f"Keuzemodule {i}", 6) for i in range(5)),
        placement=PlacementSummary("Stichting Maatschappelijke Dienstverlening Oost-Groningen", "Stadskanaal",
                                   dt.date(2025, 7, 15), dt.date(2026, 5, 26), 312.0))
    lines = _baselines(render_certificate(crowded))
    place = next(y for text, y in lines.items() if text.startswith("Veendam, 30 juni 2026"))
    total = next(y for text, y in lines.items() if text.startswith("Totaal"))
    assert total > place + 12, (total, place)


def test_rendering_is_deterministic_and_the_snapshot_is_plain_data() -> None:
    data = sample_certificate()
    assert render_certificate(data) == render_certificate(data)
    snap = snapshot(data)
    assert snap["trainee_name"] == LONG_NAMES[0] and snap["issued_on"] == "2026-06-30"
    assert snap["modules"][1] == {"title": "Communicatie", "hours": 30, "exempted": False}


def test_qr_code_holds_the_number_and_the_signature() -> None:
    data = sample_certificate()
    number, raw = signing.parse_payload(data.qr_payload)
    assert number == "EDASU-2026-0007"
    assert signing.check_facts(shared_signer().material.certificate_der, data.facts, raw)
    assert not signing.check_facts(shared_signer().material.certificate_der, data.facts.replace("Maria", "Mario"), raw)
    # the human-readable code is the same signature, grouped, and survives retyping with O/I/L mistakes
    typed = data.verification_code.replace("0", "O").lower()
    assert signing.decode_signature(typed) == raw
    assert len(qr_matrix(data.qr_payload)) <= 45  # alphanumeric mode keeps the symbol small


def test_many_certificates_in_one_pdf(tmp_path: Path) -> None:
    pdf = render_many([sample_certificate(n, number=f"EDASU-2026-{i:04}") for i, n in enumerate(LONG_NAMES, 1)])
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 3
    assert "IJsbrand Dijkstra" in reader.pages[2].extract_text()
    assert_fonts_embedded(pdf, tmp_path)


# --- signature and tampering ------------------------------------------------------------------------

def test_signed_certificate_verifies_offline(signed: bytes) -> None:
    check = check_pdf(signed, [shared_signer().material.certificate_der])
    assert check.ok, check.problems
    assert check.intact and check.entire_file and check.trusted and check.code_valid
    assert check.number == "EDASU-2026-0007" and check.signer_subject == ORGANISATION


def test_pdfsig_reports_the_untouched_signature_valid(signed: bytes, tmp_path: Path) -> None:
    f = tmp_path / "signed.pdf"
    f.write_bytes(signed)
    out = subprocess.run([need("pdfsig"), str(f)], capture_output=True, text=True).stdout
    assert "Signature Validation: Signature is Valid." in out
    assert "Total document signed" in out and "ETSI.CAdES.detached" in out


def _positions(pdf: bytes) -> list[int]:
    """Every region of the file: header, content, fonts, the signature's hex digits and padding, the end."""
    start = pdf.index(b"/Contents <") + len(b"/Contents <")
    end = pdf.index(b">", start)
    marks = [0, 5, len(pdf) // 7, len(pdf) // 3, len(pdf) // 2, start - 30, start, start + 1, start + 100,
             end - 1, end - 200, end, end + 1, pdf.index(b"/ByteRange") + 13, pdf.index(b"EdtrainerFacts") + 20,
             len(pdf) - 1, len(pdf) - 20]
    marks += list(range(0, len(pdf), max(1, len(pdf) // 40)))
    return sorted(set(marks))


def test_any_changed_byte_fails_with_a_reason(signed: bytes) -> None:
    trusted = [shared_signer().material.certificate_der]
    failures = []
    for pos in _positions(signed):
        altered = bytearray(signed)
        altered[pos] ^= 0x01
        check = check_pdf(bytes(altered), trusted)
        if check.ok:
            failures.append(pos)
        else:
            assert check.problems[0].code in ("verify_altered", "verify_unreadable", "verify_not_signed",
                                              "verify_appended", "verify_code_invalid"), check.problems
    assert failures == []


def test_hex_written_differently_fails_too(signed: bytes) -> None:
    """Lower-case hex decodes to the same signature, but it is not the file that was signed."""
    start = signed.index(b"/Contents <") + len(b"/Contents <")
    end = signed.index(b">", start)
    letter = next(i for i in range(start, end) if signed[i:i + 1].isalpha())
    altered = signed[:letter] + signed[letter:letter + 1].lower() + signed[letter + 1:]
    check = check_pdf(altered, [shared_signer().material.certificate_der])
    assert not check.ok and check.problems[0].code == "verify_altered"


def test_appended_bytes_fail(signed: bytes) -> None:
    check = check_pdf(signed + b"\n% a comment added later\n", [shared_signer().material.certificate_der])
    assert [p.code for p in check.problems] == ["verify_appended"]
    assert check.problems[0].params["bytes"] == 25


def test_an_appended_revision_fails(signed: bytes) -> None:
    writer = IncrementalPdfFileWriter(io.BytesIO(signed))
    writer.root["/Lang"] = generic.TextStringObject("de-DE")
    writer.update_root()
    out = io.BytesIO()
    writer.write(out)
    check = check_pdf(out.getvalue(), [shared_signer().material.certificate_der])
    assert "verify_appended" in [p.code for p in check.problems]


def test_a_second_signature_by_another_key_fails(signed: bytes) -> None:
    from pyhanko.sign import fields, signers

    other = signing.unlock(signing.create_key("Nep Instituut", PASSPHRASE), PASSPHRASE)
    out = signers.sign_pdf(IncrementalPdfFileWriter(io.BytesIO(signed)), signers.PdfSignatureMetadata(
        field_name="tweede", subfilter=fields.SigSeedSubFilter.PADES), signer=other._signer)
    twice = out.getvalue()
    codes = [p.code for p in check_pdf(twice, [shared_signer().material.certificate_der]).problems]
    assert "verify_extra_signatures" in codes and "verify_appended" in codes


def test_signed_by_another_key_fails(tmp_path: Path) -> None:
    other = signing.unlock(signing.create_key(ORGANISATION, PASSPHRASE), PASSPHRASE)  # same name, other key
    pdf = other.sign_pdf(render_certificate(sample_certificate(signer=other)), reason="x", location="y")
    check = check_pdf(pdf, [shared_signer().material.certificate_der])
    assert [p.code for p in check.problems] == ["verify_unknown_key"]
    assert check.intact and check.entire_file and check.code_valid  # genuine mathematics, wrong key
    # and a forged code (facts signed by one key, PDF by another) fails the code check
    forged = shared_signer().sign_pdf(render_certificate(sample_certificate(signer=other)), reason="x", location="y")
    assert [p.code for p in check_pdf(forged, [shared_signer().material.certificate_der]).problems] == [
        "verify_code_invalid"]


def test_unsigned_and_broken_files() -> None:
    trusted = [shared_signer().material.certificate_der]
    assert [p.code for p in check_pdf(render_certificate(sample_certificate()), trusted).problems] == [
        "verify_not_signed"]
    assert [p.code for p in check_pdf(b"%PDF-1.4 nonsense", trusted).problems] == ["verify_unreadable"]


def test_wrong_passphrase_and_pkcs12_round_trip() -> None:
    material = shared_signer().material
    with pytest.raises(signing.SigningError) as err:
        signing.unlock(material, "wrong passphrase!")
    assert err.value.code == "wrong_passphrase"
    p12 = signing.export_pkcs12(material, PASSPHRASE, "file password", "edtrainer")
    again = signing.import_pkcs12(p12, "file password", "new passphrase 123")
    assert again.fingerprint == material.fingerprint
    assert b"PRIVATE" not in again.encrypted_key and again.encrypted_key.startswith(b"EDTK1")
    with pytest.raises(signing.SigningError):
        signing.import_pkcs12(p12, "not the password", "x" * 12)


def test_rsa_keys_are_refused_with_a_reason() -> None:
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    cert = signing._self_signed(key, "x", now=clock.now(), years=1)  # type: ignore[arg-type]
    p12 = pkcs12.serialize_key_and_certificates(b"x", key, cert, None, BestAvailableEncryption(b"pw"))
    with pytest.raises(signing.SigningError) as err:
        signing.import_pkcs12(p12, "pw", "x" * 12)
    assert err.value.code == "key_not_ec"


# --- reports from plain data ------------------------------------------------------------------------

def test_sign_in_sheet_has_a_row_per_trainee(tmp_path: Path) -> None:
    rows = tuple(reports.SignInRow(n, "afgemeld vooraf" if i == 1 else "") for i, n in enumerate(LONG_NAMES))
    pdf = reports.render_sign_in_sheet(reports.SignInData(
        lang="nl", issuer=ISSUER, cohort="Pekela 2026", programme="EDASU", module="Communicatie",
        date=dt.date(2026, 12, 1), start=dt.time(9, 30), minutes=180, location="Oude Pekela", topic=None,
        trainers=("Fatma Yılmaz",), rows=rows))
    text = _flat(pdf_text(pdf, tmp_path))
    assert "Presentielijst – Pekela 2026" in text and "1 december 2026" in text and "09:30 – 12:30" in text
    assert all(n.split("-")[0] in text for n in LONG_NAMES) and "Fatma Yılmaz" in text
    assert "Handtekening" in text and "Binnen" in text and "Weg" in text and "afgemeld vooraf" in text
    # rows for who comes without being on the list, and the trainer signs the sheet
    assert all(f" {n} " in f" {text} " for n in ("4", "5"))  # 3 on the list, 2 empty rows
    assert "Handtekening trainer" in text and "Naam: Fatma Yılmaz" in text and "Pagina 1 van 1" in text
    assert_fonts_embedded(pdf, tmp_path)


def test_a_certificate_is_dated_its_issue_day_and_says_who_and_what(tmp_path: Path) -> None:
    """The PDF's creation date is the day of issue (the same bytes every time: a date, not a clock), and the
    document information names title, author and language."""
    from pypdf import PdfReader

    data = sample_certificate()
    pdf = render_certificate(data)
    assert render_certificate(data) == pdf  # deterministic
    meta = PdfReader(io.BytesIO(pdf)).metadata
    assert meta["/CreationDate"].startswith(f"D:{data.issued_on:%Y%m%d}")
    assert data.number in meta["/Title"] and meta["/Author"] == data.issuer.organisation
    assert b"/Lang (nl-NL)" in pdf
