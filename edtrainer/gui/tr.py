"""Marking texts for translation where ``tr()`` cannot run yet (module level), with proper types.

``QT_TRANSLATE_NOOP(context, text)`` only marks the text for lupdate and returns it unchanged; it is
translated when shown, with ``translate(context, text)``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6 import QtCore

QT_TRANSLATE_NOOP = cast(Callable[[str, str], str], QtCore.QT_TRANSLATE_NOOP)


def translate(context: str, text: str) -> str:
    return QtCore.QCoreApplication.translate(context, text)
