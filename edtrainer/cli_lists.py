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

from edtrainer.core import i18n

EXIT_OK, EXIT_USER = 0, 1

HELP = {
    "nl": {"sessions": "bijeenkomsten", "sessions_list": "de bijeenkomsten van een groep, met hun nummer",
           "attendance": "aanwezigheid", "attendance_show": "wie er bij een bijeenkomst was",
           "placements": "stages", "placements_list": "de stages, met hun nummer",
           "export": "gegevens naar een bestand", "calendar": "de bijeenkomsten als agenda (.ics)",
           "cohort": "groep (naam of nummer)", "session": "nummer van de bijeenkomst (zie 'sessions list')",
           "trainer": "alleen de bijeenkomsten van deze trainer (naam)", "out": "uitvoerbestand",
           "json": "uitvoer als JSON", "out_list": "uitvoerbestand: .xlsx (Excel, met echte datums) of .csv",
           "export_trainees": "de cursisten (van een groep, of allemaal)",
           "export_sessions": "de bijeenkomsten van een groep", "export_placements": "de stages, met hun uren",
           "export_attendance": "de aanwezigheid van een groep: cursisten × bijeenkomsten, met ieders percentage",
           "export_readiness": "wie klaar is voor het certificaat, en wat anders ontbreekt",
           "export_register": "het certificaatregister (met namen en redenen: voor intern gebruik)"},
    "en": {"sessions": "sessions", "sessions_list": "a cohort's sessions, with their numbers",
           "attendance": "attendance", "attendance_show": "who was at a session",
           "placements": "placements", "placements_list": "the placements, with their numbers",
           "export": "data to a file", "calendar": "the sessions as a calendar (.ics)",
           "cohort": "cohort (name or number)", "session": "number of the session (see 'sessions list')",
           "trainer": "only this trainer's sessions (name)", "out": "output file", "json": "output as JSON",
           "out_list": "output file: .xlsx (Excel, with real dates) or .csv",
           "export_trainees": "the trainees (of a cohort, or all)", "export_sessions": "a cohort's sessions",
           "export_placements": "the placements, with their hours",
           "export_attendance": "a cohort's attendance: trainees × sessions, with each one's rate",
           "export_readiness": "who is ready for the certificate, and what is missing otherwise",
           "export_register": "the certificate register (with names and reasons: for internal use)"},
}

HEADERS = {
    "nl": {"id": "Nr", "date": "Datum", "time": "Tijd", "module": "Module", "status": "Status",
           "recorded": "Geregistreerd", "name": "Naam", "trainee": "Cursist", "organisation": "Organisatie",
           "period": "Periode", "cohort": "Groep", "hours": "Uren", "planned": "gepland", "held": "gehouden",
           "cancelled": "geannuleerd", "none": "—"},
    "en": {"id": "No", "date": "Date", "time": "Time", "module": "Module", "status": "Status",
           "recorded": "Recorded", "name": "Name", "trainee": "Trainee", "organisation": "Organisation",
           "period": "Period", "cohort": "Cohort", "hours": "Hours", "planned": "planned", "held": "held",
           "cancelled": "cancelled", "none": "—"},
}


def add_parsers(sub: Any, lang: str) -> None:
    h = HELP.get(lang, HELP["nl"])
    sessions = sub.add_parser("sessions", help=h["sessions"], description=h["sessions"])
    ssub = sessions.add_subparsers(dest="sessions_command", metavar="ACTION", required=True)
    sl = ssub.add_parser("list", help=h["sessions_list"], description=h["sessions_list"])
    sl.add_argument("--cohort", required=True, help=h["cohort"])
    sl.add_argument("--json", action="store_true", help=h["json"])
    attendance = sub.add_parser("attendance", help=h["attendance"], description=h["attendance"])
    asub = attendance.add_subparsers(dest="attendance_command", metavar="ACTION", required=True)
    ashow = asub.add_parser("show", help=h["attendance_show"], description=h["attendance_show"])
    ashow.add_argument("--session", required=True, type=int, metavar="ID", help=h["session"])
    ashow.add_argument("--json", action="store_true", help=h["json"])
    placements = sub.add_parser("placements", help=h["placements"], description=h["placements"])
    psub = placements.add_subparsers(dest="placements_command", metavar="ACTION", required=True)
    pl = psub.add_parser("list", help=h["placements_list"], description=h["placements_list"])
    pl.add_argument("--cohort", help=h["cohort"])
    pl.add_argument("--json", action="store_true", help=h["json"])
    export = sub.add_parser("export", help=h["export"], description=h["export"])
    esub = export.add_subparsers(dest="export_command", metavar="KIND", required=True)
    cal = esub.add_parser("calendar", help=h["calendar"], description=h["calendar"])
    cal.add_argument("--cohort", required=True, help=h["cohort"])
    cal.add_argument("--trainer", help=h["trainer"])
    cal.add_argument("--out", required=True, type=Path, metavar="FILE.ics", help=h["out"])
    from edtrainer.core.services.exports import KINDS, NEEDS_COHORT

    for kind in KINDS:
        one = esub.add_parser(kind, help=h[f"export_{kind}"], description=h[f"export_{kind}"])
        one.add_argument("--cohort", required=kind in NEEDS_COHORT, help=h["cohort"])
        one.add_argument("--out", required=True, type=Path, metavar="FILE.xlsx|FILE.csv", help=h["out_list"])


def _open(args: argparse.Namespace) -> Any:
    from edtrainer.cli import _open as open_db

    return open_db(args)


def _json(data: Any) -> None:
    from edtrainer.cli import _print_json

    _print_json(data)


def _table(headers: list[str], rows: list[list[Any]]) -> str:
    from edtrainer.cli import _table as table

    return table(headers, rows)


def _day(value: Any, lang: str) -> str:
    from edtrainer.cli import _date

    return _date(value, lang)


def cmd_sessions(args: argparse.Namespace, lang: str) -> int:
    from sqlalchemy import func, select

    from edtrainer.core import clock
    from edtrainer.core.models import AttendanceMark
    from edtrainer.core.services import cohorts, sessions

    db = _open(args)
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
        _json(rows)
        return EXIT_OK
    hd = HEADERS[lang]
    print(_table([hd["id"], hd["date"], hd["time"], hd["module"], hd["status"], hd["recorded"]],
                 [[r["id"], _day(_iso(r["date"]), lang), r["start"], r["module"], hd[r["status"]],
                   f"{r['recorded']}/{r['expected']}"] for r in rows]))
    return EXIT_OK


def _iso(text: str) -> Any:
    import datetime as dt

    return dt.date.fromisoformat(text)


def cmd_attendance(args: argparse.Namespace, lang: str) -> int:
    from edtrainer.core.services import access, sessions

    db = _open(args)
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
        _json(rows)
        return EXIT_OK
    hd = HEADERS[lang]
    print(_table([hd["trainee"], hd["status"]],
                 [[r["trainee"], i18n.word(r["status"], lang) if r["status"] else hd["none"]] for r in rows]))
    return EXIT_OK


def cmd_placements(args: argparse.Namespace, lang: str) -> int:
    from edtrainer.core.services import access, cohorts, placements

    db = _open(args)
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
        _json(rows)
        return EXIT_OK
    hd = HEADERS[lang]
    print(_table([hd["id"], hd["trainee"], hd["cohort"], hd["organisation"], hd["status"], hd["period"], hd["hours"]],
                 [[r["id"], r["trainee"], r["cohort"], r["organisation"], i18n.word(r["status"], lang),
                   f"{_day(_iso(r['planned_start']), lang)} – {_day(_iso(r['planned_end']), lang)}",
                   i18n.format_number(r["approved_hours"], lang)] for r in rows]))
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

    db = _open(args)
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
    print(i18n.text("written", lang, path=path))
    return EXIT_OK


def _export_list(args: argparse.Namespace, lang: str) -> int:
    from edtrainer.core.services import cohorts, exports

    db = _open(args)
    try:
        with db.uow() as uow:
            cohort_id = cohorts.find_cohort(uow, args.cohort).id if args.cohort else None
            path, count = exports.export(uow, args.export_command, args.out, cohort_id=cohort_id, lang=lang)
            uow.commit()
    finally:
        db.dispose()
    print(i18n.text("list_export_done", lang, path=path, count=count))
    return EXIT_OK


COMMANDS = {"sessions": cmd_sessions, "attendance": cmd_attendance, "placements": cmd_placements,
            "export": cmd_export}
