"""Lists to spreadsheets: ``.xlsx`` (openpyxl: real dates, bold headings, the top row frozen) or ``.csv``
(UTF-8 with BOM, ``;`` in Dutch as Dutch spreadsheets expect), chosen by the file's extension.

Every list a coordinator keeps: trainees (of a cohort, or all), sessions, the attendance of a cohort
(trainees × sessions, a status per cell, each trainee's rate against the threshold), placements, readiness
and the certificate register. Exporting personal data is logged (what, how many, never the values).
Files are written under a temporary name and renamed, readable by the user only.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from edtrainer.core import formats, i18n
from edtrainer.core.errors import FileError, ValidationError
from edtrainer.core.uow import UnitOfWork

KINDS = ("trainees", "sessions", "attendance", "placements", "readiness", "register")
NEEDS_COHORT = ("sessions", "attendance")


@dataclass
class Sheet:
    title: str
    headers: list[Any]                   #: words, or dates (the attendance sheet: one column per session)
    rows: list[list[Any]] = field(default_factory=list)


def _w(key: str, lang: str) -> str:
    return i18n.text(f"export_{key}", lang)


def build(uow: UnitOfWork, kind: str, *, cohort_id: int | None = None, lang: str = "nl") -> Sheet:
    """The list ``kind`` as one sheet of plain values (dates as dates)."""
    if kind not in KINDS:
        raise ValidationError("invalid_choice", field="kind", value=kind, choices=", ".join(KINDS))
    if kind in NEEDS_COHORT and cohort_id is None:
        raise ValidationError("required", field="cohort")
    return {"trainees": _trainees, "sessions": _sessions, "attendance": _attendance, "placements": _placements,
            "readiness": _readiness, "register": _register}[kind](uow, cohort_id, lang)


def _trainees(uow: UnitOfWork, cohort_id: int | None, lang: str) -> Sheet:
    from edtrainer.core.models import Trainee
    from edtrainer.core.services import trainees

    rows = trainees.search_trainees(uow, cohort_id=cohort_id)
    people = {t.id: t for t in uow.session.query(Trainee).filter(Trainee.id.in_([r.trainee_id for r in rows]))}
    sheet = Sheet(_w("trainees", lang), [i18n.word(k, lang) for k in (
        "given_names", "name_prefix", "family_name", "date_of_birth", "birth_place", "email", "phone")]
        + [_w("cohort", lang), _w("status", lang), _w("enrolled_on", lang)])
    for r in rows:
        t = people[r.trainee_id]
        sheet.rows.append([t.given_names, t.name_prefix, t.family_name, t.date_of_birth, t.birth_place, t.email,
                           t.phone, r.cohort, i18n.word(r.status, lang) if r.status else None, r.enrolled_on])
    return sheet


def _sessions(uow: UnitOfWork, cohort_id: int | None, lang: str) -> Sheet:
    from edtrainer.core import clock
    from edtrainer.core.services import sessions

    assert cohort_id is not None
    today = clock.today()
    sheet = Sheet(_w("sessions", lang), [_w(k, lang) for k in ("date", "start", "minutes", "module", "location",
                                                                "topic", "trainers", "status")])
    for s in sessions.list_sessions(uow, cohort_id=cohort_id):
        status = "cancelled" if s.cancelled else ("held" if s.date <= today else "planned")
        sheet.rows.append([s.date, s.start_time.strftime("%H:%M"), s.duration_minutes, s.module.title,
                           s.location or s.cohort.location, s.topic, ", ".join(t.full_name for t in s.trainers),
                           _w(status, lang)])
    return sheet


def _attendance(uow: UnitOfWork, cohort_id: int | None, lang: str) -> Sheet:
    from edtrainer.core.services import sessions

    assert cohort_id is not None
    register = sessions.cohort_register(uow, cohort_id=cohort_id)
    held = [s for s in register.sessions if not s.cancelled]
    sheet = Sheet(_w("attendance", lang), [_w("trainee", lang)] + [s.date for s in held]
                  + [_w("rate", lang), _w("threshold", lang), _w("meets", lang)])
    threshold = register.min_attendance_pct / 100
    for t in register.trainees:
        cells: list[Any] = [t.trainee]
        for s in held:
            mark = register.marks.get((s.id, t.enrolment_id))
            cells.append(i18n.word(mark.status, lang) if mark else ("" if t.expected_at(s.date) else "—"))
        rate = register.rate(register.trainee_tally(t))
        meets = rate is not None and round(rate * 100) >= register.min_attendance_pct
        cells += [None if rate is None else round(rate, 4), threshold, _w("yes" if meets else "no", lang)]
        sheet.rows.append(cells)
    return sheet


def _placements(uow: UnitOfWork, cohort_id: int | None, lang: str) -> Sheet:
    from edtrainer.core.services import placements

    sheet = Sheet(_w("placements", lang), [_w(k, lang) for k in (
        "trainee", "cohort", "organisation", "status", "start", "end", "approved_hours", "pending_hours")])
    for p in placements.placement_rows(uow, cohort_id=cohort_id):
        sheet.rows.append([p.trainee, p.cohort, p.organisation, i18n.word(p.status, lang), p.planned_start,
                           p.ended_on or p.planned_end, round(p.approved_minutes / 60, 2),
                           round(p.pending_minutes / 60, 2)])
    return sheet


def _readiness(uow: UnitOfWork, cohort_id: int | None, lang: str) -> Sheet:
    from edtrainer.core.services import readiness

    rows = (readiness.readiness_for_cohort(uow, cohort_id=cohort_id) if cohort_id is not None
            else readiness.readiness_for(uow))
    sheet = Sheet(_w("readiness", lang), [_w(k, lang) for k in (
        "trainee", "cohort", "ready", "rate", "threshold", "approved_hours", "required_hours", "missing")])
    for r in rows:
        d = r.readiness
        sheet.rows.append([r.trainee, r.cohort, _w("yes" if d.ready else "no", lang),
                           None if d.attendance_rate is None else round(d.attendance_rate, 4), d.required_rate,
                           round(d.approved_hours, 2), d.required_hours, d.summary(lang) if not d.ready else ""])
    return sheet


def _register(uow: UnitOfWork, cohort_id: int | None, lang: str) -> Sheet:
    from edtrainer.core.services import certificates

    sheet = Sheet(_w("register", lang), [_w(k, lang) for k in (
        "number", "kind", "trainee", "cohort", "issued_on", "status", "revoked_on", "reason")])
    for r in certificates.register(uow, cohort_id=cohort_id):
        sheet.rows.append([r.number, i18n.word(f"kind_{r.kind}", lang) + (f": {r.module}" if r.module else ""),
                           r.trainee, r.cohort, r.issued_on, i18n.word(r.status, lang), r.revoked_on, r.reason])
    return sheet


# --- writing ----------------------------------------------------------------------------------------

PERCENT_HEADERS = ("rate", "threshold")


def to_xlsx(sheet: Sheet | list[Sheet], lang: str) -> bytes:
    """One workbook: a sheet per list."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for one in sheet if isinstance(sheet, list) else [sheet]:
        _fill(book.create_sheet(one.title[:31]), one, lang)
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


def _fill(ws: Any, sheet: Sheet, lang: str) -> None:
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    date_format = "DD-MM-YYYY" if lang == "nl" else "YYYY-MM-DD"
    ws.append(sheet.headers)
    for cell in ws[1]:
        cell.font = Font(bold=True)
        if isinstance(cell.value, dt.date):
            cell.number_format = date_format
    percent_cols = {i for i, h in enumerate(sheet.headers, start=1) if h in [_w(k, lang) for k in PERCENT_HEADERS]}
    for row in sheet.rows:
        ws.append(row)
        for cell in ws[ws.max_row]:
            if isinstance(cell.value, dt.date):
                cell.number_format = date_format
            elif cell.column in percent_cols and isinstance(cell.value, (int, float)):
                cell.number_format = "0%"
    ws.freeze_panes = "B2" if sheet.title == _w("attendance", lang) else "A2"
    for i, header in enumerate(sheet.headers, start=1):
        longest = max([len(str(header))] + [len(str(r[i - 1])) for r in sheet.rows if i - 1 < len(r)
                                             and r[i - 1] is not None][:200] or [8])
        ws.column_dimensions[get_column_letter(i)].width = min(60, max(10, longest + 2))


def to_csv(sheet: Sheet, lang: str) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";" if lang == "nl" else ",", lineterminator="\r\n")

    def plain(value: Any) -> Any:
        if isinstance(value, dt.date):
            return formats.table_date(value, lang)
        if isinstance(value, float) and lang == "nl":
            return str(value).replace(".", ",")
        return "" if value is None else value

    writer.writerow([plain(h) for h in sheet.headers])
    for row in sheet.rows:
        writer.writerow([plain(v) for v in row])
    return buf.getvalue().encode("utf-8-sig")


def export(uow: UnitOfWork, kind: str, path: Path | str, *, cohort_id: int | None = None,
           lang: str = "nl") -> tuple[Path, int]:
    """Write the list ``kind`` to ``path`` (.xlsx or .csv); returns the file and the number of rows. Logged."""
    from edtrainer.core import audit
    from edtrainer.core.files import write_private

    target = Path(path).expanduser()
    suffix = target.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise FileError("export_file_kind", path=str(target))
    sheet = build(uow, kind, cohort_id=cohort_id, lang=lang)
    data = to_xlsx(sheet, lang) if suffix == ".xlsx" else to_csv(sheet, lang)
    written = write_private(target, data, overwrite=True)
    audit.record(uow.session, action="export", entity="trainee" if kind != "register" else "certificate",
                 entity_id=None, details={"what": f"list_{kind}", "format": suffix[1:], "count": len(sheet.rows),
                                          "cohort_id": cohort_id})
    return written, len(sheet.rows)
