"""The manual: F1 on every page opens the manual's page about it, in the app's language; every task of the
issue has a page in Dutch and English; every link and picture in the manual leads to a file that exists;
the list of keyboard shortcuts is still one key away (Shift+F1) and linked from the manual's contents."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication

from edtrainer.gui.app import Controller
from edtrainer.gui.help_viewer import INDEX, PAGE_MANUAL, SHORTCUTS_LINK, HelpWindow, manual_dir
from edtrainer.gui.main_window import PAGES
from edtrainer.gui.shortcut_list import ShortcutsDialog

from factories import make_world
from guikit import WAIT, answering_in_turn, open_page, start_app, stop_app

# The tasks issue 14 lists, each with the manual's page about it.
TASKS = {
    "a new cohort": "new-cohort",
    "enrolling trainees": "enrolling-trainees",
    "recording a session": "recording-a-session",
    "paper sign-in sheets": "sign-in-sheets",
    "placements and hours": "placements-and-hours",
    "certificates": "certificates",
    "checking a certificate": "checking-a-certificate",
    "backups and restore": "backups-and-restore",
    "privacy requests": "privacy-requests",
}
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")


def first_heading(path: Path) -> str:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return ""


def markdown_files() -> list[Path]:
    return sorted(manual_dir().glob("*/*.md"))


@pytest.fixture
def app(qtbot, db_url: str, db) -> Iterator[Controller]:  # noqa: ANN001
    make_world(db, sessions_past=2)
    controller = start_app(qtbot, db_url)
    controller.window.show()
    qtbot.waitUntil(lambda: not controller.window.find_action.shortcut().isEmpty(), timeout=WAIT)
    yield controller
    stop_app(controller)


@pytest.fixture
def app_en(qtbot, db_url: str, db) -> Iterator[Controller]:  # noqa: ANN001
    make_world(db, sessions_past=2)
    controller = start_app(qtbot, db_url, language="en")
    controller.window.show()
    qtbot.waitUntil(lambda: not controller.window.find_action.shortcut().isEmpty(), timeout=WAIT)
    yield controller
    stop_app(controller)


def press_f1(qtbot, controller: Controller, name: str) -> HelpWindow:  # noqa: ANN001
    window = controller.window
    page = open_page(qtbot, controller, name)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT)
    page.focus_target().setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    help_window = window.findChild(HelpWindow, "help_window")
    assert help_window is not None, f"F1 on {name} opened no manual"
    qtbot.waitUntil(help_window.isVisible, timeout=WAIT)
    return help_window


def shown_heading(help_window: HelpWindow) -> str:
    return help_window.browser.document().firstBlock().text().strip()


def test_f1_on_every_page_opens_its_dutch_manual_page(qtbot, app: Controller) -> None:  # noqa: ANN001
    assert set(PAGE_MANUAL) == {name for name, *_rest in PAGES}, "a page of the window without a manual page"
    for name, *_rest in PAGES:
        help_window = press_f1(qtbot, app, name)
        expected = manual_dir() / "nl" / f"{PAGE_MANUAL[name]}.md"
        assert help_window.current_file() == expected, name
        assert shown_heading(help_window) == first_heading(expected), name
        qtbot.keyClick(help_window.browser, Qt.Key.Key_Escape)  # Esc closes it
        qtbot.waitUntil(lambda hw=help_window: not hw.isVisible(), timeout=WAIT)


def test_f1_in_english_opens_the_english_page(qtbot, app_en: Controller) -> None:  # noqa: ANN001
    help_window = press_f1(qtbot, app_en, "sessions")
    expected = manual_dir() / "en" / "recording-a-session.md"
    assert help_window.current_file() == expected
    assert shown_heading(help_window) == first_heading(expected) == "Recording a session"


def test_links_back_forward_and_contents_move_through_the_manual(qtbot, app: Controller) -> None:  # noqa: ANN001
    help_window = press_f1(qtbot, app, "cohorts")
    assert not help_window.back_button.isEnabled()
    qtbot.mouseClick(help_window.home_button, Qt.MouseButton.LeftButton)
    assert help_window.current_file().name == f"{INDEX}.md"
    help_window._follow(QUrl("backups-and-restore.md"))  # noqa: SLF001  (a link as clicked)
    assert shown_heading(help_window) == first_heading(manual_dir() / "nl" / "backups-and-restore.md")
    qtbot.mouseClick(help_window.back_button, Qt.MouseButton.LeftButton)
    assert help_window.current_file().name == f"{INDEX}.md"
    qtbot.mouseClick(help_window.back_button, Qt.MouseButton.LeftButton)
    assert help_window.current_file().name == "new-cohort.md"
    qtbot.mouseClick(help_window.forward_button, Qt.MouseButton.LeftButton)
    assert help_window.current_file().name == f"{INDEX}.md"
    help_window.close()


def test_pictures_show_and_fit_the_window(qtbot, app: Controller) -> None:  # noqa: ANN001
    help_window = press_f1(qtbot, app, "sessions")
    help_window.resize(700, 600)
    qtbot.wait(50)
    document = help_window.browser.document()
    widths: list[float] = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                widths.append(fmt.toImageFormat().width())
            it += 1
        block = block.next()
    assert widths, "the page about recording a session shows no picture"
    assert all(0 < w <= help_window.browser.viewport().width() for w in widths), widths
    help_window.close()


def test_the_shortcut_list_opens_with_shift_f1_and_from_the_manual(qtbot, app: Controller) -> None:  # noqa: ANN001
    window = app.window
    page = open_page(qtbot, app, "sessions")
    page.setFocus()
    seen: list[int] = []

    def read(dialog) -> None:  # noqa: ANN001
        assert isinstance(dialog, ShortcutsDialog)
        listed = dialog.keys()
        seen.append(len(listed))
        assert "F1" in listed and "Shift+F1" in listed
        qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)

    with answering_in_turn(qtbot, read):
        qtbot.keyClick(window, Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier)
    help_window = press_f1(qtbot, app, "cohorts")
    qtbot.mouseClick(help_window.home_button, Qt.MouseButton.LeftButton)
    assert SHORTCUTS_LINK in (manual_dir() / "nl" / "index.md").read_text(encoding="utf-8")
    with answering_in_turn(qtbot, read):
        help_window._follow(QUrl(SHORTCUTS_LINK))  # noqa: SLF001  (the index's link, as clicked)
    assert len(seen) == 2 and seen[0] > 10
    help_window.close()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_task_has_a_page_in_both_languages(lang: str) -> None:
    index = (manual_dir() / lang / "index.md").read_text(encoding="utf-8")
    for task, topic in TASKS.items():
        path = manual_dir() / lang / f"{topic}.md"
        assert path.is_file(), f"{lang}: no page for {task}"
        assert first_heading(path), f"{lang}/{topic}.md has no heading"
        assert len(path.read_text(encoding="utf-8")) > 400, f"{lang}/{topic}.md is nearly empty"
        assert f"({topic}.md)" in index, f"the {lang} contents do not link to {task}"
    for topic in PAGE_MANUAL.values():
        assert first_heading(manual_dir() / lang / f"{topic}.md"), f"{lang}/{topic}.md"


def test_both_languages_have_the_same_pages() -> None:
    names = {lang: sorted(p.name for p in (manual_dir() / lang).glob("*.md")) for lang in ("nl", "en")}
    assert names["nl"] == names["en"]


def test_every_link_and_picture_in_the_manual_leads_to_a_file() -> None:
    broken: list[str] = []
    files = markdown_files()
    assert len(files) >= 2 * (len(TASKS) + 1)
    for path in files:
        for target in LINK.findall(path.read_text(encoding="utf-8")):
            if target == SHORTCUTS_LINK or target.startswith(("http://", "https://", "mailto:")):
                continue
            local = target.split("#", 1)[0]
            if local and not (path.parent / local).resolve().is_file():
                broken.append(f"{path.relative_to(manual_dir())}: {target}")
    assert not broken, "\n".join(broken)


def test_the_manual_is_shipped_with_the_resources() -> None:
    # resources/ goes whole into the wheel (pyproject's force-include) and the bundle (packaging/edtrainer.spec).
    from edtrainer import paths

    assert manual_dir().parent == paths.resources_dir()
    docs = Path(__file__).resolve().parent.parent / "docs" / "manual"
    assert (docs / "nl" / "index.md").read_text(encoding="utf-8") == (manual_dir() / "nl" / "index.md").read_text(
        encoding="utf-8")


def test_the_help_window_names_each_control_and_follows_the_text_size(qtbot, app: Controller) -> None:  # noqa: ANN001
    from test_gui_accessibility import audit

    help_window = press_f1(qtbot, app, "placements")
    assert not audit(help_window, "help window")
    before = help_window.browser.font().pointSizeF()
    app.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is app.window, timeout=WAIT)
    qtbot.keyClick(app.window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)  # Ctrl++: larger text
    qtbot.waitUntil(lambda: help_window.browser.font().pointSizeF() > before, timeout=WAIT)
    assert help_window.browser.document().defaultFont().pointSizeF() > before
    qtbot.keyClick(app.window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    help_window.close()
