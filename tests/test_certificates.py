"""Issuing, the register, reports and verification on a real database (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import select, text

from edtrainer.core import audit_chain
from edtrainer.core.db import Database, resolve_url
from edtrainer.core.errors import ValidationError
from edtrainer.core.models import AuditEntry, Certificate
from edtrainer.core.services import (
    certificates,
    issuer,
    placements,
    reports,
    sessions,
    signing_keys,
    trainees,
)
from edtrainer.documents import signing
from edtrainer.documents.common import long_date

from doc_factories import (
    ORGANISATION,
    PASSPHRASE,
    assert_fonts_embedded,
    make_ready,
    pdf_text,
    setup_issuer,
)
from factories import TODAY, make_world


def _flat(s: str) -> str:
    return " ".join(s.split())


def test_issue_freezes_the_document(db, tmp_path) -> None:  # noqa: ANN001
    w = make_world(db)
    make_ready(db, w, [3])  # IJsbrand Dijkstra
    signer = setup_issuer(db)
    with db.uow() as uow:
        with pytest.raises(ValidationError, match="voldoet niet aan de eisen") as err:
            certificates.issue_certificate(uow, enrolment_id=w.enrolment_ids[0], signer=signer, today=TODAY)
        assert err.value.field == "reason"
        issued = certificates.issue_certificate(uow, enrolment_id=w.enrolment_ids[3], signer=signer, today=TODAY)
        uow.commit()
    assert issued.number == "EDT-2026-0001" and issued.trainee == "IJsbrand Dijkstra"
    assert hashlib.sha256(issued.pdf).hexdigest() == issued.sha256
    text_ = _flat(pdf_text(issued.pdf, tmp_path))
    assert "IJsbrand Dijkstra" in text_ and "EDT-2026-0001" in text_ and "Veendam, 24 november 2026" in text_
    assert "Communicatie" in text_ and "Totaal, met de uren beroepspraktijk 104 uur" in text_
    assert "104 uur bij Forte Welzijn (Veendam)" in text_
    assert_fonts_embedded(issued.pdf, tmp_path)

    with db.uow() as uow:
        again = certificates.reprint(uow, number="edt-2026-0001")
        uow.commit()
        row = uow.session.get(Certificate, issued.id)
        assert row.snapshot["trainee_name"] == "IJsbrand Dijkstra" and row.signing_key_id is not None
    assert again == issued.pdf  # byte-identical
    with db.uow() as uow:
        with pytest.raises(ValidationError, match="al een geldig certificaat"):
            certificates.issue_certificate(uow, enrolment_id=w.enrolment_ids[3], signer=signer, today=TODAY)
        with pytest.raises(ValidationError, match="module Ethiek en deontologie .*niet behaald"):
            certificates.issue_certificate(uow, enrolment_id=w.enrolment_ids[0], signer=signer, today=TODAY,
                                           kind="module", module_id=w.module_ids["ETH"])
        module_cert = certificates.issue_certificate(uow, enrolment_id=w.enrolment_ids[3], signer=signer,
                                                     today=TODAY, kind="module", module_id=w.module_ids["ETH"])
        uow.commit()
    module_text = _flat(pdf_text(module_cert.pdf, tmp_path))
    assert "Modulecertificaat" in module_text and "module Ethiek en deontologie (0 uur)" in module_text
    assert "21 november 2026" in module_text and module_cert.number == "EDT-2026-0002"
    with db.uow() as uow:
        actions = uow.session.execute(select(AuditEntry.action).where(AuditEntry.entity == "certificate")).scalars()
        assert {"create", "print"} <= set(actions)


def test_override_is_recorded_and_verification_follows_the_register(db) -> None:  # noqa: ANN001
    w = make_world(db)
    signer = setup_issuer(db)
    with db.uow() as uow:
        first = certificates.issue_certificate(uow, enrolment_id=w.enrolment_ids[1], signer=signer, today=TODAY,
                                               override_reason="Vrijstelling na EVC-procedure", lang="en")
        uow.commit()
    with db.uow() as uow:
        ok = certificates.verify_pdf(uow, pdf=first.pdf, lang="nl")
        uow.commit()
    assert ok.ok, ok.lines()
    assert ok.lines()[0] == "ECHT: de handtekening is geldig en dekt het hele bestand."
    assert any("staat in het register en is geldig" in line for line in ok.lines())

    with db.uow() as uow:
        new = certificates.reissue(uow, number=first.number, signer=signer, reason="Naam verkeerd gespeld",
                                   today=TODAY)
        uow.commit()
    assert new.number == "EDT-2026-0002"
    with db.uow() as uow:
        old = certificates.verify_pdf(uow, pdf=first.pdf, lang="en")
        fresh = certificates.verify_pdf(uow, pdf=new.pdf, lang="en")
        rows = {r.number: r for r in certificates.register(uow)}
    assert not old.ok and "replaced by EDT-2026-0002" in old.lines()[1] and "Naam verkeerd gespeld" in old.lines()[1]
    assert fresh.ok
    assert rows[first.number].status == "superseded" and rows[first.number].superseded_by == new.number
    assert rows[new.number].supersedes == first.number
    assert rows[new.number].override_reason == "Vrijstelling na EVC-procedure" and rows[new.number].language == "en"

    with db.uow() as uow:
        certificates.revoke(uow, number=new.number, reason="Fraude met stage-uren", today=TODAY)
        uow.commit()
    with db.uow() as uow:
        revoked = certificates.verify_pdf(uow, pdf=new.pdf, lang="nl")
        with pytest.raises(ValidationError, match="ingetrokken"):
            certificates.revoke(uow, number=new.number, reason="nog eens")
        code = certificates.verify_code(uow, code=revoked.pdf.payload, lang="en")
    assert not revoked.ok
    assert revoked.lines()[1] == "Certificaat EDT-2026-0002 is ingetrokken op 24-11-2026: Fraude met stage-uren"
    assert not code.ok and "revoked" in code.lines()[1]


def test_a_code_typed_over_from_paper_is_checked(db, tmp_path) -> None:  # noqa: ANN001
    w = make_world(db)
    signer = setup_issuer(db)
    with db.uow() as uow:
        cert = certificates.issue_certificate(uow, enrolment_id=w.enrolment_ids[1], signer=signer, today=TODAY,
                                              override_reason="Vrijstelling na EVC-procedure")
        uow.commit()
    text = _flat(pdf_text(cert.pdf, tmp_path))
    printed = text.split("Controlecode ", 1)[1].split(" Digitaal ondertekend", 1)[0]
    groups = printed.split()
    assert [len(g) for g in groups] == [5, 5, 5, 5], printed  # 20 characters, as it stands on the paper
    code = printed.replace(" ", "")
    with db.uow() as uow:
        signed = uow.session.get(Certificate, cert.id).snapshot["signed_code"]
    # As typed from paper (any case, hyphens, O for 0, I or L for 1), from the QR code, or the signature in the PDF.
    misread = code.replace("0", "O").replace("1", "l")
    typed = [printed, printed.lower(), printed.replace(" ", "-"), code, misread,
             f"https://www.example.org/check/#{code}", signed]
    with db.uow() as uow:
        for text_ in typed:
            result = certificates.verify_code(uow, code=text_, lang="nl")
            assert result.ok, (text_, result.lines())
            assert any(cert.number in line for line in result.lines())
        alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
        wrong_letter = next(code[:i] + ch + code[i + 1:] for i in range(20) for ch in alphabet
                            if ch != code[i] and not signing.is_short_code(code[:i] + ch + code[i + 1:]))
        other = signing.short_code(b"not a signature of this organisation")  # well-formed, but never issued
        for text_, problem in ((wrong_letter, "verify_code_mistyped"), (other, "verify_code_unknown"),
                               ("G6KHK EG3QJ", "verify_code_unreadable"), ("", "verify_code_unreadable")):
            result = certificates.verify_code(uow, code=text_, lang="nl")
            assert not result.ok and [p.code for p in result.problems] == [problem], (text_, result.problems)


def statement_code(uow, cert_id: int) -> str:  # noqa: ANN001
    return uow.session.get(Certificate, cert_id).code


def test_register_exports_and_unknown_files(db, tmp_path) -> None:  # noqa: ANN001
    w = make_world(db)
    make_ready(db, w, [0, 2])
    signer = setup_issuer(db)
    progress: list[tuple[int, int]] = []
    result = certificates.issue_for_cohort(db, cohort_id=w.cohort_id, signer=signer, today=TODAY,
                                           progress=lambda d, t: progress.append((d, t)))
    assert [i.trainee for i in result.issued] == ["Zoë Kuipers", "Anja de Vries"]  # sorted by family name
    assert {s.trainee for s in result.skipped} == {"Noël Hendriks", "IJsbrand Dijkstra"}
    assert progress == [(0, 2), (1, 2), (2, 2)] and not result.cancelled
    with db.uow() as uow:  # a statement of participation is for who stopped (or once the cohort has ended)
        trainees.withdraw(uow, enrolment_id=w.enrolment_ids[1], reason="Verhuisd", on=TODAY)
        uow.commit()
    go, skipped = certificates.candidates(db.uow().__enter__(), cohort_id=w.cohort_id, kind="participation",
                                          today=TODAY)
    assert [name for _e, name in go] == ["Noël Hendriks"]
    assert "IJsbrand Dijkstra volgt de opleiding nog" in next(s.reason for s in skipped
                                                              if s.trainee == "IJsbrand Dijkstra")
    participation = certificates.issue_for_cohort(db, cohort_id=w.cohort_id, signer=signer, today=TODAY,
                                                  kind="participation", cancelled=lambda: True)
    assert participation.cancelled and participation.issued == []
    with db.uow() as uow:
        statement = certificates.issue_certificate(uow, enrolment_id=w.enrolment_ids[1], signer=signer, today=TODAY,
                                                   kind="participation")
        uow.commit()
    with db.uow() as uow:
        csv = certificates.register_csv(uow, lang="nl").decode("utf-8-sig")
        assert f"{statement.number};{statement_code(uow, statement.id)};participation;;Noël Hendriks" in csv  # stopped
        uow.commit()
    with db.uow() as uow:
        head_id, head_hash = audit_chain.newest(uow.session.connection())
        pdf = certificates.register_pdf(uow, signer=signer, today=TODAY)
        as_register = certificates.verify_pdf(uow, pdf=pdf)
        uow.commit()
    assert csv.splitlines()[0].startswith("number;code;kind;module;trainee;name_now")
    assert ";programme;;Zoë Kuipers;;Oost-Groningen;EDT;2026-11-24;issued" in csv
    text_ = _flat(pdf_text(pdf, tmp_path))
    assert "Certificaatregister" in text_ and "EDT-2026-0002" in text_ and "Anja de Vries" in text_
    # the audit log's newest hash, signed with the register: a rewritten chain no longer matches it
    assert f"Auditlog tot en met regel {head_id}, hash {head_hash}" in text_
    assert as_register.ok and "geen certificaat" in as_register.lines()[-1]
    assert_fonts_embedded(pdf, tmp_path)


def test_reports_read_back(db, tmp_path) -> None:  # noqa: ANN001
    w = make_world(db, sessions_future=2)
    make_ready(db, w, [1])  # Noël Hendriks
    with db.uow() as uow:
        trainees.update_trainee(uow, trainee_id=w.trainee_ids[1], email="noel@example.org", phone="06 1234 5678")
        sessions.set_attendance(uow, session_id=w.session_ids[0], enrolment_id=w.enrolment_ids[1], status="present",
                                remark="bus had vertraging")
        placement = placements.list_placements(uow, cohort_id=w.cohort_id)[0]
        full = reports.placement_report(uow, placement_id=placement.id, today=TODAY)
        copy = reports.placement_report(uow, placement_id=placement.id, organisation_copy=True, today=TODAY)
        progress = reports.cohort_progress_report(uow, cohort_id=w.cohort_id, today=TODAY)
        statement = reports.trainee_progress_statement(uow, enrolment_id=w.enrolment_ids[1], today=TODAY, lang="en")
        sheet = reports.sign_in_sheet(uow, session_id=w.session_ids[0])
        uow.commit()
    full_t, copy_t = _flat(pdf_text(full, tmp_path)), _flat(pdf_text(copy, tmp_path))
    for t in (full_t, copy_t):
        assert "Stageverslag" in t and "Noël Hendriks" in t and "Forte Welzijn" in t and "Petra Zwiers" in t
        assert "Hanneke Brouwer" in t and "Totaal 104" in t and "104 uur gewerkt, 100 uur nodig" in t
        assert "Eindevaluatie" in t and "Spreekuur schuldhulp" in t
        assert "Periode 7 juli 2026 – 24 november 2026" in t and "Stageovereenkomst getekend 30 juni 2026" in t
        assert "september 2026 40" in t and "Tussenevaluatie: Nog niet gehouden." in t
        # signed by the trainee, the placement supervisor who gave the final evaluation, and the coordinator;
        # both organisations with their address; the scores explained; 'Pagina 1 van 2'
        assert "Handtekeningen Cursist Praktijkbegeleider Coördinator" in t
        assert "Naam: Noël Hendriks Naam: Hanneke Brouwer Naam:" in t  # no issuer set up yet: no coordinator
        assert "Opleider EDASU test" in t and "Forte Welzijn" in t
        assert "1 = onvoldoende" in t and "5 = uitstekend" in t
        pages = t.count("Pagina ")
        assert pages >= 1 and f"Pagina 1 van {pages}" in t and f"Pagina {pages} van {pages}" in t
    assert "noel@example.org" in full_t and "06 1234 5678" in full_t and "privé opmerking" in full_t
    assert "Datum Status Opmerking 09-09-2026 aanwezig bus had vertraging" in full_t  # attendance remarks
    assert "noel@example.org" not in copy_t and "06 1234" not in copy_t and "privé opmerking" not in copy_t
    assert "bus had vertraging" not in copy_t and "Opmerking " not in copy_t
    assert "EXEMPLAAR VOOR DE ORGANISATIE" in copy_t and "VERTROUWELIJK — INTERN" in full_t
    # the training days are the programme's: in the full report only
    assert "Aanwezigheidspercentage: 100 %" in full_t and "Aanwezigheid" not in copy_t
    prog = _flat(pdf_text(progress, tmp_path))
    assert "Voortgangsrapportage – Oost-Groningen" in prog and "norm van 80 %" in prog
    assert "IJsbrand Dijkstra" in prog and "Noël Hendriks" in prog and "104/100" in prog
    st = _flat(pdf_text(statement, tmp_path))
    assert "Progress statement" in st and "Noël Hendriks" in st and "passed" in st and "2 sessions" in st
    assert "Ready no" not in st and "Not everything is done yet" in st  # in words, not 'Ready: no'
    sh = _flat(pdf_text(sheet, tmp_path))
    assert "Presentielijst" in sh and "Henk Bosma" in sh and "Anja de Vries" in sh and "IJsbrand Dijkstra" in sh
    for pdf in (full, copy, progress, statement, sheet):
        assert_fonts_embedded(pdf, tmp_path)
    with db.uow() as uow:
        printed = uow.session.execute(select(AuditEntry.entity).where(AuditEntry.action == "print")).scalars().all()
    assert sorted(printed) == ["cohort", "enrolment", "placement", "placement", "session"]


def test_issuer_and_key_validation(db, tmp_path) -> None:  # noqa: ANN001
    w = make_world(db, sessions_past=0)
    with db.uow() as uow:
        with pytest.raises(ValidationError, match="minstens 10 tekens"):
            signing_keys.create_key(uow, organisation=ORGANISATION, passphrase="kort")
        with pytest.raises(ValidationError, match="nog geen ondertekeningssleutel"):
            signing_keys.unlock(uow, passphrase=PASSPHRASE)
        for pattern, reason in (("{code}-{year}", "{seq}"), ("{code}-{naam}-{seq}", "onbekend veld {naam}"),
                                ("{code}:{seq}", "alleen letters")):
            with pytest.raises(ValidationError, match=reason.replace("{", r"\{").replace("}", r"\}")):
                issuer.update_issuer(uow, organisation="X", place="Y", number_pattern=pattern)
        with pytest.raises(ValidationError, match="PNG- of JPEG"):
            issuer.update_issuer(uow, organisation="X", place="Y", logo_png=b"GIF89a")
        with pytest.raises(ValidationError, match="Hoogstens 3"):
            issuer.update_issuer(uow, organisation="X", place="Y",
                                 signatories=[issuer.SignatoryInput(f"P{i}", "R") for i in range(4)])
    signer = setup_issuer(db)
    with db.uow() as uow:
        with pytest.raises(ValidationError, match="wachtwoord .* klopt niet"):
            signing_keys.unlock(uow, passphrase="definitely wrong")
        with pytest.raises(ValidationError, match="al een actieve"):
            signing_keys.create_key(uow, organisation="Nieuw", passphrase=PASSPHRASE)
        assert issuer.render_number("{kind}{year:%02}/{seq:05}".replace("%", ""), code="x", year=2026,
                                    kind="module", seq=7) == "M2026/00007"
        issuer.update_issuer(uow, number_pattern="{code}{year}-{seq:03}")
        signing_keys.create_key(uow, organisation="Nieuw", passphrase=PASSPHRASE, replace=True)
        uow.commit()
    with db.uow() as uow:
        with pytest.raises(ValidationError, match="niet .*de actieve"):
            certificates.issue_certificate(uow, enrolment_id=w.enrolment_ids[0], signer=signer, today=TODAY,
                                           override_reason="x")
        new_signer = signing_keys.unlock(uow, passphrase=PASSPHRASE)
        with pytest.raises(ValidationError, match="volgt de opleiding nog"):  # not a running tally
            certificates.issue_certificate(uow, enrolment_id=w.enrolment_ids[0], signer=new_signer, today=TODAY,
                                           kind="participation")
        trainees.withdraw(uow, enrolment_id=w.enrolment_ids[0], reason="Verhuisd", on=TODAY)
        statement = certificates.issue_certificate(uow, enrolment_id=w.enrolment_ids[0], signer=new_signer,
                                                   today=TODAY, kind="participation")
        assert statement.number == "EDT2026-001"
        # Back and finished after all: the certificate replaces the statement; no statement beside it again.
        issued = certificates.issue_certificate(uow, enrolment_id=w.enrolment_ids[0], signer=new_signer,
                                                today=TODAY, override_reason="Alsnog afgerond")
        with pytest.raises(ValidationError, match="heeft al een geldig certificaat"):
            certificates.issue_certificate(uow, enrolment_id=w.enrolment_ids[0], signer=new_signer, today=TODAY,
                                           kind="participation")
        rows = {r.number: r for r in certificates.register(uow)}
        assert rows[statement.number].status == "superseded" and rows[statement.number].superseded_by == issued.number
        assert rows[issued.number].override_reason == "Alsnog afgerond"
        listed = certificates.register_csv(uow, lang="nl").decode("utf-8-sig")
        assert "opleiding alsnog afgerond" in listed
        text = _flat(pdf_text(certificates.register_pdf(uow, signer=new_signer, today=TODAY), tmp_path))
        assert f"vervangen door {issued.number}" in text
        assert "uitgereikt met afwijking van de eisen: Alsnog afgerond" in text
        assert issued.number == "EDT2026-002"
        assert len(signing_keys.trusted_certificates(uow)) == 2
        uow.commit()


@pytest.mark.postgres
def test_twenty_parallel_issuers_get_every_number_once(pg_template: str) -> None:
    """20 coordinators issue at the same moment, each with their own connection: numbers 1..20, once each."""
    from conftest import _fresh_pg

    gen = _fresh_pg(pg_template)
    url = next(gen)
    try:
        db = Database(resolve_url(url))
        w = make_world(db, sessions_past=0)
        with db.uow() as uow:
            more = [trainees.create_trainee(uow, given_names=f"Cursist {i}", family_name=f"Parallel-{i:02}")
                    for i in range(16)]
            ids = w.enrolment_ids + [trainees.enrol(uow, trainee_id=t.id, cohort_id=w.cohort_id,
                                                    enrolled_on=TODAY - dt.timedelta(weeks=5)).id for t in more]
            uow.commit()
        signer = setup_issuer(db)
        db.dispose()
        assert len(ids) == 20
        barrier = threading.Barrier(20)

        def issue(enrolment_id: int) -> str:
            own = Database(resolve_url(url))  # each issuer its own engine, connection and session
            try:
                barrier.wait()
                with own.uow(f"coordinator-{enrolment_id}") as uow:
                    done = certificates.issue_certificate(uow, enrolment_id=enrolment_id, signer=signer,
                                                          today=TODAY, override_reason="parallel test")
                    uow.commit()
                return done.number
            finally:
                own.dispose()

        with ThreadPoolExecutor(20) as pool:
            numbers = list(pool.map(issue, ids))
        assert sorted(numbers) == [f"EDT-2026-{i:04}" for i in range(1, 21)]
        db = Database(resolve_url(url))
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT last_value FROM certificate_counter")).scalar_one() == 20
            assert conn.execute(text("SELECT count(DISTINCT number) FROM certificate")).scalar_one() == 20
        db.dispose()
    finally:
        gen.close()


def test_a_certificate_issued_anyway_shows_the_exemptions(db, tmp_path) -> None:  # noqa: ANN001
    """An override never makes a certificate say something false or leave something out silently: the
    modules that were not passed are listed as 'vrijstelling', without hours and outside the total."""
    w = make_world(db)
    signer = setup_issuer(db)
    with db.uow() as uow:
        cert = certificates.issue_certificate(uow, enrolment_id=w.enrolment_ids[1], signer=signer, today=TODAY,
                                              override_reason="Vrijstelling na EVC-procedure")
        uow.commit()
    text_ = _flat(pdf_text(cert.pdf, tmp_path))
    with db.uow() as uow:
        titles = [m.title for m in uow.session.get(Certificate, cert.id).enrolment.cohort.programme.modules
                  if m.required]
    assert titles and all(title in text_ for title in titles)
    assert text_.count("vrijstelling") >= len(titles) and "Totaal 0 uur" in text_


def test_a_module_certificate_gives_the_modules_own_weeks_and_how_it_was_assessed(db, tmp_path) -> None:  # noqa: ANN001
    from edtrainer.core.services import programmes

    w = make_world(db)
    make_ready(db, w, [0])
    signer = setup_issuer(db)
    with db.uow() as uow:
        programmes.update_module(uow, module_id=w.module_ids["COM"], assessment_kind="presentation")
        first, last = uow.session.execute(text(
            "SELECT min(date), max(date) FROM cohort_session WHERE module_id = :m"), {"m": w.module_ids["COM"]}).one()
        cert = certificates.issue_certificate(uow, enrolment_id=w.enrolment_ids[0], signer=signer, today=TODAY,
                                              kind="module", module_id=w.module_ids["COM"])
        uow.commit()
    text_ = _flat(pdf_text(cert.pdf, tmp_path))
    first, last = (dt.date.fromisoformat(str(d)[:10]) for d in (first, last))
    assert f"Periode {long_date(first, 'nl')} – {long_date(last, 'nl')}" in text_
    assert "Getoetst met een presentatie" in text_


def test_an_english_certificate_uses_the_english_names(db, tmp_path) -> None:  # noqa: ANN001
    """Programme, certificate title, modules and the signatories' roles in English where they were given;
    the Dutch name where not."""
    from edtrainer.core.services import programmes

    w = make_world(db)
    make_ready(db, w, [0])
    signer = setup_issuer(db)
    with db.uow() as uow:
        programmes.update_programme(uow, programme_id=w.programme_id, name_en="Experience Expert Training",
                                    certificate_title_en="Experience Expert")
        programmes.update_module(uow, module_id=w.module_ids["COM"], title_en="Communication")
        issuer.update_issuer(uow, signatories=[issuer.SignatoryInput("Marieke Jansen", "Coördinator opleiding",
                                                                     None, "Programme coordinator")])
        cert = certificates.issue_certificate(uow, enrolment_id=w.enrolment_ids[0], signer=signer, today=TODAY,
                                              lang="en")
        uow.commit()
    text_ = _flat(pdf_text(cert.pdf, tmp_path))
    assert "Experience Expert Training" in text_ and "Communication" in text_ and "Programme coordinator" in text_
    assert "Ethiek en deontologie" in text_  # no English title given: the Dutch one
    assert "Communicatie" not in text_ and "Coördinator opleiding" not in text_


def test_a_revoked_certificate_is_not_issued_again_without_a_reason(db) -> None:  # noqa: ANN001
    """Revoking is a decision: a batch skips that trainee and says why; only an override with a reason gives a
    new certificate (a new-user trial found a revoked trainee quietly certified again)."""
    w = make_world(db)
    make_ready(db, w, [0, 2])
    signer = setup_issuer(db)
    first = certificates.issue_for_cohort(db, cohort_id=w.cohort_id, signer=signer, today=TODAY)
    zoe = next(i for i in first.issued if i.trainee == "Zoë Kuipers")
    with db.uow() as uow:
        certificates.revoke(uow, number=zoe.number, reason="Fraude met stage-uren")
        uow.commit()
    again = certificates.issue_for_cohort(db, cohort_id=w.cohort_id, signer=signer, today=TODAY)
    assert again.issued == []
    said = next(s.reason for s in again.skipped if s.trainee == "Zoë Kuipers")
    assert zoe.number in said and "ingetrokken" in said
    with db.uow() as uow:
        with pytest.raises(ValidationError, match="ingetrokken"):
            certificates.issue_certificate(uow, enrolment_id=zoe.enrolment_id, signer=signer, today=TODAY)
        new = certificates.issue_certificate(uow, enrolment_id=zoe.enrolment_id, signer=signer, today=TODAY,
                                             override_reason="Onderzoek afgerond: geen fraude")
        uow.commit()
        assert uow.session.get(Certificate, new.id).override_reason == "Onderzoek afgerond: geen fraude"
