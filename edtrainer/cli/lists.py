"""Lists and exports of the command line: ``sessions list``, ``attendance show``, ``placements list``, and
``export calendar``. Every number another command asks for (a session, a placement) can be found here.

Same conventions as the other command modules: Dutch help first, ``--json`` for scripts (dates as ISO), one
line on stderr and exit 1 for a problem with what was asked. Lists that name trainees are logged as viewed
(or exported, as JSON), like ``trainees list``.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from edtrainer.cli.opening import open_db
from edtrainer.cli.output import EXIT_OK, date, print_json, say, table
from edtrainer.core import i18n


def add_arguments(command: str, parser: argparse.ArgumentParser, lang: str) -> None:
    h = i18n.section("cli.lists_help", lang)
    if command == "sessions":
        ssub = parser.add_subparsers(dest="sessions_command", metavar="ACTION", required=True)
        sl = ssub.add_parser("list", help=h["sessions_list"], description=h["sessions_list"])
        sl.add_argument("--cohort", required=True, help=h["cohort"])
        sl.add_argument("--json", action="store_true", help=h["json"])
    elif command == "attendance":
        asub = parser.add_subparsers(dest="attendance_command", metavar="ACTION", required=True)
        ashow = asub.add_parser("show", help=h["attendance_show"], description=h["attendance_show"])
        ashow.add_argument("--session", required=True, type=int, metavar="ID", help=h["session"])
        ashow.add_argument("--json", action="store_true", help=h["json"])
    elif command == "placements":
        psub = parser.add_subparsers(dest="placements_command", metavar="ACTION", required=True)
        pl = psub.add_parser("list", help=h["placements_list"], description=h["placements_list"])
        pl.add_argument("--cohort", help=h["cohort"])
        pl.add_argument("--json", action="store_true", help=h["json"])
    else:
        esub = parser.add_subparsers(dest="export_command", metavar="KIND", required=True)
        cal = esub.add_parser("calendar", help=h["calendar"], description=h["calendar"])
        cal.add_argument("--cohort", required=True, help=h["cohort"])
        cal.add_argument("--trainer", help=h["trainer"])
        cal.add_argument("--out", required=True, type=Path, metavar="FILE.ics", help=h["out"])
        from edtrainer.core.services.exports import KINDS, NEEDS_COHORT

        for kind in KINDS:
            one = esub.add_parser(kind, help=h[f"export_{kind}"], description=h[f"export_{kind}"])
            one.add_argument("--cohort", required=kind in NEEDS_COHORT, help=h["cohort"])
            one.add_argument("--out", required=True, type=Path, metavar="FILE.xlsx|FILE.csv", help=h["out_list"])


def cmd_sessions(args: argparse.Namespace, lang: str) -> int:
    from sqlalchemy import func, select

    from edtrainer.core import clock
    from edtrainer.core.models import AttendanceMark
    from edtrainer.core.services import cohorts, sessions

    db = open_db(args)
    try:
        with db.uow() as uow:
            cohort = cohorts.find_cohort(uow, args.cohort)
            found = sessions.list_sessions(uow, cohort_id=cohort.id)
            counts = dict(uow.session.execute(select(AttendanceMark.session_id, func.count())
                                              .where(AttendanceMark.session_id.in_([s.id for s in found]))
                                              .group_by(AttendanceMark.session_id)).all())
            today = clock.today()
            rows = [{"id": s.id, "date": s.date.isoformat(), "start": s.start_time.strftime("%H:%M"),
                     "minutes": s.duration_minutes, "module": s.module.title,
                     "status": "cancelled" if s.cancelled else ("held" if s.date <= today else "planned"),
                     "recorded": counts.get(s.id, 0), "expected": len(sessions.expected_enrolments(uow, s)),
                     "trainers": [t.full_name for t in s.trainers]} for s in found]
    finally:
        db.dispose()
    if args.json:
        print_json(rows)
        return EXIT_OK
    hd = i18n.section("cli.lists_headers", lang)
    table([hd["id"], hd["date"], hd["time"], hd["module"], hd["status"], hd["recorded"]],
          [[r["id"], date(_iso(r["date"]), lang), r["start"], r["module"], hd[r["status"]],
            f"{r['recorded']}/{r['expected']}"] for r in rows])
    return EXIT_OK


def _iso(text: str) -> Any:
    import datetime as dt

    return dt.date.fromisoformat(text)


def cmd_attendance(args: argparse.Namespace, lang: str) -> int:
    from edtrainer.core.services import access, sessions

    db = open_db(args)
    try:
        with db.uow() as uow:
            register = sessions.session_register(uow, session_id=args.session)
            access.log_access(uow, action="export" if args.json else "view", entity="session",
                              entity_id=args.session, via="cli", count=len(register))
            uow.commit()
    finally:
        db.dispose()
    rows: list[dict[str, Any]] = [{"enrolment_id": r.enrolment_id, "trainee": r.trainee, "status": r.status,
             "minutes_present": r.minutes_present} for r in register]
    if args.json:
        print_json(rows)
        return EXIT_OK
    hd = i18n.section("cli.lists_headers", lang)
    table([hd["trainee"], hd["status"]],
          [[r["trainee"], i18n.word(r["status"], lang) if r["status"] else hd["none"]] for r in rows])
    return EXIT_OK


def cmd_placements(args: argparse.Namespace, lang: str) -> int:
    from edtrainer.core.services import access, cohorts, placements

    db = open_db(args)
    try:
        with db.uow() as uow:
            cohort_id = cohorts.find_cohort(uow, args.cohort).id if args.cohort else None
            found = placements.placement_rows(uow, cohort_id=cohort_id)
            access.log_access(uow, action="export" if args.json else "view", entity="placement", via="cli",
                              cohort_id=cohort_id, count=len(found))
            uow.commit()
    finally:
        db.dispose()
    rows: list[dict[str, Any]] = [{"id": p.id, "trainee": p.trainee, "cohort": p.cohort, "organisation": p.organisation,
             "status": p.status, "planned_start": p.planned_start.isoformat(), "planned_end": p.planned_end.isoformat(),
             "approved_hours": round(p.approved_minutes / 60, 1)} for p in found]
    if args.json:
        print_json(rows)
        return EXIT_OK
    hd = i18n.section("cli.lists_headers", lang)
    table([hd["id"], hd["trainee"], hd["cohort"], hd["organisation"], hd["status"], hd["period"], hd["hours"]],
          [[r["id"], r["trainee"], r["cohort"], r["organisation"], i18n.word(r["status"], lang),
            f"{date(_iso(r['planned_start']), lang)} – {date(_iso(r['planned_end']), lang)}",
            i18n.format_number(r["approved_hours"], lang)] for r in rows])
    return EXIT_OK


def cmd_export(args: argparse.Namespace, lang: str) -> int:
    if args.export_command != "calendar":
        return _export_list(args, lang)
    from sqlalchemy import select

    from edtrainer.core.errors import NotFoundError
    from edtrainer.core.files import write_private
    from edtrainer.core.models import StaffMember
    from edtrainer.core.services import calendar, cohorts
    from edtrainer.core.text import fold

    db = open_db(args)
    try:
        with db.uow() as uow:
            cohort = cohorts.find_cohort(uow, args.cohort)
            trainer_id = None
            if args.trainer:
                wanted = fold(args.trainer)
                trainer_id = next((s.id for s in uow.session.scalars(select(StaffMember))
                                   if wanted in fold(s.full_name)), None)
                if trainer_id is None:
                    raise NotFoundError("not_found", what="@staff", key=args.trainer)
            data = calendar.cohort_calendar(uow, cohort_id=cohort.id, trainer_id=trainer_id, lang=lang)
    finally:
        db.dispose()
    path = write_private(args.out, data, overwrite=True)
    say(i18n.text("written", lang, path=path))
    return EXIT_OK


def _export_list(args: argparse.Namespace, lang: str) -> int:
    from edtrainer.core.services import cohorts, exports

    db = open_db(args)
    try:
        with db.uow() as uow:
            cohort_id = cohorts.find_cohort(uow, args.cohort).id if args.cohort else None
            path, count = exports.export(uow, args.export_command, args.out, cohort_id=cohort_id, lang=lang)
            uow.commit()
    finally:
        db.dispose()
    say(i18n.text("list_export_done", lang, path=path, count=count))
    return EXIT_OK



COMMANDS = {"sessions": cmd_sessions, "attendance": cmd_attendance, "placements": cmd_placements,
            "export": cmd_export}
