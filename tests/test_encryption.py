"""The encrypted database (SQLCipher, optional): neither the file nor its backups start with
``SQLite format 3`` or hold a readable name; a wrong passphrase gives one clear sentence and no data; the
passphrase is stored nowhere; backups made later are encrypted too; turning it off or changing the passphrase
converts the backups along; and the app asks for the passphrase and offers it all in Settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from clikit import run

from edtrainer.core import backups, cipher, preferences
from edtrainer.core.db import Database, open_database, resolve_url
from edtrainer.core.errors import DatabaseError, ValidationError
from edtrainer.core.services import encryption

pytestmark = pytest.mark.skipif(not cipher.available(), reason="sqlcipher3 is not installed")

PASSPHRASE = "de fiets staat in de schuur"
# Words from the demo that must not be readable in an encrypted file: trainee names, a place, the programme.
READABLE = [b"Kuipers", b"Oost-Groningen", b"Pekela", b"Ervaringsdeskundige", b"SQLite format 3"]


def _readable(path: Path) -> list[bytes]:
    data = path.read_bytes()
    for suffix in ("-wal", "-shm"):
        extra = Path(f"{path}{suffix}")
        if extra.exists():
            data += extra.read_bytes()
    return [word for word in READABLE if word in data]


def _encrypt(path: Path, passphrase: str = PASSPHRASE) -> encryption.EncryptionReport:
    db = open_database(path)
    try:
        return encryption.set_encryption(db, passphrase, actor="tester")
    finally:
        db.dispose()


def _trainees(path: Path) -> int:
    db = open_database(path)
    try:
        with db.engine.connect() as conn:
            return int(conn.exec_driver_sql("SELECT count(*) FROM trainee").scalar_one())
    finally:
        db.dispose()




def test_an_encrypted_database_and_its_backups_hold_no_readable_byte(demo_copy: Path) -> None:
    before = _trainees(demo_copy)
    old = backups.make(demo_copy, reason="manual")
    assert _readable(old.path), "the demo backup should hold the names before encryption"
    report = _encrypt(demo_copy)
    assert report.encrypted and report.backups >= 1 and not report.unreadable
    for path in [demo_copy, *(b.path for b in backups.list_backups(stem=demo_copy.stem, source=demo_copy))]:
        assert path.read_bytes()[:16] != cipher.SQLITE_MAGIC, path
        assert _readable(path) == [], path
    # Open with the passphrase (as the next start would): the same data, and the conversion in the audit log.
    cipher.set_passphrase(PASSPHRASE)
    assert _trainees(demo_copy) == before
    db = open_database(demo_copy)
    try:
        with db.engine.connect() as conn:
            actions = [r[0] for r in conn.exec_driver_sql(
                "SELECT action FROM audit_entry WHERE entity = 'database' ORDER BY id DESC LIMIT 1")]
        assert actions == ["encrypt"]
        assert db.check().ok
    finally:
        db.dispose()
    # The passphrase is stored nowhere: not in the data folder, the settings, or beside the file.
    for folder in (demo_copy.parent, preferences.Preferences().backups_dir().parent):
        for file in folder.rglob("*"):
            if file.is_file():
                assert PASSPHRASE.encode() not in file.read_bytes(), file


def test_without_the_passphrase_nothing_opens_and_a_wrong_one_is_said_in_one_sentence(
        demo_copy: Path, tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    _encrypt(demo_copy)
    cipher.set_passphrase(None)
    with pytest.raises(DatabaseError) as needed:
        open_database(demo_copy)
    assert needed.value.key == "db_needs_passphrase"
    cipher.set_passphrase("een verkeerd wachtwoord")
    with pytest.raises(DatabaseError) as wrong:
        open_database(demo_copy)
    assert wrong.value.key == "db_wrong_passphrase"
    cipher.set_passphrase(None)
    wrong_file = tmp_path / "wrong.txt"
    wrong_file.write_text("een verkeerd wachtwoord\n")
    capfd.readouterr()
    code, out, err = run(capfd, "--database", str(demo_copy), "--db-passphrase-file", str(wrong_file),
                         "trainees", "list")
    assert code == 1 and out == ""
    # One sentence, and nothing else on the error output: not SQLCipher's own 'hmac check failed' lines.
    assert err.strip() == f"edtrainer: Dit wachtwoord opent {demo_copy} niet. Controleer het en probeer het opnieuw."
    cipher.set_passphrase(None)
    code, out, err = run(capfd, "--database", str(demo_copy), "trainees", "list")
    assert code == 1 and "--db-passphrase-file" in err and out == ""
    right = tmp_path / "right.txt"
    right.write_text(PASSPHRASE + "\n")
    code, out, _err = run(capfd, "--database", str(demo_copy), "--db-passphrase-file", str(right),
                          "trainees", "list")
    assert code == 0 and "Kuipers" in out


def test_backups_made_later_are_encrypted_and_restore(demo_copy: Path) -> None:
    _encrypt(demo_copy)
    cipher.set_passphrase(PASSPHRASE)
    later = backups.make(demo_copy, reason="manual")
    assert later.verified and later.counts["trainees"] == _trainees(demo_copy)
    assert later.path.read_bytes()[:16] != cipher.SQLITE_MAGIC and _readable(later.path) == []
    db = open_database(demo_copy)
    try:
        with db.engine.begin() as conn:
            conn.exec_driver_sql("DELETE FROM attendance_mark")
    finally:
        db.dispose()
    backups.restore(demo_copy, later.path)
    db = open_database(demo_copy)
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM attendance_mark").scalar_one() > 0
    finally:
        db.dispose()
    assert demo_copy.read_bytes()[:16] != cipher.SQLITE_MAGIC


def test_another_passphrase_converts_the_backups_and_the_old_one_opens_nothing(demo_copy: Path) -> None:
    backups.make(demo_copy, reason="manual")
    _encrypt(demo_copy)
    cipher.set_passphrase(PASSPHRASE)
    report = _encrypt(demo_copy, "een heel ander lang wachtwoord")
    assert report.encrypted and report.backups >= 1
    files = [demo_copy, *(b.path for b in backups.list_backups(stem=demo_copy.stem, source=demo_copy))]
    for path in files:
        for passphrase, opens in ((PASSPHRASE, False), ("een heel ander lang wachtwoord", True)):
            cipher.set_passphrase(None)  # as a fresh process: no key remembered
            cipher.set_passphrase(passphrase)
            if opens:
                cipher.connect(path, read_only=True).close()
            else:
                with pytest.raises(DatabaseError) as wrong:
                    cipher.connect(path, read_only=True)
                assert wrong.value.key == "db_wrong_passphrase"


def test_turning_it_off_stores_database_and_backups_plain_again(demo_copy: Path, capsys: pytest.CaptureFixture[str],
                                                                 tmp_path: Path) -> None:
    backups.make(demo_copy, reason="manual")
    pw = tmp_path / "pw"
    pw.write_text(PASSPHRASE + "\n")
    code, out, err = run(capsys, "--database", str(demo_copy), "db", "encrypt", "--new-passphrase-file", str(pw))
    assert code == 0, err
    assert "is versleuteld, met" in out and "Bewaar het wachtwoord goed" in out
    cipher.set_passphrase(None)
    code, out, err = run(capsys, "--database", str(demo_copy), "--db-passphrase-file", str(pw), "db", "decrypt")
    assert code == 0, err
    assert "niet meer versleuteld" in out
    cipher.set_passphrase(None)
    files = [demo_copy, *(b.path for b in backups.list_backups(stem=demo_copy.stem, source=demo_copy))]
    assert len(files) >= 2
    for path in files:
        assert path.read_bytes()[:16] == cipher.SQLITE_MAGIC, path
    assert _trainees(demo_copy) > 0
    code, _out, err = run(capsys, "--database", str(demo_copy), "db", "decrypt")
    assert code == 1 and "niet versleuteld" in err


def test_a_short_or_mistyped_passphrase_changes_nothing(demo_copy: Path, capsys: pytest.CaptureFixture[str],
                                                        tmp_path: Path) -> None:
    original = demo_copy.read_bytes()[:4096]
    db = open_database(demo_copy)
    try:
        with pytest.raises(ValidationError) as short:
            encryption.set_encryption(db, "kort", actor="tester")
        assert short.value.key == "db_passphrase_too_short"
    finally:
        db.dispose()
    pw = tmp_path / "pw"
    pw.write_text("kort\n")
    code, _out, err = run(capsys, "--database", str(demo_copy), "db", "encrypt", "--new-passphrase-file", str(pw))
    assert code == 1 and "ten minste 8 tekens" in err
    assert demo_copy.read_bytes()[:4096] == original


def test_another_program_holding_the_file_stops_the_conversion(demo_copy: Path) -> None:
    import sqlite3

    other = sqlite3.connect(demo_copy)
    other.execute("BEGIN")
    other.execute("SELECT count(*) FROM trainee").fetchone()
    try:
        db = open_database(demo_copy)
        try:
            with pytest.raises(DatabaseError) as busy:
                encryption.set_encryption(db, PASSPHRASE, actor="tester")
        finally:
            db.dispose()
    finally:
        other.close()
    assert busy.value.key in ("db_in_use_convert", "db_in_use")
    assert demo_copy.read_bytes()[:16] == cipher.SQLITE_MAGIC


@pytest.mark.parametrize("head", [b"\0" * 4096, b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + b"x" * 4080,
                                  b"Naam;Voornaam;Geboortedatum\n" * 200])
def test_a_damaged_or_foreign_file_is_not_taken_for_an_encrypted_one(tmp_path: Path, head: bytes) -> None:
    path = tmp_path / "x.sqlite3"
    path.write_bytes(head[:4096].ljust(4096, b"\0"))
    assert not cipher.is_encrypted(path)
    with pytest.raises(DatabaseError) as raised:
        open_database(path)
    assert raised.value.key == "db_not_sqlite"


def test_a_server_database_cannot_be_encrypted_here(tmp_path: Path) -> None:
    db = Database.__new__(Database)
    db.url = resolve_url("postgresql://nobody@127.0.0.1:1/none")
    with pytest.raises(DatabaseError) as raised:
        encryption.set_encryption(db, PASSPHRASE)
    assert raised.value.key == "encrypt_sqlite_only"
