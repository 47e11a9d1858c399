"""Every number a command asks for can be found with another command (sessions, attendance, placements),
and a cohort's sessions go into calendar programs as an .ics that reads back with the icalendar library."""

from __future__ import annotations

import json
from pathlib import Path

from clikit import run

from edtrainer.core.db import Database
from edtrainer.core.services import sessions

from factories import NAMES, make_world


def _url(db: Database) -> str:
    return str(db.path) if db.is_sqlite else db.url.render_as_string(hide_password=False)




def test_sessions_attendance_and_placements_can_be_listed(db, capsys) -> None:  # noqa: ANN001
    w = make_world(db, sessions_past=3, sessions_future=2)
    with db.uow() as uow:
        sessions.cancel_session(uow, session_id=w.session_ids[1])
        sessions.record_attendance(uow, session_id=w.session_ids[0], enrolment_id=w.enrolment_ids[0],
                                   status="present")
        uow.commit()
    code, out, err = run(capsys, "--database", _url(db), "sessions", "list", "--cohort", "Oost", "--json")
    assert code == 0, err
    listed = json.loads(out)
    assert [s["id"] for s in listed][:3] == w.session_ids[:3] and len(listed) == 5
    assert [s["status"] for s in listed] == ["held", "cancelled", "held", "planned", "planned"]
    assert listed[0]["recorded"] == 1 and listed[0]["expected"] == 4 and listed[0]["trainers"] == ["Henk Bosma"]
    code, out, _err = run(capsys, "--database", _url(db), "sessions", "list", "--cohort", "Oost")
    assert "geannuleerd" in out and "1/4" in out
    code, out, _err = run(capsys, "--database", _url(db), "attendance", "show", "--session", str(w.session_ids[0]),
                          "--json")
    marks = {r["trainee"]: r["status"] for r in json.loads(out)}
    assert marks["Anja de Vries"] == "present" and marks["Zoë Kuipers"] is None and len(marks) == 4
    code, out, _err = run(capsys, "--database", _url(db), "placements", "list", "--json")
    assert code == 0 and json.loads(out) == []
    code, _out, err = run(capsys, "--database", _url(db), "attendance", "show", "--session", "99999")
    assert code == 1 and err.startswith("edtrainer: ")


def test_the_calendar_has_one_event_per_session_and_updates_instead_of_doubling(db, tmp_path: Path,  # noqa: ANN001
                                                                                capsys) -> None:
    from icalendar import Calendar

    w = make_world(db, sessions_past=3, sessions_future=2)
    first = tmp_path / "oost.ics"
    assert run(capsys, "--database", _url(db), "export", "calendar", "--cohort", "Oost", "--out", str(first))[0] == 0
    events = {str(e["uid"]): e for e in Calendar.from_ical(first.read_bytes()).walk("VEVENT")}
    assert len(events) == 5 and all(str(e["status"]) == "CONFIRMED" for e in events.values())
    some = next(iter(events.values()))
    assert some.decoded("dtstart").tzinfo is not None and "Oost-Groningen" in str(some["summary"])
    assert "Henk Bosma" in str(events[next(u for u in events if f"session-{w.session_ids[0]}." in u)]["description"])
    text = first.read_text()
    assert not any(f" {family}" in text for _given, _prefix, family in NAMES)  # no trainee in a calendar
    with db.uow() as uow:
        sessions.cancel_session(uow, session_id=w.session_ids[3])
        uow.commit()
    second = tmp_path / "oost-2.ics"
    run(capsys, "--database", _url(db), "export", "calendar", "--cohort", "Oost", "--out", str(second))
    again = {str(e["uid"]): e for e in Calendar.from_ical(second.read_bytes()).walk("VEVENT")}
    assert set(again) == set(events)  # the same UIDs: a calendar updates its events
    changed = next(u for u in again if f"session-{w.session_ids[3]}." in u)
    assert str(again[changed]["status"]) == "CANCELLED"
    assert int(again[changed]["sequence"]) > int(events[changed]["sequence"])
    only = tmp_path / "henk.ics"
    run(capsys, "--database", _url(db), "export", "calendar", "--cohort", "Oost", "--trainer", "henk",
        "--out", str(only))
    assert len(Calendar.from_ical(only.read_bytes()).walk("VEVENT")) == 3  # Henk trains the past three
