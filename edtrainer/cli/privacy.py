"""The audit log and the privacy statement: ``audit verify|list``, ``privacy``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from edtrainer.cli.opening import open_db, when
from edtrainer.cli.output import EXIT_OK, EXIT_USER, print_json, problem, say, table
from edtrainer.core import i18n

if TYPE_CHECKING:
    import argparse


def add_arguments(command: str, parser: argparse.ArgumentParser, lang: str) -> None:
    h = i18n.section("cli.db_help", lang)
    if command == "privacy":
        return
    asub = parser.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    asub.add_parser("verify", help=h["audit_verify"], description=h["audit_verify"])
    listing = asub.add_parser("list", help=h["audit_list"], description=h["audit_list"])
    listing.add_argument("--trainee", type=int, metavar="ID", help=h["audit_trainee"])
    listing.add_argument("--limit", type=int, default=50, metavar="N", help=h["audit_limit"])
    listing.add_argument("--json", action="store_true", help=h["json"])


def cmd_audit(args: argparse.Namespace, lang: str) -> int:
    from edtrainer.core import audit_chain

    db = open_db(args, upgrade=False)
    try:
        if args.audit_command == "verify":
            with db.engine.connect() as conn:
                report = audit_chain.verify(conn, anchor=audit_chain.read_anchor(db.where))
            if report.ok:
                say(i18n.text("audit_intact", lang, rows=report.rows))
                return EXIT_OK
            problem(i18n.text("audit_broken", lang, problems="; ".join(report.problems)))
            return EXIT_USER
        return _audit_list(db, args, lang)
    finally:
        db.dispose(checkpoint=False)


def _audit_list(db: Any, args: argparse.Namespace, lang: str) -> int:
    from edtrainer.core.services import access

    with db.uow() as uow:
        rows = access.audit_rows(uow, trainee_id=args.trainee, limit=args.limit)
        access.log_access(uow, action="view", entity="audit_log", via="cli", trainee_id=args.trainee,
                          count=len(rows))
        uow.commit()
    if args.json:
        print_json([r.as_dict() for r in rows])
        return EXIT_OK
    if not rows:
        say(i18n.text("nothing_found", lang))
        return EXIT_OK
    hd = i18n.section("cli.audit_headers", lang)
    headers = [hd["id"], hd["when"], hd["who"], hd["what"], hd["about"], hd["fields"]]
    table(headers, [[r.id, when(r.at, lang), r.actor, i18n.word(f"audit_{r.action}", lang),
                     f"{i18n.word(r.entity, lang)} {r.entity_id or ''}".strip(), ", ".join(r.fields)]
                    for r in rows])
    return EXIT_OK


def cmd_privacy(args: argparse.Namespace, lang: str) -> int:
    from edtrainer.core.services import privacy

    db = open_db(args)
    try:
        with db.uow() as uow:
            text = privacy.privacy_statement(uow, lang)
    finally:
        db.dispose()
    say(text, end="")
    return EXIT_OK



COMMANDS = {"audit": cmd_audit, "privacy": cmd_privacy}
