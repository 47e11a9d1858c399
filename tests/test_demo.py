"""The demo: made on an empty database, known as demo, and removable without touching the user's own data."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

import pytest
from sqlalchemy import inspect, select, text, update

from edtrainer.core import clock
from edtrainer.core import models as m
from edtrainer.core.errors import NotFoundError, ValidationError
from edtrainer.core.services import cohorts, demo, demo_removal, organisations, placements, sessions, trainees

from conftest import count_rows
from doc_factories import setup_issuer


def _fingerprint(db, tables: list[str]) -> str:  # noqa: ANN001
    """Every row of these tables: two equal fingerprints mean nothing in them changed. The rows are sorted
    whole (a table's first column is not unique: PostgreSQL may return rows of equal keys in another order)."""
    digest = hashlib.sha256()
    with db.engine.connect() as conn:
        for table in tables:
            rows = conn.execute(text(f"SELECT * FROM {table}")).fetchall()
            digest.update(json.dumps(sorted(list(map(str, r)) for r in rows)).encode())
    return digest.hexdigest()


def _own_cohort_with_a_placement(db) -> dict[str, int]:  # noqa: ANN001
    """What the new coordinator did in the issue: a cohort of their own on the demo programme, a new
    trainee enrolled in it, a placement at a demo organisation, and hours logged."""
    today = clock.today()
    with db.uow() as uow:
        programme = uow.session.scalars(select(m.Programme)).one()
        org = next(o for o in organisations.list_organisations(uow) if o.name == "Forte Welzijn")
        contact = uow.session.scalars(select(m.ContactPerson).where(m.ContactPerson.organisation_id == org.id)).first()
        cohort = cohorts.create_cohort(uow, programme_id=programme.id, name="Veendam najaar", location="Veendam",
                                       start_date=today - dt.timedelta(weeks=4),
                                       end_date=today + dt.timedelta(weeks=40))
        person = trainees.create_trainee(uow, given_names="Grietje", family_name="Bos")
        enrolment = trainees.enrol(uow, trainee_id=person.id, cohort_id=cohort.id,
                                   enrolled_on=today - dt.timedelta(weeks=4))
        placement = placements.create_placement(uow, enrolment_id=enrolment.id, organisation_id=org.id,
                                                planned_start=today - dt.timedelta(weeks=3),
                                                planned_end=today + dt.timedelta(weeks=30),
                                                supervisor_id=contact.id)
        placements.sign_agreement(uow, placement_id=placement.id, signed_on=today - dt.timedelta(weeks=3))
        placements.start_placement(uow, placement_id=placement.id)
        placements.log_hours(uow, placement_id=placement.id, date=today - dt.timedelta(days=2), hours=6,
                             activity="Spreekuur")
        uow.commit()
        return {"cohort": cohort.id, "trainee": person.id, "enrolment": enrolment.id, "placement": placement.id,
                "programme": programme.id, "organisation": org.id}


OWN_TABLES = ["programme", "module", "cohort", "trainee", "enrolment", "placement", "hour_log_entry", "organisation",
              "contact_person", "cohort_session", "attendance_mark", "staff_member", "app_meta"]


def test_removal_refuses_while_the_coordinators_own_cohort_uses_the_demo_programme(demo_db) -> None:  # noqa: ANN001
    own = _own_cohort_with_a_placement(demo_db)
    before = _fingerprint(demo_db, OWN_TABLES)
    with demo_db.uow() as uow:
        with pytest.raises(ValidationError) as err:
            demo_removal.remove_demo(uow)
        uow.commit()
    message = err.value.message("nl")
    assert "niet verwijderd" in message and "groep 'Veendam najaar' gebruikt opleiding" in message
    assert "stage van Grietje Bos (Forte Welzijn) gebruikt organisatie 'Forte Welzijn'" in message
    assert "--keep-used" in message and "Traceback" not in message
    assert "Veendam najaar" in err.value.message("en") and "uses programme" in err.value.message("en")
    assert _fingerprint(demo_db, OWN_TABLES) == before, "a refused removal changes nothing"

    with demo_db.uow() as uow:
        counts = demo_removal.remove_demo(uow, keep_used=True)
        uow.commit()
    assert counts["kept_programme"] == 1 and counts["kept_organisation"] == 1
    assert counts["cohort"] == 2 and counts["trainee"] == 20
    with demo_db.uow() as uow:
        assert demo.demo_marker(uow) is None
        assert [c.name for c in cohorts.list_cohorts(uow)] == ["Veendam najaar"]
        assert [r.full_name for r in trainees.search_trainees(uow)] == ["Grietje Bos"]
        (entry,) = placements.hour_entries(uow, placement_id=own["placement"])
        assert entry.minutes == 360 and entry.activity == "Spreekuur"
        placement = uow.session.get(m.Placement, own["placement"])
        assert placement.organisation_id == own["organisation"] and placement.supervisor_id is not None
        assert len(uow.session.get(m.Programme, own["programme"]).modules) == 11  # the programme with its modules
    # The other demo organisations, staff that nothing of the coordinator's uses, and the sessions went.
    assert count_rows(demo_db, "organisation") == 1 and count_rows(demo_db, "cohort_session") == 0
    assert count_rows(demo_db, "staff_member") == 0 and count_rows(demo_db, "attendance_mark") == 0


def test_an_own_trainee_in_a_demo_cohort_keeps_that_cohort_and_its_sessions(demo_db) -> None:  # noqa: ANN001
    with demo_db.uow() as uow:
        pekela = cohorts.find_cohort(uow, "Pekela")
        person = trainees.create_trainee(uow, given_names="Eigen", family_name="Cursist")
        enrolment = trainees.enrol(uow, trainee_id=person.id, cohort_id=pekela.id, enrolled_on=pekela.start_date)
        held = [s for s in sessions.list_sessions(uow, cohort_id=pekela.id) if s.date < clock.today()]
        sessions.record_attendance(uow, session_id=held[-1].id, enrolment_id=enrolment.id, status="present")
        planned = len(sessions.list_sessions(uow, cohort_id=pekela.id))
        pekela_id, enrolment_id = pekela.id, enrolment.id
        uow.commit()
    with demo_db.uow() as uow:
        with pytest.raises(ValidationError, match="inschrijving van Eigen Cursist \\(Pekela 2026\\) gebruikt groep"):
            demo_removal.remove_demo(uow)
    with demo_db.uow() as uow:
        counts = demo_removal.remove_demo(uow, keep_used=True)
        uow.commit()
    assert counts["kept_cohort"] == 1
    with demo_db.uow() as uow:
        (row,) = trainees.search_trainees(uow)
        assert row.full_name == "Eigen Cursist"
        assert len(sessions.list_sessions(uow, cohort_id=pekela_id)) == planned, "the cohort keeps its timetable"
        register = sessions.cohort_register(uow, cohort_id=pekela_id)
        assert [t.enrolment_id for t in register.trainees] == [enrolment_id]
        assert len(register.marks) == 1, "the coordinator's own mark stays, the invented trainees' marks go"
        with pytest.raises(NotFoundError):
            cohorts.find_cohort(uow, "Oost")
    assert count_rows(demo_db, "cohort") == 1 and count_rows(demo_db, "trainee") == 1


def test_what_was_entered_about_invented_trainees_goes_with_them(demo_db) -> None:  # noqa: ANN001
    """Marks, hours and enrolments a coordinator added to demo trainees describe nobody: they go."""
    with demo_db.uow() as uow:
        oost = cohorts.find_cohort(uow, "Oost")
        own_cohort = cohorts.create_cohort(uow, programme_id=oost.programme_id, name="Proef", location="X",
                                           start_date=clock.today(), end_date=clock.today() + dt.timedelta(days=90))
        invented = trainees.search_trainees(uow, query="Jeroen")[0]  # withdrawn, so free to enrol again
        trainees.enrol(uow, trainee_id=invented.trainee_id, cohort_id=own_cohort.id, enrolled_on=clock.today())
        uow.commit()
    with demo_db.uow() as uow:
        counts = demo_removal.remove_demo(uow, keep_used=True)
        uow.commit()
    assert counts["enrolment"] == 21 and counts["trainee"] == 20 and counts["kept_programme"] == 1
    assert count_rows(demo_db, "enrolment") == 0 and count_rows(demo_db, "cohort") == 1


def test_demo_is_marked_and_removed_without_the_users_own_records(db) -> None:  # noqa: ANN001
    with db.uow() as uow:
        summary = demo.create_demo(uow)
        uow.commit()
    assert summary["second_cohort"] == "Pekela 2026"
    with db.uow() as uow:
        marker = demo.demo_marker(uow)
        assert marker is not None and sum(b - a + 1 for a, b in marker["rows"]["trainee"]) == 20
        own = trainees.create_trainee(uow, given_names="Eigen", family_name="Cursist")
        own_org = organisations.create_organisation(uow, name="Eigen Welzijn")
        organisations.add_contact(uow, organisation_id=own_org.id, full_name="Eigen Contact")
        own_id, own_org_id = own.id, own_org.id
        uow.commit()
    audit_before = count_rows(db, "audit_entry")

    with db.uow() as uow:
        counts = demo_removal.remove_demo(uow)
        uow.commit()
    assert counts["trainee"] == 20 and counts["enrolment"] == 20 and counts["cohort"] == 2
    assert not [k for k in counts if k.startswith("kept_")]
    for table in ("programme", "module", "cohort", "enrolment", "cohort_session", "attendance_mark", "placement",
                  "hour_log_entry", "evaluation", "evaluation_rating", "module_result", "staff_member", "app_meta"):
        assert count_rows(db, table) == 0, table
    assert count_rows(db, "trainee") == 1 and count_rows(db, "organisation") == 1
    assert count_rows(db, "contact_person") == 1
    with db.uow() as uow:
        assert trainees.get_trainee(uow, own_id).full_name == "Eigen Cursist"
        assert [o.id for o in organisations.list_organisations(uow)] == [own_org_id]
        assert demo.demo_marker(uow) is None
        with pytest.raises(ValidationError, match="geen demo"):
            demo_removal.remove_demo(uow)
    # The audit log says what went (one entry for the demo; the rows it deletes are not audited one by one).
    assert count_rows(db, "audit_entry") == audit_before + 1


def test_a_demo_made_before_every_id_was_recorded_is_still_removed_exactly(demo_db) -> None:  # noqa: ANN001
    """Demos made by earlier versions remember only the programme, trainees, organisations and staff."""
    with demo_db.uow() as uow:
        meta = uow.session.get(m.AppMeta, demo.DEMO_KEY)
        rows = meta.value["rows"]
        ids = {key: sorted(i for a, b in rows[table] for i in range(a, b + 1)) for key, table in (
            ("programme_ids", "programme"), ("trainee_ids", "trainee"), ("organisation_ids", "organisation"),
            ("staff_ids", "staff_member"))}
        # As an earlier version left it: written once, when the demo was made.
        uow.session.execute(update(m.AppMeta).where(m.AppMeta.key == demo.DEMO_KEY)
                            .values(value=ids, updated_at=meta.updated_at))
        uow.commit()
    own = _own_cohort_with_a_placement(demo_db)
    with demo_db.uow() as uow:
        with pytest.raises(ValidationError, match="Veendam najaar"):
            demo_removal.remove_demo(uow)
        counts = demo_removal.remove_demo(uow, keep_used=True)
        uow.commit()
    assert counts["cohort"] == 2 and counts["trainee"] == 20
    with demo_db.uow() as uow:
        assert uow.session.get(m.HourLogEntry, placements.hour_entries(uow, placement_id=own["placement"])[0].id)
        assert [c.name for c in cohorts.list_cohorts(uow)] == ["Veendam najaar"]


def test_every_reference_between_demo_tables_has_a_rule() -> None:
    """A new foreign key must be placed in ABOUT, PART_OF, USES or LINKS, or removing the demo could
    delete what hangs on it or leave it dangling."""
    known = {(c, col) for c, col, _p in demo_removal.ABOUT + demo_removal.PART_OF + demo_removal.USES}
    known |= {(link.name, col) for link, side, _t, staff in demo_removal.LINKS for col in (side, staff)}
    tables = set(demo_removal.TABLES) | {link.name for link, *_ in demo_removal.LINKS}
    missing = []
    for table in m.Base.metadata.sorted_tables:
        if table.name not in tables:
            continue
        for fk in table.foreign_keys:
            if fk.column.table.name in demo_removal.TABLES and (table.name, fk.parent.name) not in known:
                missing.append(f"{table.name}.{fk.parent.name} -> {fk.column.table.name}")
    assert not missing, missing
    assert set(demo_removal.DELETE_ORDER) == set(demo_removal.TABLES)
    assert inspect(m.Certificate).columns  # the mapper is configured


def test_demo_removal_takes_issued_certificates(demo_db) -> None:  # noqa: ANN001
    """Certificates issued to demo trainees (and their corrections) go with the demo; the key stays."""
    from edtrainer.core.services import certificates

    db = demo_db
    signer = setup_issuer(db)
    with db.uow() as uow:
        cohort = cohorts.find_cohort(uow, "Oost")
    result = certificates.issue_for_cohort(db, cohort_id=cohort.id, signer=signer)
    assert len(result.issued) == 5
    with db.uow() as uow:
        certificates.reissue(uow, number=result.issued[0].number, signer=signer, reason="correctie")
        uow.commit()
    assert count_rows(db, "certificate") == 6
    with db.uow() as uow:
        counts = demo_removal.remove_demo(uow)
        uow.commit()
    assert counts["certificate"] == 6 and count_rows(db, "certificate") == 0
    assert count_rows(db, "signing_key") == 1  # the organisation's key is not the demo's


def test_demo_removal_on_the_command_line(db_url: str, capsys) -> None:  # noqa: ANN001
    """The acceptance of the issue: a coordinator's own cohort on the demo programme, with an enrolled
    trainee, a placement and hours, survives 'demo --remove --yes' (it refuses and says why), and with
    --keep-used the rest of the demo goes while all of theirs stays."""
    from edtrainer.cli import main
    from edtrainer.core.db import Database, resolve_url

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(["--database", db_url, *argv])
        out = capsys.readouterr()
        return code, out.out, out.err

    assert run("demo")[0] == 0
    database = Database(resolve_url(db_url))
    try:
        own = _own_cohort_with_a_placement(database)
        before = _fingerprint(database, OWN_TABLES)
        code, out, err = run("demo", "--remove")
        assert code == 1 and "--yes" in err
        code, out, err = run("demo", "--remove", "--yes")
        assert code == 1 and out == "" and err.count("\n") == 1 and "Veendam najaar" in err and "--keep-used" in err
        assert _fingerprint(database, OWN_TABLES) == before, "nothing changed"
        code, out, err = run("demo", "--remove", "--yes", "--keep-used")
        assert code == 0, err
        assert "De demo is verwijderd" in out and "opleiding" in out
        with database.uow() as uow:
            assert [c.name for c in cohorts.list_cohorts(uow)] == ["Veendam najaar"]
            (entry,) = placements.hour_entries(uow, placement_id=own["placement"])
            assert entry.minutes == 360
            assert demo.demo_marker(uow) is None
        if "://" not in db_url:
            assert "reservekopie" in out.lower()
        code, out, err = run("demo", "--remove", "--yes")
        assert code == 1 and "geen demo" in err
    finally:
        database.dispose()


def test_a_record_that_gets_a_deleted_demo_records_id_is_not_the_demos(demo_db) -> None:  # noqa: ANN001
    """SQLite hands the id of a deleted last row to the next new one: an own session planned after the
    coordinator deleted the demo's last session has that id, and must survive the removal."""
    with demo_db.uow() as uow:
        pekela = cohorts.find_cohort(uow, "Pekela")
        last = max(sessions.list_sessions(uow, cohort_id=pekela.id), key=lambda s: s.id)
        sessions.delete_session(uow, session_id=last.id)
        own = cohorts.create_cohort(uow, programme_id=pekela.programme_id, name="Eigen", start_date=clock.today(),
                                    end_date=clock.today() + dt.timedelta(days=100))
        module_id = last.module_id
        uow.commit()
    with demo_db.uow() as uow:
        mine = sessions.plan_session(uow, cohort_id=own.id, module_id=module_id,
                                     date=clock.today() + dt.timedelta(days=7))
        uow.commit()
    with demo_db.uow() as uow:
        demo_removal.remove_demo(uow, keep_used=True)
        uow.commit()
    with demo_db.uow() as uow:
        assert [s.id for s in sessions.list_sessions(uow, cohort_id=own.id)] == [mine.id]
