"""The first start: while the demo is made (a few seconds on a slow computer), a progress dialog says what
is happening and how far it is, instead of an empty window with only a busy bar in the status bar."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from shiboken6 import isValid

from edtrainer.gui.context import AppContext


class DemoProgress(QObject):
    """Shows ``ctx.demo_progress`` in a progress dialog over the main window; gone once the database is open
    (or could not be opened)."""

    def __init__(self, ctx: AppContext, window: Callable[[], Any]) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.window = window
        self.dialog: Any = None
        ctx.demo_progress.connect(self.progressed)
        ctx.database_opened.connect(self.close)
        ctx.database_failed.connect(self.close)

    def progressed(self, done: int, total: int) -> None:
        if self.dialog is None or not isValid(self.dialog):
            from PySide6.QtCore import Qt
            from PySide6.QtWidgets import QLabel, QProgressDialog

            label = QCoreApplication.translate(
                "DemoProgress", "First start: edtrainer is making a demo to try it out with, a programme with "
                "two cohorts of invented trainees. You can remove it later on the Overview.")
            self.dialog = QProgressDialog(label, "", 0, total, self.window())
            text = QLabel(label, self.dialog)
            text.setWordWrap(True)  # a paragraph, not one line as wide as the screen
            self.dialog.setLabel(text)
            self.dialog.setFixedWidth(text.fontMetrics().averageCharWidth() * 64)
            self.dialog.setObjectName("demo_progress")
            self.dialog.setWindowTitle(QCoreApplication.translate("DemoProgress", "Making the demo"))
            self.dialog.setCancelButton(None)
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(0)
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
            self.dialog.setAccessibleName(QCoreApplication.translate("DemoProgress", "Making the demo"))
            self.dialog.show()  # at once: the first start is the moment a new user wonders what happens
        self.dialog.setLabelText(self.dialog.labelText().split("\n")[0] + "\n" + QCoreApplication.translate(
            "DemoProgress", "Step %1 of %2").replace("%1", str(done)).replace("%2", str(total)))
        self.dialog.setMaximum(total)
        self.dialog.setValue(done)  # last: a modal dialog handles waiting events here, maybe close() too

    def close(self, *_args: Any) -> None:
        if self.dialog is not None and isValid(self.dialog):
            self.dialog.reset()
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = None
