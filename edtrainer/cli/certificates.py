"""Certificates: ``certificates issue|reprint|revoke|reissue|badge|register`` and the public register's page,
``register publish``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from edtrainer.cli.inputs import check_target, doc_lang_option, iso_date, passphrase_option, write
from edtrainer.cli.keys import unlock_signer
from edtrainer.cli.opening import open_db
from edtrainer.cli.output import EXIT_OK, date, print_json, say, table
from edtrainer.core import i18n
from edtrainer.core.errors import FileError, ValidationError


def add_arguments(command: str, parser: argparse.ArgumentParser, lang: str) -> None:
    h = i18n.section("cli.documents_help", lang)
    if command == "register":
        rsub_ = parser.add_subparsers(dest="register_command", metavar="ACTION", required=True)
        rpub = rsub_.add_parser("publish", help=h["publish"], description=h["publish"])
        rpub.add_argument("--out", required=True, type=Path, metavar="DIR", help=h["out_page"])
        passphrase_option(rpub, lang)
    else:
        csub = parser.add_subparsers(dest="certificates_command", metavar="ACTION", required=True)
        ci = csub.add_parser("issue", help=h["issue"], description=h["issue"])
        ci.add_argument("--cohort", required=True, help=h["cohort"])
        ci.add_argument("--kind", choices=("programme", "module", "participation"), default="programme", help=h["kind"])
        ci.add_argument("--module", metavar="CODE", help=h["module"])
        ci.add_argument("--trainee", type=int, metavar="ID", help=h["trainee"])
        ci.add_argument("--override", metavar="REDEN", help=h["override"])
        ci.add_argument("--out", type=Path, metavar="DIR", help=h["out_dir"])
        ci.add_argument("--today", type=iso_date, help=h["today"])
        doc_lang_option(ci, lang)
        passphrase_option(ci, lang)
        cr = csub.add_parser("reprint", help=h["reprint"], description=h["reprint"])
        cr.add_argument("number", help=h["number"])
        cr.add_argument("--out", required=True, type=Path, metavar="FILE", help=h["out"])
        cv = csub.add_parser("revoke", help=h["revoke"], description=h["revoke"])
        cv.add_argument("number", help=h["number"])
        cv.add_argument("--reason", required=True, help=h["reason"])
        cx = csub.add_parser("reissue", help=h["reissue"], description=h["reissue"])
        cx.add_argument("number", help=h["number"])
        cx.add_argument("--reason", required=True, help=h["reason"])
        cx.add_argument("--out", type=Path, metavar="FILE", help=h["out"])
        doc_lang_option(cx, lang)
        passphrase_option(cx, lang)
        cb = csub.add_parser("badge", help=h["badge"], description=h["badge"])
        cb.add_argument("number", help=h["number"])
        cb.add_argument("--out", required=True, type=Path, metavar="FILE.jwt", help=h["out"])
        passphrase_option(cb, lang)
        cg = csub.add_parser("register", help=h["register"], description=h["register"])
        cg.add_argument("--cohort", help=h["cohort"])
        fmt = cg.add_mutually_exclusive_group()
        fmt.add_argument("--csv", type=Path, metavar="FILE", help=h["csv"])
        fmt.add_argument("--pdf", type=Path, metavar="FILE", help=h["pdf"])
        fmt.add_argument("--json", action="store_true", help=h["json"])
        cg.add_argument("--public", action="store_true", help=h["public"])
        doc_lang_option(cg, lang)
        passphrase_option(cg, lang)


def cmd_certificates(args: argparse.Namespace, lang: str) -> int:
    command = args.certificates_command
    if command == "issue":
        return _issue(args, lang)
    from edtrainer.core.services import certificates, cohorts

    db = open_db(args)
    try:
        if command == "reprint":
            check_target(args.out)
            with db.uow() as uow:
                pdf = certificates.reprint(uow, number=args.number)
                path = write(args.out, pdf)
                uow.commit()
            say(i18n.text("written", lang, path=path))
        elif command == "badge":
            check_target(args.out)
            with db.uow() as uow:
                token = certificates.badge(uow, number=args.number, signer=unlock_signer(uow, args))
                path = write(args.out, token.encode("ascii"))
                uow.commit()
            say(i18n.text("written", lang, path=path))
        elif command == "revoke":
            with db.uow() as uow:
                row = certificates.revoke(uow, number=args.number, reason=args.reason)
                uow.commit()
            say(i18n.text("revoked_done", lang, number=row.number))
            _page_after(db, None, lang)
        elif command == "reissue":
            if args.out is not None:
                check_target(args.out)
            with db.uow() as uow:
                signer = unlock_signer(uow, args)
                issued = certificates.reissue(uow, number=args.number, signer=signer, reason=args.reason,
                                              lang=args.lang)
                written = write(args.out, issued.pdf) if args.out is not None else None
                uow.commit()
            say(i18n.text("reissued_done", lang, new=issued.number, old=args.number.upper()))
            if written:
                say(i18n.text("written", lang, path=written))
            _page_after(db, signer, lang)
        else:
            return _register(args, lang, db, certificates, cohorts)
    finally:
        db.dispose()
    return EXIT_OK


def _register(args: argparse.Namespace, lang: str, db: Any, certificates: Any, cohorts: Any) -> int:
    target = args.csv or args.pdf
    if target is not None:
        check_target(target)
    with db.uow() as uow:
        cohort_id = cohorts.find_cohort(uow, args.cohort).id if args.cohort else None
        if args.csv:
            path = write(args.csv, certificates.register_csv(uow, cohort_id=cohort_id, lang=lang))
        elif args.pdf:
            path = write(args.pdf, certificates.register_pdf(uow, signer=unlock_signer(uow, args), cohort_id=cohort_id,
                                                              lang=lang, public=args.public))
        else:
            rows = certificates.register(uow, cohort_id=cohort_id)
            path = None
        uow.commit()
    if path is not None:
        say(i18n.text("written", lang, path=path))
        return EXIT_OK
    if args.json:
        print_json([r.as_dict() for r in rows])
        return EXIT_OK
    if not rows:
        say(i18n.text("nothing_found", lang))
        return EXIT_OK
    hd = i18n.section("cli.documents_headers", lang)
    table([hd["number"], hd["kind"], hd["name"], hd["cohort"], hd["issued"], hd["status"], hd["note"]],
          [[r.number, i18n.word(f"kind_{r.kind}", lang) + (f": {r.module}" if r.module else ""), r.trainee,
            r.cohort, date(r.issued_on, lang), i18n.word(r.status, lang),
            certificates._register_note(r, lang)] for r in rows])
    return EXIT_OK


def _issue(args: argparse.Namespace, lang: str) -> int:
    from sqlalchemy import select

    from edtrainer.core.models import Enrolment, Module
    from edtrainer.core.services import certificates, cohorts

    if args.out is not None:
        out = args.out.expanduser()
        if out.exists() and not out.is_dir():
            raise FileError("folder_missing", path=str(out))
        if not out.parent.is_dir():
            raise FileError("folder_missing", path=str(out.parent))
    if args.override and args.trainee is None:
        raise ValidationError("required", field="trainee")
    doc_lang = getattr(args, "lang", None) or lang
    db = open_db(args)
    try:
        with db.uow() as uow:
            cohort = cohorts.find_cohort(uow, args.cohort)
            module_id = None
            if args.kind == "module":
                codes = {code: mid for code, mid in uow.session.execute(select(Module.code, Module.id).where(
                    Module.programme_id == cohort.programme_id).order_by(Module.position))}
                module_id = codes.get((args.module or "").strip().upper())
                if module_id is None:  # say which codes there are, so nobody has to look them up
                    raise ValidationError("module_choose", field="module", codes=", ".join(codes) or "—")
            signer = unlock_signer(uow, args)
            from edtrainer.core.services import issuer as issuer_service

            verify_url = issuer_service.require_issuer(uow).verify_url
            enrolment_id = None
            if args.trainee is not None:
                enrolment_id = uow.session.scalar(select(Enrolment.id).where(
                    Enrolment.trainee_id == args.trainee, Enrolment.cohort_id == cohort.id))
                if enrolment_id is None:
                    raise ValidationError("not_found", field="trainee", what="@enrolment", key=args.trainee)
        if enrolment_id is not None:
            with db.uow() as uow:
                one = certificates.issue_certificate(uow, enrolment_id=enrolment_id, signer=signer, kind=args.kind,
                                                     module_id=module_id, lang=doc_lang, today=args.today,
                                                     override_reason=args.override)
                uow.commit()
            result = certificates.BatchResult(issued=[one])
        else:
            result = certificates.issue_for_cohort(db, cohort_id=cohort.id, signer=signer, kind=args.kind,
                                                   module_id=module_id, lang=doc_lang, today=args.today)
        if result.issued:
            _page_after(db, signer, lang)
    finally:
        db.dispose()
    if args.out is not None and result.issued:
        args.out.expanduser().mkdir(mode=0o700, exist_ok=True)  # a new folder is made, readable by you only
    for issued in result.issued:
        say(i18n.text("issued_one", lang, number=issued.number, trainee=issued.trainee))
        if args.out is not None:
            write(args.out / f"{issued.number.replace('/', '-')}.pdf", issued.pdf)
    for skipped in result.skipped:
        say(i18n.text("skipped_one", lang, line=skipped.line))
    say(i18n.text("issue_summary", lang, issued=len(result.issued), skipped=len(result.skipped)))
    if result.issued and not verify_url:
        say(i18n.text("tip_verify_url", lang))
    return EXIT_OK


def _page_after(db: Any, signer: Any, lang: str) -> None:
    """After a certificate changed: when a folder for the verification page is set (Settings in the app, or the
    preferences), write it again (with the key already unlocked), or say how to."""
    from edtrainer.core import preferences
    from edtrainer.core.services import certificates

    folder = preferences.load().verify_page_folder
    if not folder:
        return
    if signer is None:  # a revocation needs no key: say so rather than ask for a passphrase unasked
        say(i18n.text("page_republish", lang, folder=folder))
        return
    with db.uow() as uow:
        published = certificates.publish_page(uow, signer=signer, out_dir=folder)
        uow.commit()
    say(i18n.text("page_published", lang, path=published.path, count=published.count))


def cmd_register(args: argparse.Namespace, lang: str) -> int:
    from edtrainer.core.services import certificates

    db = open_db(args)
    try:
        with db.uow(write=True) as uow:
            signer = unlock_signer(uow, args)
            published = certificates.publish_page(uow, signer=signer, out_dir=args.out)
            uow.commit()
    finally:
        db.dispose()
    say(i18n.text("page_published", lang, path=published.path, count=published.count))
    if published.without_code:
        say(i18n.text("page_without_code", lang, count=published.without_code))
    from edtrainer.core import preferences

    prefs = preferences.load()
    if prefs.verify_page_folder != str(published.path.parent):  # remembered, as the app does
        prefs.verify_page_folder = str(published.path.parent)
        preferences.save(prefs)
        say(i18n.text("page_remembered", lang))
    return EXIT_OK


COMMANDS = {"certificates": cmd_certificates, "register": cmd_register}
