"""Making or importing the organisation's signing key, as a form: used by the first-run wizard and by
File → Signing key… (where a new key replaces the current one, which keeps checking what it signed).

Creating a key takes a moment (the passphrase is stretched on purpose, so it is slow to guess): it runs off
the GUI thread with the app's task machinery (``ctx.work``), with a progress dialog when it takes long.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from edtrainer.core.errors import EdtrainerError, ValidationError
from edtrainer.gui.context import AppContext
from edtrainer.gui.issuer_dialog import _insert_below
from edtrainer.gui.tr import translate
from edtrainer.gui.widgets.forms import Field, FormBody, confirm, field_name
from edtrainer.gui.widgets.wrap import wrap


class _Required(Exception):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name



def strength_words(passphrase: str) -> str:
    """The passphrase's strength in words (never in colour alone)."""
    from edtrainer.core.services.signing_keys import MIN_PASSPHRASE, passphrase_strength

    if not passphrase:
        return ""
    words = {"too_short": translate("KeySetup", "too short: at least %1 characters").replace(
                 "%1", str(MIN_PASSPHRASE)),
             "weak": translate("KeySetup", "weak: easy to guess"),
             "fair": translate("KeySetup", "fair: longer is better"),
             "strong": translate("KeySetup", "strong")}
    return translate("KeySetup", "Strength: %1").replace("%1", words[passphrase_strength(passphrase)])


class KeyForm(QWidget):
    """Create a key (a name, the passphrase twice) or import a PKCS#12 file (the file, its password, and the
    passphrase edtrainer locks it with, twice). ``submit(done)`` saves in the background."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, *, organisation: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.busy = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        why = QLabel(translate("KeySetup", "Certificates are signed with this key, so anyone can check that they "
                                           "are genuine. A passphrase locks it. edtrainer stores the passphrase "
                                           "nowhere, so a copy of the database cannot sign in your name; that is "
                                           "also why nobody can recover it. Write it down somewhere safe."), self)
        wrap(why)
        why.setObjectName("key_why")
        layout.addWidget(why)
        self.make_new = QRadioButton(translate("KeySetup", "&Create a new key"), self)
        self.make_new.setObjectName("key_create")
        self.from_file = QRadioButton(translate("KeySetup", "&Import a key from a file (PKCS#12: .p12 or .pfx)"), self)
        self.from_file.setObjectName("key_import")
        self.mode = QButtonGroup(self)
        self.mode.addButton(self.make_new)
        self.mode.addButton(self.from_file)
        self.make_new.setChecked(True)
        layout.addWidget(self.make_new)
        layout.addWidget(self.from_file)
        fields = [
            Field("organisation", translate("KeySetup", "Name in the key"), max_len=64, errors=("organisation_name",),
                  help=translate("KeySetup", "Your organisation's name, as people checking a certificate see it")),
            Field("p12", translate("KeySetup", "Key file"), max_len=500, errors=("signing_key",)),
            Field("p12_password", translate("KeySetup", "Password of the file"), max_len=200),
            Field("passphrase", translate("KeySetup", "Passphrase"), max_len=200, errors=("passphrase",),
                  help=translate("KeySetup", "At least 10 characters; a few words in a row are easy to remember "
                                             "and hard to guess")),
            Field("again", translate("KeySetup", "Passphrase again"), max_len=200),
        ]
        self.body = FormBody(self, fields, {"organisation": organisation})
        layout.addWidget(self.body, 1)
        self.inputs = self.body.inputs
        for name in ("p12_password", "passphrase", "again"):
            cast(QLineEdit, self.inputs[name]).setEchoMode(QLineEdit.EchoMode.Password)
        self.strength = QLabel(self.body)
        self.strength.setObjectName("key_strength")
        _insert_below(self.inputs["passphrase"], self.strength)
        cast(QLineEdit, self.inputs["passphrase"]).textChanged.connect(
            lambda text: self.strength.setText(strength_words(text)))
        self.browse = QPushButton(translate("KeySetup", "&Browse…"), self.body)
        self.browse.setObjectName("p12_browse")
        self.browse.setAccessibleName(translate("KeySetup", "Choose the key file"))
        self.browse.setToolTip(self.browse.accessibleName())
        self.browse.clicked.connect(self.choose_file)
        _insert_below(self.inputs["p12"], self.browse)
        self.result = QLabel(self)
        self.result.setObjectName("key_result")
        wrap(self.result)
        layout.addWidget(self.result)
        self.make_new.toggled.connect(self._mode_changed)
        self._mode_changed()

    def _mode_changed(self) -> None:
        creating = self.make_new.isChecked()
        layout = self.body.form_layout
        layout.setRowVisible(cast(QWidget, self.inputs["organisation"].parentWidget()), creating)
        for name in ("p12", "p12_password"):
            layout.setRowVisible(cast(QWidget, self.inputs[name].parentWidget()), not creating)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window(), translate("KeySetup", "Choose the key file"),
                                              str(Path.home()), translate("KeySetup", "Key files (*.p12 *.pfx)"))
        if path:
            cast(QLineEdit, self.inputs["p12"]).setText(path)

    def text(self, name: str) -> str:
        return cast(QLineEdit, self.inputs[name]).text()

    def typed(self) -> bool:
        """Anything typed that is not saved (the name in the key is filled in for the user)."""
        return any(self.text(name) for name in ("p12", "p12_password", "passphrase", "again"))

    def submit(self, done: Callable[[Any], None], *, replace: bool = False) -> bool:
        """Check what the form can, then create or import the key in the background; ``done(info)`` follows
        on success, the errors show beside their fields otherwise. False: nothing started."""
        from edtrainer.core.services import signing_keys

        if self.busy:
            return False
        self.body.clear_errors()
        passphrase = self.text("passphrase")
        try:
            if len(passphrase) < signing_keys.MIN_PASSPHRASE:
                raise ValidationError("weak_passphrase", field="passphrase", min=signing_keys.MIN_PASSPHRASE)
            if passphrase != self.text("again"):
                raise ValidationError("passphrases_differ", field="again")
            if self.make_new.isChecked():
                organisation = self.text("organisation")
                if not organisation.strip():
                    raise _Required("organisation")

                def make(uow: Any) -> Any:
                    return signing_keys.create_key(uow, organisation=organisation, passphrase=passphrase,
                                                   replace=replace)
            else:
                path = self.text("p12").strip()
                if not path:
                    raise _Required("p12")
                try:
                    p12 = Path(path).expanduser().read_bytes()
                except OSError:
                    raise ValidationError("file_missing", field="p12", path=path) from None
                password = self.text("p12_password") or None

                def make(uow: Any) -> Any:
                    return signing_keys.import_key(uow, p12=p12, file_password=password, passphrase=passphrase,
                                                   replace=replace)
        except EdtrainerError as error:
            self.body.show_errors([error])
            return False
        except _Required as missing:
            label = field_name(self.body._spec(missing.name))  # noqa: SLF001
            self.body.show_errors([(missing.name, translate("Forms", "%1 is required.").replace("%1", label))])
            return False

        def job(uow: Any, _task: Any) -> Any:
            info = make(uow)
            return info, signing_keys.unlock(uow, passphrase=passphrase)  # just typed twice: not asked again

        def finished(outcome: Any) -> None:
            self.busy = False
            info, self.ctx.signer = outcome
            for name in ("p12_password", "passphrase", "again"):
                cast(QLineEdit, self.inputs[name]).clear()
            self.result.setText("✓ " + translate("KeySetup", "The signing key is ready (fingerprint %1).").replace(
                "%1", info.short_fingerprint))
            done(info)

        def failed(exc: BaseException) -> None:
            self.busy = False
            if isinstance(exc, EdtrainerError):
                self.body.show_errors([exc])
            else:
                self.ctx.show_error(exc, self)

        self.busy = True
        label = (translate("KeySetup", "Making the signing key…") if self.make_new.isChecked()
                 else translate("KeySetup", "Importing the signing key…"))
        self.ctx.work(job, finished, label=label, parent=self.window(), failed=failed)
        return True


def manage_key(parent: QWidget, ctx: AppContext) -> bool:
    """File → Signing key…: the current key, and a new one made or imported in its place."""
    from edtrainer.core.services import issuer, signing_keys

    with ctx.uow() as uow:
        current = signing_keys.active_key_row(uow)
        organisation = issuer.get_issuer(uow)
        info = next((k for k in signing_keys.list_keys(uow) if k.active), None)
    dialog = QDialog(parent)
    dialog.setObjectName("key_dialog")
    dialog.setWindowTitle(translate("KeySetup", "Signing key"))
    layout = QVBoxLayout(dialog)
    now = QLabel(translate("KeySetup", "No signing key yet.") if info is None else translate("KeySetup",
        "The current key: %1, fingerprint %2. A new key replaces it for what you sign from now on; the current "
        "key keeps checking the certificates it signed.").replace("%1", info.subject).replace(
        "%2", info.short_fingerprint), dialog)
    wrap(now)
    layout.addWidget(now)
    form = KeyForm(ctx, dialog, organisation=organisation.organisation if organisation else "")
    layout.addWidget(form, 1)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog)
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    save.setText(translate("KeySetup", "Make this the key"))
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("KeySetup", "Cancel"))
    buttons.rejected.connect(dialog.reject)

    def go() -> None:
        question = translate("KeySetup", "Replace the current signing key? Certificates signed with it stay valid.")
        if current is not None and not confirm(dialog, translate("KeySetup", "Signing key"), question,
                                               translate("KeySetup", "Replace")):
            return
        form.submit(lambda _info: dialog.accept(), replace=current is not None)

    buttons.accepted.connect(go)
    layout.addWidget(buttons)
    dialog.form = form  # type: ignore[attr-defined]  # for tests
    dialog.resize(max(dialog.sizeHint().width(), dialog.fontMetrics().averageCharWidth() * 80),
                  dialog.sizeHint().height())
    return bool(dialog.exec())
