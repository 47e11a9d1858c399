"""The F1 list of keyboard shortcuts, read from the window itself: its menus, every action and shortcut
with a key, and the Alt+letter of each labelled field on the page shown, so the list can never miss a key
the window has. Keys that widgets handle themselves (the register's letters, F2 in a table) are listed
from one table here, beside the code that gives them meaning."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from edtrainer.gui.tr import QT_TRANSLATE_NOOP, translate

_CTX = "Shortcuts"
# Keys a widget handles itself (no QAction or QShortcut to read them from).
IN_WIDGETS = (
    ("Enter", QT_TRANSLATE_NOOP("Shortcuts", "Open the chosen row")),
    ("F2", QT_TRANSLATE_NOOP("Shortcuts", "Register: change the minutes or the remark of the chosen trainee")),
    ("A  L  E  X", QT_TRANSLATE_NOOP("Shortcuts", "Attendance: present, late, excused, absent (then the next "
                                                  "trainee)")),
    ("0 / Delete", QT_TRANSLATE_NOOP("Shortcuts", "Attendance: clear the mark")),
    ("Ctrl+PgDown / Ctrl+PgUp", QT_TRANSLATE_NOOP("Shortcuts", "Attendance: the next / previous session (a stack "
                                                               "of sign-in sheets)")),
)


def _tr(text: str) -> str:
    """A text marked elsewhere (IN_WIDGETS), translated when shown."""
    return QCoreApplication.translate(_CTX, text)


def _plain(text: str) -> str:
    """A menu or label text as read: without its '&', the trailing '…' or ':'."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…:. ").strip()


def _keys(sequences: list[QKeySequence]) -> str:
    return " / ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences if not s.isEmpty())


def _mnemonic(text: str) -> str:
    return QKeySequence.mnemonic(text).toString(QKeySequence.SequenceFormat.NativeText)


def collect(window: QMainWindow, page: QWidget | None = None) -> list[tuple[str, list[tuple[str, str]]]]:
    """Sections of (keys, what they do): the window's, the page's, and the ones inside tables."""
    rows: list[tuple[str, str]] = []
    for menu_action in window.menuBar().actions():
        if (keys := _mnemonic(menu_action.text())):
            what = translate("Shortcuts", "Open the menu %1").replace("%1", _plain(menu_action.text()))
            rows.append((keys, what))
    seen: set[str] = set()
    for action in window.findChildren(QAction):
        keys = _keys(action.shortcuts())
        if keys and keys not in seen and (page is None or not _inside_other_page(action, window, page)):
            seen.add(keys)
            rows.append((keys, _plain(action.text()) or action.toolTip()))
    for shortcut in window.findChildren(QShortcut):
        keys = _keys([shortcut.key()])
        if keys and keys not in seen and (page is None or not _inside_other_page(shortcut, window, page)):
            seen.add(keys)
            rows.append((keys, shortcut.whatsThis() or translate("Shortcuts", "(no description)")))
    page_rows: list[tuple[str, str]] = []
    if page is not None:
        for label in page.findChildren(QLabel):
            if label.buddy() is not None and label.isVisibleTo(page) and (keys := _mnemonic(label.text())):
                what = translate("Shortcuts", "Go to: %1").replace("%1", _plain(label.text()))
                page_rows.append((keys, what))
    sections = [(translate("Shortcuts", "Everywhere"), rows)]
    if page_rows:
        sections.append((translate("Shortcuts", "On this page"), sorted(set(page_rows))))
    inside = [(k, _tr(t)) for k, t in IN_WIDGETS]
    sections.append((translate("Shortcuts", "In lists and the register"), inside))
    return sections


def _inside_other_page(obj: Any, window: QMainWindow, page: QWidget) -> bool:
    """An action or shortcut of a page that is not shown does nothing now: not listed."""
    parent = obj.parent()
    while parent is not None and parent is not window:
        if parent is page:
            return False
        if getattr(parent, "name", None) and hasattr(parent, "finished_loading"):  # another page
            return True
        parent = parent.parent()
    return False


class ShortcutsDialog(QDialog):
    """The list in a two-column table: keys on the left, aligned, what they do on the right."""

    def __init__(self, window: QMainWindow, page: QWidget | None = None) -> None:
        super().__init__(window)
        self.setWindowTitle(translate("Shortcuts", "Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        sections = collect(window, page)
        count = sum(len(rows) + 1 for _title, rows in sections)
        self.table = QTableWidget(count, 2, self)
        self.table.setObjectName("shortcuts")
        self.table.setAccessibleName(translate("Shortcuts", "Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([translate("Shortcuts", "Keys"),
                                              translate("Shortcuts", "What they do")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)  # short texts; rows of even height, as a list to scan
        bold = QFont(self.font())
        bold.setBold(True)
        r = 0
        for title, rows in sections:
            head = QTableWidgetItem(title)
            head.setFont(bold)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(r, 0, head)
            self.table.setSpan(r, 0, 1, 2)
            # The (hidden) row headers carry the row's words, so a screen reader never says "1", "2".
            self.table.setVerticalHeaderItem(r, QTableWidgetItem(title))
            r += 1
            for keys, what in rows:
                self.table.setItem(r, 0, QTableWidgetItem(keys))
                self.table.setItem(r, 1, QTableWidgetItem(what))
                self.table.setVerticalHeaderItem(r, QTableWidgetItem(keys))
                r += 1
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 10)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setText(translate("Shortcuts", "Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 100, min(metrics.height() * (count + 6) * 3 // 2,
                                                          metrics.height() * 40))
        self.table.setFocus()

    def keys(self) -> list[str]:
        return [item.text() for r in range(self.table.rowCount())
                if (item := self.table.item(r, 0)) is not None and self.table.columnSpan(r, 0) == 1]
