"""Erasure leaves nothing behind (AVG art. 17): not a byte of the person's names, e-mail or phone in the
database file or its write-ahead log, also not in the reasons given for an override, a revocation or the
erasure itself; and when another program holds the file open, the erasure waits, then refuses, and says so."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest
from clikit import run
from sqlalchemy import select

from edtrainer.core import models as m
from edtrainer.core.db import Database, resolve_url
from edtrainer.core.services import certificates, cohorts, privacy, trainees

from doc_factories import setup_issuer

SECRETS = [b"Kuipers", "Zoë".encode(), b"zoe.kuipers@example.org", b"0612345678", b"06-12345678"]




def _zoe_with_a_certificate(db: Database) -> int:
    """The demo's Zoë Kuipers, with contact details, a certificate revoked for a reason naming her, and a
    new one issued with an override reason naming her."""
    signer = setup_issuer(db)
    with db.uow() as uow:
        zoe = trainees.search_trainees(uow, query="Zoë Kuipers")[0]
        trainees.update_trainee(uow, trainee_id=zoe.trainee_id, email="zoe.kuipers@example.org",
                                phone="06-12345678")
        oost = cohorts.find_cohort(uow, "Oost")
        enrolment = next(e for e in oost.enrolments if e.trainee_id == zoe.trainee_id)
        uow.commit()
    with db.uow() as uow:
        first = certificates.issue_certificate(uow, enrolment_id=enrolment.id, signer=signer)
        uow.commit()
    with db.uow() as uow:
        certificates.revoke(uow, number=first.number, reason="Zoë Kuipers meldde een fout in haar geboorteplaats")
        certificates.issue_certificate(uow, enrolment_id=enrolment.id, signer=signer,
                                       override_reason="Herkansing van Zoë Kuipers goedgekeurd")
        uow.commit()
    return zoe.trainee_id


def _held(path: Path) -> list[bytes]:
    data = path.read_bytes()
    wal = Path(f"{path}-wal")
    if wal.exists():
        data += wal.read_bytes()
    return [s for s in SECRETS if s in data]


def test_not_a_byte_of_the_person_is_left(sqlite_demo_template: Path, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    import shutil

    path = tmp_path / "edtrainer.sqlite3"
    shutil.copyfile(sqlite_demo_template, path)
    db = Database(resolve_url(path))
    try:
        zoe = _zoe_with_a_certificate(db)
    finally:
        db.dispose()
    assert _held(path), "the test must start with the person in the file"
    code, out, err = run(capsys, "--database", str(path), "trainees", "erase", str(zoe), "--reason",
                         "Verzoek van Zoë Kuipers per mail van zoe.kuipers@example.org, tel. 06-12345678", "--yes")
    assert code == 0, err
    assert "onherkenbaar" in out and "reservekopie" in out and "uiterlijk op" in out
    assert _held(path) == [], "bytes of the person are still in the database or its log"
    db = Database(resolve_url(path))
    try:
        with db.uow() as uow:
            entry = uow.session.scalars(select(m.AuditEntry).where(m.AuditEntry.action == "erase")).one()
            assert entry.changes["category"] == "request"
            assert entry.changes["reason"] == "Verzoek van • per mail van •, tel. •"
            register = certificates.register(uow)
            mine = [r for r in register if r.trainee.startswith("(verwijderd)") or "#" in r.trainee]
            assert len(mine) == 2 and {r.status for r in mine} == {"revoked", "issued"}
            assert all(r.override_reason is None and (r.reason or "").find("Kuipers") < 0 for r in mine)
    finally:
        db.dispose()


def test_an_erasure_waits_for_a_program_holding_the_file_then_refuses(sqlite_demo_template: Path, tmp_path: Path,
                                                                      capsys) -> None:  # noqa: ANN001
    import shutil

    path = tmp_path / "edtrainer.sqlite3"
    shutil.copyfile(sqlite_demo_template, path)
    db = Database(resolve_url(path))
    with db.uow() as uow:
        zoe = trainees.search_trainees(uow, query="Zoë Kuipers")[0].trainee_id
    db.dispose()
    reader = sqlite3.connect(path, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM trainee").fetchone()  # another program, in the middle of reading
    try:
        code, out, err = run(capsys, "--database", str(path), "trainees", "erase", str(zoe), "--reason", "verzoek",
                             "--yes")
        assert code == 1 and "ander programma" in err and "niets verwijderd" in err and err.count("\n") == 1
    finally:
        reader.execute("ROLLBACK")
        reader.close()
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT family_name FROM trainee WHERE id = ?", (zoe,)).fetchone() == ("Kuipers",)
    conn.close()  # (a sqlite3 connection's "with" commits but does not close)
    code, out, err = run(capsys, "--database", str(path), "trainees", "erase", str(zoe), "--reason", "verzoek",
                         "--yes")
    assert code == 0, err
    assert b"Kuipers" not in path.read_bytes()


@pytest.mark.postgres
def test_erasure_on_postgresql(pg_url: str, capsys) -> None:  # noqa: ANN001
    from edtrainer.core.db import open_database

    open_database(pg_url).dispose()
    assert run(capsys, "--database", pg_url, "demo")[0] == 0
    db = Database(resolve_url(pg_url))
    try:
        zoe = _zoe_with_a_certificate(db)
    finally:
        db.dispose()
    code, out, err = run(capsys, "--database", pg_url, "trainees", "erase", str(zoe), "--reason",
                         "Verzoek van Zoë Kuipers", "--yes")
    assert code == 0, err
    db = Database(resolve_url(pg_url))
    try:
        with db.uow() as uow:
            data = privacy.export_trainee_data(uow, trainee_id=zoe)
            reasons = [(c.override_reason, c.revoked_reason, c.pdf, c.snapshot)
                       for c in uow.session.scalars(select(m.Certificate))
                       if c.enrolment.trainee_id == zoe]
        assert "Kuipers" not in json.dumps(data, ensure_ascii=False)
        assert reasons and all(r == (None, None, None, None) for r in reasons)
    finally:
        db.dispose()


def test_scrubbing_a_reason(db) -> None:  # noqa: ANN001
    person = m.Trainee(given_names="Maria-Louisa", name_prefix="van den", family_name="Heuvel-Brinkhorst",
                       email="ml@example.org", phone="0598 123456", birth_place="Oude Pekela")
    scrubbed = privacy.scrub("Maria-Louisa van den Heuvel (ml@example.org, 0598-123456) uit Oude Pekela vroeg het "
                             "zelf; de coördinator stemde in", person)
    assert scrubbed == "• van den • (•, •) uit • vroeg het zelf; de coördinator stemde in"
    zoe = m.Trainee(given_names="Zoë", family_name="Kuipers")
    scrubbed = privacy.scrub("Verzoek van ZOE kuipers op 24-11-2026 (haar zus: zus.kuipers@mail.nl, +31 6 1234 5678; "
                             "zie ook Zoe's brief van 1-12-2026)", zoe)
    assert scrubbed == "Verzoek van • op 24-11-2026 (haar zus: •, •; zie ook •'s brief van 1-12-2026)"
    # a name that is also a particle elsewhere is still a name; the person's own short number goes too
    ben = m.Trainee(given_names="Ben", name_prefix="de", family_name="Le", phone="12 34 56 78")
    assert privacy.scrub("verzoek van Ben de Le, bel 12-34-56-78 of 24-11-2026", ben) == \
        "verzoek van • de •, bel • of 24-11-2026"


def test_an_access_request_gets_everything_including_who_saw_what(demo_db, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    """Art. 15/20: the names the person's records refer to, the reasons given about them, and the audit log
    about them (who created, changed, printed or exported what, and when)."""
    from sqlalchemy.engine import make_url

    url = make_url(str(demo_db.url)).render_as_string(hide_password=False)
    with demo_db.uow() as uow:
        zoe = trainees.search_trainees(uow, query="Zoë Kuipers")[0].trainee_id
    assert run(capsys, "--database", url, "report", "placement", "--trainee", str(zoe), "--out",
               str(tmp_path / "verslag.pdf"))[0] == 0
    out_file = tmp_path / "export.json"
    code, out, err = run(capsys, "--database", url, "trainees", "export", str(zoe), "--out", str(out_file))
    assert code == 0, err
    data = json.loads(out_file.read_text())
    placement = data["enrolments"][0]["placements"][0]
    assert placement["supervisor"] and placement["tandem_professional"]
    assert placement["hours"][0]["approved_by"] == placement["supervisor"]
    assert all(ev["evaluator"] for ev in placement["evaluations"])
    log = data["audit_log"]
    assert {"create", "print"} <= {e["action"] for e in log}
    assert {"trainee", "enrolment", "attendance_mark", "placement", "hour_log_entry"} <= {e["about"] for e in log}
    created = next(e for e in log if e["about"] == "trainee" and e["action"] == "create")
    assert "family_name" in created["fields"] and "Kuipers" not in json.dumps(log, ensure_ascii=False)
    # The file says what each of its keys holds, and every moment in it carries its zone.
    described = set(data["keys"])
    lists: set[str] = set()

    def walk(value: object, path: str) -> None:
        if isinstance(value, list):
            for item in value:
                if isinstance(item, dict):
                    lists.add(path)
                    for key, inner in item.items():
                        walk(inner, f"{path}[].{key}")
        elif isinstance(value, dict):
            for key, inner in value.items():
                walk(inner, f"{path}.{key}" if path else key)

    walk(data, "")
    assert set(data) <= described and lists <= described, (set(data) | lists) - described
    moments = [data["exported_at"], data["trainee"]["created_at"], *(e["at"] for e in log)]
    assert all(dt.datetime.fromisoformat(t).utcoffset() == dt.timedelta(0) for t in moments)


def test_a_restore_brings_no_erased_person_back_and_loses_no_certificate(sqlite_demo_template: Path,
                                                                         tmp_path: Path, capsys) -> None:  # noqa: ANN001
    """Restoring a backup made before an erasure, a revocation and an issue: the person stays erased (not a
    byte of them in the file), the revoked certificate stays revoked, the new one stays in the register, and
    its number is never given out again."""
    import shutil

    from edtrainer.core import backups

    path = tmp_path / "edtrainer.sqlite3"
    shutil.copyfile(sqlite_demo_template, path)
    db = Database(resolve_url(path))
    try:
        signer = setup_issuer(db)
        with db.uow() as uow:
            zoe = trainees.search_trainees(uow, query="Zoë Kuipers")[0]
            trainees.update_trainee(uow, trainee_id=zoe.trainee_id, email="zoe.kuipers@example.org",
                                    phone="06-12345678")
            enrolment = next(e for e in cohorts.find_cohort(uow, "Oost").enrolments if e.trainee_id == zoe.trainee_id)
            first = certificates.issue_certificate(uow, enrolment_id=enrolment.id, signer=signer).number
            uow.commit()
        backup = backups.make(path, reason="manual").path
        with db.uow() as uow:
            certificates.revoke(uow, number=first, reason="Onjuiste geboorteplaats")
            second = certificates.issue_certificate(uow, enrolment_id=enrolment.id, signer=signer,
                                                    override_reason="Geboorteplaats gecontroleerd").number
            uow.commit()
    finally:
        db.dispose()
    assert run(capsys, "--database", str(path), "trainees", "erase", str(zoe.trainee_id), "--reason", "verzoek",
               "--yes")[0] == 0
    code, out, err = run(capsys, "--database", str(path), "db", "restore", str(backup))
    assert code == 1 and "--yes" in err
    assert "1 cursist gewist" in err and "1 certificaat uitgereikt" in err and "1 certificaat ingetrokken" in err
    code, out, err = run(capsys, "--database", str(path), "db", "restore", str(backup), "--yes")
    assert code == 0, err
    assert "Opnieuw toegepast: 1 cursist gewist" in out
    assert _held(path) == [], "the restore brought bytes of an erased person back"
    db = Database(resolve_url(path))
    try:
        with db.uow() as uow:
            assert uow.session.get(m.Trainee, zoe.trainee_id).given_names == privacy.ERASED_NAME
            status = {r.number: r.status for r in certificates.register(uow)}
            assert status[first] == "revoked" and status[second] == "issued"
            other = next(e for e in cohorts.find_cohort(uow, "Oost").enrolments if e.trainee_id != zoe.trainee_id)
            third = certificates.issue_certificate(uow, enrolment_id=other.id, signer=signer,
                                                   override_reason="test").number
            uow.commit()
        assert third not in (first, second), "a certificate number was given out twice"
    finally:
        db.dispose()
    assert run(capsys, "--database", str(path), "audit", "verify")[0] == 0


def test_an_access_request_as_a_readable_pdf(sqlite_demo_template: Path, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    """--out FILE.pdf: the same data in plain Dutch, marked confidential, fonts embedded, readable by the
    coordinator only; who received which document is in it, in words."""
    import shutil
    import stat

    from doc_factories import assert_fonts_embedded, pdf_text

    path = tmp_path / "edtrainer.sqlite3"
    shutil.copyfile(sqlite_demo_template, path)
    db = Database(resolve_url(path))
    with db.uow() as uow:
        zoe = trainees.search_trainees(uow, query="Zoë Kuipers")[0].trainee_id
    db.dispose()
    assert run(capsys, "--database", str(path), "report", "placement", "--trainee", str(zoe), "--organisation-copy",
               "--out", str(tmp_path / "verslag.pdf"))[0] == 0
    out_file = tmp_path / "inzage.pdf"
    code, out, err = run(capsys, "--database", str(path), "trainees", "export", str(zoe), "--out", str(out_file))
    assert code == 0, err
    assert stat.S_IMODE(out_file.stat().st_mode) == 0o600
    pdf = out_file.read_bytes()
    assert_fonts_embedded(pdf, tmp_path)
    text = " ".join(pdf_text(pdf, tmp_path).split())
    for expected in ("Uw gegevens", "Zoë Kuipers", "VERTROUWELIJK", "Inschrijving: Oost-Groningen", "Presentie",
                     "Gewerkte uren", "Wie wat deed met uw gegevens",
                     "Alles wat in edtrainer over Zoë Kuipers is bewaard", "tot 2 jaar na het einde",
                     "Autoriteit Persoonsgegevens",
                     "drukte af: het stageverslag (exemplaar voor de organisatie, zonder"):
        assert expected in text, expected
    assert "hour_log_entry" not in text and "placement_report" not in text, "codes instead of words"


def test_an_erased_person_takes_no_more_part_and_is_named_before_erasing(sqlite_demo_template: Path, tmp_path: Path,
                                                                         capsys) -> None:  # noqa: ANN001
    """Without --yes the command says whom it would erase (a mistyped number must not erase someone else);
    afterwards the person's enrolment has ended, no certificate is made for them, and a second erasure is
    refused instead of reported as done."""
    import shutil

    from edtrainer.core.errors import ValidationError

    path = tmp_path / "edtrainer.sqlite3"
    shutil.copyfile(sqlite_demo_template, path)
    db = Database(resolve_url(path))
    with db.uow() as uow:
        zoe = trainees.search_trainees(uow, query="Zoë Kuipers")[0]
    db.dispose()
    code, out, err = run(capsys, "--database", str(path), "trainees", "erase", str(zoe.trainee_id), "--reason", "x")
    assert code == 1 and "Zoë Kuipers" in err and "--yes" in err
    assert run(capsys, "--database", str(path), "trainees", "erase", str(zoe.trainee_id), "--reason", "verzoek",
               "--yes")[0] == 0
    db = Database(resolve_url(path))
    try:
        signer = setup_issuer(db)
        with db.uow() as uow:
            enrolment = uow.session.get(m.Enrolment, zoe.enrolment_id)
            assert enrolment.status == m.EnrolmentStatus.WITHDRAWN and enrolment.ended_on is not None
            with pytest.raises(ValidationError, match="gewist"):
                certificates.issue_certificate(uow, enrolment_id=zoe.enrolment_id, signer=signer,
                                               kind="participation")
    finally:
        db.dispose()
    code, out, err = run(capsys, "--database", str(path), "trainees", "erase", str(zoe.trainee_id), "--reason",
                         "nog eens", "--yes")
    assert code == 1 and "al gewist" in err


def test_a_restore_keeps_the_organisation_set_up_after_the_backup(sqlite_demo_template: Path, tmp_path: Path,
                                                                  capsys) -> None:  # noqa: ANN001
    """The signing key made after a backup is carried over by a restore, and so is the organisation it signs
    for: without it nothing can be issued, published or verified (a new-user trial found it lost)."""
    import shutil

    from edtrainer.core import backups
    from edtrainer.core.services import issuer

    path = tmp_path / "edtrainer.sqlite3"
    shutil.copyfile(sqlite_demo_template, path)
    backup = backups.make(path, reason="manual").path
    db = Database(resolve_url(path))
    try:
        setup_issuer(db)
    finally:
        db.dispose()
    code, _out, err = run(capsys, "--database", str(path), "db", "restore", str(backup))
    assert code == 1 and "de gegevens van de organisatie op certificaten" in err
    assert run(capsys, "--database", str(path), "db", "restore", str(backup), "--yes")[0] == 0
    db = Database(resolve_url(path))
    try:
        with db.uow() as uow:
            restored = issuer.get_issuer(uow)
        assert restored is not None and restored.organisation == "Stichting Sterk uit Armoede"
        assert [p.name for p in restored.signatories] == ["Marieke Jansen", "Henk Bosma"]
    finally:
        db.dispose()
