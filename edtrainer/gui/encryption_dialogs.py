"""Asking for the database passphrase, choosing a new one, and the Encryption part of Settings."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from edtrainer.core import cipher, i18n
from edtrainer.gui.widgets.wrap import wrap


def strength(passphrase: str) -> int:
    """0 (too short) to 3 (strong): length counts most (a sentence of a few words beats a short jumble)."""
    text = passphrase.strip()
    kinds = sum(any(test(c) for c in text) for test in (str.islower, str.isupper, str.isdigit,
                                                          lambda c: not c.isalnum()))
    if len(text) < cipher.MIN_PASSPHRASE:
        return 0
    if len(text) >= 20 or len(text.split()) >= 4:
        return 3
    if len(text) >= 12 or kinds >= 3:
        return 2
    return 1


def _password_field(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(name)
    edit.setMinimumWidth(260)
    return edit


class PassphraseDialog(QDialog):
    """The passphrase of an encrypted database, when it is opened."""

    def __init__(self, parent: QWidget | None, where: str, *, wrong: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Encrypted database"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("%1 is encrypted. Type the database passphrase to open it.").replace("%1", where), self)
        wrap(intro)
        layout.addWidget(intro)
        self.problem = QLabel(self)
        wrap(self.problem)
        if wrong:  # said in words (with a sign), not by colour alone
            self.problem.setText("⚠ " + self.tr("That passphrase does not open it. Check it (Caps Lock?) and try "
                                               "again."))
        self.problem.setVisible(wrong)
        layout.addWidget(self.problem)
        form = QFormLayout()
        self.passphrase = _password_field(self, self.tr("Database passphrase"))
        label = QLabel(self.tr("&Passphrase:"), self)
        label.setBuddy(self.passphrase)
        form.addRow(label, self.passphrase)
        self.show_it = QCheckBox(self.tr("&Show the passphrase"), self)
        self.show_it.toggled.connect(lambda on: self.passphrase.setEchoMode(
            QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password))
        form.addRow("", self.show_it)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Open"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.passphrase.setFocus()

    def accept(self) -> None:
        if not self.passphrase.text():
            self.problem.setText("⚠ " + self.tr("Type the passphrase first."))
            self.problem.setVisible(True)
            self.passphrase.setFocus()
            return
        super().accept()


class NewPassphraseDialog(QDialog):
    """A new passphrase, typed twice, with its strength shown and why it is never stored."""

    def __init__(self, parent: QWidget | None, *, change: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Another passphrase") if change else self.tr("Encrypt the database"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "With encryption, nobody can read the database or its backups without the passphrase: not on a "
            "lost or stolen laptop, not from a copy of the folder. edtrainer asks for it each time it opens the "
            "database and never stores it. Write it down and keep it somewhere safe: if it is forgotten, "
            "nobody can open the data again, edtrainer included."), self)
        wrap(intro)
        layout.addWidget(intro)
        form = QFormLayout()
        self.first = _password_field(self, self.tr("New passphrase"))
        self.second = _password_field(self, self.tr("New passphrase, again"))
        for edit, text in ((self.first, self.tr("&New passphrase:")), (self.second, self.tr("&Again:"))):
            label = QLabel(text, self)
            label.setBuddy(edit)
            form.addRow(label, edit)
        self.strength = QLabel(self)
        self.strength.setAccessibleName(self.tr("Strength of the passphrase"))
        form.addRow(self.tr("Strength:"), self.strength)
        self.show_it = QCheckBox(self.tr("&Show the passphrases"), self)
        self.show_it.toggled.connect(self._show)
        form.addRow("", self.show_it)
        layout.addLayout(form)
        tip = QLabel(self.tr("A sentence of four or more words is strong and easy to remember."), self)
        wrap(tip)
        layout.addWidget(tip)
        self.problem = QLabel(self)
        wrap(self.problem)
        self.problem.setVisible(False)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Use this passphrase") if change else self.tr("&Encrypt"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.first.textChanged.connect(self._rate)
        self._rate("")

    def _show(self, on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        self.first.setEchoMode(mode)
        self.second.setEchoMode(mode)

    def _rate(self, text: str) -> None:
        level = strength(text)
        word = (self.tr("too short"), self.tr("weak"), self.tr("fair"), self.tr("strong"))[level]
        self.strength.setText(f"{'●' * level}{'○' * (3 - level)}  {word}" if text else "—")

    def passphrase(self) -> str:
        return self.first.text()

    def accept(self) -> None:
        problem = None
        if len(self.first.text().strip()) < cipher.MIN_PASSPHRASE:
            problem = i18n.text("db_passphrase_too_short", minimum=cipher.MIN_PASSPHRASE)
            focus = self.first
        elif self.first.text() != self.second.text():
            problem = self.tr("The two passphrases differ; type the same one twice.")
            focus = self.second
        if problem is not None:
            self.problem.setText("⚠ " + problem)
            self.problem.setVisible(True)
            focus.setFocus()
            return
        super().accept()


def ask_passphrase(parent: QWidget | None, where: str, *, wrong: bool = False) -> bool:
    """Ask for the passphrase of the encrypted database at ``where``; True when one was given (and set)."""
    dialog = PassphraseDialog(parent, where, wrong=wrong)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    cipher.set_passphrase(dialog.passphrase.text())
    return True


class EncryptionGroup(QGroupBox):
    """Settings → Encryption: whether the open database is encrypted, and the buttons to change that."""

    def __init__(self, ctx: Any, parent: QWidget) -> None:
        super().__init__(self.tr("Encryption"), parent)
        self.ctx = ctx
        form = QVBoxLayout(self)
        self.status = QLabel(self)
        wrap(self.status)
        form.addWidget(self.status)
        row = QHBoxLayout()
        self.encrypt = QPushButton(self)
        self.encrypt.clicked.connect(self._encrypt)
        self.decrypt = QPushButton(self.tr("Turn encryption &off…"), self)
        self.decrypt.setToolTip(self.tr("Store the database without encryption again"))
        self.decrypt.clicked.connect(self._decrypt)
        row.addWidget(self.encrypt)
        row.addWidget(self.decrypt)
        row.addStretch(1)
        form.addLayout(row)
        self.refresh()

    def _path(self) -> Any:
        db = self.ctx.db if self.ctx is not None else None
        return db.path if db is not None and db.is_sqlite else None

    def refresh(self) -> None:
        path = self._path()
        encrypted = path is not None and cipher.is_encrypted(path)
        if path is None:
            self.status.setText(self.tr("Only a database file on this computer can be encrypted; a shared server "
                                        "protects its own disk."))
        elif not cipher.available():
            self.status.setText(self.tr("Encryption is not possible on this computer (SQLCipher is missing)."))
        elif encrypted:
            self.status.setText(self.tr("Encrypted: the database and its backups open only with the passphrase."))
        else:
            self.status.setText(self.tr("Not encrypted. Encrypt the database if this laptop could be lost or "
                                        "stolen and its disk is not encrypted."))
        usable = path is not None and cipher.available() and not self.ctx.db.read_only
        self.encrypt.setText(self.tr("&Another passphrase…") if encrypted else self.tr("&Encrypt…"))
        self.encrypt.setToolTip(self.tr("Choose a new passphrase for the encrypted database") if encrypted else
                                self.tr("Encrypt the database and its backups with a passphrase"))
        self.encrypt.setEnabled(usable)
        self.decrypt.setEnabled(usable and encrypted)
        self.decrypt.setVisible(encrypted)

    def _encrypt(self) -> None:
        encrypted = cipher.is_encrypted(self._path())
        dialog = NewPassphraseDialog(self, change=encrypted)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._run(dialog.passphrase())

    def _decrypt(self) -> None:
        from edtrainer.gui.widgets.forms import confirm

        if confirm(self, self.tr("Turn encryption off"),
                   self.tr("Store the database and its backups unencrypted again? Anyone who gets hold of this laptop "
                           "or a copy of the folder can then read them."), self.tr("Turn &off")):
            self._run(None)

    def _run(self, passphrase: str | None) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QProgressDialog

        progress = QProgressDialog(self.tr("Encrypting the database and its backups…") if passphrase is not None
                                   else self.tr("Turning encryption off…"), "", 0, 0, self)
        progress.setWindowTitle("edtrainer")
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.show()
        lang = self.ctx.language

        def done(report: Any) -> None:
            progress.close()
            self.refresh()
            copies = i18n.plural("converted_backups", report.backups, lang)
            text = i18n.text("db_encrypted_done" if report.encrypted else "db_decrypted_done", lang,
                             where=self.ctx.where, backups=copies)
            if report.unreadable:
                text += "\n\n" + i18n.text("db_unreadable_backups", lang,
                                           paths=", ".join(map(str, report.unreadable)))
            QMessageBox.information(self, self.tr("Encryption"), text)

        def failed(exc: BaseException) -> None:
            progress.close()
            self.refresh()
            self.ctx.show_error(exc, self)

        from edtrainer.gui import swaps

        swaps.change_encryption(self.ctx, passphrase, done, failed)
