"""The import commands of the command line: ``edtrainer import trainees FILE``.

Same conventions as the other command modules: Dutch help first, one line a problem on stderr, exit 1 for
a problem with what was asked (here: every bad row, as ``rij N: …``), nothing stored unless all is well.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from edtrainer.core import i18n
from edtrainer.core.errors import ValidationError

EXIT_OK, EXIT_USER = 0, 1

HELP = {
    "nl": {"import": "gegevens inlezen uit een spreadsheet (.xlsx of .csv)",
           "trainees": "cursisten inlezen: alles of niets, met een reservekopie vooraf",
           "file": "het bestand (.xlsx, of .csv in UTF-8 of Windows-1252, met ; of ,)",
           "cohort": "schrijf de cursisten in bij deze groep (naam of nummer)",
           "dry_run": "alleen laten zien wat er zou gebeuren; niets opslaan",
           "duplicates": "wie al in edtrainer staat: update (aanvullen) of skip (overslaan); zonder deze optie "
                         "stopt het inlezen en noemt de rijen",
           "map": "welke kolom welk gegeven is, als edtrainer de kolomnaam niet kent: 'Naam kolom=veld' (veld: "
                  "given_names, name_prefix, family_name, date_of_birth, birth_place, email, phone)"},
    "en": {"import": "read data from a spreadsheet (.xlsx or .csv)",
           "trainees": "read trainees: all or nothing, with a backup first",
           "file": "the file (.xlsx, or .csv in UTF-8 or Windows-1252, with ; or ,)",
           "cohort": "enrol the trainees in this cohort (name or number)",
           "dry_run": "only show what would happen; store nothing",
           "duplicates": "who is already in edtrainer: update (fill in) or skip; without this option the import "
                         "stops and names the rows",
           "map": "which column holds which field, when edtrainer does not know the column name: 'Column name=field' "
                  "(field: given_names, name_prefix, family_name, date_of_birth, birth_place, email, phone)"},
}


def add_parsers(sub: Any, lang: str) -> None:
    h = HELP.get(lang, HELP["nl"])
    imp = sub.add_parser("import", help=h["import"], description=h["import"])
    isub = imp.add_subparsers(dest="import_command", metavar="KIND", required=True)
    tr = isub.add_parser("trainees", help=h["trainees"], description=h["trainees"])
    tr.add_argument("file", type=Path, metavar="FILE", help=h["file"])
    tr.add_argument("--cohort", help=h["cohort"])
    tr.add_argument("--dry-run", action="store_true", help=h["dry_run"])
    tr.add_argument("--duplicates", choices=("update", "skip"), help=h["duplicates"])
    tr.add_argument("--map", action="append", metavar="KOLOM=VELD", help=h["map"])


def _mapping(pairs: list[str] | None) -> dict[str, str]:
    from edtrainer.core.services.importing import FIELDS

    out = {}
    for pair in pairs or []:
        column, _, name = pair.rpartition("=")
        if not column.strip() or name.strip() not in FIELDS:
            raise ValidationError("import_bad_map", field="file", fields=", ".join(FIELDS))
        out[column.strip()] = name.strip()
    return out


def cmd_import(args: argparse.Namespace, lang: str) -> int:
    from edtrainer.cli import _open
    from edtrainer.core.services import cohorts, importing

    mapping = _mapping(args.map)
    db = _open(args)
    try:
        cohort_id = None
        if args.cohort:
            with db.uow() as uow:
                cohort_id = cohorts.find_cohort(uow, args.cohort).id
        report = importing.import_trainees(db, args.file, cohort_id=cohort_id, mapping=mapping,
                                           duplicates=args.duplicates, dry_run=args.dry_run, lang=lang)
    finally:
        db.dispose()
    pairs = ", ".join(f"{i18n.word(f, lang)} ← {c}" for f, c in report.columns.items())
    if pairs:
        print(i18n.text("import_columns", lang, pairs=pairs))
    if report.never_read:
        print(i18n.text("import_never_read", lang, columns=", ".join(report.never_read)))
    if report.ignored:
        print(i18n.text("import_ignored", lang, columns=", ".join(report.ignored)))
    if report.problems:
        print(f"edtrainer: {i18n.text('import_problems', lang)}", file=sys.stderr)
        for problem in report.problems:
            print(problem.line(lang), file=sys.stderr)
        return EXIT_USER
    counts = {"added": report.count("add"), "updated": report.count("update"), "skipped": report.count("skip")}
    if args.dry_run:
        for row in report.rows:
            values = row.values
            born = i18n.format_date(values["date_of_birth"], lang) if values.get("date_of_birth") else ""
            name = " ".join(p for p in (values.get("given_names"), values.get("name_prefix"),
                                        values.get("family_name")) if p)
            what = {"add": "+", "update": "~", "skip": "="}[row.action]
            print(f"{i18n.text('import_row', lang, row=row.row)}{what} {name}  {born}  {values.get('email') or ''}"
                  .rstrip())
        print(i18n.text("import_dry_run", lang, **counts))
        return EXIT_OK
    print(i18n.text("import_done", lang, **counts))
    if report.backup is not None:
        print(i18n.text("backup_made_before", lang, path=report.backup.path))
    return EXIT_OK


COMMANDS = {"import": cmd_import}
