"""The command line's care for the data: the demo, and the database's upgrade, check, backups and restore.

Registered by ``cli.py`` like ``cli_documents``. Every command here that changes the database makes a
verified backup first (SQLite), and every problem is one line on stderr with exit code 1.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from edtrainer.core import i18n
from edtrainer.core.errors import DatabaseError

EXIT_OK, EXIT_USER = 0, 1

HELP = {
    "nl": {
        "demo": "vul een lege database met een demo-opleiding, of verwijder de demo (--remove)",
        "remove": "verwijder de demo: alleen wat de demo maakte en alles over de verzonnen cursisten",
        "keep_used": "laat de delen van de demo staan die uw eigen gegevens gebruiken (anders weigert --remove)",
        "yes": "bevestig (er wordt eerst een reservekopie gemaakt, zodat het terug kan)",
        "db": "database bijwerken, controleren, reservekopieën maken, tonen en terugzetten",
        "upgrade": "databaseschema bijwerken naar de nieuwste versie",
        "check": "het bestand en het schema controleren (volledige integriteitscontrole)",
        "backup": "gecontroleerde reservekopie maken (in de map voor reservekopieën, of met --to)",
        "to": "bestandsnaam van de reservekopie (standaard: de map voor reservekopieën)",
        "backups": "reservekopieën van deze database tonen, nieuwste eerst",
        "restore": "een reservekopie terugzetten (wat er nu staat, wordt eerst bewaard)",
        "copy": "alle gegevens kopiëren naar een lege database, bijvoorbeeld van dit bestand naar een gedeelde "
                "PostgreSQL-server (of terug), in één keer en gecontroleerd",
        "copy_to": "de lege database: een adres als postgresql://gebruiker@host/naam, of een nieuw bestand",
        "archive_export": "de hele database als één JSON-archief (met uitleg van de velden in docs/archive.md)",
        "archive_import": "een JSON-archief inlezen in een lege database",
        "encrypt": "de database en haar reservekopieën versleutelen (SQLCipher), of een ander wachtwoord geven",
        "decrypt": "de versleuteling van de database en haar reservekopieën uitzetten",
        "new_passphrase_file": "bestand met het nieuwe wachtwoord (eerste regel); anders twee keer gevraagd in de "
                               "terminal. Het wachtwoord wordt nergens bewaard: vergeten is alles kwijt",
        "file": "de reservekopie (zie 'edtrainer db backups')",
        "json": "uitvoer als JSON",
        "audit": "de auditlog: wie wat wanneer deed met persoonsgegevens",
        "roles": "PostgreSQL: maak de rollen edtrainer_coordinator en edtrainer_trainer met rechten en beveiliging "
                 "per rij; met --grant krijgt een aanmelding een rol",
        "grant": "aanmelding (login) die een rol krijgt",
        "as_role": "rol: coordinator of trainer",
        "staff": "de medewerker die bij deze aanmelding hoort (naam of nummer): een trainer ziet zijn eigen groepen",
        "privacy": "de privacyverklaring voor cursisten (Markdown), met de naam van de organisatie en de "
                   "bewaartermijn ingevuld",
        "audit_verify": "controleer of de auditlog ongeschonden is (de hashketen en de beveiliging)",
        "audit_list": "regels van de auditlog tonen, nieuwste eerst",
        "audit_trainee": "alleen wat over deze cursist gaat (nummer)",
        "audit_limit": "hoogstens zoveel regels (standaard 50)",
    },
    "en": {
        "demo": "fill an empty database with a demo programme, or remove the demo (--remove)",
        "remove": "remove the demo: only what the demo made and everything about its invented trainees",
        "keep_used": "keep the parts of the demo your own data use (without it --remove refuses)",
        "yes": "confirm (a backup is made first, so it can be undone)",
        "db": "upgrade, check, back up, list backups and restore the database",
        "upgrade": "upgrade the database schema to the newest version",
        "check": "check the file and the schema (full integrity check)",
        "backup": "make a verified backup (in the backup folder, or with --to)",
        "to": "file name of the backup (default: the backup folder)",
        "backups": "list the backups of this database, newest first",
        "restore": "restore a backup (what is there now is kept first)",
        "copy": "copy all data into an empty database, for example from this file to a shared PostgreSQL "
                "server (or back), in one go and checked",
        "copy_to": "the empty database: a URL like postgresql://user@host/name, or a new file",
        "archive_export": "the whole database as one JSON archive (its fields explained in docs/archive.md)",
        "archive_import": "read a JSON archive into an empty database",
        "encrypt": "encrypt the database and its backups (SQLCipher), or give it another passphrase",
        "decrypt": "turn off the encryption of the database and its backups",
        "new_passphrase_file": "file holding the new passphrase (first line); else asked twice in the terminal. "
                               "The passphrase is stored nowhere: forgotten means everything lost",
        "file": "the backup (see 'edtrainer db backups')",
        "json": "output as JSON",
        "audit": "the audit log: who did what with personal data, and when",
        "roles": "PostgreSQL: make the roles edtrainer_coordinator and edtrainer_trainer with grants and row-level "
                 "security; with --grant a login gets a role",
        "grant": "login that gets a role",
        "as_role": "role: coordinator or trainer",
        "staff": "the staff member this login is (name or number): a trainer sees their own cohorts",
        "privacy": "the privacy statement for trainees (Markdown), with the organisation's name and the retention "
                   "period filled in",
        "audit_verify": "check that the audit log is untouched (the hash chain and its protection)",
        "audit_list": "show rows of the audit log, newest first",
        "audit_trainee": "only what concerns this trainee (number)",
        "audit_limit": "at most this many rows (default 50)",
    },
}

HEADERS = {
    "nl": {"created": "Gemaakt", "reason": "Waarom", "size": "Grootte", "verified": "Gecontroleerd",
           "contents": "Cursisten/groepen/bijeenkomsten", "file": "Bestand", "yes": "ja", "no": "nee"},
    "en": {"created": "Made", "reason": "Why", "size": "Size", "verified": "Verified",
           "contents": "Trainees/cohorts/sessions", "file": "File", "yes": "yes", "no": "no"},
}

REASON_WORDS = {
    "nl": {"auto": "automatisch", "close": "bij afsluiten", "manual": "met de hand", "before-upgrade": "vóór bijwerken",
           "before-restore": "vóór terugzetten", "before-demo-removal": "vóór verwijderen demo",
           "before-erasure": "vóór AVG-verwijdering", "before-import": "vóór importeren",
           "before-exchange": "vóór een registerbestand"},
    "en": {"auto": "automatic", "close": "on closing", "manual": "by hand", "before-upgrade": "before upgrade",
           "before-restore": "before restore", "before-demo-removal": "before removing the demo",
           "before-erasure": "before GDPR erasure", "before-import": "before import",
           "before-exchange": "before a register file"},
}


def add_parsers(sub: Any, lang: str) -> None:
    h = HELP.get(lang, HELP["nl"])
    demo = sub.add_parser("demo", help=h["demo"], description=h["demo"])
    demo.add_argument("--remove", action="store_true", help=h["remove"])
    demo.add_argument("--keep-used", action="store_true", help=h["keep_used"])
    demo.add_argument("--yes", action="store_true", help=h["yes"])

    db = sub.add_parser("db", help=h["db"], description=h["db"])
    dbsub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
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

    sub.add_parser("privacy", help=h["privacy"], description=h["privacy"])
    audit = sub.add_parser("audit", help=h["audit"], description=h["audit"])
    asub = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    asub.add_parser("verify", help=h["audit_verify"], description=h["audit_verify"])
    listing = asub.add_parser("list", help=h["audit_list"], description=h["audit_list"])
    listing.add_argument("--trainee", type=int, metavar="ID", help=h["audit_trainee"])
    listing.add_argument("--limit", type=int, default=50, metavar="N", help=h["audit_limit"])
    listing.add_argument("--json", action="store_true", help=h["json"])


def _open(args: argparse.Namespace, *, upgrade: bool = True, warn: bool = True, create: bool = False) -> Any:
    from edtrainer.cli import _open as open_db

    return open_db(args, upgrade=upgrade, warn=warn, create=create)


def _size(n: int, lang: str) -> str:
    for unit in ("B", "kB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{i18n.format_number(round(n, 1), lang)} {unit}" if unit != "B" else f"{n} B"
        n /= 1024  # type: ignore[assignment]
    return str(n)


def when(moment: Any, lang: str) -> str:
    local = moment.astimezone()
    return f"{i18n.format_date(local.date(), lang)} {local:%H:%M}"


# --- demo ---------------------------------------------------------------------------------------------

def cmd_demo(args: argparse.Namespace, lang: str) -> int:
    from edtrainer.core.services import demo, demo_removal

    if not args.remove:
        if args.keep_used:
            print(f"edtrainer: {i18n.text('keep_used_needs_remove', lang)}", file=sys.stderr)
            return EXIT_USER
        db = _open(args, create=True)
        try:
            summary = db.run(demo.create_demo)
        finally:
            db.dispose()
        print(i18n.text("demo_done", lang, **summary))
        return EXIT_OK
    if not args.yes:
        print(f"edtrainer: {i18n.text('confirm_needed', lang)}", file=sys.stderr)
        return EXIT_USER
    db = _open(args)
    try:
        removed = demo_removal.remove_demo_with_backup(db, keep_used=args.keep_used)
    finally:
        db.dispose()
    kept = demo_removal.describe_kept(removed.counts, lang)
    print(i18n.text("demo_removed_kept" if kept else "demo_removed", lang, count=removed.total, kept=kept))
    if removed.backup is not None:
        print(i18n.text("backup_made_before", lang, path=removed.backup.path))
    return EXIT_OK


# --- db -----------------------------------------------------------------------------------------------

def cmd_db(args: argparse.Namespace, lang: str) -> int:
    return {"upgrade": _upgrade, "check": _check, "backup": _backup, "backups": _backups,
            "restore": _restore, "roles": _roles, "encrypt": _encrypt, "decrypt": _encrypt, "copy": _copy,
            "export": _archive_export, "import": _archive_import}[args.db_command](args, lang)


def _copy(args: argparse.Namespace, lang: str) -> int:
    from edtrainer.core.db import describe, open_database, resolve_url
    from edtrainer.core.services import moving

    source = _open(args)
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
    print(i18n.text("copy_done", lang, where=describe(resolve_url(args.to)), rows=report.rows))
    return EXIT_OK


def _archive_export(args: argparse.Namespace, lang: str) -> int:
    from edtrainer.core.services import moving

    db = _open(args)
    try:
        path, rows = moving.export_archive(db, args.out)
    finally:
        db.dispose()
    print(i18n.text("archive_written", lang, path=path, rows=rows))
    return EXIT_OK


def _archive_import(args: argparse.Namespace, lang: str) -> int:
    from edtrainer.core.services import moving

    db = _open(args, create=True)
    try:
        report = moving.import_archive(db, args.file)
    finally:
        db.dispose()
    print(i18n.text("archive_read", lang, where=db.where, rows=report.rows))
    return EXIT_OK


def _new_passphrase(path: Path | None, lang: str) -> str:
    """A new passphrase: from a file (first line), EDTRAINER_NEW_DB_PASSPHRASE, or typed twice in a terminal."""
    import getpass
    import os

    from edtrainer.core import cipher
    from edtrainer.core.errors import ValidationError

    if path is not None:
        from edtrainer.cli_documents import _secret

        secret = _secret(path, "", "", missing="db_new_passphrase_needed")
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
    db = _open(args)
    try:
        report = encryption.set_encryption(db, passphrase)
    finally:
        db.dispose()
    copies = i18n.plural("converted_backups", report.backups, lang)
    print(i18n.text("db_encrypted_done" if report.encrypted else "db_decrypted_done", lang, where=db.where,
                    backups=copies))
    if report.unreadable:
        print(i18n.text("db_unreadable_backups", lang, paths=", ".join(map(str, report.unreadable))), file=sys.stderr)
    return EXIT_OK


def _roles(args: argparse.Namespace, lang: str) -> int:
    from edtrainer.core import roles

    db = _open(args)
    try:
        if args.grant is None:
            roles.setup(db)
            print(i18n.text("roles_done", lang))
            return EXIT_OK
        role = args.as_role or "trainer"
        roles.grant(db, login=args.grant, role=role, staff=args.staff)
    finally:
        db.dispose()
    print(i18n.text("roles_granted", lang, login=args.grant, role=roles.ROLES[role]))
    return EXIT_OK


def _upgrade(args: argparse.Namespace, lang: str) -> int:
    from edtrainer.core.errors import DamagedError

    db = _open(args, upgrade=False, create=True)
    try:
        if db.damage:
            raise DamagedError("db_damaged_no_upgrade", where=db.where, detail=db.damage)
        before, head = db.upgrade()
    finally:
        db.dispose()
    print(i18n.text("up_to_date" if before == head else "upgraded", lang, head=head))
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
        print(i18n.text("check_ok", lang, revision=report.revision, integrity=report.integrity))
        return EXIT_OK
    line = i18n.text("check_failed", lang, problems="; ".join(p.rstrip(".") for p in report.problems)) + "."
    if db.is_sqlite and report.integrity != "ok":
        line += " " + damage_advice(db, lang, short=True)
    print(f"edtrainer: {line}", file=sys.stderr)
    return EXIT_USER


def _is_sqlite_file(args: argparse.Namespace) -> bool:
    from edtrainer.core.db import resolve_url

    url = resolve_url(args.database)
    return url.get_backend_name() == "sqlite" and Path(str(url.database)).is_file()


def damage_advice(db: Any, lang: str, *, short: bool = False) -> str:
    """Which backup to restore, as a sentence (the newest that passes a check now)."""
    from edtrainer.core import backups

    good = backups.newest_good(stem=db.path.stem, source=db.path)
    if good is None:
        return i18n.text("no_good_backup" if short else "db_damaged_no_backup", lang, where=db.where,
                         folder=backups.folder_for())
    return i18n.text("restore_advice" if short else "db_damaged_opened", lang, where=db.where,
                     when=when(good.created, lang), backup=good.path)


def _require_sqlite(db: Any) -> None:
    if not db.is_sqlite:
        raise DatabaseError("backup_sqlite_only")


def _backup(args: argparse.Namespace, lang: str) -> int:
    from edtrainer.core import backups, clock

    db = _open(args, upgrade=False, warn=False)  # a damaged file: the refusal says so
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
    print(i18n.text("backup_made", lang, path=made.path))
    return EXIT_OK


def _backups(args: argparse.Namespace, lang: str) -> int:
    from edtrainer.cli import _print_json, _table
    from edtrainer.core import backups

    db = _open(args, upgrade=False, warn=False)
    try:
        _require_sqlite(db)
        found = backups.list_backups(stem=db.path.stem, source=db.path)
    finally:
        db.dispose(checkpoint=False)
    if args.json:
        _print_json([b.as_dict() for b in found])
        return EXIT_OK
    if not found:
        print(i18n.text("no_backups", lang, folder=backups.folder_for()))
        return EXIT_OK
    hd = HEADERS[lang]
    words = REASON_WORDS[lang]
    rows = [[when(b.created, lang), words.get(b.reason, b.reason), _size(b.size, lang),
             hd["yes"] if b.verified else hd["no"],
             "/".join(str(b.counts.get(k, "?")) for k in ("trainees", "cohorts", "sessions")) if b.counts else "",
             str(b.path)] for b in found]
    print(_table([hd["created"], hd["reason"], hd["size"], hd["verified"], hd["contents"], hd["file"]], rows))
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
        print(f"edtrainer: {i18n.text('restore_confirm', lang, file=backup.path, when=when(backup.created, lang))}",
              file=sys.stderr)
        if (said := done.describe(lang)) is not None:
            print(f"edtrainer: {said}", file=sys.stderr)
        return EXIT_USER
    if not done.readable:  # said even with --yes: what was erased or issued since cannot be carried over
        print(f"edtrainer: {done.describe(lang)}", file=sys.stderr)
    report = backups.restore(path, backup.path, known_revisions=known_revisions())
    restoring.bring_up_to_date(path)  # an older backup: its schema upgraded, without a fresh copy of it
    restored = _open(args)
    try:
        reapplied = restored.run(lambda uow: _after_restore(uow, backup, done))
        if reapplied.erased:  # the erased values out of the write-ahead log too
            restored.checkpoint(wait_ms=5000, required=True)
    finally:
        restored.dispose()
    counts = "/".join(str(report.counts.get(k, "?")) for k in ("trainees", "cohorts", "sessions"))
    print(i18n.text("restored", lang, file=backup.path, when=when(backup.created, lang), counts=counts))
    if (said := reapplied.describe(lang)) is not None:
        print(said)
    if report.safety_backup is not None:
        print(i18n.text("restored_safety", lang, path=report.safety_backup))
    if report.put_aside is not None:
        print(i18n.text("restored_aside", lang, path=report.put_aside))
    return EXIT_OK


def _after_restore(uow: Any, backup: Any, done: Any) -> Any:
    from edtrainer.core import audit
    from edtrainer.core.services import restoring

    reapplied = restoring.reapply(uow, done)
    audit.record(uow.session, action="restore", entity="database", entity_id=None,
                 details={"backup": Path(backup.path).name, "created": backup.created.isoformat(timespec="seconds"),
                          **reapplied.as_details()})
    return reapplied


# --- audit --------------------------------------------------------------------------------------------

def cmd_audit(args: argparse.Namespace, lang: str) -> int:
    from edtrainer.core import audit_chain

    db = _open(args, upgrade=False)
    try:
        if args.audit_command == "verify":
            with db.engine.connect() as conn:
                report = audit_chain.verify(conn, anchor=audit_chain.read_anchor(db.where))
            if report.ok:
                print(i18n.text("audit_intact", lang, rows=report.rows))
                return EXIT_OK
            print(f"edtrainer: {i18n.text('audit_broken', lang, problems='; '.join(report.problems))}",
                  file=sys.stderr)
            return EXIT_USER
        return _audit_list(db, args, lang)
    finally:
        db.dispose(checkpoint=False)


def _audit_list(db: Any, args: argparse.Namespace, lang: str) -> int:
    from edtrainer.cli import _print_json, _table
    from edtrainer.core.services import access

    with db.uow() as uow:
        rows = access.audit_rows(uow, trainee_id=args.trainee, limit=args.limit)
        access.log_access(uow, action="view", entity="audit_log", via="cli", trainee_id=args.trainee,
                          count=len(rows))
        uow.commit()
    if args.json:
        _print_json([r.as_dict() for r in rows])
        return EXIT_OK
    if not rows:
        print(i18n.text("nothing_found", lang))
        return EXIT_OK
    hd = {"nl": ("Nr", "Wanneer", "Wie", "Wat", "Waarover", "Velden"),
          "en": ("No", "When", "Who", "What", "About", "Fields")}[lang]
    print(_table(list(hd), [[r.id, when(r.at, lang), r.actor, i18n.word(f"audit_{r.action}", lang),
                             f"{i18n.word(r.entity, lang)} {r.entity_id or ''}".strip(), ", ".join(r.fields)]
                            for r in rows]))
    return EXIT_OK


def cmd_privacy(args: argparse.Namespace, lang: str) -> int:
    from edtrainer.core.services import privacy

    db = _open(args)
    try:
        with db.uow() as uow:
            text = privacy.privacy_statement(uow, lang)
    finally:
        db.dispose()
    print(text, end="")
    return EXIT_OK


COMMANDS = {"demo": cmd_demo, "db": cmd_db, "audit": cmd_audit, "privacy": cmd_privacy}
