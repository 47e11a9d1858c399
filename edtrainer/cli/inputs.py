"""What the user hands the command line besides words: dates as typed, passphrases, files to read and write;
and the options that ask for them, shared by several commands."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from edtrainer.core import i18n
from edtrainer.core.errors import FileError, ValidationError


def doc_lang_option(p: argparse.ArgumentParser, lang: str) -> None:
    # SUPPRESS: given after the command it overrides the global --lang; not given, it leaves it alone.
    p.add_argument("--lang", choices=i18n.LANGUAGES, default=argparse.SUPPRESS,
                   help=i18n.section("cli.documents_help", lang)["doc_lang"])


def passphrase_option(p: argparse.ArgumentParser, lang: str) -> None:
    p.add_argument("--passphrase-file", type=Path, metavar="FILE",
                   help=i18n.section("cli.documents_help", lang)["passphrase_file"])


def iso_date(text: str) -> Any:
    """A date as people type it: 2026-12-31, 31-12-2026 or 31-12-26."""
    from edtrainer.core import clock
    from edtrainer.core.services.importing import parse_date

    try:
        day = parse_date(text, today=clock.today())
    except ValueError:
        day = None
    if day is None:
        raise argparse.ArgumentTypeError(i18n.text("bad_date_arg", value=text))
    return day


def secret(path: Path | None, env: str, prompt: str, *, confirm: bool = False, missing: str) -> str:
    """A passphrase from a file (first line), the environment, or a prompt on a terminal."""
    if path is not None:
        try:
            lines = path.expanduser().read_text(encoding="utf-8").splitlines()  # also a pipe: <(echo …)
            return lines[0].strip() if lines else ""
        except FileNotFoundError:
            raise FileError("file_missing", path=str(path)) from None
    value = os.environ.get(env)
    if value:
        return value
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        first = getpass.getpass(prompt + ": ")
        if confirm and getpass.getpass(prompt + " (2x): ") != first:
            raise ValidationError("wrong_passphrase", field="passphrase")
        return first
    raise ValidationError(missing, field="passphrase")


def read(path: Path) -> bytes:
    try:
        return path.expanduser().read_bytes()
    except (FileNotFoundError, IsADirectoryError):
        raise FileError("file_missing", path=str(path)) from None


def write(path: Path, data: bytes) -> Path:
    from edtrainer.core.files import write_private

    return write_private(path, data)


def check_target(path: Path) -> None:
    """Refuse early, before anything is issued or logged, a file name that cannot be written."""
    target = path.expanduser().resolve()
    if not target.parent.is_dir():
        raise FileError("folder_missing", path=str(target.parent))
    if target.exists():
        raise FileError("file_exists", path=str(target))
