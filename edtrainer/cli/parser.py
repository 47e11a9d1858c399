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
from edtrainer.cli import texts
from edtrainer.cli.app import APP_FLAGS
from edtrainer.core import i18n

# Every command in the order ``edtrainer --help`` lists them: the module (``edtrainer.cli.<module>``) that adds
# its arguments (``add_arguments``) and runs it (``COMMANDS``), the text table and key of its help, and whether
# that help is its description too.
COMMANDS: dict[str, tuple[str, str, str, bool]] = {
    "demo": ("db", "DB_HELP", "demo", True),
    "db": ("db", "DB_HELP", "db", True),
    "privacy": ("privacy", "DB_HELP", "privacy", True),
    "audit": ("privacy", "DB_HELP", "audit", True),
    "exchange": ("exchange", "EXCHANGE_HELP", "exchange", True),
    "import": ("import_", "IMPORT_HELP", "import", True),
    "sessions": ("lists", "LISTS_HELP", "sessions", True),
    "attendance": ("lists", "LISTS_HELP", "attendance", True),
    "placements": ("lists", "LISTS_HELP", "placements", True),
    "export": ("lists", "LISTS_HELP", "export", True),
    "cohorts": ("trainees", "HELP", "cohorts", False),
    "trainees": ("trainees", "HELP", "trainees", False),
    "readiness": ("trainees", "HELP", "readiness", True),
    "keys": ("keys", "DOCUMENTS_HELP", "keys", True),
    "issuer": ("keys", "DOCUMENTS_HELP", "issuer", True),
    "register": ("certificates", "DOCUMENTS_HELP", "register_cmd", True),
    "certificates": ("certificates", "DOCUMENTS_HELP", "certificates", True),
    "verify": ("verify", "DOCUMENTS_HELP", "verify", True),
    "report": ("reports", "DOCUMENTS_HELP", "report", True),
}


def command_module(command: str) -> Any:
    return importlib.import_module(f"edtrainer.cli.{COMMANDS[command][0]}")


def localise_argparse(lang: str) -> None:
    """argparse's own words (usage, errors) in Dutch: the standard library ships no translation."""
    argparse._ = (  # type: ignore[attr-defined]
        (lambda text: texts.ARGPARSE_NL.get(text, text)) if lang == "nl" else (lambda text: text))


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
    h = texts.HELP.get(lang, texts.HELP["nl"])
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
    for command, (_module, table, key, described) in COMMANDS.items():
        words = getattr(texts, table)
        words = words.get(lang, words["nl"])
        if described:
            sub.add_parser(command, help=words[key], description=words[key])
        else:
            sub.add_parser(command, help=words[key])
    if complete:
        for command in COMMANDS:
            fill(sub, command)
    return parser
