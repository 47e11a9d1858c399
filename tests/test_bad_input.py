"""Bad input gets a clear one-line message in the user's language and changes nothing."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from edtrainer.cli import main
from edtrainer.core.db import open_database
from edtrainer.core.errors import DatabaseError, EdtrainerError, NotFoundError, ValidationError
from edtrainer.core.services import cohorts, sessions, trainees

from conftest import count_rows
from factories import make_world

TABLES = ("trainee", "cohort", "enrolment", "attendance_mark", "audit_entry", "cohort_session")


def snapshot(db) -> dict[str, int]:  # noqa: ANN001
    return {t: count_rows(db, t) for t in TABLES}


def one_line(err: EdtrainerError) -> str:
    text = str(err)
    assert "\n" not in text and not text[0].islower() and len(text) < 200
    return text


@pytest.mark.parametrize(("given", "family", "field"), [("", "Vries", "given_names"), ("Anja", "   ", "family_name"),
                                                         (None, "Vries", "given_names")])
def test_empty_names_are_refused(db, given, family, field) -> None:  # noqa: ANN001
    before = snapshot(db)
    with db.uow() as uow:
        with pytest.raises(ValidationError) as err:
            trainees.create_trainee(uow, given_names=given, family_name=family)
        uow.commit()
    assert err.value.field == field
    assert one_line(err.value).endswith("is verplicht.")
    assert err.value.message("en").endswith("is required.")
    assert snapshot(db) == before


def test_renaming_to_empty_changes_nothing(db) -> None:  # noqa: ANN001
    w = make_world(db, sessions_past=0)
    with db.uow() as uow:
        with pytest.raises(ValidationError, match="Achternaam is verplicht"):
            trainees.update_trainee(uow, trainee_id=w.trainee_ids[0], email="a@example.org", family_name="")
        uow.commit()
    with db.uow() as uow:
        t = trainees.get_trainee(uow, w.trainee_ids[0])
        assert (t.family_name, t.email, t.version) == ("Vries", None, 1)


def test_end_before_start_is_refused(db) -> None:  # noqa: ANN001
    w = make_world(db, sessions_past=0)
    before = snapshot(db)
    with db.uow() as uow:
        with pytest.raises(ValidationError) as err:
            cohorts.create_cohort(uow, programme_id=w.programme_id, name="Pekela", start_date="2027-09-01",
                                  end_date="2027-08-31")
        uow.commit()
    assert err.value.field == "end_date"
    assert one_line(err.value) == "De einddatum (31-08-2027) ligt vóór de begindatum (01-09-2027)."
    assert err.value.message("en") == "The end date (31 Aug 2027) is before the start date (1 Sep 2027)."
    with db.uow() as uow:
        with pytest.raises(ValidationError):
            cohorts.update_cohort(uow, cohort_id=w.cohort_id, end_date="2000-01-01")
        uow.commit()
    assert snapshot(db) == before


def test_duplicate_attendance_mark_is_refused(db) -> None:  # noqa: ANN001
    w = make_world(db, sessions_past=1)
    with db.uow() as uow:
        sessions.record_attendance(uow, session_id=w.session_ids[0], enrolment_id=w.enrolment_ids[0], status="late")
        uow.commit()
    before = snapshot(db)
    with db.uow() as uow:
        with pytest.raises(ValidationError) as err:
            sessions.record_attendance(uow, session_id=w.session_ids[0], enrolment_id=w.enrolment_ids[0],
                                       status="present")
        uow.commit()
    assert one_line(err.value).startswith("Voor Anja de Vries is bij deze bijeenkomst al presentie ingevuld "
                                          "(te laat)")
    assert snapshot(db) == before
    with db.uow() as uow:
        assert sessions.session_register(uow, session_id=w.session_ids[0])[3].status == "late"


def test_invalid_status_lists_the_choices(db) -> None:  # noqa: ANN001
    w = make_world(db, sessions_past=1)
    with db.uow() as uow:
        with pytest.raises(ValidationError, match="present, late, excused, absent"):
            sessions.record_attendance(uow, session_id=w.session_ids[0], enrolment_id=w.enrolment_ids[0],
                                       status="weg")


def test_unknown_cohort(db, db_url, capsys) -> None:  # noqa: ANN001
    make_world(db, sessions_past=0)
    before = snapshot(db)
    with db.uow() as uow:
        with pytest.raises(NotFoundError) as err:
            cohorts.find_cohort(uow, "Zuid-Limburg")
    assert one_line(err.value) == "Groep 'Zuid-Limburg' bestaat niet."
    assert main(["--database", db_url, "readiness", "--cohort", "Zuid-Limburg"]) == 1
    assert capsys.readouterr().err == "edtrainer: Groep 'Zuid-Limburg' bestaat niet.\n"
    assert main(["--database", db_url, "--lang", "en", "trainees", "list", "--cohort", "Zuid"]) == 1
    assert capsys.readouterr().err == "edtrainer: Cohort 'Zuid' does not exist.\n"
    assert snapshot(db) == before


def test_unreachable_database_url(capsys) -> None:  # noqa: ANN001
    url = "postgresql://coordinator:geheim@127.0.0.1:9/edtrainer"
    with pytest.raises(DatabaseError) as err:
        open_database(url)
    message = one_line(err.value)
    assert message.startswith(
        "Kan de databaseserver postgresql://coordinator:***@127.0.0.1:9/edtrainer niet bereiken: draait")
    assert "geheim" not in message
    assert main(["--database", url, "cohorts", "list"]) == 1
    err_out = capsys.readouterr().err
    assert err_out.count("\n") == 1 and "geheim" not in err_out


@pytest.mark.parametrize("url", ["mysql://x@localhost/db", "postgresql://x@[bad", "sqlite://"])
def test_unusable_database_urls(url: str) -> None:
    with pytest.raises(DatabaseError) as err:
        open_database(url)
    one_line(err.value)


def test_file_that_is_not_sqlite(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    path = tmp_path / "cursisten.xlsx"
    path.write_bytes(b"PK\x03\x04 not a database at all" * 100)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(DatabaseError) as err:
        open_database(path)
    assert one_line(err.value) == f"{path} is geen edtrainer-database (geen SQLite-bestand)."
    assert main(["--database", str(path), "--lang", "en", "cohorts", "list"]) == 1
    assert capsys.readouterr().err == f"edtrainer: {path} is not an edtrainer database (not a SQLite file).\n"
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cursisten.xlsx"]


def test_sqlite_file_of_another_application_is_left_alone(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "other.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
    con.commit()
    con.close()
    with pytest.raises(DatabaseError, match="niet van edtrainer"):
        open_database(path)
    con = sqlite3.connect(path)
    assert [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")] == ["recipes"]
    con.close()


def test_missing_folder_for_database(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError) as err:
        open_database(tmp_path / "nope" / "db.sqlite3")
    assert one_line(err.value) == f"De map {tmp_path / 'nope'} bestaat niet."
    assert not (tmp_path / "nope").exists()


def test_a_message_that_starts_with_a_file_name_keeps_its_case() -> None:
    """'tekst.pdf is geen PDF-bestand', not 'Tekst.pdf': a file name is written as it is; a sentence that
    starts with a word still starts with a capital."""
    from edtrainer.core.errors import FileError, ValidationError

    assert FileError("not_a_pdf", path="tekst.pdf").message("nl") == "tekst.pdf is geen PDF-bestand."
    assert ValidationError("required", field="name").message("nl") == "Naam is verplicht."
