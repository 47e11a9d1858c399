"""A text field with a length limit says so while typing: "187 van 200 tekens" under it once the text comes
close to the limit, and that the limit is reached when it is. Typing or pasting past the limit is stopped
(a QLineEdit's maxLength cuts silently; a QPlainTextEdit has none, so it is cut here, and said)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from edtrainer.gui.tr import translate

NEAR = 0.8  # shown from this share of the limit on


def column_length(model: Any, attribute: str) -> int:
    """The length of a text column of a model (``String(120)``): the one place the limit is written."""
    length = model.__table__.c[attribute].type.length
    assert length, f"{model.__name__}.{attribute} has no length"
    return int(length)


class LengthHint(QLabel):
    """The count under ``edit``; hidden while the text is well within ``limit``."""

    def __init__(self, edit: QLineEdit | QPlainTextEdit, limit: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit, self.limit = edit, limit
        self.setObjectName(f"{edit.objectName()}_length")
        self.setProperty("role", "hint")
        if isinstance(edit, QLineEdit):
            edit.setMaxLength(limit)
            edit.textChanged.connect(self.update_text)
        else:
            edit.textChanged.connect(self._cut)
        self.update_text()

    def _text(self) -> str:
        return self.edit.text() if isinstance(self.edit, QLineEdit) else self.edit.toPlainText()

    def _cut(self) -> None:
        text = self.edit.toPlainText()  # type: ignore[union-attr]
        if len(text) > self.limit:
            edit = self.edit
            assert isinstance(edit, QPlainTextEdit)
            cursor = edit.textCursor()
            position = min(cursor.position(), self.limit)
            edit.blockSignals(True)
            edit.setPlainText(text[:self.limit])
            edit.blockSignals(False)
            cursor = edit.textCursor()
            cursor.setPosition(position)
            edit.setTextCursor(cursor)
        self.update_text()

    def update_text(self, *_args: Any) -> None:
        count = len(self._text())
        if count < self.limit * NEAR:
            self.setVisible(False)
            return
        text = translate("LengthHint", "%1 of %2 characters").replace("%1", str(count)).replace("%2", str(self.limit))
        if count >= self.limit:
            text = translate("LengthHint", "%1 of %2 characters: the most this field holds").replace(
                "%1", str(count)).replace("%2", str(self.limit))
        self.setText(text)
        self.setAccessibleName(text)
        self.setVisible(True)


def length_hint(widget: QWidget, limit: int | None, parent: QWidget) -> LengthHint | None:
    """A LengthHint for a text input with a limit; None for anything else."""
    if not limit or not isinstance(widget, (QLineEdit, QPlainTextEdit)):
        return None
    return LengthHint(widget, limit, parent)
