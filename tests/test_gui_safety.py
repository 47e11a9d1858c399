"""The app's care for the data, driven through its real windows: a damaged file, restoring a backup, the
automatic backups (while working and on closing), a second window on the same file, the backup
settings, and what a full disk says."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from edtrainer.core import backups, clock, preferences
from edtrainer.core.errors import DamagedError
from edtrainer.core.services import programmes
from edtrainer.gui import window_actions
from edtrainer.gui.app import Controller
from edtrainer.gui.settings import Settings

from conftest import damage, fill_up, mount_tmpfs, unmount
from guikit import answering, answering_in_turn, fill_and_save, open_page, start_app, stop_app


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def press(text: str):  # noqa: ANN201
    """A handler for ``answering``: press the message box button with this text (mnemonics ignored)."""
    def handle(dialog: Any) -> None:
        from PySide6.QtWidgets import QAbstractButton

        found = dialog.findChildren(QAbstractButton)
        buttons = [b for b in found if b.text().replace("&", "") == text]
        assert buttons, f"no button {text!r} in {[b.text() for b in found]}: {dialog.text()}"
        buttons[0].click()
    return handle


def wait_for_box(qtbot: Any, title_part: str = "") -> QMessageBox:
    found: list[QMessageBox] = []

    def there() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
                    and title_part in w.windowTitle()]
        return bool(found)

    qtbot.waitUntil(there, timeout=20000)
    return found[0]


def test_a_damaged_file_is_said_and_the_newest_good_backup_put_back(qtbot, demo_copy: Path) -> None:  # noqa: ANN001
    good = backups.make(demo_copy, reason="auto")
    damage(demo_copy)
    damaged = _sha(demo_copy)
    seen: dict[str, Any] = {}

    def restore_newest(dialog: Any) -> None:
        seen["text"] = dialog.text()
        seen["sha"] = _sha(demo_copy)  # opening the app changed nothing in the damaged file
        press("De nieuwste terugzetten")(dialog)

    def restored(dialog: Any) -> None:
        seen["done"] = dialog.text()
        dialog.accept()

    with answering_in_turn(qtbot, restore_newest, restored):
        controller = start_app(qtbot, str(demo_copy))
    try:
        assert "beschadigd" in seen["text"] and "reservekopie is van" in seen["text"]
        assert seen["sha"] == damaged
        assert "teruggezet" in seen["done"] and "opzij" in seen["done"]
        qtbot.waitUntil(lambda: controller.ctx.db is not None and not controller.ctx.db.read_only, timeout=20000)
        assert not controller.window.damaged_label.isVisibleTo(controller.window)
        assert {t: h for t, h in backups.content_hash(demo_copy).items() if t != "audit_entry"} == \
            {t: h for t, h in backups.content_hash(good.path).items() if t != "audit_entry"}
        aside = list(demo_copy.parent.glob("edtrainer-*-damaged.sqlite3"))
        assert len(aside) == 1 and _sha(aside[0]) == damaged, "the damaged file is kept whole, aside"
    finally:
        stop_app(controller)


def test_a_damaged_file_can_be_read_but_not_changed(qtbot, demo_copy: Path) -> None:  # noqa: ANN001
    damage(demo_copy, table="hour_log_entry")
    before = _sha(demo_copy)
    with answering_in_turn(qtbot, press("Alleen lezen")):
        controller = start_app(qtbot, str(demo_copy))
    try:
        window = controller.window
        assert window.damaged_label.isVisibleTo(window) and "BESCHADIGD" in window.damaged_label.text()
        page = open_page(qtbot, controller, "cohorts")
        assert page.model.rowCount() == 2, "reading goes on"
        assert not window.backup_now_action.isEnabled() and window.restore_action.isEnabled()
        with pytest.raises(DamagedError, match="alleen-lezen"):
            controller.ctx.write(lambda uow: programmes.create_programme(uow, name="X", code="X",
                                                                          certificate_title="X"))
    finally:
        stop_app(controller)
    assert _sha(demo_copy) == before


def test_restoring_a_backup_from_the_file_menu(qtbot, demo_copy: Path) -> None:  # noqa: ANN001
    good = backups.make(demo_copy, reason="auto")
    controller = start_app(qtbot, str(demo_copy))
    try:
        controller.ctx.write(lambda uow: programmes.create_programme(uow, name="Na de reservekopie", code="NDR",
                                                                      certificate_title="x"))
        window = controller.window
        seen: dict[str, Any] = {}

        def choose(dialog: Any) -> None:
            from edtrainer.gui.backup_dialogs import RestoreDialog

            assert isinstance(dialog, RestoreDialog)
            item = dialog.list.topLevelItem(0)
            seen["row"] = [item.text(c) for c in range(7)]
            dialog.restore_button.click()

        def done(dialog: Any) -> None:
            seen["done"] = dialog.text()
            dialog.accept()

        with answering_in_turn(qtbot, choose, press("Terugzetten"), done):
            window.restore_action.trigger()
        row = seen["row"]
        assert row[2:5] == ["20", "2", "84"] and row[6] == "ja" and row[1] == "automatisch"
        assert "Wat er eerst stond" in seen["done"]
        qtbot.waitUntil(lambda: controller.ctx.db is not None, timeout=20000)
        with controller.ctx.uow() as uow:
            assert [p.code for p in programmes.list_programmes(uow)] == ["EDASU"]
        safety = [b for b in backups.list_backups(stem="edtrainer") if b.reason == "before-restore"]
        assert len(safety) == 1 and good.path.exists()
    finally:
        stop_app(controller)


def test_cancel_in_the_restore_dialog_changes_nothing(qtbot, demo_copy: Path) -> None:  # noqa: ANN001
    backups.make(demo_copy, reason="auto")
    controller = start_app(qtbot, str(demo_copy))
    try:
        before = backups.content_hash(demo_copy)

        def escape(dialog: Any) -> None:
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)

        with answering_in_turn(qtbot, escape):
            controller.window.restore_action.trigger()
        assert backups.content_hash(demo_copy) == before
        assert len(backups.list_backups(stem="edtrainer")) == 1
    finally:
        stop_app(controller)


def test_automatic_backups_while_working_and_on_closing(qtbot, demo_copy: Path) -> None:  # noqa: ANN001
    controller = start_app(qtbot, str(demo_copy))
    ctx = controller.ctx
    try:
        assert not ctx.backup_due(), "nothing changed yet"
        ctx.write(lambda uow: programmes.create_programme(uow, name="Een", code="E1", certificate_title="x"))
        with qtbot.waitSignal(ctx.backed_up, timeout=20000) as made:
            ctx.backup_timer.timeout.emit()
        assert made.args[0].reason == "auto" and made.args[0].verified
        ctx.write(lambda uow: programmes.create_programme(uow, name="Twee", code="E2", certificate_title="x"))
        ctx.backup_timer.timeout.emit()
        qtbot.wait(200)
        assert len(backups.list_backups(stem="edtrainer")) == 1, "the newest backup is minutes old"
        with clock.set_to(clock.local_now() + dt.timedelta(minutes=31)):  # half an hour later
            with qtbot.waitSignal(ctx.backed_up, timeout=20000):
                ctx.backup_timer.timeout.emit()
            ctx.write(lambda uow: programmes.create_programme(uow, name="Drie", code="E3", certificate_title="x"))
            # Closing the window after a change makes one more, whatever its age.
            with qtbot.waitSignal(ctx.backed_up, timeout=20000):
                controller.window.close()
            qtbot.waitUntil(lambda: not controller.window.isVisible(), timeout=20000)
        reasons = sorted(b.reason for b in backups.list_backups(stem="edtrainer"))
        assert reasons == ["auto", "auto", "close"], reasons
    finally:
        stop_app(controller)
    # Closed: the bare file holds everything (no write-ahead log left to copy along).
    wal = Path(f"{demo_copy}-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_a_second_window_on_the_same_file_is_told(qtbot, demo_copy: Path) -> None:  # noqa: ANN001
    first = start_app(qtbot, str(demo_copy))
    second = Controller(QApplication.instance(), Settings.open(), database=str(demo_copy), language="nl")
    try:
        told: list[Any] = []
        second.ctx.database_failed.connect(told.append)
        second.window.show()
        with answering_in_turn(qtbot, press("Afsluiten")):
            second.ctx.open_database()
        assert told[0].key == "db_open_elsewhere" and "al geopend" in told[0].message("nl")
        assert second.ctx.db is None
    finally:
        second.ctx.close_database()
        second.window.deleteLater()
        stop_app(first)
    # Once the first is closed, the file opens again.
    third = start_app(qtbot, str(demo_copy))
    stop_app(third)


def test_backup_settings_are_saved_for_app_and_command_line(qtbot, app_settings_dialog) -> None:  # noqa: ANN001
    dialog, folder = app_settings_dialog
    told: list[str] = []

    def note(box: Any) -> None:
        told.append(box.text())
        press("OK")(box)

    dialog.backup_folder.setText(str(folder / "nowhere"))
    with answering_in_turn(qtbot, note):
        dialog.accept()
    assert told and "bestaat niet" in told[0] and dialog.isVisible(), "a folder that is not there is refused"
    assert preferences.load().backup_folder is None
    dialog.backup_folder.setText(str(folder))
    dialog.backup_minutes.setValue(45)
    dialog.accept()
    prefs = preferences.load()
    assert prefs.backup_folder == str(folder) and prefs.backup_every_minutes == 45
    assert preferences.backups_dir() == folder


@pytest.fixture
def app_settings_dialog(qtbot, tmp_path: Path):  # noqa: ANN001, ANN201
    from edtrainer.gui import translations
    from edtrainer.gui.dialogs import SettingsDialog

    translations.install("nl")  # whatever language an earlier test left the app in
    dialog = SettingsDialog(Settings.open())
    qtbot.addWidget(dialog)
    dialog.show()
    folder = tmp_path / "usb"
    folder.mkdir()
    return dialog, folder


def test_a_full_disk_is_said_in_the_form_and_nothing_is_saved(qtbot, sqlite_template: Path, tmp_path: Path) -> None:  # noqa: ANN001
    folder = tmp_path / "disk"
    if not mount_tmpfs(folder, "2m"):
        pytest.skip("a full disk needs root to mount a tmpfs")
    controller = None
    try:
        path = folder / "edtrainer.sqlite3"
        shutil.copyfile(sqlite_template, path)
        controller = start_app(qtbot, str(path))
        page = open_page(qtbot, controller, "programmes")
        ballast = fill_up(folder)
        seen: dict[str, str] = {}

        def check(dialog: Any) -> None:
            seen["banner"] = dialog.banner.text()

        with answering(fill_and_save({"name": "Op een volle schijf", "code": "VOL", "certificate_title": "x"},
                                     expect_error="*", check=check)):
            page.new_programme()
        assert "schijf is vol" in seen["banner"] and "Error" not in seen["banner"]
        ballast.unlink()
        with controller.ctx.uow() as uow:
            assert programmes.list_programmes(uow) == []
    finally:
        if controller is not None:
            stop_app(controller)
        unmount(folder)


def test_a_file_too_damaged_to_open_is_restored_from_the_first_dialog(qtbot, demo_copy: Path) -> None:  # noqa: ANN001
    good = backups.make(demo_copy, reason="auto")
    with demo_copy.open("r+b") as fh:
        fh.write(b"\0" * 4096)  # SQLite's header and the first page gone
    seen: dict[str, str] = {}

    def put_back(dialog: Any) -> None:
        seen["first"] = dialog.text()
        press("De nieuwste terugzetten")(dialog)

    def restored(dialog: Any) -> None:
        seen["done"] = dialog.text()
        dialog.accept()

    with answering_in_turn(qtbot, put_back, restored):
        controller = start_app(qtbot, str(demo_copy))
    try:
        assert "niet meer worden gelezen" in seen["first"] and "teruggezet" in seen["done"]
        assert controller.ctx.db is not None and not controller.ctx.db.read_only
        assert backups.content_hash(demo_copy)["trainee"] == backups.content_hash(good.path)["trainee"]
    finally:
        stop_app(controller)


def test_erasing_a_person_from_the_app(qtbot, demo_copy: Path) -> None:  # noqa: ANN001
    """Trainees → Erase: confirm, give why and a reason, and the app says the data are gone and which
    backups still hold them; not a byte of the name is left in the file."""
    from guikit import set_field

    controller = start_app(qtbot, str(demo_copy))
    try:
        page = open_page(qtbot, controller, "trainees")
        page.view.select_first(lambda r: r.full_name == "Zoë Kuipers")
        seen: dict[str, str] = {}

        def form(dialog: Any) -> None:
            set_field(dialog, "category", "request")
            set_field(dialog, "reason", "Verzoek van Zoë Kuipers zelf")
            dialog.save_button.click()

        def told(dialog: Any) -> None:
            seen["text"] = dialog.text()
            dialog.accept()

        with answering_in_turn(qtbot, press("Doorgaan…"), form, told):
            qtbot.mouseClick(page.erase_button, Qt.MouseButton.LeftButton)
        assert "onherkenbaar" in seen["text"] and "reservekopie" in seen["text"]
        # A restore of the backup made just before the erasure warns, and does not bring her back.

        def choose(dialog: Any) -> None:
            item = dialog.list.topLevelItem(0)
            assert item.text(1) == "vóór een AVG-verwijdering", item.text(1)
            dialog.restore_button.click()

        def confirm(box: Any) -> None:
            seen["question"] = box.informativeText()
            press("Terugzetten")(box)

        def done(box: Any) -> None:
            seen["done"] = box.text()
            box.accept()

        with answering_in_turn(qtbot, choose, confirm, done):
            controller.window.restore_action.trigger()
        assert "1 cursist gewist" in seen["question"] and "komt niet terug" in seen["question"]
        assert "Opnieuw toegepast: 1 cursist gewist" in seen["done"]
        qtbot.waitUntil(lambda: controller.ctx.db is not None, timeout=20000)
    finally:
        stop_app(controller)
    wal = Path(f"{demo_copy}-wal")
    data = demo_copy.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    assert b"Kuipers" not in data


def test_people_past_the_retention_period_are_reviewed_and_erased_from_the_overview(qtbot, demo_copy: Path) -> None:  # noqa: ANN001
    """Two people left long ago (the demo's Jeroen Bakker, and Zoë Kuipers here): the Overview says so, the
    list has both ticked, Space unticks one, Erase and its question erase only the other."""
    from edtrainer.core.db import Database, resolve_url
    from edtrainer.core.services import trainees

    db = Database(resolve_url(demo_copy))
    try:
        with db.uow() as uow:
            row = trainees.search_trainees(uow, query="Zoë Kuipers")[0]
            trainees.withdraw(uow, enrolment_id=row.enrolment_id, reason="verhuisd",
                              on=row.enrolled_on + dt.timedelta(days=30))
            uow.commit()
    finally:
        db.dispose()
    with clock.set_to(dt.datetime(2028, 6, 1, 10, 0)):
        controller = start_app(qtbot, str(demo_copy))
        try:
            page = open_page(qtbot, controller, "overview")
            qtbot.waitUntil(lambda: page.retention_bar.isVisible(), timeout=20000)
            assert page.retention_text.text().startswith("2 mensen zijn voorbij de bewaartermijn")
            seen: dict[str, Any] = {}

            def review(dialog: Any) -> None:
                names = [dialog.list.topLevelItem(i).text(0) for i in range(dialog.list.topLevelItemCount())]
                seen["names"] = sorted(names)
                noah = names.index("Jeroen Bakker")
                dialog.list.setCurrentItem(dialog.list.topLevelItem(noah))
                qtbot.keyClick(dialog.list, Qt.Key.Key_Space)
                seen["button"] = dialog.erase_button.text()
                qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)

            def question(box: Any) -> None:
                seen["question"] = box.text()
                press("Wissen")(box)

            def told(box: Any) -> None:
                seen["told"] = box.text()
                box.accept()

            with answering_in_turn(qtbot, review, question, told):
                qtbot.mouseClick(page.retention_button, Qt.MouseButton.LeftButton)
            assert seen["names"] == ["Jeroen Bakker", "Zoë Kuipers"]
            assert seen["button"] == "1 persoon &wissen…" and "1 persoon" in seen["question"]
            assert "1 persoon voorbij de bewaartermijn zijn gewist" in seen["told"]
            assert "reservekopie" in seen["told"]
            qtbot.waitUntil(lambda: page.retention_text.text().startswith("1 persoon"), timeout=20000)
        finally:
            stop_app(controller)
    data = demo_copy.read_bytes()
    assert b"Kuipers" not in data and b"Bakker" in data


def test_an_access_request_from_the_app_gives_a_pdf_to_read_and_json_to_take(qtbot, demo_copy: Path,
                                                                             tmp_path: Path,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    import json
    import stat

    from PySide6.QtWidgets import QFileDialog

    from doc_factories import pdf_text

    target = tmp_path / "out" / "gegevens-zoe.pdf"
    target.parent.mkdir()
    asked: dict[str, str] = {}

    def save_as(_parent: Any, _title: str, suggestion: str, _filter: str) -> tuple[str, str]:
        asked["suggestion"] = suggestion
        return str(target), _filter  # the platform's file dialog: the one boundary stood in for

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    controller = start_app(qtbot, str(demo_copy))
    try:
        page = open_page(qtbot, controller, "trainees")
        page.view.select_first(lambda r: r.full_name == "Zoë Kuipers")
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
        assert asked["suggestion"].endswith(".pdf")
        json_file = target.with_suffix(".json")
        # Written in the background (with a progress display if it takes long); the status bar says when.
        qtbot.waitUntil(lambda: "gegevens-zoe.json" in controller.window.statusBar().currentMessage(),
                        timeout=20_000)
        assert target.exists() and json_file.exists()
        assert {stat.S_IMODE(p.stat().st_mode) for p in (target, json_file)} == {0o600}
        assert "Zoë Kuipers" in pdf_text(target.read_bytes(), tmp_path)
        assert json.loads(json_file.read_text())["trainee"]["family_name"] == "Kuipers"
        assert "gegevens-zoe.json" in controller.window.statusBar().currentMessage()
    finally:
        stop_app(controller)


def test_the_audit_log_in_the_app_filters_by_person_and_act_and_logs_its_own_viewing(qtbot, demo_copy: Path) -> None:  # noqa: ANN001
    controller = start_app(qtbot, str(demo_copy))
    try:
        page = open_page(qtbot, controller, "trainees")
        page.view.select_first(lambda r: r.full_name == "Zoë Kuipers")
        seen: dict[str, Any] = {}

        def about_her(dialog: Any) -> None:
            seen["title"] = dialog.windowTitle()
            seen["all"] = len(dialog.rows)
            seen["about"] = {r.entity for r in dialog.rows}
            dialog.action.setFocus()
            index = dialog.action.findData("update")
            dialog.action.setCurrentIndex(index)  # as the arrow keys in the list would
            seen["updates"] = {r.action for r in dialog.rows}
            seen["what"] = {dialog.list.topLevelItem(i).text(2) for i in range(dialog.list.topLevelItemCount())}
            qtbot.keyClick(dialog.list, Qt.Key.Key_Escape)

        with answering_in_turn(qtbot, about_her):
            qtbot.mouseClick(page.audit_button, Qt.MouseButton.LeftButton)
        assert seen["title"] == "Auditlog" and seen["all"] > 10
        assert seen["about"] <= {"trainee", "enrolment", "attendance_mark", "placement", "hour_log_entry",
                                 "evaluation", "module_result", "certificate"}
        assert seen["updates"] == {"update"} and seen["what"] == {"gewijzigd"}

        def everyone(dialog: Any) -> None:
            seen["views"] = [r for r in dialog.rows if r.entity == "audit_log"]
            dialog.reject()

        audit_action = next(a for a in controller.window.coordinator_actions if "uditlog" in a.text())
        with answering_in_turn(qtbot, everyone):
            audit_action.trigger()
        assert seen["views"], "looking at the audit log is itself in it"
    finally:
        stop_app(controller)


def test_who_is_working_is_chosen_in_settings_and_named_in_the_audit_log(qtbot, demo_copy: Path) -> None:  # noqa: ANN001
    """On a laptop the audit log names the computer's user and the profile chosen in Settings (remembered,
    and the same for the command line)."""
    from sqlalchemy import select

    from edtrainer.core.models import AuditEntry
    from edtrainer.gui.dialogs import SettingsDialog

    controller = start_app(qtbot, str(demo_copy))
    try:
        def fill(dialog: Any) -> None:
            assert isinstance(dialog, SettingsDialog)
            dialog.profile_name.setFocus()
            qtbot.keyClicks(dialog.profile_name, "Marieke  Jansen")
            dialog.profile_role.setCurrentIndex(dialog.profile_role.findData("coordinator"))
            qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Save is the default button

        with answering_in_turn(qtbot, fill):
            window_actions.open_settings(controller.window)
        prefs = preferences.load()
        assert (prefs.profile_name, prefs.profile_role) == ("Marieke Jansen", "coordinator")
        from edtrainer.core.services import trainees

        controller.ctx.write(lambda uow: trainees.create_trainee(uow, given_names="Nieuw", family_name="Iemand"))
        with controller.ctx.uow() as uow:
            newest = uow.session.scalars(select(AuditEntry).where(AuditEntry.entity == "trainee")
                                         .order_by(AuditEntry.id.desc())).first()
        assert newest is not None and newest.actor == "tester (Marieke Jansen, coördinator)"
    finally:
        stop_app(controller)
