"""Trainees from a spreadsheet: the coordinator's existing Excel or CSV list, read in one go.

Read with openpyxl (``.xlsx``: real Excel dates stay dates) or the standard ``csv`` module (UTF-8, UTF-8
with BOM or Windows-1252; ``;``, ``,`` or tab). The header row names the columns: the Dutch names and
their common variants are recognised ("Voornaam", "Roepnaam", "Tussenvoegsel", "Achternaam",
"Geboortedatum", "E-mail", "Telefoon", ...), and ``mapping`` names the others. Dates may be Dutch
(``24-11-2026``, ``4-3-98``), ISO or real Excel dates.

**All or nothing.** Every row goes through the same rules as a trainee typed in the app (the BSN and
free-text rules included), inside one transaction: one bad row and nothing is stored; each problem is
reported with its row number as the spreadsheet shows it (the header is row 1) and its column. A person
already in edtrainer (same name and date of birth, or the same e-mail address), or twice in the file, is
never stored twice: the import stops and asks, unless ``duplicates`` says "update" (fill in what the file
knows) or "skip". A verified backup is made before anything is stored. A column named BSN (or similar) is
never read: edtrainer keeps no BSN.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from edtrainer.core import clock, i18n
from edtrainer.core.errors import EdtrainerError, FileError, ValidationError
from edtrainer.core.models import Cohort, Enrolment, Trainee
from edtrainer.core.text import fold
from edtrainer.core.uow import UnitOfWork

FIELDS = ("given_names", "name_prefix", "family_name", "date_of_birth", "birth_place", "email", "phone")

# Column names as people write them (compared without case, accents, spaces or punctuation).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "given_names": ("voornaam", "voornamen", "officiele voornamen", "given name", "given names", "first name",
                    "firstname", "forename"),
    "call_name": ("roepnaam", "roepnamen", "call name", "nickname"),
    "name_prefix": ("tussenvoegsel", "tussenvoegsels", "tussenv", "voorvoegsel", "prefix", "name prefix"),
    "family_name": ("achternaam", "familienaam", "geslachtsnaam", "surname", "last name", "lastname",
                    "family name"),
    "date_of_birth": ("geboortedatum", "geb datum", "gebdatum", "geboren", "geboren op", "date of birth",
                      "birth date", "birthdate", "dob"),
    "birth_place": ("geboorteplaats", "geboren te", "place of birth", "birth place", "birthplace"),
    "email": ("email", "e mail", "emailadres", "e mailadres", "mail", "mailadres", "email address"),
    "phone": ("telefoon", "telefoonnummer", "tel", "telnr", "mobiel", "mobiel nummer", "gsm", "phone",
              "phone number", "mobile"),
}
NEVER_READ = ("bsn", "burgerservicenummer", "sofinummer", "sofi nummer", "bsn nummer", "iban", "rekeningnummer")


def _key(header: Any) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", fold(str(header or ""))).split())


@dataclass
class Problem:
    row: int | None          #: as the spreadsheet shows it (the header is row 1); None: the whole file
    column: str | None
    message: str
    hint: str | None = None  #: what the user can choose about it: "duplicates", "map" (said by the CLI or app)

    def line(self, lang: str | None = None) -> str:
        where = i18n.text("import_row", lang, row=self.row) if self.row is not None else ""
        column = f"{self.column}: " if self.column else ""
        return f"{where}{column}{self.message}"


@dataclass
class Planned:
    row: int
    values: dict[str, Any]
    action: str                       #: add, update, skip
    existing_id: int | None = None
    existing_name: str | None = None


@dataclass
class ImportReport:
    headers: list[str] = field(default_factory=list)             #: the file's column headers, in order
    columns: dict[str, str] = field(default_factory=dict)        #: field -> column header
    ignored: list[str] = field(default_factory=list)             #: columns not read
    never_read: list[str] = field(default_factory=list)          #: columns refused on principle (BSN)
    rows: list[Planned] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    stored: bool = False
    backup: Any = None
    skipped_rows: list[int] = field(default_factory=list)        #: left out on purpose (``leave_out``)

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)

    def leave_out(self, rows: Iterable[int]) -> None:
        """Rows the coordinator deliberately skips: not stored, and their problems no longer stop the import.
        A problem of the whole file (a column missing) is never skipped."""
        wanted = set(rows)
        known = {p.row for p in self.problems if p.row is not None} | {r.row for r in self.rows}
        self.skipped_rows = sorted(wanted & known)
        self.problems = [p for p in self.problems if p.row is None or p.row not in wanted]
        self.rows = [r for r in self.rows if r.row not in wanted]


@dataclass
class Table:
    headers: list[str]
    rows: list[tuple[int, list[Any]]]  #: (row number as the spreadsheet shows it, cells)


def read_table(path: Path | str) -> Table:
    """The header and the rows of the first sheet of an .xlsx file, or of a .csv file."""
    path = Path(path).expanduser()
    if not path.is_file():
        raise FileError("file_missing", path=str(path))
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    if suffix in (".csv", ".txt"):
        with path.open("rb") as fh:
            if fh.read(4) == b"PK\x03\x04":  # an Excel file saved (or renamed) with .csv at the end
                return _read_xlsx(path)
        return _read_csv(path)
    raise FileError("import_kind", path=str(path))


def _read_xlsx(path: Path) -> Table:
    import zipfile

    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(path.read_bytes()), read_only=True, data_only=True)  # any file name
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        raise FileError("import_unreadable", path=str(path)) from None
    try:
        sheet = book.worksheets[0]
        rows = [(i, list(r)) for i, r in enumerate(sheet.iter_rows(values_only=True), start=1)]
    finally:
        book.close()
    return _split(rows)


def _read_csv(path: Path) -> Table:
    raw = path.read_bytes()
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode text": UTF-16, tabs between the columns
        text = raw.decode("utf-16")
    else:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:  # Excel on Windows saves "CSV" in Windows-1252 (and a stray byte: Latin-1)
            try:
                text = raw.decode("cp1252")
            except UnicodeDecodeError:
                text = raw.decode("latin-1")
    if "\x00" in text:
        raise FileError("import_not_text", path=str(path))
    sample = text[:4096]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=";,\t")
    except csv.Error:
        class Guessed(csv.excel):  # never change the standard library's own csv.excel
            delimiter = ";" if sample.count(";") > sample.count(",") else ","
        dialect = Guessed
    try:
        rows = [(i, list(r)) for i, r in enumerate(csv.reader(io.StringIO(text, newline=""), dialect), start=1)]
    except csv.Error:
        raise FileError("import_not_text", path=str(path)) from None
    return _split(rows)


def _split(rows: list[tuple[int, list[Any]]]) -> Table:
    filled = [(n, r) for n, r in rows if any(c not in (None, "") and str(c).strip() for c in r)]
    if not filled:
        raise FileError("import_empty", path="")
    (_, header), body = filled[0], filled[1:]
    return Table(headers=[str(h).strip() if h is not None else "" for h in header], rows=body)


def recognise(headers: list[str], mapping: dict[str, str] | None = None,
              synonyms: dict[str, tuple[str, ...]] | None = None) -> tuple[dict[str, int], list[str], list[str]]:
    """Which column holds which field (by its name in ``synonyms``, default the trainees', or as ``mapping``
    says: header -> field, or "" for a column not to read); which columns are not read; which are refused on
    principle."""
    synonyms = SYNONYMS if synonyms is None else synonyms
    wanted = {_key(h): f for h, f in (mapping or {}).items()}
    by_field: dict[str, int] = {}
    ignored, refused = [], []
    for index, header in enumerate(headers):
        key = _key(header)
        if not key:
            continue
        if key in NEVER_READ or key.startswith("bsn"):
            refused.append(header)
            continue
        if key in wanted and not wanted[key]:  # told not to read this column
            ignored.append(header)
            continue
        name = wanted.get(key) or next((f for f, names in synonyms.items() if key in names), None)
        if name is None or name in by_field:
            ignored.append(header)
            continue
        by_field[name] = index
    return by_field, ignored, refused


# Tussenvoegsels: written in the family-name column ("van der Veen"), they belong apart, or the list sorts
# her under V and the same person in edtrainer ("Klaas" "van der" "Veen") is not recognised.
PREFIX_WORDS = frozenset({"van", "de", "der", "den", "het", "'t", "t", "ter", "ten", "te", "in", "op", "uit", "aan",
                          "bij", "la", "le", "du", "da", "di", "del", "della", "des", "el", "al", "von", "vom", "zu",
                          "'s"})


def split_prefix(family_name: str) -> tuple[str | None, str]:
    """'van der Veen' -> ('van der', 'Veen'); 'Veen' -> (None, 'Veen'); a name that is only such words stays."""
    words = family_name.split()
    lead = 0
    while lead < len(words) - 1 and words[lead].lower() in PREFIX_WORDS:
        lead += 1
    if lead == 0:
        return None, family_name
    return " ".join(w.lower() for w in words[:lead]), " ".join(words[lead:])


_WRITTEN_DATE = re.compile(r"^\s*(\d{1,2})\s+([a-zé.]+)\s+(\d{4})\s*$")
_MONTHS = (("januari", "jan", "january"), ("februari", "feb", "february"), ("maart", "mrt", "mar", "march"),
           ("april", "apr"), ("mei", "may"), ("juni", "jun", "june"), ("juli", "jul", "july"),
           ("augustus", "aug", "august"), ("september", "sep", "sept"), ("oktober", "okt", "oct", "october"),
           ("november", "nov"), ("december", "dec"))
_DUTCH_DATE = re.compile(r"^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})\s*$")


def parse_date(value: Any, *, today: dt.date) -> dt.date | None:
    """A date as spreadsheets hold them: a real date, ISO (2026-11-24), or Dutch (24-11-2026, 4-3-98)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and 10_000 < value < 80_000:  # an Excel date the file kept as a number
        return dt.date(1899, 12, 30) + dt.timedelta(days=int(value))
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    written = _WRITTEN_DATE.match(text.lower())
    if written is not None:  # "1 januari 1960", "7 mrt. 1984", "3 March 2001"
        month = next((i for i, names in enumerate(_MONTHS, start=1) if written.group(2).rstrip(".") in names), None)
        if month is None:
            raise ValueError(text)
        return dt.date(int(written.group(3)), month, int(written.group(1)))
    found = _DUTCH_DATE.match(text)
    if found is None:
        raise ValueError(text)
    day, month, year = (int(g) for g in found.groups())
    if len(found.group(3)) == 2:  # a birth year of two digits: the century that makes the person at least 14
        year += 2000 if 2000 + year <= today.year - 14 else 1900
    return dt.date(year, month, day)


def _cell(cells: list[Any], index: int | None) -> Any:
    if index is None or index >= len(cells):
        return None
    value = cells[index]
    if isinstance(value, str):
        value = value.strip()
        return value or None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return value


def _field_error(exc: ValidationError, lang: str | None) -> tuple[str | None, str]:
    return exc.field, exc.message(lang)


def plan_trainees(uow: UnitOfWork, path: Path | str, *, mapping: dict[str, str] | None = None,
                  duplicates: str | None = None, lang: str | None = None) -> ImportReport:
    """Read the file and decide, per row, what would be stored; nothing is stored here."""
    from edtrainer.core.services import trainees

    table = read_table(path)
    by_field, ignored, refused = recognise(table.headers, mapping)
    report = ImportReport(headers=table.headers, columns={f: table.headers[i] for f, i in by_field.items()},
                          ignored=ignored, never_read=refused)
    if "given_names" not in by_field and "call_name" in by_field:
        by_field["given_names"] = by_field.pop("call_name")
        report.columns["given_names"] = report.columns.pop("call_name")
    call_name = by_field.get("call_name")  # the official given names first; the call name where they are empty
    for needed in ("given_names", "family_name"):
        if needed not in by_field:
            report.problems.append(Problem(None, None, hint="map", message=i18n.text(
                "import_column_missing", lang, field=i18n.word(needed, lang), columns=", ".join(table.headers))))
    if report.problems:
        return report
    today = clock.today()
    existing = _existing(uow)
    seen: dict[tuple[str, ...], int] = {}
    seen_names: dict[tuple[str, ...], tuple[int, bool]] = {}  # name -> (row, had a date of birth or e-mail)
    for number, cells in table.rows:
        values: dict[str, Any] = {f: _cell(cells, by_field.get(f)) for f in FIELDS}
        if isinstance(values["phone"], int):  # Excel made the number a number: 0612345678 became 612345678
            digits = str(values["phone"])
            values["phone"] = "0" + digits if len(digits) == 9 else digits
        if not values["given_names"] and call_name is not None:
            values["given_names"] = _cell(cells, call_name)
        if not values["name_prefix"] and isinstance(values["family_name"], str):
            values["name_prefix"], values["family_name"] = split_prefix(values["family_name"])
        problems_before = len(report.problems)
        try:
            values["date_of_birth"] = parse_date(values["date_of_birth"], today=today)
        except ValueError:
            report.problems.append(Problem(number, report.columns.get("date_of_birth"),
                                           i18n.text("import_bad_date", lang, value=values["date_of_birth"])))
            values["date_of_birth"] = None
        try:
            clean = trainees._values({k: v for k, v in values.items() if k in trainees.TRAINEE_FIELDS})
        except ValidationError as exc:
            name, message = _field_error(exc, lang)
            report.problems.append(Problem(number, report.columns.get(name or "", name), message))
            continue
        for doubt in trainees.doubts(clean, today=today):  # a file cannot answer a question: refused with a hint
            report.problems.append(Problem(number, report.columns.get(doubt.field or ""),
                                           i18n.text("import_unlikely", lang, reason=doubt.message(lang))))
        if len(report.problems) > problems_before:
            continue
        keys = _identity(clean)
        strong = any(k[0] != "bare" for k in keys)
        names = _names(clean)
        twin = next((seen[k] for k in keys if k in seen), None)
        if twin is None and names in seen_names and not (strong and seen_names[names][1]):
            twin = seen_names[names][0]  # the same name where one of the two rows says nothing more
        if twin is not None:
            report.problems.append(Problem(number, None, i18n.text("import_twice", lang, row=twin)))
            continue
        for k in keys:
            seen[k] = number
        seen_names.setdefault(names, (number, strong))
        matches = {m for k in keys for m in existing.get(k, [])}
        if not matches:
            report.rows.append(Planned(number, clean, "add"))
            continue
        if len({m[0] for m in matches}) > 1:  # more than one person it could be: never guessed
            report.problems.append(Problem(number, None, i18n.text("import_ambiguous", lang, names=", ".join(
                sorted(f"{m[1]} (nr {m[0]})" for m in matches)))))
            continue
        match = next(iter(matches))
        if match[2] != names:  # the same e-mail address, another name: a shared address (a mentor's), not them
            report.problems.append(Problem(number, report.columns.get("email"), i18n.text(
                "import_same_email", lang, name=match[1], id=match[0])))
        elif duplicates in ("update", "skip"):
            action, values = duplicates, clean
            if action == "update":  # fill in: only what edtrainer does not know yet, never the name
                action, values = fill_in(uow.session.get(Trainee, match[0]), clean, keep=NAME_FIELDS)
            report.rows.append(Planned(number, values, action, match[0], match[1]))
        else:
            report.problems.append(Problem(number, None, i18n.text("import_duplicate", lang, name=match[1],
                                                                   id=match[0]), hint="duplicates"))
    return report


NAME_FIELDS = ("given_names", "name_prefix", "family_name")


def fill_in(existing: Any, values: dict[str, Any], *, keep: tuple[str, ...]) -> tuple[str, dict[str, Any]]:
    """'Update' as the coordinator means it: fill in what edtrainer does not know yet; what it knows stays.
    Returns ("update", the fields in ``keep`` plus those to fill) or ("skip", ...) when there is nothing new."""
    fill = {k: v for k, v in values.items() if k not in keep and v not in (None, "")
            and getattr(existing, k, None) in (None, "")}
    return ("update" if fill else "skip"), {**{k: values.get(k) for k in keep}, **fill}


def _names(values: dict[str, Any]) -> tuple[str, ...]:
    return (fold(values["given_names"]), fold(values.get("name_prefix") or ""), fold(values["family_name"]))


def _identity(values: dict[str, Any], *, existing: bool = False) -> list[tuple[str, ...]]:
    """How a person is recognised: name and date of birth, or e-mail address. A row with neither is
    recognised by its name alone (the same file read twice must add nobody); a person in edtrainer is
    always findable by name for such a row."""
    keys: list[tuple[str, ...]] = []
    names = (fold(values["given_names"]), fold(values.get("name_prefix") or ""), fold(values["family_name"]))
    if values.get("date_of_birth"):
        keys.append(("name", *names, values["date_of_birth"].isoformat()))
    if values.get("email"):
        keys.append(("email", values["email"].lower()))
    if existing or not keys:
        keys.append(("bare", *names))
    return keys


def _existing(uow: UnitOfWork) -> dict[tuple[str, ...], list[tuple[int, str, tuple[str, ...]]]]:
    """Every person in edtrainer under each key they can be recognised by (several under one name)."""
    found: dict[tuple[str, ...], list[tuple[int, str, tuple[str, ...]]]] = {}
    for t in uow.session.scalars(select(Trainee)):
        values = {"given_names": t.given_names, "name_prefix": t.name_prefix, "family_name": t.family_name,
                  "date_of_birth": t.date_of_birth, "email": t.email}
        for key in _identity(values, existing=True):
            found.setdefault(key, []).append((t.id, t.full_name, _names(values)))
    return found


def import_trainees(db: Any, path: Path | str, *, cohort_id: int | None = None, mapping: dict[str, str] | None = None,
                    duplicates: str | None = None, dry_run: bool = False, actor: str | None = None,
                    lang: str | None = None, skip_rows: Iterable[int] = ()) -> ImportReport:
    """Plan the import; store it, all or nothing, only when no row has a problem (and not ``dry_run``), after
    a verified backup. With ``cohort_id`` the new (and updated) trainees are enrolled in that cohort; rows in
    ``skip_rows`` are left out on purpose."""
    from edtrainer.core import backups
    from edtrainer.core.services import trainees

    with db.uow(actor) as uow:
        report = plan_trainees(uow, path, mapping=mapping, duplicates=duplicates, lang=lang)
        report.leave_out(skip_rows)
        if cohort_id is not None:
            from edtrainer.core.services._common import get

            get(uow.session, Cohort, cohort_id, "cohort")
    # With "update" and a cohort, someone already in edtrainer with nothing new is still enrolled there.
    enrol_known = cohort_id is not None and duplicates == "update"
    if report.problems or dry_run or not any(r.action in ("add", "update") or (enrol_known and r.existing_id)
                                             for r in report.rows):
        return report
    if db.is_sqlite and not db.read_only:
        report.backup = backups.make(db.path, reason="before-import")

    def store(uow: UnitOfWork) -> None:
        for row in report.rows:
            try:
                if row.action == "add":
                    trainee_id = trainees.create_trainee(uow, **row.values).id
                elif row.action == "update" and row.existing_id is not None:
                    known = {k: v for k, v in row.values.items() if v not in (None, "") and k not in NAME_FIELDS}
                    trainee_id = trainees.update_trainee(uow, trainee_id=row.existing_id, **known).id
                elif enrol_known and row.existing_id is not None:
                    trainee_id = row.existing_id
                else:
                    continue
                if cohort_id is not None:
                    already = uow.session.scalar(select(func.count()).select_from(Enrolment).where(
                        Enrolment.trainee_id == trainee_id, Enrolment.cohort_id == cohort_id))
                    if not already:
                        trainees.enrol(uow, trainee_id=trainee_id, cohort_id=cohort_id)
            except EdtrainerError as exc:  # a rule only the database knows: said for this row, nothing stored
                raise ValidationError("import_row_failed", field="file", row=row.row,
                                      reason=exc.message(lang)) from None
        uow.commit()

    db.run(store, actor=actor)
    report.stored = True
    return report
