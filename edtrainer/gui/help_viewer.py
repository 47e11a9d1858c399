"""The manual in the app: F1 opens the page about the page you are on, in the app's language.

The manual is Markdown in ``resources/manual/{nl,en}/`` (shipped with the wheel and the bundle, as all of
``resources/``), shown offline by a QTextBrowser: links between its pages, Back, Forward and Contents, its
pictures scaled to the window's width. The window does not block the app: you can read while you work.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QImageReader, QTextCursor, QTextDocument, QTextImageFormat
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from edtrainer import paths
from edtrainer.gui.tr import translate

# The manual's page about each page of the main window (the same file name in every language).
PAGE_MANUAL = {
    "overview": "overview",
    "cohorts": "new-cohort",
    "trainees": "enrolling-trainees",
    "programmes": "programme-and-modules",
    "sessions": "recording-a-session",
    "placements": "placements-and-hours",
    "certification": "certificates",
    "organisations": "organisations",
}
INDEX = "index"
LANGUAGES = ("nl", "en")
SHORTCUTS_LINK = "edtrainer:shortcuts"  # the index's link to the list of keyboard shortcuts
_SCALED = "?width="  # the name of a picture scaled to the window: its file, then this, then the width


def manual_dir() -> Path:
    return paths.resources_dir() / "manual"


def manual_file(topic: str, language: str) -> Path:
    """The page in the app's language; English only where a page is missing in it."""
    for lang in (language, "en"):
        path = manual_dir() / lang / f"{topic}.md"
        if path.is_file():
            return path
    return manual_dir() / "en" / f"{INDEX}.md"


class HelpWindow(QDialog):
    """One window per main window: F1 again turns it to the page now shown."""

    def __init__(self, parent: QWidget, language: str, open_shortcuts: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("help_window")
        self.language = language
        self._open_shortcuts = open_shortcuts
        self.setWindowTitle(translate("Help", "Manual — edtrainer"))
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.back_button = QPushButton(translate("Help", "← &Back"), self)
        self.back_button.setAccessibleName(translate("Help", "Back"))
        self.forward_button = QPushButton(translate("Help", "&Forward →"), self)
        self.forward_button.setAccessibleName(translate("Help", "Forward"))
        self.home_button = QPushButton(translate("Help", "&Contents"), self)
        self.home_button.setAccessibleName(translate("Help", "Contents of the manual"))
        self.back_button.setToolTip(translate("Help", "The manual page you read before"))
        self.forward_button.setToolTip(translate("Help", "The page you went back from"))
        self.home_button.setToolTip(translate("Help", "The list of all pages of the manual"))
        for button in (self.back_button, self.forward_button, self.home_button):
            button.setAutoDefault(False)
            bar.addWidget(button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("manual")
        self.browser.setAccessibleName(translate("Help", "Manual page"))
        self.browser.setOpenLinks(False)  # links are followed here: other pages, the shortcut list, the web
        self.browser.anchorClicked.connect(self._follow)
        self.browser.sourceChanged.connect(self._page_changed)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_button.setEnabled)
        self.back_button.clicked.connect(self.browser.backward)
        self.forward_button.clicked.connect(self.browser.forward)
        self.home_button.clicked.connect(self.show_index)
        self.back_button.setEnabled(False)
        self.forward_button.setEnabled(False)
        layout.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setText(translate("Help", "Close"))
            close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_images)
        self._fit_size()

    # -- pages ----------------------------------------------------------------------------------

    def show_topic(self, topic: str) -> None:
        self.browser.setSource(QUrl.fromLocalFile(str(manual_file(topic, self.language))))

    def show_index(self) -> None:
        self.show_topic(INDEX)

    def current_file(self) -> Path:
        return Path(self.browser.source().toLocalFile())

    def _follow(self, url: QUrl) -> None:
        if url.toString() == SHORTCUTS_LINK:
            if self._open_shortcuts is not None:
                self._open_shortcuts()
        elif url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
        else:
            self.browser.setSource(self.browser.source().resolved(url))

    def _page_changed(self, _url: QUrl) -> None:
        title = self.browser.documentTitle() or self._first_line()
        self.setWindowTitle(translate("Help", "%1 — Manual").replace("%1", title) if title
                            else translate("Help", "Manual — edtrainer"))
        self._fit_timer.start()

    def _first_line(self) -> str:
        return self.browser.document().firstBlock().text().strip()

    # -- pictures as wide as the window at most ---------------------------------------------------

    def _fit_images(self) -> None:
        document = self.browser.document()
        room = self.browser.viewport().width() - 2 * document.documentMargin() - 4
        folder = self.current_file().parent
        found: list[tuple[int, int, QTextImageFormat]] = []
        block = document.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                if fragment.isValid() and fragment.charFormat().isImageFormat():
                    found.append((fragment.position(), fragment.length(), fragment.charFormat().toImageFormat()))
                it += 1
            block = block.next()
        ratio = self.browser.devicePixelRatioF()
        for position, length, image in found:
            # Scaled smoothly here, once per width: the text view itself would scale by dropping pixels.
            source = image.name().split(_SCALED, 1)[0]
            natural = QImageReader(str(folder / source)).size()
            if natural.isEmpty():
                continue
            width = min(float(natural.width()), max(float(room), 100.0))
            if abs(image.width() - width) < 1 and image.name() != source:
                continue
            height = natural.height() * width / natural.width()
            full = QImage(str(folder / source)).convertToFormat(QImage.Format.Format_ARGB32)  # not its palette
            scaled = full.scaled(
                round(width * ratio), round(height * ratio), Qt.AspectRatioMode.IgnoreAspectRatio,
                Qt.TransformationMode.SmoothTransformation)
            scaled.setDevicePixelRatio(ratio)
            name = f"{source}{_SCALED}{round(width)}"
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), scaled)
            image.setName(name)
            image.setWidth(width)
            image.setHeight(height)
            cursor = QTextCursor(document)
            cursor.setPosition(position)
            cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(image)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit_timer.start()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the app's text size changed: the window follows
            self._fit_size()
            self._fit_timer.start()

    def _fit_size(self) -> None:
        metrics = self.fontMetrics()
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        width, height = metrics.averageCharWidth() * 105, metrics.lineSpacing() * 40
        if screen is not None:
            width, height = min(width, screen.width() * 9 // 10), min(height, screen.height() * 9 // 10)
        self.resize(max(width, self.width() if self.isVisible() else 0), max(height, 300))


def show_help(window: Any, topic: str | None = None) -> HelpWindow:
    """Open (or turn) the manual at the page about ``topic``, or the page about the page shown."""
    if topic is None:
        topic = PAGE_MANUAL.get(window.current_page_name(), INDEX)
    help_window = window.findChild(HelpWindow, "help_window")
    if help_window is None or help_window.language != window.ctx.language:
        if help_window is not None:
            help_window.setObjectName("")
            help_window.deleteLater()
        from edtrainer.gui import window_actions

        help_window = HelpWindow(window, window.ctx.language,
                                 open_shortcuts=lambda: window_actions.show_shortcuts(window))
    help_window.show_topic(topic)
    help_window.show()
    help_window.raise_()
    help_window.activateWindow()
    help_window.browser.setFocus()
    return help_window
