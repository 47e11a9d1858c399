"""Issue 14, item 5: a short tooltip on every button that acts on something, on every page and in every dialog
that a page's buttons or the menus open. (Buttons that only answer a dialog, OK, Cancel, Close, need none;
tick boxes and option buttons carry their meaning in their own text.)"""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QToolButton, QWidget

from edtrainer.gui.app import Controller
from edtrainer.gui.main_window import PAGES

from guikit import open_page, walk_dialogs


def untipped(root: QWidget, where: str) -> list[str]:
    """The visible push and tool buttons under ``root`` without a tooltip (a dialog's answer buttons aside)."""
    missing = []
    for button in root.findChildren(QPushButton) + root.findChildren(QToolButton):
        if not button.isVisibleTo(root) or isinstance(button.parent(), QDialogButtonBox):
            continue
        if button.parent() is not None and type(button.parent()).__name__ in ("QTabBar", "QScrollBar",
                                                                             "QCalendarWidget", "QToolBar"):
            continue  # Qt's own scroll arrows of a tab bar, a calendar's month buttons, the tool bar's actions
        if button.objectName().startswith("qt_"):
            continue  # Qt's own parts (a calendar's navigation, a spin box)
        if not button.toolTip().strip():
            missing.append(f"{where}: {button.text() or button.objectName() or button.accessibleName()!r}")
    return missing


def test_every_button_on_every_page_has_a_tooltip(qtbot, demo_app: Controller) -> None:  # noqa: ANN001
    missing: list[str] = []
    for name, *_rest in PAGES:
        page = open_page(qtbot, demo_app, name)
        missing += untipped(page, name)
    assert not missing, f"{len(missing)} buttons without a tooltip:\n" + "\n".join(missing)


def test_every_button_in_every_dialog_has_a_tooltip(qtbot, demo_app: Controller) -> None:  # noqa: ANN001
    missing: list[str] = []
    opened, _menu = walk_dialogs(qtbot, demo_app, lambda dialog, where: missing.extend(untipped(dialog, where)))
    assert len(opened) >= 20, opened
    assert not missing, f"{len(missing)} buttons without a tooltip:\n" + "\n".join(missing)
