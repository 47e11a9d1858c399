"""Register files for trainers away from the coordinator (issue 12, item 6): made for a cohort, marked by the
trainer, applied again. Only names and marks leave the database; a changed byte is refused; a mark the
coordinator changed in the meantime is shown, never overwritten; applying twice changes nothing."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from clikit import run
from sqlalchemy import select

from edtrainer.core import backups, clock
from edtrainer.core.db import Database
from edtrainer.core.errors import FileError
from edtrainer.core.models import AppMeta, AttendanceMark, AuditEntry, Cohort, CohortSession, Enrolment, Trainee
from edtrainer.core.services import exchange, sessions


def _url(db: Database) -> str:
    return str(db.path) if db.is_sqlite else db.url.render_as_string(hide_password=False)


def _marks(db: Database) -> dict[tuple[int, int], str]:
    with db.uow() as uow:
        return {(m.session_id, m.enrolment_id): m.status.value for m in uow.session.scalars(select(AttendanceMark))}


def _cohort(db: Database, name: str) -> tuple[int, dt.date, dt.date]:
    with db.uow() as uow:
        c = uow.session.scalars(select(Cohort).where(Cohort.name.like(f"{name}%"))).one()
        return c.id, c.start_date, c.end_date


def _session(db: Database, cohort_id: int, index: int) -> tuple[int, dt.date, list[tuple[int, str]]]:
    """A held session of the cohort (its id, date, and each expected trainee's enrolment id and name)."""
    with db.uow() as uow:
        found = list(uow.session.scalars(select(CohortSession).where(
            CohortSession.cohort_id == cohort_id, CohortSession.cancelled.is_(False)).order_by(CohortSession.date)))
        s = found[index]
        return s.id, s.date, [(e.id, e.trainee.full_name) for e in sessions.expected_enrolments(uow, s)]


def _held(found: exchange.ExchangeFile) -> list[dict]:
    """The sessions of the file that have taken place (a session still to come takes only an apology)."""
    return [s for s in found.sessions() if s["date"] <= clock.today().isoformat()]


def _pack(db: Database, capsys, tmp_path: Path, cohort: str = "Oost-Groningen") -> Path:  # noqa: ANN001
    _, start, end = _cohort(db, cohort)
    out = tmp_path / "register.edtx"
    code, said, err = run(capsys, "--database", _url(db), "exchange", "pack", "--cohort", cohort,
                          "--from", start.isoformat(), "--to", end.strftime("%d-%m-%Y"), "--out", str(out))
    assert code == 0, err
    assert "Registerbestand gemaakt" in said
    return out


def test_the_file_holds_names_and_marks_and_nothing_else_about_anyone(demo_db: Database, tmp_path: Path,
                                                                       capsys) -> None:  # noqa: ANN001
    cohort_id, _, _ = _cohort(demo_db, "Oost-Groningen")
    sid, _, people = _session(demo_db, cohort_id, 2)
    with demo_db.uow() as uow:  # a remark and an apology's reason: what only the coordinator may read
        sessions.set_attendance(uow, session_id=sid, enrolment_id=people[0][0], status="late",
                                remark="Bus uit Nieuwe Pekela te laat")
        sessions.set_attendance(uow, session_id=sid, enrolment_id=people[1][0], status="excused",
                                apology_reason="Zitting bij de schuldhulpverlening",
                                apology_given_on=dt.date(2025, 1, 1))
        uow.commit()
    path = _pack(demo_db, capsys, tmp_path)
    text = path.read_text(encoding="utf-8")
    with demo_db.uow() as uow:
        people = list(uow.session.scalars(select(Trainee).join(Enrolment).where(Enrolment.cohort_id == cohort_id)))
        remarks = [m.remark for m in uow.session.scalars(select(AttendanceMark)) if m.remark]
        reasons = [m.apology_reason for m in uow.session.scalars(select(AttendanceMark)) if m.apology_reason]
        logged = uow.session.scalars(select(AuditEntry).where(AuditEntry.action == "export")
                                     .order_by(AuditEntry.id.desc())).first()
    assert people and all(p.full_name in text for p in people)
    for p in people:
        for private in (p.email, p.phone, p.date_of_birth and p.date_of_birth.isoformat()):
            if private:
                assert private not in text, private
    assert remarks and not any(r in text for r in remarks)
    assert reasons and not any(r in text for r in reasons)
    assert path.stat().st_mode & 0o077 == 0
    assert logged is not None and logged.changes["what"] == "exchange_file"  # names left the database: logged


def test_a_file_for_oost_groningen_marked_by_record_sets_exactly_those_marks(demo_db: Database, tmp_path: Path,
                                                                             capsys) -> None:  # noqa: ANN001
    path = _pack(demo_db, capsys, tmp_path)
    cohort_id, _, _ = _cohort(demo_db, "Oost-Groningen")
    sid, day, people = _session(demo_db, cohort_id, 3)
    before = _marks(demo_db)
    (e1, n1), (e2, n2) = people[0], people[1]
    wanted = {(sid, e1): "absent", (sid, e2): "late"}
    code, out, err = run(capsys, "exchange", "record", str(path), "--session", day.strftime("%d-%m-%Y"),
                         "--mark", f"{n1.upper()}=X", "--mark", f"{n2}=l")
    assert code == 0, err
    assert day.strftime("%d-%m-%Y") in out
    code, out, err = run(capsys, "--database", _url(demo_db), "exchange", "apply", str(path))
    assert code == 1 and "--yes" in err  # shown first, nothing stored without --yes
    assert f"{n1}: {exchange.status_word(before.get((sid, e1)), 'nl')} → X afwezig" in out
    assert _marks(demo_db) == before
    code, out, err = run(capsys, "--database", _url(demo_db), "exchange", "apply", str(path), "--yes")
    assert code == 0, err
    after = _marks(demo_db)
    expected = dict(before)
    for key, status in wanted.items():
        if status is None:
            expected.pop(key, None)
        else:
            expected[key] = status
    assert after == expected  # exactly those marks, nothing else
    if demo_db.is_sqlite:
        made = backups.list_backups(stem=demo_db.path.stem, source=demo_db.path)
        assert "before-exchange" in {b.reason for b in made} and "reservekopie" in out


def test_applying_the_same_file_twice_changes_nothing(demo_db: Database, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    path = _pack(demo_db, capsys, tmp_path, "Pekela")
    found = exchange.read(path)
    first = _held(found)[-1]
    exchange.set_marks(found, first["id"], {e: "present" for e in first["expected"]})
    exchange.write(found)
    assert run(capsys, "--database", _url(demo_db), "exchange", "apply", str(path), "--yes")[0] == 0
    marks = _marks(demo_db)
    with demo_db.uow() as uow:
        log = uow.session.scalar(select(AuditEntry.id).order_by(AuditEntry.id.desc()).limit(1))
    code, out, _ = run(capsys, "--database", _url(demo_db), "exchange", "apply", str(path), "--yes")
    assert code == 0 and "Er verandert niets" in out
    assert _marks(demo_db) == marks
    with demo_db.uow() as uow:
        assert uow.session.scalar(select(AuditEntry.id).order_by(AuditEntry.id.desc()).limit(1)) == log


def test_a_conflicting_mark_is_shown_not_overwritten(demo_db: Database, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    path = _pack(demo_db, capsys, tmp_path)
    cohort_id, _, _ = _cohort(demo_db, "Oost-Groningen")
    sid, day, people = _session(demo_db, cohort_id, 5)
    (e1, n1), (e2, n2) = people[0], people[1]
    before = _marks(demo_db)
    theirs = "absent" if before.get((sid, e1)) != "absent" else "present"
    other = "late" if before.get((sid, e2)) != "late" else "excused"
    code, _, err = run(capsys, "exchange", "record", str(path), "--session", day.isoformat(),
                       "--mark", f"{n1}={theirs}", "--mark", f"{n2}={other}")
    assert code == 0, err
    with demo_db.uow() as uow:  # meanwhile the coordinator recorded something else for the first trainee
        sessions.set_attendance(uow, session_id=sid, enrolment_id=e1, status="late")
        uow.commit()
    code, out, err = run(capsys, "--database", _url(demo_db), "exchange", "apply", str(path), "--yes")
    assert code == 0, err
    said = exchange.status_word(theirs, "nl")
    assert f"{n1}: in edtrainer L te laat · in het bestand {said}" in out
    assert "--conflicts take" in out
    marks = _marks(demo_db)
    assert marks[(sid, e1)] == "late" and marks[(sid, e2)] == other
    # Shown again (and nothing else), so the coordinator can still follow the file.
    code, out, _ = run(capsys, "--database", _url(demo_db), "exchange", "apply", str(path), "--yes",
                       "--conflicts", "take")
    assert code == 0 and f"{n1}: in edtrainer L te laat" in out and n2 not in out
    assert _marks(demo_db)[(sid, e1)] == theirs


@pytest.mark.parametrize("where", ["marks", "pack", "whitespace", "checksum"])
def test_a_file_with_one_byte_changed_is_refused(demo_db: Database, tmp_path: Path, capsys, where: str) -> None:  # noqa: ANN001
    path = _pack(demo_db, capsys, tmp_path, "Pekela")
    found = exchange.read(path)
    last = _held(found)[-1]
    exchange.set_marks(found, last["id"], {last["expected"][0]: "absent"})
    exchange.write(found)
    data = bytearray(path.read_bytes())
    at = {"marks": data.index(b'"absent"') + 1, "pack": data.index(b'"Oude Pekela"') + 1,
          "whitespace": data.index(b'\n "format"'), "checksum": data.index(b'"checksum": "') + 14}[where]
    flipped = ord("0") if data[at] != ord("0") else ord("1")
    data[at] = {"marks": ord("o"), "pack": ord("o"), "whitespace": ord(" "), "checksum": flipped}[where]
    path.write_bytes(bytes(data))
    before = _marks(demo_db)
    with pytest.raises(FileError) as caught:
        exchange.read(path)
    assert caught.value.key == "exchange_changed"
    code, _, err = run(capsys, "--database", _url(demo_db), "exchange", "apply", str(path), "--yes")
    assert code == 1 and "buiten edtrainer veranderd" in err
    assert _marks(demo_db) == before
    code, _, err = run(capsys, "exchange", "record", str(path), "--session", last["date"], "--mark", "a=A")
    assert code == 1 and "buiten edtrainer veranderd" in err


def test_a_file_resealed_by_hand_is_refused_by_the_coordinators_key(demo_db: Database, tmp_path: Path,
                                                                     capsys) -> None:  # noqa: ANN001
    """Someone who edits the sessions or names and writes the checksum again still lacks the database's key."""
    path = _pack(demo_db, capsys, tmp_path, "Pekela")
    found = exchange.read(path)
    found.pack["sessions"][0]["expected"].append(99999)
    found.pack["trainees"].append({"enrolment": 99999, "name": "Iemand Anders", "sort": "Anders, Iemand"})
    exchange.write(found)
    assert exchange.read(path).pack["trainees"][-1]["name"] == "Iemand Anders"  # the checksum alone: fine
    code, _, err = run(capsys, "--database", _url(demo_db), "exchange", "apply", str(path), "--yes")
    assert code == 1 and "buiten edtrainer veranderd" in err


def test_a_file_made_by_another_database_is_refused(demo_db: Database, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    path = _pack(demo_db, capsys, tmp_path, "Pekela")
    other = tmp_path / "elders" / "edtrainer.sqlite3"
    other.parent.mkdir()
    assert run(capsys, "--database", str(other), "demo")[0] == 0
    code, _, err = run(capsys, "--database", str(other), "exchange", "apply", str(path), "--yes")
    assert code == 1 and "niet met deze database gemaakt" in err
    assert run(capsys, "--database", str(other), "exchange", "pack", "--cohort", "Pekela", "--out",
               str(tmp_path / "elders" / "b.edtx"))[0] == 0  # a key of its own: still not the other's
    code, _, err = run(capsys, "--database", str(other), "exchange", "apply", str(path), "--yes")
    assert code == 1 and "niet met deze database gemaakt" in err


def test_marks_for_a_session_cancelled_since_are_said_and_left(demo_db: Database, tmp_path: Path,
                                                               capsys) -> None:  # noqa: ANN001
    path = _pack(demo_db, capsys, tmp_path, "Pekela")
    found = exchange.read(path)
    a, b = _held(found)[-2], _held(found)[-1]
    exchange.set_marks(found, a["id"], {a["expected"][0]: "absent"})
    exchange.set_marks(found, b["id"], {b["expected"][0]: "absent"})
    exchange.write(found)
    with demo_db.uow() as uow:
        sessions.cancel_session(uow, session_id=b["id"])
        uow.commit()
    before = _marks(demo_db)
    code, out, err = run(capsys, "--database", _url(demo_db), "exchange", "apply", str(path), "--yes")
    assert code == 0, err
    assert "Dit wordt niet verwerkt:" in out and "intussen geannuleerd" in out
    marks = _marks(demo_db)
    assert marks[(a["id"], a["expected"][0])] == "absent"
    assert marks.get((b["id"], b["expected"][0])) == before.get((b["id"], b["expected"][0]))  # left as it was


def test_the_trainer_is_told_what_the_file_holds_and_what_a_wrong_mark_is(demo_db: Database, tmp_path: Path,
                                                                          capsys) -> None:  # noqa: ANN001
    path = _pack(demo_db, capsys, tmp_path, "Pekela")
    found = exchange.read(path)
    last = _held(found)[-1]
    name = found.trainee(last["expected"][0])["name"]
    code, out, _ = run(capsys, "exchange", "show", str(path))
    assert code == 0 and name in out and "Registerbestand voor Pekela 2026" in out
    code, out, _ = run(capsys, "--lang", "en", "exchange", "show", str(path), "--json")
    shown = json.loads(out)
    assert shown["cohort"] == "Pekela 2026" and shown["sessions"][-1]["marks"][0]["name"] == name
    code, _, err = run(capsys, "exchange", "record", str(path), "--session", last["date"], "--mark", f"{name}=Q")
    assert code == 1 and "'Q' is geen presentie" in err
    code, _, err = run(capsys, "exchange", "record", str(path), "--session", "1-1-1999", "--mark", f"{name}=A")
    assert code == 1 and "geen bijeenkomst op 1-1-1999" in err
    code, _, err = run(capsys, "exchange", "record", str(path), "--session", last["date"], "--mark", "Niemand=A")
    assert code == 1 and "niemand die 'Niemand' heet" in err
    code, _, err = run(capsys, "--lang", "en", "exchange", "record", str(path), "--session", last["date"],
                       "--mark", "zonder-teken")
    assert code == 1 and "must be NAME=LETTER" in err
    assert exchange.read(path).marks == found.marks  # nothing was written by a refused command


def test_a_restore_keeps_files_made_since_usable(sqlite_db: Database, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    """The key that seals register files is a fact, not work: a restore of a backup older than the key keeps it."""
    from factories import make_world

    w = make_world(sqlite_db)
    backup = backups.make(sqlite_db.path, reason="manual")
    with sqlite_db.uow() as uow:
        found = exchange.pack(uow, cohort_id=w.cohort_id, date_from=dt.date(2000, 1, 1), date_to=dt.date(2100, 1, 1))
        uow.commit()
    sid = found.sessions()[0]["id"]
    exchange.set_marks(found, sid, {found.session(sid)["expected"][0]: "present"})
    path = exchange.write(found, tmp_path / "a.edtx")
    code, _, err = run(capsys, "--database", str(sqlite_db.path), "db", "restore", str(backup.path), "--yes")
    assert code == 0, err
    with sqlite_db.uow() as uow:
        assert uow.session.get(AppMeta, "exchange") is not None
    code, out, err = run(capsys, "--database", str(sqlite_db.path), "exchange", "apply", str(path), "--yes")
    assert code == 0, err
    assert "Verwerkt: 1 veranderd" in out


def test_a_session_still_to_come_takes_only_an_apology(demo_db: Database, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    path = _pack(demo_db, capsys, tmp_path, "Pekela")
    found = exchange.read(path)
    coming = next(s for s in found.sessions() if s["date"] > clock.today().isoformat())
    name = found.trainee(coming["expected"][0])["name"]
    code, _, err = run(capsys, "exchange", "record", str(path), "--session", coming["date"], "--mark", f"{name}=A")
    assert code == 1 and "is nog niet geweest; alleen een afmelding (E) kan al" in err
    code, _, err = run(capsys, "exchange", "record", str(path), "--session", coming["date"], "--mark", f"{name}=E")
    assert code == 0, err


def test_a_mark_from_the_office_cleared_by_the_trainer_is_the_coordinators_choice(
        demo_db: Database, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    path = _pack(demo_db, capsys, tmp_path)
    found = exchange.read(path)
    session = _held(found)[0]
    eid = session["expected"][0]
    assert found.mark(session["id"], eid) is not None  # recorded at the office before the file was made
    exchange.set_marks(found, session["id"], {eid: None})
    exchange.write(found)
    before = _marks(demo_db)
    code, out, err = run(capsys, "--database", _url(demo_db), "exchange", "apply", str(path), "--yes")
    assert code == 0, err
    assert "in het bestand niet geregistreerd" in out and _marks(demo_db) == before  # shown, kept


def test_packing_never_overwrites_a_file(demo_db: Database, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    path = _pack(demo_db, capsys, tmp_path, "Pekela")
    kept = path.read_bytes()
    code, _, err = run(capsys, "--database", _url(demo_db), "exchange", "pack", "--cohort", "Pekela",
                       "--out", str(path))
    assert code == 1 and "bestaat al" in err and path.read_bytes() == kept


def test_a_file_that_is_no_register_file_is_said_to_be_none(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    sheet = tmp_path / "lijst.edtx"
    sheet.write_bytes(b"PK\x03\x04 not a register file at all")
    code, _, err = run(capsys, "exchange", "show", str(sheet))
    assert code == 1 and "geen registerbestand van edtrainer" in err
