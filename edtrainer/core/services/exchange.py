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
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import hmac
import json
import secrets
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from edtrainer.core import audit, clock, i18n
from edtrainer.core.errors import FileError, ValidationError
from edtrainer.core.models import AppMeta, AttendanceMark, AttendanceStatus, Cohort, CohortSession, Enrolment
from edtrainer.core.services import _common as v
from edtrainer.core.text import fold
from edtrainer.core.uow import UnitOfWork

FORMAT = "edtrainer-exchange"
VERSION = 1
SUFFIX = ".edtx"
META_KEY = "exchange"
STATUSES = tuple(s.value for s in AttendanceStatus)
LETTERS = {"A": "present", "P": "present", "1": "present", "L": "late", "2": "late", "E": "excused", "3": "excused",
           "X": "absent", "4": "absent", "0": None}  #: the keys of the keyboard register
DEFAULT_DAYS_BACK, DEFAULT_DAYS_AHEAD = 7, 56
MAX_BYTES = 20 * 1024 * 1024


# --- the file --------------------------------------------------------------------------------------------

def _canonical(obj: Any) -> bytes:
    return (json.dumps(obj, ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode("utf-8")


def _compact(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


@dataclass
class ExchangeFile:
    """A register file as read (checked) or made."""

    pack: dict[str, Any]
    seal: str                                     #: HMAC of the pack with this database's key
    marks: dict[str, dict[str, str | None]]       #: session id -> enrolment id -> status (None: not recorded)
    recorded_at: str | None = None                #: when the trainer last changed a mark
    path: Path | None = None

    # what the trainer sees
    def sessions(self) -> list[dict[str, Any]]:
        return list(self.pack["sessions"])

    def trainee(self, enrolment_id: int | str) -> dict[str, Any]:
        return next(t for t in self.pack["trainees"] if str(t["enrolment"]) == str(enrolment_id))

    def session(self, session_id: int | str) -> dict[str, Any]:
        return next(s for s in self.pack["sessions"] if str(s["id"]) == str(session_id))

    def mark(self, session_id: int | str, enrolment_id: int | str) -> str | None:
        return self.marks.get(str(session_id), {}).get(str(enrolment_id))

    def apology(self, session_id: int | str, enrolment_id: int | str) -> bool:
        return int(enrolment_id) in self.pack["apologies"].get(str(session_id), [])

    def changed(self) -> int:
        """How many marks differ from what edtrainer had when the file was made."""
        base = self.pack["base"]
        return sum(1 for sid, row in self.marks.items() for eid, st in row.items()
                   if base.get(sid, {}).get(eid) != st)

    def _checksum(self) -> str:
        body = {"pack": self.pack, "seal": self.seal, "marks": self.marks, "recorded_at": self.recorded_at}
        return hashlib.sha256(_compact(body)).hexdigest()

    def to_bytes(self) -> bytes:
        return _canonical({"format": FORMAT, "version": VERSION, "pack": self.pack, "seal": self.seal,
                           "marks": self.marks, "recorded_at": self.recorded_at, "checksum": self._checksum()})


def read(path: Path | str) -> ExchangeFile:
    """Read a register file and check that nothing in it changed outside edtrainer (the pack's own seal is
    checked by :func:`plan_apply`, which holds the key)."""
    path = Path(path).expanduser()
    try:
        if path.stat().st_size > MAX_BYTES:
            raise FileError("exchange_not_ours", path=str(path))
        raw = path.read_bytes()
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        raise FileError("file_missing", path=str(path)) from None
    except PermissionError:
        raise FileError("file_unreadable", path=str(path)) from None
    try:
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise FileError("exchange_not_ours", path=str(path))
        if data.get("version") != VERSION:
            raise FileError("exchange_version", path=str(path), version=data.get("version"))
        found = ExchangeFile(pack=data["pack"], seal=data["seal"], marks=data["marks"],
                             recorded_at=data.get("recorded_at"), path=path)
        _check_shape(found)
        whole = found.to_bytes() == raw and hmac.compare_digest(str(data.get("checksum")), found._checksum())
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError, StopIteration):
        ours = raw.lstrip().startswith(b"{") and f'"{FORMAT}"'.encode() in raw[:200_000]
        raise FileError("exchange_changed" if ours else "exchange_not_ours", path=str(path)) from None
    if not whole:
        raise FileError("exchange_changed", path=str(path))
    return found


def _check_shape(found: ExchangeFile) -> None:
    """Every mark belongs to a session in the file and to a trainee expected there, with a known status."""
    sessions = {str(s["id"]): {str(e) for e in s["expected"]} for s in found.pack["sessions"]}
    for sid, row in found.marks.items():
        for eid, status in row.items():
            if eid not in sessions[sid] or (status is not None and status not in STATUSES):
                raise ValueError(sid)


def write(found: ExchangeFile, path: Path | str | None = None) -> Path:
    """Write the file (under a temporary name, then renamed; readable by the user only)."""
    from edtrainer.core.files import write_private

    target = Path(path if path is not None else found.path or "").expanduser()
    if target.suffix.lower() != SUFFIX:
        raise FileError("exchange_suffix", path=str(target))
    found.path = write_private(target, found.to_bytes(), overwrite=True)
    return found.path


# --- the key ----------------------------------------------------------------------------------------------

def _key(uow: UnitOfWork, *, create: bool) -> bytes | None:
    meta = uow.session.get(AppMeta, META_KEY, with_for_update=create)
    if meta is not None and meta.value and meta.value.get("secret"):
        return bytes.fromhex(meta.value["secret"])
    if not create:
        return None
    secret = secrets.token_bytes(32)
    value = {"secret": secret.hex(), "files": {}}
    if meta is None:
        uow.session.add(AppMeta(key=META_KEY, value=value))
    else:
        meta.value = {**(meta.value or {}), **value}
    uow.session.flush()
    return secret


def _key_id(secret: bytes) -> str:
    return hashlib.sha256(b"edtrainer-exchange-key-id" + secret).hexdigest()[:16]


def _seal(secret: bytes, pack: dict[str, Any]) -> str:
    return hmac.new(secret, _compact(pack), hashlib.sha256).hexdigest()


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


# --- applying a file ---------------------------------------------------------------------------------------

@dataclass
class Change:
    session_id: int
    enrolment_id: int
    date: dt.date
    start: str
    trainee: str
    before: str | None          #: in edtrainer now
    after: str | None           #: in the file
    apology: bool = False       #: edtrainer has an apology given in advance, which this change replaces


@dataclass
class Conflict(Change):
    packed: str | None = None   #: what both had when the file was made


@dataclass
class Refused:
    session_id: int
    enrolment_id: int | None    #: None: the whole session
    date: dt.date
    trainee: str | None
    reason: str                 #: a message key


@dataclass
class ApplyPlan:
    file_id: str
    cohort: str
    made_at: str
    changes: list[Change] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    refused: list[Refused] = field(default_factory=list)
    same: int = 0               #: marks the file has that edtrainer already has (or the trainer left alone)
    applied: int = 0
    kept: int = 0               #: conflicts where edtrainer's mark stayed
    backup: Any = None

    @property
    def nothing_to_do(self) -> bool:
        return not self.changes and not self.conflicts


def _bases(uow: UnitOfWork, found: ExchangeFile) -> dict[str, dict[str, str | None]]:
    """Per mark, what edtrainer had when the file was made, or what was last applied from it."""
    meta = uow.session.get(AppMeta, META_KEY)
    applied = ((meta.value or {}).get("files", {}) if meta is not None else {}).get(found.pack["id"], {})
    bases = copy.deepcopy(found.pack["base"])
    for sid, row in applied.get("marks", {}).items():
        bases.setdefault(sid, {}).update(row)
    return bases


def plan_apply(uow: UnitOfWork, found: ExchangeFile) -> ApplyPlan:
    """What applying the file would change, which marks conflict, and which cannot be applied; nothing is
    stored here. A file made by another database, or changed, is refused."""
    secret = _key(uow, create=False)
    if secret is None or found.pack.get("key_id") != _key_id(secret):
        raise FileError("exchange_other_database", path=str(found.path or ""))
    if not hmac.compare_digest(found.seal, _seal(secret, found.pack)):
        raise FileError("exchange_changed", path=str(found.path or ""))
    cohort_id = found.pack["cohort"]["id"]
    plan = ApplyPlan(file_id=found.pack["id"], cohort=found.pack["cohort"]["name"], made_at=found.pack["made_at"])
    bases = _bases(uow, found)
    for info in found.sessions():
        sid = str(info["id"])
        day = dt.date.fromisoformat(info["date"])
        row = found.marks.get(sid, {})
        touched = {eid: st for eid, st in row.items() if st != bases.get(sid, {}).get(eid)}
        plan.same += len(row) - len(touched)
        if not touched:
            continue
        session = uow.session.get(CohortSession, info["id"])
        if session is None or session.cohort_id != cohort_id:
            plan.refused.append(Refused(int(sid), None, day, None, "exchange_session_gone"))
            continue
        if session.cancelled:
            plan.refused.append(Refused(int(sid), None, day, None, "exchange_session_cancelled"))
            continue
        marks = {m.enrolment_id: m for m in uow.session.scalars(
            select(AttendanceMark).where(AttendanceMark.session_id == session.id))}
        for eid, theirs in sorted(touched.items(), key=lambda kv: int(kv[0])):
            name = found.trainee(eid)["name"]
            enrolment = uow.session.get(Enrolment, int(eid))
            if enrolment is None or enrolment.cohort_id != cohort_id:
                plan.refused.append(Refused(int(sid), int(eid), day, name, "exchange_trainee_gone"))
                continue
            if not (enrolment.enrolled_on <= session.date
                    and (enrolment.ended_on is None or session.date <= enrolment.ended_on)
                    and (enrolment.paused_on is None or session.date < enrolment.paused_on)):
                plan.refused.append(Refused(int(sid), int(eid), day, enrolment.trainee.full_name,
                                             "exchange_not_expected"))
                continue
            mark = marks.get(int(eid))
            current = mark.status.value if mark is not None else None
            base = bases.get(sid, {}).get(eid)
            apology = mark is not None and mark.apology_given_on is not None and theirs != current
            who = enrolment.trainee.full_name
            if theirs == current:
                plan.same += 1
            elif current == base and not (theirs is None and current is not None):
                plan.changes.append(Change(session.id, enrolment.id, day, info["start"], who, current, theirs,
                                           apology))
            else:
                plan.conflicts.append(Conflict(session.id, enrolment.id, day, info["start"], who, current, theirs,
                                               apology, packed=base))
    order = {t["enrolment"]: i for i, t in enumerate(found.pack["trainees"])}
    plan.changes.sort(key=lambda c: (c.date, c.start, order.get(c.enrolment_id, 0)))
    plan.conflicts.sort(key=lambda c: (c.date, c.start, order.get(c.enrolment_id, 0)))
    return plan


def apply(db: Any, path: Path | str, *, conflicts: str | dict[tuple[int, int], str] = "keep",
          actor: str | None = None, dry_run: bool = False) -> ApplyPlan:
    """Apply a register file: every change, and each conflict as ``conflicts`` says ("keep" edtrainer's
    mark, "take" the file's, or per (session id, enrolment id)), in one transaction after a verified backup.
    What was applied is remembered, so the same file applied again changes nothing."""
    from edtrainer.core import backups
    from edtrainer.core.services import sessions as sess

    found = read(path)
    with db.uow(actor) as uow:
        plan = plan_apply(uow, found)
    if dry_run:
        return plan

    def choice(c: Conflict) -> str:
        if isinstance(conflicts, str):
            return conflicts
        return conflicts.get((c.session_id, c.enrolment_id), "keep")

    taken = [c for c in plan.conflicts if choice(c) == "take"]
    if (plan.changes or taken) and db.is_sqlite and not db.read_only:
        plan.backup = backups.make(db.path, reason="before-exchange")

    def store(uow: UnitOfWork) -> ApplyPlan:
        again = plan_apply(uow, found)  # as it is now, inside the transaction that writes
        chosen = [c for c in again.conflicts if choice(c) == "take"]
        for change in sorted([*again.changes, *chosen], key=lambda c: (c.session_id, c.enrolment_id)):
            sess.set_attendance(uow, session_id=change.session_id, enrolment_id=change.enrolment_id,
                                status=change.after)
        again.applied = len(again.changes) + len(chosen)
        again.kept = len(again.conflicts) - len(chosen)
        meta = uow.session.get(AppMeta, META_KEY, with_for_update=True)
        assert meta is not None
        value = copy.deepcopy(meta.value)
        done = value.setdefault("files", {}).setdefault(found.pack["id"], {"cohort_id": found.pack["cohort"]["id"]})
        # Remembered as applied: everything but what was refused and the differences where edtrainer's mark
        # stayed (those are shown again next time, so that "--conflicts take" can still follow the file).
        left = {(r.session_id, r.enrolment_id) for r in again.refused}
        left |= {(c.session_id, c.enrolment_id) for c in again.conflicts if choice(c) != "take"}
        marks = done.setdefault("marks", {})
        for sid, row in found.marks.items():
            for eid, status in row.items():
                if (int(sid), int(eid)) not in left and (int(sid), None) not in left:
                    marks.setdefault(sid, {})[eid] = status
        done["applied_at"] = clock.now().isoformat(timespec="seconds")
        meta.value = value
        audit.record(uow.session, action="import", entity="cohort", entity_id=found.pack["cohort"]["id"],
                     details={"what": "exchange_file", "file": found.pack["id"], "applied": again.applied,
                              "kept": again.kept, "refused": len(again.refused)})
        uow.commit()
        again.backup = plan.backup
        return again

    if not plan.changes and not taken:  # nothing to store: edtrainer's marks stay where they differ
        plan.kept = len(plan.conflicts)
        return plan
    return db.run(store, actor=actor)


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

