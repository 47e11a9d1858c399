"""Publishing the verification page from the app: by hand (Certification → register → *Publish the
verification page…*), and again by itself after every issue, revocation and correction once a folder is
chosen (a folder that a web host or a sync service publishes from). The folder is remembered in the
preferences, shared with the command line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from edtrainer.gui.tr import translate


def folder() -> Path | None:
    from edtrainer.core import preferences

    chosen = preferences.load().verify_page_folder
    return Path(chosen).expanduser() if chosen else None


def publish(parent: QWidget, ctx: Any) -> None:
    """Choose the folder (remembered), unlock the key if needed, write the page, and say where it is."""
    from edtrainer.core import i18n, preferences
    from edtrainer.core.services import certificates
    from edtrainer.gui.documents import ensure_signer

    current = folder()
    chosen = QFileDialog.getExistingDirectory(parent, translate("VerifyPage", "Folder for the verification page"),
                                              str(current or Path.home()))
    if not chosen:
        return
    prefs = preferences.load()
    prefs.verify_page_folder = chosen
    preferences.save(prefs)
    signer = ensure_signer(parent, ctx)
    if signer is None:
        return

    def done(published: Any) -> None:
        text = i18n.text("page_published", ctx.language, path=published.path, count=published.count)
        if published.without_code:
            text += " " + i18n.text("page_without_code", ctx.language, count=published.without_code)
        then = translate("VerifyPage", "From now on edtrainer writes it again after every issue, revocation and "
                                       "correction.")
        QMessageBox.information(parent, translate("VerifyPage", "Verification page"), text + "\n\n" + then)

    ctx.work(lambda uow, _task: certificates.publish_page(uow, signer=signer, out_dir=chosen), done,
             label=translate("VerifyPage", "Writing the verification page…"), parent=parent)


def republish(parent: Any, ctx: Any) -> None:
    """After a certificate changed: write the page again in the background when a folder is chosen and the key
    is unlocked; when the key is locked, say that the page waits (never ask for a passphrase unasked)."""
    from edtrainer.core.services import certificates

    target = folder()
    if target is None or ctx.db is None:
        return
    signer = getattr(ctx, "signer", None)
    status = getattr(parent, "status", None)
    if signer is None:
        if status is not None:
            status(translate("VerifyPage", "The verification page is not up to date yet: choose 'Publish the "
                                           "verification page…'."))
        return

    def job() -> Any:
        with ctx.uow(write=True) as uow:
            published = certificates.publish_page(uow, signer=signer, out_dir=target)
            uow.commit()
        return published

    def done(published: Any) -> None:
        if status is not None:
            status(translate("VerifyPage", "Verification page updated: %1").replace("%1", str(published.path)))

    def failed(exc: BaseException) -> None:
        if status is not None:
            from edtrainer.core.errors import EdtrainerError

            said = exc.message(ctx.language) if isinstance(exc, EdtrainerError) else str(exc)
            status("⚠ " + translate("VerifyPage", "The verification page could not be written: %1").replace("%1", said))

    ctx.run_in_background(job, done, failed)
