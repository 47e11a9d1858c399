"""Organisations (with their professionals) and a cohort's sessions from a spreadsheet.

The same reading and the same promises as the trainees' import (``importing``): ``.xlsx`` or ``.csv`` in
any of the usual encodings and separators, Dutch column names and their variants, Dutch, ISO and Excel
dates; every row through the rules the app's own forms use; every problem with its row number and column;
**all or nothing**, after a verified backup; what is already in edtrainer (or twice in the file) never
stored twice: the import stops and asks, unless told to update or skip.

Organisations: one row per professional, the organisation repeated on each (the way such lists are kept),
or one row per organisation without a contact person. Sessions: one row per session of one cohort, the
module by its code or title, trainers by name (known staff only).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from edtrainer.core import clock, formats, i18n
from edtrainer.core.errors import EdtrainerError, ValidationError
from edtrainer.core.models import Cohort, CohortSession, ContactPerson, Organisation, OrganisationKind, StaffMember
from edtrainer.core.services.importing import (
    ImportReport,
    Planned,
    Problem,
    _cell,
    _key,
    fill_in,
    parse_date,
    read_table,
    recognise,
)
from edtrainer.core.text import fold
from edtrainer.core.uow import UnitOfWork

ORG_FIELDS = ("name", "kind", "address", "city", "email", "phone", "contact_name", "contact_job", "contact_email",
              "contact_phone")
ORG_SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("organisatie", "naam organisatie", "organisatienaam", "naam van de organisatie", "instelling",
             "naam", "organisation", "organization", "organisation name", "name"),
    "kind": ("soort", "soort organisatie", "type", "type organisatie", "sector", "kind"),
    "address": ("adres", "bezoekadres", "straat", "straat en huisnummer", "address"),
    "city": ("plaats", "vestigingsplaats", "stad", "woonplaats", "city", "town", "place"),
    "email": ("email", "e mail", "emailadres", "e mailadres", "email organisatie", "algemeen emailadres",
              "email address"),
    "phone": ("telefoon", "telefoonnummer", "tel", "telnr", "telefoon organisatie", "algemeen telefoonnummer",
              "phone", "phone number"),
    "contact_name": ("contactpersoon", "naam contactpersoon", "professional", "tandempartner", "tandem partner",
                     "praktijkbegeleider", "werkbegeleider", "contact", "contact person", "contact name"),
    "contact_job": ("functie", "functie contactpersoon", "job title", "function", "role"),
    "contact_email": ("email contactpersoon", "e mail contactpersoon", "emailadres contactpersoon",
                      "contact email"),
    "contact_phone": ("telefoon contactpersoon", "tel contactpersoon", "telefoonnummer contactpersoon",
                      "mobiel contactpersoon", "mobiel", "contact phone"),
}
KIND_WORDS: dict[str, tuple[str, ...]] = {
    "welfare": ("welzijn", "welzijnsorganisatie", "welzijnswerk", "welfare", "welfare organisation"),
    "municipality": ("gemeente", "municipality"),
    "housing": ("woningcorporatie", "woningbouwvereniging", "wonen", "housing", "housing association"),
    "addiction_care": ("verslavingszorg", "verslaving", "addiction care"),
    "social_services": ("sociale dienst", "sociaal team", "sociaal domein", "social services"),
    "other": ("anders", "overig", "overige", "other"),
}

SESSION_FIELDS = ("date", "start_time", "end_time", "duration_minutes", "module", "location", "topic", "trainers")
SESSION_SYNONYMS: dict[str, tuple[str, ...]] = {
    "date": ("datum", "dag", "datum bijeenkomst", "date", "day"),
    "start_time": ("begintijd", "starttijd", "aanvang", "tijd", "van", "begin", "start", "start time", "time",
                   "from"),
    "end_time": ("eindtijd", "tot", "einde", "eind", "end", "end time", "until", "to"),
    "duration_minutes": ("duur", "duur minuten", "duur in minuten", "minuten", "duration", "minutes"),
    "module": ("module", "onderdeel", "vak", "module code", "code", "lesonderdeel"),
    "location": ("locatie", "plaats", "lokaal", "ruimte", "adres", "location", "place", "room"),
    "topic": ("onderwerp", "thema", "titel", "inhoud", "topic", "subject", "title"),
    "trainers": ("trainer", "trainers", "docent", "docenten", "trainer s", "trainer(s)"),
}


@dataclass
class OrganisationsReport(ImportReport):
    contacts: list[Planned] = field(default_factory=list)   #: values hold "organisation" (the folded name)

    def count_contacts(self, action: str) -> int:
        return sum(1 for r in self.contacts if r.action == action)

    def leave_out(self, rows: Iterable[int]) -> None:
        """As for trainees; an organisation stays when a contact person on a row not skipped belongs to it."""
        wanted = set(rows)
        known = {p.row for p in self.problems if p.row is not None} | {r.row for r in self.rows} | {
            c.row for c in self.contacts}
        self.skipped_rows = sorted(wanted & known)
        self.problems = [p for p in self.problems if p.row is None or p.row not in wanted]
        self.contacts = [c for c in self.contacts if c.row not in wanted]
        needed = {c.values["organisation"] for c in self.contacts}
        self.rows = [r for r in self.rows if r.row not in wanted or fold(r.values["name"]) in needed]


def _missing(report: ImportReport, by_field: dict[str, int], needed: tuple[str, ...], headers: list[str],
             lang: str | None) -> bool:
    for name in needed:
        if name not in by_field:
            report.problems.append(Problem(None, None, hint="map", message=i18n.text(
                "import_column_missing", lang, field=i18n.word(f"import_{name}", lang), columns=", ".join(headers))))
    return bool(report.problems)


def _kind(value: Any) -> OrganisationKind:
    key = _key(value)
    for kind, words in KIND_WORDS.items():
        if key in words or key == kind.replace("_", " ") or key == fold(i18n.word(f"org_{kind}", "nl")):
            return OrganisationKind(kind)
    raise ValidationError("import_bad_kind", field="kind", value=value,
                          choices=", ".join(words[0] for words in KIND_WORDS.values()))


def plan_organisations(uow: UnitOfWork, path: Path | str, *, mapping: dict[str, str] | None = None,
                       duplicates: str | None = None, lang: str | None = None) -> OrganisationsReport:
    """Read the file and decide, per organisation and per contact person, what would be stored."""
    from edtrainer.core.services import organisations

    table = read_table(path)
    by_field, ignored, refused = recognise(table.headers, mapping, ORG_SYNONYMS)
    report = OrganisationsReport(headers=table.headers, columns={f: table.headers[i] for f, i in by_field.items()},
                                 ignored=ignored, never_read=refused)
    if _missing(report, by_field, ("name",), table.headers, lang):
        return report
    existing = {fold(o.name): o for o in uow.session.scalars(select(Organisation))}
    people: dict[tuple[int, str], ContactPerson] = {(c.organisation_id, fold(c.full_name)): c
                                                    for c in uow.session.scalars(select(ContactPerson))}
    orgs: dict[str, Planned] = {}
    contacts_seen: dict[tuple[str, str], int] = {}
    asked: set[str] = set()
    column = report.columns.get
    for number, cells in table.rows:
        raw = {f: _cell(cells, by_field.get(f)) for f in ORG_FIELDS}
        for name in ("phone", "contact_phone"):
            if isinstance(raw[name], int):  # Excel made 0501234567 a number
                digits = str(raw[name])
                raw[name] = "0" + digits if len(digits) == 9 else digits
        try:
            org_values = organisations._org_values({"name": raw["name"], "address": raw["address"],
                                                    "city": raw["city"], "email": raw["email"], "phone": raw["phone"]})
            if raw["kind"] not in (None, ""):  # left empty: the form's default for a new one, unchanged otherwise
                org_values["kind"] = _kind(raw["kind"])
            contact = None
            if any(raw[f] not in (None, "") for f in ("contact_name", "contact_job", "contact_email", "contact_phone")):
                try:
                    contact = organisations._contact_values({
                        "full_name": raw["contact_name"], "job_title": raw["contact_job"],
                        "email": raw["contact_email"], "phone": raw["contact_phone"]})
                except ValidationError as exc:
                    raise ValidationError(exc.key, field={"full_name": "contact_name", "job_title": "contact_job",
                                                          "email": "contact_email", "phone": "contact_phone"}
                                          .get(exc.field or "", exc.field), **{k: v for k, v in exc.params.items()
                                                                              if k != "field"}) from None
        except ValidationError as exc:
            name = {"location": "address"}.get(exc.field or "", exc.field or "")
            report.problems.append(Problem(number, column(name, name or None), exc.message(lang)))
            continue
        key = fold(org_values["name"])
        if key in asked:
            continue  # said once, on its first row
        planned = orgs.get(key)
        if planned is None:
            match = existing.get(key)
            action = "add"
            if match is not None:
                if duplicates not in ("update", "skip"):
                    report.problems.append(Problem(number, column("name"), i18n.text(
                        "import_duplicate", lang, name=match.name, id=match.id), hint="duplicates"))
                    asked.add(key)
                    continue
                action = duplicates
            planned = orgs[key] = Planned(number, org_values, action, match.id if match else None,
                                          match.name if match else None)
            report.rows.append(planned)
        else:  # the organisation again, for its next contact person: what it says must agree
            for name, value in org_values.items():
                if value not in (None, "") and planned.values.get(name) not in (None, "") \
                        and planned.values[name] != value:
                    report.problems.append(Problem(number, column(name), i18n.text(
                        "import_differs", lang, row=planned.row, value=planned.values[name])))
                elif value not in (None, ""):
                    planned.values[name] = value
        if contact is None:
            continue
        if contact.get("full_name") is None:
            report.problems.append(Problem(number, column("contact_name", None),
                                           i18n.text("import_contact_name", lang)))
            continue
        who = (key, fold(contact["full_name"]))
        if who in contacts_seen:
            report.problems.append(Problem(number, column("contact_name"), i18n.text(
                "import_twice_plain", lang, row=contacts_seen[who])))
            continue
        contacts_seen[who] = number
        known = people.get((planned.existing_id, who[1])) if planned.existing_id else None
        action = "add"
        if known is not None:
            if duplicates not in ("update", "skip"):
                report.problems.append(Problem(number, column("contact_name"), i18n.text(
                    "import_duplicate", lang, name=known.full_name, id=known.id), hint="duplicates"))
                continue
            action = duplicates
        report.contacts.append(Planned(number, {**contact, "organisation": key}, action,
                                       known.id if known else None, known.full_name if known else None))
    # "Update" fills in what edtrainer does not know yet (after all rows of an organisation are read).
    for planned in report.rows:
        if planned.action == "update":
            planned.action, planned.values = fill_in(uow.session.get(Organisation, planned.existing_id),
                                                     planned.values, keep=("name",))
    for planned in report.contacts:
        if planned.action == "update":
            planned.action, planned.values = fill_in(uow.session.get(ContactPerson, planned.existing_id),
                                                     planned.values, keep=("full_name", "organisation"))
    return report


def _store(db: Any, report: ImportReport, store: Any, *, actor: str | None, lang: str | None) -> None:
    """A verified backup, then everything in one transaction; a rule only the database knows is said for its
    row, and nothing is stored."""
    from edtrainer.core import backups

    if db.is_sqlite and not db.read_only:
        report.backup = backups.make(db.path, reason="before-import")

    def run(uow: UnitOfWork) -> None:
        at = 0
        try:
            for step in store(uow):
                at = step[0]
                step[1]()
        except EdtrainerError as exc:
            raise ValidationError("import_row_failed", field="file", row=at, reason=exc.message(lang)) from None
        uow.commit()

    db.run(run, actor=actor)
    report.stored = True


def import_organisations(db: Any, path: Path | str, *, mapping: dict[str, str] | None = None,
                         duplicates: str | None = None, dry_run: bool = False, actor: str | None = None,
                         lang: str | None = None, skip_rows: Iterable[int] = ()) -> OrganisationsReport:
    """Plan, and store when no row has a problem (and not ``dry_run``); rows in ``skip_rows`` left out."""
    from edtrainer.core.services import organisations

    with db.uow(actor) as uow:
        report = plan_organisations(uow, path, mapping=mapping, duplicates=duplicates, lang=lang)
        report.leave_out(skip_rows)
    changes = [r for r in [*report.rows, *report.contacts] if r.action in ("add", "update")]
    if report.problems or dry_run or not changes:
        return report

    def steps(uow: UnitOfWork) -> Any:
        ids: dict[str, int] = {}
        for row in report.rows:
            key = fold(row.values["name"])
            if row.action == "add":
                def add(row: Planned = row, key: str = key) -> None:
                    ids[key] = organisations.create_organisation(uow, **row.values).id
                yield row.row, add
            else:
                assert row.existing_id is not None
                ids[key] = row.existing_id
                if row.action == "update":
                    known = {k: v for k, v in row.values.items() if v not in (None, "") and k != "name"}
                    yield row.row, lambda row=row, known=known: organisations.update_organisation(
                        uow, organisation_id=row.existing_id, **known)
        for contact in report.contacts:
            values = {k: v for k, v in contact.values.items() if k != "organisation"}
            if contact.action == "add":
                yield contact.row, lambda c=contact, values=values: organisations.add_contact(
                    uow, organisation_id=ids[c.values["organisation"]], **values)
            elif contact.action == "update":
                known = {k: v for k, v in values.items() if v not in (None, "") and k != "full_name"}
                yield contact.row, lambda c=contact, known=known: organisations.update_contact(
                    uow, contact_id=c.existing_id, **known)

    _store(db, report, steps, actor=actor, lang=lang)
    return report


# --- sessions ----------------------------------------------------------------------------------------------

_TIME = re.compile(r"^\s*(\d{1,2})(?:\s*[:.uh]\s*(\d{2}))?\s*(?:uur)?\s*$")


def parse_time(value: Any) -> dt.time | None:
    """A time as spreadsheets hold it: a real time, a fraction of a day, '9:30', '09.30', '9u30', '13 uur'."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.time().replace(second=0, microsecond=0)
    if isinstance(value, dt.time):
        return value.replace(second=0, microsecond=0)
    if isinstance(value, float) and 0 <= value < 1:
        minutes = round(value * 24 * 60)
        return dt.time(minutes // 60, minutes % 60)
    found = _TIME.match(str(value))
    if found is None:
        raise ValueError(value)
    hour, minute = int(found.group(1)), int(found.group(2) or 0)
    return dt.time(hour, minute)


def _minutes(value: Any) -> int | None:
    """A duration: minutes (180), hours and minutes ('3:00'), or hours ('3 uur', '2,5 uur')."""
    if value in (None, ""):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, dt.time):
        return value.hour * 60 + value.minute
    text = str(value).strip().lower()
    if ":" in text:
        whole, _, part = text.partition(":")
        return int(whole) * 60 + int(part)
    in_hours = re.match(r"^(\d+(?:[.,]\d+)?)\s*(?:uur|u|h|hours?)$", text)
    if in_hours:
        return round(float(in_hours.group(1).replace(",", ".")) * 60)
    return int(float(text.replace(",", ".")))


def _trainer_names(value: Any) -> list[str]:
    if value in (None, ""):
        return []
    return [p.strip() for p in re.split(r"[,;/&+]|\sen\s|\sand\s", str(value)) if p.strip()]


def plan_sessions(uow: UnitOfWork, path: Path | str, *, cohort_id: int, mapping: dict[str, str] | None = None,
                  duplicates: str | None = None, lang: str | None = None) -> ImportReport:
    """Read the file and decide, per row, which session of the cohort would be planned (or updated)."""
    from edtrainer.core.services import _common as v
    from edtrainer.core.services import sessions

    cohort = v.get(uow.session, Cohort, cohort_id, "cohort")
    table = read_table(path)
    by_field, ignored, refused = recognise(table.headers, mapping, SESSION_SYNONYMS)
    report = ImportReport(headers=table.headers, columns={f: table.headers[i] for f, i in by_field.items()},
                          ignored=ignored, never_read=refused)
    if _missing(report, by_field, ("date", "module"), table.headers, lang):
        return report
    modules = {}
    for m in cohort.programme.modules:
        modules[fold(m.code)] = m
        modules[fold(m.title)] = m
    staff = {fold(s.full_name): s for s in uow.session.scalars(select(StaffMember))}
    planned_here = {(s.date, s.start_time): s for s in uow.session.scalars(
        select(CohortSession).where(CohortSession.cohort_id == cohort.id))}
    seen: dict[tuple[dt.date, dt.time], int] = {}
    column = report.columns.get
    today = clock.today()
    for number, cells in table.rows:
        raw = {f: _cell(cells, by_field.get(f)) for f in SESSION_FIELDS}
        before = len(report.problems)

        def problem(name: str, key: str, number: int = number, **params: Any) -> None:
            report.problems.append(Problem(number, column(name), i18n.text(key, lang, **params)))

        try:
            day = parse_date(raw["date"], today=today)
        except ValueError:
            day = None
            problem("date", "import_bad_session_date", value=raw["date"])
        else:
            if day is None:
                problem("date", "import_required")
        times = {}
        for name in ("start_time", "end_time"):
            try:
                times[name] = parse_time(raw[name])
            except ValueError:
                problem(name, "import_bad_time", value=raw[name])
        start = times.get("start_time") or dt.time(9, 30)
        try:
            minutes = _minutes(raw["duration_minutes"])
        except ValueError:
            minutes = None
            problem("duration_minutes", "import_bad_duration", value=raw["duration_minutes"])
        end = times.get("end_time")
        if end is not None:
            minutes = (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
            if minutes <= 0:
                problem("end_time", "import_end_before_start", start=formats.time(start), end=formats.time(end))
        module = modules.get(fold(str(raw["module"] or "")))
        if module is None:
            problem("module", "import_bad_module" if raw["module"] else "import_required", value=raw["module"],
                    modules=", ".join(f"{m.code} ({m.title})" for m in cohort.programme.modules))
        trainer_ids = []
        for name in _trainer_names(raw["trainers"]):
            person = staff.get(fold(name))
            if person is None:
                problem("trainers", "import_bad_trainer", value=name)
            else:
                trainer_ids.append(person.id)
        if len(report.problems) > before:
            continue
        assert day is not None and module is not None
        try:
            values = sessions._session_values({"date": day, "start_time": start, "duration_minutes": minutes or 180,
                                               "location": raw["location"] or cohort.location, "topic": raw["topic"]})
            sessions._check_in_cohort(cohort, day)
        except ValidationError as exc:
            name = {"duration": "duration_minutes", "title": "topic"}.get(exc.field or "", exc.field or "")
            report.problems.append(Problem(number, column(name), exc.message(lang)))
            continue
        values.update(module_id=module.id, trainer_ids=trainer_ids)
        when = (day, start)
        if when in seen:
            problem("date", "import_twice_plain", row=seen[when])
            continue
        seen[when] = number
        match = planned_here.get(when)
        if match is None:
            report.rows.append(Planned(number, values, "add"))
        elif duplicates in ("update", "skip"):
            report.rows.append(Planned(number, values, duplicates, match.id,
                                       f"{i18n.format_date(match.date, lang)} {match.start_time:%H:%M}"))
        else:
            report.problems.append(Problem(number, column("date"), i18n.text(
                "import_session_exists", lang, date=i18n.format_date(day, lang), time=formats.time(start)),
                hint="duplicates"))
    return report


def import_sessions(db: Any, path: Path | str, *, cohort_id: int, mapping: dict[str, str] | None = None,
                    duplicates: str | None = None, dry_run: bool = False, actor: str | None = None,
                    lang: str | None = None, skip_rows: Iterable[int] = ()) -> ImportReport:
    """Plan, and store when no row has a problem (and not ``dry_run``); rows in ``skip_rows`` left out."""
    from edtrainer.core.services import sessions

    with db.uow(actor) as uow:
        report = plan_sessions(uow, path, cohort_id=cohort_id, mapping=mapping, duplicates=duplicates, lang=lang)
        report.leave_out(skip_rows)
    if report.problems or dry_run or not any(r.action in ("add", "update") for r in report.rows):
        return report

    def steps(uow: UnitOfWork) -> Any:
        for row in report.rows:
            values = dict(row.values)
            if row.action == "add":
                yield row.row, lambda values=values: sessions.plan_session(uow, cohort_id=cohort_id, **values)
            elif row.action == "update":  # what the file says; what it leaves empty stays as it was
                known = {k: v for k, v in values.items() if v not in (None, "", [])}
                yield row.row, lambda row=row, known=known: sessions.update_session(
                    uow, session_id=row.existing_id, **known)

    _store(db, report, steps, actor=actor, lang=lang)
    return report
