"""The command line: ``edtrainer`` opens the desktop app; subcommands serve batch work.

Exit codes: 0 success, 1 a user error (one line on stderr, in the user's language), 2 wrong usage.
"""

from __future__ import annotations

import datetime as dt
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from edtrainer import __version__
from edtrainer.core import i18n
from edtrainer.core.errors import DatabaseError, EdtrainerError, ValidationError

if TYPE_CHECKING:
    import argparse

EXIT_OK, EXIT_USER, EXIT_USAGE = 0, 1, 2

HELP = {
    "nl": {
        "description": "edtrainer: administratie voor opleidingen tot ervaringsdeskundige.",
        "version": "toon het versienummer en stop",
        "database": "database: pad naar een SQLite-bestand of een adres als postgresql://gebruiker@host/naam "
                    "(standaard: EDTRAINER_DATABASE_URL of het ingebouwde bestand)",
        "lang": "taal van meldingen en uitvoer (nl of en)",
        "db_passphrase_file": "bestand met het wachtwoord van een versleutelde database (eerste regel); anders "
                              "EDTRAINER_DB_PASSPHRASE of de vraag in de terminal",
        "json": "uitvoer als JSON",
        "cohorts": "groepen",
        "cohorts_list": "groepen tonen",
        "trainees": "cursisten",
        "trainees_list": "cursisten tonen",
        "cohort": "naam (of begin van de naam) of nummer van de groep",
        "search": "zoek op naam of e-mailadres",
        "readiness": "per cursist: klaar voor certificering of wat nog ontbreekt",
        "export": "alle gegevens van één cursist als JSON, of met --out BESTAND.pdf leesbaar in gewone woorden "
                  "(AVG-inzageverzoek)",
        "erase": "gegevens van één cursist onherkenbaar maken (AVG-verwijderverzoek)",
        "trainee_id": "nummer van de cursist (zie 'trainees list')",
        "out": "uitvoerbestand",
        "reason": "reden, bijvoorbeeld 'verzoek van betrokkene' (namen en contactgegevens van de cursist worden "
                  "eruit gehaald)",
        "category": "soort: request (verzoek van betrokkene, standaard), retention (bewaartermijn voorbij) of other",
        "yes": "bevestig: dit kan niet ongedaan worden gemaakt",
        "today": "rekendatum (JJJJ-MM-DD), standaard vandaag",
        "retention": "wie voorbij de bewaartermijn is (jaren na vertrek, per opleiding); --erase wist hen",
        "retention_erase": "wis iedereen in de lijst (eerst een reservekopie; vraagt --yes)",
    },
    "en": {
        "description": "edtrainer: administration for experience-expert training programmes.",
        "version": "show the version number and exit",
        "database": "database: path of a SQLite file or a URL like postgresql://user@host/name "
                    "(default: EDTRAINER_DATABASE_URL or the embedded file)",
        "lang": "language of messages and output (nl or en)",
        "db_passphrase_file": "file holding an encrypted database's passphrase (first line); else "
                              "EDTRAINER_DB_PASSPHRASE or a prompt in the terminal",
        "json": "output as JSON",
        "cohorts": "cohorts",
        "cohorts_list": "list cohorts",
        "trainees": "trainees",
        "trainees_list": "list trainees",
        "cohort": "name (or start of the name) or number of the cohort",
        "search": "search by name or e-mail address",
        "readiness": "per trainee: ready for certification, or what is still missing",
        "export": "all data about one trainee as JSON, or with --out FILE.pdf readable in plain words (GDPR access "
                  "request)",
        "erase": "make one trainee's data unidentifiable (GDPR erasure request)",
        "trainee_id": "number of the trainee (see 'trainees list')",
        "out": "output file",
        "reason": "reason, for example 'request of the person' (the trainee's names and contact details are "
                  "taken out of it)",
        "category": "kind: request (of the person, default), retention (period passed) or other",
        "yes": "confirm: this cannot be undone",
        "today": "date to compute for (YYYY-MM-DD), default today",
        "retention": "who is past the retention period (years after leaving, per programme); --erase erases them",
        "retention_erase": "erase everyone in the list (a backup first; needs --yes)",
    },
}

HEADERS = {
    "nl": {"id": "Nr", "name": "Naam", "programme": "Opleiding", "location": "Locatie", "start": "Start",
           "end": "Einde", "status": "Status", "trainees": "Cursisten", "sessions": "Bijeenkomsten",
           "cohort": "Groep", "email": "E-mail", "ready": "Klaar", "attendance": "Aanwezig",
           "hours": "Stage-uren", "missing": "Wat ontbreekt", "yes": "ja", "no": "nee", "left": "Vertrokken",
           "due": "Wissen sinds"},
    "en": {"id": "No", "name": "Name", "programme": "Programme", "location": "Location", "start": "Start",
           "end": "End", "status": "Status", "trainees": "Trainees", "sessions": "Sessions",
           "cohort": "Cohort", "email": "E-mail", "ready": "Ready", "attendance": "Attendance",
           "hours": "Placement hours", "missing": "What is missing", "yes": "yes", "no": "no", "left": "Left",
           "due": "Due since"},
}


# argparse's own words (usage, errors) in Dutch: the standard library ships no translation.
ARGPARSE_NL = {
    "usage: ": "gebruik: ",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "the following arguments are required: %s": "deze argumenten zijn verplicht: %s",
    "expected one argument": "verwacht één waarde",
    "invalid choice: %(value)r (choose from %(choices)s)": "ongeldige keuze: %(value)r (kies uit %(choices)s)",
    "invalid %(type)s value: %(value)r": "ongeldige waarde: %(value)r",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "show this help message and exit": "toon deze hulp en stop",
    "positional arguments": "argumenten",
    "options": "opties",
}


def _localise_argparse(lang: str) -> None:
    import argparse

    argparse._ = (lambda text: ARGPARSE_NL.get(text, text)) if lang == "nl" else (lambda text: text)  # type: ignore[attr-defined]


def _lang_from_argv(argv: Sequence[str]) -> str:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1][:2].lower()
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1][:2].lower()
    return i18n.default_language()


def build_parser(lang: str) -> argparse.ArgumentParser:
    import argparse  # here, not at the top: starting the app needs no parser

    h = HELP.get(lang, HELP["nl"])
    parser = argparse.ArgumentParser(prog="edtrainer", description=h["description"])
    parser.add_argument("--version", action="version", version=f"edtrainer {__version__}", help=h["version"])
    parser.add_argument("--database", metavar="URL", help=h["database"])
    parser.add_argument("--lang", choices=i18n.LANGUAGES, help=h["lang"])
    parser.add_argument("--db-passphrase-file", type=Path, metavar="FILE", help=h["db_passphrase_file"])
    parser.add_argument("--quit-after-first-paint", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--quit-when-ready", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    from edtrainer import cli_db, cli_exchange, cli_import, cli_lists

    cli_db.add_parsers(sub, lang)
    cli_exchange.add_parsers(sub, lang)
    cli_import.add_parsers(sub, lang)
    cli_lists.add_parsers(sub, lang)

    cohorts = sub.add_parser("cohorts", help=h["cohorts"])
    csub = cohorts.add_subparsers(dest="cohorts_command", metavar="ACTION", required=True)
    clist = csub.add_parser("list", help=h["cohorts_list"])
    clist.add_argument("--json", action="store_true", help=h["json"])

    trainees = sub.add_parser("trainees", help=h["trainees"])
    tsub = trainees.add_subparsers(dest="trainees_command", metavar="ACTION", required=True)
    tlist = tsub.add_parser("list", help=h["trainees_list"])
    tlist.add_argument("--cohort", help=h["cohort"])
    tlist.add_argument("--search", default="", help=h["search"])
    tlist.add_argument("--json", action="store_true", help=h["json"])
    texport = tsub.add_parser("export", help=h["export"])
    texport.add_argument("trainee_id", type=int, help=h["trainee_id"])
    texport.add_argument("--out", required=True, type=Path, metavar="FILE", help=h["out"])
    terase = tsub.add_parser("erase", help=h["erase"])
    terase.add_argument("trainee_id", type=int, help=h["trainee_id"])
    terase.add_argument("--reason", required=True, help=h["reason"])
    terase.add_argument("--category", choices=("request", "retention", "other"), default="request",
                        help=h["category"])
    terase.add_argument("--yes", action="store_true", help=h["yes"])
    tkeep = tsub.add_parser("retention", help=h["retention"], description=h["retention"])
    tkeep.add_argument("--erase", action="store_true", help=h["retention_erase"])
    tkeep.add_argument("--yes", action="store_true", help=h["yes"])
    tkeep.add_argument("--today", type=dt.date.fromisoformat, help=h["today"])
    tkeep.add_argument("--json", action="store_true", help=h["json"])

    ready = sub.add_parser("readiness", help=h["readiness"], description=h["readiness"])
    ready.add_argument("--cohort", required=True, help=h["cohort"])
    ready.add_argument("--today", type=dt.date.fromisoformat, help=h["today"])
    ready.add_argument("--json", action="store_true", help=h["json"])

    from edtrainer import cli_documents

    cli_documents.add_parsers(sub, lang)
    return parser


# --- output ---------------------------------------------------------------------------------------------

def _date(value: dt.date | None, lang: str) -> str:
    if value is None:
        return ""
    return value.strftime("%d-%m-%Y") if lang == "nl" else value.isoformat()


def _table(headers: list[str], rows: list[list[Any]]) -> str:
    cells = [[str(c) for c in headers]] + [["" if c is None else str(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _json_default(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def _print_json(data: Any) -> None:
    import json

    print(json.dumps(data, ensure_ascii=False, indent=2, default=_json_default))


# --- commands -------------------------------------------------------------------------------------------

# Every database a command opened: after the command, a SQLite file it changed gets its automatic backup.
_OPENED: list[Any] = []


def _open(args: argparse.Namespace, *, upgrade: bool = True, warn: bool = True,  # noqa: ANN202
          create: bool = False):
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
        from edtrainer.cli_db import damage_advice

        # Reading goes on (read-only); anything that would write says so itself.
        print(f"edtrainer: {damage_advice(db, i18n.get_language())}", file=sys.stderr)
    return db


def _unlock(args: argparse.Namespace) -> None:
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
    from edtrainer.cli_documents import _secret

    typed = args.db_passphrase_file is None and not os.environ.get("EDTRAINER_DB_PASSPHRASE") \
        and sys.stdin is not None and sys.stdin.isatty()
    for attempt in range(3 if typed else 1):  # a typing error in a terminal: ask again, as a login does
        try:
            secret = _secret(args.db_passphrase_file, "EDTRAINER_DB_PASSPHRASE", i18n.word("db_passphrase"),
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
            print(f"edtrainer: {exc.message()}", file=sys.stderr)


def _backup_after(lang: str) -> None:
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
            print(f"edtrainer: {i18n.text('auto_backup_failed', lang, reason=exc.message(lang))}", file=sys.stderr)


def cmd_cohorts(args: argparse.Namespace, lang: str) -> int:
    from edtrainer.core.services import cohorts

    db = _open(args)
    try:
        with db.uow() as uow:
            rows = cohorts.list_cohorts(uow)
    finally:
        db.dispose()
    if args.json:
        _print_json([r.__dict__ for r in rows])
        return EXIT_OK
    if not rows:
        print(i18n.text("nothing_found", lang))
        return EXIT_OK
    hd = HEADERS[lang]
    print(_table([hd["id"], hd["name"], hd["programme"], hd["location"], hd["start"], hd["end"], hd["status"],
                  hd["trainees"], hd["sessions"]],
                 [[r.id, r.name, r.programme, r.location, _date(r.start_date, lang), _date(r.end_date, lang),
                   i18n.word(r.status, lang), r.active_trainees, f"{r.sessions_held}/{r.sessions_total}"]
                  for r in rows]))
    return EXIT_OK


def cmd_trainees(args: argparse.Namespace, lang: str) -> int:
    if args.trainees_command == "export":
        return _trainee_export(args, lang)
    if args.trainees_command == "erase":
        return _trainee_erase(args, lang)
    if args.trainees_command == "retention":
        return _retention(args, lang)
    from edtrainer.core.services import access, cohorts, trainees

    db = _open(args)
    try:
        with db.uow() as uow:
            cohort_id = cohorts.find_cohort(uow, args.cohort).id if args.cohort else None
            rows = trainees.search_trainees(uow, query=args.search, cohort_id=cohort_id)
            access.log_access(uow, action="export" if args.json else "view", entity="trainee",
                              via="cli", cohort_id=cohort_id, count=len(rows))
            uow.commit()
    finally:
        db.dispose()
    if args.json:
        _print_json([{k: v for k, v in r.__dict__.items() if k != "version"} for r in rows])
        return EXIT_OK
    if not rows:
        print(i18n.text("nothing_found", lang))
        return EXIT_OK
    hd = HEADERS[lang]
    print(_table([hd["id"], hd["name"], hd["cohort"], hd["status"], hd["start"], hd["email"]],
                 [[r.trainee_id, r.sort_name, r.cohort, i18n.word(r.status, lang) if r.status else "",
                   _date(r.enrolled_on, lang), r.email] for r in rows]))
    return EXIT_OK


def _trainee_export(args: argparse.Namespace, lang: str) -> int:
    from edtrainer.core.files import write_private
    from edtrainer.core.services import privacy

    db = _open(args)
    try:
        with db.uow() as uow:
            if Path(args.out).suffix.lower() == ".pdf":  # the readable copy, in plain words
                payload = privacy.export_trainee_pdf(uow, trainee_id=args.trainee_id, lang=lang)
            else:
                import json

                data = privacy.export_trainee_data(uow, trainee_id=args.trainee_id)
                payload = json.dumps(data, ensure_ascii=False, indent=2).encode()
            path = write_private(args.out, payload)  # written before the audit entry is committed
            uow.commit()
    finally:
        db.dispose()
    print(i18n.text("export_done", lang, path=path))
    return EXIT_OK


def _trainee_erase(args: argparse.Namespace, lang: str) -> int:
    from edtrainer.core.services import privacy

    if not args.yes:  # name who would be erased: a mistyped number must not erase someone else
        from edtrainer.core.services import trainees

        db = _open(args)
        try:
            with db.uow() as uow:
                name = trainees.get_trainee(uow, args.trainee_id).full_name
        finally:
            db.dispose()
        print(f"edtrainer: {i18n.text('erase_confirm', lang, name=name, id=args.trainee_id)}", file=sys.stderr)
        return EXIT_USER
    db = _open(args)
    try:
        erased = privacy.erase_with_backup(db, trainee_id=args.trainee_id, reason=args.reason,
                                           category=args.category)
    finally:
        db.dispose()
    print(i18n.text("erase_done", lang, id=args.trainee_id))
    if (holding := privacy.backups_still_holding(erased, lang)) is not None:
        print(holding)
    return EXIT_OK


def _retention(args: argparse.Namespace, lang: str) -> int:
    from edtrainer.core.services import access, privacy, retention

    if args.erase and not args.yes:
        print(f"edtrainer: {i18n.text('confirm_needed', lang)}", file=sys.stderr)
        return EXIT_USER
    if args.erase and args.today is not None:  # a typing error in a date must not erase people early
        print(f"edtrainer: {i18n.text('retention_today_erase', lang)}", file=sys.stderr)
        return EXIT_USER
    db = _open(args)
    try:
        with db.uow() as uow:
            due = retention.due_for_erasure(uow, today=args.today)
            if not args.erase:
                access.log_access(uow, action="export" if args.json else "view", entity="trainee", via="cli",
                                  count=len(due), purpose="retention")
                uow.commit()
        if args.erase:
            erased = retention.erase_due(db, trainee_ids=[d.trainee_id for d in due], today=args.today)
    finally:
        db.dispose()
    if args.erase:
        if not erased.trainee_ids:
            print(i18n.text("retention_none", lang))
            return EXIT_OK
        print(i18n.plural("retention_erased", len(erased.trainee_ids), lang))
        if (holding := privacy.backups_still_holding(erased, lang)) is not None:
            print(holding)
        return EXIT_OK
    if args.json:
        _print_json([{"trainee_id": d.trainee_id, "name": d.name, "left_on": d.left_on.isoformat(),
                      "due_on": d.due_on.isoformat(), "programmes": list(d.programmes)} for d in due])
        return EXIT_OK
    if not due:
        print(i18n.text("retention_none", lang))
        return EXIT_OK
    hd = HEADERS[lang]
    print(_table([hd["id"], hd["name"], hd["programme"], hd["left"], hd["due"]],
                 [[d.trainee_id, d.name, ", ".join(d.programmes), _date(d.left_on, lang), _date(d.due_on, lang)]
                  for d in due]))
    from edtrainer.core import clock

    due_today = args.today is None or args.today <= clock.today()
    print(i18n.text("retention_hint" if due_today else "retention_hint_future", lang))
    return EXIT_OK


def cmd_readiness(args: argparse.Namespace, lang: str) -> int:
    from edtrainer.core.services import access, cohorts, readiness

    db = _open(args)
    try:
        with db.uow() as uow:
            cohort = cohorts.find_cohort(uow, args.cohort)
            rows = readiness.readiness_for_cohort(uow, cohort_id=cohort.id, today=args.today)
            access.log_access(uow, action="export" if args.json else "view", entity="readiness",
                              via="cli", cohort_id=cohort.id, count=len(rows))
            uow.commit()
    finally:
        db.dispose()
    if args.json:
        _print_json({"cohort": cohort.name, "trainees": [r.as_dict(lang) for r in rows]})
        return EXIT_OK
    hd = HEADERS[lang]
    table = []
    for r in rows:
        rd = r.readiness
        rate = "" if rd.attendance_rate is None else i18n.format_percent(rd.attendance_rate, lang)
        missing = "; ".join(u.text(lang) for u in rd.unmet)
        table.append([r.trainee, hd["yes"] if rd.ready else hd["no"], rate,
                      f"{i18n.format_number(round(rd.approved_hours, 1), lang)}/{rd.required_hours}", missing])
    print(f"{hd['cohort']}: {cohort.name}")
    print(_table([hd["name"], hd["ready"], hd["attendance"], hd["hours"], hd["missing"]], table))
    return EXIT_OK


def cmd_app(args: argparse.Namespace, lang: str) -> int:
    """No subcommand: the desktop app, which opens the database (with the demo on the very first start of
    the embedded file) right after its window is on screen."""
    try:
        gui = importlib.import_module("edtrainer.gui.app")
    except ImportError as exc:  # Qt cannot load (e.g. a system library is missing): the CLI still works
        return _without_gui(args, lang, exc)
    return int(gui.run(args))


def _without_gui(args: argparse.Namespace, lang: str, exc: ImportError) -> int:
    from edtrainer.core.services import demo

    db = _open(args)
    try:
        if args.database is None and not os.environ.get("EDTRAINER_DATABASE_URL"):
            # Only the embedded file of a first start gets the demo, never a shared database.
            with db.uow() as uow:
                if demo.database_is_empty(uow) is None:
                    summary = demo.create_demo(uow)
                    uow.commit()
                    print(i18n.text("demo_done", lang, **summary))
        where = db.where
    finally:
        db.dispose()
    print(i18n.text("gui_missing", lang, where=where, cohort=demo.DEMO_COHORT, reason=str(exc)))
    return EXIT_OK


COMMANDS = {"cohorts": cmd_cohorts, "trainees": cmd_trainees, "readiness": cmd_readiness}


def _document_commands() -> None:
    from edtrainer import cli_db, cli_documents, cli_exchange, cli_import, cli_lists

    COMMANDS.update(cli_documents.COMMANDS)
    COMMANDS.update(cli_exchange.COMMANDS)
    COMMANDS.update(cli_db.COMMANDS)
    COMMANDS.update(cli_import.COMMANDS)
    COMMANDS.update(cli_lists.COMMANDS)


def _app_only(argv: list[str]) -> Any:
    """The arguments when they only start the app (no subcommand, no help): then no parser is built, so
    the window appears as fast as Qt allows. Anything else goes through the full parser."""
    values: dict[str, Any] = {"database": None, "lang": None, "quit_after_first_paint": False,
                              "quit_when_ready": False, "command": None}
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        name, _, inline = arg.partition("=")
        if name in ("--database", "--lang"):
            value = inline if inline else (rest.pop(0) if rest else None)
            if not value or (name == "--lang" and value not in i18n.LANGUAGES):
                return None
            values[name[2:]] = value
        elif arg in ("--quit-after-first-paint", "--quit-when-ready"):
            values[arg[2:].replace("-", "_")] = True
        else:
            return None
    return SimpleNamespace(**values)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    lang = _lang_from_argv(argv)
    if lang not in i18n.LANGUAGES:
        lang = "nl"
    app_args = _app_only(argv)
    if app_args is not None:
        lang = app_args.lang or lang
        i18n.set_language(lang)
        return cmd_app(app_args, lang)
    _document_commands()
    _localise_argparse(lang)
    parser = build_parser(lang)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: 0 for --help/--version, 2 for usage errors
        return int(exc.code or 0)
    lang = args.lang or lang
    i18n.set_language(lang)
    try:
        if args.command is not None:
            _unlock(args)
        code = COMMANDS.get(args.command, cmd_app)(args, lang)
        if code == EXIT_OK:
            _backup_after(lang)
        return code
    except EdtrainerError as exc:
        print(f"edtrainer: {exc.message(lang)}", file=sys.stderr)
        return EXIT_USER
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # 'edtrainer … | head' stopped reading: not an error of ours
        _quiet_stdout()
        return EXIT_OK
    except OSError as exc:  # output could not be written (a full disk, /dev/full)
        print(f"edtrainer: {i18n.text('output_failed', lang, reason=i18n.os_reason(exc, lang))}", file=sys.stderr)
        return EXIT_USER
    finally:
        _OPENED.clear()


def _quiet_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so Python's own flush at exit stays silent."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
