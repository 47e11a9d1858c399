"""Small dialogs of the main window: settings, keyboard shortcuts."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from edtrainer.gui import settings as S
from edtrainer.gui.tr import translate
from edtrainer.gui.widgets.wrap import wrap


class SettingsDialog(QDialog):
    def __init__(self, settings: S.Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language = QComboBox(self)
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(self.language.findData(settings.get(S.LANGUAGE)))
        self.language.setAccessibleName(self.tr("Language"))
        form.addRow(self.tr("&Language:"), self.language)
        self.text_size = QComboBox(self)
        for scale in S.TEXT_SCALES:
            self.text_size.addItem(f"{scale} %", scale)
        self.text_size.setCurrentIndex(max(0, self.text_size.findData(settings.get(S.TEXT_SCALE))))
        self.text_size.setAccessibleName(self.tr("Text size"))
        form.addRow(self.tr("&Text size:"), self.text_size)
        self.contrast = QCheckBox(self.tr("&High contrast (black on white, strong outlines)"), self)
        self.contrast.setChecked(settings.get(S.HIGH_CONTRAST))
        form.addRow("", self.contrast)
        layout.addLayout(form)
        note = QLabel(self.tr("Ctrl++ and Ctrl+- change the text size at any time; Ctrl+0 makes it normal again."),
                      self)
        wrap(note)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.settings.set(S.LANGUAGE, self.language.currentData())
        self.settings.set(S.TEXT_SCALE, self.text_size.currentData())
        self.settings.set(S.HIGH_CONTRAST, self.contrast.isChecked())
        self.settings.sync()
        super().accept()


def shortcuts_text() -> str:
    rows = [
        ("Ctrl+1 … Ctrl+8", translate("Shortcuts", "Go to an area (Overview … Organisations)")),
        ("Ctrl+F", translate("Shortcuts", "Search on this page")),
        ("Ctrl+Z / Ctrl+Y", translate("Shortcuts", "Undo / redo the last change")),
        ("F5", translate("Shortcuts", "Read this page again")),
        ("Ctrl++ / Ctrl+- / Ctrl+0", translate("Shortcuts", "Larger / smaller / normal text")),
        ("Enter", translate("Shortcuts", "Open the chosen row")),
        ("A  L  E  X", translate("Shortcuts", "Attendance: present, late, excused, absent (then the next trainee)")),
        ("0 / Delete", translate("Shortcuts", "Attendance: clear the mark")),
        ("Ctrl+Shift+A", translate("Shortcuts", "Attendance: everyone not yet marked is present")),
    ]
    return "\n".join(f"{keys}\t{what}" for keys, what in rows)
