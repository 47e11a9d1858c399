"""The command line's parser: the global options and every command, in the user's language.

Only the command that is given gets its arguments built (and its module imported): ``edtrainer cohorts list``
loads nothing of the document, import or export commands. ``edtrainer --help`` lists every command all the same.
"""

from __future__ import annotations

import argparse
import importlib
from pathlib import Path
from typing import Any

from edtrainer import __version__
from edtrainer.cli.app import APP_FLAGS
from edtrainer.core import i18n

# Every command in the order ``edtrainer --help`` lists them: the module (``edtrainer.cli.<module>``) that adds
# its arguments (``add_arguments``) and runs it (``COMMANDS``), the catalogue's section (msgctxt) and key of its
# help, and whether that help is its description too.
COMMANDS: dict[str, tuple[str, str, str, bool]] = {
    "demo": ("db", "cli.db_help", "demo", True),
    "db": ("db", "cli.db_help", "db", True),
    "privacy": ("privacy", "cli.db_help", "privacy", True),
    "audit": ("privacy", "cli.db_help", "audit", True),
    "exchange": ("exchange", "cli.exchange_help", "exchange", True),
    "import": ("import_", "cli.import_help", "import", True),
    "sessions": ("lists", "cli.lists_help", "sessions", True),
    "attendance": ("lists", "cli.lists_help", "attendance", True),
    "placements": ("lists", "cli.lists_help", "placements", True),
    "export": ("lists", "cli.lists_help", "export", True),
    "cohorts": ("trainees", "cli.help", "cohorts", False),
    "trainees": ("trainees", "cli.help", "trainees", False),
    "readiness": ("trainees", "cli.help", "readiness", True),
    "keys": ("keys", "cli.documents_help", "keys", True),
    "issuer": ("keys", "cli.documents_help", "issuer", True),
    "register": ("certificates", "cli.documents_help", "register_cmd", True),
    "certificates": ("certificates", "cli.documents_help", "certificates", True),
    "verify": ("verify", "cli.documents_help", "verify", True),
    "report": ("reports", "cli.documents_help", "report", True),
}


def command_module(command: str) -> Any:
    return importlib.import_module(f"edtrainer.cli.{COMMANDS[command][0]}")


def localise_argparse(lang: str) -> None:
    """argparse's own words (usage, errors) in Dutch: the standard library ships no translation."""
    if lang == "nl":
        words = i18n.section("cli.argparse", lang)  # keyed by argparse's English: what is not there stays English
        argparse._ = lambda text: words.get(text, text)  # type: ignore[attr-defined]
    else:
        argparse._ = lambda text: text  # type: ignore[attr-defined]


class _Commands(argparse._SubParsersAction):
    """The commands' sub-parsers, each given its arguments only when argparse reaches it."""

    lang = "nl"
    waiting: set[str]

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: Any,
                 option_string: str | None = None) -> None:
        fill(self, values[0])
        super().__call__(parser, namespace, values, option_string)


def fill(sub: Any, command: str) -> None:
    if command in sub.waiting:
        sub.waiting.discard(command)
        command_module(command).add_arguments(command, sub.choices[command], sub.lang)


def build_parser(lang: str, *, complete: bool = False) -> argparse.ArgumentParser:
    """The parser; ``complete``: every command's arguments now (else as each is reached)."""
    h = i18n.section("cli.help", lang)
    parser = argparse.ArgumentParser(prog="edtrainer", description=h["description"])
    parser.add_argument("--version", action="version", version=f"edtrainer {__version__}", help=h["version"])
    parser.add_argument("--database", metavar="URL", help=h["database"])
    parser.add_argument("--lang", choices=i18n.LANGUAGES, help=h["lang"])
    parser.add_argument("--db-passphrase-file", type=Path, metavar="FILE", help=h["db_passphrase_file"])
    for flag in APP_FLAGS:  # the app's hidden start options (see app.py)
        parser.add_argument(flag, action="store_true", help=argparse.SUPPRESS)
    parser.register("action", "parsers", _Commands)
    sub: Any = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.lang, sub.waiting = lang, set(COMMANDS)
    for command, (_module, context, key, described) in COMMANDS.items():
        words = i18n.section(context, lang)
        if described:
            sub.add_parser(command, help=words[key], description=words[key])
        else:
            sub.add_parser(command, help=words[key])
    if complete:
        for command in COMMANDS:
            fill(sub, command)
    return parser
