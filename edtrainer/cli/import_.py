"""The import commands of the command line: ``edtrainer import trainees|organisations|sessions FILE``.

Same conventions as the other command modules: Dutch help first, one line a problem on stderr, exit 1 for
a problem with what was asked (here: every bad row, as ``rij N: …``), nothing stored unless all is well.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from edtrainer.cli.opening import open_db
from edtrainer.cli.output import EXIT_OK, EXIT_USER, note, problem, say
from edtrainer.core import i18n
from edtrainer.core.errors import ValidationError


def _fields(kind: str) -> tuple[str, ...]:
    from edtrainer.core.services import import_lists, importing

    return {"trainees": importing.FIELDS, "organisations": import_lists.ORG_FIELDS,
            "sessions": import_lists.SESSION_FIELDS}[kind]


def _rows(text: str) -> list[int]:
    try:
        return [int(part) for part in text.replace(";", ",").split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(i18n.text("import_bad_rows", value=text)) from None


KINDS = ("trainees", "organisations", "sessions")  # import KIND; each one's help is its key in cli.import_help


def add_arguments(command: str, parser: argparse.ArgumentParser, lang: str) -> None:
    h = i18n.section("cli.import_help", lang)
    isub = parser.add_subparsers(dest="import_command", metavar="KIND", required=True)
    for kind in KINDS:
        one = isub.add_parser(kind, help=h[kind], description=h[kind])
        one.add_argument("file", type=Path, metavar="FILE", help=h["file"])
        if kind == "trainees":
            one.add_argument("--cohort", help=h["cohort"])
        elif kind == "sessions":
            one.add_argument("--cohort", required=True, help=h["cohort_sessions"])
        one.add_argument("--dry-run", action="store_true", help=h["dry_run"])
        one.add_argument("--duplicates", choices=("update", "skip"), help=h["duplicates"])
        one.add_argument("--skip-rows", type=_rows, default=[], metavar="N,N", help=h["skip_rows"])
        one.add_argument("--map", action="append", metavar="KOLOM=VELD",
                         help=h["map"].format(fields=", ".join(_fields(kind))))



def _mapping(pairs: list[str] | None, kind: str = "trainees") -> dict[str, str]:
    """--map "Kolom=veld": the field by its name (family_name) or as a column is usually called (Achternaam)."""
    from edtrainer.core.services import import_lists, importing

    fields = _fields(kind)
    synonyms = {"trainees": importing.SYNONYMS, "organisations": import_lists.ORG_SYNONYMS,
                "sessions": import_lists.SESSION_SYNONYMS}[kind]
    out = {}
    for pair in pairs or []:
        column, _, name = pair.rpartition("=")
        key = importing._key(name)
        field = name.strip() if name.strip() in fields else next(
            (f for f, words in synonyms.items() if key in words and (f in fields or f == "call_name")), None)
        if not column.strip() or field is None:
            raise ValidationError("import_bad_map", field="file", fields=", ".join(fields))
        out[column.strip()] = field
    return out


def cmd_import(args: argparse.Namespace, lang: str) -> int:
    from edtrainer.core.services import cohorts, import_lists, importing

    kind = args.import_command
    mapping = _mapping(args.map, kind)
    db = open_db(args)
    try:
        cohort_id = None
        if getattr(args, "cohort", None):
            with db.uow() as uow:
                cohort_id = cohorts.find_cohort(uow, args.cohort).id
        options = {"mapping": mapping, "duplicates": args.duplicates, "dry_run": args.dry_run, "lang": lang,
                   "skip_rows": args.skip_rows}
        if kind == "trainees":
            report = importing.import_trainees(db, args.file, cohort_id=cohort_id, **options)
        elif kind == "organisations":
            report = import_lists.import_organisations(db, args.file, **options)
        else:
            assert cohort_id is not None
            report = import_lists.import_sessions(db, args.file, cohort_id=cohort_id, **options)
    finally:
        db.dispose()
    pairs = ", ".join(f"{_field_word(f, lang)} ← {c}" for f, c in report.columns.items())
    if pairs:
        say(i18n.text("import_columns", lang, pairs=pairs))
    if report.never_read:
        say(i18n.text("import_never_read", lang, columns=", ".join(report.never_read)))
    if report.ignored:
        say(i18n.text("import_ignored", lang, columns=", ".join(report.ignored)))
    if report.skipped_rows:
        say(i18n.text("import_skipped_rows", lang, rows=", ".join(map(str, report.skipped_rows))))
    if report.problems:
        problem(i18n.text("import_problems", lang))
        for row_problem in report.problems:
            note(row_problem.line(lang))
        for hint in sorted({p.hint for p in report.problems if p.hint}):
            note(i18n.text(f"import_hint_{hint}_cli", lang))
        rows = sorted({p.row for p in report.problems if p.row is not None})
        if rows and all(p.row is not None for p in report.problems):
            note(i18n.text("import_problems_skip", lang, rows=",".join(map(str, rows))))
        return EXIT_USER
    counts = {"added": report.count("add"), "updated": report.count("update"), "skipped": report.count("skip")}
    if isinstance(report, import_lists.OrganisationsReport):
        counts.update(c_added=report.count_contacts("add"), c_updated=report.count_contacts("update"),
                      c_skipped=report.count_contacts("skip"))
    if args.dry_run:
        for row in report.rows:
            what = {"add": "+", "update": "~", "skip": "="}[row.action]
            say(f"{i18n.text('import_row', lang, row=row.row)}{what} {_describe(kind, row.values, lang)}".rstrip())
        if isinstance(report, import_lists.OrganisationsReport):
            for row in report.contacts:
                what = {"add": "+", "update": "~", "skip": "="}[row.action]
                say(f"{i18n.text('import_row', lang, row=row.row)}  {what} {row.values['full_name']}"
                    f"  {row.values.get('job_title') or ''}".rstrip())
            say(i18n.text("import_orgs_dry_run", lang, **counts))
        else:
            say(i18n.text("import_dry_run", lang, **counts))
        return EXIT_OK
    say(i18n.text("import_orgs_done" if kind == "organisations" else "import_done", lang, **counts))
    if report.backup is not None:
        say(i18n.text("backup_made_before", lang, path=report.backup.path))
    return EXIT_OK


def _field_word(name: str, lang: str) -> str:
    word = i18n.word({"duration_minutes": "duration"}.get(name, name), lang)
    return word[:1].upper() + word[1:]


def _describe(kind: str, values: dict[str, Any], lang: str) -> str:
    """One row as it will be stored, for --dry-run."""
    if kind == "trainees":
        born = i18n.format_date(values["date_of_birth"], lang) if values.get("date_of_birth") else ""
        name = " ".join(p for p in (values.get("given_names"), values.get("name_prefix"), values.get("family_name"))
                        if p)
        return f"{name}  {born}  {values.get('email') or ''}"
    if kind == "organisations":
        kind = i18n.word(f"org_{values['kind'].value}", lang) if values.get("kind") else ""
        return "  ".join(str(p) for p in (values["name"], kind, values.get("city") or "") if p)
    day = i18n.format_date(values["date"], lang)
    return f"{day} {values['start_time']:%H:%M} ({values['duration_minutes']} min)  {values.get('location') or ''}"



COMMANDS = {"import": cmd_import}
