"""Every setting of the desktop app, declared once with its type and default, stored with QSettings.

    settings = Settings.open()
    scale = settings.get(TEXT_SCALE)        # an int, 100..200, whatever the file holds
    settings.set(TEXT_SCALE, 150)

Values are checked on the way in and out: a hand-edited or damaged settings file gives the default,
never a crash. ``EDTRAINER_CONFIG_DIR`` moves the file (tests use it).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")

LANGUAGES = ("nl", "en")
TEXT_SCALES = (100, 125, 150, 175, 200)
PAGES = ("overview", "cohorts", "trainees", "programmes", "sessions", "placements", "certification",
         "organisations")


class Setting(Generic[T]):
    """One setting: its key in the file, type, default, what it is for, and which values are allowed.

    (A plain class rather than a dataclass: the settings are read before the window's first paint, and
    the dataclasses module would be the only thing there that needs it.)
    """

    __slots__ = ("key", "type", "default", "doc", "valid")

    def __init__(self, key: str, type_: type, default: T, doc: str,
                 valid: Callable[[Any], bool] = lambda value: True) -> None:
        self.key, self.type, self.default, self.doc, self.valid = key, type_, default, doc, valid


LANGUAGE: Setting[str] = Setting("ui/language", str, "nl", "Language of the app (nl or en)",
                                 lambda v: v in LANGUAGES)
TEXT_SCALE: Setting[int] = Setting("ui/text_scale", int, 100, "Text size in percent of the normal size",
                                   lambda v: TEXT_SCALES[0] <= v <= TEXT_SCALES[-1])
HIGH_CONTRAST: Setting[bool] = Setting("ui/high_contrast", bool, False,
                                       "Black on white with strong outlines, whatever the system palette")
GEOMETRY: Setting[bytes] = Setting("window/geometry", bytes, b"", "Position and size of the main window")
WINDOW_STATE: Setting[bytes] = Setting("window/state", bytes, b"", "Tool bars of the main window")
LAST_PAGE: Setting[str] = Setting("window/last_page", str, "overview", "The page shown when the app closed",
                                  lambda v: v in PAGES)
LAST_COHORT: Setting[int] = Setting("work/last_cohort", int, 0, "The cohort last chosen on any page")
FIRST_RUN_DONE: Setting[bool] = Setting("start/first_run_done", bool, False,
                                        "The first-run wizard was finished or skipped: it never shows again")

ALL: tuple[Setting[Any], ...] = (LANGUAGE, TEXT_SCALE, HIGH_CONTRAST, GEOMETRY, WINDOW_STATE, LAST_PAGE,
                                 LAST_COHORT, FIRST_RUN_DONE)


def _convert(value: Any, kind: type) -> Any:
    if kind is bool:
        if isinstance(value, str):
            if value.lower() in ("true", "1", "yes"):
                return True
            if value.lower() in ("false", "0", "no"):
                return False
            raise ValueError(value)
        return bool(value)
    if kind is int:
        return int(value)
    if kind is bytes:
        if isinstance(value, QByteArray):
            return bytes(value.data())
        if isinstance(value, (bytes, bytearray)):
            return bytes(value)
        raise ValueError(value)
    if kind is str:
        return str(value)
    raise TypeError(kind)


class Settings:
    def __init__(self, store: QSettings) -> None:
        self.store = store

    @classmethod
    def open(cls) -> Settings:
        folder = os.environ.get("EDTRAINER_CONFIG_DIR")
        if folder:
            Path(folder).mkdir(parents=True, exist_ok=True, mode=0o700)
            store = QSettings(str(Path(folder) / "edtrainer.ini"), QSettings.Format.IniFormat)
        else:
            store = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "edtrainer", "edtrainer")
        cls._private(Path(store.fileName()))
        return cls(store)

    @staticmethod
    def _private(file: Path) -> None:
        """The settings name the last cohort and database: the user's only (folder 0700, file 0600).

        The file is made here, empty and 0600, before Qt writes it: Qt keeps the rights of a file it
        rewrites, but makes a new one with the usual 0644, in the background, whenever it likes."""
        from edtrainer.core.files import tighten

        file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        tighten(file.parent, 0o700)
        if not file.exists():
            with contextlib.suppress(OSError):  # a read-only folder: Qt keeps the settings in memory
                os.close(os.open(file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        tighten(file, 0o600)

    def get(self, setting: Setting[T]) -> T:
        raw = self.store.value(setting.key)
        if raw is None:
            return setting.default
        try:
            value = _convert(raw, setting.type)
        except (TypeError, ValueError):
            return setting.default
        return value if setting.valid(value) else setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        value = _convert(value, setting.type)
        if not setting.valid(value):
            raise ValueError(f"{setting.key}: {value!r} is not allowed")
        self.store.setValue(setting.key, QByteArray(value) if isinstance(value, bytes) else value)

    def sync(self) -> None:
        self.store.sync()
        self._private(Path(self.store.fileName()))  # Qt writes a new file with the usual, looser rights
