"""Contrast by the WCAG 2.x formula, and colours made readable by it. Only ``QColor``: the look is set before
the first paint, and nothing there may touch the ``Qt`` namespace (see ``main_window``)."""

from __future__ import annotations

from PySide6.QtGui import QColor


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
