"""Every list to a spreadsheet: .xlsx files that open in openpyxl with real dates and the right counts, CSV
as Dutch spreadsheets read it, the attendance of a cohort as trainees × sessions with each one's rate."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from clikit import run
from openpyxl import load_workbook


def _sheet(path: Path) -> list[list[object]]:
    book = load_workbook(path)
    return [[c.value for c in row] for row in book.active.iter_rows()]


def test_every_list_opens_in_a_spreadsheet_with_real_dates_and_the_right_counts(demo_url: str, tmp_path: Path,
                                                                               capsys) -> None:  # noqa: ANN001
    code, out, _err = run(capsys, "--database", demo_url, "trainees", "list", "--json")
    trainees = json.loads(out)
    code, out, _err = run(capsys, "--database", demo_url, "sessions", "list", "--cohort", "Pekela", "--json")
    sessions = json.loads(out)
    expected = {"trainees": len(trainees), "placements": None, "readiness": len(trainees), "register": 0}
    for kind, count in expected.items():
        path = tmp_path / f"{kind}.xlsx"
        code, out, err = run(capsys, "--database", demo_url, "export", kind, "--out", str(path))
        assert code == 0, err
        rows = _sheet(path)
        if count is not None:
            assert len(rows) - 1 == count, kind
        assert f"({len(rows) - 1} rijen)" in out
    people = _sheet(tmp_path / "trainees.xlsx")
    assert people[0][:4] == ["Voornaam", "Tussenvoegsel", "Achternaam", "Geboortedatum"]
    assert all(isinstance(r[3], dt.datetime) for r in people[1:] if r[3] is not None)  # dates, not text
    path = tmp_path / "sessies.xlsx"
    assert run(capsys, "--database", demo_url, "export", "sessions", "--cohort", "Pekela", "--out", str(path))[0] == 0
    rows = _sheet(path)
    assert len(rows) - 1 == len(sessions) and isinstance(rows[1][0], dt.datetime)
    assert rows[1][0].date().isoformat() == sessions[0]["date"]


def test_the_attendance_of_a_cohort_is_trainees_by_sessions_with_rates(demo_url: str, tmp_path: Path,
                                                                       capsys) -> None:  # noqa: ANN001
    path = tmp_path / "aanwezigheid.xlsx"
    assert run(capsys, "--database", demo_url, "export", "attendance", "--cohort", "Oost", "--out", str(path))[0] == 0
    rows = _sheet(path)
    head = rows[0]
    assert head[0] == "Cursist" and head[-3:] == ["Aanwezig", "Norm", "Haalt de norm"]
    assert all(isinstance(h, dt.datetime) for h in head[1:-3])  # one column per session, dated
    code, out, _err = run(capsys, "--database", demo_url, "readiness", "--cohort", "Oost", "--json")
    rates = {r["trainee"]: r["attendance_rate"] for r in json.loads(out)["trainees"]}
    for row in rows[1:]:
        assert row[-3] == pytest.approx(rates[row[0]], abs=1e-3), row[0]
        assert row[-1] == ("ja" if round(row[-3] * 100) >= 80 else "nee")
        assert set(row[1:-3]) <= {"aanwezig", "te laat", "afgemeld", "afwezig", "", "—", None}


def test_csv_for_dutch_spreadsheets_and_a_clear_word_for_a_wrong_file(demo_url: str, tmp_path: Path,
                                                                      capsys) -> None:  # noqa: ANN001
    path = tmp_path / "cursisten.csv"
    assert run(capsys, "--database", demo_url, "export", "trainees", "--cohort", "Oost", "--out", str(path))[0] == 0
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"Voornaam;Tussenvoegsel;Achternaam" in raw
    assert path.stat().st_mode & 0o777 == 0o600
    code, _out, err = run(capsys, "--database", demo_url, "export", "trainees", "--out", str(tmp_path / "x.pdf"))
    assert code == 1 and ".xlsx (Excel) of .csv" in err
