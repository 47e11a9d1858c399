"""The desktop app's pages, driven like a user would (offscreen, real widgets, keyboard), on a real
SQLite file and on PostgreSQL."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from edtrainer.core import clock
from edtrainer.core.models import AttendanceMark
from edtrainer.core.services import cohorts, readiness, trainees
from edtrainer.gui.app import Controller

from conftest import count_rows
from factories import make_world
from guikit import answering, answering_in_turn, fill_and_save, open_page, start_app, stop_app

TODAY = clock.today()


@pytest.fixture
def world(db):  # noqa: ANN001, ANN201
    return make_world(db, sessions_past=6, sessions_future=4, hours=16, today=TODAY)


@pytest.fixture
def app(qtbot, db_url: str, world) -> Iterator[Controller]:  # noqa: ANN001
    controller = start_app(qtbot, db_url)
    yield controller
    stop_app(controller)


def marks(db, session_id: int) -> dict[int, str]:  # noqa: ANN001
    from sqlalchemy import select

    with db.uow() as uow:
        return {m.enrolment_id: m.status.value for m in uow.session.scalars(
            select(AttendanceMark).where(AttendanceMark.session_id == session_id))}


def test_create_a_cohort_and_enrol_a_trainee(qtbot, app: Controller, db, world) -> None:  # noqa: ANN001
    page = open_page(qtbot, app, "cohorts")
    start = TODAY + dt.timedelta(days=30)
    with qtbot.waitSignal(page.loaded, timeout=20000):
        with answering(fill_and_save({"programme_id": world.programme_id, "name": "Pekela 2027",
                                      "location": "Oude Pekela", "start_date": start,
                                      "end_date": start + dt.timedelta(days=700)})):
            page.new_cohort()
    names = [page.model.row(r).name for r in range(page.model.rowCount())]
    assert "Pekela 2027" in names
    assert page.view.current_row().name == "Pekela 2027"

    people = open_page(qtbot, app, "trainees")
    with qtbot.waitSignal(people.loaded, timeout=20000):
        with answering(fill_and_save({"given_names": "Loïs", "name_prefix": "van", "family_name": "Dijk-Ötzürk",
                                      "email": "lois@example.org"})):
            people.new_trainee()
    row = people.view.current_row()
    assert row.full_name == "Loïs van Dijk-Ötzürk" and row.status is None
    with qtbot.waitSignal(people.loaded, timeout=20000):
        with answering(fill_and_save({"cohort_id": page.view.current_row().id})):
            people.enrol()
    with db.uow() as uow:
        rows = trainees.search_trainees(uow, query="ötzürk")
    assert [(r.cohort, r.status) for r in rows] == [("Pekela 2027", "active")]


def test_record_a_session_by_keyboard_then_undo_and_redo(qtbot, app: Controller, db, world) -> None:  # noqa: ANN001
    page = open_page(qtbot, app, "sessions")
    session = page.current_session()
    assert session is not None and session.date <= TODAY  # the latest session held is chosen
    assert session.id == world.session_ids[5]
    view = page.register_view
    view.setFocus()
    view.setCurrentIndex(page.register_model.index(0, 1))
    for key in "ALEX":
        qtbot.keyClick(view, key)
    recorded = marks(db, session.id)
    people = [p.enrolment_id for p in page.register_model.people]
    assert [recorded[e] for e in people] == ["present", "late", "excused", "absent"]
    assert "aanwezig 1" in page.totals.text() and "niet geregistreerd 0" in page.totals.text()

    app.ctx.undo_stack.undo()
    assert people[3] not in marks(db, session.id)
    assert page.register_model.cell(3) is None
    app.ctx.undo_stack.undo()
    assert people[2] not in marks(db, session.id)
    app.ctx.undo_stack.redo()
    app.ctx.undo_stack.redo()
    assert marks(db, session.id)[people[3]] == "absent"

    # changing a mark and undoing it puts the old one back
    view.setCurrentIndex(page.register_model.index(1, 1))
    qtbot.keyClick(view, "a")
    assert marks(db, session.id)[people[1]] == "present"
    app.ctx.undo_stack.undo()
    assert marks(db, session.id)[people[1]] == "late"


def test_everyone_present_and_the_whole_cohort_grid(qtbot, app: Controller, db, world) -> None:  # noqa: ANN001
    page = open_page(qtbot, app, "sessions")
    session = page.current_session()
    page.register_view.setFocus()
    qtbot.keyClick(page.register_view, "A", Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert set(marks(db, session.id).values()) == {"present"} and len(marks(db, session.id)) == 4
    app.ctx.undo_stack.undo()
    assert marks(db, session.id) == {}

    page.tabs.setCurrentIndex(1)
    grid = page.grid_view
    column = page.grid_model.column_of(world.session_ids[0])
    grid.setFocus()
    grid.setCurrentIndex(page.grid_model.index(0, column))
    qtbot.keyClick(grid, "x")
    qtbot.keyClick(grid, "l")
    first = marks(db, world.session_ids[0])
    assert sorted(first.values()) == ["absent", "late"]
    totals_row = page.grid_model.rowCount() - 1
    assert page.grid_model.index(totals_row, column).data() == "1/4"
    rate = page.grid_model.index(0, page.grid_model.columnCount() - 1).data()
    assert rate.startswith("0 %") and rate.endswith("✗")


def test_plan_a_series_and_a_session(qtbot, app: Controller, db, world) -> None:  # noqa: ANN001
    page = open_page(qtbot, app, "sessions")
    before = len(page.register.sessions)
    first = TODAY + dt.timedelta(days=1)
    skip = first + dt.timedelta(weeks=1)
    with qtbot.waitSignal(page.loaded, timeout=20000):
        with answering(fill_and_save({"module_id": world.module_ids["ETH"], "first_date": first, "count": 3,
                                      "until": "", "skip_dates": skip.strftime("%d-%m-%Y"),
                                      "start_time": "13.00", "duration_minutes": 120, "location": "Veendam",
                                      "trainer_ids": [world.trainer_id]})):
            qtbot.mouseClick(page.series_button, Qt.MouseButton.LeftButton)
    assert len(page.register.sessions) == before + 3
    added = [s for s in page.register.sessions if s.start_time == dt.time(13, 0)]
    assert [s.date for s in added] == [first, first + dt.timedelta(weeks=2), first + dt.timedelta(weeks=3)]


def test_search_and_filter_trainees(qtbot, app: Controller, world) -> None:  # noqa: ANN001
    page = open_page(qtbot, app, "trainees")
    assert page.proxy.rowCount() == 4
    page.search.setText("hendr")
    assert [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())] == ["Hendriks, Noël"]
    page.search.setText("noel")  # accents do not matter
    assert page.proxy.rowCount() == 1
    page.search.setText("ijsbr dijk")
    assert page.proxy.rowCount() == 1
    page.search.clear()
    page.status_filter.setCurrentIndex(page.status_filter.findData("withdrawn"))
    assert page.proxy.rowCount() == 0
    assert page.count_label.text() == "0 van 4 regels"


def test_placement_hours_and_readiness(qtbot, app: Controller, db, world) -> None:  # noqa: ANN001
    page = open_page(qtbot, app, "placements")
    start = TODAY - dt.timedelta(weeks=4)
    with qtbot.waitSignal(page.loaded, timeout=20000):
        with answering(fill_and_save({"enrolment_id": world.enrolment_ids[2], "organisation_id": world.organisation_id,
                                      "tandem_professional_id": world.tandem_id, "supervisor_id": world.supervisor_id,
                                      "planned_start": start, "planned_end": start + dt.timedelta(weeks=30),
                                      "hours_per_week": "8", "agreement_signed_on": start - dt.timedelta(days=3)})):
            page.actions_.new_placement()
    placement = page.view.current_row()
    assert placement.trainee == "Zoë Kuipers" and placement.agreement_signed_on is not None
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.actions_.start()
    assert page.view.current_row().status == "active"
    for day, amount in ((start + dt.timedelta(days=1), "8"), (start + dt.timedelta(days=8), "9,5")):
        with qtbot.waitSignal(page.loaded, timeout=20000):
            with answering(fill_and_save({"date": day, "hours": amount, "activity": "Spreekuur schuldhulp"})):
                page.actions_.log_hours()
    assert page.view.current_row().pending_minutes == 17.5 * 60
    qtbot.waitUntil(lambda: page.hours_model.rowCount() == 2, timeout=20000)
    page.hours_view.selectAll()
    with qtbot.waitSignal(page.loaded, timeout=20000):
        with answering(fill_and_save({"approved_by_id": world.supervisor_id})):
            page.actions_.approve()
    assert page.view.current_row().approved_minutes == 17.5 * 60

    cert = open_page(qtbot, app, "certification")
    zoe = next(r for r in cert.ready_model.rows() if r.trainee == "Zoë Kuipers")
    assert zoe.readiness.approved_hours == 17.5
    assert not any(u.code.startswith("unmet_hours") for u in zoe.readiness.unmet)  # 16 required
    noel = next(r for r in cert.ready_model.rows() if r.trainee == "Noël Hendriks")
    assert any(u.code == "unmet_hours" for u in noel.readiness.unmet)


def test_module_results_by_keyboard_change_readiness(qtbot, app: Controller, db, world) -> None:  # noqa: ANN001
    page = open_page(qtbot, app, "certification")
    page.tabs.setCurrentIndex(1)
    view = page.results_view
    row = next(i for i, e in enumerate(page.results_model.data_.enrolments) if e[1] == "Anja de Vries")
    view.setFocus()
    view.setCurrentIndex(page.results_model.index(row, 0))
    with qtbot.waitSignal(page.loaded, timeout=20000):
        qtbot.keyClick(view, "p")
    anja = next(r for r in page.ready_model.rows() if r.trainee == "Anja de Vries")
    assert not any(u.code == "unmet_module_pending" and u.params["module"] == "Communicatie"
                   for u in anja.readiness.unmet)
    assert page.results_model.index(row, 0).data() == "✓"
    with qtbot.waitSignal(page.loaded, timeout=20000):
        app.ctx.undo_stack.undo()
        page.load_readiness_only()
    assert page.results_model.index(row, 0).data() == "…"


def test_field_edit_undo(qtbot, app: Controller, db, world) -> None:  # noqa: ANN001
    page = open_page(qtbot, app, "trainees")
    page.view.select_first(lambda r: r.full_name == "Zoë Kuipers")
    with qtbot.waitSignal(page.loaded, timeout=20000):
        with answering(fill_and_save({"email": "zoe@example.org", "birth_place": "Nieuwe Pekela"})):
            page.edit_trainee()
    with db.uow() as uow:
        zoe = trainees.get_trainee(uow, world.trainee_ids[2])
        assert (zoe.email, zoe.birth_place) == ("zoe@example.org", "Nieuwe Pekela")
    app.ctx.undo_stack.undo()
    with db.uow() as uow:
        zoe = trainees.get_trainee(uow, world.trainee_ids[2])
        assert (zoe.email, zoe.birth_place) == (None, None)
    app.ctx.undo_stack.redo()
    with db.uow() as uow:
        assert trainees.get_trainee(uow, world.trainee_ids[2]).email == "zoe@example.org"


def test_bad_input_is_refused_next_to_the_field_and_nothing_is_saved(qtbot, app: Controller, db,  # noqa: ANN001
                                                                     world) -> None:
    counts = {t: count_rows(db, t) for t in ("trainee", "cohort", "cohort_session", "placement", "hour_log_entry",
                                             "organisation", "contact_person", "programme", "module",
                                             "staff_member")}
    people = open_page(qtbot, app, "trainees")
    for values, field in (({"given_names": "Jan", "family_name": ""}, "family_name"),
                          ({"given_names": "Jan", "family_name": "Vries 111222333"}, "family_name"),
                          ({"given_names": "Jan", "family_name": "Vries", "email": "jan@"}, "email"),
                          ({"given_names": "Jan", "family_name": "Vries", "date_of_birth": "31-02-1990"},
                           "date_of_birth"),
                          ({"given_names": "Jan", "family_name": "Vries",
                            "date_of_birth": TODAY + dt.timedelta(days=3)}, "date_of_birth")):
        with answering(fill_and_save(values, expect_error=field)):
            people.new_trainee()

    cohorts_page = open_page(qtbot, app, "cohorts")
    for values, field in (({"programme_id": world.programme_id, "name": "X", "start_date": TODAY,
                            "end_date": TODAY - dt.timedelta(days=1)}, "end_date"),
                          ({"programme_id": world.programme_id, "name": "oost-groningen", "start_date": TODAY,
                            "end_date": TODAY}, "name")):
        with answering(fill_and_save(values, expect_error=field)):
            cohorts_page.new_cohort()

    sessions_page = open_page(qtbot, app, "sessions")
    with answering(fill_and_save({"date": TODAY + dt.timedelta(days=3650)}, expect_error="date")):
        qtbot.mouseClick(sessions_page.plan_button, Qt.MouseButton.LeftButton)
    with answering(fill_and_save({"start_time": "25:99"}, expect_error="start_time")):
        qtbot.mouseClick(sessions_page.plan_button, Qt.MouseButton.LeftButton)
    with answering(fill_and_save({"first_date": TODAY, "count": 0, "until": ""}, expect_error="until")):
        qtbot.mouseClick(sessions_page.series_button, Qt.MouseButton.LeftButton)

    placements_page = open_page(qtbot, app, "placements")
    with answering(fill_and_save({"enrolment_id": world.enrolment_ids[0], "planned_start": TODAY,
                                  "planned_end": TODAY - dt.timedelta(days=1)}, expect_error="planned_end")):
        placements_page.actions_.new_placement()
    with answering(fill_and_save({"enrolment_id": world.enrolment_ids[0], "hours_per_week": "0"},
                                 expect_error="hours_per_week")):
        placements_page.actions_.new_placement()

    orgs = open_page(qtbot, app, "organisations")
    with answering(fill_and_save({"name": "forte welzijn"}, expect_error="name")):
        orgs.new_organisation()
    with answering(fill_and_save({"name": "Bindkracht10", "email": "geen-adres"}, expect_error="email")):
        orgs.new_organisation()
    with answering(fill_and_save({"full_name": ""}, expect_error="full_name")):
        orgs.new_contact()

    progs = open_page(qtbot, app, "programmes")
    with answering(fill_and_save({"name": "Nieuw", "code": "edt", "certificate_title": "Titel"}, expect_error="code")):
        progs.new_programme()
    with answering(fill_and_save({"code": "COM", "title": "Dubbel"}, expect_error="code")):
        progs.new_module()
    with answering(fill_and_save({"full_name": "   "}, expect_error="full_name")):
        progs.new_staff()

    assert {t: count_rows(db, t) for t in counts} == counts


def test_hour_log_bad_input(qtbot, app: Controller, db, world) -> None:  # noqa: ANN001
    from edtrainer.core.services import placements

    with db.uow() as uow:
        p = placements.create_placement(uow, enrolment_id=world.enrolment_ids[0],
                                        organisation_id=world.organisation_id,
                                        planned_start=TODAY - dt.timedelta(weeks=2),
                                        planned_end=TODAY + dt.timedelta(weeks=20))
        placements.sign_agreement(uow, placement_id=p.id, signed_on=TODAY - dt.timedelta(weeks=3))
        uow.commit()
    page = open_page(qtbot, app, "placements")
    page.view.select_first(lambda r: r.id == p.id)
    for values, field in (({"date": TODAY + dt.timedelta(days=2), "hours": "4"}, "date"),
                          ({"date": TODAY, "hours": "25"}, "hours"),
                          ({"date": TODAY, "hours": "vier"}, "hours")):
        with answering(fill_and_save(values, expect_error=field)):
            page.actions_.log_hours()
    assert count_rows(db, "hour_log_entry") == 0


def test_a_conflict_shows_both_versions_and_lets_the_user_choose(qtbot, app: Controller, db,  # noqa: ANN001
                                                                 world) -> None:
    from edtrainer.gui.widgets.forms import ConflictDialog

    page = open_page(qtbot, app, "trainees")
    page.view.select_first(lambda r: r.full_name == "Noël Hendriks")
    seen: dict[str, object] = {}

    def handler(dialog):  # noqa: ANN001, ANN202
        # Another coordinator saves the same trainee while this form is open.
        with db.uow(actor="marieke", write=True) as uow:  # a writer takes its turn (BEGIN IMMEDIATE)
            trainees.update_trainee(uow, trainee_id=world.trainee_ids[1], email="noel@welzijn.example")
            uow.commit()
        dialog.inputs["email"].setText("noel@thuis.example")
        dialog.save_button.click()
        assert not dialog.isVisible()

    def choose(conflict) -> None:  # noqa: ANN001
        assert isinstance(conflict, ConflictDialog)
        table = conflict.table
        seen["rows"] = [(table.item(r, 1).text(), table.item(r, 2).text()) for r in range(table.rowCount())]
        conflict.done(ConflictDialog.KEEP_MINE)

    with answering_in_turn(qtbot, handler, choose):
        page.edit_trainee()
    assert seen["rows"] == [("noel@thuis.example", "noel@welzijn.example")]
    with db.uow() as uow:
        assert trainees.get_trainee(uow, world.trainee_ids[1]).email == "noel@thuis.example"


def test_a_mark_saved_by_someone_else_is_not_overwritten_silently(qtbot, app: Controller, db,  # noqa: ANN001
                                                                  world) -> None:
    from PySide6.QtWidgets import QMessageBox

    from edtrainer.core.services import sessions

    page = open_page(qtbot, app, "sessions")
    session = page.current_session()
    first = page.register_model.people[0].enrolment_id
    with db.uow(actor="trainer-laptop", write=True) as uow:  # while the app may be logging in the background
        sessions.set_attendance(uow, session_id=session.id, enrolment_id=first, status="late")
        uow.commit()

    def keep_theirs(box) -> None:  # noqa: ANN001
        assert isinstance(box, QMessageBox) and "Hun registratie: L" in box.informativeText()
        next(b for b in box.buttons() if b.text() == "Hun registratie houden").click()

    page.register_view.setFocus()
    page.register_view.setCurrentIndex(page.register_model.index(0, 1))
    with qtbot.waitSignal(page.loaded, timeout=20000), answering_in_turn(qtbot, keep_theirs):
        qtbot.keyClick(page.register_view, "x")
    assert marks(db, session.id) == {first: "late"}
    assert page.register.marks[(session.id, first)].status == "late"


def test_overview_items_open_the_place_where_they_are_resolved(qtbot, demo_url: str) -> None:  # noqa: ANN001
    controller = start_app(qtbot, demo_url)
    try:
        page = open_page(qtbot, controller, "overview")
        assert page.isVisible() and page.demo_bar.isVisible()
        kinds = {page.todo.topLevelItem(i).child(0).data(0, Qt.ItemDataRole.UserRole).kind
                 for i in range(page.todo.topLevelItemCount())}
        assert kinds == {"unrecorded", "attendance", "agreement", "evaluation", "hours", "ready"}
        unrecorded = page.todo.topLevelItem(0).child(0)
        item = unrecorded.data(0, Qt.ItemDataRole.UserRole)
        sessions_page = controller.window.page("sessions")
        with qtbot.waitSignal(sessions_page.loaded, timeout=20000):
            page.open_item(unrecorded)
        qtbot.waitUntil(lambda: sessions_page.current_session() is not None
                        and sessions_page.current_session().id == item.session_id, timeout=20000)
        assert controller.window.current_page_name() == "sessions"
        assert sessions_page.picker.current_id() == item.cohort_id
        assert page.session_chart is not None and page.session_chart.values
    finally:
        stop_app(controller)


def _press(text: str):  # noqa: ANN202
    """A handler for ``answering``: press the message box's button that carries this text."""
    from PySide6.QtWidgets import QMessageBox

    def handle(dialog) -> None:  # noqa: ANN001
        assert isinstance(dialog, QMessageBox), type(dialog)
        (button,) = [b for b in dialog.buttons() if b.text().replace("&", "") == text]
        button.click()
    return handle


def test_removing_the_demo_from_the_overview(qtbot, demo_url: str, demo_db) -> None:  # noqa: ANN001
    from PySide6.QtCore import Qt as QtKeys

    from edtrainer.core import backups

    controller = start_app(qtbot, demo_url)
    try:
        page = open_page(qtbot, controller, "overview")
        assert controller.ctx.is_demo and controller.window.demo_label.isVisibleTo(controller.window)
        # Cancel first: nothing changes.
        with answering(_press("Annuleren")):
            qtbot.mouseClick(page.remove_demo_button, QtKeys.MouseButton.LeftButton)
            qtbot.wait(300)
        assert count_rows(demo_db, "trainee") == 20 and controller.ctx.is_demo
        with qtbot.waitSignal(page.loaded, timeout=30000), answering(_press("Demo verwijderen")):
            qtbot.mouseClick(page.remove_demo_button, QtKeys.MouseButton.LeftButton)
        assert count_rows(demo_db, "trainee") == 0 and count_rows(demo_db, "cohort") == 0
        assert not controller.window.demo_label.isVisibleTo(controller.window)
        assert not page.demo_bar.isVisibleTo(page)
        made = backups.list_backups(stem="edtrainer")
        if "://" in demo_url:
            assert made == [], "PostgreSQL is backed up by its server, not by edtrainer"
        else:
            (backup,) = made
            assert backup.reason == "before-demo-removal" and backup.verified and backup.counts["trainees"] == 20
    finally:
        stop_app(controller)


def test_removing_the_demo_keeps_what_the_coordinators_own_data_use(qtbot, demo_url: str, demo_db) -> None:  # noqa: ANN001
    from PySide6.QtCore import Qt as QtKeys

    with demo_db.uow() as uow:
        oost = cohorts.find_cohort(uow, "Oost")
        cohorts.create_cohort(uow, programme_id=oost.programme_id, name="Eigen groep", start_date=clock.today(),
                              end_date=clock.today() + dt.timedelta(days=300))
        uow.commit()
    controller = start_app(qtbot, demo_url)
    try:
        page = open_page(qtbot, controller, "overview")
        seen: list[str] = []

        def keep(dialog) -> None:  # noqa: ANN001
            seen.append(dialog.text())
            _press("Deze delen houden, de rest verwijderen")(dialog)

        with qtbot.waitSignal(page.loaded, timeout=30000), answering(keep):
            qtbot.mouseClick(page.remove_demo_button, QtKeys.MouseButton.LeftButton)
        assert "groep 'Eigen groep' gebruikt opleiding" in seen[0]
        assert count_rows(demo_db, "trainee") == 0 and count_rows(demo_db, "programme") == 1
        with demo_db.uow() as uow:
            assert [c.name for c in cohorts.list_cohorts(uow)] == ["Eigen groep"]
        assert "Gebleven omdat" in controller.window.statusBar().currentMessage() or \
            "gebleven" in controller.window.statusBar().currentMessage().lower()
    finally:
        stop_app(controller)


def test_readiness_page_speaks_plain_words(qtbot, app: Controller, db, world) -> None:  # noqa: ANN001
    page = open_page(qtbot, app, "certification")
    with db.uow() as uow:
        cohort = cohorts.find_cohort(uow, "Oost")
        expected = readiness.readiness_for_cohort(uow, cohort_id=cohort.id)
    assert len(page.ready_model.rows()) == len(expected)
    page.ready_view.select_first(lambda r: r.trainee == "Anja de Vries")
    text = page.detail.toPlainText()
    assert "Anja de Vries" in text and "Module Communicatie nog geen resultaat" in text
    assert page.summary.text() == "0 van de 4 cursisten zijn klaar voor het certificaat."


def test_an_apology_in_advance_is_not_overwritten_without_a_word(qtbot, app: Controller, db,  # noqa: ANN001
                                                                 world) -> None:
    from PySide6.QtWidgets import QMessageBox

    from edtrainer.core.services import sessions

    page = open_page(qtbot, app, "sessions")
    session = page.current_session()
    first = page.register_model.people[0].enrolment_id
    with db.uow(write=True) as uow:  # given before the session (which has been held since)
        sessions.set_attendance(uow, session_id=session.id, enrolment_id=first, status="excused",
                                apology_reason="naar de huisarts", apology_given_on=session.date - dt.timedelta(days=2))
        uow.commit()
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.reload()
    asked: list[str] = []

    def keep_it(box) -> None:  # noqa: ANN001
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == "Annuleren").click()

    page.register_view.setFocus()
    page.register_view.setCurrentIndex(page.register_model.index(0, 1))
    with answering_in_turn(qtbot, keep_it):
        qtbot.keyClick(page.register_view, "x")
    assert "naar de huisarts" in asked[0]
    assert marks(db, session.id) == {first: "excused"}  # kept

    def record_anyway(box) -> None:  # noqa: ANN001
        next(b for b in box.buttons() if b.text() == "Toch registreren").click()

    page.register_view.setCurrentIndex(page.register_model.index(0, 1))
    with answering_in_turn(qtbot, record_anyway):
        qtbot.keyClick(page.register_view, "x")
    assert marks(db, session.id) == {first: "absent"}
    app.ctx.undo_stack.undo()  # the apology comes back, with its reason
    with db.uow() as uow:
        row = next(r for r in sessions.session_register(uow, session_id=session.id) if r.enrolment_id == first)
    assert (row.status, row.apology_reason) == ("excused", "naar de huisarts")


def test_the_whole_cohort_grid_shows_each_trainees_rate_beside_the_name(qtbot, app: Controller,  # noqa: ANN001
                                                                         world) -> None:
    page = open_page(qtbot, app, "sessions")
    qtbot.keyClick(page.register_view, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # "Hele gr&oep"
    grid, model = page.grid_view, page.grid_model
    qtbot.waitUntil(grid.hasFocus)
    name = model.register.trainees[0].trainee
    assert model.headerData(0, Qt.Orientation.Vertical) == name  # nothing recorded yet: no rate
    assert model.headerData(len(model.register.trainees), Qt.Orientation.Vertical) == "Aanwezig per bijeenkomst"
    grid.setCurrentIndex(model.index(0, 0))  # the first (held) session
    qtbot.keyClick(grid, "a")
    assert model.headerData(0, Qt.Orientation.Vertical) == f"{name} · 100 %"
    grid.setCurrentIndex(model.index(0, 1))
    qtbot.keyClick(grid, "x")
    assert model.headerData(0, Qt.Orientation.Vertical) == f"{name} · 50 %"
