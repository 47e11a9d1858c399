"""The first start on a new database: a short wizard sets up the organisation, its signatories, the signing
key and where backups go, then starts with the demo or empty (``AppContext.finish_first_run``).

Each step saves through the services when the user goes on (their messages show beside the fields), and
each can be skipped: "Skip this step", or leaving its fields empty. Everything can be changed later: File →
Organisation on certificates, File → Signing key, File → Settings. Cancel (or Esc, or closing the window)
stops the wizard, keeps what was saved, and starts with the choice of the last step as it stands (the demo,
unless changed), so the app always opens on a database; with something typed and not saved, it asks first.
The wizard is shown once: finishing or cancelling it is remembered (``FIRST_RUN_DONE``), and only a new
database on the first start opens it (``first_run.is_new``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from edtrainer.core.errors import EdtrainerError, ValidationError
from edtrainer.gui.context import AppContext
from edtrainer.gui.issuer_dialog import (
    ImagePicker,
    _insert_below,
    attach_pickers,
    issuer_values,
    organisation_changes,
    organisation_fields,
    signatory_changes,
    signatory_fields,
)
from edtrainer.gui.key_setup import KeyForm
from edtrainer.gui.tr import translate
from edtrainer.gui.widgets.forms import Field, FormBody, confirm
from edtrainer.gui.widgets.wrap import wrap

WELCOME, ORGANISATION, SIGNATORIES, KEY, BACKUPS, START = range(6)



def _text(widget: QWidget) -> str:
    return widget.text() if isinstance(widget, QLineEdit) else ""


class _Page(QWizardPage):
    def __init__(self, wizard: FirstRunWizard, title: str, subtitle: str = "") -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.ctx = wizard.ctx
        self.setTitle(title)
        self.layout_ = QVBoxLayout(self)
        if subtitle:
            intro = QLabel(subtitle, self)
            wrap(intro)
            self.layout_.addWidget(intro)

    def typed(self) -> bool:
        """Something typed on this page that is not saved."""
        return False


class WelcomePage(_Page):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard, translate("FirstRun", "Welcome to edtrainer"), translate("FirstRun",
            "edtrainer helps you run training programmes for experts by experience: cohorts and trainees, "
            "sessions and attendance, placements and hours, and signed certificates."))
        steps = QLabel(translate("FirstRun",
            "In a few steps you set up your organisation, the people who sign certificates, the signing key and "
            "where backups go. Then you start with a demo to try things out, or empty.\n\n"
            "Every step can be skipped with \u201cSkip this step\u201d, and everything can be changed later: "
            "File \u2192 Organisation on certificates, File \u2192 Signing key and File \u2192 Settings."), self)
        wrap(steps)
        self.layout_.addWidget(steps)
        self.layout_.addStretch(1)


class _FormPage(_Page):
    """A page with a form that saves through the issuer service when the user goes on."""

    def __init__(self, wizard: FirstRunWizard, title: str, subtitle: str, fields: list[Field]) -> None:
        super().__init__(wizard, title, subtitle)
        self.body = FormBody(self, fields, issuer_values(None))
        self.layout_.addWidget(self.body, 1)
        self.pickers: dict[str, ImagePicker] = attach_pickers(self.body, None, "EDASU")
        self.saved: dict[str, Any] = {}

    def filled(self) -> dict[str, Any]:
        values = self.body.values()
        return {k: v for k, v in values.items() if v and k != "number_pattern"}

    def typed(self) -> bool:
        return bool(self.filled()) and self.filled() != self.saved

    def changes(self, values: dict[str, Any]) -> dict[str, Any]:
        raise NotImplementedError

    def validatePage(self) -> bool:  # noqa: N802  (Qt's name)
        from edtrainer.core.services import issuer

        if self.wizard_.skipping or not self.filled() or self.filled() == self.saved:
            return True
        self.body.clear_errors()
        values = self.body.values()
        try:
            changes = self.changes(values)
            self.ctx.write(lambda uow: issuer.update_issuer(uow, **changes))
        except ValidationError as error:
            self.body.show_errors([error, *self.body.check_form(values)])
            return False
        except EdtrainerError as error:
            self.body.show_errors([error])
            return False
        self.saved = self.filled()
        return True


class OrganisationPage(_FormPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard, translate("FirstRun", "Your organisation"), translate("FirstRun",
            "How your organisation appears on certificates and placement reports."),
            organisation_fields(verify_url=False))

    def changes(self, values: dict[str, Any]) -> dict[str, Any]:
        return organisation_changes(values, self.pickers)

    def nextId(self) -> int:  # noqa: N802  (Qt's name)
        # The signatories belong to an organisation: without one (skipped), their step is skipped too.
        return SIGNATORIES if self.saved else KEY  # asked after validatePage, so after saving


class SignatoriesPage(_FormPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard, translate("FirstRun", "Who signs certificates"), translate("FirstRun",
            "Up to three people, each with their role and, if you like, a scan of their signature."),
            signatory_fields())

    def changes(self, values: dict[str, Any]) -> dict[str, Any]:
        return {"signatories": signatory_changes(values, self.pickers)}


class KeyPage(_Page):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard, translate("FirstRun", "The signing key"))
        self.form = KeyForm(self.ctx, self)
        self.layout_.addWidget(self.form, 1)
        self.made: Any = None

    def initializePage(self) -> None:  # noqa: N802  (Qt's name)
        name = cast(QLineEdit, self.form.inputs["organisation"])
        organisation = self.wizard_.page(ORGANISATION)
        if not name.text() and isinstance(organisation, OrganisationPage):
            name.setText(_text(organisation.body.inputs["organisation"])[:64])

    def typed(self) -> bool:
        return self.made is None and self.form.typed()

    def validatePage(self) -> bool:  # noqa: N802  (Qt's name)
        if self.wizard_.skipping or self.made is not None or not self.form.typed():
            return True

        def done(info: Any) -> None:
            self.made = info
            for widget in (self.form.make_new, self.form.from_file, self.form.body):
                widget.setEnabled(False)
            self.wizard_.activateWindow()  # the keyboard back from the progress dialog, if one showed
            self.wizard_.next()

        self.form.submit(done)
        return False  # the key is made in the background; done() goes on


class BackupsPage(_Page):
    def __init__(self, wizard: FirstRunWizard) -> None:
        from edtrainer.core import preferences

        super().__init__(wizard, translate("FirstRun", "Where backups go"), translate("FirstRun",
            "edtrainer makes a checked backup while you work, when you close it, and before big changes. A "
            "folder on a USB stick or a network drive keeps them off this computer."))
        prefs = preferences.load()
        default = preferences.Preferences().backups_dir()
        tip = translate("FirstRun", "Empty: the backups folder beside the database: %1").replace("%1", str(default))
        self.body = FormBody(self, [Field("backup_folder", translate("FirstRun", "Backup folder"), max_len=500,
                                          help=tip)],
            {"backup_folder": prefs.backup_folder or ""})
        self.layout_.addWidget(self.body, 1)
        self.edit = cast(QLineEdit, self.body.inputs["backup_folder"])
        self.edit.setPlaceholderText(str(default))
        self.browse = QPushButton(translate("FirstRun", "&Browse…"), self.body)
        self.browse.setObjectName("backup_browse")
        self.browse.setAccessibleName(translate("FirstRun", "Choose the backup folder"))
        self.browse.setToolTip(self.browse.accessibleName())
        self.browse.clicked.connect(self.choose)
        _insert_below(self.edit, self.browse)
        note = QLabel(translate("FirstRun", "Empty: the backups folder beside the database (%1).").replace(
            "%1", str(default)), self)
        wrap(note)
        _insert_below(self.browse, note)
        self.saved = prefs.backup_folder or ""

    def choose(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, translate("FirstRun", "Backup folder"),
                                                  self.edit.text() or self.edit.placeholderText())
        if folder:
            self.edit.setText(folder)

    def typed(self) -> bool:
        return self.edit.text().strip() != self.saved

    def validatePage(self) -> bool:  # noqa: N802  (Qt's name)
        from edtrainer.core import preferences

        folder = self.edit.text().strip()
        if self.wizard_.skipping or folder == self.saved:
            return True
        if folder and not Path(folder).expanduser().is_dir():
            self.body.show_errors([("backup_folder", translate("FirstRun",
                "The folder %1 does not exist. Choose a folder that is there (a USB stick must be plugged "
                "in).").replace("%1", folder))])
            return False
        prefs = preferences.load()
        prefs.backup_folder = folder or None
        preferences.save(prefs)
        self.saved = folder
        return True


class StartPage(_Page):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard, translate("FirstRun", "Start"), translate("FirstRun", "How do you want to start?"))
        # The demo is chosen beforehand: a new coordinator learns the app by trying it on invented trainees
        # without fear of spoiling real data, and removes the demo in one step on the Overview once ready.
        # Starting empty leaves nothing to click on yet; it is one arrow key away for whoever wants it.
        self.demo = QRadioButton(translate("FirstRun", "Start with the &demo"), self)
        self.demo.setObjectName("start_demo")
        demo_note = QLabel(translate("FirstRun", "A programme with two cohorts of invented trainees, to try everything "
                                                 "out. You remove it later on the Overview; what you set up in this "
                                                 "wizard stays."), self)
        self.empty = QRadioButton(translate("FirstRun", "Start &empty"), self)
        self.empty.setObjectName("start_empty")
        empty_note = QLabel(translate("FirstRun", "Nothing in it yet: you add your own programme, cohort and "
                                                  "trainees."), self)
        self.group = QButtonGroup(self)
        for button in (self.demo, self.empty):
            self.group.addButton(button)
        self.demo.setChecked(True)
        for widget in (self.demo, demo_note, self.empty, empty_note):
            if isinstance(widget, QLabel):
                wrap(widget)
                widget.setIndent(24)
            self.layout_.addWidget(widget)
        self.layout_.addStretch(1)

    def choice(self) -> str:
        return "empty" if self.empty.isChecked() else "demo"


class FirstRunWizard(QWizard):
    """``chosen(choice)`` once, when the wizard is finished (Finish) or stopped (Cancel, Esc)."""

    chosen = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.skipping = False
        self._told = False
        self.setObjectName("first_run")
        self.setWindowTitle(translate("FirstRun", "Setting up edtrainer"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setButtonText(QWizard.WizardButton.CustomButton1, translate("FirstRun", "&Skip this step"))
        self.setButtonText(QWizard.WizardButton.NextButton, translate("FirstRun", "&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, translate("FirstRun", "< &Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, translate("FirstRun", "&Start"))
        self.setButtonText(QWizard.WizardButton.CancelButton, translate("FirstRun", "Cancel"))
        self.setButtonLayout([QWizard.WizardButton.Stretch, QWizard.WizardButton.CustomButton1,
                              QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                              QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton])
        self.customButtonClicked.connect(lambda _which: self.skip())
        for number, page in ((WELCOME, WelcomePage(self)), (ORGANISATION, OrganisationPage(self)),
                             (SIGNATORIES, SignatoriesPage(self)), (KEY, KeyPage(self)),
                             (BACKUPS, BackupsPage(self)), (START, StartPage(self))):
            self.setPage(number, page)
        self.currentIdChanged.connect(self._page_changed)
        self._page_changed(WELCOME)
        metrics = self.fontMetrics()
        width, height = metrics.averageCharWidth() * 84, metrics.height() * 34
        screen = self.screen()
        if screen is not None:  # at 200 % on a small screen: as big as fits; the forms scroll
            room = screen.availableGeometry()
            width, height = min(width, room.width() - 40), min(height, room.height() - 60)
        self.resize(width, height)

    def _page_changed(self, number: int) -> None:
        skip = self.button(QWizard.WizardButton.CustomButton1)
        skip.setVisible(number not in (WELCOME, START))
        skip.setAccessibleName(translate("FirstRun", "Skip this step"))
        page = self.page(number)
        if page is not None:  # the first field of the step takes the keyboard (on the last, the choice)
            shown = [w for w in page.findChildren(QWidget) if w.isEnabled() and w.isVisibleTo(page)
                     and w.focusPolicy() != Qt.FocusPolicy.NoFocus]
            first = next((w for w in shown if isinstance(w, QLineEdit)), None) or next(
                (w for w in shown if isinstance(w, QRadioButton) and w.isChecked()), None)
            if first is not None:
                first.setFocus()

    def skip(self) -> None:
        """Go on without saving this step (what was saved before stays)."""
        self.skipping = True
        try:
            self.next()
        finally:
            self.skipping = False

    def typed(self) -> bool:
        return any(isinstance(page := self.page(n), _Page) and page.typed() for n in self.pageIds())

    def choice(self) -> str:
        return cast(StartPage, self.page(START)).choice()

    def accept(self) -> None:
        self._tell(self.choice())
        super().accept()

    def reject(self) -> None:
        if self.typed() and not confirm(self, translate("FirstRun", "Stop setting up?"), translate("FirstRun",
                "What you typed on this step is not saved. What you saved on earlier steps stays. edtrainer "
                "starts with your choice of the last step (the demo, unless you chose otherwise); you can set "
                "up everything later under File."), translate("FirstRun", "Stop")):
            return
        self._tell(self.choice())
        super().reject()

    def _tell(self, choice: str) -> None:
        if not self._told:
            self._told = True
            self.chosen.emit(choice)
