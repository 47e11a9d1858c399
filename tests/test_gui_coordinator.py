"""What a coordinator ran into, driven with keys and clicks on the real widgets (offscreen): nonsense
refused or asked about, hours only on a placement with an agreement, a placement started from the
trainee's row for that trainee."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox

from edtrainer.core import clock
from edtrainer.core.services import placements, trainees
from edtrainer.gui import window_actions
from edtrainer.gui.app import Controller
from edtrainer.gui.widgets.forms import FormDialog

from conftest import count_rows
from factories import make_world
from guikit import WAIT, answering_in_turn, open_page, start_app, stop_app

TODAY = clock.today()


@pytest.fixture
def world(db):  # noqa: ANN001, ANN201
    return make_world(db, sessions_past=6, sessions_future=4, hours=16, today=TODAY)


@pytest.fixture
def app(qtbot, db_url: str, world) -> Iterator[Controller]:  # noqa: ANN001
    controller = start_app(qtbot, db_url)
    yield controller
    stop_app(controller)


def press(qtbot: Any, role: QMessageBox.ButtonRole, seen: list[str]) -> Any:
    def handle(box: Any) -> None:
        assert isinstance(box, QMessageBox), type(box)
        seen.append(box.text())
        qtbot.mouseClick(next(b for b in box.buttons() if box.buttonRole(b) == role), Qt.MouseButton.LeftButton)
    return handle


def type_into(qtbot: Any, dialog: FormDialog, name: str, text: str) -> None:
    widget = dialog.inputs[name]
    target = getattr(widget, "edit", widget)
    target.clear()
    qtbot.keyClicks(target, text)


def test_a_phone_in_words_is_refused_and_a_toddler_asked_about(qtbot, app: Controller, db) -> None:  # noqa: ANN001
    people = open_page(qtbot, app, "trainees")
    before = count_rows(db, "trainee")
    asked: list[str] = []
    toddler = TODAY.replace(year=TODAY.year - 2).strftime("%d-%m-%Y")

    def form(dialog: Any) -> None:
        assert isinstance(dialog, FormDialog)
        type_into(qtbot, dialog, "given_names", "Fenna")
        type_into(qtbot, dialog, "family_name", "Berg")
        type_into(qtbot, dialog, "phone", "twaalf")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible() and "geen telefoonnummer" in dialog.error_text("phone")
        type_into(qtbot, dialog, "phone", "06 12345678")
        type_into(qtbot, dialog, "date_of_birth", toddler)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # asked; answered 'Cancel'
        assert dialog.isVisible() and "nog geen 16 jaar" in dialog.error_text("date_of_birth")
        assert count_rows(db, "trainee") == before
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # asked again; answered 'yes'
        assert not dialog.isVisible()

    with qtbot.waitSignal(people.loaded, timeout=WAIT), answering_in_turn(
            qtbot, form, press(qtbot, QMessageBox.ButtonRole.RejectRole, asked),
            press(qtbot, QMessageBox.ButtonRole.AcceptRole, asked)):
        qtbot.mouseClick(people.new_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 2 and "Klopt die datum?" in asked[0]
    with db.uow() as uow:
        fenna = trainees.search_trainees(uow, query="Fenna Berg")[0]
    assert fenna.phone == "06 12345678" and count_rows(db, "trainee") == before + 1


def test_an_enrolment_long_before_the_start_is_asked_about(qtbot, app: Controller, db, world) -> None:  # noqa: ANN001
    with db.uow() as uow:
        new = trainees.create_trainee(uow, given_names="Kees", family_name="Bos")
        uow.commit()
    people = open_page(qtbot, app, "trainees")
    people.view.select_first(lambda r: r.trainee_id == new.id)
    asked: list[str] = []

    def form(dialog: Any) -> None:
        type_into(qtbot, dialog, "enrolled_on", "01-01-2020")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible() and "maanden vóór de start" in dialog.error_text("enrolled_on")
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    with answering_in_turn(qtbot, form, press(qtbot, QMessageBox.ButtonRole.RejectRole, asked)):
        qtbot.mouseClick(people.enrol_button, Qt.MouseButton.LeftButton)
    assert asked and count_rows(db, "enrolment") == len(world.enrolment_ids)


def test_hours_wait_for_a_signed_agreement(qtbot, app: Controller, db, world) -> None:  # noqa: ANN001
    with db.uow() as uow:
        p = placements.create_placement(uow, enrolment_id=world.enrolment_ids[0], organisation_id=world.organisation_id,
                                        planned_start=TODAY - dt.timedelta(weeks=2),
                                        planned_end=TODAY + dt.timedelta(weeks=20))
        uow.commit()
    page = open_page(qtbot, app, "placements")
    page.view.select_first(lambda r: r.id == p.id)
    assert not page.add_hours_button.isEnabled()
    assert "stageovereenkomst is getekend" in page.add_hours_button.toolTip()
    qtbot.waitUntil(lambda: "stageovereenkomst is getekend" in page.hours_total.text(), timeout=WAIT)  # said in view

    def sign(dialog: Any) -> None:
        qtbot.keyClick(dialog.save_button, Qt.Key.Key_Space)

    with qtbot.waitSignal(page.loaded, timeout=WAIT), answering_in_turn(qtbot, sign):
        qtbot.mouseClick(page.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.add_hours_button.isEnabled(), timeout=WAIT)


def _choice_text(dialog: FormDialog, name: str) -> str:
    return dialog.inputs[name].currentText()  # type: ignore[attr-defined]


def test_a_placement_started_from_the_trainees_row_is_for_that_trainee(qtbot, app: Controller, world) -> None:  # noqa: ANN001
    people = open_page(qtbot, app, "trainees")
    people.view.select_first(lambda r: r.full_name == "Zoë Kuipers")
    seen: dict[str, str] = {}

    def form(dialog: Any) -> None:
        seen["trainee"] = _choice_text(dialog, "enrolment_id")
        dialog.reject()

    zoe_row = next(r for r in range(people.proxy.rowCount())
                   if people.proxy.index(r, 0).data() == "Kuipers, Zoë")
    rect = people.view.visualRect(people.proxy.index(zoe_row, 0))
    with answering_in_turn(qtbot, form):
        people.view.customContextMenuRequested.emit(rect.center())  # what a right-click asks for
        menu = people.view.row_menu
        qtbot.waitUntil(menu.isVisible, timeout=WAIT)
        action = next(a for a in menu.actions() if a.text() == people.placement_button.text())
        assert action.isEnabled()
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
    assert seen["trainee"].startswith("Zoë Kuipers")
    assert app.window.page("placements").isVisible()


def test_a_new_placement_preselects_the_trainee_of_the_chosen_row(qtbot, app: Controller, db, world) -> None:  # noqa: ANN001
    with db.uow() as uow:
        placements.create_placement(uow, enrolment_id=world.enrolment_ids[2], organisation_id=world.organisation_id,
                                    planned_start=TODAY, planned_end=TODAY + dt.timedelta(weeks=20))
        uow.commit()
    page = open_page(qtbot, app, "placements")
    page.view.select_first(lambda r: r.enrolment_id == world.enrolment_ids[2])
    seen: dict[str, str] = {}

    def form(dialog: Any) -> None:
        seen["trainee"] = _choice_text(dialog, "enrolment_id")
        dialog.reject()

    with answering_in_turn(qtbot, form):
        qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert seen["trainee"].startswith("Zoë Kuipers")  # not the first in the list (Dijkstra)


def test_a_text_field_says_how_close_it_is_to_its_limit_while_typing(qtbot, app: Controller, db, world) -> None:  # noqa: ANN001
    from edtrainer.core.models import Cohort, HourLogEntry

    with db.uow() as uow:
        p = placements.create_placement(uow, enrolment_id=world.enrolment_ids[0], organisation_id=world.organisation_id,
                                        planned_start=TODAY - dt.timedelta(weeks=2),
                                        planned_end=TODAY + dt.timedelta(weeks=20))
        placements.sign_agreement(uow, placement_id=p.id, signed_on=TODAY - dt.timedelta(weeks=3))
        uow.commit()
    limit = HourLogEntry.__table__.c["activity"].type.length
    page = open_page(qtbot, app, "placements")
    page.view.select_first(lambda r: r.id == p.id)
    seen: dict[str, str] = {}

    def hours(dialog: Any) -> None:
        edit = dialog.inputs["activity"]
        hint = dialog.findChild(QLabel, "field_activity_length")
        qtbot.keyClicks(edit, "Spreekuur ")
        assert not hint.isVisible()  # far from the limit: nothing to say
        qtbot.keyClicks(edit, "x" * (limit - 13))
        seen["near"] = hint.text()
        qtbot.keyClicks(edit, "y" * 20)  # typing on past the limit
        seen["full"], seen["length"] = hint.text(), str(len(edit.text()))
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    with answering_in_turn(qtbot, hours):
        qtbot.mouseClick(page.add_hours_button, Qt.MouseButton.LeftButton)
    assert seen["near"] == f"{limit - 3} van {limit} tekens"
    assert seen["full"] == f"{limit} van {limit} tekens: meer past er niet in" and seen["length"] == str(limit)

    cohorts_page = open_page(qtbot, app, "cohorts")

    def cohort(dialog: Any) -> None:
        qtbot.keyClicks(dialog.inputs["name"], "Veendam " * 20)
        seen["cohort"] = dialog.findChild(QLabel, "field_name_length").text()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    with answering_in_turn(qtbot, cohort):
        qtbot.mouseClick(cohorts_page.new_button, Qt.MouseButton.LeftButton)
    name_limit = Cohort.__table__.c["name"].type.length
    assert seen["cohort"] == f"{name_limit} van {name_limit} tekens: meer past er niet in"


def test_a_multiline_field_is_cut_at_its_limit_and_says_so(qtbot) -> None:  # noqa: ANN001
    from edtrainer.gui.widgets.forms import Field

    dialog = FormDialog(None, "x", [Field("remarks", "Opmerkingen", "multiline", max_len=50)], save=lambda v: v)
    qtbot.addWidget(dialog)
    dialog.show()
    edit = dialog.inputs["remarks"]
    edit.setFocus()
    qtbot.keyClicks(edit, "a" * 45)
    hint = dialog.findChild(QLabel, "field_remarks_length")
    assert hint.isVisible() and hint.text() == "45 van 50 tekens"
    edit.insertPlainText("b" * 30)  # as a paste does
    assert edit.toPlainText() == "a" * 45 + "b" * 5 and "meer past er niet in" in hint.text()


def test_the_programme_list_is_as_tall_as_its_row_and_its_requirements_show(qtbot, app: Controller) -> None:  # noqa: ANN001
    page = open_page(qtbot, app, "programmes")
    page.window().resize(1280, 800)
    view, label = page.programme_view, page.requirements_label

    def fits() -> bool:
        one_row = view.horizontalHeader().height() + view.rowHeight(0) + 2 * view.frameWidth()
        return view.height() <= one_row + 8 and view.height() < page.module_view.height()

    qtbot.waitUntil(fits, timeout=WAIT)
    assert label.isVisible() and "minstens 80 % aanwezig" in label.text()
    assert "16 goedgekeurde stage-uren" in label.text()
    assert label.geometry().right() <= label.parentWidget().width()  # read without scrolling sideways
    for _ in range(4):  # the text size to 200 %, live, by keyboard
        qtbot.keyClick(app.window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    from edtrainer.gui.settings import TEXT_SCALE

    assert app.settings.get(TEXT_SCALE) == 200
    qtbot.waitUntil(fits, timeout=WAIT)


def _png(path: Any, colour: str) -> Any:
    from PySide6.QtGui import QColor, QImage

    image = QImage(120, 40, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    image.save(str(path), "PNG")
    return path


def test_the_issuer_form_shows_an_example_number_and_takes_a_logo_and_three_signatures(  # noqa: ANN001
        qtbot, app: Controller, db, tmp_path) -> None:
    from PySide6.QtWidgets import QFileDialog

    from edtrainer.core.services import issuer

    logo, signatures = _png(tmp_path / "logo.png", "navy"), [_png(tmp_path / f"h{i}.png", "black") for i in range(3)]
    seen: dict[str, Any] = {}

    def pick(path: Any) -> Any:
        def handle(dialog: Any) -> None:
            assert isinstance(dialog, QFileDialog)
            seen.setdefault("dialogs", []).append(dialog.windowTitle())
            name = dialog.findChild(QLineEdit, "fileNameEdit")  # typed where a user types a file name, then Enter
            name.setText(str(path))
            qtbot.keyClick(name, Qt.Key.Key_Return)
        return handle

    def form(dialog: Any) -> None:
        example = dialog.findChild(QLabel, "number_example")
        seen["default"] = example.text()
        type_into(qtbot, dialog, "number_pattern", "{code}/{seq:03}")
        seen["typed"] = example.text()
        type_into(qtbot, dialog, "number_pattern", "{code}-{year}")
        seen["bad"] = example.text()
        type_into(qtbot, dialog, "number_pattern", "{code}-{year}-{seq:04}")
        type_into(qtbot, dialog, "organisation", "Stichting Herstel")
        type_into(qtbot, dialog, "place", "Veendam")
        for i in range(3):
            type_into(qtbot, dialog, f"name_{i}", f"Ondertekenaar {i + 1}")
            type_into(qtbot, dialog, f"role_{i}", "Directeur")
        for name, path in zip(("logo", "signature_0", "signature_1", "signature_2"), (logo, *signatures), strict=True):
            with answering_in_turn(qtbot, pick(path)):
                qtbot.mouseClick(dialog.pickers[name].browse, Qt.MouseButton.LeftButton)
        seen["preview"] = not dialog.pickers["logo"].preview.pixmap().isNull()
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible(), dialog.banner.text()

    with answering_in_turn(qtbot, form):
        window_actions.edit_issuer(app.window)  # File → Organisation on certificates…
    assert seen["default"] == "Bijvoorbeeld: EDT-2026-0007"  # the programme's code, this year, the 7th
    assert seen["typed"] == "Bijvoorbeeld: EDT/007"
    assert seen["bad"].startswith("⚠") and "{seq" in seen["bad"]
    assert seen["preview"] and seen["dialogs"] == ["Kies een afbeelding"] * 4
    with db.uow() as uow:
        saved = issuer.get_issuer(uow)
    assert saved is not None and saved.logo_png == logo.read_bytes()
    assert [s.signature_png for s in saved.signatories] == [s.read_bytes() for s in signatures]
