"""The general commands: ``cohorts list``, ``trainees list|export|erase|retention``, ``readiness``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from edtrainer.cli.opening import open_db
from edtrainer.cli.output import EXIT_OK, EXIT_USER, date, print_json, problem, say, table
from edtrainer.core import i18n

if TYPE_CHECKING:
    import argparse


def add_arguments(command: str, parser: argparse.ArgumentParser, lang: str) -> None:
    h = i18n.section("cli.help", lang)
    if command == "cohorts":
        csub = parser.add_subparsers(dest="cohorts_command", metavar="ACTION", required=True)
        clist = csub.add_parser("list", help=h["cohorts_list"])
        clist.add_argument("--json", action="store_true", help=h["json"])
    elif command == "trainees":
        tsub = parser.add_subparsers(dest="trainees_command", metavar="ACTION", required=True)
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
    else:
        parser.add_argument("--cohort", required=True, help=h["cohort"])
        parser.add_argument("--today", type=dt.date.fromisoformat, help=h["today"])
        parser.add_argument("--json", action="store_true", help=h["json"])


def cmd_cohorts(args: argparse.Namespace, lang: str) -> int:
    from edtrainer.core.services import cohorts

    db = open_db(args)
    try:
        with db.uow() as uow:
            rows = cohorts.list_cohorts(uow)
    finally:
        db.dispose()
    if args.json:
        print_json([r.__dict__ for r in rows])
        return EXIT_OK
    if not rows:
        say(i18n.text("nothing_found", lang))
        return EXIT_OK
    hd = i18n.section("cli.headers", lang)
    table([hd["id"], hd["name"], hd["programme"], hd["location"], hd["start"], hd["end"], hd["status"],
           hd["trainees"], hd["sessions"]],
          [[r.id, r.name, r.programme, r.location, date(r.start_date, lang), date(r.end_date, lang),
            i18n.word(r.status, lang), r.active_trainees, f"{r.sessions_held}/{r.sessions_total}"]
           for r in rows])
    return EXIT_OK


def cmd_trainees(args: argparse.Namespace, lang: str) -> int:
    if args.trainees_command == "export":
        return _trainee_export(args, lang)
    if args.trainees_command == "erase":
        return _trainee_erase(args, lang)
    if args.trainees_command == "retention":
        return _retention(args, lang)
    from edtrainer.core.services import access, cohorts, trainees

    db = open_db(args)
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
        print_json([{k: v for k, v in r.__dict__.items() if k != "version"} for r in rows])
        return EXIT_OK
    if not rows:
        say(i18n.text("nothing_found", lang))
        return EXIT_OK
    hd = i18n.section("cli.headers", lang)
    table([hd["id"], hd["name"], hd["cohort"], hd["status"], hd["start"], hd["email"]],
          [[r.trainee_id, r.sort_name, r.cohort, i18n.word(r.status, lang) if r.status else "",
            date(r.enrolled_on, lang), r.email] for r in rows])
    return EXIT_OK


def _trainee_export(args: argparse.Namespace, lang: str) -> int:
    from edtrainer.core.files import write_private
    from edtrainer.core.services import privacy

    db = open_db(args)
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
    say(i18n.text("export_done", lang, path=path))
    return EXIT_OK


def _trainee_erase(args: argparse.Namespace, lang: str) -> int:
    from edtrainer.core.services import privacy

    if not args.yes:  # name who would be erased: a mistyped number must not erase someone else
        from edtrainer.core.services import trainees

        db = open_db(args)
        try:
            with db.uow() as uow:
                name = trainees.get_trainee(uow, args.trainee_id).full_name
        finally:
            db.dispose()
        problem(i18n.text("erase_confirm", lang, name=name, id=args.trainee_id))
        return EXIT_USER
    db = open_db(args)
    try:
        erased = privacy.erase_with_backup(db, trainee_id=args.trainee_id, reason=args.reason,
                                           category=args.category)
    finally:
        db.dispose()
    say(i18n.text("erase_done", lang, id=args.trainee_id))
    if (holding := privacy.backups_still_holding(erased, lang)) is not None:
        say(holding)
    return EXIT_OK


def _retention(args: argparse.Namespace, lang: str) -> int:
    from edtrainer.core.services import access, privacy, retention

    if args.erase and not args.yes:
        problem(i18n.text("confirm_needed", lang))
        return EXIT_USER
    if args.erase and args.today is not None:  # a typing error in a date must not erase people early
        problem(i18n.text("retention_today_erase", lang))
        return EXIT_USER
    db = open_db(args)
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
            say(i18n.text("retention_none", lang))
            return EXIT_OK
        say(i18n.plural("retention_erased", len(erased.trainee_ids), lang))
        if (holding := privacy.backups_still_holding(erased, lang)) is not None:
            say(holding)
        return EXIT_OK
    if args.json:
        print_json([{"trainee_id": d.trainee_id, "name": d.name, "left_on": d.left_on.isoformat(),
                      "due_on": d.due_on.isoformat(), "programmes": list(d.programmes)} for d in due])
        return EXIT_OK
    if not due:
        say(i18n.text("retention_none", lang))
        return EXIT_OK
    hd = i18n.section("cli.headers", lang)
    table([hd["id"], hd["name"], hd["programme"], hd["left"], hd["due"]],
          [[d.trainee_id, d.name, ", ".join(d.programmes), date(d.left_on, lang), date(d.due_on, lang)]
           for d in due])
    from edtrainer.core import clock

    due_today = args.today is None or args.today <= clock.today()
    say(i18n.text("retention_hint" if due_today else "retention_hint_future", lang))
    return EXIT_OK


def cmd_readiness(args: argparse.Namespace, lang: str) -> int:
    from edtrainer.core.services import access, cohorts, readiness

    db = open_db(args)
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
        print_json({"cohort": cohort.name, "trainees": [r.as_dict(lang) for r in rows]})
        return EXIT_OK
    hd = i18n.section("cli.headers", lang)
    lines = []
    for r in rows:
        rd = r.readiness
        rate = "" if rd.attendance_rate is None else i18n.format_percent(rd.attendance_rate, lang)
        missing = "; ".join(u.text(lang) for u in rd.unmet)
        lines.append([r.trainee, hd["yes"] if rd.ready else hd["no"], rate,
                      f"{i18n.format_number(round(rd.approved_hours, 1), lang)}/{rd.required_hours}", missing])
    say(f"{hd['cohort']}: {cohort.name}")
    table([hd["name"], hd["ready"], hd["attendance"], hd["hours"], hd["missing"]], lines)
    return EXIT_OK



COMMANDS = {"cohorts": cmd_cohorts, "trainees": cmd_trainees, "readiness": cmd_readiness}
