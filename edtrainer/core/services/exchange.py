"""Register files for trainers away from the coordinator (``.edtx``): made here, marked by the trainer on
their own laptop (no database, no server), applied here again.

**What a file holds.** Only what recording attendance needs: the cohort's name, the sessions of a period
(date, time, module, place, trainers), the names of the trainees expected at each, which of them sent an
apology in advance (not why), and the marks already recorded. No dates of birth, no contact details, no
remarks, no reasons.

**Protected against changes.** The coordinator's part (``pack``) is sealed with an HMAC-SHA256 whose key
is kept in the coordinator's database only (``app_meta``, key ``exchange``): a file cannot be made up, or
pointed at other sessions or other trainees, without it. The whole file carries a SHA-256 checksum (the
trainer's edtrainer writes it again after each mark) and is written byte for byte in one canonical form: a
byte changed outside edtrainer, by hand or by a damaged stick, is refused with one sentence. Whoever holds
the file can record marks with edtrainer, as whoever holds a paper sign-in sheet can; nothing is stored
before the coordinator has seen it.

**Applied as a three-way merge.** For every mark the file knows three values: what edtrainer had when the
file was made (or last applied), what edtrainer has now, and what the trainer recorded. The trainer's value
is taken where edtrainer did not change in between; where both changed to different values, both are
shown and the coordinator chooses (``conflicts``). What was applied is remembered per file, so applying the
same file again changes nothing; a difference where edtrainer's mark was kept is shown again (and nothing
else), so the coordinator can still follow the file. One transaction, after a verified backup.

**Where.** Making a file and the trainer's side are here; the file and its seal in ``exchange_file``,
applying in ``exchange_apply``; their names are importable from here as before.
"""


from __future__ import annotations

import copy
import datetime as dt
import uuid
from typing import Any

from sqlalchemy import select

from edtrainer.core import audit, clock, i18n
from edtrainer.core.errors import ValidationError
from edtrainer.core.models import AttendanceMark, Cohort, CohortSession
from edtrainer.core.services import _common as v
from edtrainer.core.services.exchange_apply import ApplyPlan, Change, Conflict, Refused, apply, plan_apply
from edtrainer.core.services.exchange_file import (
    FORMAT,
    LETTERS,
    MAX_BYTES,
    META_KEY,
    STATUSES,
    SUFFIX,
    VERSION,
    ExchangeFile,
    _key,
    _key_id,
    _seal,
    read,
    write,
)
from edtrainer.core.text import fold
from edtrainer.core.uow import UnitOfWork

__all__ = [
    "DEFAULT_DAYS_AHEAD", "DEFAULT_DAYS_BACK", "FORMAT", "LETTERS", "MAX_BYTES", "META_KEY", "STATUSES", "SUFFIX",
    "VERSION", "ApplyPlan", "Change", "Conflict",
    "ExchangeFile", "Refused", "apply", "find_session", "find_trainee", "pack", "plan_apply", "read", "register",
    "set_marks", "status_of", "status_word", "write",
]

DEFAULT_DAYS_BACK, DEFAULT_DAYS_AHEAD = 7, 56  #: the period a file holds unless one is given


# --- making a file ----------------------------------------------------------------------------------------

def pack(uow: UnitOfWork, *, cohort_id: int, date_from: dt.date | None = None, date_to: dt.date | None = None,
         trainer_id: int | None = None) -> ExchangeFile:
    """The register file of a cohort's sessions from ``date_from`` to ``date_to`` (default: a week back to eight
    weeks ahead), only one trainer's with ``trainer_id``. Cancelled sessions are left out. Logged as an export
    of personal data (the trainees' names)."""
    from edtrainer.core.models import StaffMember
    from edtrainer.core.services import sessions as sess

    cohort = v.get(uow.session, Cohort, cohort_id, "cohort")
    today = clock.today()
    first = date_from or today - dt.timedelta(days=DEFAULT_DAYS_BACK)
    last = date_to or today + dt.timedelta(days=DEFAULT_DAYS_AHEAD)
    if last < first:
        raise ValidationError("end_before_start", field="date_to", start=first, end=last)
    trainer = v.get(uow.session, StaffMember, trainer_id, "staff") if trainer_id is not None else None
    stmt = (select(CohortSession).where(CohortSession.cohort_id == cohort.id, CohortSession.date >= first,
                                        CohortSession.date <= last, CohortSession.cancelled.is_(False))
            .order_by(CohortSession.date, CohortSession.start_time, CohortSession.id))
    found = [s for s in uow.session.scalars(stmt) if trainer is None or trainer in s.trainers]
    if not found:
        raise ValidationError("exchange_no_sessions", field="date_from", cohort=cohort.name, start=first, end=last)
    marks = {(m.session_id, m.enrolment_id): m for m in uow.session.scalars(
        select(AttendanceMark).where(AttendanceMark.session_id.in_([s.id for s in found])))}
    trainees: dict[int, dict[str, Any]] = {}
    sessions, base, apologies = [], {}, {}
    for s in found:
        expected = sess.expected_enrolments(uow, s)
        for e in expected:
            trainees.setdefault(e.id, {"enrolment": e.id, "name": e.trainee.full_name,
                                       "sort": v.sort_name(e.trainee.given_names, e.trainee.name_prefix,
                                                           e.trainee.family_name)})
        sessions.append({"id": s.id, "date": s.date.isoformat(), "start": s.start_time.strftime("%H:%M"),
                         "minutes": s.duration_minutes, "module": f"{s.module.code} {s.module.title}",
                         "location": s.location, "topic": s.topic, "trainers": [t.full_name for t in s.trainers],
                         "expected": [e.id for e in expected]})
        base[str(s.id)] = {str(e.id): (m.status.value if (m := marks.get((s.id, e.id))) else None)
                           for e in expected}
        apologies[str(s.id)] = [e.id for e in expected
                                if (m := marks.get((s.id, e.id))) is not None and m.apology_given_on is not None]
    secret = _key(uow, create=True)
    assert secret is not None
    body = {"id": uuid.uuid4().hex, "key_id": _key_id(secret), "made_at": clock.now().isoformat(timespec="seconds"),
            "made_by": uow.actor, "cohort": {"id": cohort.id, "name": cohort.name, "programme": cohort.programme.name},
            "period": {"from": first.isoformat(), "to": last.isoformat()},
            "trainer": trainer.full_name if trainer else None,
            "trainees": sorted(trainees.values(), key=lambda t: (fold(t["sort"]), t["enrolment"])),
            "sessions": sessions, "base": base, "apologies": apologies}
    audit.record(uow.session, action="export", entity="cohort", entity_id=cohort.id,
                 details={"what": "exchange_file", "file": body["id"], "sessions": len(sessions),
                          "trainees": len(trainees)})
    return ExchangeFile(pack=body, seal=_seal(secret, body), marks=copy.deepcopy(base))


# --- the trainer's side ------------------------------------------------------------------------------------

def status_of(letter: str | None) -> str | None:
    """A key of the register ('A', 'L', 'E', 'X', '0', or the digits) or a status word, as a status."""
    text = (letter or "").strip()
    if text.upper() in LETTERS:
        return LETTERS[text.upper()]
    if text.lower() in STATUSES:
        return text.lower()
    raise ValidationError("exchange_bad_letter", field="mark", value=text)


def find_session(found: ExchangeFile, when: str) -> dict[str, Any]:
    """A session of the file by its date (``2026-12-03`` or ``3-12-2026``), date and time (``… 13:30``), or
    its number."""
    from edtrainer.core.services.importing import parse_date

    text = when.strip()
    if text.isdigit():
        by_id = [s for s in found.sessions() if str(s["id"]) == text]
        if by_id:
            return by_id[0]
    day_text, _, time_text = text.replace("T", " ").partition(" ")
    try:
        day = parse_date(day_text, today=clock.today())
    except ValueError:
        raise ValidationError("exchange_bad_session", field="session", value=when) from None
    hits = [s for s in found.sessions() if s["date"] == (day.isoformat() if day else "")
            and (not time_text.strip() or s["start"] == time_text.strip().zfill(5))]
    if len(hits) == 1:
        return hits[0]
    if not hits:
        raise ValidationError("exchange_no_such_session", field="session", value=when,
                              dates=", ".join(i18n.format_date(dt.date.fromisoformat(s["date"]))
                                              for s in found.sessions()))
    raise ValidationError("exchange_session_ambiguous", field="session", value=when,
                          times=", ".join(s["start"] for s in hits))


def find_trainee(found: ExchangeFile, session: dict[str, Any], name: str) -> dict[str, Any]:
    """A trainee expected at ``session`` by name: the whole name, or a part only one of them has (accents
    and case do not matter)."""
    wanted = " ".join(fold(name).split())
    people = [found.trainee(e) for e in session["expected"]]
    exact = [p for p in people if " ".join(fold(p["name"]).split()) == wanted]
    hits = exact or [p for p in people if wanted and wanted in " ".join(fold(p["name"]).split())]
    if len(hits) == 1:
        return hits[0]
    if not hits:
        raise ValidationError("exchange_no_such_trainee", field="mark", name=name,
                              date=dt.date.fromisoformat(session["date"]))
    raise ValidationError("exchange_trainee_ambiguous", field="mark", name=name,
                          names=i18n.join_list([p["name"] for p in hits]))


def set_marks(found: ExchangeFile, session_id: int | str, marks: dict[int | str, str | None]) -> int:
    """The trainer records marks (enrolment id -> status, None clears); returns how many changed. A session
    still to come takes only an apology (E). A mark the office had that the trainer clears is not simply
    cleared on applying: the coordinator decides (:func:`plan_apply`)."""
    session = found.session(session_id)
    expected = {str(e) for e in session["expected"]}
    day = dt.date.fromisoformat(session["date"])
    if day > clock.today() and any(st not in (None, "excused") for st in marks.values()):
        raise ValidationError("exchange_not_yet", field="mark", date=day)  # only an apology can come before
    row = found.marks.setdefault(str(session["id"]), {})
    changed = 0
    for eid, status in marks.items():
        if str(eid) not in expected:
            raise ValidationError("exchange_no_such_trainee", field="mark", name=str(eid),
                                  date=dt.date.fromisoformat(session["date"]))
        if status is not None and status not in STATUSES:
            raise ValidationError("exchange_bad_letter", field="mark", value=status)
        if row.get(str(eid)) != status:
            row[str(eid)] = status
            changed += 1
    if changed:
        found.recorded_at = clock.now().isoformat(timespec="seconds")
    return changed




def status_word(status: str | None, lang: str | None = None) -> str:
    """'A aanwezig', 'X afwezig', or 'niet geregistreerd': a letter and a word, as the register shows it."""
    if status is None:
        return i18n.word("not_recorded", lang)
    letter = {"present": "A", "late": "L", "excused": "E", "absent": "X"}[status]
    return f"{letter} {i18n.word(status, lang)}"


def register(found: ExchangeFile) -> list[tuple[dict[str, Any], list[dict[str, Any]]]]:
    """Each session with its expected trainees in name order, as the trainer's register lists them."""
    order = {t["enrolment"]: i for i, t in enumerate(found.pack["trainees"])}
    return [(s, sorted((found.trainee(e) for e in s["expected"]), key=lambda t: order[t["enrolment"]]))
            for s in found.sessions()]

