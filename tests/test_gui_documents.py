"""Documents in the app: issue a cohort's certificates with progress, see them in the register, preview,
print and save them, revoke one, check PDFs, and print sign-in sheets and placement reports."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from edtrainer.core import clock
from edtrainer.gui.app import Controller
from edtrainer.gui.documents import BatchResultDialog, PdfPreview, VerifyDialog

from doc_factories import make_ready, setup_issuer
from factories import make_world
from guikit import answering, fill_and_save, open_page, start_app, stop_app

TODAY = clock.today()


@pytest.fixture
def world(db):  # noqa: ANN001, ANN201
    w = make_world(db, sessions_past=4, hours=100, today=TODAY)
    make_ready(db, w, [0, 2])
    return w


@pytest.fixture
def app(qtbot, db_url: str, db, world) -> Iterator[Controller]:  # noqa: ANN001
    signer = setup_issuer(db)
    controller = start_app(qtbot, db_url)
    controller.ctx.signer = signer  # the passphrase was asked once already
    yield controller
    stop_app(controller)


def wait_for(qtbot, kind: type):  # noqa: ANN001, ANN201
    found: list = []
    qtbot.waitUntil(lambda: bool(found.extend(w for w in QApplication.topLevelWidgets()
                                              if isinstance(w, kind) and w.isVisible()) or found), timeout=60000)
    return found[0]


def test_issue_view_print_revoke_and_check(qtbot, app: Controller, db, world, tmp_path: Path) -> None:  # noqa: ANN001
    page = open_page(qtbot, app, "certification")
    assert page.summary.text() == "2 van de 4 cursisten zijn klaar voor het certificaat."
    with qtbot.waitSignal(page.loaded, timeout=60000):
        page.start_issue("programme", "nl", app.ctx.signer)
        batch = wait_for(qtbot, BatchResultDialog)
    assert len(batch.result_.issued) == 2 and len(batch.result_.skipped) == 2
    written = batch.save_to(tmp_path)
    assert sorted(p.name for p in written) == sorted(f"{c.number}.pdf" for c in batch.result_.issued)
    batch.close()

    page.tabs.setCurrentIndex(2)
    rows = page.register_model.rows()
    assert {r.trainee for r in rows} == {"Anja de Vries", "Zoë Kuipers"}
    assert all(page.register_model.index(i, 4).data() == "✓ geldig" for i in range(2))
    page.register_search.setText("zoe")  # accents and case do not matter
    assert page.register_proxy.rowCount() == 1 and page.register_proxy.index(0, 1).data() == "Zoë Kuipers"
    page.register_search.setText("")
    page.register_view.select_first(lambda r: r.trainee == "Zoë Kuipers")
    number = page.register_view.current_row().number
    qtbot.mouseClick(page.register_tab.view_button, Qt.MouseButton.LeftButton)
    preview = wait_for(qtbot, PdfPreview)
    assert preview.document.pageCount() == 1
    assert preview.pdf == (tmp_path / f"{number}.pdf").read_bytes()  # the frozen bytes, again
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert preview.print_to(printer) == 1 and (tmp_path / "printed.pdf").stat().st_size > 1000
    preview.close()

    verify = VerifyDialog(None, app.ctx)
    qtbot.addWidget(verify)
    assert verify.check(tmp_path / f"{number}.pdf")
    assert verify.verdict.text().startswith("✓")

    with qtbot.waitSignal(page.loaded, timeout=20000):
        with answering(fill_and_save({"reason": "Uitgereikt aan de verkeerde persoon"})):
            qtbot.mouseClick(page.register_tab.revoke_button, Qt.MouseButton.LeftButton)
    revoked = next(i for i, r in enumerate(page.register_model.rows()) if r.number == number)
    assert page.register_model.index(revoked, 4).data().startswith("✗ ")
    assert not verify.check(tmp_path / f"{number}.pdf")
    assert "Uitgereikt aan de verkeerde persoon" in verify.details.toPlainText()

    tampered = tmp_path / "tampered.pdf"
    data = bytearray((tmp_path / f"{batch.result_.issued[0].number}.pdf").read_bytes())
    data[len(data) // 3] ^= 0x01
    tampered.write_bytes(bytes(data))
    assert not verify.check(tampered) and verify.verdict.text().startswith("✗")
    assert "staat in het register en" not in verify.details.toPlainText()  # no reassurance about a forgery


def test_sign_in_sheet_and_placement_report_preview(qtbot, app: Controller, world, tmp_path: Path) -> None:  # noqa: ANN001
    from doc_factories import pdf_text
    from guikit import answering_in_turn

    sessions = open_page(qtbot, app, "sessions")
    qtbot.mouseClick(sessions.sheet_button, Qt.MouseButton.LeftButton)
    sheet = wait_for(qtbot, PdfPreview)
    assert sheet.document.pageCount() >= 1 and sheet.windowTitle().startswith("Presentielijst")
    assert "Zoë Kuipers" in pdf_text(sheet.pdf, tmp_path)
    sheet.close()

    placements = open_page(qtbot, app, "placements")
    assert placements.model.rowCount() == 2
    trainee = placements.view.current_row().trainee

    def organisation_copy(box) -> None:  # noqa: ANN001
        next(b for b in box.buttons() if b.text() == "Exemplaar voor de &organisatie").click()

    with answering_in_turn(qtbot, organisation_copy):
        qtbot.mouseClick(placements.report_button, Qt.MouseButton.LeftButton)
    report = wait_for(qtbot, PdfPreview)
    assert report.windowTitle() == f"Stageverslag van {trainee}"
    assert report.document.pageCount() >= 1  # Qt's own PDF reader opened it
    text = pdf_text(report.pdf, tmp_path)
    assert trainee in text and "Forte Welzijn" in text
    report.close()


def test_module_certificates_and_statements_from_the_app(qtbot, app: Controller, db, world,  # noqa: ANN001
                                                        monkeypatch) -> None:
    from edtrainer.gui.pages import certification

    page = open_page(qtbot, app, "certification")
    with answering(fill_and_save({"kind": "module"}, expect_error="module")):  # which module?
        page.issue_batch()
    # Statements of participation: nobody stopped in this running cohort, so nobody gets one; the app says why.
    said: list[str] = []
    monkeypatch.setattr(certification.QMessageBox, "information", lambda _p, _t, text: said.append(text))
    with answering(fill_and_save({"kind": "participation"})):
        page.issue_batch()
    assert "volgt de opleiding nog" in said[0] and "Klaar voor certificering" in said[0]
    # Module certificates for everyone who passed Ethiek: the two who are ready.
    monkeypatch.setattr(certification, "confirm", lambda *a, **k: True)
    with qtbot.waitSignal(page.loaded, timeout=60000):
        with answering(fill_and_save({"kind": "module", "module": world.module_ids["ETH"], "lang": "en"})):
            page.issue_batch()
        batch = wait_for(qtbot, BatchResultDialog)
    assert sorted(i.trainee for i in batch.result_.issued) == ["Anja de Vries", "Zoë Kuipers"]
    batch.close()
    page.tabs.setCurrentIndex(2)
    assert {(r.kind, r.module, r.language) for r in page.register_model.rows()} == {
        ("module", "Ethiek en deontologie", "en")}


def test_the_verification_page_is_published_and_kept_up_to_date(qtbot, app: Controller, db, world,  # noqa: ANN001
                                                                 tmp_path: Path, monkeypatch) -> None:
    """Certification → register → Publish the verification page: the folder is chosen once (remembered), the
    page written; after a revocation the app writes it again by itself."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from edtrainer.core import preferences
    from edtrainer.core.services import certificates
    from edtrainer.documents import signing
    from edtrainer.documents.verify_page import check_page

    page = open_page(qtbot, app, "certification")
    with qtbot.waitSignal(page.loaded, timeout=60000):
        page.start_issue("programme", "nl", app.ctx.signer)
        wait_for(qtbot, BatchResultDialog).close()
    page.tabs.setCurrentIndex(2)
    site = tmp_path / "site"
    site.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(site))  # the system's dialog
    said: list[str] = []

    def told(box: QMessageBox) -> None:
        said.append(box.text())
        box.accept()

    with answering(told):
        qtbot.mouseClick(page.register_tab.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(said), timeout=30000)
    assert "Controlepagina geschreven" in said[0] and "2 certificaten" in said[0]
    assert preferences.load().verify_page_folder == str(site)
    with db.uow() as uow:
        rows = certificates.register(uow)
    html = (site / "index.html").read_text()
    pem = app.ctx.signer.material.certificate_der
    assert check_page(html, rows[0].code, pem).verdict == "valid"
    # revoke in the app: the page follows without being asked
    page.register_view.setFocus()
    assert page.register_view.select_first(lambda r: r.number == rows[0].number)
    before = (site / "index.html").stat().st_mtime_ns
    with answering(fill_and_save({"reason": "Onjuiste geboortedatum"})):
        qtbot.mouseClick(page.register_tab.revoke_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (site / "index.html").stat().st_mtime_ns != before, timeout=30000)
    html = (site / "index.html").read_text()
    assert check_page(html, rows[0].code, pem).verdict == "revoked"
    assert "Onjuiste" not in html and signing.code_id(rows[1].code) in html


def test_a_digital_badge_is_saved_from_the_register(qtbot, app: Controller, world, tmp_path: Path,  # noqa: ANN001
                                                     monkeypatch) -> None:
    import jwt
    from cryptography import x509
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog

    page = open_page(qtbot, app, "certification")
    with qtbot.waitSignal(page.loaded, timeout=60000):
        page.start_issue("programme", "nl", app.ctx.signer)
        wait_for(qtbot, BatchResultDialog).close()
    page.tabs.setCurrentIndex(2)
    page.register_view.setFocus()
    assert page.register_view.select_first(lambda r: r.trainee == "Zoë Kuipers")
    target = tmp_path / "zoe"  # the extension is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))  # the system's dialog
    qtbot.mouseClick(page.register_tab.badge_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "zoe.jwt"
    qtbot.waitUntil(written.exists, timeout=30000)
    public = x509.load_der_x509_certificate(app.ctx.signer.material.certificate_der).public_key()
    claims = jwt.decode(written.read_text(), public, algorithms=["ES256"])
    assert "OpenBadgeCredential" in claims["vc"]["type"]
    assert claims["vc"]["credentialSubject"]["identifier"][0]["identityHash"] == "Zoë Kuipers"


def test_a_batch_stopped_in_the_english_app_delivers_what_was_issued_in_english(
        qtbot, db_url: str, db, world, monkeypatch) -> None:  # noqa: ANN001
    """The batch runs on a worker thread: its reasons come out in the app's language (the worker runs in a
    copy of the caller's context), and Cancel after the first certificate shows that one, announced as a
    change, so the register lists it."""
    from edtrainer.core import i18n
    from edtrainer.core.services import certificates
    from edtrainer.gui import context

    i18n.set_language("nl")
    with db.uow() as uow:
        dutch = [s.line for s in certificates.candidates(uow, cohort_id=world.cohort_id)[1]]
    i18n.set_language("en")
    with db.uow() as uow:
        english = [s.line for s in certificates.candidates(uow, cohort_id=world.cohort_id)[1]]
    assert english != dutch  # the test can tell the two apart
    i18n.set_language("nl")

    asked: dict[int, int] = {}

    def cancelled_after_the_first(task: context.Task) -> bool:  # Cancel pressed once one certificate is done
        asked[id(task)] = asked.get(id(task), 0) + 1
        return asked[id(task)] > 1

    monkeypatch.setattr(context.Task, "cancelled", cancelled_after_the_first)
    signer = setup_issuer(db)
    app = start_app(qtbot, db_url, language="en")
    app.ctx.signer = signer
    try:
        page = open_page(qtbot, app, "certification")
        with qtbot.waitSignal(page.loaded, timeout=60000):  # the change was announced: the page reloads
            page.start_issue("programme", "en", signer)
            batch = wait_for(qtbot, BatchResultDialog)
        assert batch.result_.cancelled and len(batch.result_.issued) == 1
        assert [s.line for s in batch.result_.skipped] == english
        from PySide6.QtWidgets import QLabel

        assert any("Stopped on request; the certificates already issued stay." in label.text()
                   for label in batch.findChildren(QLabel))
        batch.close()
        page.tabs.setCurrentIndex(2)
        assert [r.number for r in page.register_model.rows()] == [batch.result_.issued[0].number]
    finally:
        stop_app(app)
