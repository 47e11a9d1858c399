"""Word-wrapped labels that ask for the height their wrapped text needs.

Qt lays out a wrapped QLabel as if it were one line tall wherever the layout above does not ask for
height-for-width (a splitter, a tab), so at 200 % text size the next widget is drawn over its last
lines. ``wrap(label)`` makes the label's minimum height follow its width.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel


class _FollowWidth(QObject):
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(obj, QLabel):
            before = obj.minimumHeight()
            obj.blockSignals(True)
            obj.setMinimumHeight(0)  # heightForWidth never answers less than the minimum: measure without it
            needed = obj.heightForWidth(obj.width())
            obj.setMinimumHeight(max(needed, 0) if needed > 0 else before)
            obj.blockSignals(False)
        return False


_FILTER: _FollowWidth | None = None


def wrap(label: QLabel) -> QLabel:
    global _FILTER
    if _FILTER is None:
        _FILTER = _FollowWidth()
    label.setWordWrap(True)
    label.installEventFilter(_FILTER)
    return label
