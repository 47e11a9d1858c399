"""The desktop app as a whole: first start, the smoke flag, settings, languages, fonts, translations."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication

from edtrainer import paths
from edtrainer.gui import settings as S
from edtrainer.gui import style
from edtrainer.gui.app import Controller

from guikit import open_page, start_app, stop_app

ROOT = Path(__file__).resolve().parent.parent


def test_first_start_opens_a_private_embedded_database_with_the_demo(qtbot, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("EDTRAINER_FIRST_RUN", "demo")  # without the wizard (tests/test_first_run.py walks it)
    for attempt in range(2):  # the second start keeps the data and adds no second demo
        controller = Controller(QApplication.instance(), S.Settings.open())
        with qtbot.waitSignal(controller.ctx.database_opened, timeout=60000):
            controller.start()
        assert controller.ctx.is_demo
        controller.ctx.close_database()
        controller.window.close()
        controller.window.deleteLater()
        db_file = paths.default_database_path()
        assert stat.S_IMODE(db_file.stat().st_mode) == 0o600
        assert stat.S_IMODE(paths.data_dir().stat().st_mode) == 0o700
        con = sqlite3.connect(db_file)
        assert con.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert con.execute("SELECT count(*) FROM trainee").fetchone() == (20,), attempt
        con.close()


def test_first_start_shows_the_demo_being_made_step_by_step(qtbot, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("EDTRAINER_FIRST_RUN", "demo")  # without the wizard (tests/test_first_run.py walks it)
    controller = Controller(QApplication.instance(), S.Settings.open())
    seen: list[tuple[int, int, bool, int]] = []

    def watch(done: int, total: int) -> None:  # after the dialog's own handler: what it shows now
        dialog = controller.demo_progress.dialog
        seen.append((done, total, dialog is not None and dialog.isVisible(), dialog.value() if dialog else -1))

    controller.ctx.demo_progress.connect(watch)
    with qtbot.waitSignal(controller.ctx.database_opened, timeout=60000):
        controller.start()
    qtbot.waitUntil(lambda: bool(seen) and seen[-1][0] == seen[-1][1])
    total = seen[0][1]
    # Every step shown (a modal dialog handles waiting events while it shows a value, so a later step may be
    # shown before an earlier one's handler has finished: the dialog never shows less than the step told).
    assert sorted(s[0] for s in seen) == list(range(total + 1)) and total > 10
    assert all(visible and value >= done for done, _t, visible, value in seen), seen
    assert controller.demo_progress.dialog is None  # gone once the database is open
    assert controller.ctx.is_demo
    controller.ctx.close_database()
    controller.window.close()
    controller.window.deleteLater()


def test_smoke_flag_paints_the_window_and_exits_quietly(tmp_path: Path) -> None:
    env = {**os.environ, "EDTRAINER_DATA_DIR": str(tmp_path), "EDTRAINER_CONFIG_DIR": str(tmp_path),
           "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-m", "edtrainer", "--quit-after-first-paint"], capture_output=True,
                          text=True, env=env, timeout=120)
    assert (proc.returncode, proc.stdout) == (0, "")
    assert "Traceback" not in proc.stderr


PAINT_PROBE = """
import runpy, sys
from edtrainer.gui import main_window
seen = {}
init = main_window.MainWindow.__init__
def probed(self, *args, **kwargs):
    init(self, *args, **kwargs)
    def painted():
        seen["modules"] = sorted(sys.modules)
        self.ctx.database_path()  # what the window locks, right after the paint
        seen["after_lock"] = "sqlalchemy" in sys.modules
    self.first_painted.connect(painted)
main_window.MainWindow.__init__ = probed
sys.argv = ["edtrainer", "--quit-after-first-paint"]
try:
    runpy.run_module("edtrainer", run_name="__main__")
except SystemExit:
    pass
with_qt = [m for m in seen["modules"] if m.startswith("edtrainer") and "Qt" in vars(sys.modules[m])]
print(repr((with_qt, [m for m in seen["modules"] if m.split(".")[0] == "sqlalchemy"][:3], seen["after_lock"])))
"""


def test_nothing_before_the_first_paint_creates_qts_enumerations_or_loads_sqlalchemy(tmp_path: Path) -> None:
    """PySide6 turns the hundred enumerations of the ``Qt`` namespace into Python enums when a module first
    imports it (~25 ms, a tenth of a bare window's start), and SQLAlchemy takes longer to load than the whole
    window: neither may come before the first paint, nor may locking the database file wait for SQLAlchemy
    on the GUI thread (bench/startup.py measures the start)."""
    env = {**os.environ, "EDTRAINER_DATA_DIR": str(tmp_path), "EDTRAINER_CONFIG_DIR": str(tmp_path),
           "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-c", PAINT_PROBE], capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().splitlines()[-1] == repr(([], [], False))


def test_quit_when_ready_waits_for_the_overview_and_writes_when(tmp_path: Path, demo_copy: Path) -> None:
    env = {**os.environ, "EDTRAINER_DATA_DIR": str(tmp_path), "EDTRAINER_CONFIG_DIR": str(tmp_path),
           "QT_QPA_PLATFORM": "offscreen", "EDTRAINER_FIRST_PAINT_FILE": str(tmp_path / "painted"),
           "EDTRAINER_READY_FILE": str(tmp_path / "ready")}
    started = time.time()
    proc = subprocess.run([sys.executable, "-m", "edtrainer", "--database", str(demo_copy), "--quit-when-ready"],
                          capture_output=True, text=True, env=env, timeout=120)
    ended = time.time()
    assert (proc.returncode, proc.stdout) == (0, ""), proc.stderr
    assert "Traceback" not in proc.stderr
    painted, ready = float((tmp_path / "painted").read_text()), float((tmp_path / "ready").read_text())
    assert started < painted < ready < ended


def test_quit_when_ready_on_a_database_that_cannot_open_exits_1(tmp_path: Path) -> None:
    env = {**os.environ, "EDTRAINER_DATA_DIR": str(tmp_path), "EDTRAINER_CONFIG_DIR": str(tmp_path),
           "QT_QPA_PLATFORM": "offscreen", "EDTRAINER_READY_FILE": str(tmp_path / "ready")}
    (tmp_path / "other.sqlite3").write_text("not a database, someone else's file\n")
    proc = subprocess.run([sys.executable, "-m", "edtrainer", "--database", str(tmp_path / "other.sqlite3"),
                           "--quit-when-ready"], capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 1 and "other.sqlite3" in proc.stderr
    assert not (tmp_path / "ready").exists()


def test_without_a_screen_the_app_says_so(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(EDTRAINER_DATA_DIR=str(tmp_path), EDTRAINER_CONFIG_DIR=str(tmp_path))
    proc = subprocess.run([sys.executable, "-m", "edtrainer"], capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 1 and "geen beeldscherm" in proc.stderr and "edtrainer --help" in proc.stderr


def test_settings_are_remembered(qtbot, db_url: str) -> None:  # noqa: ANN001
    controller = start_app(qtbot, db_url)
    open_page(qtbot, controller, "placements")
    controller.step_text_size(+1)
    controller.step_text_size(+1)
    assert QApplication.font().pointSizeF() == pytest.approx(style.BASE_POINT_SIZE * 1.5)
    controller.window.resize(700, 500)
    stop_app(controller)
    settings = S.Settings.open()
    assert settings.get(S.TEXT_SCALE) == 150 and settings.get(S.LAST_PAGE) == "placements"

    again = start_app(qtbot, db_url)
    assert again.window.current_page_name() == "placements"
    assert (again.window.width(), again.window.height()) == (700, 500)
    again.step_text_size(0)
    assert S.Settings.open().get(S.TEXT_SCALE) == 100
    stop_app(again)


def test_a_damaged_settings_file_gives_defaults(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EDTRAINER_CONFIG_DIR", str(tmp_path))
    (tmp_path / "edtrainer.ini").write_text("[ui]\ntext_scale=enorm\nlanguage=fr\nhigh_contrast=misschien\n")
    settings = S.Settings.open()
    assert (settings.get(S.TEXT_SCALE), settings.get(S.LANGUAGE), settings.get(S.HIGH_CONTRAST)) == (100, "nl", False)
    with pytest.raises(ValueError):
        settings.set(S.TEXT_SCALE, 300)


def test_english_is_one_setting_away(qtbot, db_url: str) -> None:  # noqa: ANN001
    controller = start_app(qtbot, db_url)
    page = open_page(qtbot, controller, "overview")
    assert controller.window.nav.item(0).text() == "Overzicht" and page.heading.text() == "Overzicht"
    settings = S.Settings.open()
    settings.set(S.LANGUAGE, "en")
    controller.apply_settings()
    assert controller.window.nav.item(1).text() == "Cohorts"
    sessions = open_page(qtbot, controller, "sessions")
    assert sessions.heading.text() == "Sessions & attendance"
    assert controller.window.menuBar().actions()[0].text() == "&File"
    stop_app(controller)


def test_standard_dialogs_speak_dutch(qtbot) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QDialogButtonBox

    from edtrainer.gui import translations

    translations.install("nl")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Close)
    qtbot.addWidget(box)
    texts = {b.text().replace("&", "") for b in box.buttons()}
    assert texts == {"Annuleren", "Sluiten"}


def test_every_text_of_the_app_is_in_the_dutch_catalogue(tmp_path: Path) -> None:
    """lupdate over the sources finds nothing new and nothing untranslated."""
    source = ROOT / "resources" / "translations" / "edtrainer_nl.ts"
    copy = tmp_path / "edtrainer_nl.ts"
    copy.write_bytes(source.read_bytes())
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    files = sorted(str(p) for p in (ROOT / "edtrainer" / "gui").rglob("*.py"))
    subprocess.run([str(lupdate), *files, "-no-obsolete", "-ts", str(copy)], check=True, capture_output=True)
    unfinished = [(m.findtext("source"), m.find("translation").get("type"))
                  for m in ET.parse(copy).getroot().iter("message")
                  if m.find("translation").get("type") == "unfinished"]
    assert unfinished == []
    def count(path: Path) -> int:
        return len(list(ET.parse(path).getroot().iter("message")))

    assert count(copy) == count(source), "texts the code no longer uses: run scripts/update-translations"


def test_the_shipped_font_has_every_letter_and_symbol_the_app_shows(qapp) -> None:  # noqa: ANN001
    family = style.load_fonts()
    metrics = QFontMetrics(QFont(family))
    text = "ëéïőĳĲÖöüçñ€ ✓✗◔✉‼★—…·×▼⚠ℹ•"
    for look in style.STATUSES.values():
        text += look.letter + look.symbol
    missing = [ch for ch in text if ch != " " and not metrics.inFontUcs4(ord(ch))]
    assert missing == []


def test_qt_binding_keeps_none_alive() -> None:
    """PySide6 6.12.0 dropped a reference to None each time a Python model's data() returned None through C++,
    crashing the app after a few thousand cells were drawn: the pinned range must not contain such a release."""
    code = (
        "import os; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtCore import QAbstractTableModel, QModelIndex\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "class M(QAbstractTableModel):\n"
        "    def rowCount(self, p=QModelIndex()): return 1\n"
        "    def columnCount(self, p=QModelIndex()): return 1\n"
        "    def data(self, i, role=0): return None\n"
        "m = M(); index = m.index(0, 0)\n"
        "for _ in range(200000): index.data(0)\n"
        "print('ok')\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.stdout.strip() == "ok", proc.stderr[-500:]


def test_every_page_opens_on_an_empty_database_and_says_where_to_begin(qtbot, db_url: str) -> None:  # noqa: ANN001
    from edtrainer.gui.main_window import PAGES

    controller = start_app(qtbot, db_url)
    for name, *_rest in PAGES:
        open_page(qtbot, controller, name)
    overview = controller.window.page("overview")
    assert overview.start_hint.isVisibleTo(overview) and "Zo begint u" in overview.start_hint.text()
    sessions = controller.window.page("sessions")
    assert sessions.session_info.text() == "Er is nog geen groep: maak er een op de pagina Groepen."
    stop_app(controller)


def test_the_privacy_statement_opens_from_the_help_menu_by_keyboard(qtbot, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    """Alt+H, P: the statement in plain Dutch, with the retention period of the programmes filled in; Escape
    closes it. The same text from the command line."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMenu

    from edtrainer.cli import main
    from edtrainer.core.db import open_database
    from edtrainer.core.services import programmes

    from guikit import answering_in_turn

    path = tmp_path / "edtrainer.sqlite3"
    db = open_database(path)
    with db.uow() as uow:
        programmes.create_programme(uow, name="EDASU", code="EDASU", certificate_title="x", retention_years=3)
        uow.commit()
    db.dispose()
    controller = start_app(qtbot, str(path))
    try:
        seen: dict[str, str] = {}

        def read(dialog) -> None:  # noqa: ANN001
            seen["title"] = dialog.windowTitle()
            seen["text"] = dialog.browser.toPlainText()
            qtbot.keyClick(dialog.browser, Qt.Key.Key_Escape)

        window = controller.window
        window.activateWindow()
        with answering_in_turn(qtbot, read):
            qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
            menu = next(m for m in window.findChildren(QMenu) if m.isVisible())
            qtbot.keyClick(menu, Qt.Key.Key_P)
        assert seen["title"] == "Privacyverklaring"
        assert "Tot 3 jaar na het einde van uw laatste inschrijving" in seen["text"]
        assert "geen BSN" in seen["text"] and "Autoriteit Persoonsgegevens" in seen["text"]
    finally:
        stop_app(controller)
    capsys.readouterr()
    assert main(["--database", str(path), "--lang", "en", "privacy"]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith("# Privacy statement") and "Up to 3 years after the end" in printed
