"""Small dialogs of the main window: settings, keyboard shortcuts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from edtrainer.gui import settings as S
from edtrainer.gui.widgets.wrap import wrap


class SettingsDialog(QDialog):
    def __init__(self, settings: S.Settings, parent: QWidget | None = None, *, ctx: Any = None) -> None:
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
        layout.addWidget(self._profile_settings())
        layout.addWidget(self._backup_settings())
        if ctx is not None and ctx.db is not None:
            from edtrainer.gui.encryption_dialogs import EncryptionGroup

            self.encryption = EncryptionGroup(ctx, self)
            layout.addWidget(self.encryption)
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

    def _profile_settings(self) -> QGroupBox:
        """Who works at this computer: with the computer's user name, it names them in the audit log."""
        from edtrainer.core import i18n, preferences

        prefs = preferences.load()
        group = QGroupBox(self.tr("Who is working here"), self)
        form = QFormLayout(group)
        self.profile_name = QLineEdit(prefs.profile_name or "", group)
        self.profile_name.setMaxLength(60)
        self.profile_name.setAccessibleName(self.tr("Your name"))
        form.addRow(self.tr("Your &name:"), self.profile_name)
        self.profile_role = QComboBox(group)
        self.profile_role.setAccessibleName(self.tr("Your role"))
        self.profile_role.addItem(self.tr("(not said)"), None)
        for role in preferences.PROFILE_ROLES:
            self.profile_role.addItem(i18n.word(f"role_{role}"), role)
        self.profile_role.setCurrentIndex(max(0, self.profile_role.findData(prefs.profile_role)))
        form.addRow(self.tr("Your &role:"), self.profile_role)
        note = QLabel(self.tr("The audit log names who changed, printed or exported personal data: the user name of "
                              "this computer, and this name and role."), group)
        wrap(note)
        form.addRow(note)
        return group

    def _backup_settings(self) -> QGroupBox:
        """Where automatic backups go and how often: shared with the command line (core.preferences)."""
        from edtrainer.core import preferences

        self.prefs = preferences.load()
        group = QGroupBox(self.tr("Backups"), self)
        form = QFormLayout(group)
        self.backup_folder = QLineEdit(self.prefs.backup_folder or "", group)
        self.backup_folder.setPlaceholderText(str(preferences.Preferences().backups_dir()))
        self.backup_folder.setAccessibleName(self.tr("Backup folder"))
        self.backup_folder.setToolTip(self.tr("Empty: the backups folder beside the database in your data folder. "
                                              "A USB stick or a network folder keeps backups off this computer."))
        browse = QPushButton(self.tr("&Browse…"), group)
        browse.setAccessibleName(self.tr("Choose the backup folder"))
        browse.setToolTip(browse.accessibleName())
        browse.clicked.connect(self._choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.backup_folder, 1)
        row.addWidget(browse)
        label = QLabel(self.tr("Backup &folder:"), group)
        label.setBuddy(self.backup_folder)
        form.addRow(label, row)
        self.backup_minutes = QSpinBox(group)
        self.backup_minutes.setRange(5, 24 * 60)
        self.backup_minutes.setSingleStep(5)
        self.backup_minutes.setValue(self.prefs.backup_every_minutes)
        self.backup_minutes.setSuffix(" " + self.tr("minutes"))
        self.backup_minutes.setAccessibleName(self.tr("Make a backup at most every"))
        form.addRow(self.tr("Back up &at most every:"), self.backup_minutes)
        note = QLabel(self.tr("edtrainer makes a checked backup while you work (when something changed), when you "
                              "close it, and before an upgrade, a restore, removing the demo or an erasure. It "
                              "keeps every backup of the last day, then one a day for two weeks, one a week for "
                              "two months and one a month for a year."), group)
        wrap(note)
        form.addRow(note)
        return group

    def _choose_folder(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"),
                                                  self.backup_folder.text() or self.backup_folder.placeholderText())
        if folder:
            self.backup_folder.setText(folder)

    def accept(self) -> None:
        from edtrainer.core import preferences

        folder = self.backup_folder.text().strip()
        if folder and not Path(folder).expanduser().is_dir():
            QMessageBox.warning(self, self.tr("Backups"),
                                self.tr("The folder %1 does not exist. Choose a folder that is there (a USB stick "
                                        "must be plugged in).").replace("%1", folder))
            self.backup_folder.setFocus()
            return
        self.prefs.backup_folder = folder or None
        self.prefs.backup_every_minutes = self.backup_minutes.value()
        self.prefs.profile_name = " ".join(self.profile_name.text().split())[:60] or None
        self.prefs.profile_role = self.profile_role.currentData()
        preferences.save(self.prefs)
        self.settings.set(S.LANGUAGE, self.language.currentData())
        self.settings.set(S.TEXT_SCALE, self.text_size.currentData())
        self.settings.set(S.HIGH_CONTRAST, self.contrast.isChecked())
        self.settings.sync()
        super().accept()


class TextDialog(QDialog):
    """A longer text to read (Markdown), scrollable, with Close; used for the privacy statement."""

    def __init__(self, parent: QWidget, title: str, markdown: str) -> None:
        from PySide6.QtWidgets import QTextBrowser

        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("text")
        self.browser.setOpenExternalLinks(False)
        self.browser.setMarkdown(markdown)
        self.browser.setAccessibleName(title)
        layout.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 90, metrics.height() * 32)
        self.browser.setFocus()
