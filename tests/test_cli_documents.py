"""The document commands, from the demo to a signed, verified certificate, and their bad input."""

from __future__ import annotations

import csv
import io
import json
import stat
from pathlib import Path

import pytest
from clikit import run

from doc_factories import PASSPHRASE, pdf_text


@pytest.fixture
def demo_db(tmp_path: Path, capsys, monkeypatch) -> str:  # noqa: ANN001
    """The demo with a key and an issuer, set up the way the README tells a new user."""
    db = str(tmp_path / "edtrainer.sqlite3")
    monkeypatch.setenv("EDTRAINER_KEY_PASSPHRASE", PASSPHRASE)
    assert run(capsys, "--database", db, "demo")[0] == 0
    code, out, err = run(capsys, "--database", db, "keys", "create", "--organisation", "Sterk uit Armoede")
    assert code == 0, err
    assert out.startswith("Ondertekeningssleutel gemaakt voor Sterk uit Armoede; vingerafdruk ")
    code, out, err = run(capsys, "--database", db, "issuer", "set", "--organisation", "Stichting Sterk uit Armoede",
                         "--place", "Veendam", "--signatory", "Marieke Jansen|Coördinator opleiding")
    assert code == 0, err
    assert "Nummerpatroon: {code}-{year}-{seq:04}" in out
    return db


def test_from_the_demo_to_verified_certificates(demo_db: str, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    out_dir = tmp_path / "uit"  # made by the command, readable by the user only
    code, out, err = run(capsys, "--database", demo_db, "certificates", "issue", "--cohort", "oost",
                         "--out", str(out_dir))
    assert code == 0, err
    assert "Uitgereikt: " in out and "Overgeslagen: Noël Hendriks: 79 % aanwezig, 80 % nodig" in out
    assert "5 uitgereikt, 7 overgeslagen." in out
    assert out.strip().endswith("noemt de voettekst het adres.")  # no page address set yet: a tip how
    files = sorted(out_dir.glob("*.pdf"))
    assert len(files) == 5 and stat.S_IMODE(out_dir.stat().st_mode) == 0o700
    assert all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in files)
    first = files[0]
    number = first.stem
    code, out, _ = run(capsys, "--database", demo_db, "verify", str(first))
    assert code == 0 and out.startswith("ECHT: de handtekening is geldig en dekt het hele bestand.")
    assert f"Certificaat {number} aan " in out and "staat in het register en is geldig" in out

    tampered = tmp_path / "veranderd.pdf"
    data = bytearray(first.read_bytes())
    data[len(data) // 3] ^= 0x20
    tampered.write_bytes(bytes(data))
    code, out, _ = run(capsys, "--database", demo_db, "--lang", "en", "verify", str(tampered))
    assert code == 1 and out.startswith("NOT VALID:\n")
    assert "changed after signing" in out or "not (or no longer) a readable PDF" in out

    code, out, _ = run(capsys, "--database", demo_db, "certificates", "revoke", number, "--reason",
                       "Uitgereikt aan de verkeerde persoon")
    assert code == 0 and "is ingetrokken" in out
    code, out, _ = run(capsys, "--database", demo_db, "verify", str(first), "--json")
    result = json.loads(out)
    assert code == 1 and result["ok"] is False and result["problems"] == ["verify_revoked"]
    assert "Uitgereikt aan de verkeerde persoon" in result["messages"][1]

    again = tmp_path / "herdruk.pdf"
    assert run(capsys, "--database", demo_db, "certificates", "reprint", number, "--out", str(again))[0] == 0
    assert again.read_bytes() == first.read_bytes()

    second = files[1].stem
    fixed = tmp_path / "gecorrigeerd.pdf"
    code, out, err = run(capsys, "--database", demo_db, "certificates", "reissue", second, "--reason",
                         "Geboorteplaats verbeterd", "--out", str(fixed), "--lang", "en")
    assert code == 0, err
    assert "Certificate" in pdf_text(fixed.read_bytes(), tmp_path)  # the correction in English
    code, out, _ = run(capsys, "--database", demo_db, "certificates", "register")
    assert "ingetrokken op" in out and "vervangen door" in out and f"vervangt {second}" in out

    register_csv, register_pdf = tmp_path / "register.csv", tmp_path / "register.pdf"
    assert run(capsys, "--database", demo_db, "certificates", "register", "--csv", str(register_csv))[0] == 0
    rows = list(csv.DictReader(io.StringIO(register_csv.read_text("utf-8-sig")), delimiter=";"))
    assert len(rows) == 6 and {r["status"] for r in rows} == {"issued", "revoked", "superseded"}
    assert run(capsys, "--database", demo_db, "certificates", "register", "--pdf", str(register_pdf))[0] == 0
    code, out, _ = run(capsys, "--database", demo_db, "verify", str(register_pdf))
    assert code == 0 and "geen certificaat" in out

    # an organisation without edtrainer's database checks with the public certificate only
    pem = tmp_path / "organisatie.pem"
    assert run(capsys, "--database", demo_db, "keys", "export-certificate", "--out", str(pem))[0] == 0
    code, out, _ = run(capsys, "verify", "--trust", str(pem), str(files[2]))
    assert code == 0 and "ECHT" in out and "De verificatiecode klopt" in out


def test_reports_on_the_command_line(demo_db: str, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    _, out, _ = run(capsys, "--database", demo_db, "trainees", "list", "--search", "Heuvel", "--json")
    (maria,) = json.loads(out)
    placement, sign_in, progress, statement = (tmp_path / f"{n}.pdf" for n in ("stage", "lijst", "groep", "cursist"))
    assert run(capsys, "--database", demo_db, "report", "placement", "--trainee", str(maria["trainee_id"]),
               "--organisation-copy", "--out", str(placement))[0] == 0
    text = " ".join(pdf_text(placement.read_bytes(), tmp_path).split())
    assert "Maria-Louisa van den Heuvel-Brinkhorst" in text and "EXEMPLAAR VOOR DE ORGANISATIE" in text
    _, out, _ = run(capsys, "--database", demo_db, "cohorts", "list", "--json")
    code, _, err = run(capsys, "--database", demo_db, "report", "sign-in", "--cohort", "Pekela", "--date",
                       "1999-01-01", "--out", str(sign_in))
    assert code == 1 and "bestaat niet" in err and not sign_in.exists()
    assert run(capsys, "--database", demo_db, "report", "progress", "--cohort", "Oost", "--out", str(progress))[0] == 0
    assert "Voortgangsrapportage" in pdf_text(progress.read_bytes(), tmp_path)
    assert run(capsys, "--database", demo_db, "--lang", "en", "report", "progress", "--trainee",
               str(maria["trainee_id"]), "--out", str(statement))[0] == 0
    assert "Progress statement" in pdf_text(statement.read_bytes(), tmp_path)


def test_bad_input_gets_one_line_and_writes_nothing(demo_db: str, tmp_path: Path, capsys,  # noqa: ANN001
                                                    monkeypatch) -> None:  # noqa: ANN001
    missing = tmp_path / "bestaat-niet" / "certificaten"  # a new folder is made, but not a whole path
    code, out, err = run(capsys, "--database", demo_db, "certificates", "issue", "--cohort", "oost", "--out",
                         str(missing))
    assert code == 1 and out == "" and err.count("\n") == 1 and "bestaat niet" in err
    _, out, _ = run(capsys, "--database", demo_db, "certificates", "register", "--json")
    assert json.loads(out) == []  # nothing was issued

    monkeypatch.setenv("EDTRAINER_KEY_PASSPHRASE", "not the passphrase")
    code, _, err = run(capsys, "--database", demo_db, "certificates", "issue", "--cohort", "oost")
    assert code == 1 and err == "edtrainer: Het wachtwoord van de ondertekeningssleutel klopt niet.\n"
    monkeypatch.delenv("EDTRAINER_KEY_PASSPHRASE")
    code, _, err = run(capsys, "--database", demo_db, "--lang", "en", "certificates", "issue", "--cohort", "oost")
    assert code == 1 and "passphrase is needed" in err

    not_pdf = tmp_path / "brief.pdf"
    not_pdf.write_text("Beste meneer,")
    code, _, err = run(capsys, "--database", demo_db, "verify", str(not_pdf))
    assert code == 1 and err == f"edtrainer: {not_pdf} is geen PDF-bestand.\n"
    code, _, err = run(capsys, "--database", demo_db, "certificates", "revoke", "EDASU-1999-0001", "--reason", "x")
    assert code == 1 and "bestaat niet" in err
    code, _, err = run(capsys, "--database", demo_db, "issuer", "set", "--pattern", "{code}-{year}")
    assert code == 1 and "{seq}" in err
    code, _, err = run(capsys, "--database", demo_db, "certificates", "issue", "--cohort", "oost", "--kind", "module",
                       "--module", "XYZ")
    assert code == 1 and "modulecertificaat: LVH, COM, AIM" in err  # the codes there are, to choose from
    _, out, _ = run(capsys, "--database", demo_db, "trainees", "list", "--search", "thijs", "--json")
    (thijs,) = json.loads(out)
    code, _, err = run(capsys, "--database", demo_db, "report", "placement", "--trainee", str(thijs["trainee_id"]),
                       "--out", str(tmp_path / "stage.pdf"))
    assert code == 1 and err == "edtrainer: Thijs Bouwman heeft (nog) geen stage.\n"
    code, _, err = run(capsys, "--database", demo_db, "report", "placement", "--trainee", "99999",
                       "--out", str(tmp_path / "stage.pdf"))
    assert code == 1 and "Cursist '99999' bestaat niet" in err

    code, _, err = run(capsys, "--database", demo_db, "keys", "create", "--organisation", "Nog een")
    assert code == 1 and "--replace" in err
    existing = tmp_path / "er-al.pdf"
    existing.write_bytes(b"eigen")
    code, _, err = run(capsys, "--database", demo_db, "report", "progress", "--cohort", "Oost", "--out",
                       str(existing))
    assert code == 1 and "bestaat al" in err and existing.read_bytes() == b"eigen"
    assert not list(tmp_path.glob(".*.part"))


def test_help_is_dutch(capsys) -> None:  # noqa: ANN001
    code, out, _ = run(capsys, "certificates", "issue", "--help")
    assert code == 0 and "certificaten uitreiken aan een groep" in out and "--override" in out
    code, out, _ = run(capsys, "--lang", "en", "verify", "--help")
    assert code == 0 and "genuine and unaltered" in out


def test_output_that_cannot_be_written_is_one_line(demo_db: str, tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    with open("/dev/full", "w") as full:  # a full disk
        proc = subprocess.run([sys.executable, "-m", "edtrainer", "--database", demo_db, "cohorts", "list"],
                              stdout=full, stderr=subprocess.PIPE, text=True, env={**os.environ})
    assert proc.returncode == 1 and proc.stderr.startswith("edtrainer: De uitvoer kon niet worden geschreven")
    assert "Traceback" not in proc.stderr
