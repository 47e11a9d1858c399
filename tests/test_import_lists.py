"""Organisations with their professionals, and a cohort's sessions, from the coordinator's spreadsheets (issue 12,
item 1): the same promises as the trainees' import: Dutch files as Excel saves them, every problem with its row
and column, all or nothing, nothing stored twice."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from clikit import run
from sqlalchemy import select

from edtrainer.core import clock
from edtrainer.core.db import Database
from edtrainer.core.models import CohortSession, Organisation, OrganisationKind

from factories import make_world


def _url(db: Database) -> str:
    return str(db.path) if db.is_sqlite else db.url.render_as_string(hide_password=False)


def _orgs(db: Database) -> dict[str, tuple[OrganisationKind, str | None, list[tuple[str, str | None, str | None]]]]:
    with db.uow() as uow:
        return {o.name: (o.kind, o.city, sorted((c.full_name, c.job_title, c.phone) for c in o.contacts))
                for o in uow.session.scalars(select(Organisation))}


ORGS_CSV = ("Organisatie;Soort;Adres;Plaats;Contactpersoon;Functie;E-mail contactpersoon;Telefoon contactpersoon\r\n"
            "Welzijn Ëmmen;welzijn;Kerkstraat 1;Emmen;Zoë IJsselstein;Opbouwwerker;zoe@we.example;0591123456\r\n"
            "Welzijn Ëmmen;;;Emmen;Jan Smit;Sociaal werker;;\r\n"
            "Gemeente Vlagtwedde;Gemeente;;Ter Apel;;;;\r\n"
            "Stichting Ïnloop;Verslavingszorg;;Stadskanaal;Loïs Öztürk;Ervaringswerker;;\r\n")


def test_organisations_from_a_dutch_excel_csv_import_exactly_and_once(db, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    make_world(db)
    path = tmp_path / "organisaties.csv"
    path.write_bytes(ORGS_CSV.encode("cp1252"))
    before = _orgs(db)
    code, out, err = run(capsys, "--database", _url(db), "import", "organisations", str(path))
    assert code == 0, err
    assert "Organisaties: 3 toegevoegd" in out and "Contactpersonen: 3 toegevoegd" in out
    after = _orgs(db)
    assert {k: v for k, v in after.items() if k not in before} == {
        "Welzijn Ëmmen": (OrganisationKind.WELFARE, "Emmen", [("Jan Smit", "Sociaal werker", None),
                                                             ("Zoë IJsselstein", "Opbouwwerker", "0591123456")]),
        "Gemeente Vlagtwedde": (OrganisationKind.MUNICIPALITY, "Ter Apel", []),
        "Stichting Ïnloop": (OrganisationKind.ADDICTION_CARE, "Stadskanaal",
                             [("Loïs Öztürk", "Ervaringswerker", None)]),
    }
    code, _, err = run(capsys, "--database", _url(db), "import", "organisations", str(path))
    assert code == 1 and "rij 2: Organisatie: staat al in edtrainer als Welzijn Ëmmen" in err
    assert "rij 3" not in err  # said once per organisation
    code, out, _ = run(capsys, "--database", _url(db), "import", "organisations", str(path), "--duplicates", "skip")
    assert code == 0 and "0 toegevoegd" in out
    assert _orgs(db) == after


def test_one_bad_organisation_row_stores_nothing_and_names_its_row(db, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    make_world(db)
    path = tmp_path / "organisaties.csv"
    path.write_text(ORGS_CSV + "Bakkerij Bol;bakkerij;;Veendam;;;;\r\nWelzijn Ëmmen;;;Assen;;;;\r\n"
                    ";;;;Piet;;geen-adres;\r\n", encoding="utf-8-sig")
    before = _orgs(db)
    code, _, err = run(capsys, "--database", _url(db), "import", "organisations", str(path))
    assert code == 1
    assert "rij 6: Soort: 'bakkerij' is geen soort organisatie" in err
    assert "rij 7: Plaats: anders dan op rij 2 ('Emmen')" in err
    assert "rij 8: " in err
    assert _orgs(db) == before


def test_sessions_from_excel_with_real_and_written_times(db, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    from openpyxl import Workbook

    w = make_world(db, sessions_future=2)
    first = clock.today() + dt.timedelta(days=15)  # the cohort runs six weeks on; its own sessions are weekly
    book = Workbook()
    sheet = book.active
    sheet.append(["Datum", "Van", "Tot", "Module", "Lokaal", "Thema", "Docent"])
    sheet.append([dt.datetime.combine(first, dt.time()), dt.time(9, 30), dt.time(12, 0), "ETH", "Zaal 2",
                  "Beroepsgeheim", "henk bosma"])
    sheet.append([(first + dt.timedelta(days=7)).strftime("%d-%m-%Y"), "13.00", "16u00", "Ethiek en deontologie",
                  None, None, None])
    book.save(tmp_path / "rooster.xlsx")
    with db.uow() as uow:
        before = set(uow.session.scalars(select(CohortSession.id).where(CohortSession.cohort_id == w.cohort_id)))
    code, out, err = run(capsys, "--database", _url(db), "import", "sessions", str(tmp_path / "rooster.xlsx"),
                         "--cohort", "Oost")
    assert code == 0, err
    assert "2 toegevoegd" in out
    with db.uow() as uow:
        new = [s for s in uow.session.scalars(select(CohortSession).where(CohortSession.cohort_id == w.cohort_id)
                                              .order_by(CohortSession.date)) if s.id not in before]
        got = [(s.date, s.start_time, s.duration_minutes, s.module.code, s.location, s.topic,
                [t.full_name for t in s.trainers]) for s in new]
    assert got == [(first, dt.time(9, 30), 150, "ETH", "Zaal 2", "Beroepsgeheim", ["Henk Bosma"]),
                   (first + dt.timedelta(days=7), dt.time(13, 0), 180, "ETH", "Veendam", None, [])]
    # Again: nothing doubled; updating fills in what the file says and keeps what it leaves empty.
    code, _, err = run(capsys, "--database", _url(db), "import", "sessions", str(tmp_path / "rooster.xlsx"),
                       "--cohort", "Oost")
    assert code == 1 and "rij 2: Datum: op " in err and "heeft deze groep al een bijeenkomst" in err
    code, out, err = run(capsys, "--database", _url(db), "import", "sessions", str(tmp_path / "rooster.xlsx"),
                         "--cohort", "Oost", "--duplicates", "update")
    assert code == 0 and "0 toegevoegd, 2 bijgewerkt" in out, err
    with db.uow() as uow:
        assert [t.full_name for t in uow.session.get(CohortSession, new[0].id).trainers] == ["Henk Bosma"]


def test_one_bad_session_row_stores_nothing_and_every_problem_has_its_row(db, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    w = make_world(db)
    later = (clock.today() + dt.timedelta(days=14)).strftime("%d-%m-%Y")
    path = tmp_path / "rooster.csv"
    path.write_text("Datum,Begintijd,Eindtijd,Module,Trainer\n"
                    f"{later},9:30,12:30,COM,Henk Bosma\n"
                    "30-02-2027,9:30,12:30,COM,\n"
                    f"{later},14:00,13:00,XYZ,Onbekend Persoon\n"
                    "1-1-2001,9:30,,COM,\n", encoding="utf-8")
    with db.uow() as uow:
        count = len(list(uow.session.scalars(select(CohortSession).where(CohortSession.cohort_id == w.cohort_id))))
    code, _, err = run(capsys, "--database", _url(db), "import", "sessions", str(path), "--cohort", "Oost")
    assert code == 1
    assert "rij 3: Datum: '30-02-2027' is geen datum" in err
    assert "rij 4: Eindtijd: de eindtijd 13:00 ligt niet na de begintijd 14:00." in err
    assert "rij 4: Module: 'XYZ' is geen module van deze opleiding" in err
    assert "rij 4: Trainer: 'Onbekend Persoon' staat niet bij de medewerkers" in err
    assert "rij 5: Datum: " in err  # before the cohort starts
    assert "rij 2" not in err
    with db.uow() as uow:
        assert len(list(uow.session.scalars(select(CohortSession).where(CohortSession.cohort_id == w.cohort_id)))) \
            == count


def test_a_bad_row_can_be_skipped_on_purpose_and_the_rest_is_read(db, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    make_world(db)
    path = tmp_path / "organisaties.csv"
    path.write_text(ORGS_CSV + "Bakkerij Bol;bakkerij;;Veendam;;;;\r\n", encoding="utf-8")
    before = _orgs(db)
    code, _, err = run(capsys, "--database", _url(db), "import", "organisations", str(path))
    assert code == 1 and "rij 6: Soort:" in err and "--skip-rows 6" in err
    assert _orgs(db) == before
    code, out, err = run(capsys, "--database", _url(db), "import", "organisations", str(path), "--skip-rows", "6")
    assert code == 0, err
    assert "Bewust overgeslagen rijen: 6." in out and "Organisaties: 3 toegevoegd" in out
    assert set(_orgs(db)) - set(before) == {"Welzijn Ëmmen", "Gemeente Vlagtwedde", "Stichting Ïnloop"}
