"""Opening the database for a command: the passphrase of an encrypted file first, damage said, leftovers of an
interrupted backup cleaned; after a command that changed a SQLite file, its automatic backup."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from edtrainer.cli.output import problem
from edtrainer.core import i18n
from edtrainer.core.errors import DatabaseError, EdtrainerError, ValidationError

if TYPE_CHECKING:
    import argparse


# Every database a command opened: after the command, a SQLite file it changed gets its automatic backup.
_OPENED: list[Any] = []


def open_db(args: argparse.Namespace, *, upgrade: bool = True, warn: bool = True, create: bool = False) -> Any:
    from edtrainer.core.db import open_database, resolve_url

    url = resolve_url(args.database)
    named = args.database or os.environ.get("EDTRAINER_DATABASE_URL", "").strip()
    if named and not create and url.get_backend_name() == "sqlite" and not Path(str(url.database)).exists():
        # A typing error in --database must not quietly make a new, empty database and work in that.
        raise DatabaseError("db_file_not_there", path=str(url.database))
    db = open_database(args.database, upgrade=upgrade)
    _OPENED.append(db)
    if db.is_sqlite:  # what an interrupted backup or restore left behind (personal data in hidden files)
        from edtrainer.core import backups

        backups.clean_leftovers()
        backups.clean_leftovers(db.path.parent)
    if db.damage and warn:
        # Reading goes on (read-only); anything that would write says so itself.
        problem(damage_advice(db, i18n.get_language()))
    return db


def unlock(args: argparse.Namespace) -> None:
    """The passphrase of an encrypted SQLite database, before anything opens it: from ``--db-passphrase-file``,
    ``EDTRAINER_DB_PASSPHRASE``, or asked in the terminal. Kept in memory for this command only."""
    from edtrainer.core import cipher
    from edtrainer.core.db import resolve_url

    url = resolve_url(args.database)
    if url.get_backend_name() != "sqlite" or cipher.has_passphrase():
        return
    path = Path(str(url.database))
    if not cipher.is_encrypted(path):
        return
    from edtrainer.cli.inputs import secret as read_secret

    typed = args.db_passphrase_file is None and not os.environ.get("EDTRAINER_DB_PASSPHRASE") \
        and sys.stdin is not None and sys.stdin.isatty()
    for attempt in range(3 if typed else 1):  # a typing error in a terminal: ask again, as a login does
        try:
            secret = read_secret(args.db_passphrase_file, "EDTRAINER_DB_PASSPHRASE", i18n.word("db_passphrase"),
                                  missing="db_needs_passphrase_cli")
        except ValidationError:
            raise DatabaseError("db_needs_passphrase_cli", where=str(path)) from None
        cipher.set_passphrase(secret)
        if not typed:
            return
        try:
            cipher.connect(path, read_only=True).close()
            return
        except DatabaseError as exc:
            if exc.key != "db_wrong_passphrase" or attempt == 2:
                raise
            problem(exc.message())


def backup_after(lang: str) -> None:
    """After a command that changed a SQLite file: a verified backup when the newest is older than the
    preference says (30 minutes unless set otherwise). A backup that fails is said, the command still
    succeeded."""
    from edtrainer.core import backups, preferences

    opened, _OPENED[:] = list(_OPENED), []
    for db in opened:
        if db.changed_at is None or not db.is_sqlite or db.read_only:
            continue
        try:
            minutes = preferences.load().backup_every_minutes
            if backups.due(None, stem=db.path.stem, source=db.path, minutes=minutes):
                backups.make(db.path, reason="auto")
        except EdtrainerError as exc:
            problem(i18n.text("auto_backup_failed", lang, reason=exc.message(lang)))


def damage_advice(db: Any, lang: str, *, short: bool = False) -> str:
    """Which backup to restore, as a sentence (the newest that passes a check now)."""
    from edtrainer.core import backups

    good = backups.newest_good(stem=db.path.stem, source=db.path)
    if good is None:
        return i18n.text("no_good_backup" if short else "db_damaged_no_backup", lang, where=db.where,
                         folder=backups.folder_for())
    return i18n.text("restore_advice" if short else "db_damaged_opened", lang, where=db.where,
                     when=when(good.created, lang), backup=good.path)


def when(moment: Any, lang: str) -> str:
    local = moment.astimezone()
    return f"{i18n.format_date(local.date(), lang)} {local:%H:%M}"


def forget() -> None:
    """After a command, whatever happened: the next command (in the same process, as in the tests) starts afresh."""
    _OPENED.clear()
