"""Register files for trainers away from the coordinator: ``edtrainer exchange pack|show|record|apply``.

The coordinator packs a cohort's sessions into a ``.edtx`` file, the trainer records marks in it (in the app,
or here with ``record``), and the coordinator applies it again: first shown, then stored with ``--yes``.
Same conventions as the other command modules: Dutch help first, one line a problem on stderr, exit 1 for a
problem with what was asked, nothing stored unless all is well.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from edtrainer.cli.inputs import iso_date
from edtrainer.cli.opening import open_db
from edtrainer.cli.output import EXIT_OK, EXIT_USER, note, print_json, problem, say
from edtrainer.core import i18n


def add_arguments(command: str, parser: argparse.ArgumentParser, lang: str) -> None:
    h = i18n.section("cli.exchange_help", lang)
    esub = parser.add_subparsers(dest="exchange_command", metavar="ACTION", required=True)
    pk = esub.add_parser("pack", help=h["pack"], description=h["pack"])
    pk.add_argument("--cohort", required=True, help=h["cohort"])
    pk.add_argument("--from", dest="start", type=iso_date, metavar="DATE", help=h["from"])
    pk.add_argument("--to", dest="end", type=iso_date, metavar="DATE", help=h["to"])
    pk.add_argument("--trainer", help=h["trainer"])
    pk.add_argument("--out", required=True, type=Path, metavar="FILE.edtx", help=h["out"])
    sh = esub.add_parser("show", help=h["show"], description=h["show"])
    sh.add_argument("file", type=Path, metavar="FILE.edtx", help=h["file"])
    sh.add_argument("--json", action="store_true", help=h["json"])
    rc = esub.add_parser("record", help=h["record"], description=h["record"])
    rc.add_argument("file", type=Path, metavar="FILE.edtx", help=h["file"])
    rc.add_argument("--session", required=True, help=h["session"])
    rc.add_argument("--mark", action="append", required=True, metavar="NAAM=LETTER", help=h["mark"])
    op = esub.add_parser("open", help=h["open"], description=h["open"])
    op.add_argument("file", type=Path, metavar="FILE.edtx", help=h["file"])
    ap = esub.add_parser("apply", help=h["apply"], description=h["apply"])
    ap.add_argument("file", type=Path, metavar="FILE.edtx", help=h["file"])
    ap.add_argument("--yes", action="store_true", help=h["yes"])
    ap.add_argument("--conflicts", choices=("keep", "take"), default=None, help=h["conflicts"])



def cmd_exchange(args: argparse.Namespace, lang: str) -> int:
    return {"pack": _pack, "show": _show, "record": _record, "apply": _apply, "open": _open_window}[
        args.exchange_command](args, lang)


def _open_window(args: argparse.Namespace, lang: str) -> int:
    """The trainer's window: the file is read (and checked) first, so a changed file is said in one line."""
    from edtrainer.core.services import exchange

    exchange.read(args.file)
    try:
        from edtrainer.gui import app, trainer_window
    except ImportError as exc:
        problem(str(exc))
        return EXIT_USER
    if app._no_screen():
        note(i18n.text("no_screen", lang))
        return EXIT_USER
    return trainer_window.run(args.file, lang)


def _pack(args: argparse.Namespace, lang: str) -> int:
    from sqlalchemy import select

    from edtrainer.core.errors import FileError, NotFoundError
    from edtrainer.core.models import StaffMember
    from edtrainer.core.services import cohorts, exchange
    from edtrainer.core.text import fold

    if args.out.suffix.lower() != exchange.SUFFIX:
        raise FileError("exchange_suffix", path=str(args.out))
    if args.out.expanduser().exists():  # perhaps a filled-in one that came back: never overwritten
        raise FileError("exchange_exists", path=str(args.out))
    db = open_db(args)
    try:
        def make(uow: Any) -> Any:
            cohort = cohorts.find_cohort(uow, args.cohort)
            trainer_id = None
            if args.trainer:
                wanted = fold(args.trainer)
                trainer_id = next((s.id for s in uow.session.scalars(select(StaffMember))
                                   if fold(s.full_name) == wanted), None)
                if trainer_id is None:
                    raise NotFoundError("not_found", what="@staff", key=args.trainer)
            found = exchange.pack(uow, cohort_id=cohort.id, date_from=args.start, date_to=args.end,
                                  trainer_id=trainer_id)
            exchange.write(found, args.out)  # inside the transaction: no file without its key stored
            uow.commit()
            return found

        found = db.run(make)
    finally:
        db.dispose()
    say(i18n.text("exchange_packed", lang, path=found.path))
    say(i18n.text("exchange_packed_what", lang, cohort=found.pack["cohort"]["name"],
                  sessions=i18n.text("n_sessions", lang, count=len(found.pack["sessions"])),
                  trainees=i18n.text("n_trainees", lang, count=len(found.pack["trainees"]))))
    return EXIT_OK


def _day(iso: str, lang: str) -> str:
    return i18n.format_date(dt.date.fromisoformat(iso), lang)


def _show(args: argparse.Namespace, lang: str) -> int:
    from edtrainer.core.services import exchange

    found = exchange.read(args.file)
    if args.json:
        print_json({"cohort": found.pack["cohort"]["name"], "period": found.pack["period"],
                     "sessions": [{"id": s["id"], "date": s["date"], "start": s["start"], "module": s["module"],
                                   "location": s["location"], "trainers": s["trainers"],
                                   "marks": [{"name": t["name"], "status": found.mark(s["id"], t["enrolment"]),
                                              "apology": found.apology(s["id"], t["enrolment"])} for t in people]}
                                  for s, people in exchange.register(found)]})
        return EXIT_OK
    pack = found.pack
    say(i18n.text("exchange_for", lang, cohort=pack["cohort"]["name"], start=_day(pack["period"]["from"], lang),
                  end=_day(pack["period"]["to"], lang), made=_day(pack["made_at"][:10], lang), by=pack["made_by"]))
    width = max((len(t["name"]) for t in pack["trainees"]), default=0)
    for session, people in exchange.register(found):
        where = f", {session['location']}" if session.get("location") else ""
        say(f"\n{_day(session['date'], lang)} {session['start']}  {session['module']}{where}")
        for number, person in enumerate(people, start=1):
            status = found.mark(session["id"], person["enrolment"])
            remark = ""
            if found.apology(session["id"], person["enrolment"]):
                said = "exchange_apology" if status == "excused" else "exchange_apology_other"
                remark = f"  ({i18n.text(said, lang)})"
            say(f"  {number:>2}. {person['name']:<{width}} {exchange.status_word(status, lang)}{remark}")
    return EXIT_OK


def _record(args: argparse.Namespace, lang: str) -> int:
    from edtrainer.core.errors import ValidationError
    from edtrainer.core.services import exchange

    found = exchange.read(args.file)
    session = exchange.find_session(found, args.session)
    marks: dict[int | str, str | None] = {}
    for pair in args.mark:
        name, sep, letter = pair.rpartition("=")
        if not sep or not name.strip():
            raise ValidationError("exchange_bad_mark", field="mark", value=pair)
        person = exchange.find_trainee(found, session, name)
        marks[person["enrolment"]] = exchange.status_of(letter)
    changed = exchange.set_marks(found, session["id"], marks)
    exchange.write(found)
    say(i18n.text("exchange_recorded", lang, date=_day(session["date"], lang),
                  changed=i18n.text("n_trainees", lang, count=changed), path=found.path))
    return EXIT_OK


def _lines(plan: Any, lang: str) -> None:
    from edtrainer.core.services.exchange import status_word

    def when(change: Any) -> dict[str, str]:
        return {"date": i18n.format_date(change.date, lang), "time": change.start, "trainee": change.trainee,
                "before": status_word(change.before, lang), "after": status_word(change.after, lang)}

    if plan.changes:
        say(i18n.text("exchange_changes", lang))
        for c in plan.changes:
            remark = i18n.text("exchange_replaces_apology", lang) if c.apology else ""
            say("  " + i18n.text("exchange_change_line", lang, **when(c)) + remark)
    if plan.conflicts:
        say(i18n.text("exchange_conflicts", lang))
        for c in plan.conflicts:
            say("  " + i18n.text("exchange_conflict_line", lang, **when(c)))
    if plan.refused:
        say(i18n.text("exchange_refused", lang))
        for r in plan.refused:
            say("  " + i18n.text("exchange_refused_line", lang, date=i18n.format_date(r.date, lang),
                                 trainee=f"{r.trainee}: " if r.trainee else "", reason=i18n.text(r.reason, lang)))


def _ask(prompt: str, answers: dict[str, Any]) -> Any:
    """Ask until one of ``answers`` is typed (its value is returned); end of input raises EOFError."""
    while True:
        typed = input(prompt).strip().lower()
        if typed in answers:
            return answers[typed]


def _apply(args: argparse.Namespace, lang: str) -> int:
    from edtrainer.core.services import exchange

    db = open_db(args)
    try:
        plan = exchange.apply(db, args.file, dry_run=True)
        _lines(plan, lang)
        if plan.nothing_to_do:
            say(i18n.text("exchange_nothing_more" if plan.refused else "exchange_nothing", lang))
            return EXIT_OK
        choices: Any = args.conflicts or "keep"
        asking = not args.yes and sys.stdin is not None and sys.stdin.isatty()
        if asking:
            choices = {}
            try:
                for c in plan.conflicts:
                    say(i18n.text("exchange_conflict_line", lang, date=i18n.format_date(c.date, lang),
                                  time=c.start, trainee=c.trainee, before=exchange.status_word(c.before, lang),
                                  after=exchange.status_word(c.after, lang)))
                    answer = _ask(i18n.text("exchange_choose", lang), {"e": "keep", "b": "take", "f": "take"})
                    choices[(c.session_id, c.enrolment_id)] = answer
                go = _ask(i18n.text("confirm_apply", lang), {"j": True, "ja": True, "y": True, "yes": True,
                                                              "n": False, "nee": False, "no": False})
            except (EOFError, KeyboardInterrupt):
                go = False
            if not go:
                say(i18n.text("exchange_not_stored", lang))
                return EXIT_USER
        elif not args.yes:
            problem(i18n.text("exchange_confirm", lang))
            return EXIT_USER
        done = exchange.apply(db, args.file, conflicts=choices)
    finally:
        db.dispose()
    say(i18n.text("exchange_done", lang, applied=done.applied, kept=done.kept, refused=len(done.refused)))
    if done.kept and not asking:
        say(i18n.text("exchange_kept", lang, count=done.kept))
    if done.backup is not None:
        say(i18n.text("backup_made_before", lang, path=done.backup.path))
    return EXIT_OK



COMMANDS = {"exchange": cmd_exchange}
