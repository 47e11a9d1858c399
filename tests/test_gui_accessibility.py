"""What a screen reader and a keyboard user meet, read the way assistive technology reads it: through
QAccessible (the interface the AT-SPI bridge hands to Orca), on every page and in the dialogs that open
without a file, with the demo data. No screen reader is needed: the test walks the accessibility tree."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface, QColor
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QScrollArea,
    QTabWidget,
    QWidget,
)

from edtrainer.gui import style
from edtrainer.gui.app import Controller
from edtrainer.gui.main_window import PAGES
from edtrainer.gui.widgets.a11y import contrast

from guikit import answering, open_page, walk_dialogs

Role = QAccessible.Role
# What a user can operate or move into: each needs a name a screen reader can say.
INTERACTIVE = {Role.Button, Role.CheckBox, Role.RadioButton, Role.ComboBox, Role.SpinBox, Role.EditableText,
               Role.Table, Role.List, Role.Tree, Role.PageTabList, Role.PageTab, Role.Slider, Role.ButtonMenu,
               Role.ButtonDropDown, Role.Chart, Role.Dial}
# Their children (cells, items, headers) are named by the data they show.
CONTAINERS_OF_ITEMS = {Role.Table, Role.List, Role.Tree, Role.PageTabList, Role.ComboBox, Role.SpinBox}


def _describe(iface: QAccessibleInterface) -> str:
    obj = iface.object()
    what = type(obj).__name__ if obj is not None else "?"
    name = obj.objectName() if obj is not None else ""
    chain = []
    parent = obj.parent() if obj is not None else None
    while parent is not None and len(chain) < 4:
        chain.append(parent.objectName() or type(parent).__name__)
        parent = parent.parent()
    return f"{what}{'#' + name if name else ''} role={iface.role().name} in {'/'.join(chain)}"


def walk(iface: QAccessibleInterface | None, depth: int = 0) -> Iterator[QAccessibleInterface]:
    if iface is None or not iface.isValid() or depth > 60:
        return
    yield iface
    if iface.role() in CONTAINERS_OF_ITEMS:
        return
    for i in range(iface.childCount()):
        yield from walk(iface.child(i), depth + 1)


def unnamed(root: QWidget) -> list[str]:
    """Every interactive object under ``root`` that is shown and has no accessible name."""
    found = []
    for iface in walk(QAccessible.queryAccessibleInterface(root)):
        state = iface.state()
        if state.invisible or state.offscreen:
            continue
        interactive = iface.role() in INTERACTIVE or state.focusable
        if interactive and not iface.text(QAccessible.Text.Name).strip():
            found.append(_describe(iface))
    return found


def invisible_tab_stops(root: QWidget) -> list[str]:
    """Tab stops whose focus cannot be seen: a scroll area (or its viewport) that takes the focus shows no
    outline, so the keyboard user loses track of where they are."""
    found = []
    for area in root.findChildren(QScrollArea):
        for widget in (area, area.viewport()):
            if widget.isVisible() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                found.append(f"{type(widget).__name__} in {area.parent().objectName() or type(area.parent()).__name__}")
    return found


def numbered_rows(root: QWidget) -> list[str]:
    """Tables whose row headers a screen reader reads as "1", "2", … before every row."""
    found = []
    for iface in walk(QAccessible.queryAccessibleInterface(root)):
        if iface.role() != Role.Table or iface.state().invisible:
            continue
        for i in range(min(iface.childCount(), 200)):
            child = iface.child(i)
            if child is not None and child.role() == Role.RowHeader:
                if child.text(QAccessible.Text.Name).strip().isdigit():
                    found.append(iface.text(QAccessible.Text.Name) or _describe(iface))
                break
    return found


def audit(root: QWidget, where: str) -> list[str]:
    problems = [f"{where}: unnamed {p}" for p in unnamed(root)]
    problems += [f"{where}: invisible Tab stop {p}" for p in invisible_tab_stops(root)]
    problems += [f"{where}: rows numbered {p}" for p in numbered_rows(root)]
    return problems


def audit_every_tab(root: QWidget, where: str) -> list[str]:
    """The page as shown, and again with each of its tabs chosen (a hidden tab is invisible to AT)."""
    problems = audit(root, where)
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        before = tabs.currentIndex()
        for i in range(tabs.count()):
            if i != before:
                tabs.setCurrentIndex(i)
                QApplication.processEvents()
                problems += audit(tabs.widget(i), f"{where} / tab {tabs.tabText(i)}")
        tabs.setCurrentIndex(before)
    return problems


def test_every_page_names_each_interactive_object(qtbot, demo_app: Controller) -> None:  # noqa: ANN001
    problems: list[str] = []
    window = demo_app.window
    problems += audit(window, "main window")
    for name, *_rest in PAGES:
        page = open_page(qtbot, demo_app, name)
        problems += audit_every_tab(page, name)
    assert not problems, "\n".join(problems)


def test_every_form_and_dialog_names_each_interactive_object(qtbot, demo_app: Controller) -> None:  # noqa: ANN001
    problems: list[str] = []
    opened, menu_dialogs = walk_dialogs(qtbot, demo_app, lambda dialog, where: problems.extend(
        audit_every_tab(dialog, where)))
    assert len(opened) >= 20 and set(menu_dialogs) <= set(opened), opened
    assert not problems, "\n".join(problems)


def test_every_step_of_the_first_run_wizard_names_each_interactive_object(qtbot, demo_app: Controller) -> None:  # noqa: ANN001
    from edtrainer.gui.first_run import KEY, START, FirstRunWizard

    wizard = FirstRunWizard(demo_app.ctx, demo_app.window)
    wizard.show()
    problems: list[str] = []
    seen = []
    while True:
        qtbot.waitUntil(wizard.currentPage().isVisible)
        seen.append(wizard.currentId())
        problems += audit(wizard, f"first run, step {wizard.currentId()}")
        if wizard.currentId() == KEY:  # the other way to a key: its file and the file's password
            wizard.currentPage().form.from_file.setChecked(True)
            problems += audit(wizard, "first run, importing a key")
        if wizard.currentId() == START:
            break
        wizard.skip()
    wizard.hide()
    wizard.deleteLater()
    assert len(seen) >= 5
    assert not problems, "\n".join(problems)


# --- the register: whom the next key marks, seen and heard ------------------------------------------------

@pytest.fixture
def spoken(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """What the app hands to assistive technology as announcements and alerts: (event, text)."""
    heard: list[tuple[str, str]] = []
    original = QAccessible.updateAccessibility

    def record(event: Any) -> None:
        kind = event.type()
        if kind == QAccessible.Event.Announcement:
            heard.append(("announcement", event.message()))
        elif kind == QAccessible.Event.Alert:
            obj = event.object()
            heard.append(("alert", obj.text() if hasattr(obj, "text") else ""))
        original(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(record))
    return heard


def focused_cell_name(view: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(view)
    cell = iface.focusChild()
    assert cell is not None and cell.role() == Role.Cell, "the register's current cell is not what has the focus"
    return cell.text(QAccessible.Text.Name)


def frame_contrasts(view: Any) -> tuple[float, float, float]:
    """From a screenshot of the view: the contrast of the current cell's frame (its better ring) against the
    cell beside it and against the cell's own inside, and of the two rings against each other."""
    from edtrainer.gui.widgets.attendance_view import frame_width

    image = view.viewport().grab().toImage()
    rect = view.visualRect(view.currentIndex())
    ratio = image.devicePixelRatio()
    width = frame_width(view)
    y = rect.center().y()

    def pixel(x: int, yy: int) -> QColor:
        return image.pixelColor(int(x * ratio), int(yy * ratio))

    outer, inner = pixel(rect.left() + 1, y), pixel(rect.left() + width + 1, y)
    inside = pixel(rect.left() + 2 * width + 2, rect.top() + 2 * width + 2)
    beside = pixel(rect.center().x(), rect.bottom() + width + 3)  # the next row's cell, same column
    return (max(contrast(outer, beside), contrast(inner, beside)),
            max(contrast(outer, inside), contrast(inner, inside)), contrast(outer, inner))


@pytest.mark.parametrize("high_contrast", [False, True], ids=["default", "high-contrast"])
def test_the_register_shows_and_says_whom_the_next_key_marks(qtbot, demo_app: Controller, spoken,  # noqa: ANN001
                                                             high_contrast: bool) -> None:
    app = QApplication.instance()
    style.apply_look(app, high_contrast=high_contrast)
    try:
        window = demo_app.window
        open_page(qtbot, demo_app, "sessions")
        window.show_page("overview")
        window.activateWindow()
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
        page = window.page("sessions")
        qtbot.waitUntil(lambda: page.sessions_view.hasFocus())
        qtbot.keyClick(page.sessions_view, Qt.Key.Key_Return)  # Enter goes to the register
        view = page.register_view
        assert view.hasFocus()
        row = view.currentIndex().row()
        model = page.register_model
        name = model.people[row].trainee
        status = model.cell(row).status if model.cell(row) else None
        assert focused_cell_name(view) == f"{name}, {style.status_word(status)}"
        if status is None:
            assert focused_cell_name(view).endswith(", niet geregistreerd")

        beside, inside, rings = frame_contrasts(view)
        assert (beside >= 3, inside >= 3, rings >= 3) == (True, True, True), (beside, inside, rings)

        while (cell := model.cell(view.currentIndex().row())) is not None and cell.status == "excused":
            qtbot.keyClick(view, Qt.Key.Key_Down)  # an apology in advance would be asked about first
        row = view.currentIndex().row()
        name = model.people[row].trainee
        qtbot.keyClick(view, "l")
        assert model.cell(row).status == "late"
        assert ("announcement", f"{name}: te laat") in spoken
        after = model.people[view.currentIndex().row()].trainee
        assert focused_cell_name(view).startswith(f"{after}, ")  # the next trainee is current and named

        # The whole cohort: the same, a trainee and a session per cell.
        qtbot.keyClick(view, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # "Hele gr&oep", the whole cohort
        qtbot.waitUntil(lambda: page.grid_view.hasFocus())
        grid = page.grid_view
        index = grid.currentIndex()
        person = page.grid_model.register.trainees[index.row()].trainee
        assert focused_cell_name(grid).startswith(f"{person}, ")
        beside, inside, rings = frame_contrasts(grid)
        assert (beside >= 3, inside >= 3, rings >= 3) == (True, True, True), (beside, inside, rings)
        def excused_here() -> bool:
            at = grid.currentIndex()
            session = page.grid_model.session_at(at.column())
            mark = page.register.marks.get((session.id, page.grid_model.register.trainees[at.row()].enrolment_id))
            return mark is not None and mark.status == "excused"

        while excused_here():  # an apology in advance would be asked about first
            qtbot.keyClick(grid, Qt.Key.Key_Down)
        person = page.grid_model.register.trainees[grid.currentIndex().row()].trainee
        spoken.clear()
        qtbot.keyClick(grid, "x")
        assert ("announcement", f"{person}: afwezig") in spoken
    finally:
        style.apply_look(app, high_contrast=False)


# --- the Tab key follows the eye ------------------------------------------------------------------------

def tab_chain(qtbot: Any, page: QWidget, first: QWidget) -> list[QWidget]:
    """The widgets of ``page`` that Tab visits, pressing Tab from ``first`` until it leaves the page."""
    first.setFocus(Qt.FocusReason.TabFocusReason)
    chain: list[QWidget] = [first]
    for _ in range(60):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is None or widget in chain or not page.isAncestorOf(widget):
            break
        chain.append(widget)
    return chain


@pytest.mark.parametrize("name", ["programmes", "organisations"])
def test_tab_follows_the_reading_order(qtbot, demo_app: Controller, name: str) -> None:  # noqa: ANN001
    page = open_page(qtbot, demo_app, name)
    demo_app.window.activateWindow()
    first = page.search if name == "organisations" else page.tabs.tabBar()
    chain = tab_chain(qtbot, page, first)
    assert len(chain) >= 5, [type(w).__name__ for w in chain]

    def place(widget: QWidget) -> tuple[int, int]:
        top_left = widget.mapTo(page, widget.rect().topLeft())
        return top_left.y() // 8, top_left.x()  # rows a few pixels apart are one line

    places = [place(w) for w in chain]
    described = [f"{type(w).__name__} {getattr(w, 'text', lambda: '')() or w.accessibleName()} at {p}"
                 for w, p in zip(chain, places, strict=True)]
    assert places == sorted(places), "\n".join(described)


# --- forms: every error at once, on its field, gone when fixed; dates named and one Tab stop ----------------

def accessible(widget: QWidget) -> tuple[str, str]:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name), iface.text(QAccessible.Text.Description)


def test_a_form_shows_every_error_beside_its_field_and_clears_it_when_fixed(qtbot, demo_app: Controller,  # noqa: ANN001
                                                                           spoken) -> None:
    from edtrainer.gui.widgets.forms import FormDialog

    page = open_page(qtbot, demo_app, "cohorts")

    def check(dialog: QDialog) -> None:
        assert isinstance(dialog, FormDialog)
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        start = dialog.inputs["start_date"]
        # The date's text box is named after its label and is the one Tab stop of the field.
        assert accessible(start.edit)[0] == "Begindatum"
        assert "verplicht" in accessible(start.edit)[1] and "dd-mm-jjjj" in accessible(start.edit)[1]
        assert "verplicht" in accessible(dialog.inputs["name"])[1]
        start.edit.setFocus()
        qtbot.keyClick(start.edit, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is dialog.inputs["end_date"].edit, QApplication.focusWidget()

        dialog.inputs["name"].clear()
        start.edit.setText("31-02-2026")
        dialog.inputs["end_date"].edit.setText("zomaar")
        spoken.clear()
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()
        errors = {name: dialog.error_text(name) for name in ("name", "start_date", "end_date")}
        assert all(text.startswith("⚠") for text in errors.values()), errors
        # Each message is on its field for a screen reader too, and was announced.
        assert errors["start_date"][2:] in accessible(start.edit)[1]
        assert errors["name"][2:] in accessible(dialog.inputs["name"])[1]
        assert sum(1 for kind, _text in spoken if kind == "alert") >= 3
        assert any(kind == "announcement" and "31-02-2026" in text and "zomaar" in text for kind, text in spoken)
        assert QApplication.focusWidget() is dialog.inputs["name"]  # the first field with an error

        qtbot.keyClicks(dialog.inputs["name"], "Winschoten 2027")
        assert dialog.error_text("name") == ""
        assert "⚠" not in accessible(dialog.inputs["name"])[1]
        assert dialog.error_text("start_date") and dialog.error_text("end_date")  # not fixed yet
        start.edit.setFocus()
        start.edit.selectAll()
        qtbot.keyClicks(start.edit, "01-03-2027")
        assert dialog.error_text("start_date") == "" and dialog.error_text("end_date")

    with answering(check):
        qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)


def test_the_calendar_takes_the_keyboard_at_once(qtbot, demo_app: Controller) -> None:  # noqa: ANN001
    from PySide6.QtCore import QTimer

    from edtrainer.gui.widgets.forms import FormDialog

    page = open_page(qtbot, demo_app, "cohorts")
    seen: dict[str, Any] = {}

    def in_calendar(field: Any) -> None:
        focus = QApplication.focusWidget()
        seen["focus_in_calendar"] = focus is not None and field.calendar.isAncestorOf(focus)
        seen["calendar_name"] = accessible(field.calendar)[0]
        if focus is not None:
            qtbot.keyClick(focus, Qt.Key.Key_Right)  # one day later, without pressing Down first
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        field.button.menu().hide()

    def check(dialog: QDialog) -> None:
        assert isinstance(dialog, FormDialog)
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        field = dialog.inputs["start_date"]
        field.edit.setText("14-12-2026")
        field.edit.setFocus()
        QTimer.singleShot(200, lambda: in_calendar(field))
        qtbot.keyClick(field.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # opens; returns when closed
        seen["text"] = field.edit.text()
        seen["focus_back"] = dialog.focusWidget() is field.edit  # (offscreen, the popup leaves no window active)

    with answering(check):
        qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert seen == {"focus_in_calendar": True, "calendar_name": "Kalender: Begindatum", "text": "15-12-2026",
                    "focus_back": True}
