"""Importing a spreadsheet in the app (issue 12, item 1): opened from the File menu, a column the import does
not know is assigned by the coordinator, every problem is shown with its row and nothing can be stored
until it is gone, then everything is stored at once and the pages show it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from edtrainer.gui.app import Controller
from edtrainer.gui.import_dialog import ImportDialog

from factories import make_world
from guikit import WAIT, message_boxes, open_page, start_app, stop_app

HEADER = "Roepnaam;Achternaam;Geb. datum;Geboren in;Woonplaats;BSN\n"


@pytest.fixture
def app(qtbot, db_url: str, db) -> Iterator[Controller]:  # noqa: ANN001
    make_world(db)
    controller = start_app(qtbot, db_url)
    yield controller
    stop_app(controller)


def _dialog(qtbot) -> ImportDialog:  # noqa: ANN001
    found: list[ImportDialog] = []
    qtbot.waitUntil(lambda: bool(found.extend(w for w in QApplication.topLevelWidgets()
                                              if isinstance(w, ImportDialog) and w.isVisible()) or found),
                    timeout=WAIT)
    return found[0]


def _read(qtbot, dialog: ImportDialog) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not dialog.reading, timeout=WAIT)


def test_trainees_from_the_file_menu_with_a_column_chosen_and_a_problem_fixed(qtbot, app: Controller,  # noqa: ANN001
                                                                              tmp_path: Path) -> None:
    path = tmp_path / "lijst.csv"
    path.write_text(HEADER + "Fenna;Berg;7-3-1984;Winschoten;Veendam;111222333\n"
                             "Bram;Wit;31-02-2001;Assen;Assen;\n", encoding="cp1252")
    people = open_page(qtbot, app, "trainees")
    app.window.import_action.trigger()  # File → Import from a spreadsheet…
    dialog = _dialog(qtbot)
    assert not dialog.import_button.isEnabled()
    qtbot.keyClicks(dialog.path, str(path))
    qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
    _read(qtbot, dialog)
    read_as = {dialog.columns.item(r, 0).text(): dialog.columns.cellWidget(r, 1)
               for r in range(dialog.columns.rowCount())}
    assert read_as["Roepnaam"].currentData() == "given_names"
    assert read_as["Geb. datum"].currentData() == "date_of_birth"
    assert read_as["Geboren in"].currentData() == "" and not read_as["BSN"].isEnabled()  # unknown; never read
    assert [dialog.problems.item(i).text() for i in range(dialog.problems.count())] == [
        "⚠ rij 3: Geb. datum: '31-02-2001' is geen datum; schrijf bijvoorbeeld 24-11-1980."]
    assert not dialog.import_button.isEnabled()  # nothing is stored while there is a problem
    # The coordinator says what "Geboren in" is, corrects the file and reads it again.
    path.write_text(HEADER + "Fenna;Berg;7-3-1984;Winschoten;Veendam;111222333\n"
                             "Bram;Wit;28-02-2001;Assen;Assen;\n", encoding="cp1252")
    combo: QComboBox = read_as["Geboren in"]
    combo.setCurrentIndex(combo.findData("birth_place"))
    qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    _read(qtbot, dialog)
    assert dialog.problems.count() == 0 and dialog.import_button.isEnabled(), dialog.summary.text()
    shown = [[dialog.preview.topLevelItem(i).text(c) for c in range(dialog.preview.columnCount())]
             for i in range(dialog.preview.topLevelItemCount())]
    assert shown == [["2", "+ toevoegen", "Fenna Berg", "07-03-1984", "", ""],
                     ["3", "+ toevoegen", "Bram Wit", "28-02-2001", "", ""]]
    with qtbot.waitSignal(people.loaded, timeout=WAIT), message_boxes(qtbot) as said:  # the message at the end
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert said[0].startswith("2 toegevoegd, 0 bijgewerkt, 0 overgeslagen.")
    assert ("reservekopie" in said[0]) == app.ctx.db.is_sqlite  # a backup first, where edtrainer makes them
    names = {r.full_name: r for r in people.model.rows()}
    assert {"Fenna Berg", "Bram Wit"} <= set(names)
    from sqlalchemy import select

    from edtrainer.core.models import Trainee

    with app.ctx.uow() as uow:  # the column chosen by hand was read as what it was chosen for
        born = {t.full_name: t.birth_place for t in uow.session.scalars(select(Trainee))}
    assert born["Fenna Berg"] == "Winschoten" and born["Bram Wit"] == "Assen"


def test_cancel_stores_nothing(qtbot, app: Controller, tmp_path: Path) -> None:  # noqa: ANN001
    path = tmp_path / "lijst.csv"
    path.write_text(HEADER + "Fenna;Berg;7-3-1984;Winschoten;Veendam;\n", encoding="utf-8")
    people = open_page(qtbot, app, "trainees")
    before = len(people.model.rows())
    app.window.import_action.trigger()
    dialog = _dialog(qtbot)
    dialog.path.setText(str(path))
    qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
    _read(qtbot, dialog)
    assert dialog.import_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    people.reload()
    qtbot.waitUntil(lambda: len(people.model.rows()) == before, timeout=WAIT)
    assert not any(r.full_name == "Fenna Berg" for r in people.model.rows())


def test_rows_with_a_problem_can_be_skipped_on_purpose(qtbot, app: Controller, tmp_path: Path) -> None:  # noqa: ANN001
    path = tmp_path / "lijst.csv"
    path.write_text(HEADER + "Fenna;Berg;7-3-1984;Winschoten;Veendam;\n"
                             "Bram;Wit;31-02-2001;Assen;Assen;\n", encoding="utf-8")
    people = open_page(qtbot, app, "trainees")
    app.window.import_action.trigger()
    dialog = _dialog(qtbot)
    dialog.announce = False
    dialog.path.setText(str(path))
    qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
    _read(qtbot, dialog)
    assert not dialog.import_button.isEnabled() and dialog.skip_bad.isVisible()
    qtbot.keyClick(dialog.skip_bad, Qt.Key.Key_Space)  # ticked with the keyboard
    assert dialog.skip_bad.isChecked() and dialog.import_button.isEnabled()
    assert dialog.preview.topLevelItemCount() == 1 and "3" in dialog.summary.text()
    with qtbot.waitSignal(people.loaded, timeout=WAIT):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    names = {r.full_name for r in people.model.rows()}
    assert "Fenna Berg" in names and "Bram Wit" not in names


def test_the_app_says_its_own_choices_not_command_line_options(qtbot, app: Controller, tmp_path: Path) -> None:  # noqa: ANN001
    path = tmp_path / "lijst.csv"
    path.write_text("Voornaam;Achternaam\nAnja;de Vries\n", encoding="utf-8")  # already there (the world's)
    app.window.import_action.trigger()
    dialog = _dialog(qtbot)
    dialog.path.setText(str(path))
    qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
    _read(qtbot, dialog)
    lines = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert lines and "staat al in edtrainer" in lines[0]
    assert "Al in edtrainer" in dialog.summary.text()
    assert not any("--" in text for text in [*lines, dialog.summary.text()])
    dialog.duplicates.setCurrentIndex(dialog.duplicates.findData("skip"))
    _read(qtbot, dialog)
    assert dialog.problems.count() == 0
