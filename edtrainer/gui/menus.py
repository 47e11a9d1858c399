"""The main window's menus and tool bar: every action, its menu, its shortcut and its tip in one place."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from edtrainer.gui.main_window import MainWindow

translate = QCoreApplication.translate


def build(window: MainWindow) -> None:
    from edtrainer.gui import window_actions as actions
    from edtrainer.gui.main_window import PAGES

    w = window

    # Shortcuts are given to the actions right after the first paint: handing Qt a key sequence creates
    # the hundred enumerations of Qt's namespace in Python, which would double the time to the window.
    w._shortcuts = []
    bar = w.menuBar()
    file_menu = bar.addMenu(translate("MainWindow", "&File"))
    w.backup_now_action = w._action(
        translate("MainWindow", "&Back up now"),
        lambda: actions.back_up_now(w),
        tip=translate("MainWindow", "A checked backup in the backup folder (Settings)"),
    )
    w.backup_action = w._action(
        translate("MainWindow", "Save a backup copy &as…"),
        lambda: actions.backup(w),
        tip=translate("MainWindow", "Copy the database to a file of your choice"),
    )
    w.restore_action = w._action(
        translate("MainWindow", "&Restore a backup…"),
        lambda: actions.restore_backup(w),
        tip=translate("MainWindow", "Put an earlier backup in place of the database"),
    )
    for action in (w.backup_now_action, w.backup_action, w.restore_action):
        action.setEnabled(False)  # until a SQLite database is open
        file_menu.addAction(action)
    file_menu.addSeparator()
    w.import_action = w._action(
        translate("MainWindow", "&Import from a spreadsheet…"),
        lambda: actions.import_spreadsheet(w),
        tip=translate("MainWindow", "Trainees, organisations or sessions from Excel or CSV"),
    )
    w.export_action = w._action(
        translate("MainWindow", "&Export to a file…"),
        lambda: actions.export_to_file(w),
        tip=translate("MainWindow", "A list to Excel or CSV, or the report for the funder"),
    )
    w.pack_action = w._action(
        translate("MainWindow", "Register &file for a trainer…"),
        lambda: actions.make_register_file(w),
        tip=translate("MainWindow", "Sessions and names for a trainer without this database"),
    )
    w.apply_action = w._action(
        translate("MainWindow", "Appl&y a trainer's register file…"),
        lambda: actions.apply_register_file(w),
        tip=translate("MainWindow", "Store the attendance a trainer recorded in a register file"),
    )
    w.coordinator_actions = [
        w.import_action,
        w.export_action,
        w.pack_action,
        w.apply_action,
        w._action(
            translate("MainWindow", "&Check a certificate…"),
            lambda: actions.verify_certificate(w),
            tip=translate("MainWindow", "Is a certificate genuine, unchanged and still valid?"),
        ),
        w._action(
            translate("MainWindow", "&Organisation on certificates…"),
            lambda: actions.edit_issuer(w),
            tip=translate("MainWindow", "Name, place, signatories, logo and numbering"),
        ),
        w._action(
            translate("MainWindow", "Si&gning key…"),
            lambda: actions.manage_key(w),
            tip=translate("MainWindow", "Create or import the key certificates are signed with"),
        ),
        w._action(
            translate("MainWindow", "A&udit log…"),
            lambda: actions.show_audit_log(w),
            tip=translate("MainWindow", "Who created, changed, viewed, printed or exported personal data, and when"),
        ),
    ]
    for action in w.coordinator_actions:
        file_menu.addAction(action)
    file_menu.addSeparator()
    file_menu.addAction(
        w._action(translate("MainWindow", "&Settings…"), lambda: actions.open_settings(w),
                  QKeySequence.StandardKey.Preferences)
    )
    file_menu.addSeparator()
    file_menu.addAction(w._action(translate("MainWindow", "&Quit"), w.close, QKeySequence.StandardKey.Quit))

    edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
    w.undo_action = w.ctx.undo_stack.createUndoAction(window, translate("MainWindow", "&Undo"))
    w._shortcuts.append((w.undo_action, [QKeySequence.StandardKey.Undo]))
    w.redo_action = w.ctx.undo_stack.createRedoAction(window, translate("MainWindow", "&Redo"))
    w._shortcuts.append((w.redo_action, [QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")]))
    edit_menu.addAction(w.undo_action)
    edit_menu.addAction(w.redo_action)
    edit_menu.addSeparator()
    w.find_action = w._action(
        translate("MainWindow", "&Find"),
        w.focus_search,
        QKeySequence.StandardKey.Find,
        translate("MainWindow", "Go to the search field of this page"),
    )
    edit_menu.addAction(w.find_action)

    view_menu = bar.addMenu(translate("MainWindow", "&View"))
    w.page_actions = {}
    for index, (name, title, _module, _cls) in enumerate(PAGES):
        menu_text = QCoreApplication.translate("MainWindow", title)  # "&&" stays a plain "&" in a menu
        w.page_actions[name] = w._action(menu_text, lambda n=name: w.show_page_by_key(n),
                                         QKeySequence(f"Ctrl+{index + 1}"))
        view_menu.addAction(w.page_actions[name])
    view_menu.addSeparator()
    view_menu.addAction(
        w._action(
            translate("MainWindow", "&Larger text"),
            lambda: w.change_text_size(+1),
            [QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")],
        )
    )
    view_menu.addAction(
        w._action(translate("MainWindow", "&Smaller text"), lambda: w.change_text_size(-1), QKeySequence("Ctrl+-"))
    )
    view_menu.addAction(
        w._action(translate("MainWindow", "&Normal text size"), lambda: w.change_text_size(0), QKeySequence("Ctrl+0"))
    )
    view_menu.addSeparator()
    w.refresh_action = w._action(
        translate("MainWindow", "&Refresh"),
        w.refresh,
        QKeySequence.StandardKey.Refresh,
        translate("MainWindow", "Read this page again from the database"),
    )
    view_menu.addAction(w.refresh_action)

    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    help_menu.addAction(
        w._action(
            translate("MainWindow", "&Manual"),
            lambda: actions.show_manual(w),
            QKeySequence.StandardKey.HelpContents,
            translate("MainWindow", "The manual, at the page about the page you are on"),
        )
    )
    help_menu.addAction(
        w._action(translate("MainWindow", "&Keyboard shortcuts"), lambda: actions.show_shortcuts(w),
                  QKeySequence("Shift+F1"))
    )
    w.privacy_action = w._action(
        translate("MainWindow", "&Privacy statement"),
        lambda: actions.show_privacy(w),
        tip=translate(
            "MainWindow", "What is kept about trainees, why, for how long, and what they can ask; to print or send them"
        ),
    )
    help_menu.addAction(w.privacy_action)
    help_menu.addAction(w._action(translate("MainWindow", "&About edtrainer"), lambda: actions.show_about(w)))

    tools = w.addToolBar(translate("MainWindow", "Tools"))
    tools.setObjectName("tools")
    tools.setMovable(False)  # its actions have no icons, so their text shows
    # On the tool bar, undo and redo keep short names (the menu says what they undo); they follow the
    # undo stack's state.
    stack = w.ctx.undo_stack
    undo_button = QAction(translate("MainWindow", "Undo"), window)
    undo_button.setToolTip(translate("MainWindow", "Undo the last change (Ctrl+Z)"))
    undo_button.triggered.connect(stack.undo)
    undo_button.setEnabled(stack.canUndo())
    stack.canUndoChanged.connect(undo_button.setEnabled)
    w._undo_button = undo_button
    stack.undoTextChanged.connect(w._undo_tip)  # a method: disconnected when this window goes
    redo_button = QAction(translate("MainWindow", "Redo"), window)
    redo_button.setToolTip(translate("MainWindow", "Redo what was undone (Ctrl+Y)"))
    redo_button.triggered.connect(stack.redo)
    redo_button.setEnabled(stack.canRedo())
    stack.canRedoChanged.connect(redo_button.setEnabled)
    tools.addAction(undo_button)
    tools.addAction(redo_button)
    tools.addAction(w.refresh_action)
    tools.addAction(w.find_action)

