"""The command line's care for the data: the demo, and the database's upgrade, check, backups and restore.

Every command here that changes the database makes a verified backup first (SQLite), and every problem is one
line on stderr with exit code 1.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from edtrainer.cli.opening import damage_advice, open_db, when
from edtrainer.cli.output import EXIT_OK, EXIT_USER, note, print_json, problem, say, table
from edtrainer.core import i18n
from edtrainer.core.errors import DatabaseError

if TYPE_CHECKING:
    import argparse


def add_arguments(command: str, parser: argparse.ArgumentParser, lang: str) -> None:
    h = i18n.section("cli.db_help", lang)
    if command == "demo":
        parser.add_argument("--remove", action="store_true", help=h["remove"])
        parser.add_argument("--keep-used", action="store_true", help=h["keep_used"])
        parser.add_argument("--yes", action="store_true", help=h["yes"])
        return
    dbsub = parser.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    dbsub.add_parser("upgrade", help=h["upgrade"], description=h["upgrade"])
    dbsub.add_parser("check", help=h["check"], description=h["check"])
    backup = dbsub.add_parser("backup", help=h["backup"], description=h["backup"])
    backup.add_argument("--to", type=Path, metavar="FILE", help=h["to"])
    listing = dbsub.add_parser("backups", help=h["backups"], description=h["backups"])
    listing.add_argument("--json", action="store_true", help=h["json"])
    roles = dbsub.add_parser("roles", help=h["roles"], description=h["roles"])
    roles.add_argument("--grant", metavar="LOGIN", help=h["grant"])
    roles.add_argument("--as", dest="as_role", choices=("coordinator", "trainer"), help=h["as_role"])
    roles.add_argument("--staff", metavar="NAME", help=h["staff"])
    restore = dbsub.add_parser("restore", help=h["restore"], description=h["restore"])
    restore.add_argument("file", type=Path, metavar="FILE", help=h["file"])
    restore.add_argument("--yes", action="store_true", help=h["yes"])
    copy = dbsub.add_parser("copy", help=h["copy"], description=h["copy"])
    copy.add_argument("--to", required=True, metavar="URL", help=h["copy_to"])
    export = dbsub.add_parser("export", help=h["archive_export"], description=h["archive_export"])
    export.add_argument("--out", required=True, type=Path, metavar="FILE.json", help=h["to"])
    imp = dbsub.add_parser("import", help=h["archive_import"], description=h["archive_import"])
    imp.add_argument("file", type=Path, metavar="FILE.json", help=h["file"])
    encrypt = dbsub.add_parser("encrypt", help=h["encrypt"], description=h["encrypt"])
    encrypt.add_argument("--new-passphrase-file", type=Path, metavar="FILE", help=h["new_passphrase_file"])
    dbsub.add_parser("decrypt", help=h["decrypt"], description=h["decrypt"])


def _size(n: int, lang: str) -> str:
    for unit in ("B", "kB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{i18n.format_number(round(n, 1), lang)} {unit}" if unit != "B" else f"{n} B"
        n /= 1024  # type: ignore[assignment]
    return str(n)



# --- demo ---------------------------------------------------------------------------------------------

def cmd_demo(args: argparse.Namespace, lang: str) -> int:
    from edtrainer.core.services import demo, demo_removal

    if not args.remove:
        if args.keep_used:
            problem(i18n.text("keep_used_needs_remove", lang))
            return EXIT_USER
        db = open_db(args, create=True)
        try:
            summary = db.run(demo.create_demo)
        finally:
            db.dispose()
        say(i18n.text("demo_done", lang, **summary))
        return EXIT_OK
    if not args.yes:
        problem(i18n.text("confirm_needed", lang))
        return EXIT_USER
    db = open_db(args)
    try:
        removed = demo_removal.remove_demo_with_backup(db, keep_used=args.keep_used)
    finally:
        db.dispose()
    kept = demo_removal.describe_kept(removed.counts, lang)
    say(i18n.text("demo_removed_kept" if kept else "demo_removed", lang, count=removed.total, kept=kept))
    if removed.backup is not None:
        say(i18n.text("backup_made_before", lang, path=removed.backup.path))
    return EXIT_OK


# --- db -----------------------------------------------------------------------------------------------

def cmd_db(args: argparse.Namespace, lang: str) -> int:
    return {"upgrade": _upgrade, "check": _check, "backup": _backup, "backups": _backups,
            "restore": _restore, "roles": _roles, "encrypt": _encrypt, "decrypt": _encrypt, "copy": _copy,
            "export": _archive_export, "import": _archive_import}[args.db_command](args, lang)


def _copy(args: argparse.Namespace, lang: str) -> int:
    from edtrainer.core.db import describe, open_database, resolve_url
    from edtrainer.core.services import moving

    source = open_db(args)
    try:
        if resolve_url(args.to) == source.url:
            raise DatabaseError("copy_target_not_empty", where=source.where)
        target = open_database(args.to)
        try:
            report = moving.copy_database(source, target)
        finally:
            target.dispose()
    finally:
        source.dispose()
    say(i18n.text("copy_done", lang, where=describe(resolve_url(args.to)), rows=report.rows))
    return EXIT_OK


def _archive_export(args: argparse.Namespace, lang: str) -> int:
    from edtrainer.core.services import moving

    db = open_db(args)
    try:
        path, rows = moving.export_archive(db, args.out)
    finally:
        db.dispose()
    say(i18n.text("archive_written", lang, path=path, rows=rows))
    return EXIT_OK


def _archive_import(args: argparse.Namespace, lang: str) -> int:
    from edtrainer.core.services import moving

    db = open_db(args, create=True)
    try:
        report = moving.import_archive(db, args.file)
    finally:
        db.dispose()
    say(i18n.text("archive_read", lang, where=db.where, rows=report.rows))
    return EXIT_OK


def _new_passphrase(path: Path | None, lang: str) -> str:
    """A new passphrase: from a file (first line), EDTRAINER_NEW_DB_PASSPHRASE, or typed twice in a terminal."""
    import getpass
    import os

    from edtrainer.core import cipher
    from edtrainer.core.errors import ValidationError

    if path is not None:
        from edtrainer.cli.inputs import secret as read_secret

        secret = read_secret(path, "", "", missing="db_new_passphrase_needed")
    elif os.environ.get("EDTRAINER_NEW_DB_PASSPHRASE"):
        secret = os.environ["EDTRAINER_NEW_DB_PASSPHRASE"]
    elif sys.stdin is not None and sys.stdin.isatty():
        secret = getpass.getpass(i18n.word("new_db_passphrase", lang) + ": ")
        cipher.check_passphrase(secret)
        if getpass.getpass(i18n.word("new_db_passphrase", lang) + " (2x): ") != secret:
            raise ValidationError("db_passphrases_differ", field="passphrase")
    else:
        raise ValidationError("db_new_passphrase_needed", field="passphrase")
    cipher.check_passphrase(secret)
    return secret


def _encrypt(args: argparse.Namespace, lang: str) -> int:
    """``db encrypt`` (also: another passphrase) and ``db decrypt``."""
    from edtrainer.core import cipher
    from edtrainer.core.db import describe, resolve_url
    from edtrainer.core.services import encryption

    if not cipher.available():  # before asking for a passphrase that cannot be used
        raise DatabaseError("db_cipher_missing", where=describe(resolve_url(args.database)))
    passphrase = None
    if args.db_command == "encrypt":
        passphrase = _new_passphrase(args.new_passphrase_file, lang)
    db = open_db(args)
    try:
        report = encryption.set_encryption(db, passphrase)
    finally:
        db.dispose()
    copies = i18n.plural("converted_backups", report.backups, lang)
    say(i18n.text("db_encrypted_done" if report.encrypted else "db_decrypted_done", lang, where=db.where,
                  backups=copies))
    if report.unreadable:
        note(i18n.text("db_unreadable_backups", lang, paths=", ".join(map(str, report.unreadable))))
    return EXIT_OK


def _roles(args: argparse.Namespace, lang: str) -> int:
    from edtrainer.core import roles

    db = open_db(args)
    try:
        if args.grant is None:
            roles.setup(db)
            say(i18n.text("roles_done", lang))
            return EXIT_OK
        role = args.as_role or "trainer"
        roles.grant(db, login=args.grant, role=role, staff=args.staff)
    finally:
        db.dispose()
    say(i18n.text("roles_granted", lang, login=args.grant, role=roles.ROLES[role]))
    return EXIT_OK


def _upgrade(args: argparse.Namespace, lang: str) -> int:
    from edtrainer.core.errors import DamagedError

    db = open_db(args, upgrade=False, create=True)
    try:
        if db.damage:
            raise DamagedError("db_damaged_no_upgrade", where=db.where, detail=db.damage)
        before, head = db.upgrade()
    finally:
        db.dispose()
    say(i18n.text("up_to_date" if before == head else "upgraded", lang, head=head))
    return EXIT_OK


def _check(args: argparse.Namespace, lang: str) -> int:
    from edtrainer.core.db import Database, resolve_url

    # Not through open_database: a damaged file must be described, not opened.
    db = Database(resolve_url(args.database), read_only=_is_sqlite_file(args))
    try:
        report = db.check()
    finally:
        db.dispose(checkpoint=False)
    if report.ok:
        say(i18n.text("check_ok", lang, revision=report.revision, integrity=report.integrity))
        return EXIT_OK
    line = i18n.text("check_failed", lang, problems="; ".join(p.rstrip(".") for p in report.problems)) + "."
    if db.is_sqlite and report.integrity != "ok":
        line += " " + damage_advice(db, lang, short=True)
    problem(line)
    return EXIT_USER


def _is_sqlite_file(args: argparse.Namespace) -> bool:
    from edtrainer.core.db import resolve_url

    url = resolve_url(args.database)
    return url.get_backend_name() == "sqlite" and Path(str(url.database)).is_file()



def _require_sqlite(db: Any) -> None:
    if not db.is_sqlite:
        raise DatabaseError("backup_sqlite_only")


def _backup(args: argparse.Namespace, lang: str) -> int:
    from edtrainer.core import backups, clock

    db = open_db(args, upgrade=False, warn=False)  # a damaged file: the refusal says so
    try:
        _require_sqlite(db)
        if args.to is not None:
            target = Path(args.to).expanduser().resolve()
            if target.is_dir():  # a folder: the backup goes into it, under the usual name
                target = target / f"{db.path.stem}-{clock.local_now():%Y%m%d-%H%M%S}{backups.SUFFIX}"
            made = backups.copy_verified(db.path, target)
        else:
            made = backups.make(db.path, reason="manual")
    finally:
        db.dispose(checkpoint=False)
    say(i18n.text("backup_made", lang, path=made.path))
    return EXIT_OK


def _backups(args: argparse.Namespace, lang: str) -> int:
    from edtrainer.core import backups

    db = open_db(args, upgrade=False, warn=False)
    try:
        _require_sqlite(db)
        found = backups.list_backups(stem=db.path.stem, source=db.path)
    finally:
        db.dispose(checkpoint=False)
    if args.json:
        print_json([b.as_dict() for b in found])
        return EXIT_OK
    if not found:
        say(i18n.text("no_backups", lang, folder=backups.folder_for()))
        return EXIT_OK
    hd = i18n.section("cli.db_headers", lang)
    words = i18n.section("cli.backup_reason", lang)
    rows = [[when(b.created, lang), words.get(b.reason, b.reason), _size(b.size, lang),
             hd["yes"] if b.verified else hd["no"],
             "/".join(str(b.counts.get(k, "?")) for k in ("trainees", "cohorts", "sessions")) if b.counts else "",
             str(b.path)] for b in found]
    table([hd["created"], hd["reason"], hd["size"], hd["verified"], hd["contents"], hd["file"]], rows)
    return EXIT_OK


def _restore(args: argparse.Namespace, lang: str) -> int:
    from edtrainer.core import backups
    from edtrainer.core.db import known_revisions, resolve_url
    from edtrainer.core.services import restoring

    # Not opened first: a file too damaged to open is exactly the one to restore.
    url = resolve_url(args.database)
    if url.get_backend_name() != "sqlite":
        raise DatabaseError("backup_sqlite_only")
    path = Path(str(url.database))
    backup = backups.check_backup(args.file, known_revisions=known_revisions())
    done = restoring.since(path, backup.path)  # erasures, certificates, keys: not to be undone
    if not args.yes:
        problem(i18n.text("restore_confirm", lang, file=backup.path, when=when(backup.created, lang)))
        if (said := done.describe(lang)) is not None:
            problem(said)
        return EXIT_USER
    if not done.readable:  # said even with --yes: what was erased or issued since cannot be carried over
        problem(str(done.describe(lang)))
    report = backups.restore(path, backup.path, known_revisions=known_revisions())
    restoring.bring_up_to_date(path)  # an older backup: its schema upgraded, without a fresh copy of it
    restored = open_db(args)
    try:
        reapplied = restored.run(lambda uow: _after_restore(uow, backup, done))
        if reapplied.erased:  # the erased values out of the write-ahead log too
            restored.checkpoint(wait_ms=5000, required=True)
    finally:
        restored.dispose()
    counts = "/".join(str(report.counts.get(k, "?")) for k in ("trainees", "cohorts", "sessions"))
    say(i18n.text("restored", lang, file=backup.path, when=when(backup.created, lang), counts=counts))
    if (said := reapplied.describe(lang)) is not None:
        say(said)
    if report.safety_backup is not None:
        say(i18n.text("restored_safety", lang, path=report.safety_backup))
    if report.put_aside is not None:
        say(i18n.text("restored_aside", lang, path=report.put_aside))
    return EXIT_OK


def _after_restore(uow: Any, backup: Any, done: Any) -> Any:
    from edtrainer.core.services import restoring

    return restoring.after_restore(uow, done, backup_name=Path(backup.path).name,
                                   created=backup.created.isoformat(timespec="seconds"))




COMMANDS = {"demo": cmd_demo, "db": cmd_db}
