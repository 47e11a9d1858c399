"""Starting the desktop app: ``edtrainer`` without a subcommand lands here (see ``edtrainer.cli``)."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from edtrainer.gui import settings as S
from edtrainer.gui import style, translations
from edtrainer.gui.context import AppContext
from edtrainer.gui.first_start import DemoProgress
from edtrainer.gui.main_window import MainWindow
from edtrainer.gui.tr import translate


class Controller:
    """Owns the application-wide look (language, text size, contrast) and the main window."""

    def __init__(self, app: QApplication, settings: S.Settings, *, database: str | None = None,
                 language: str | None = None) -> None:
        self.app = app
        self.settings = settings
        lang = language or settings.get(S.LANGUAGE)
        translations.install(lang)
        style.load_fonts()
        style.apply_look(app, high_contrast=settings.get(S.HIGH_CONTRAST))
        style.apply_text_scale(app, settings.get(S.TEXT_SCALE))
        self.ctx = AppContext(settings, database_arg=database, language=lang)
        self.demo_progress = DemoProgress(self.ctx, lambda: self.window)  # the first start's demo
        self.wizard: Any = None
        self.ctx.first_run.connect(self.show_first_run)
        self.window = MainWindow(self.ctx, self)
        self.window.restore()

    def start(self, *, open_database: bool = True) -> None:
        if open_database:
            self.window.first_painted.connect(lambda: QTimer.singleShot(0, self.ctx.open_database))
        self.window.show()

    def show_first_run(self) -> None:
        """A new database on the first start: the wizard over the window; the demo or an empty database after."""
        from edtrainer.gui.first_run import FirstRunWizard

        self.wizard = FirstRunWizard(self.ctx, self.window)
        self.wizard.chosen.connect(self.ctx.finish_first_run)
        self.wizard.finished.connect(self.wizard.deleteLater)
        self.wizard.open()

    def step_text_size(self, step: int) -> None:
        scales = S.TEXT_SCALES
        current = self.settings.get(S.TEXT_SCALE)
        if step == 0:
            new = 100
        else:
            position = min(range(len(scales)), key=lambda i: abs(scales[i] - current))
            new = scales[max(0, min(len(scales) - 1, position + step))]
        self.settings.set(S.TEXT_SCALE, new)
        style.apply_text_scale(self.app, new)
        self.window.statusBar().showMessage(translate("Controller", "Text size %1 %").replace("%1", str(new)), 4000)

    def apply_settings(self) -> None:
        """After the settings dialog: text size and contrast at once; a new language rebuilds the window."""
        style.apply_look(self.app, high_contrast=self.settings.get(S.HIGH_CONTRAST))
        style.apply_text_scale(self.app, self.settings.get(S.TEXT_SCALE))
        lang = self.settings.get(S.LANGUAGE)
        if lang != self.ctx.language:
            translations.install(lang)
            self.ctx.language = lang
            self.ctx.undo_stack.clear()
            old = self.window
            old.save_state()
            self.window = MainWindow(self.ctx, self)
            self.window.restore()
            self.window.show()
            if self.ctx.db is not None:
                self.ctx.database_opened.emit()
            old.ctx = self.ctx
            old.hide()
            old.deleteLater()


def _no_screen() -> bool:
    if sys.platform.startswith("linux"):
        return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
                    or os.environ.get("QT_QPA_PLATFORM"))
    return False


def _quit_when_ready(app: QApplication, controller: Controller) -> None:
    """``--quit-when-ready`` (for bench/startup.py and the tests): quit once the Overview shows its data (read,
    filled in and painted), writing the wall-clock time of that moment to ``EDTRAINER_READY_FILE``. A database
    that cannot be opened ends the app with exit code 1 and the reason on stderr instead of a dialog."""
    window, ctx = controller.window, controller.ctx
    mark = os.environ.get("EDTRAINER_READY_FILE")

    def failed(exc: BaseException) -> None:
        from edtrainer.core.errors import EdtrainerError

        print(f"edtrainer: {exc.message(ctx.language) if isinstance(exc, EdtrainerError) else exc}", file=sys.stderr)
        app.exit(1)

    def ready() -> None:
        window.repaint()  # the data on screen, not only in the widgets
        if mark:
            Path(mark).write_text(repr(time.time()))
        QTimer.singleShot(0, app.quit)

    def painted() -> None:
        page = window.show_page("overview") if window.current_page_name() != "overview" else window.page("overview")
        page.loaded.connect(ready)

    ctx.database_failed.disconnect(window._database_failed)  # noqa: SLF001  (nobody to answer a dialog)
    ctx.database_failed.connect(failed)
    window.first_painted.connect(lambda: QTimer.singleShot(0, painted))


def run(args: Any) -> int:
    from edtrainer.core import i18n

    if _no_screen():
        print(i18n.text("no_screen", getattr(args, "lang", None) or None), file=sys.stderr)
        return 1
    existing = QApplication.instance()
    # Fusion on every platform (one look, a clear focus frame), chosen on the command line of Qt so that no
    # style object has to cross into Python before the first paint.
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0], "-style", "Fusion"])
    app.setApplicationName("edtrainer")
    app.setOrganizationName("edtrainer")
    app.setApplicationDisplayName("edtrainer")
    style.set_identity(app)
    settings = S.Settings.open()
    controller = Controller(app, settings, database=getattr(args, "database", None),
                            language=getattr(args, "lang", None))
    trace = os.environ.get("EDTRAINER_FIRST_PAINT_FILE")
    if trace:  # for bench/gui.py: when the window was first painted (wall clock)
        controller.window.first_painted.connect(lambda: Path(trace).write_text(repr(time.time())))
    if getattr(args, "quit_after_first_paint", False):
        controller.window.build_after_paint = False
        controller.window.first_painted.connect(lambda: QTimer.singleShot(0, app.quit))
        controller.start(open_database=False)
    elif getattr(args, "quit_when_ready", False):
        controller.ctx.ask_first_run = False  # nobody to answer the wizard: the demo, as EDTRAINER_FIRST_RUN=demo
        _quit_when_ready(app, controller)
        controller.start()
    else:
        controller.start()
    code = app.exec()
    controller.ctx.close_database()
    return int(code)
