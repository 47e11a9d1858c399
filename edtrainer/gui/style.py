"""Look and feel that serves people who read with difficulty: the shipped font, a text size from 100 %
to 200 % for the whole app, a clearly visible keyboard focus, the system's (or a high-contrast)
palette, and attendance statuses that never rely on colour alone (a letter and a symbol as well).
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from edtrainer import paths
from edtrainer.gui.tr import QT_TRANSLATE_NOOP

BASE_POINT_SIZE = 10.5
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
_family: str | None = None


def load_fonts() -> str:
    """Register the shipped font (full Latin coverage: ë é ï ő ĳ) and return its family name."""
    global _family
    if _family is None:
        folder = paths.resources_dir() / "fonts"
        families: list[str] = []
        for name in FONT_FILES:
            font_id = QFontDatabase.addApplicationFont(str(folder / name))
            if font_id >= 0:
                families += QFontDatabase.applicationFontFamilies(font_id)
        _family = families[0] if families else QFont().family()
    return _family


# The window icon's sizes (resources/icons/edtrainer-SIZE.png, drawn by scripts/render-icons); 512 px is only
# for the Linux icon theme: X11 would carry every size with each window.
WINDOW_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def set_identity(app: QApplication) -> None:
    """The icon of every window, and the desktop entry that names the app on Wayland (its icon and name in
    the task bar). Cheap: Qt reads each PNG only when a size is first drawn."""
    app.setDesktopFileName(paths.APP_ID)
    folder = paths.resources_dir() / "icons"
    icon = QIcon()
    for size in WINDOW_ICON_SIZES:
        icon.addFile(str(folder / f"edtrainer-{size}.png"), QSize(size, size))
    app.setWindowIcon(icon)


def apply_text_scale(app: QApplication, percent: int) -> None:
    """Scale every text in the app; widgets and layouts follow the font size."""
    font = QFont(load_fonts())
    font.setPointSizeF(BASE_POINT_SIZE * percent / 100)
    app.setFont(font)
    app.setProperty("edtrainer_text_scale", percent)
    if app.styleSheet():
        # With a style sheet, widgets keep the font they were polished with: polish them again, with the
        # page titles sized for the new text size.
        app.setStyleSheet(style_sheet(percent))


def style_sheet(percent: int) -> str:
    """The focus outline and the other rules, with page titles 1.4 times the text size. A size set by the
    style sheet follows a live change of the text size; a font set on the widget would not (the title
    then came out smaller than the text around it)."""
    title = round(BASE_POINT_SIZE * percent / 100 * 1.4, 1)
    return FOCUS_STYLE + f'QLabel[role="title"] {{ font-weight: bold; font-size: {title}pt; }}\n'


def text_scale(app: QApplication | None = None) -> int:
    app = app or QApplication.instance()  # type: ignore[assignment]
    value = app.property("edtrainer_text_scale") if app is not None else None
    return int(value) if value else 100


# A thick outline in the highlight colour around whatever has the keyboard focus. Only widgets whose
# look survives a style sheet are listed; buttons get their frame from the style below.
FOCUS_STYLE = """
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QAbstractSpinBox:focus, QComboBox:focus,
QDateEdit:focus, QTimeEdit:focus {
    border: 2px solid palette(highlight); border-radius: 3px; padding: 1px;
}
QAbstractItemView:focus { border: 2px solid palette(highlight); }
QGraphicsView:focus { border: 3px solid palette(highlight); }
QTabBar::tab:focus { border: 3px solid palette(highlight); border-radius: 3px; padding: 4px 10px;
    background: palette(base); }
QPushButton:focus, QToolButton:focus { border: 2px solid palette(highlight); border-radius: 4px;
    padding: 2px 4px; background: palette(button); }
QPushButton:focus:pressed, QToolButton:focus:pressed { background: palette(mid); }
QCheckBox:focus, QRadioButton:focus { border: 2px solid palette(highlight); border-radius: 3px; }
QListWidget#navigation::item { padding: 6px 10px; }
QListWidget#navigation::item:selected { font-weight: bold; }
QLabel[role="error"] { color: palette(bright-text); background: #b00020; border-radius: 3px; padding: 2px 6px; }
QLabel[role="banner"] { background: palette(alternate-base); border: 1px solid palette(mid); border-radius: 4px;
    padding: 6px; }
QLabel[role="heading"] { font-weight: bold; }
"""


def high_contrast_palette() -> QPalette:
    palette = QPalette()
    black, white, blue = QColor("#000000"), QColor("#ffffff"), QColor("#0033cc")
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Window, white)
        palette.setColor(group, QPalette.ColorRole.WindowText, black)
        palette.setColor(group, QPalette.ColorRole.Base, white)
        palette.setColor(group, QPalette.ColorRole.AlternateBase, QColor("#f0f0f0"))
        palette.setColor(group, QPalette.ColorRole.Text, black)
        palette.setColor(group, QPalette.ColorRole.Button, white)
        palette.setColor(group, QPalette.ColorRole.ButtonText, black)
        palette.setColor(group, QPalette.ColorRole.Highlight, blue)
        palette.setColor(group, QPalette.ColorRole.HighlightedText, white)
        palette.setColor(group, QPalette.ColorRole.ToolTipBase, white)
        palette.setColor(group, QPalette.ColorRole.ToolTipText, black)
        palette.setColor(group, QPalette.ColorRole.Mid, black)
        palette.setColor(group, QPalette.ColorRole.Dark, black)
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, QColor("#333333"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#555555"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#555555"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#555555"))
    return palette


# What must stand out against what (WCAG 2.x): text 4.5:1, a focus outline or a disabled control's text
# 3:1 (WCAG exempts disabled controls, but people with low vision still need to read what they cannot use).
# (colour role, group, background role, minimum)
CONTRAST_RULES: tuple[tuple[QPalette.ColorRole, QPalette.ColorGroup, QPalette.ColorRole, float], ...] = tuple(
    (role, group, background, minimum)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)
    for role, background, minimum in (
        (QPalette.ColorRole.Highlight, QPalette.ColorRole.Base, 3.0),             # the focus outline
        (QPalette.ColorRole.Highlight, QPalette.ColorRole.Window, 3.0),
        # last, as it matters most: selected rows, the current page, the selected attendance cell
        (QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText, 4.5),
        (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Base, 4.5),
    )) + tuple(
    (role, QPalette.ColorGroup.Disabled, background, 3.0)
    for role, background in ((QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
                             (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
                             (QPalette.ColorRole.Text, QPalette.ColorRole.Base)))


def readable_palette(palette: QPalette) -> QPalette:
    """The palette with every colour in CONTRAST_RULES moved (darker or lighter, same hue) until it reaches
    its minimum contrast; colours that already do stay as they are."""
    from edtrainer.gui.contrast import readable

    palette = QPalette(palette)
    for role, group, background, minimum in CONTRAST_RULES:
        palette.setColor(group, role, readable(palette.color(group, role), palette.color(group, background),
                                               minimum))
    return palette


def apply_look(app: QApplication, *, high_contrast: bool) -> None:
    """Fusion (chosen when the app is made, see app.py) with the system's palette, dark or light, or ours
    for high contrast, with colours that fall short of WCAG AA made readable; and the focus outline."""
    if high_contrast:
        app.setPalette(readable_palette(high_contrast_palette()))
    else:
        # The platform's own palette, which follows its dark or light theme: reset first, as a default
        # QPalette is a copy of the application's, which may be the high-contrast one.
        app.setPalette(QPalette())
        app.setPalette(readable_palette(app.palette()))
    app.setStyleSheet(style_sheet(text_scale(app)))


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


# --- attendance statuses: a key, a letter, a symbol, a word and a colour --------------------------------

class StatusLook(NamedTuple):
    status: str
    letter: str
    symbol: str
    keys: tuple[str, ...]
    word: str               # untranslated; shown through tr()
    light: str              # background on a light palette
    dark: str               # background on a dark palette

    def label(self) -> str:
        return QCoreApplication.translate("Status", self.word)

    def background(self) -> QColor:
        return QColor(self.dark if is_dark() else self.light)


STATUSES: dict[str, StatusLook] = {
    "present": StatusLook("present", "A", "✓", ("A", "P", "1"), QT_TRANSLATE_NOOP("Status", "present"),
                          "#c8efd0", "#1f5f2e"),
    "late": StatusLook("late", "L", "◔", ("L", "2"), QT_TRANSLATE_NOOP("Status", "late"), "#fde7a6", "#6b5410"),
    "excused": StatusLook("excused", "E", "✉", ("E", "3"), QT_TRANSLATE_NOOP("Status", "excused"),
                          "#d6e4fb", "#23406e"),
    "absent": StatusLook("absent", "X", "✗", ("X", "4"), QT_TRANSLATE_NOOP("Status", "absent"),
                         "#f8c9c9", "#6e1f1f"),
}
KEY_TO_STATUS = {key: look.status for look in STATUSES.values() for key in look.keys}
CLEAR_KEYS = ("0",)


def status_text(status: str | None) -> str:
    """The letter, symbol and word of a status, e.g. 'A ✓ aanwezig' (never colour alone)."""
    if status is None:
        return QCoreApplication.translate("Status", "not recorded")
    look = STATUSES[status]
    return f"{look.letter} {look.symbol} {look.label()}"


def status_word(status: str | None) -> str:
    """The status in words only, for a screen reader ('aanwezig', 'niet geregistreerd'): a letter and a symbol
    read aloud ('A, check mark') only get in the way."""
    if status is None:
        return QCoreApplication.translate("Status", "not recorded")
    return STATUSES[status].label()
