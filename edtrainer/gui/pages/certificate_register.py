"""The certificate register tab of the Certification page: every document issued, and what can be done with
one (preview, revoke, correct, a digital badge) or with the register (export, the verification page)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFileDialog, QVBoxLayout, QWidget

from edtrainer.gui import fmt
from edtrainer.gui.widgets.forms import Field, FormDialog
from edtrainer.gui.widgets.tables import Column, RowTableModel, SearchBox

if TYPE_CHECKING:
    from edtrainer.gui.pages.certification import CertificationPage


def kind_word(kind: str, module: str | None = None) -> str:
    from edtrainer.core import i18n

    word = i18n.word(f"kind_{kind}")
    return f"{word}: {module}" if module else word


class CertificateRegister(QWidget):
    """The register's table and buttons; the page gives it the chosen cohort and its rows."""

    def __init__(self, page: CertificationPage, parent: QWidget) -> None:
        super().__init__(parent)
        self.page = page
        self.ctx = page.ctx
        register_layout = QVBoxLayout(self)
        self.model = RowTableModel([
            Column(self.tr("Number"), lambda c: c.number),
            Column(self.tr("Trainee"), lambda c: c.trainee),
            Column(self.tr("Document"), lambda c: kind_word(c.kind, c.module)),
            Column(self.tr("Issued on"), lambda c: fmt.date(c.issued_on), sort=lambda c: c.issued_on),
            Column(self.tr("Status"), self._certificate_status, sort=lambda c: c.status),
            Column(self.tr("Language"), lambda c: c.language.upper(), searchable=False),
        ], self)
        self.search = SearchBox(self.tr("Search the register by number or name"), self)
        register_layout.addWidget(self.search)
        self.proxy, self.view = page.searchable_table(
            self.model, self, name=self.tr("Certificate register"),
            object_name="certificate_register", search=self.search, on_activate=self.view_certificate)
        register_layout.addWidget(self.view, 1)
        self.view_button = page.button(self.tr("&Preview, print, save…"), self.view_certificate, parent=self,
                                       tip=self.tr("The certificate exactly as it was issued"))
        self.revoke_button = page.button(self.tr("Rev&oke…"), self.revoke, parent=self)
        self.reissue_button = page.button(self.tr("Correc&t (issue again)…"), self.reissue, parent=self,
                                          tip=self.tr("A new version replaces this one; both stay in the register"))
        self.export_button = page.button(self.tr("E&xport the register…"), self.export_register, parent=self,
                                         tip=self.tr("As a signed PDF and a CSV file, confidential: for your own "
                                                     "organisation"))
        self.badge_button = page.button(self.tr("&Digital badge…"), self.save_badge, parent=self,
                                        tip=self.tr("The certificate as an Open Badge for the graduate's wallet "
                                                    "(edubadges, eduWallet)"))
        self.public_button = page.button(self.tr("Register &for organisations…"), self.export_public_register,
                                         parent=self,
                                         tip=self.tr("A signed PDF without names and without reasons"))
        self.publish_button = page.button(self.tr("Publish the &verification page…"), page.publish_page,
                                          parent=self,
                                          tip=self.tr("One web page, to put online or on a USB stick, where anyone "
                                                      "checks a certificate's code; it names nobody"))
        register_layout.addWidget(page.button_row([self.view_button, self.revoke_button, self.reissue_button,
                                                   self.badge_button, self.export_button, self.public_button,
                                                   self.publish_button], self))
        page.needs_row(self.view, self.view_button, self.revoke_button, self.reissue_button,
                       self.badge_button)

    def show_rows(self, rows: list[Any]) -> None:
        """The cohort's documents; the chosen one stays chosen."""
        keep_number = self.view.current_row()
        self.model.set_rows(rows)
        self.view.fit_columns()
        if keep_number is not None:
            self.view.select_first(lambda c: c.number == keep_number.number)

    def _certificate_status(self, c: Any) -> str:
        from edtrainer.core import i18n

        if c.status == "issued":
            return "✓ " + self.tr("valid")
        word = i18n.word(c.status) if c.status != "superseded" else self.tr("replaced")
        extra = f" ({c.superseded_by})" if c.superseded_by else (f": {c.reason}" if c.reason else "")
        return f"✗ {word}{extra}"

    def view_certificate(self) -> None:
        from edtrainer.core.services import certificates

        row = self.view.current_row()
        if row is None:
            return
        self.page.document(f"{kind_word(row.kind)} {row.number} — {row.trainee}",
                      lambda uow: certificates.reprint(uow, number=row.number), f"{row.number}.pdf")

    def revoke(self) -> None:
        from edtrainer.core.services import certificates

        row = self.view.current_row()
        if row is None:
            return

        def save(values: dict[str, Any]) -> Any:
            return self.ctx.write(lambda uow: certificates.revoke(uow, number=row.number, reason=values["reason"]))

        if FormDialog(self, self.tr("Revoke %1").replace("%1", row.number), [
                Field("reason", self.tr("Reason"), required=True, max_len=300,
                      help=self.tr("Kept in your own register; the verification page says only that it was revoked, "
                                   "and when"))], save=save,
                save_text=self.tr("Revoke"),
                intro=self.tr("Anyone who checks this certificate will be told it was revoked. This cannot be "
                              "undone.")).exec():
            self.page._republish()

    def reissue(self) -> None:
        from edtrainer.core.services import certificates
        from edtrainer.gui.documents import ensure_signer, show_pdf

        row = self.view.current_row()
        if row is None:
            return
        signer = ensure_signer(self, self.ctx)
        if signer is None:
            return

        def save(values: dict[str, Any]) -> Any:
            return self.ctx.write(lambda uow: certificates.reissue(uow, number=row.number, signer=signer,
                                                                   reason=values["reason"], lang=values["lang"]))

        dialog = FormDialog(self, self.tr("Correct %1").replace("%1", row.number), [
            Field("reason", self.tr("What was wrong"), required=True, max_len=300),
            Field("lang", self.tr("Language"), "choice", choices=[("nl", "Nederlands"), ("en", "English")])],
            save=save, values={"lang": row.language}, save_text=self.tr("Issue the correction"),
            intro=self.tr("Correct the data first (for example the name on the Trainees page). The new version "
                          "gets a new number and replaces %1, which stays in the register.").replace("%1", row.number))
        if dialog.exec():
            issued = dialog.result_value
            self.page._republish()
            show_pdf(self, issued.number, issued.pdf, f"{issued.number}.pdf")

    def save_badge(self) -> None:
        """The chosen certificate as a digital badge (a .jwt file the graduate imports in their wallet)."""
        from edtrainer.core.files import write_private
        from edtrainer.core.services import certificates
        from edtrainer.gui.documents import ensure_signer

        row = self.view.current_row()
        if row is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Digital badge of %1").replace("%1", row.number),
                                              str(Path.home() / f"{row.number}.jwt"),
                                              self.tr("Open Badges (*.jwt)"))
        if not path:
            return
        signer = ensure_signer(self, self.ctx)
        if signer is None:
            return
        target = Path(path if path.lower().endswith(".jwt") else path + ".jwt")

        def run(uow: Any, _task: Any) -> Path:
            token = certificates.badge(uow, number=row.number, signer=signer)
            return write_private(target, token.encode("ascii"), overwrite=True)

        self.ctx.work(run, lambda written: self.page.status(self.tr("Digital badge written: %1").replace(
            "%1", str(written))), label=self.tr("Making the digital badge…"), parent=self)

    def export_public_register(self) -> None:
        self.export_register(public=True)

    def export_register(self, *, public: bool = False) -> None:
        from edtrainer.core.files import write_private
        from edtrainer.core.services import certificates
        from edtrainer.gui.documents import ensure_signer

        cohort_id = self.page.picker.current_id()
        name = "certificaatregister-organisaties.pdf" if public else "certificaatregister-vertrouwelijk.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Register for organisations") if public
                                              else self.tr("Export the register"),
                                              str(Path.home() / name), self.tr("PDF documents (*.pdf)"))
        if not path:
            return
        signer = ensure_signer(self, self.ctx)
        if signer is None:
            return
        lang = self.ctx.language
        target = Path(path if path.lower().endswith(".pdf") else path + ".pdf")

        def run(uow: Any, _task: Any) -> list[Path]:
            pdf = certificates.register_pdf(uow, signer=signer, cohort_id=cohort_id, lang=lang, public=public)
            if public:  # the CSV holds names and reasons: it is for the organisation's own use only
                return [write_private(target, pdf, overwrite=True)]
            csv = certificates.register_csv(uow, cohort_id=cohort_id, lang=lang)
            return [write_private(target, pdf, overwrite=True),
                    write_private(target.with_suffix(".csv"), csv, overwrite=True)]

        self.ctx.work(run, lambda files: self.page.status(self.tr("Register written: %1").replace(
            "%1", ", ".join(str(f) for f in files))), label=self.tr("Exporting the register…"), parent=self)

