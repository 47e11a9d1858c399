"""Every item model of the app passes Qt's model tester, answers data() without asking the database, and
every input of every page and form has a name for screen readers and can be reached with the keyboard."""

from __future__ import annotations

from collections.abc import Iterator
from operator import attrgetter

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from sqlalchemy import event

from edtrainer.gui.app import Controller
from edtrainer.gui.main_window import PAGES
from edtrainer.gui.widgets.forms import FormDialog

from guikit import answering, open_page, start_app, stop_app

ROLES = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole,
         Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole,
         Qt.ItemDataRole.FontRole, Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.UserRole + 1,
         Qt.ItemDataRole.UserRole + 2, Qt.ItemDataRole.UserRole + 3, Qt.ItemDataRole.UserRole + 10]


@pytest.fixture
def demo_app(qtbot, demo_url: str) -> Iterator[Controller]:  # noqa: ANN001
    controller = start_app(qtbot, demo_url)
    for name, *_rest in PAGES:
        open_page(qtbot, controller, name)
    yield controller
    stop_app(controller)


def models_of(controller: Controller) -> list[QAbstractItemModel]:
    found: list[QAbstractItemModel] = []
    for view in controller.window.findChildren(QAbstractItemView):
        model = view.model()
        while model is not None and model not in found:
            found.append(model)
            source = getattr(model, "sourceModel", None)
            model = source() if source is not None else None
    return found


def touch_everything(model: QAbstractItemModel) -> int:
    cells = 0
    rows, columns = model.rowCount(QModelIndex()), model.columnCount(QModelIndex())
    for r in range(rows):
        for c in range(columns):
            index = model.index(r, c)
            for role in ROLES:
                model.data(index, role)
            model.flags(index)
            cells += 1
    for orientation in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
        count = columns if orientation == Qt.Orientation.Horizontal else rows
        for section in range(count):
            for role in ROLES:
                model.headerData(section, orientation, role)
    return cells


def test_every_model_passes_the_model_tester(qtbot, qtmodeltester, demo_app: Controller) -> None:  # noqa: ANN001
    sessions = demo_app.window.page("sessions")
    sessions.tabs.setCurrentIndex(1)
    models = models_of(demo_app)
    names = {type(m).__name__ for m in models}
    assert {"RowTableModel", "SearchProxy", "RegisterModel", "GridModel", "ResultsModel"} <= names
    for model in models:
        if model.rowCount() == 0 and not isinstance(model, QAbstractItemModel):
            continue
        qtmodeltester.check(model, force_py=True)


# Every list of the app with the search field that narrows it: (page, list, search field).
SEARCHED = [("cohorts", "view", "search"), ("cohorts", "members_view", "members_search"),
            ("trainees", "view", "search"), ("programmes", "staff_view", "search"),
            ("sessions", "sessions_view", "search"), ("placements", "view", "search"),
            ("placements", "hours_view", "hours_search"), ("certification", "ready_view", "search"),
            ("certification", "register_view", "register_search"), ("organisations", "view", "search"),
            ("organisations", "contacts_view", "contacts_search")]
# Lists short enough to see at a glance (a programme or two, a dozen modules, at most two evaluations):
# sortable, without a search field of their own.
SHORT = [("programmes", "programme_view"), ("programmes", "module_view"), ("placements", "ev_view")]


def test_every_list_sorts_and_every_long_list_can_be_searched(qtbot, demo_app: Controller) -> None:  # noqa: ANN001
    from edtrainer.gui.widgets.tables import SearchProxy, TableView

    window = demo_app.window
    known = {getattr(window.page(p), v) for p, v, _box in SEARCHED} | {getattr(window.page(p), v) for p, v in SHORT}
    assert set(window.findChildren(TableView)) == known  # a new list must be added above, with its search
    for view in known:
        assert isinstance(view.model(), SearchProxy), view.accessibleName()
        assert view.isSortingEnabled() or view is window.page("sessions").sessions_view  # kept in date order
    for page_name, view_name, box_name in SEARCHED:
        if view_name == "register_view":
            continue  # the demo issues no certificates; test_gui_documents searches the register
        page = window.show_page(page_name)
        view, box = getattr(page, view_name), getattr(page, box_name)
        qtbot.waitUntil(lambda view=view: view.model().rowCount() > 0, timeout=20000)  # details load after the list
        rows = view.model().rowCount()
        box.setText("qqqzzzqqq")  # what no row holds
        assert view.model().rowCount() == 0, view_name
        box.setText("")
        qtbot.waitUntil(lambda view=view, rows=rows: view.model().rowCount() == rows, timeout=20000)
        assert view.current_row() is not None  # and a row is chosen again, so the details show it


def test_no_model_asks_the_database_in_data(demo_app: Controller) -> None:
    queries: list[str] = []
    engine = demo_app.ctx.db.engine

    def count(conn, cursor, statement, *args) -> None:  # noqa: ANN001
        queries.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        ours = [m for m in models_of(demo_app) if type(m).__module__.startswith("edtrainer.")]
        cells = sum(touch_everything(m) for m in ours)
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert cells > 1000 and queries == []


def _inputs(root: QWidget) -> list[QWidget]:
    kinds = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractButton, QAbstractItemView)
    return [w for w in root.findChildren(QWidget) if isinstance(w, kinds) and w.isVisibleTo(root)
            and w.focusPolicy() != Qt.FocusPolicy.NoFocus and not isinstance(w.parent(), QLineEdit)
            and w.objectName() != "qt_spinbox_lineedit"]


def _name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name) if iface is not None else ""


def test_every_input_has_an_accessible_name(qtbot, demo_app: Controller) -> None:  # noqa: ANN001
    nameless = []
    for name, *_rest in PAGES:
        page = demo_app.window.show_page(name)
        for widget in _inputs(page):
            if not _name(widget).strip():
                nameless.append(f"{name}: {type(widget).__name__} {widget.objectName()}")
    assert nameless == []


def test_every_form_names_its_fields_and_tab_reaches_save(qtbot, demo_app: Controller) -> None:  # noqa: ANN001
    window = demo_app.window
    forms = [("trainees", "new_trainee"), ("cohorts", "new_cohort"), ("sessions", "actions_.plan_series"),
             ("placements", "actions_.new_placement"), ("organisations", "new_organisation"),
             ("programmes", "new_module"), ("programmes", "new_staff"), ("placements", "actions_.record_evaluation")]
    problems: list[str] = []

    for page_name, method in forms:
        page = window.show_page(page_name)

        def check(dialog: FormDialog, where: str = f"{page_name}.{method}") -> None:
            assert isinstance(dialog, FormDialog)
            for field, widget in dialog.inputs.items():
                if not _name(widget).strip():
                    problems.append(f"{where}: {field} has no accessible name")
                if not widget.isEnabled():
                    continue
                target = widget.focusProxy() or widget
                if target.focusPolicy() & Qt.FocusPolicy.TabFocus != Qt.FocusPolicy.TabFocus:
                    problems.append(f"{where}: {field} cannot be reached with Tab")
            # Tab from the first field reaches Save
            current: QWidget | None = next(iter(dialog.inputs.values()))
            for _ in range(200):
                current = current.nextInFocusChain() if current is not None else None
                if current is dialog.save_button:
                    break
            else:
                problems.append(f"{where}: Save is not in the tab order")

        with answering(check):
            attrgetter(method)(page)()
    assert problems == []


def test_grid_of_a_large_cohort_shows_every_status_in_words_for_screen_readers(demo_app: Controller) -> None:
    page = demo_app.window.page("sessions")
    model = page.grid_model
    texts = {model.index(r, c).data(Qt.ItemDataRole.AccessibleTextRole)
             for r in range(model.rowCount() - 1) for c in range(min(model.columnCount() - 1, 12))}
    # Whom, then the status in words (no letter or symbol read aloud), then the date.
    assert any(t.split(", ")[1:2] == ["aanwezig"] for t in texts)
    assert not any("✓" in t for t in texts)
    assert any("niet verwacht" in t or "afgemeld" in t or "afwezig" in t for t in texts)


def _untranslated(root: QWidget, english: set[str]) -> list[str]:
    from PySide6.QtWidgets import QLabel, QTabBar

    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        texts = []
        if isinstance(widget, (QAbstractButton, QLabel)):
            texts.append(widget.text())
        if isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        texts += [widget.accessibleName(), widget.toolTip()]
        found += [t for t in texts if t and t in english]
    return found


def test_the_dutch_app_shows_no_english(qtbot, demo_app: Controller) -> None:  # noqa: ANN001
    """Every text on every page and in every form is Dutch: a text whose catalogue entry differs in
    Dutch must not be seen in English (a wrong translation context shows the source text)."""
    import xml.etree.ElementTree as ET
    from pathlib import Path

    catalogue = Path(__file__).resolve().parent.parent / "resources" / "translations" / "edtrainer_nl.ts"
    english = {m.findtext("source") for m in ET.parse(catalogue).getroot().iter("message")
               if m.findtext("translation") and m.findtext("translation") != m.findtext("source")}
    english -= {"Status", "Module", "Team", "E-mail", "Code", "Trainers", "Database"}  # the same in Dutch
    seen: list[str] = []
    for name, *_rest in PAGES:
        page = demo_app.window.show_page(name)
        seen += [f"{name}: {t}" for t in _untranslated(page, english)]
    seen += [f"menu: {a.text()}" for a in demo_app.window.menuBar().actions() if a.text() in english]
    forms = [("trainees", "new_trainee"), ("cohorts", "new_cohort"), ("sessions", "actions_.plan_series"),
             ("placements", "actions_.new_placement"), ("placements", "actions_.record_evaluation"),
             ("programmes", "new_programme")]
    for page_name, method in forms:
        page = demo_app.window.show_page(page_name)

        def check(dialog: QWidget, where: str = method) -> None:
            seen.extend(f"{where}: {t}" for t in _untranslated(dialog, english))

        with answering(check):
            attrgetter(method)(page)()
    assert seen == []


def test_a_page_opened_by_its_shortcut_takes_the_keyboard(qtbot, demo_app: Controller) -> None:  # noqa: ANN001
    from PySide6.QtCore import Qt as QtNs
    from PySide6.QtWidgets import QApplication

    window = demo_app.window
    window.show_page("overview")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, QtNs.Key.Key_5, QtNs.KeyboardModifier.ControlModifier)
    page = window.page("sessions")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.sessions_view)
    qtbot.keyClick(page.sessions_view, QtNs.Key.Key_Return)  # Enter goes to the register
    assert page.register_view.currentIndex().isValid()
    while (cell := page.register_model.cell(page.register_view.currentIndex().row())) is not None \
            and cell.status == "excused":  # an apology in advance would be asked about first: the next row
        qtbot.keyClick(page.register_view, QtNs.Key.Key_Down)
    row = page.register_view.currentIndex().row()
    qtbot.keyClick(page.register_view, "a")
    assert page.register_model.cell(row).status == "present"


def test_text_size_changes_every_widget_at_once(qtbot, demo_app: Controller) -> None:  # noqa: ANN001
    page = demo_app.window.show_page("trainees")
    before = page.new_button.font().pointSizeF()
    demo_app.step_text_size(+1)
    assert page.new_button.font().pointSizeF() > before
    assert page.heading.font().pointSizeF() > before * 1.3
    demo_app.step_text_size(0)
    assert page.new_button.font().pointSizeF() == before


def test_text_size_switched_live_to_200_keeps_titles_large_and_dates_whole(qtbot, demo_app: Controller) -> None:  # noqa: ANN001
    from PySide6.QtCore import Qt as QtNs

    window = demo_app.window
    page = window.show_page("sessions")
    qtbot.waitUntil(lambda: not page.loading and page.sessions_view.model().rowCount() > 0, timeout=20_000)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for _step in range(4):  # Ctrl++ four times: 125, 150, 175, 200 %
        qtbot.keyClick(window, QtNs.Key.Key_Plus, QtNs.KeyboardModifier.ControlModifier)
    from edtrainer.gui import settings as S

    assert demo_app.settings.get(S.TEXT_SCALE) == 200
    body = page.sessions_view.font().pointSizeF()
    assert page.heading.font().pointSizeF() >= body * 1.3  # the title stays larger than the text under it
    view, metrics = page.sessions_view, page.sessions_view.fontMetrics()
    dates = [view.model().index(r, 0).data() for r in range(min(view.model().rowCount(), 10))]
    assert dates and all(metrics.horizontalAdvance(d) <= view.columnWidth(0) for d in dates)  # no "di …"
    grid = page.grid_view  # the whole cohort: rows as tall as the text, dates as wide
    assert grid.verticalHeader().defaultSectionSize() >= grid.fontMetrics().lineSpacing()
    assert grid.horizontalHeader().defaultSectionSize() >= grid.fontMetrics().horizontalAdvance("00-00")
    demo_app.step_text_size(0)
