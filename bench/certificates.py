"""Time issuing and rendering certificates; each figure beside its target or baseline, in one run.

- issuing and signing 100 programme certificates (readiness check, number, render, PAdES signature,
  stored bytes and snapshot, one transaction each, as ``edtrainer certificates issue`` does): target
  under 10 s;
- rendering 1,000 certificates with QR codes into one PDF, against a naive baseline that draws the very
  same page with ReportLab's own QR widget (``reportlab.graphics.barcode.qr``): target under a third of
  the baseline's time.

    python bench/certificates.py                  # a fresh SQLite file in bench/out/
    python bench/certificates.py --database postgresql://...   # an empty PostgreSQL database
    python bench/certificates.py --small          # a quick smoke run (5 certificates, 20 pages)
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from edtrainer.core.db import open_database  # noqa: E402
from edtrainer.core.services import (  # noqa: E402
    certificates,
    cohorts,
    issuer,
    programmes,
    signing_keys,
    trainees,
)
from edtrainer.documents import signing  # noqa: E402
from edtrainer.documents.certificates import render_many  # noqa: E402
from edtrainer.documents.common import SANS  # noqa: E402
from edtrainer.documents.data import CertificateData, Issuer, ModuleLine, PlacementSummary, Signatory  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"
TODAY = dt.date(2026, 11, 24)
PASSPHRASE = "benchmark passphrase"
GIVEN = ["Maria-Louisa", "Loïs", "IJsbrand", "Noël", "Zoë", "Fatima", "René", "Chantal", "Wessel", "Ingrid"]
FAMILY = [("van den", "Heuvel-Brinkhorst"), (None, "Wiersma-Ötzürk"), (None, "Dijkstra"), ("el", "Amrani"),
          ("ten", "Brink"), (None, "Pérez-Veldman"), (None, "Schröder"), ("de", "Vries"), (None, "Yıldız"),
          ("van der", "Meer")]
MODULES = [("LVH", "Levensverhaal", 24), ("COM", "Communicatie", 30), ("AIM", "Armoede in de maatschappij", 24),
           ("MST", "Maatschappelijke structuren", 18), ("ETH", "Ethiek en deontologie", 18),
           ("STR", "Omgaan met stress", 12), ("GEZ", "Gezondheid en welzijn", 12),
           ("PSY", "Psychologische processen en vaardigheden", 24), ("MET", "Methodische training", 30),
           ("PRJ", "Projectwerk", 24), ("BPR", "Beroepspraktijk", 24)]


def widget_qr(c, payload: str, x: float, y: float, size: float) -> None:  # noqa: ANN001
    """The naive way: ReportLab's QR widget in a Drawing, per page (it encodes, then draws module by module)."""
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing

    widget = QrCodeWidget(payload, barLevel="M", barBorder=0)
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0], initialFontName=SANS)
    drawing.add(widget)
    renderPDF.draw(drawing, c, x, y)


def prepare(url: str, count: int) -> tuple[object, int, list[int], signing.OrgSigner]:
    db = open_database(url)
    with db.uow("bench") as uow:
        prog = programmes.create_programme(uow, name="EDASU bench", code="EDASU",
                                           certificate_title="Ervaringsdeskundige in Armoede en Sociale Uitsluiting")
        for pos, (code, title, hours) in enumerate(MODULES):
            programmes.add_module(uow, programme_id=prog.id, code=code, title=title, planned_hours=hours, position=pos)
        cohort = cohorts.create_cohort(uow, programme_id=prog.id, name="Bench", location="Veendam",
                                       start_date=TODAY - dt.timedelta(days=400), end_date=TODAY)
        enrolments = []
        for i in range(count):
            prefix, family = FAMILY[i % len(FAMILY)]
            t = trainees.create_trainee(uow, given_names=GIVEN[(i // len(FAMILY)) % len(GIVEN)], name_prefix=prefix,
                                        family_name=f"{family}-{i:03}", date_of_birth=dt.date(1970 + i % 30, 1, 5),
                                        birth_place="Veendam")
            enrolments.append(trainees.enrol(uow, trainee_id=t.id, cohort_id=cohort.id,
                                             enrolled_on=TODAY - dt.timedelta(days=400)).id)
        signing_keys.create_key(uow, organisation="Stichting Sterk uit Armoede", passphrase=PASSPHRASE)
        issuer.update_issuer(uow, organisation="Stichting Sterk uit Armoede", place="Veendam",
                             signatories=[issuer.SignatoryInput("Marieke Jansen", "Coördinator opleiding"),
                                          issuer.SignatoryInput("Henk Bosma", "Trainer")])
        uow.commit()
    with db.uow("bench") as uow:
        signer = signing_keys.unlock(uow, passphrase=PASSPHRASE, organisation="Stichting Sterk uit Armoede")
    return db, cohort.id, enrolments, signer


def time_issuing(db, enrolments: list[int], signer: signing.OrgSigner) -> float:  # noqa: ANN001
    started = time.perf_counter()
    for eid in enrolments:
        with db.uow("bench") as uow:
            certificates.issue_certificate(uow, enrolment_id=eid, signer=signer, today=TODAY,
                                           override_reason="benchmark")  # the readiness check still runs
            uow.commit()
    return time.perf_counter() - started


def page_data(count: int, signer: signing.OrgSigner) -> list[CertificateData]:
    issuer_ = Issuer("Stichting Sterk uit Armoede", "Veendam", (Signatory("Marieke Jansen", "Coördinator opleiding"),
                                                                 Signatory("Henk Bosma", "Trainer")))
    out = []
    for i in range(count):
        prefix, family = FAMILY[i % len(FAMILY)]
        name = " ".join(p for p in (GIVEN[(i // len(FAMILY)) % len(GIVEN)], prefix, f"{family}") if p)
        number = f"EDASU-2026-{i + 1:04}"
        facts = f"{number}|programme|{name}|EDASU|2026-11-24"
        code = signing.encode_signature(signer.sign_facts(facts))
        out.append(CertificateData(
            kind="programme", lang="nl", number=number, issued_on=TODAY, trainee_name=name,
            date_of_birth=dt.date(1975, 6, 3), birth_place="Oude Pekela",
            programme_name="Ervaringsdeskundige in Armoede en Sociale Uitsluiting", programme_code="EDASU",
            certificate_title="Ervaringsdeskundige in Armoede en Sociale Uitsluiting",
            wording="heeft met goed gevolg de opleiding tot ervaringsdeskundige in armoede en sociale uitsluiting "
                    "doorlopen, inclusief de beroepspraktijk in tandem met een vakprofessional.",
            cohort_name="Oost-Groningen", cohort_location="Veendam", period_start=dt.date(2025, 10, 21),
            period_end=dt.date(2026, 10, 27), modules=tuple(ModuleLine(t, h) for _c, t, h in MODULES),
            placement=PlacementSummary("Forte Welzijn", "Veendam", dt.date(2025, 12, 16), dt.date(2026, 9, 29),
                                       300 + i % 20),
            issuer=issuer_, verification_code=signing.group(code), qr_payload=signing.qr_payload(number, code),
            facts=facts))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", help="an empty database (default: a new SQLite file in bench/out/)")
    parser.add_argument("--small", action="store_true", help="5 certificates and 20 pages: a smoke run")
    args = parser.parse_args()
    issue_count, page_count = (5, 20) if args.small else (100, 1000)
    url = args.database
    if url is None:
        OUT.mkdir(exist_ok=True)
        path = OUT / ("certificates-small.sqlite3" if args.small else "certificates.sqlite3")
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        url = str(path)
    db, _cohort, enrolments, signer = prepare(url, issue_count)
    issuing = time_issuing(db, enrolments, signer)
    db.dispose()  # type: ignore[attr-defined]

    pages = page_data(page_count, signer)
    started = time.perf_counter()
    ours_pdf = render_many(pages, title="bench")
    ours = time.perf_counter() - started
    started = time.perf_counter()
    naive_pdf = render_many(pages, title="bench", qr=widget_qr)
    naive = time.perf_counter() - started

    print(f"database: {url}")
    print(f"{'what':<58} {'measured':>10} {'compared with':>14}  ratio")
    target = 10.0 * issue_count / 100
    print(f"{f'issuing and signing {issue_count} certificates':<58} {issuing:>8.2f} s {target:>11.2f} s"
          f"  {issuing / target:.2f} of target ({issuing / issue_count * 1000:.0f} ms each)")
    print(f"{f'rendering {page_count} certificates with QR codes, one PDF':<58} {ours:>8.2f} s {naive:>11.2f} s"
          f"  {ours / naive:.2f} of the baseline (target under 0.33)")
    print(f"{'  baseline: the same pages with ReportLab QR widget':<58} {naive:>8.2f} s {'':>13}  "
          f"{naive / ours:.1f}x slower than ours")
    print(f"  PDF sizes: ours {len(ours_pdf) / 1e6:.1f} MB, baseline {len(naive_pdf) / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
