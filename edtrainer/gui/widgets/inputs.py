"""The inputs of a form, one kind per ``Field``: made, filled, read, named and described for a screen reader.

A date is a text box with a calendar beside it; an input's accessible description carries its error, that it
is required and its help, as Qt has no 'required' state and only custom interfaces can set 'invalid'.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QDate, QEvent, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from edtrainer.gui import fmt
from edtrainer.gui.tr import translate


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
    service can refuse it with its own message next to the field. The calendar opens with Alt+Down or F4
    from the text box (its button is for the mouse and no Tab stop), with the keyboard in the calendar.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(fmt.date_placeholder())
        self.edit.installEventFilter(self)
        self.button = QToolButton(self)
        self.button.setText("▼")
        self.button.setToolTip(self.tr("Choose from a calendar (Alt+Down)"))
        self.button.setAccessibleName(self.tr("Choose from a calendar"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the text box opens it with Alt+Down: one Tab stop
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget()
        self.calendar.setLocale(fmt.locale())
        self.calendar.setGridVisible(True)
        self.calendar.setAccessibleName(self.tr("Calendar"))
        self.calendar.setAccessibleDescription(self.tr("Arrow keys choose a day, Page Up and Page Down a month, "
                                                       "Enter takes it, Escape closes"))
        menu = QMenu(self.button)
        menu.setAccessibleName(self.tr("Calendar"))
        self._calendar_action = QWidgetAction(menu)
        self._calendar_action.setDefaultWidget(self.calendar)
        menu.addAction(self._calendar_action)
        self.button.setMenu(menu)
        menu.aboutToShow.connect(self._sync_calendar)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self.changed)

    def set_label(self, label: str, description: str) -> None:
        """The name a screen reader says for the text box (its label's), and its description."""
        self.setAccessibleName(label)
        self.edit.setAccessibleName(label)
        self.edit.setAccessibleDescription(description)
        self.calendar.setAccessibleName(self.tr("Calendar: %1").replace("%1", label))

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and (
                event.key() == Qt.Key.Key_F4 or (event.key() == Qt.Key.Key_Down
                                                 and event.modifiers() & Qt.KeyboardModifier.AltModifier)):
            self.open_calendar()
            return True
        return super().eventFilter(watched, event)

    def open_calendar(self) -> None:
        self.button.showMenu()

    def _sync_calendar(self) -> None:
        value = self.value()
        if isinstance(value, dt.date):
            self.calendar.setSelectedDate(QDate(value.year, value.month, value.day))
        # The keyboard goes into the calendar at once (a menu would first wait for Down to reach it).
        QTimer.singleShot(0, self._into_calendar)

    def _into_calendar(self) -> None:
        menu = self.button.menu()
        if menu.isVisible():
            menu.setActiveAction(self._calendar_action)
            self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

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
    widget.setAccessibleName(field_name(spec))
    describe(widget, spec)
    if spec.help:
        widget.setToolTip(spec.help)
    widget.setEnabled(not spec.read_only)
    return widget


def field_name(spec: Field) -> str:
    return spec.label.replace("&", "").rstrip(" *:")


def describe(widget: QWidget, spec: Field, error: str = "") -> None:
    """What a screen reader says after a field's name: its error first, then that it is required (Qt has no
    'required' state to tell it otherwise), then its help and, for a date, how to write one."""
    parts = [error] if error else []
    if spec.required:
        parts.append(translate("Forms", "required"))
    if spec.help:
        parts.append(spec.help)
    if isinstance(widget, DateField):
        parts.append(fmt.date_placeholder())
        widget.set_label(field_name(spec), ". ".join(parts))
    widget.setAccessibleDescription(". ".join(parts))


def focus_part(widget: QWidget) -> QWidget:
    """The part of an input that takes the keyboard (a date field's text box)."""
    return widget.edit if isinstance(widget, DateField) else widget


def is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip()) or (isinstance(value, list) and not value)


def changed_signal(widget: QWidget) -> Any:
    """The signal an input sends when the user changes it."""
    if isinstance(widget, DateField):
        return widget.changed
    if isinstance(widget, (QLineEdit, QPlainTextEdit)):
        return widget.textChanged
    if isinstance(widget, QSpinBox):
        return widget.valueChanged
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, QCheckBox):
        return widget.toggled
    if isinstance(widget, MultiChoice):
        return widget.itemChanged
    return None


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


def time_value(text: Any) -> Any:
    """'9.30' or '09:30' as a time for the services; anything else as typed (the service refuses it)."""
    if isinstance(text, str):
        raw = text.strip().replace(".", ":")
        try:
            return QTime.fromString(raw if len(raw) > 2 else raw + ":00", "H:mm").toPython() if raw else text
        except (TypeError, ValueError):
            return text
    return text
