"""Forms for every entity: fields declared once, errors shown next to the field they concern.

A form never validates on its own: it hands the values to a service (through ``save``), and a
``ValidationError`` names the field it is about, so the message appears under that field, in the
user's language, and nothing is saved. As a service stops at its first problem, the form then adds what it
can see by itself (a required field left empty, a date that is not one), so every problem shows at once; a
message goes as soon as its field is changed. A ``ConflictError`` (someone else saved first on a shared
database) opens a dialog that shows what changed and lets the user choose.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from edtrainer.core.errors import ConflictError, EdtrainerError, NeedsConfirmation, ValidationError
from edtrainer.gui import fmt
from edtrainer.gui.tr import translate
from edtrainer.gui.widgets.a11y import alert, announce, no_tab_stop
from edtrainer.gui.widgets.inputs import (  # noqa: F401  (Field, DateField, MultiChoice, time_value: used via forms)
    DateField,
    Field,
    MultiChoice,
    changed_signal,
    describe,
    field_name,
    focus_part,
    get_input,
    is_empty,
    make_input,
    set_input,
    time_value,
)
from edtrainer.gui.widgets.length_hint import length_hint
from edtrainer.gui.widgets.wrap import wrap


class FormBody(QWidget):
    """The fields of a form without its buttons: a banner for messages without a field, then one labelled
    input per field with an error line under it, in a scroll area. ``FormDialog`` puts Save / Cancel under
    it; the first-run wizard puts one on each of its pages."""

    def __init__(self, parent: QWidget | None, fields: Sequence[Field], values: dict[str, Any] | None = None,
                 intro: str = "") -> None:
        super().__init__(parent)
        self.fields = list(fields)
        self.initial = dict(values or {})
        self.inputs: dict[str, QWidget] = {}
        self.error_labels: dict[str, QLabel] = {}

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
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
        form = self.form_layout = QFormLayout(body)
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
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(body)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        no_tab_stop(self.scroll_area)
        outer.addWidget(self.scroll_area, 1)
        for spec in self.fields:  # an error goes as soon as its field is changed
            signal = changed_signal(self.inputs[spec.name])
            if signal is not None:
                signal.connect(lambda *_args, name=spec.name: self.clear_error(name))

    # -- values and errors ----------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """What the user entered."""
        return {spec.name: get_input(self.inputs[spec.name], spec) for spec in self.fields if not spec.read_only}

    def set_value(self, name: str, value: Any) -> None:
        set_input(self.inputs[name], self._spec(name), value)

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
        for name in self.error_labels:
            self.clear_error(name)

    def clear_error(self, name: str) -> None:
        """The field's message goes (it was changed, so the message may no longer be true)."""
        label = self.error_labels[name]
        if label.isHidden() and not label.text():
            return
        label.setVisible(False)
        label.clear()
        spec = self._spec(name)
        describe(self.inputs[name], spec)

    def _spec(self, name: str) -> Field:
        return next(f for f in self.fields if f.name == name)

    def show_error(self, error: EdtrainerError) -> None:
        self.show_errors([error])

    def show_errors(self, errors: Sequence[EdtrainerError | tuple[str, str]]) -> None:
        """Every message beside the field it is about (one without a field in the banner above), told to a
        screen reader at once, and the keyboard on the first field with a message."""
        shown: dict[str, str] = {}
        loose: list[str] = []
        for error in errors:
            target: str | None
            if isinstance(error, tuple):
                target, message = error
            else:
                message = error.message(fmt.language())
                target = next((f.name for f in self.fields if error.field and (error.field == f.name
                                                                             or error.field in f.errors)), None)
            if target is None:
                loose.append(message)
            elif target not in shown:
                shown[target] = message
        if loose:
            self.banner.setText("\n".join("⚠ " + m for m in loose))
            self.banner.setVisible(True)
            alert(self.banner)
        for name, message in shown.items():
            label = self.error_labels[name]
            label.setText("⚠ " + message)
            label.setVisible(True)
            describe(self.inputs[name], self._spec(name), message)
            alert(label)
        said = loose + [f"{field_name(self._spec(n))}: {m}" for n, m in shown.items()]
        announce(self, " ".join(said), assertive=True)
        first = next((self.inputs[f.name] for f in self.fields if f.name in shown), None)
        if first is not None:
            focus_part(first).setFocus()
            self.scroll_area.ensureWidgetVisible(first)

    def check_form(self, values: dict[str, Any]) -> list[tuple[str, str]]:
        """What the form itself can tell is wrong: a required field left empty, a date or time that is not one.
        Shown beside the service's own message when it refuses, so the user sees every problem at once."""
        found = []
        for spec in self.fields:
            if spec.read_only or not self.inputs[spec.name].isEnabled():
                continue
            value = values.get(spec.name)
            if spec.required and is_empty(value) and spec.kind != "bool":
                found.append((spec.name, translate("Forms", "%1 is required.").replace("%1", field_name(spec))))
            elif spec.kind == "date" and isinstance(value, str) and value.strip():
                found.append((spec.name, ValidationError("invalid_date", value=value).message(fmt.language())))
            elif spec.kind == "time" and isinstance(value, str) and value.strip() \
                    and not isinstance(time_value(value), dt.time):
                found.append((spec.name, ValidationError("invalid_time", value=value).message(fmt.language())))
        return found

    def error_text(self, name: str) -> str:
        label = self.error_labels[name]
        return label.text() if label.isVisibleTo(self.window()) else ""


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
        self._save = save
        self.result_value: Any = None
        self.body = FormBody(self, fields, values, intro)
        self.fields, self.initial = self.body.fields, self.body.initial
        self.inputs, self.error_labels, self.banner = self.body.inputs, self.body.error_labels, self.body.banner
        self.version: int | None = self.initial.get("version")
        self.confirmed: list[str] = []

        outer = QVBoxLayout(self)
        outer.addWidget(self.body, 1)
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

    # -- values and errors (the body's) ---------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """What the user entered, plus ``expected_version`` when the form edits a versioned record."""
        out = self.body.values()
        if self.version is not None:
            out["expected_version"] = self.version
        return out

    def set_value(self, name: str, value: Any) -> None:
        self.body.set_value(name, value)

    def set_choices(self, name: str, choices: Sequence[tuple[Any, str]], keep: Any = None) -> None:
        self.body.set_choices(name, choices, keep)

    def clear_errors(self) -> None:
        self.body.clear_errors()

    def clear_error(self, name: str) -> None:
        self.body.clear_error(name)

    def show_error(self, error: EdtrainerError) -> None:
        self.body.show_errors([error])

    def show_errors(self, errors: Sequence[EdtrainerError | tuple[str, str]]) -> None:
        self.body.show_errors(errors)

    def check_form(self, values: dict[str, Any]) -> list[tuple[str, str]]:
        return self.body.check_form(values)

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
            # A service stops at the first problem; the form adds the ones it can see by itself.
            self.show_errors([error, *self.check_form(self.values())])
            return
        except EdtrainerError as error:
            self.show_errors([error])
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
            header = QTableWidgetItem()  # the row's name for a screen reader, instead of its number
            header.setData(Qt.ItemDataRole.AccessibleTextRole, spec.label)
            table.setVerticalHeaderItem(r, header)
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
