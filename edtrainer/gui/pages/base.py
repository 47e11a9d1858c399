"""What every page has: a heading, data read in the background, reloading when its areas change."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from edtrainer.gui.context import AppContext, Change
from edtrainer.gui.settings import LAST_COHORT
from edtrainer.gui.widgets.wrap import wrap

if TYPE_CHECKING:
    from edtrainer.core.uow import UnitOfWork
    from edtrainer.gui.main_window import MainWindow


class Page(QWidget):
    """One area of the app. Subclasses set ``name`` and ``areas`` and implement ``load``."""

    loaded = Signal()
    name = ""
    areas: frozenset[str] = frozenset()

    def __init__(self, ctx: AppContext, window: MainWindow) -> None:
        super().__init__()
        self.ctx = ctx
        self.window_ = window
        self.setObjectName(f"page_{self.name}")
        self._dirty = True
        self.loading = False  # between asking for the data and showing it
        self._generations: dict[str, int] = {}
        self._target: dict[str, Any] = {}
        self._quieted = False
        self.layout_ = QVBoxLayout(self)
        self.heading = QLabel(self.title(), self)
        self.heading.setProperty("role", "title")  # its size comes from the style sheet (style.style_sheet)
        self.heading.setAccessibleName(self.title())
        self.layout_.addWidget(self.heading)
        ctx.changed.connect(self._on_changed)
        ctx.database_opened.connect(self._on_database)

    def title(self) -> str:
        raise NotImplementedError

    def focus_target(self) -> QWidget:
        """Where the keyboard goes when the page is opened with its shortcut (Ctrl+1 … Ctrl+8)."""
        return getattr(self, "view", None) or self

    def offer_choice(self) -> None:
        """Opened with its shortcut: a page that must first know what to show asks at once (see Sessions)."""

    # -- loading --------------------------------------------------------------------------------

    def _on_changed(self, change: Change) -> None:
        if change.source is self or not change.areas & self.areas:
            return
        self._dirty = True
        if self.isVisible():
            self.reload()

    def _on_database(self) -> None:
        self._dirty = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._quieted:
            self._quieted = True
            from edtrainer.gui.widgets.a11y import quiet_containers

            quiet_containers(self)
        if self._dirty and self.ctx.db is not None:
            self.reload()

    def reload(self) -> None:
        if self.ctx.db is None or not self.window_.allowed(self.name):
            return
        self._dirty = False
        self.loading = True
        self.load()

    def load(self) -> None:
        """Read what the page shows (through ``self.read``) and fill it in."""
        raise NotImplementedError

    def read(self, fn: Callable[[UnitOfWork], Any], done: Callable[[Any], None], *, channel: str = "page") -> None:
        """Like ``ctx.read``, but of the requests on one channel only the newest one's result is shown
        (the details of a row chosen a moment ago never overwrite those of the row chosen now)."""
        self._generations[channel] = generation = self._generations.get(channel, 0) + 1

        def deliver(result: Any) -> None:
            if generation == self._generations.get(channel):
                done(result)

        self.ctx.read(fn, deliver, owner=self)

    def go_to(self, **target: Any) -> None:
        """Show a particular record (from the overview): remembered until the data has loaded."""
        self._target = target
        if not self._dirty:
            self.apply_target()

    def apply_target(self) -> None:
        self._target = {}

    def finished_loading(self) -> None:
        self.loading = False
        if self._target:
            self.apply_target()
        self.loaded.emit()

    # -- building blocks ------------------------------------------------------------------------

    def button(self, text: str, slot: Callable[[], None], *, tip: str = "", parent: QWidget | None = None
               ) -> QPushButton:
        button = QPushButton(text, parent or self)
        button.clicked.connect(lambda _checked=False: slot())
        if tip:
            button.setToolTip(tip)
            button.setAccessibleDescription(tip)
        return button

    def button_row(self, buttons: Iterable[QWidget], parent: QWidget | None = None) -> QWidget:
        """Buttons side by side, wrapping onto a next line when the window is narrow or the text large."""
        from edtrainer.gui.widgets.flow import flow_row

        return flow_row(list(buttons), parent or self)

    def searchable_table(self, model: Any, parent: QWidget, *, name: str, object_name: str = "",
                         search: Any = None, on_activate: Callable[[], None] | None = None,
                         on_current: Callable[[], None] | None = None) -> tuple[Any, Any]:
        """A sortable list of ``model``'s rows, filtered by what is typed in ``search``: Enter or a double
        click runs ``on_activate``, moving to another row runs ``on_current``. Returns (proxy, view)."""
        from edtrainer.gui.widgets.tables import SearchProxy, TableView

        proxy = SearchProxy(self)
        proxy.setSourceModel(model)
        view = TableView(parent, accessible_name=name)
        if search is not None:
            search.textChanged.connect(proxy.set_query)
            search.textChanged.connect(lambda _text: view.keep_a_row_chosen())
        if object_name:
            view.setObjectName(object_name)
        view.setModel(proxy)
        if on_activate is not None:
            view.activated_row.connect(lambda _row: on_activate())
        if on_current is not None:
            view.selectionModel().currentRowChanged.connect(lambda *_: on_current())
        return proxy, view

    def needs_row(self, view: Any, *buttons: QWidget) -> None:
        """These buttons work on the chosen row of ``view``: greyed out while none is chosen."""
        def update(*_args: Any) -> None:
            chosen = view.current_row() is not None
            for button in buttons:
                button.setEnabled(chosen)

        view.selectionModel().currentRowChanged.connect(update)
        view.selectionModel().selectionChanged.connect(update)
        model = view.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsRemoved, model.rowsInserted):
            signal.connect(update)
        update()

    # -- forms ----------------------------------------------------------------------------------

    def create_record(self, title: str, fields: list[Any], create: Callable[..., Any], *,
                      values: dict[str, Any] | None = None, intro: str = "",
                      select: Callable[[Any], dict[str, Any]] | None = None) -> Any:
        """A form that creates a record through ``create(uow, **values)``; returns it, or None if cancelled."""
        from edtrainer.gui.widgets.forms import FormDialog

        def save(form_values: dict[str, Any]) -> Any:
            return self.ctx.write(lambda uow: create(uow, **form_values))

        dialog = FormDialog(self, title, fields, save=save, values=values, intro=intro)
        if not dialog.exec():
            return None
        if select is not None:
            self._target = select(dialog.result_value)
        return dialog.result_value

    def edit_record(self, title: str, fields: list[Any], old: dict[str, Any], version: int,
                    update: Callable[..., Any], *, intro: str = "") -> Any:
        """A form that edits a versioned record through ``update(uow, expected_version=..., **values)``, with
        undo of exactly the fields that changed. Returns the saved record, or None if cancelled."""
        from edtrainer.gui.undo import FieldEditCommand, changed_fields
        from edtrainer.gui.widgets.forms import FormDialog

        def save(values: dict[str, Any]) -> Any:
            expected = values.pop("expected_version", None)
            return self.ctx.write(lambda uow: update(uow, expected_version=expected, **values))

        dialog = FormDialog(self, title, fields, save=save, values={**old, "version": version}, intro=intro)
        if not dialog.exec():
            return None
        saved = dialog.result_value
        before, after = changed_fields(old, {k: _plain(getattr(saved, k)) for k in old})
        if after:
            self.ctx.undo_stack.push(FieldEditCommand(self.ctx, title, update=update, old=before, new=after,
                                                      version=saved.version))
        return saved

    def document(self, title: str, make: Callable[[Any], bytes], suggestion: str) -> None:
        """Make a PDF through a service off the GUI thread (printing is logged, so it commits), then show it
        with Print and Save as."""
        from edtrainer.gui.documents import show_pdf

        self.ctx.work(lambda uow, _task: make(uow), lambda pdf: show_pdf(self, title, pdf, suggestion),
                      label=self.tr("Making the document…"), parent=self)

    def status(self, text: str) -> None:
        self.window_.statusBar().showMessage(text, 8000)

    def error(self, exc: BaseException) -> None:
        self.ctx.show_error(exc, self)


class CohortPicker(QWidget):
    """A labelled choice of cohort, shared by several pages; remembers the last one chosen."""

    chosen = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget, *, allow_all: bool = False) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.allow_all = allow_all
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self.tr("&Cohort:"), self)
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(self.tr("Cohort"))
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.label.setBuddy(self.combo)
        layout.addWidget(self.label)
        layout.addWidget(self.combo, 1)
        self.combo.currentIndexChanged.connect(self._changed)
        self.rows: list[Any] = []

    def set_cohorts(self, rows: list[Any]) -> None:
        """Rows from ``cohorts.list_cohorts``; keeps the current choice, else the remembered one."""
        keep = self.current_id() or self.ctx.settings.get(LAST_COHORT)
        self.rows = rows
        self.combo.blockSignals(True)
        self.combo.clear()
        if self.allow_all:
            self.combo.addItem(self.tr("All cohorts"), 0)
        for row in rows:
            self.combo.addItem(f"{row.name} ({row.programme})" if len({r.programme for r in rows}) > 1 else row.name,
                               row.id)
        index = self.combo.findData(keep)
        if index < 0:
            running = next((i for i, r in enumerate(rows) if r.status == "running"), 0)
            index = running + (1 if self.allow_all else 0) if rows else 0
        self.combo.setCurrentIndex(index)
        self.combo.blockSignals(False)
        self._changed()

    def current_id(self) -> int:
        data = self.combo.currentData()
        return int(data) if data else 0

    def current(self) -> Any:
        cid = self.current_id()
        return next((r for r in self.rows if r.id == cid), None)

    def select(self, cohort_id: int) -> None:
        index = self.combo.findData(cohort_id)
        if index >= 0 and index != self.combo.currentIndex():
            self.combo.setCurrentIndex(index)

    def _changed(self) -> None:
        cid = self.current_id()
        if cid:
            self.ctx.settings.set(LAST_COHORT, cid)
        self.chosen.emit(cid)


def empty_hint(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    wrap(label)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    label.setProperty("role", "banner")
    return label


def _plain(value: Any) -> Any:
    """Enum members as their value, so a form's old and new values compare like for like."""
    import enum

    return value.value if isinstance(value, enum.Enum) else value
