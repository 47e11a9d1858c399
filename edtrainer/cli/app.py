"""``edtrainer`` without a command: the desktop app.

The one place for the app's start options: ``APP_FLAGS`` (hidden options for tests and bench/) are read here
without building the command line's parser, so the window appears as fast as Qt allows; the parser
(``parser.py``) accepts the same flags, hidden, for the rare start that goes through it.
"""

from __future__ import annotations

import importlib
import os
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from edtrainer.cli.output import EXIT_OK, say
from edtrainer.core import i18n

if TYPE_CHECKING:
    import argparse

# The app's hidden start flags and the attribute each sets on the arguments (``args.quit_after_first_paint``).
APP_FLAGS = {"--quit-after-first-paint": "quit_after_first_paint", "--quit-when-ready": "quit_when_ready"}


def app_only(argv: list[str]) -> Any:
    """The arguments when they only start the app (no subcommand, no help): then no parser is built, so
    the window appears as fast as Qt allows. Anything else goes through the full parser."""
    values: dict[str, Any] = {"database": None, "lang": None, "command": None}
    values.update({dest: False for dest in APP_FLAGS.values()})
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        name, _, inline = arg.partition("=")
        if name in ("--database", "--lang"):
            value = inline if inline else (rest.pop(0) if rest else None)
            if not value or (name == "--lang" and value not in i18n.LANGUAGES):
                return None
            values[name[2:]] = value
        elif arg in APP_FLAGS:
            values[APP_FLAGS[arg]] = True
        else:
            return None
    return SimpleNamespace(**values)


def cmd_app(args: argparse.Namespace, lang: str) -> int:
    """No subcommand: the desktop app, which opens the database (with the demo on the very first start of
    the embedded file) right after its window is on screen."""
    try:
        gui = importlib.import_module("edtrainer.gui.app")
    except ImportError as exc:  # Qt cannot load (e.g. a system library is missing): the CLI still works
        return _without_gui(args, lang, exc)
    return int(gui.run(args))


def _without_gui(args: argparse.Namespace, lang: str, exc: ImportError) -> int:
    from edtrainer.cli.opening import open_db
    from edtrainer.core.services import demo

    db = open_db(args)
    try:
        if args.database is None and not os.environ.get("EDTRAINER_DATABASE_URL"):
            # Only the embedded file of a first start gets the demo, never a shared database.
            with db.uow() as uow:
                if demo.database_is_empty(uow) is None:
                    summary = demo.create_demo(uow)
                    uow.commit()
                    say(i18n.text("demo_done", lang, **summary))
        where = db.where
    finally:
        db.dispose()
    say(i18n.text("gui_missing", lang, where=where, cohort=demo.DEMO_COHORT, reason=str(exc)))
    return EXIT_OK
