"""Exporting from the app (issue 12, items 2 and 4): File → Export to a file… writes a list as Excel with real
dates, or the funder's report without names; a list that needs a cohort says so under the field."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from edtrainer.gui import export_dialog
from edtrainer.gui.app import Controller

from factories import make_world
from guikit import WAIT, answering_in_turn, fill_and_save, start_app, stop_app


@pytest.fixture
def app(qtbot, db_url: str, db) -> Iterator[Controller]:  # noqa: ANN001
    make_world(db)
    controller = start_app(qtbot, db_url)
    yield controller
    stop_app(controller)


def _save_as(monkeypatch, path: Path) -> None:  # noqa: ANN001
    """The system's save dialog is a boundary: it answers with this path."""
    monkeypatch.setattr(export_dialog.QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def test_the_attendance_of_a_cohort_to_excel_from_the_file_menu(qtbot, app: Controller, db, tmp_path: Path,  # noqa: ANN001
                                                                 monkeypatch) -> None:
    from openpyxl import load_workbook

    target = tmp_path / "presentie.xlsx"
    _save_as(monkeypatch, target)
    app.window.last_export = None
    with answering_in_turn(qtbot, fill_and_save({"what": "attendance"}, expect_error="cohort",
                                                check=lambda d: fill_and_save({"cohort": "Oost-Groningen"})(d))):
        app.window.export_action.trigger()
    qtbot.waitUntil(lambda: app.window.last_export is not None, timeout=WAIT)
    assert app.window.last_export == target.resolve()
    sheet = load_workbook(target).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    dates = [c for c in rows[0] if isinstance(c, dt.datetime)]
    assert len(dates) == 10  # one column per session, as real dates
    assert len(rows) - 1 == 4 and "Anja de Vries" in {r[0] for r in rows[1:]}
    assert str(target) in app.window.statusBar().currentMessage()


def test_the_funder_report_from_the_app_has_no_names(qtbot, app: Controller, db, tmp_path: Path,  # noqa: ANN001
                                                     monkeypatch) -> None:
    from openpyxl import load_workbook

    target = tmp_path / "verantwoording.xlsx"
    _save_as(monkeypatch, target)
    app.window.last_export = None
    with answering_in_turn(qtbot, fill_and_save({"what": "funder", "format": "csv"}, expect_error="format",
                                                check=lambda d: fill_and_save({"format": "xlsx"})(d))):
        app.window.export_action.trigger()
    qtbot.waitUntil(lambda: app.window.last_export is not None, timeout=WAIT)
    book = load_workbook(target)
    text = " ".join(str(c) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for c in row
                    if c is not None)
    assert "Oost-Groningen" in text and "< 5" in text
    assert "Anja" not in text and "Vries" not in text


def test_exporting_from_a_list_offers_that_list_and_its_cohort(qtbot, app: Controller, db, tmp_path: Path,  # noqa: ANN001
                                                               monkeypatch) -> None:
    from openpyxl import load_workbook

    from guikit import open_page

    page = open_page(qtbot, app, "sessions")
    page.tabs.setCurrentIndex(1)  # the whole cohort's attendance
    target = tmp_path / "groep.xlsx"
    _save_as(monkeypatch, target)
    app.window.last_export = None
    seen: dict[str, object] = {}

    def look_then_save(dialog) -> None:  # noqa: ANN001
        seen.update(what=dialog.inputs["what"].currentData(), cohort=dialog.inputs["cohort"].currentText())
        fill_and_save({})(dialog)

    with answering_in_turn(qtbot, look_then_save):
        app.window.export_action.trigger()
    assert seen == {"what": "attendance", "cohort": "Oost-Groningen"}
    qtbot.waitUntil(lambda: app.window.last_export is not None, timeout=WAIT)
    rows = list(load_workbook(target).worksheets[0].iter_rows(values_only=True))
    assert len(rows) - 1 == 4
