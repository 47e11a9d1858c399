"""Helpers for assistive technology (what Orca reads through AT-SPI) and for contrast by the WCAG formula.

Qt tells a screen reader about focus and names by itself; these helpers cover what it does not: saying
something that happened without moving the focus (a mark recorded, a form's errors), and keeping widgets
that show no focus out of the Tab order.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent, QColor
from PySide6.QtWidgets import QAbstractScrollArea, QScrollArea, QTabWidget, QWidget


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


# --- contrast (WCAG 2.x) ----------------------------------------------------------------------------------

def _channel(value: float) -> float:
    return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4


def luminance(color: QColor) -> float:
    """Relative luminance as WCAG defines it (sRGB)."""
    return 0.2126 * _channel(color.redF()) + 0.7152 * _channel(color.greenF()) + 0.0722 * _channel(color.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours, from 1 (same) to 21 (black on white)."""
    la, lb = luminance(a), luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def readable(color: QColor, background: QColor, minimum: float) -> QColor:
    """``color``, made darker (on a light background) or lighter (on a dark one) in small steps until it
    reaches ``minimum`` contrast against ``background``; its hue stays."""
    color = QColor(color)
    if color.alpha() < 255:  # a see-through colour shows as a mix with what is under it
        alpha = color.alphaF()
        color = QColor.fromRgbF(color.redF() * alpha + background.redF() * (1 - alpha),
                                color.greenF() * alpha + background.greenF() * (1 - alpha),
                                color.blueF() * alpha + background.blueF() * (1 - alpha))
    lighten = luminance(background) < 0.18
    for _ in range(60):
        if contrast(color, background) >= minimum:
            return color
        color = color.lighter(108) if lighten else color.darker(108)
        if lighten and color.lightness() >= 250 and contrast(color, background) < minimum:
            return QColor("#ffffff")
    return QColor("#ffffff") if lighten else QColor("#000000")
