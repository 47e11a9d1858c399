"""Helpers for assistive technology (what Orca reads through AT-SPI) and for contrast by the WCAG formula.

Qt tells a screen reader about focus and names by itself; these helpers cover what it does not: saying
something that happened without moving the focus (a mark recorded, a form's errors), and keeping widgets
that show no focus out of the Tab order.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import QAbstractScrollArea, QScrollArea, QTabWidget, QWidget

from edtrainer.gui.contrast import contrast as contrast
from edtrainer.gui.contrast import luminance as luminance
from edtrainer.gui.contrast import readable as readable


def announce(source: QObject, text: str, *, assertive: bool = False) -> None:
    """Have the screen reader say ``text`` (an AT-SPI announcement; Orca reads it without the focus moving).
    Polite waits until the reader finished what it was saying; assertive (errors) interrupts it."""
    if not text:
        return
    event = QAccessibleAnnouncementEvent(source, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if assertive
                        else QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)


def alert(source: QObject) -> None:
    """Tell assistive technology that ``source`` (an error message) demands attention."""
    QAccessible.updateAccessibility(QAccessibleEvent(source, QAccessible.Event.Alert))


def no_tab_stop(area: QAbstractScrollArea) -> None:
    """A scroll area that only holds other widgets: it shows no focus, so it must not take it (its contents do;
    the area scrolls to whatever gets the focus inside it)."""
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)


def quiet_containers(root: QWidget) -> None:
    """Containers under ``root`` that would take the focus without showing it, or only to hand it on: a tab
    widget (its tab bar takes the focus and shows it) and a chart's or a scroll area's viewport."""
    for tabs in root.findChildren(QTabWidget):
        tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    for area in root.findChildren(QScrollArea):
        no_tab_stop(area)


def tab_in_order(widgets: list[QWidget]) -> None:
    """The Tab key visits these widgets in the order given (the order they are shown in), whatever order they
    were made in."""
    for before, after in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(before, after)
