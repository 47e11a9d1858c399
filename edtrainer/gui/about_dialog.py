"""Help → About: what this edtrainer is (version), where its data are (database, kind, schema version), and the
licences of edtrainer and of everything it is built from (``core.licences``: the build's own list in a
packaged app, else the installed libraries)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from edtrainer import __version__
from edtrainer.gui.tr import QT_TRANSLATE_NOOP, translate
from edtrainer.gui.widgets.a11y import no_tab_stop
from edtrainer.gui.widgets.wrap import wrap

if TYPE_CHECKING:
    from edtrainer.core.licences import Licence
    from edtrainer.gui.context import AppContext

COLUMNS = (QT_TRANSLATE_NOOP("AboutDialog", "Name"), QT_TRANSLATE_NOOP("AboutDialog", "Version"),
           QT_TRANSLATE_NOOP("AboutDialog", "Licence"), QT_TRANSLATE_NOOP("AboutDialog", "What"))
KINDS = {"application": QT_TRANSLATE_NOOP("AboutDialog", "this program"),
         "library": QT_TRANSLATE_NOOP("AboutDialog", "library"),
         "runtime": QT_TRANSLATE_NOOP("AboutDialog", "Python"),
         "font": QT_TRANSLATE_NOOP("AboutDialog", "font")}


def database_kind(ctx: AppContext) -> str:
    db = ctx.db
    if db is None:
        return translate("AboutDialog", "not open")
    if not db.is_sqlite:
        return translate("AboutDialog", "PostgreSQL server (shared)")
    from edtrainer.core import cipher

    if cipher.is_encrypted(db.path):
        return translate("AboutDialog", "SQLite file on this computer, encrypted")
    return translate("AboutDialog", "SQLite file on this computer")


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget, ctx: AppContext) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("About edtrainer"))
        self.setObjectName("about")
        outer = QVBoxLayout(self)
        # Everything but the Close button scrolls: at 200 % text on a small screen nothing overlaps or is cut.
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        no_tab_stop(area)
        content = QWidget(area)
        area.setWidget(content)
        outer.addWidget(area, 1)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(f"edtrainer {__version__}", self)
        title.setProperty("role", "title")
        layout.addWidget(title)
        intro = QLabel(self.tr("For the people who run programmes that train people with lived experience of "
                               "poverty to become experience experts."), self)
        wrap(intro)
        layout.addWidget(intro)

        form = QFormLayout()
        self.where = self._value(ctx.where or translate("AboutDialog", "not open"), "where")
        self.kind = self._value(database_kind(ctx), "kind")
        self.schema = self._value("…", "schema")
        form.addRow(self.tr("Database:"), self.where)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Schema version:"), self.schema)
        layout.addLayout(form)

        heading = QLabel(self.tr("edtrainer is free software under the European Union Public Licence (EUPL-1.2). "
                                 "It is built from these programs, each under its own licence:"), self)
        wrap(heading)
        layout.addWidget(heading)
        self.licences = QTreeWidget(self)
        self.licences.setObjectName("licences")
        self.licences.setRootIsDecorated(False)
        self.licences.setAllColumnsShowFocus(True)
        self.licences.setHeaderLabels([translate("AboutDialog", c) for c in COLUMNS])
        self.licences.setAccessibleName(self.tr("Licences of edtrainer and of what it is built from"))
        heading.setBuddy(self.licences)
        layout.addWidget(self.licences, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self.licences.setMinimumHeight(self.fontMetrics().height() * 8)
        # Wide enough for the four columns and tall enough for the list, within the screen (200 % text fits).
        metrics = self.fontMetrics()
        screen = self.screen().availableGeometry()
        self.resize(min(metrics.averageCharWidth() * 110, screen.width() - 40),
                    min(metrics.height() * 36, screen.height() - 60))
        self._load()

    def _value(self, text: str, name: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                      | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        label.setWordWrap(True)
        return label

    def _load(self) -> None:
        """The schema version (a query) and the licences (package metadata) off the GUI thread."""
        from edtrainer.core import licences

        db = self.ctx.db

        def read() -> tuple[str | None, list[Licence]]:
            return (db.current_revision() if db is not None else None), licences.bundled()

        self.ctx.run_in_background(read, self.show_loaded)

    def show_loaded(self, result: tuple[str | None, list[Licence]]) -> None:
        from shiboken6 import isValid

        if not isValid(self):
            return
        revision, entries = result
        self.schema.setText(revision or translate("AboutDialog", "unknown"))
        for entry in entries:
            # A font's "version" is the list of its files: shown on hovering, not as a version.
            version = "" if entry.kind == "font" else entry.version
            item = QTreeWidgetItem(self.licences, [entry.name, version, entry.licence,
                                                   translate("AboutDialog", KINDS.get(entry.kind, entry.kind))])
            if entry.kind == "font":
                item.setToolTip(0, entry.version)
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{entry.name} {entry.version}, {entry.licence}")
        for column in range(len(COLUMNS)):
            self.licences.resizeColumnToContents(column)


def show(parent: QWidget, ctx: AppContext) -> Any:
    dialog = AboutDialog(parent, ctx)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return dialog.exec()
