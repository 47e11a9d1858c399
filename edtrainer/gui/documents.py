"""Documents in the app: a PDF preview with Print and Save as, the organisation's signing key and issuer
details, checking a certificate someone hands in, and the results of issuing a batch.

The PDFs themselves come from the services (``core.services.certificates`` / ``reports``); nothing here
draws a document.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from edtrainer.core.errors import EdtrainerError
from edtrainer.gui.context import AppContext
from edtrainer.gui.tr import translate
from edtrainer.gui.widgets.forms import Field, FormDialog
from edtrainer.gui.widgets.wrap import wrap


def save_pdf(parent: QWidget, pdf: bytes, suggestion: str) -> str | None:
    """Ask where, then write the PDF readable by the user only (temporary name, then renamed)."""
    from edtrainer.core.files import write_private

    path, _ = QFileDialog.getSaveFileName(parent, translate("Documents", "Save as"), str(Path.home() / suggestion),
                                          translate("Documents", "PDF documents (*.pdf)"))
    if not path:
        return None
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    try:
        write_private(path, pdf, overwrite=True)  # the save dialog already asked about replacing
    except EdtrainerError as error:
        QMessageBox.warning(parent, "edtrainer", str(error))
        return None
    return path


class PdfPreview(QDialog):
    """A document on screen, as it will print: page after page, with Print and Save as."""

    def __init__(self, parent: QWidget | None, title: str, pdf: bytes, suggestion: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.pdf = pdf
        self.suggestion = suggestion
        self.saved_to: str | None = None
        layout = QVBoxLayout(self)
        self.document = QPdfDocument(self)
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(title)
        self.view.setAccessibleDescription(self.tr("%1 pages").replace("%1", str(self.document.pageCount())))
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(self)
        self.print_button = buttons.addButton(self.tr("&Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = buttons.addButton(self.tr("&Save as…"), QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(self.tr("&Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.print_button.clicked.connect(self.print_)
        self.save_button.clicked.connect(self.save)
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        height = min(900, int(screen.height() * 0.9)) if screen is not None else 700
        self.resize(min(760, int(screen.width() * 0.9)) if screen is not None else 760, height)

    def save(self) -> None:
        self.saved_to = save_pdf(self, self.pdf, self.suggestion)

    def print_(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Each page rendered at the printer's resolution; returns the number of pages printed."""
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        try:
            dpi = printer.resolution()
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                points = self.document.pagePointSize(page)
                size = QSize(int(points.width() / 72 * dpi), int(points.height() / 72 * dpi))
                image: QImage = self.document.render(page, size)
                area = painter.viewport()
                scaled = size.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QPointF(0, 0), image.scaled(scaled, Qt.AspectRatioMode.KeepAspectRatio,
                                                              Qt.TransformationMode.SmoothTransformation))
        finally:
            painter.end()
        return self.document.pageCount()


def show_pdf(parent: QWidget, title: str, pdf: bytes, suggestion: str) -> PdfPreview:
    preview = PdfPreview(parent, title, pdf, suggestion)
    preview.open()
    return preview


# --- the organisation, its signing key ---------------------------------------------------------------

def edit_issuer(parent: QWidget, ctx: AppContext) -> bool:
    """The organisation on certificates (see issuer_dialog)."""
    from edtrainer.gui.issuer_dialog import edit_issuer as edit

    return edit(parent, ctx)


def create_key(parent: QWidget, ctx: AppContext) -> bool:
    from edtrainer.core.errors import ValidationError
    from edtrainer.core.services import issuer, signing_keys

    with ctx.uow() as uow:
        organisation = issuer.get_issuer(uow)
    fields = [
        Field("organisation", translate("Documents", "Organisation"), required=True, max_len=160),
        Field("passphrase", translate("Documents", "Passphrase"), required=True, max_len=200,
              help=translate("Documents", "At least 10 characters. Needed to issue certificates; it is not "
                                          "stored anywhere.")),
        Field("again", translate("Documents", "Passphrase again"), required=True, max_len=200),
    ]

    def save(form: dict[str, Any]) -> Any:
        if form["passphrase"] != form["again"]:
            raise ValidationError("passphrases_differ", field="again")
        key = ctx.write(lambda uow: signing_keys.create_key(uow, organisation=form["organisation"],
                                                            passphrase=form["passphrase"]))
        with ctx.uow() as uow:  # just typed twice: not asked a third time
            ctx.signer = signing_keys.unlock(uow, passphrase=form["passphrase"])
        return key

    dialog = FormDialog(parent, translate("Documents", "Create the signing key"), fields, save=save,
                        values={"organisation": organisation.organisation if organisation else ""},
                        intro=translate("Documents", "Certificates are signed with your organisation's key, so that "
                                        "anyone can check that they are genuine and unchanged. The key is kept in "
                                        "the database, locked with this passphrase. Write the passphrase down "
                                        "somewhere safe."))
    for name in ("passphrase", "again"):
        widget = dialog.inputs[name]
        assert isinstance(widget, QLineEdit)
        widget.setEchoMode(QLineEdit.EchoMode.Password)
    return bool(dialog.exec())


def ensure_signer(parent: QWidget, ctx: AppContext) -> Any:
    """The unlocked signing key for this session: sets up the organisation and the key when missing, and
    asks the passphrase once. Returns None when the user cancels."""
    from edtrainer.core.services import issuer, signing_keys

    if getattr(ctx, "signer", None) is not None:
        return ctx.signer
    with ctx.uow() as uow:
        has_issuer = issuer.get_issuer(uow) is not None
        has_key = signing_keys.active_key_row(uow) is not None
    if not has_issuer:
        QMessageBox.information(parent, translate("Documents", "Certificates"), translate("Documents",
            "First tell edtrainer how your organisation appears on certificates."))
        if not edit_issuer(parent, ctx):
            return None
    if not has_key:
        return ctx.signer if create_key(parent, ctx) else None
    while True:
        passphrase, ok = QInputDialog.getText(
            parent, translate("Documents", "Passphrase of the signing key"),
            translate("Documents", "Passphrase (asked once while edtrainer is open):"), QLineEdit.EchoMode.Password)
        if not ok:
            return None
        try:
            with ctx.uow() as uow:
                ctx.signer = signing_keys.unlock(uow, passphrase=passphrase)
            return ctx.signer
        except EdtrainerError as error:
            QMessageBox.warning(parent, "edtrainer", error.message(ctx.language))


# --- checking a certificate --------------------------------------------------------------------------

class VerifyDialog(QDialog):
    """Is this PDF a genuine, unchanged certificate of ours, and is it still valid?"""

    def __init__(self, parent: QWidget | None, ctx: AppContext) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Check a certificate"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Choose a certificate (PDF) someone gave you. edtrainer checks the signature, "
                               "that nothing was changed or added, and the register."), self)
        wrap(intro)
        layout.addWidget(intro)
        self.choose = QPushButton(self.tr("&Choose a PDF…"), self)
        self.choose.setToolTip(self.tr("Open a certificate's PDF file and check its signature and the register"))
        self.choose.clicked.connect(self.pick)
        layout.addWidget(self.choose)
        self.verdict = QLabel(self)
        font = self.verdict.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.verdict.setFont(font)
        wrap(self.verdict)
        layout.addWidget(self.verdict)
        self.details = QTextBrowser(self)
        self.details.setAccessibleName(self.tr("What was checked"))
        layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 460)

    def pick(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a certificate"), str(Path.home()),
                                              self.tr("PDF documents (*.pdf)"))
        if path:
            self.check(Path(path))

    def check(self, path: Path) -> bool:
        from edtrainer.core.services import certificates

        try:
            data = path.read_bytes()
        except OSError as exc:
            self.verdict.setText("✗ " + str(exc))
            return False
        with self.ctx.uow() as uow:
            result = certificates.verify_pdf(uow, pdf=data, lang=self.ctx.language)
        lines = result.lines(self.ctx.language)
        self.verdict.setText(("✓ " if result.ok else "✗ ") + lines[0].rstrip(": "))
        self.verdict.setStyleSheet("color: #1b5e20;" if result.ok else "color: #b71c1c;")
        self.details.setPlainText(f"{path.name}\n\n" + "\n".join(f"• {line}" for line in lines[1:]))
        return bool(result.ok)


class BatchResultDialog(QDialog):
    """After issuing a batch: who got a certificate (with its number), who not and why; save them all."""

    def __init__(self, parent: QWidget | None, result: Any) -> None:
        super().__init__(parent)
        self.result_ = result
        self.setWindowTitle(self.tr("Certificates issued"))
        layout = QVBoxLayout(self)
        summary = self.tr("%1 issued, %2 not issued.").replace("%1", str(len(result.issued))).replace(
            "%2", str(len(result.skipped)))
        if result.cancelled:
            summary += " " + self.tr("Stopped on request; the certificates already issued stay.")
        head = QLabel(summary, self)
        wrap(head)
        layout.addWidget(head)
        issued = QListWidget(self)
        issued.setAccessibleName(self.tr("Issued"))
        for item in result.issued:
            issued.addItem(f"✓ {item.number} — {item.trainee}")
        layout.addWidget(QLabel(self.tr("Issued:"), self))
        layout.addWidget(issued)
        skipped = QListWidget(self)
        skipped.setAccessibleName(self.tr("Not issued"))
        skipped.setWordWrap(True)
        for item in result.skipped:
            skipped.addItem(f"✗ {item.line}")
        layout.addWidget(QLabel(self.tr("Not issued, and why:"), self))
        layout.addWidget(skipped)
        buttons = QDialogButtonBox(self)
        self.save_all = buttons.addButton(self.tr("&Save all in a folder…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_all.setEnabled(bool(result.issued))
        self.save_all.clicked.connect(self.save)
        close = buttons.addButton(self.tr("&Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 520)

    def save(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the certificates"), str(Path.home()))
        if folder:
            written = self.save_to(Path(folder))
            QMessageBox.information(self, "edtrainer", self.tr("%1 files written to %2.").replace(
                "%1", str(len(written))).replace("%2", folder))

    def save_to(self, folder: Path) -> list[Path]:
        from edtrainer.core.files import write_private

        return [write_private(folder / f"{item.number}.pdf", item.pdf, overwrite=True) for item in self.result_.issued]
