"""Applying a register file that came back from a trainer: a three-way merge of each mark (what edtrainer
had when the file was made, what it has now, what the trainer recorded), planned first and then stored in
one transaction after a verified backup. See ``exchange`` for the whole story."""

from __future__ import annotations

import copy
import datetime as dt
import hmac
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from edtrainer.core import audit, clock
from edtrainer.core.errors import FileError
from edtrainer.core.models import AppMeta, AttendanceMark, CohortSession, Enrolment
from edtrainer.core.services.exchange_file import META_KEY, ExchangeFile, _key, _key_id, _seal, read
from edtrainer.core.uow import UnitOfWork


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
    from edtrainer.core.services import attendance

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
            attendance.set_attendance(uow, session_id=change.session_id, enrolment_id=change.enrolment_id,
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

