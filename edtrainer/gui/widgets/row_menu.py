"""A right-click (or Menu key, or Shift+F10) menu on a table with the page's buttons for the chosen row.

The menu's entries are the buttons themselves, read when the menu opens: the same words, the same
enabled state, the same action, so a menu and its buttons never disagree."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QMenu


def build_menu(view: QAbstractItemView, buttons: Sequence[QAbstractButton]) -> QMenu:
    menu = QMenu(view)
    for button in buttons:
        action = menu.addAction(button.text())
        action.setEnabled(button.isEnabled())
        action.setToolTip(button.toolTip())
        action.triggered.connect(button.click)
    return menu


def row_menu(view: QAbstractItemView, buttons: Sequence[QAbstractButton]) -> None:
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def show(pos: QPoint) -> None:
        index = view.indexAt(pos)
        if index.isValid():  # the row under the pointer becomes the chosen row, as in every file manager
            view.setCurrentIndex(index)
        menu = build_menu(view, buttons)
        menu.popup(view.viewport().mapToGlobal(pos))
        view.row_menu = menu  # type: ignore[attr-defined]  # kept while shown (and for tests)

    view.customContextMenuRequested.connect(show)
