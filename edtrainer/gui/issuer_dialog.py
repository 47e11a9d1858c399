"""The organisation on certificates: name, place, address, verification page, number pattern with an example
number computed as it will be, a logo and up to three signatories with their signature images, each picked
with Browse… and shown as a small preview (what the command line's ``issuer set`` allows)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from edtrainer.core import clock
from edtrainer.core.errors import EdtrainerError, ValidationError
from edtrainer.gui import fmt
from edtrainer.gui.context import AppContext
from edtrainer.gui.tr import translate
from edtrainer.gui.widgets.forms import Field, FormBody, FormDialog


def _insert_below(widget: QWidget, new: QWidget) -> None:
    """Put ``new`` right under ``widget`` in the form's column (its error line stays last)."""
    box = cast(QVBoxLayout, cast(QWidget, widget.parentWidget()).layout())
    box.insertWidget(box.indexOf(widget) + 1, new)


class ImagePicker:
    """A path field with Browse…, Remove and a preview; ``value()`` is the image's bytes, or None.
    ``dialog`` is the form the field is on (a FormDialog or a FormBody: anything with ``inputs``)."""

    def __init__(self, dialog: FormDialog | FormBody, name: str, current: bytes | None) -> None:
        self.dialog, self.name, self.data = dialog, name, current
        self.edit = cast(QLineEdit, dialog.inputs[name])
        self.edit.setPlaceholderText(translate("IssuerDialog", "No image") if current is None else
                                     translate("IssuerDialog", "The current image (shown beside)"))
        row = QWidget(cast(QWidget, self.edit.parentWidget()))
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.browse = QPushButton(translate("IssuerDialog", "Browse…"), row)
        self.browse.setObjectName(f"{name}_browse")
        self.browse.setAccessibleName(translate("IssuerDialog", "Browse for: %1").replace(
            "%1", self.edit.accessibleName()))
        self.browse.setToolTip(self.browse.accessibleName())
        self.browse.clicked.connect(self.choose)
        self.remove = QPushButton(translate("IssuerDialog", "Remove"), row)
        self.remove.setObjectName(f"{name}_remove")
        self.remove.setAccessibleName(translate("IssuerDialog", "Remove: %1").replace(
            "%1", self.edit.accessibleName()))
        self.remove.setToolTip(self.remove.accessibleName())
        self.remove.clicked.connect(self.clear)
        self.preview = QLabel(row)
        self.preview.setObjectName(f"{name}_preview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.browse)
        layout.addWidget(self.remove)
        layout.addWidget(self.preview, 1)
        _insert_below(self.edit, row)
        self.edit.editingFinished.connect(self._typed)
        self.show()

    def show(self) -> None:
        pixmap = QPixmap()
        if self.data and pixmap.loadFromData(self.data):
            height = self.preview.fontMetrics().height() * 3
            self.preview.setPixmap(pixmap.scaledToHeight(height, Qt.TransformationMode.SmoothTransformation))
            self.preview.setAccessibleName(translate("IssuerDialog", "Preview of the image"))
        else:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(translate("IssuerDialog", "(no image)") if not self.data else
                                 translate("IssuerDialog", "(cannot be shown)"))
        self.remove.setEnabled(self.data is not None)

    def _typed(self) -> None:
        path = self.edit.text().strip()
        if path:
            try:
                self.data = Path(path).expanduser().read_bytes()
            except OSError:
                self.data = None
            self.show()

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.edit.window(), translate("IssuerDialog", "Choose an image"),
                                              str(Path.home()),
                                              translate("IssuerDialog", "Images (*.png *.jpg *.jpeg)"))
        if path:
            self.edit.setText(path)
            self._typed()

    def clear(self) -> None:
        self.data = None
        self.edit.clear()
        self.edit.setPlaceholderText(translate("IssuerDialog", "No image"))
        self.show()

    def value(self) -> bytes | None:
        path = self.edit.text().strip()
        if path:
            try:
                return Path(path).expanduser().read_bytes()
            except OSError:
                raise ValidationError("file_missing", field=self.name, path=path) from None
        return self.data


def _example(dialog: FormDialog | FormBody, code: str, label: QLabel) -> None:
    from edtrainer.core.services import issuer

    pattern = dialog.inputs["number_pattern"].text()  # type: ignore[attr-defined]
    try:
        number = issuer.example_number(pattern, code=code, year=clock.today().year)
        label.setText(translate("IssuerDialog", "For example: %1").replace("%1", number))
        label.setProperty("role", "hint")
    except EdtrainerError as error:
        label.setText("⚠ " + error.message(fmt.language()))
        label.setProperty("role", "error")
    label.style().unpolish(label)
    label.style().polish(label)


def organisation_fields(*, verify_url: bool = True) -> list[Field]:
    """The organisation's own fields (the Settings dialog has the verification page too; the first-run wizard
    leaves that for later)."""
    fields = [
        Field("organisation", translate("Documents", "Organisation"), required=True, max_len=160,
              errors=("organisation_name",)),
        Field("place", translate("Documents", "Place"), required=True, max_len=80,
              help=translate("Documents", "Printed as 'place, date' under the text")),
        Field("address", translate("Documents", "Address"), max_len=200,
              help=translate("Documents", "Street and number, for placement reports")),
    ]
    if verify_url:
        fields.append(Field("verify_url", translate("Documents", "Verification page"), max_len=200,
                            help=translate("Documents", "The https address where you publish the verification "
                                                        "page; the QR code on certificates then opens it. Empty: "
                                                        "the QR code holds the code.")))
    return fields + [
        Field("number_pattern", translate("Documents", "Certificate numbers"), required=True, max_len=60,
              help=translate("IssuerDialog", "{code} the programme's code, {year} the year, {seq:04} a counter of "
                                             "4 digits")),
        Field("logo", translate("IssuerDialog", "Logo"), max_len=500, errors=("logo",),
              help=translate("IssuerDialog", "A PNG or JPEG image, printed at the top of certificates")),
    ]


def signatory_fields() -> list[Field]:
    """Up to three people who sign, each with a role (also in English) and a signature image."""
    from edtrainer.core.services import issuer

    ordinal = [translate("IssuerDialog", "First"), translate("IssuerDialog", "Second"),
               translate("IssuerDialog", "Third")]
    fields = []
    for i in range(issuer.MAX_SIGNATORIES):
        fields += [
            Field(f"name_{i}", translate("IssuerDialog", "%1 signatory").replace("%1", ordinal[i]), max_len=120,
                  errors=("signatory",) if i == 0 else ()),
            Field(f"role_{i}", translate("IssuerDialog", "Role"), max_len=120, errors=("role",) if i == 0 else ()),
            Field(f"role_en_{i}", translate("Documents", "The same role in English"), max_len=120),
            Field(f"signature_{i}", translate("IssuerDialog", "Signature (image)"), max_len=500,
                  errors=("signature_image",) if i == 0 else (),
                  help=translate("IssuerDialog", "A scan of the signature, PNG or JPEG (may stay empty)")),
        ]
    return fields


def issuer_values(current: Any) -> dict[str, Any]:
    """The form's values for the issuer as stored (None: nothing set up yet)."""
    from edtrainer.core.services import issuer

    people = list(current.signatories) if current else []
    values: dict[str, Any] = {
        "organisation": current.organisation if current else "", "place": current.place if current else "",
        "address": (current.address or "") if current else "",
        "verify_url": (current.verify_url or "") if current else "",
        "number_pattern": current.number_pattern if current else issuer.DEFAULT_PATTERN}
    for i in range(issuer.MAX_SIGNATORIES):
        values[f"name_{i}"] = people[i].name if i < len(people) else ""
        values[f"role_{i}"] = people[i].role if i < len(people) else ""
        values[f"role_en_{i}"] = (people[i].role_en or "") if i < len(people) else ""
    return values


def attach_pickers(form: FormDialog | FormBody, current: Any, code: str) -> dict[str, ImagePicker]:
    """Browse…, Remove and a preview beside each image field of ``form``, and the example number under the
    number pattern (when the form has them)."""
    from edtrainer.core.services import issuer

    people = list(current.signatories) if current else []
    pickers: dict[str, ImagePicker] = {}
    if "logo" in form.inputs:
        pickers["logo"] = ImagePicker(form, "logo", current.logo_png if current else None)
    for i in range(issuer.MAX_SIGNATORIES):
        if f"signature_{i}" in form.inputs:
            pickers[f"signature_{i}"] = ImagePicker(form, f"signature_{i}",
                                                    people[i].signature_png if i < len(people) else None)
    if "number_pattern" in form.inputs:
        pattern = form.inputs["number_pattern"]
        example = QLabel(cast(QWidget, pattern.parentWidget()))
        example.setObjectName("number_example")
        example.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        _insert_below(pattern, example)
        pattern.textChanged.connect(lambda _text: _example(form, code, example))  # type: ignore[attr-defined]
        _example(form, code, example)
    return pickers


def organisation_changes(form: dict[str, Any], pickers: dict[str, ImagePicker]) -> dict[str, Any]:
    """``update_issuer``'s arguments for the organisation fields the form has."""
    changes: dict[str, Any] = {"organisation": form["organisation"], "place": form["place"],
                               "address": (form["address"] or "").strip() or None,
                               "number_pattern": form["number_pattern"], "logo_png": pickers["logo"].value()}
    if "verify_url" in form:
        changes["verify_url"] = (form["verify_url"] or "").strip() or None
    return changes


def signatory_changes(form: dict[str, Any], pickers: dict[str, ImagePicker]) -> list[Any]:
    """The signatories filled in on the form, for ``update_issuer(signatories=...)``."""
    from edtrainer.core.services import issuer

    signatories = []
    for i in range(issuer.MAX_SIGNATORIES):
        name, role = (form[f"name_{i}"] or "").strip(), (form[f"role_{i}"] or "").strip()
        if name or role:
            signatories.append(issuer.SignatoryInput(name, role, pickers[f"signature_{i}"].value(),
                                                     (form[f"role_en_{i}"] or "").strip() or None))
    return signatories


def first_programme_code(ctx: AppContext) -> str:
    from edtrainer.core.services import programmes

    with ctx.uow() as uow:
        codes = [p.code for p in programmes.list_programmes(uow)]
    return codes[0] if codes else "EDASU"


def edit_issuer(parent: QWidget, ctx: AppContext) -> bool:
    """The organisation as it appears on certificates: name, place, signatories, logo, number pattern."""
    from edtrainer.core.services import issuer

    with ctx.uow() as uow:
        current = issuer.get_issuer(uow)
    pickers: dict[str, ImagePicker] = {}

    def save(form: dict[str, Any]) -> Any:
        changes = organisation_changes(form, pickers)
        changes["signatories"] = signatory_changes(form, pickers)
        return ctx.write(lambda uow: issuer.update_issuer(uow, **changes))

    title = translate("Documents", "Organisation on certificates")
    dialog = FormDialog(parent, title, organisation_fields() + signatory_fields(), save=save,
                        values=issuer_values(current))
    dialog.setObjectName("issuer_dialog")
    pickers.update(attach_pickers(dialog, current, first_programme_code(ctx)))
    dialog.pickers = pickers  # type: ignore[attr-defined]  # for tests
    dialog.resize(max(dialog.width(), dialog.fontMetrics().averageCharWidth() * 80), 760)
    return bool(dialog.exec())
