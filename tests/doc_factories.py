"""Helpers for the document tests: an issuer with a key, trainees who are ready, sample certificate data."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from functools import cache

import pytest

from edtrainer.core.db import Database
from edtrainer.core.services import issuer, placements, results, sessions, signing_keys
from edtrainer.documents import signing
from edtrainer.documents.data import CertificateData, Issuer, ModuleLine, PlacementSummary, Signatory

from factories import TODAY, World

PASSPHRASE = "correct horse battery staple"
ORGANISATION = "Stichting Sterk uit Armoede"
LONG_NAMES = ["Maria-Louisa van den Heuvel-Brinkhorst", "Loïs Wiersma-Ötzürk", "IJsbrand Dijkstra"]


def setup_issuer(db: Database) -> signing.OrgSigner:
    """A key and an issuer, as a new user sets them up; returns the unlocked key."""
    with db.uow() as uow:
        signing_keys.create_key(uow, organisation=ORGANISATION, passphrase=PASSPHRASE)
        issuer.update_issuer(uow, organisation=ORGANISATION, place="Veendam", number_pattern="{code}-{year}-{seq:04}",
                             signatories=[issuer.SignatoryInput("Marieke Jansen", "Coördinator opleiding"),
                                          issuer.SignatoryInput("Henk Bosma", "Trainer")])
        uow.commit()
    with db.uow() as uow:
        return signing_keys.unlock(uow, passphrase=PASSPHRASE, organisation=ORGANISATION)


def make_ready(db: Database, w: World, indices: list[int]) -> None:
    """Attendance, module results, approved hours and a final evaluation: ready for the certificate."""
    with db.uow() as uow:
        for i in indices:
            eid = w.enrolment_ids[i]
            for sid in w.session_ids:
                sessions.record_attendance(uow, session_id=sid, enrolment_id=eid, status="present")
            for mid in w.module_ids.values():
                results.record_module_result(uow, enrolment_id=eid, module_id=mid, status="passed",
                                             decided_on=TODAY - dt.timedelta(days=3), today=TODAY)
            p = placements.create_placement(uow, enrolment_id=eid, organisation_id=w.organisation_id,
                                            planned_start=TODAY - dt.timedelta(weeks=20), planned_end=TODAY,
                                            tandem_professional_id=w.tandem_id, supervisor_id=w.supervisor_id)
            placements.sign_agreement(uow, placement_id=p.id, signed_on=TODAY - dt.timedelta(weeks=21), today=TODAY)
            placements.start_placement(uow, placement_id=p.id)
            entries = [placements.log_hours(uow, placement_id=p.id, date=TODAY - dt.timedelta(weeks=k), hours=8,
                                            activity="Spreekuur schuldhulp", today=TODAY) for k in range(1, 14)]
            placements.approve_hours(uow, entry_ids=[e.id for e in entries], approved_by_id=w.supervisor_id)
            placements.record_evaluation(uow, placement_id=p.id, kind="final", date=TODAY - dt.timedelta(days=2),
                                         ratings={c: 4 for c in placements.DEFAULT_CRITERIA},
                                         evaluator_id=w.supervisor_id, remarks="Prima inzet; privé opmerking",
                                         today=TODAY)
        uow.commit()


@cache
def shared_signer() -> signing.OrgSigner:
    material = signing.create_key(ORGANISATION, PASSPHRASE)
    return signing.unlock(material, PASSPHRASE, organisation=ORGANISATION)


MODULES = tuple(ModuleLine(t, h) for t, h in [
    ("Levensverhaal", 24), ("Communicatie", 30), ("Armoede in de maatschappij", 24),
    ("Maatschappelijke structuren", 18), ("Ethiek en deontologie", 18), ("Omgaan met stress", 12),
    ("Gezondheid en welzijn", 12), ("Psychologische processen en vaardigheden", 24), ("Methodische training", 30),
    ("Projectwerk", 24), ("Beroepspraktijk", 24)])


def sample_certificate(name: str = LONG_NAMES[0], *, kind: str = "programme", lang: str = "nl",
                       number: str = "EDASU-2026-0007", signer: signing.OrgSigner | None = None) -> CertificateData:
    signer = signer or shared_signer()
    facts = f"{number}|{kind}|{name}|EDASU|2026-06-30"
    code = signing.encode_signature(signer.sign_facts(facts))
    return CertificateData(
        kind=kind, lang=lang, number=number, issued_on=dt.date(2026, 6, 30), trainee_name=name,
        date_of_birth=dt.date(1975, 6, 3), birth_place="Oude Pekela",
        programme_name="Ervaringsdeskundige in Armoede en Sociale Uitsluiting", programme_code="EDASU",
        certificate_title="Ervaringsdeskundige in Armoede en Sociale Uitsluiting",
        wording="heeft met goed gevolg de opleiding tot ervaringsdeskundige doorlopen.",
        cohort_name="Oost-Groningen", cohort_location="Veendam", period_start=dt.date(2025, 5, 20),
        period_end=dt.date(2026, 5, 26), modules=MODULES,
        module=MODULES[1] if kind == "module" else None,
        module_passed_on=dt.date(2026, 1, 13) if kind == "module" else None,
        placement=PlacementSummary("Forte Welzijn", "Veendam", dt.date(2025, 7, 15), dt.date(2026, 5, 26), 312.0),
        sessions_attended=38, hours_attended=114.0,
        issuer=Issuer(ORGANISATION, "Veendam", (Signatory("Marieke Jansen", "Coördinator opleiding"),
                                                Signatory("Henk Bosma", "Trainer"))),
        verification_code=signing.group(code), qr_payload=signing.qr_payload(number, code), facts=facts)


# --- reading PDFs back ------------------------------------------------------------------------------

def need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} (poppler-utils) is not installed")
    return path


def pdf_text(pdf: bytes, tmp_path) -> str:  # noqa: ANN001
    f = tmp_path / "read.pdf"
    f.write_bytes(pdf)
    return subprocess.run([need("pdftotext"), "-layout", "-enc", "UTF-8", str(f), "-"], capture_output=True, text=True,
                          check=True).stdout


def pdf_fonts(pdf: bytes, tmp_path) -> list[tuple[str, bool]]:  # noqa: ANN001
    """(font name, embedded?) for every font pdffonts lists."""
    f = tmp_path / "fonts.pdf"
    f.write_bytes(pdf)
    lines = subprocess.run([need("pdffonts"), str(f)], capture_output=True, text=True, check=True).stdout.splitlines()
    out = []
    for line in lines[2:]:
        parts = line.split()
        # name type [type...] encoding emb sub uni object ID: emb is the 5th field from the end
        out.append((parts[0], parts[-5] == "yes"))
    return out


def assert_fonts_embedded(pdf: bytes, tmp_path) -> None:  # noqa: ANN001
    fonts = pdf_fonts(pdf, tmp_path)
    assert fonts, "no fonts at all?"
    assert all(embedded for _name, embedded in fonts), fonts
    assert not [n for n, _ in fonts if "Helvetica" in n or "Times" in n or "Courier" in n], fonts
