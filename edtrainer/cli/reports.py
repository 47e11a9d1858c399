"""Reports as PDF: ``report placement|sign-in|progress|funder``."""

from __future__ import annotations

import argparse
from pathlib import Path

from edtrainer.cli.inputs import check_target, doc_lang_option, iso_date, write
from edtrainer.cli.opening import open_db
from edtrainer.cli.output import EXIT_OK, say
from edtrainer.core import i18n
from edtrainer.core.errors import FileError, ValidationError


def add_arguments(command: str, parser: argparse.ArgumentParser, lang: str) -> None:
    h = i18n.section("cli.documents_help", lang)
    rsub = parser.add_subparsers(dest="report_command", metavar="KIND", required=True)
    rp = rsub.add_parser("placement", help=h["placement"], description=h["placement"])
    which = rp.add_mutually_exclusive_group(required=True)
    which.add_argument("--placement", type=int, metavar="ID", help=h["placement_id"])
    which.add_argument("--trainee", type=int, metavar="ID", help=h["trainee_id"])
    rp.add_argument("--organisation-copy", action="store_true", help=h["org_copy"])
    rs = rsub.add_parser("sign-in", help=h["sign_in"], description=h["sign_in"])
    rs.add_argument("--session", type=int, metavar="ID", help=h["session_id"])
    rs.add_argument("--cohort", help=h["cohort"])
    rs.add_argument("--date", help=h["date"])
    rg = rsub.add_parser("progress", help=h["progress"], description=h["progress"])
    which = rg.add_mutually_exclusive_group(required=True)
    which.add_argument("--cohort", help=h["cohort"])
    which.add_argument("--trainee", type=int, metavar="ID", help=h["trainee_id"])
    for p in (rp, rs, rg):
        p.add_argument("--out", required=True, type=Path, metavar="FILE", help=h["out"])
        p.add_argument("--today", type=iso_date, help=h["today"])
        doc_lang_option(p, lang)
    rf = rsub.add_parser("funder", help=h["funder"], description=h["funder"])
    rf.add_argument("--from", dest="start", required=True, type=iso_date, metavar="DATE", help=h["from"])
    rf.add_argument("--to", dest="end", required=True, type=iso_date, metavar="DATE", help=h["to_date"])
    rf.add_argument("--programme", help=h["programme"])
    rf.add_argument("--out", required=True, type=Path, metavar="FILE.pdf|FILE.xlsx", help=h["out"])
    doc_lang_option(rf, lang)



def cmd_report(args: argparse.Namespace, lang: str) -> int:
    from edtrainer.core.services import cohorts, reports

    if args.report_command == "funder":
        return _funder(args, lang)
    check_target(args.out)
    doc_lang = getattr(args, "lang", None) or lang
    db = open_db(args)
    try:
        with db.uow() as uow:
            if args.report_command == "placement":
                placement_id = args.placement or reports.latest_placement(uow, trainee_id=args.trainee).id
                pdf = reports.placement_report(uow, placement_id=placement_id, lang=doc_lang, today=args.today,
                                               organisation_copy=args.organisation_copy)
            elif args.report_command == "sign-in":
                if args.session is not None:
                    session_id = args.session
                else:
                    if not args.cohort or not args.date:
                        raise ValidationError("required", field="session")
                    cohort = cohorts.find_cohort(uow, args.cohort)
                    session_id = reports.find_session(uow, cohort_id=cohort.id, date=args.date).id
                pdf = reports.sign_in_sheet(uow, session_id=session_id, lang=doc_lang)
            elif args.cohort:
                cohort = cohorts.find_cohort(uow, args.cohort)
                pdf = reports.cohort_progress_report(uow, cohort_id=cohort.id, lang=doc_lang, today=args.today)
            else:
                enrolment = reports.current_enrolment(uow, trainee_id=args.trainee)
                pdf = reports.trainee_progress_statement(uow, enrolment_id=enrolment.id, lang=doc_lang,
                                                         today=args.today)
            path = write(args.out, pdf)
            uow.commit()
    finally:
        db.dispose()
    say(i18n.text("written", lang, path=path))
    return EXIT_OK


def _funder(args: argparse.Namespace, lang: str) -> int:
    from edtrainer.core.services import funder, programmes

    doc_lang = getattr(args, "lang", None) or lang
    fmt = args.out.suffix.lower().lstrip(".")
    if fmt not in ("pdf", "xlsx"):
        raise FileError("funder_file_kind", path=str(args.out))
    db = open_db(args)
    try:
        with db.uow() as uow:
            programme_id = programmes.find_programme(uow, args.programme).id if args.programme else None
            report = funder.funder_report(uow, start=args.start, end=args.end, programme_id=programme_id,
                                          lang=doc_lang)
            data = funder.render(uow, report, fmt=fmt, lang=doc_lang)
            from edtrainer.core.files import write_private

            path = write_private(args.out, data, overwrite=True)
            uow.commit()
    finally:
        db.dispose()
    say(i18n.text("funder_written", lang, path=path, count=len(report.cohorts)))
    return EXIT_OK


COMMANDS = {"report": cmd_report}
