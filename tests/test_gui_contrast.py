"""Contrast by the WCAG 2.x formula, computed from the colours the app really paints with, in the default
and the high-contrast look: a palette or style change that drops below AA (4.5:1 for text, 3:1 for focus
indicators and controls) fails here."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from edtrainer.gui import style
from edtrainer.gui.widgets import attendance
from edtrainer.gui.widgets.a11y import contrast, readable
from edtrainer.gui.widgets.attendance_view import frame_colours

R, G = QPalette.ColorRole, QPalette.ColorGroup


def test_the_contrast_formula_gives_wcags_own_examples() -> None:
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21)
    assert contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
    assert contrast(QColor("#308cc6"), QColor("#ffffff")) == pytest.approx(3.69, abs=0.01)  # Fusion's highlight
    assert contrast(readable(QColor("#308cc6"), QColor("#ffffff"), 4.5), QColor("#ffffff")) >= 4.5
    assert contrast(readable(QColor("#404040"), QColor("#202020"), 4.5), QColor("#202020")) >= 4.5  # lighter


@pytest.fixture(params=[False, True], ids=["default", "high-contrast"])
def look(request: pytest.FixtureRequest) -> Iterator[QPalette]:
    app = QApplication.instance() or QApplication([])
    style.apply_look(app, high_contrast=request.param)
    yield app.palette()
    style.apply_look(app, high_contrast=False)


def solid(palette: QPalette, group: QPalette.ColorGroup, role: QPalette.ColorRole,
          background: QPalette.ColorRole) -> QColor:
    """A palette colour as painted: a see-through one (Fusion's placeholder) mixed with its background."""
    color, under = palette.color(group, role), palette.color(group, background)
    alpha = color.alphaF()
    return QColor.fromRgbF(color.redF() * alpha + under.redF() * (1 - alpha),
                           color.greenF() * alpha + under.greenF() * (1 - alpha),
                           color.blueF() * alpha + under.blueF() * (1 - alpha))


def test_text_and_focus_reach_aa(look: QPalette) -> None:
    ratios = {}
    for group in (G.Active, G.Inactive):
        ratios[f"selected text ({group.name})"] = (contrast(look.color(group, R.HighlightedText),
                                                            look.color(group, R.Highlight)), 4.5)
        ratios[f"placeholder ({group.name})"] = (contrast(solid(look, group, R.PlaceholderText, R.Base),
                                                          look.color(group, R.Base)), 4.5)
        ratios[f"text ({group.name})"] = (contrast(look.color(group, R.Text), look.color(group, R.Base)), 4.5)
        for background in (R.Base, R.Window, R.Button):  # the focus outline and the focused tab's frame
            ratios[f"focus outline on {background.name} ({group.name})"] = (
                contrast(look.color(group, R.Highlight), look.color(group, background)), 3)
    ratios["disabled button text"] = (contrast(look.color(G.Disabled, R.ButtonText),
                                               look.color(G.Disabled, R.Button)), 3)
    ratios["disabled label"] = (contrast(look.color(G.Disabled, R.WindowText), look.color(G.Disabled, R.Window)), 3)
    low = {what: round(ratio, 2) for what, (ratio, needed) in ratios.items() if ratio < needed}
    assert low == {}


def test_the_register_reads_well_and_its_current_cell_stands_out(look: QPalette) -> None:
    text, base = look.color(R.Text), look.color(R.Base)
    backgrounds = {"base": base, "alternate": look.color(R.AlternateBase), "selected": look.color(R.Highlight)}
    backgrounds |= {status: item.background() for status, item in style.STATUSES.items()}
    low = {}
    for name, colour in backgrounds.items():
        if name != "selected" and contrast(text, colour) < 4.5:
            low[f"text on {name}"] = contrast(text, colour)
    low |= {"not expected": contrast(attendance.muted(), backgrounds["alternate"])} \
        if contrast(attendance.muted(), backgrounds["alternate"]) < 4.5 else {}
    outer, inner = frame_colours(look)
    if contrast(outer, inner) < 3:
        low["the frame's two rings"] = contrast(outer, inner)
    for name, colour in backgrounds.items():  # whatever is beside or inside the current cell
        best = max(contrast(outer, colour), contrast(inner, colour))
        if best < 3:
            low[f"current-cell frame against {name}"] = best
    assert {k: round(v, 2) for k, v in low.items()} == {}


def test_a_dark_system_palette_is_made_readable_too() -> None:
    dark = QPalette()
    for group in (G.Active, G.Inactive, G.Disabled):
        for role, colour in ((R.Window, "#2b2b2b"), (R.Base, "#1e1e1e"), (R.Button, "#353535"),
                             (R.Text, "#eeeeee"), (R.WindowText, "#eeeeee"), (R.ButtonText, "#eeeeee"),
                             (R.Highlight, "#3d7ab8"), (R.HighlightedText, "#ffffff"),
                             (R.PlaceholderText, "#6a6a6a")):
            dark.setColor(group, role, QColor(colour))
    dark.setColor(G.Disabled, R.ButtonText, QColor("#5a5a5a"))
    fixed = style.readable_palette(dark)
    for role, group, background, minimum in style.CONTRAST_RULES:
        if role == R.Highlight and background in (R.Base, R.Window):
            continue  # a light highlight cannot also carry white text at 4.5:1 and stand out on black by 3:1
        assert contrast(fixed.color(group, role), fixed.color(group, background)) >= minimum, (role, background)
