"""Forms for every entity: fields declared once, errors shown next to the field they concern.

A form never validates on its own: it hands the values to a service (through ``save``), and a
``ValidationError`` names the field it is about, so the message appears under that field, in the
user's language, and nothing is saved. A ``ConflictError`` (someone else saved first on a shared
database) opens a dialog that shows what changed and lets the user choose.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QDate, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from edtrainer.core.errors import ConflictError, EdtrainerError, NeedsConfirmation, ValidationError
from edtrainer.gui import fmt
from edtrainer.gui.tr import translate
from edtrainer.gui.widgets.length_hint import length_hint
from edtrainer.gui.widgets.wrap import wrap


@dataclass
class Field:
    """One input of a form.

    ``kind``: text, multiline, date, time, int, number, choice, bool, multi (several choices).
    ``errors``: other field names a service may use for this input (e.g. ``start_date`` for
    ``planned_start``), so its messages land here.
    """

    name: str
    label: str
    kind: str = "text"
    required: bool = False
    choices: Sequence[tuple[Any, str]] = ()
    errors: tuple[str, ...] = ()
    help: str = ""
    low: int = 0
    high: int = 1000
    suffix: str = ""
    max_len: int | None = None
    placeholder: str = ""
    read_only: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


class DateField(QWidget):
    """A date typed the way people write it (24-11-2026, or 24/11/2026 in English) or picked from a calendar.

    ``value()`` returns a date, None when empty, or the typed text when it is not a date, so that the
    service can refuse it with its own message next to the field.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(fmt.date_placeholder())
        self.button = QToolButton(self)
        self.button.setText("▼")
        self.button.setToolTip(self.tr("Choose from a calendar"))
        self.button.setAccessibleName(self.tr("Choose from a calendar"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget()
        self.calendar.setLocale(fmt.locale())
        self.calendar.setGridVisible(True)
        menu = QMenu(self.button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        self.button.setMenu(menu)
        menu.aboutToShow.connect(self._sync_calendar)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self.changed)

    def _sync_calendar(self) -> None:
        value = self.value()
        if isinstance(value, dt.date):
            self.calendar.setSelectedDate(QDate(value.year, value.month, value.day))

    def _picked(self, qdate: QDate) -> None:
        self.set_value(dt.date(qdate.year(), qdate.month(), qdate.day()))
        self.button.menu().hide()
        self.edit.setFocus()

    def set_value(self, value: dt.date | None) -> None:
        self.edit.setText(fmt.date(value) if value else "")

    def value(self) -> dt.date | str | None:
        text = self.edit.text().strip()
        if not text:
            return None
        return fmt.parse_date(text) or text


class MultiChoice(QListWidget):
    """Several choices ticked in a list (e.g. the trainers of a session)."""

    def __init__(self, choices: Sequence[tuple[Any, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for value, label in choices:
            item = QListWidgetItem(label, self)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        rows = max(2, min(len(choices), 5))
        self.setMaximumHeight(self.sizeHintForRow(0) * rows + 8 if choices else 40)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Space and self.currentItem() is not None:
            item = self.currentItem()
            item.setCheckState(Qt.CheckState.Unchecked if item.checkState() == Qt.CheckState.Checked
                               else Qt.CheckState.Checked)
            return
        super().keyPressEvent(event)

    def set_value(self, values: Sequence[Any] | None) -> None:
        wanted = set(values or ())
        for i in range(self.count()):
            item = self.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in wanted
                               else Qt.CheckState.Unchecked)

    def value(self) -> list[Any]:
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked]


def make_input(spec: Field, parent: QWidget) -> QWidget:
    kind = spec.kind
    widget: QWidget
    if kind == "multiline":
        widget = QPlainTextEdit(parent)
        widget.setTabChangesFocus(True)
        widget.setFixedHeight(widget.fontMetrics().lineSpacing() * 4 + 12)
    elif kind == "date":
        widget = DateField(parent)
    elif kind == "int":
        widget = QSpinBox(parent)
        widget.setRange(spec.low, spec.high)
        if spec.suffix:
            widget.setSuffix(spec.suffix)
    elif kind == "choice":
        widget = QComboBox(parent)
        for value, label in spec.choices:
            widget.addItem(label, value)
    elif kind == "bool":
        widget = QCheckBox(spec.extra.get("text", ""), parent)
    elif kind == "multi":
        widget = MultiChoice(spec.choices, parent)
    else:  # text, time, number
        widget = QLineEdit(parent)
        if spec.max_len:
            widget.setMaxLength(spec.max_len)
        if kind == "time":
            widget.setPlaceholderText("09:30")
            widget.setMaxLength(5)
        elif kind == "number":
            widget.setPlaceholderText(fmt.number(2.5))
    if spec.placeholder and isinstance(widget, QLineEdit):
        widget.setPlaceholderText(spec.placeholder)
    widget.setObjectName(f"field_{spec.name}")
    widget.setAccessibleName(spec.label.rstrip(" *"))
    if spec.help:
        widget.setAccessibleDescription(spec.help)
        widget.setToolTip(spec.help)
    widget.setEnabled(not spec.read_only)
    return widget


def set_input(widget: QWidget, spec: Field, value: Any) -> None:
    if isinstance(widget, QPlainTextEdit):
        widget.setPlainText("" if value is None else str(value))
    elif isinstance(widget, DateField):
        widget.set_value(value)
    elif isinstance(widget, QSpinBox):
        widget.setValue(int(value) if value is not None else spec.low)
    elif isinstance(widget, QComboBox):
        index = widget.findData(value)
        widget.setCurrentIndex(index if index >= 0 else (0 if widget.count() else -1))
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, MultiChoice):
        widget.set_value(value)
    elif isinstance(widget, QLineEdit):
        if value is None:
            text = ""
        elif isinstance(value, dt.time):
            text = value.strftime("%H:%M")
        elif isinstance(value, float):
            text = fmt.number(value)
        else:
            text = str(value)
        widget.setText(text)


def get_input(widget: QWidget, spec: Field) -> Any:
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, DateField):
        return widget.value()
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, MultiChoice):
        return widget.value()
    if isinstance(widget, QLineEdit):
        return widget.text()
    raise TypeError(widget)


class FormDialog(QDialog):
    """A dialog with one labelled input per field, an error line under each, and Save / Cancel.

    ``save(values)`` runs the service; it returns the saved result or raises a domain error. With
    ``on_change``, a field's change can update other fields' choices (organisation -> its contacts).
    """

    def __init__(self, parent: QWidget | None, title: str, fields: Sequence[Field], *,
                 save: Callable[[dict[str, Any]], Any], values: dict[str, Any] | None = None, intro: str = "",
                 save_text: str = "", on_change: Callable[[FormDialog, str], None] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.fields = list(fields)
        self._save = save
        self.result_value: Any = None
        self.initial = dict(values or {})
        self.version: int | None = self.initial.get("version")
        self.inputs: dict[str, QWidget] = {}
        self.error_labels: dict[str, QLabel] = {}
        self.confirmed: list[str] = []

        outer = QVBoxLayout(self)
        if intro:
            intro_label = QLabel(intro, self)
            wrap(intro_label)
            outer.addWidget(intro_label)
        self.banner = QLabel(self)
        self.banner.setProperty("role", "error")
        wrap(self.banner)
        self.banner.setVisible(False)
        outer.addWidget(self.banner)

        body = QWidget(self)
        form = QFormLayout(body)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec in self.fields:
            widget = make_input(spec, body)
            self.inputs[spec.name] = widget
            label = QLabel(spec.label + (" *" if spec.required else ""), body)
            label.setBuddy(widget)
            wrap(label)
            error = QLabel(body)
            error.setProperty("role", "error")
            wrap(error)
            error.setVisible(False)
            self.error_labels[spec.name] = error
            column = QWidget(body)
            box = QVBoxLayout(column)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            box.addWidget(widget)
            if (hint := length_hint(widget, spec.max_len, column)) is not None:  # "187 van 200 tekens"
                box.addWidget(hint)
            box.addWidget(error)
            form.addRow(label, column)
            set_input(widget, spec, self.initial.get(spec.name))
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(scroll, 1)
        if any(spec.required for spec in self.fields):
            note = QLabel(self.tr("Fields marked * are required."), self)
            outer.addWidget(note)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(save_text or self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)

        if on_change is not None:
            for spec in self.fields:
                widget = self.inputs[spec.name]
                if isinstance(widget, QComboBox):
                    widget.currentIndexChanged.connect(lambda _i, name=spec.name: on_change(self, name))
        first = next((w for w in self.inputs.values() if w.isEnabled()), None)
        if first is not None:
            first.setFocus()
        self.resize(max(self.sizeHint().width(), 520), min(self.sizeHint().height() + 40, 760))

    # -- values and errors ----------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """What the user entered, plus ``expected_version`` when the form edits a versioned record."""
        out = {spec.name: get_input(self.inputs[spec.name], spec) for spec in self.fields if not spec.read_only}
        if self.version is not None:
            out["expected_version"] = self.version
        return out

    def set_value(self, name: str, value: Any) -> None:
        spec = next(f for f in self.fields if f.name == name)
        set_input(self.inputs[name], spec, value)

    def set_choices(self, name: str, choices: Sequence[tuple[Any, str]], keep: Any = None) -> None:
        widget = self.inputs[name]
        assert isinstance(widget, QComboBox)
        widget.blockSignals(True)
        widget.clear()
        for value, label in choices:
            widget.addItem(label, value)
        index = widget.findData(keep)
        widget.setCurrentIndex(index if index >= 0 else 0)
        widget.blockSignals(False)

    def clear_errors(self) -> None:
        self.banner.setVisible(False)
        for name, label in self.error_labels.items():
            label.setVisible(False)
            spec = next(f for f in self.fields if f.name == name)
            self.inputs[name].setAccessibleDescription(spec.help)

    def show_error(self, error: EdtrainerError) -> None:
        message = error.message(fmt.language())
        target = None
        if error.field:
            target = next((f.name for f in self.fields if error.field == f.name or error.field in f.errors), None)
        if target is None:
            self.banner.setText("⚠ " + message)
            self.banner.setVisible(True)
            return
        label = self.error_labels[target]
        label.setText("⚠ " + message)
        label.setVisible(True)
        widget = self.inputs[target]
        widget.setAccessibleDescription(message)
        widget.setFocus()

    def error_text(self, name: str) -> str:
        label = self.error_labels[name]
        return label.text() if label.isVisibleTo(self) else ""

    # -- saving ---------------------------------------------------------------------------------

    def accept(self) -> None:
        self.clear_errors()
        values = self.values()
        if self.confirmed:  # unlikely values the user said are right (see NeedsConfirmation)
            values["confirmed"] = tuple(self.confirmed)
        try:
            self.result_value = self._save(values)
        except NeedsConfirmation as doubt:
            if confirm(self, self.tr("Is this right?"), doubt.message(fmt.language()), self.tr("Yes, save")):
                self.confirmed.append(doubt.key)
                self.accept()
            else:
                self.show_error(doubt)
            return
        except ConflictError as conflict:
            self._conflict(conflict)
            return
        except ValidationError as error:
            self.show_error(error)
            return
        except EdtrainerError as error:
            self.banner.setText("⚠ " + error.message(fmt.language()))
            self.banner.setVisible(True)
            return
        super().accept()

    def _conflict(self, conflict: ConflictError) -> None:
        mine = self.values()
        dialog = ConflictDialog(self, conflict, mine, self.fields)
        choice = dialog.exec()
        if choice == ConflictDialog.KEEP_MINE:
            # Save again over their version: the user saw both and chose.
            self.version = conflict.current.get("version")
            self.accept()
        elif choice == ConflictDialog.TAKE_THEIRS:
            for spec in self.fields:
                if spec.name in conflict.current:
                    self.set_value(spec.name, fmt.from_plain(conflict.current[spec.name], spec.kind))
            self.version = conflict.current.get("version")
            self.banner.setText("ⓘ " + self.tr("The form now shows the other person's values. Check them and "
                                               "save, or cancel."))
            self.banner.setVisible(True)


class ConflictDialog(QDialog):
    """Someone else saved this record first: show their values beside the user's and let them choose."""

    KEEP_MINE, TAKE_THEIRS = 10, 11

    def __init__(self, parent: QWidget | None, conflict: ConflictError, mine: dict[str, Any],
                 fields: Sequence[Field]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Someone else changed this"))
        layout = QVBoxLayout(self)
        text = QLabel(conflict.message(fmt.language()).split(". ")[0] + ".", self)
        wrap(text)
        layout.addWidget(text)
        changed = [spec for spec in fields if spec.name in conflict.current
                   and fmt.plain_equal(conflict.current[spec.name], mine.get(spec.name)) is False]
        table = QTableWidget(len(changed), 3, self)
        table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Your value"), self.tr("Their value")])
        table.setAccessibleName(self.tr("Differences"))
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for r, spec in enumerate(changed):
            table.setItem(r, 0, QTableWidgetItem(spec.label))
            table.setItem(r, 1, QTableWidgetItem(fmt.show_any(mine.get(spec.name), spec)))
            table.setItem(r, 2, QTableWidgetItem(fmt.show_any(conflict.current[spec.name], spec)))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(table)
        if not changed:
            layout.addWidget(QLabel(self.tr("The fields in this form were not changed; other details were."), self))
        layout.addWidget(QLabel(self.tr("Nothing has been saved yet. What do you want to do?"), self))
        buttons = QDialogButtonBox(self)
        keep = buttons.addButton(self.tr("Save my values"), QDialogButtonBox.ButtonRole.AcceptRole)
        take = buttons.addButton(self.tr("Use their values"), QDialogButtonBox.ButtonRole.ActionRole)
        cancel = buttons.addButton(self.tr("Back to the form"), QDialogButtonBox.ButtonRole.RejectRole)
        keep.clicked.connect(lambda: self.done(self.KEEP_MINE))
        take.clicked.connect(lambda: self.done(self.TAKE_THEIRS))
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.table = table
        self.resize(620, 360)


def confirm(parent: QWidget | None, title: str, text: str, yes: str) -> bool:
    """A question with a clearly named action instead of Yes/No."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    go = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(translate("Forms", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is go


def time_value(text: Any) -> Any:
    """'9.30' or '09:30' as a time for the services; anything else as typed (the service refuses it)."""
    if isinstance(text, str):
        raw = text.strip().replace(".", ":")
        try:
            return QTime.fromString(raw if len(raw) > 2 else raw + ":00", "H:mm").toPython() if raw else text
        except (TypeError, ValueError):
            return text
    return text
