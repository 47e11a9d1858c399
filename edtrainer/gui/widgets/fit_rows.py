"""A short list as tall as its rows: a programme or two should not take half the page from what follows."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QSizePolicy
from shiboken6 import isValid


def fit_height(view: QAbstractItemView, *, rows: int = 1, most: int = 5) -> None:
    """Make ``view`` as tall as its rows (at least ``rows``, at most ``most``; more scroll)."""
    if not isValid(view):  # a late signal of a model whose view went first
        return
    model = view.model()
    count = max(rows, min(most, model.rowCount() if model is not None else 0))
    row_height = max(view.sizeHintForRow(0) if model is not None and model.rowCount() else 0,
                     view.verticalHeader().defaultSectionSize() if hasattr(view, "verticalHeader") else 0,
                     view.fontMetrics().height() + 8)
    header = view.horizontalHeader().height() if hasattr(view, "horizontalHeader") else 0
    scroll = view.horizontalScrollBar().sizeHint().height() if view.horizontalScrollBar().isVisible() else 0
    height = header + row_height * count + 2 * view.frameWidth() + scroll + 2
    view.setMinimumHeight(0)
    view.setFixedHeight(height)
    view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)


class _Refit(QObject):
    def __init__(self, view: QAbstractItemView, rows: int, most: int) -> None:
        super().__init__(view)
        self.view, self.rows, self.most = view, rows, most

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.Show):
            # After the view's own handling of the event (a list keeps a few rows' height by default).
            # With this filter as context: not run once the view (its parent) is gone.
            QTimer.singleShot(0, self, lambda: fit_height(self.view, rows=self.rows, most=self.most))
        return False


def keep_fitted(view: QAbstractItemView, *, rows: int = 1, most: int = 5) -> None:
    """fit_height now, when rows come and go, and when the text size changes."""
    view.installEventFilter(_Refit(view, rows, most))
    model = view.model()
    if model is not None:
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.layoutChanged):
            signal.connect(lambda *_a: fit_height(view, rows=rows, most=most))
    fit_height(view, rows=rows, most=most)
