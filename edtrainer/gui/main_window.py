"""The main window: a navigation list on the left, one page per area, menus, a tool bar, a status bar.

Pages are built the first time they are shown, so the window paints at once; the database is opened
in the background right after that first paint.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# No ``Qt`` namespace here: creating its hundred enumerations costs more than painting the window, and
# nothing before the first paint needs it.
from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QStackedWidget,
    QWidget,
)

from edtrainer.gui import menus
from edtrainer.gui import settings as S
from edtrainer.gui.context import AppContext
from edtrainer.gui.tr import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from edtrainer.gui.app import Controller
    from edtrainer.gui.pages.base import Page

# name, title, module, class
TRAINER_PAGES = ("sessions",)  # what a trainer's login may use (see core.roles)
PAGES = (
    ("overview", QT_TRANSLATE_NOOP("MainWindow", "Overview"), "overview", "OverviewPage"),
    ("cohorts", QT_TRANSLATE_NOOP("MainWindow", "Cohorts"), "cohorts", "CohortsPage"),
    ("trainees", QT_TRANSLATE_NOOP("MainWindow", "Trainees"), "trainees", "TraineesPage"),
    ("programmes", QT_TRANSLATE_NOOP("MainWindow", "Programme && modules"), "programmes", "ProgrammesPage"),
    ("sessions", QT_TRANSLATE_NOOP("MainWindow", "Sessions && attendance"), "sessions", "SessionsPage"),
    ("placements", QT_TRANSLATE_NOOP("MainWindow", "Placements"), "placements", "PlacementsPage"),
    ("certification", QT_TRANSLATE_NOOP("MainWindow", "Certification"), "certification", "CertificationPage"),
    ("organisations", QT_TRANSLATE_NOOP("MainWindow", "Organisations"), "organisations", "OrganisationsPage"),
)


def page_title(name: str) -> str:
    title = next(t for n, t, _m, _c in PAGES if n == name)
    return QCoreApplication.translate("MainWindow", title).replace("&&", "&")


class MainWindow(QMainWindow):
    first_painted = Signal()

    # Made by menus.build: the actions other parts of the window enable, disable or trigger.
    _shortcuts: list[tuple[QAction, list[Any]]]
    _undo_button: QAction
    backup_now_action: QAction
    backup_action: QAction
    restore_action: QAction
    import_action: QAction
    export_action: QAction
    pack_action: QAction
    apply_action: QAction
    coordinator_actions: list[QAction]
    undo_action: QAction
    redo_action: QAction
    find_action: QAction
    refresh_action: QAction
    privacy_action: QAction
    page_actions: dict[str, QAction]

    def __init__(self, ctx: AppContext, controller: Controller | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.controller = controller
        self._painted = False
        self.build_after_paint = True  # the smoke run (--quit-after-first-paint) stops right after the paint
        self.pages: dict[str, Page] = {}
        self.setWindowTitle("edtrainer")
        self.setObjectName("main_window")
        self.setMinimumSize(640, 420)

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        self.nav = QListWidget(central)
        self.nav.setObjectName("navigation")
        self.nav.setWordWrap(True)
        self.nav.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.nav.setAccessibleName(self.tr("Areas"))
        self.nav.setAccessibleDescription(self.tr("Choose an area with the arrow keys; Ctrl+1 to Ctrl+8 from "
                                                  "anywhere"))
        self.stack = QStackedWidget(central)
        for index, (name, _title, _module, _cls) in enumerate(PAGES):
            item = QListWidgetItem(page_title(name), self.nav)
            item.setToolTip(f"{page_title(name)} (Ctrl+{index + 1})")
            placeholder = QLabel(self.tr("Loading…"), self.stack)
            self.stack.addWidget(placeholder)
        self._fit_nav()
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self._nav_changed)

        menus.build(self)
        self._build_status_bar()
        ctx.database_opened.connect(self._database_opened)
        ctx.database_failed.connect(self._database_failed)
        ctx.busy.connect(self.busy.setVisible)
        # A notice; an empty one takes back what was said (a write no longer waits for the database).
        ctx.notice.connect(lambda text: self.statusBar().showMessage("⚠ " + text, 15000) if text
                           else self.statusBar().clearMessage())
        ctx.backed_up.connect(self._backed_up)
        ctx.backup_failed.connect(self._backup_failed)
        self._closing_after_backup = False
        self._told_backup_failed = False

    def _fit_nav(self) -> None:
        """The navigation as wide as its longest name, but never more than a fifth of the window: at a
        large text size the names wrap onto two lines instead of taking the page's room."""
        metrics = self.nav.fontMetrics()
        names = [self.nav.item(i).text() for i in range(self.nav.count())]
        padding = 2 * self.nav.frameWidth() + 40
        widest = max(metrics.horizontalAdvance(n) for n in names) * 1.1  # the chosen one is bold
        longest_word = max(metrics.horizontalAdvance(w) for n in names for w in n.split()) * 1.1
        self.nav.setFixedWidth(int(max(min(widest, self.width() // 5), longest_word)) + padding)
        self.nav.doItemsLayout()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_nav()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit_nav()

    # -- actions --------------------------------------------------------------------------------

    def _action(self, text: str, slot: Any, shortcut: Any = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            self._shortcuts.append((action, shortcut if isinstance(shortcut, list) else [shortcut]))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _undo_tip(self, text: str) -> None:
        self._undo_button.setToolTip(self.tr("Undo: %1 (Ctrl+Z)").replace("%1", text) if text
                                     else self.tr("Undo the last change (Ctrl+Z)"))

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.where_label = QLabel(self.tr("Opening the database…"), self)
        self.where_label.setAccessibleName(self.tr("Database"))
        self.demo_label = QLabel(self.tr("DEMO DATA"), self)
        self.demo_label.setToolTip(self.tr("This database holds the demo: invented people. Remove it on the "
                                           "Overview page."))
        self.demo_label.setStyleSheet("QLabel { background: #ffd54f; color: #000; font-weight: bold; "
                                      "padding: 1px 6px; border: 1px solid #000; }")
        self.demo_label.setVisible(False)
        # Said in words and marked with a symbol, not by its colour alone.
        self.damaged_label = QLabel("⚠ " + self.tr("READ-ONLY: DATABASE DAMAGED"), self)
        self.damaged_label.setToolTip(self.tr("Nothing can be changed. File → Restore a backup puts a good "
                                              "backup back."))
        self.damaged_label.setStyleSheet("QLabel { background: #b00020; color: #fff; font-weight: bold; "
                                         "padding: 1px 6px; border: 1px solid #000; }")
        self.damaged_label.setVisible(False)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setAccessibleName(self.tr("Working"))
        self.busy.setTextVisible(False)
        self.busy.setVisible(False)
        bar.addPermanentWidget(self.busy)
        bar.addPermanentWidget(self.damaged_label)
        bar.addPermanentWidget(self.demo_label)
        bar.addPermanentWidget(self.where_label)

    # -- pages ----------------------------------------------------------------------------------

    def page(self, name: str) -> Page:
        if name not in self.pages:
            index, module, cls = next((i, m, c) for i, (n, _t, m, c) in enumerate(PAGES) if n == name)
            from PySide6.QtWidgets import QFrame, QScrollArea

            from edtrainer.gui.widgets.a11y import no_tab_stop

            page_cls = getattr(importlib.import_module(f"edtrainer.gui.pages.{module}"), cls)
            page = page_cls(self.ctx, self)
            # A page that does not fit (a small window, 200 % text) scrolls instead of squeezing its texts.
            scroller = QScrollArea(self.stack)
            scroller.setWidgetResizable(True)
            scroller.setFrameShape(QFrame.Shape.NoFrame)
            no_tab_stop(scroller)  # it shows no focus: Tab goes straight to the page's first control
            scroller.setWidget(page)
            old = self.stack.widget(index)
            showing = self.stack.currentIndex() == index
            self.stack.insertWidget(index, scroller)
            if old is not None:
                self.stack.removeWidget(old)
                old.deleteLater()
            self.pages[name] = page
            if showing:
                self.stack.setCurrentIndex(index)
        return self.pages[name]

    def current_page_name(self) -> str:
        row = self.nav.currentRow()
        return PAGES[row][0] if row >= 0 else "overview"

    def allowed(self, name: str) -> bool:
        """Whether the person working may use this page: a trainer's login on a shared server only has the
        attendance register of their own cohorts (the server enforces it; the app does not offer the rest)."""
        return self.ctx.role != "trainer" or name in TRAINER_PAGES

    def show_page(self, name: str, **target: Any) -> Page:
        if not self.allowed(name):
            name = TRAINER_PAGES[0]
        index = next(i for i, (n, *_rest) in enumerate(PAGES) if n == name)
        page = self.page(name)
        if self.nav.currentRow() != index:
            self.nav.setCurrentRow(index)
        else:
            self.stack.setCurrentIndex(index)
        # Opened by a shortcut, a menu or an overview item: the keyboard goes into the page (moving
        # through the navigation list with the arrow keys leaves it there).
        page.focus_target().setFocus()
        if target:
            page.go_to(**target)
        return page

    def show_page_by_key(self, name: str) -> Page:
        """Ctrl+1 … Ctrl+8 (or the View menu): the page, with the choice it offers at once (Ctrl+5: which cohort)."""
        page = self.show_page(name)
        page.offer_choice()
        return page

    def _nav_changed(self, row: int) -> None:
        if row < 0:
            return
        name = PAGES[row][0]
        if self._painted or name != "overview":
            self.page(name)
        self.stack.setCurrentIndex(row)
        self.ctx.settings.set(S.LAST_PAGE, name)
        self.setWindowTitle(f"{page_title(name)} — edtrainer")

    # -- start and stop -------------------------------------------------------------------------

    def restore(self) -> None:
        geometry = self.ctx.settings.get(S.GEOMETRY)
        if not geometry or not self.restoreGeometry(QByteArray(geometry)):
            self.resize(1180, 760)
        state = self.ctx.settings.get(S.WINDOW_STATE)
        if state:
            self.restoreState(QByteArray(state))
        last = self.ctx.settings.get(S.LAST_PAGE)
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(next(i for i, (n, *_r) in enumerate(PAGES) if n == last))
        self.nav.blockSignals(False)
        self.stack.setCurrentIndex(self.nav.currentRow())
        self.setWindowTitle(f"{page_title(last)} — edtrainer")

    def event(self, event: QEvent) -> bool:
        result = super().event(event)
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._mark_painted()
        return result

    def paintEvent(self, event: Any) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._mark_painted()

    def install_shortcuts(self) -> None:
        """What waits until after the first paint (see _build_actions): shortcuts, and a navigation that
        wraps long names rather than scrolling sideways."""
        from PySide6.QtCore import Qt

        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for action, keys in self._shortcuts:
            if len(keys) == 1 and isinstance(keys[0], QKeySequence.StandardKey):
                action.setShortcut(keys[0])
            else:
                action.setShortcuts([QKeySequence(k) if not isinstance(k, QKeySequence) else k for k in keys])
        self._shortcuts.clear()

    def _mark_painted(self) -> None:
        self._painted = True
        self.first_painted.emit()
        QTimer.singleShot(0, self.install_shortcuts)
        if self.build_after_paint:  # the page that is showing, now that the window is on screen
            QTimer.singleShot(0, lambda: self.page(self.current_page_name()))

    def save_state(self) -> None:
        settings = self.ctx.settings
        settings.set(S.GEOMETRY, bytes(self.saveGeometry().data()))
        settings.set(S.WINDOW_STATE, bytes(self.saveState().data()))
        settings.set(S.LAST_PAGE, self.current_page_name())
        settings.sync()

    def closeEvent(self, event: Any) -> None:
        # Data changed since the last backup: make one before the window goes (the file is then folded
        # together and checked by ctx.close_database).
        if not self._closing_after_backup and self.ctx.backup_due("close"):
            from PySide6.QtCore import Qt
            from PySide6.QtWidgets import QProgressDialog

            event.ignore()
            self._closing_after_backup = True
            progress = QProgressDialog(self.tr("Making a backup before closing…"), "", 0, 0, self)
            progress.setWindowTitle("edtrainer")
            progress.setCancelButton(None)
            progress.setWindowModality(Qt.WindowModality.WindowModal)
            progress.setMinimumDuration(300)

            def closed(_backup: Any) -> None:
                progress.reset()
                progress.deleteLater()
                self.close()

            if self.ctx.back_up_if_due("close", done=closed) is None:
                progress.deleteLater()
                self.close()
            return
        self.save_state()
        super().closeEvent(event)

    def _database_opened(self) -> None:
        db = self.ctx.db
        # The file's name only: a whole path pushed the status bar's messages out of sight at large text sizes.
        from pathlib import Path

        where = self.ctx.where
        shown = Path(where).name if self.ctx.db is not None and self.ctx.db.is_sqlite else where
        self.where_label.setText(self.tr("Database: %1").replace("%1", shown))
        self.where_label.setToolTip(where)
        self.where_label.setAccessibleDescription(where)
        self.demo_label.setVisible(self.ctx.is_demo)
        sqlite = db is not None and db.is_sqlite
        damaged = db is not None and db.read_only
        self.damaged_label.setVisible(damaged)
        self._apply_role()
        self.backup_now_action.setEnabled(sqlite and not damaged)
        self.backup_action.setEnabled(sqlite and not damaged)
        self.restore_action.setEnabled(sqlite)
        if not sqlite:
            tip = self.tr("A shared database is backed up by its server (pg_dump), not by edtrainer")
            for action in (self.backup_now_action, self.backup_action, self.restore_action):
                action.setToolTip(tip)
                action.setStatusTip(tip)
        if damaged:
            from PySide6.QtCore import QTimer

            from edtrainer.gui.backup_dialogs import tell_damaged

            QTimer.singleShot(0, lambda: tell_damaged(self, self.ctx) if self.ctx.db is db else None)

    def _apply_role(self) -> None:
        for index, (name, *_rest) in enumerate(PAGES):
            item = self.nav.item(index)
            if item is not None:
                item.setHidden(not self.allowed(name))
            self.page_actions[name].setEnabled(self.allowed(name))
        for action in self.coordinator_actions:
            action.setEnabled(self.ctx.role != "trainer")
        if not self.allowed(self.current_page_name()):
            self.show_page(TRAINER_PAGES[0])
        if self.ctx.role == "trainer":
            self.statusBar().showMessage(self.tr("Signed in as a trainer: you see the attendance of your own "
                                                 "cohorts."), 15000)

    def _backed_up(self, backup: Any) -> None:
        self.statusBar().showMessage(self.tr("Backup made: %1").replace("%1", str(backup.path)), 8000)

    def _backup_failed(self, exc: BaseException) -> None:
        from edtrainer.core.errors import EdtrainerError

        text = exc.message(self.ctx.language) if isinstance(exc, EdtrainerError) else str(exc)
        self.statusBar().showMessage("⚠ " + self.tr("No automatic backup: %1").replace("%1", text), 15000)
        if not self._told_backup_failed:  # once a session in a dialog; after that in the status bar
            self._told_backup_failed = True
            self.ctx.show_error(exc, self)

    def set_demo(self, is_demo: bool) -> None:
        self.ctx.is_demo = is_demo
        self.demo_label.setVisible(is_demo)

    def _database_failed(self, exc: BaseException) -> None:
        from edtrainer.gui import open_failed

        open_failed.ask_what_next(self, exc)

    # -- menu actions ---------------------------------------------------------------------------

    def refresh(self) -> None:
        page = self.pages.get(self.current_page_name())
        if page is not None:
            page.reload()

    def focus_search(self) -> None:
        page = self.pages.get(self.current_page_name())
        search = getattr(page, "search", None)
        if search is not None:
            search.setFocus()
            search.selectAll()

    def change_text_size(self, step: int) -> None:
        if self.controller is not None:
            self.controller.step_text_size(step)
