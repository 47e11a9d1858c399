"""The funder's report: the right numbers per cohort over a period, nobody in it (no names, no reasons'
words), small numbers as '< 5', and no hours that point at a person, also not by subtraction."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from clikit import run
from openpyxl import load_workbook

from edtrainer.core.db import Database
from edtrainer.core.services import funder, placements, trainees

from doc_factories import make_ready
from factories import NAMES, TODAY, make_world


def test_the_counts_per_cohort_with_small_numbers_hidden(db: Database) -> None:
    w = make_world(db)
    make_ready(db, w, [0, 2])
    with db.uow() as uow:
        trainees.withdraw(uow, enrolment_id=w.enrolment_ids[1], reason="Ziekenhuisopname van Noël", on=TODAY,
                          category="health")
        uow.commit()
    with db.uow() as uow:
        report = funder.funder_report(uow, start=TODAY - dt.timedelta(days=400), end=TODAY)
    [cohort] = report.cohorts
    assert (cohort.started, cohort.active, cohort.withdrawn, cohort.completed) == (4, 3, {"health": 1}, 0)
    assert funder.shown(cohort.started) == "< 5" and funder.shown(0) == "0" and funder.shown(12) == "12"
    assert cohort.attendance_rate == pytest.approx(1.0) and cohort.sessions_held == 10
    [org] = report.by_organisation
    assert org.name == "Forte Welzijn" and org.trainees == 2 and org.hours == pytest.approx(2 * 13 * 8)
    assert funder.hours_shown(org, "nl").startswith("niet getoond")  # 2 trainees: their hours are theirs


def test_a_hidden_organisation_is_not_given_away_by_its_kinds_total(db: Database) -> None:
    """Two municipalities: one with 5 trainees (shown), one with 1 (hidden). The municipalities' total minus the
    one shown would give the hidden one's hours away, so that total is hidden too."""
    from edtrainer.core.services import organisations

    w = make_world(db)
    with db.uow() as uow:
        big = organisations.create_organisation(uow, name="Gemeente Groot", kind="municipality", city="Veendam")
        small = organisations.create_organisation(uow, name="Gemeente Klein", kind="municipality", city="Pekela")
        sup_big = organisations.add_contact(uow, organisation_id=big.id, full_name="Anne Groot")
        sup_small = organisations.add_contact(uow, organisation_id=small.id, full_name="Bert Klein")
        uow.commit()
    with db.uow() as uow:
        extra = [trainees.create_trainee(uow, given_names=f"Extra{i}", family_name="Persoon") for i in range(2)]
        enrolments = w.enrolment_ids + [trainees.enrol(uow, trainee_id=t.id, cohort_id=w.cohort_id,
                                                       enrolled_on=TODAY - dt.timedelta(weeks=11)).id for t in extra]
        for i, enrolment_id in enumerate(enrolments):
            org, sup = (small, sup_small) if i == 0 else (big, sup_big)
            p = placements.create_placement(uow, enrolment_id=enrolment_id, organisation_id=org.id,
                                            planned_start=TODAY - dt.timedelta(weeks=10), planned_end=TODAY,
                                            supervisor_id=sup.id)
            placements.sign_agreement(uow, placement_id=p.id, signed_on=TODAY - dt.timedelta(weeks=11), today=TODAY)
            placements.start_placement(uow, placement_id=p.id)
            entry = placements.log_hours(uow, placement_id=p.id, date=TODAY - dt.timedelta(days=7), hours=8,
                                         activity="Spreekuur", today=TODAY)
            placements.approve_hours(uow, entry_ids=[entry.id], approved_by_id=sup.id)
        uow.commit()
    with db.uow() as uow:
        report = funder.funder_report(uow, start=TODAY - dt.timedelta(days=60), end=TODAY)
    orgs = {o.name: o for o in report.by_organisation}
    assert not orgs["Gemeente Groot"].hidden and orgs["Gemeente Klein"].hidden
    [kind] = report.by_kind
    assert kind.trainees == 6 and kind.hidden, "the total would give Gemeente Klein's hours away"
    assert funder.hours_shown(kind, "nl").startswith("niet getoond (zou een verborgen")


def test_the_report_as_pdf_and_spreadsheet_names_nobody(db: Database, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    from doc_factories import pdf_text

    w = make_world(db)
    make_ready(db, w, [0, 2])
    with db.uow() as uow:
        trainees.withdraw(uow, enrolment_id=w.enrolment_ids[1], reason="Ziekenhuisopname van Noël", on=TODAY,
                          category="health")
        uow.commit()
    url = str(db.path) if db.is_sqlite else db.url.render_as_string(hide_password=False)
    start = (TODAY - dt.timedelta(days=400)).isoformat()
    for suffix in ("pdf", "xlsx"):
        path = tmp_path / f"verantwoording.{suffix}"
        code, out, err = run(capsys, "--database", url, "report", "funder", "--from", start, "--to",
                             TODAY.isoformat(), "--out", str(path))
        assert code == 0, err
        assert "(1 groep)" in out
    text = " ".join(pdf_text((tmp_path / "verantwoording.pdf").read_bytes(), tmp_path).split())
    assert "Verantwoording" in text and "Oost-Groningen" in text and "< 5" in text and "gezondheid" in text
    assert "niet getoond" in text and "Pagina 1 van 1" in text
    sheets = load_workbook(tmp_path / "verantwoording.xlsx")
    cells = " ".join(str(c.value) for ws in sheets.worksheets for row in ws.iter_rows() for c in row)
    for secret in [*{g for g, _p, f in NAMES}, *{f for _g, _p, f in NAMES}, "Ziekenhuisopname"]:
        assert secret not in text and secret not in cells, secret
    code, _out, err = run(capsys, "--database", url, "report", "funder", "--from", start, "--to", TODAY.isoformat(),
                          "--out", str(tmp_path / "x.docx"))
    assert code == 1 and ".pdf of .xlsx" in err


def test_a_total_never_gives_a_hidden_part_away() -> None:
    """Two hidden organisations of one trainee each under one kind: the kind's hours and count are hidden too;
    a withdrawal total beside a hidden category reads '5 of meer'."""
    orgs = [funder.HoursLine("Groot", 6, 600.0, "gemeente"), funder.HoursLine("Klein", 1, 40.0, "gemeente", True),
            funder.HoursLine("Kleiner", 1, 30.0, "gemeente", True)]
    report = funder.FunderReport(start=TODAY, end=TODAY, programme=None, by_organisation=orgs,
                                 by_kind=[funder.HoursLine("gemeente", 8, 670.0, "gemeente")])
    funder.suppress_totals(report)
    assert report.by_kind[0].hidden and report.by_kind[0].count_hidden
    assert funder.shown_total({"health": 5, "work": 1}, "nl") == "5 of meer"
    assert funder.shown_total({"health": 5, "work": 0}, "nl") == "5"
    assert funder.shown_total({"health": 2, "work": 1}, "nl") == "< 5"


def test_sessions_still_to_come_are_not_held_and_the_spreadsheet_holds_numbers(db: Database, tmp_path: Path,  # noqa: ANN001
                                                                                capsys) -> None:
    make_world(db, sessions_past=4, sessions_future=3)
    url = str(db.path) if db.is_sqlite else db.url.render_as_string(hide_password=False)
    path = tmp_path / "verantwoording.xlsx"
    later = (TODAY + dt.timedelta(days=60)).strftime("%d-%m-%Y")  # Dutch dates, as people type them
    code, _, err = run(capsys, "--database", url, "report", "funder", "--from", "1-1-2000", "--to", later,
                       "--out", str(path))
    assert code == 0, err
    groups, hours = load_workbook(path).worksheets
    header = [c.value for c in groups[1]]
    row = [c.value for c in groups[2]]
    assert row[header.index("Bijeenkomsten")] == 4  # held, not the three still to come
    assert not any(isinstance(v, str) and v.strip().isdigit() for v in row)  # numbers Excel can add up
    assert 0 in row and "< 5" in row  # a zero is a number; only a hidden count is text
    assert [c.value for c in hours[1]][:2] == ["Per", "Organisatie of soort"]
    code, _, err = run(capsys, "--database", url, "report", "funder", "--from", "31-02-2026", "--to", later,
                       "--out", str(path))
    assert code == 2 and "'31-02-2026' is geen datum" in err
