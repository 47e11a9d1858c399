"""Help → About: the version, where the data are and how (kind, schema version), and every licence."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMenu

from edtrainer import __version__
from edtrainer.core.schema import head_revision
from edtrainer.gui.about_dialog import AboutDialog

from guikit import answering, start_app, stop_app


def test_about_opens_from_the_help_menu_by_keyboard_and_names_version_database_and_licences(
        qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    controller = start_app(qtbot, str(tmp_path / "edtrainer.sqlite3"))
    try:
        seen: dict[str, object] = {}

        def read(dialog) -> None:  # noqa: ANN001
            assert isinstance(dialog, AboutDialog)
            qtbot.waitUntil(lambda: dialog.licences.topLevelItemCount() > 0, timeout=10_000)
            seen.update(title=dialog.windowTitle(), labels=[label.text() for label in dialog.findChildren(QLabel)],
                        schema=dialog.schema.text(), kind=dialog.kind.text(),
                        rows=[tuple(dialog.licences.topLevelItem(i).text(c) for c in range(4))
                              for i in range(dialog.licences.topLevelItemCount())])
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
            seen["closed"] = not dialog.isVisible()

        window = controller.window
        window.activateWindow()
        with answering(read):
            qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
            menu = next(m for m in window.findChildren(QMenu) if m.isVisible())
            qtbot.keyClick(menu, Qt.Key.Key_O)
        assert seen["title"] == "Over edtrainer"
        assert f"edtrainer {__version__}" in seen["labels"]
        assert str(tmp_path / "edtrainer.sqlite3") in seen["labels"]
        assert seen["kind"] == "SQLite-bestand op deze computer"
        assert seen["schema"] == head_revision()
        rows = seen["rows"]
        assert isinstance(rows, list)
        assert ("edtrainer", __version__, "EUPL-1.2", "dit programma") in rows
        names = {row[0].lower() for row in rows}
        assert {"pyside6_essentials", "sqlalchemy", "reportlab", "pyhanko", "alembic", "python"} <= names
        assert all(row[2] for row in rows), "every entry names its licence"
        assert seen["closed"]
    finally:
        stop_app(controller)
