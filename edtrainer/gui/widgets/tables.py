"""Lists: a table model over plain rows held in memory, search and sort through a proxy, and a view.

The model never asks the database anything: a page reads its rows through a service (off the GUI
thread) and hands them over with ``set_rows``. Long lists are shown in batches (``canFetchMore`` /
``fetchMore``), so the first screen of thousands of trainees appears at once; searching or sorting
fetches the rest first, which is memory only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView, QWidget

from edtrainer.core.text import fold

SortKeyRole = Qt.ItemDataRole.UserRole + 1
SearchRole = Qt.ItemDataRole.UserRole + 2
RowRole = Qt.ItemDataRole.UserRole + 3

ModelIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One column: a title and how to show a row in it."""

    title: str
    text: Callable[[Any], Any]
    sort: Callable[[Any], Any] | None = None
    align: Qt.AlignmentFlag | None = None
    tooltip: Callable[[Any], str | None] | None = None
    background: Callable[[Any], Any] | None = None
    searchable: bool = True


class RowTableModel(QAbstractTableModel):
    """Rows of any kind (dataclasses, tuples) shown through a list of columns."""

    def __init__(self, columns: Sequence[Column], parent: QWidget | None = None, *, batch: int = 0) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[Any] = []
        self._shown = 0
        self._batch = batch
        self._search: list[str] = []

    # -- contents -------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._search = []
        self._shown = min(len(self._rows), self._batch) if self._batch else len(self._rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return self._rows

    def extend_rows(self, rows: Sequence[Any]) -> None:
        """More rows behind the ones there: shown as the view scrolls to them (``fetchMore``)."""
        if not rows:
            return
        if not self._batch:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
            self._rows.extend(rows)
            self._shown = len(self._rows)
            self.endInsertRows()
        else:
            self._rows.extend(rows)  # canFetchMore now says yes
        self._search = []

    def row(self, index: int) -> Any:
        return self._rows[index]

    def update_row(self, index: int, row: Any) -> None:
        self._rows[index] = row
        if index < len(self._search):
            self._search[index] = self._search_text(row)
        if index < self._shown:
            self.dataChanged.emit(self.index(index, 0), self.index(index, len(self.columns) - 1))

    def find(self, predicate: Callable[[Any], bool]) -> int:
        for i, row in enumerate(self._rows):
            if predicate(row):
                return i
        return -1

    def fetch_all(self) -> None:
        if self._shown < len(self._rows):
            self.fetchMore(QModelIndex())
            self._batch = 0
            self.fetch_all()

    # -- QAbstractTableModel --------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: ModelIndex) -> bool:
        return not parent.isValid() and self._shown < len(self._rows)

    def fetchMore(self, parent: ModelIndex) -> None:
        if parent.isValid():
            return
        remaining = len(self._rows) - self._shown
        count = min(remaining, self._batch) if self._batch else remaining
        if count <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + count - 1)
        self._shown += count
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.columns):
            return self.columns[section].title
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.AccessibleTextRole \
                and 0 <= section < self._shown and self.columns:
            # Qt offers a screen reader each row's header even when it is hidden: the row's first text
            # that is not a number ("Eline de Boer") says which row it is, where the default reads "1", "2", …
            texts = [str(c.text(self._rows[section]) or "") for c in self.columns[:3]]
            return next((t for t in texts if t.strip() and not t.strip().isdigit()), texts[0])
        return super().headerData(section, orientation, role)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < self._shown) or not (0 <= index.column() < len(self.columns)):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            value = column.text(row)
            return "" if value is None else str(value)
        if role == SortKeyRole:
            value = column.sort(row) if column.sort else column.text(row)
            return fold(value) if isinstance(value, str) else value
        if role == SearchRole:
            return self._search_for(index.row())
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text, also where a narrow column cuts it short
            if column.tooltip:
                return column.tooltip(row)
            value = column.text(row)
            return None if value in (None, "") else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align is not None:
            return int(column.align | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and column.background:
            color = column.background(row)
            return QBrush(color) if color is not None else None
        return None

    def _search_text(self, row: Any) -> str:
        parts = []
        for column in self.columns:
            if column.searchable:
                value = column.text(row)
                if value is not None:
                    parts.append(str(value))
        return fold(" ".join(parts))

    def _search_for(self, index: int) -> str:
        if len(self._search) != len(self._rows):
            self._search = [self._search_text(r) for r in self._rows]
        return self._search[index]


class SearchProxy(QSortFilterProxyModel):
    """Keeps the rows containing every word typed (accents and case ignored) and sorts naturally."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._extra: Callable[[Any], bool] | None = None
        self.setSortRole(SortKeyRole)
        self.setDynamicSortFilter(True)

    def set_query(self, text: str) -> None:
        words = fold(text).split()
        if words == self._words:
            return
        source = self.sourceModel()
        if words and isinstance(source, RowTableModel):
            source.fetch_all()
        self.beginFilterChange()
        self._words = words
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_row_filter(self, accept: Callable[[Any], bool] | None) -> None:
        source = self.sourceModel()
        if accept is not None and isinstance(source, RowTableModel):
            source.fetch_all()
        self.beginFilterChange()
        self._extra = accept
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        model = self.sourceModel()
        if self._extra is not None:
            row = model.data(model.index(source_row, 0, source_parent), RowRole)
            if not self._extra(row):
                return False
        if not self._words:
            return True
        haystack = model.data(model.index(source_row, 0, source_parent), SearchRole) or ""
        return all(word in haystack for word in self._words)

    def lessThan(self, left: ModelIndex, right: ModelIndex) -> bool:
        a, b = left.data(SortKeyRole), right.data(SortKeyRole)
        if a is None or b is None:
            return (a is None) and (b is not None)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, RowTableModel) and column >= 0:
            source.fetch_all()
        super().sort(column, order)


class SearchBox(QLineEdit):
    """The search field above a list: Ctrl+F from anywhere on the page, Escape clears it."""

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full_placeholder = placeholder
        self.setPlaceholderText(placeholder)
        # A placeholder disappears once typing starts: the field's name for a screen reader is its own, with the
        # shortcut apart in the description ("Zoek groepen", "Ctrl+F").
        name, _sep, keys = placeholder.partition(" (")
        self.setAccessibleName(name.rstrip(" .…"))
        self.setAccessibleDescription(keys.rstrip(")"))
        self.setToolTip(placeholder)  # whole, also where a narrow field shows it shortened
        self._keys = keys.rstrip(")")
        self.setClearButtonEnabled(True)

    def _fit_placeholder(self) -> None:
        """The whole placeholder where it fits; in a narrow field (a large text size) a shorter one, never
        one cut off half-way ("Zoek bijeenkomsten …"): "Zoeken (Ctrl+F)", else "Zoeken"."""
        room = self.width() - self.height() - 16  # the frame, the text margins and the clear button
        short = self.tr("Search")
        choices = [self.full_placeholder, *([f"{short} ({self._keys})"] if self._keys else []), short]
        metrics = self.fontMetrics()
        text = next((t for t in choices if metrics.horizontalAdvance(t) <= room), short)
        if text != self.placeholderText():
            self.setPlaceholderText(text)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit_placeholder()

    def changeEvent(self, event: Any) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_placeholder()

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)


class TableView(QTableView):
    """A list of rows: whole-row selection, sortable headers, Enter opens the current row."""

    activated_row = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, accessible_name: str = "") -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSortingEnabled(True)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the list, arrows move inside it
        self.verticalHeader().setVisible(False)
        self._max_width = 420  # the widest a column is fitted (at 100 % text size), see fit_columns
        # One line per row at a height that follows the text size: sizing rows to their contents would
        # ask every cell of a long list before the first screen appears.
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 10)
        self._keep_rows_visible()
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        if accessible_name:
            self.setAccessibleName(accessible_name)
        self.doubleClicked.connect(lambda index: self.activated_row.emit(index.data(RowRole)))

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_row.emit(self.currentIndex().data(RowRole))
            return
        if event.matches(QKeySequence.StandardKey.Copy):
            return super().keyPressEvent(event)
        super().keyPressEvent(event)

    def current_row(self) -> Any:
        index = self.currentIndex()
        if not index.isValid() or not self.selectionModel().isRowSelected(index.row(), index.parent()):
            return None
        return index.data(RowRole)

    def keep_a_row_chosen(self) -> None:
        """After a search hid the chosen row: choose the first one found, so details never show a stale row."""
        if self.current_row() is None:
            self.select_first()

    def select_first(self, predicate: Callable[[Any], bool] | None = None) -> bool:
        model = self.model()
        for r in range(model.rowCount()):
            index = model.index(r, 0)
            if predicate is None or predicate(index.data(RowRole)):
                self.setCurrentIndex(index)
                self.selectRow(r)
                self.scrollTo(index)
                return True
        return False

    def changeEvent(self, event: Any) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the app's text size changed
            self.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 10)
            self._keep_rows_visible()
            if self.model() is not None and self.model().rowCount():
                self.fit_columns(max_width=self._max_width)  # dates and names fit again, as at the start

    def _keep_rows_visible(self, rows: int = 4) -> None:
        """A list always shows a few rows; when the window is too small the page scrolls instead."""
        self.setMinimumHeight((self.fontMetrics().lineSpacing() + 10) * (rows + 1) + 8)

    def refill(self, model: RowTableModel, rows: Sequence[Any], key: Callable[[Any], Any] = lambda r: r.id, *,
               max_width: int = 420) -> None:
        """New rows in the list, keeping the chosen one chosen (else the first), columns fitted."""
        keep = self.current_row()
        model.set_rows(rows)
        self.fit_columns(max_width=max_width)
        if keep is None or not self.select_first(lambda r: key(r) == key(keep)):
            self.select_first()

    def fit_columns(self, *, max_width: int = 420) -> None:
        """Columns as wide as their first screenful of contents, never wider than ``max_width`` (pixels at
        100 % text size; the cap grows with the text, so a long name at 200 % is not cut short sooner)."""
        from edtrainer.gui.style import BASE_POINT_SIZE

        self._max_width = max_width  # fitted again with it when the text size changes
        header = self.horizontalHeader()
        model = self.model()
        sample = min(model.rowCount(), 60)
        metrics = self.fontMetrics()
        max_width = round(max_width * max(1.0, self.font().pointSizeF() / BASE_POINT_SIZE))
        for c in range(model.columnCount()):
            title = str(model.headerData(c, Qt.Orientation.Horizontal) or "")
            width = metrics.horizontalAdvance(title) + 36
            for r in range(sample):
                text = model.index(r, c).data()
                if text:
                    width = max(width, metrics.horizontalAdvance(str(text)) + 24)
            header.resizeSection(c, min(width, max_width))
