"""Logging access to personal data that changes nothing: viewing lists, exporting, printing."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from edtrainer.core import audit
from edtrainer.core.uow import UnitOfWork


def log_access(uow: UnitOfWork, *, action: str, entity: str, entity_id: int | None = None,
               **details: Any) -> None:
    """Record that personal data was viewed, exported or printed. The caller commits."""
    if action not in ("view", "export", "print"):
        raise ValueError(f"unknown access action {action!r}")
    audit.record(uow.session, action=action, entity=entity, entity_id=entity_id, details=details or None)


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    actor: str
    action: str
    entity: str
    entity_id: int | None
    fields: tuple[str, ...]  #: which fields changed (never their values), or what was shown or exported

    def as_dict(self) -> dict[str, Any]:
        at = self.at.replace(tzinfo=dt.UTC) if self.at.tzinfo is None else self.at.astimezone(dt.UTC)
        return {"id": self.id, "at": at.isoformat(), "actor": self.actor, "action": self.action,
                "entity": self.entity, "entity_id": self.entity_id, "fields": list(self.fields)}


def about_trainee(uow: UnitOfWork, trainee_id: int) -> Any:
    """A condition on audit rows: those about this person (their record, enrolments, marks, placements,
    hours, evaluations, results, certificates, and what was shown, printed or exported of them)."""
    from sqlalchemy import and_, or_, select

    from edtrainer.core import models as m

    enrolments = select(m.Enrolment.id).where(m.Enrolment.trainee_id == trainee_id)
    placements = select(m.Placement.id).where(m.Placement.enrolment_id.in_(enrolments))
    parts = [
        and_(m.AuditEntry.entity == "trainee", m.AuditEntry.entity_id == trainee_id),
        and_(m.AuditEntry.entity == "enrolment", m.AuditEntry.entity_id.in_(enrolments)),
        and_(m.AuditEntry.entity == "placement", m.AuditEntry.entity_id.in_(placements)),
    ]
    owned: tuple[tuple[str, Any, Any, Any], ...] = (  # entity, its id, the column naming the owner, the owners
        ("attendance_mark", m.AttendanceMark.id, m.AttendanceMark.enrolment_id, enrolments),
        ("module_result", m.ModuleResult.id, m.ModuleResult.enrolment_id, enrolments),
        ("certificate", m.Certificate.id, m.Certificate.enrolment_id, enrolments),
        ("hour_log_entry", m.HourLogEntry.id, m.HourLogEntry.placement_id, placements),
        ("evaluation", m.Evaluation.id, m.Evaluation.placement_id, placements))
    for entity, id_column, owner, owners in owned:
        parts.append(and_(m.AuditEntry.entity == entity,
                          m.AuditEntry.entity_id.in_(select(id_column).where(owner.in_(owners)))))
    return or_(*parts)


ACTIONS = ("create", "update", "delete", "view", "print", "export", "erase", "restore", "encrypt", "decrypt")


def audit_rows(uow: UnitOfWork, *, trainee_id: int | None = None, actor: str | None = None,
               action: str | None = None, since: dt.date | None = None, until: dt.date | None = None,
               limit: int = 50) -> list[AuditRow]:
    """The audit log, newest first; only what concerns one person when ``trainee_id`` is given, only what
    one person did (``actor``), one kind of act, and days from ``since`` to ``until`` (local days)."""
    from sqlalchemy import select

    from edtrainer.core import models as m

    stmt = select(m.AuditEntry).order_by(m.AuditEntry.id.desc()).limit(max(1, min(limit, 100_000)))
    if trainee_id is not None:
        stmt = stmt.where(about_trainee(uow, trainee_id))
    if actor:
        stmt = stmt.where(m.AuditEntry.actor == actor)
    if action:
        stmt = stmt.where(m.AuditEntry.action == action)
    if since is not None:
        start = dt.datetime.combine(since, dt.time()).astimezone().astimezone(dt.UTC)
        stmt = stmt.where(m.AuditEntry.at >= (start.replace(tzinfo=None) if uow.db.is_sqlite else start))
    if until is not None:
        end = dt.datetime.combine(until + dt.timedelta(days=1), dt.time()).astimezone().astimezone(dt.UTC)
        stmt = stmt.where(m.AuditEntry.at < (end.replace(tzinfo=None) if uow.db.is_sqlite else end))
    out = []
    for entry in uow.session.scalars(stmt):
        changes = entry.changes if isinstance(entry.changes, dict) else {}
        out.append(AuditRow(id=entry.id, at=entry.at, actor=entry.actor, action=entry.action, entity=entry.entity,
                            entity_id=entry.entity_id, fields=tuple(sorted(changes))))
    return out


def audit_actors(uow: UnitOfWork) -> list[str]:
    """Everyone who appears in the audit log, for a filter."""
    from sqlalchemy import select

    from edtrainer.core import models as m

    return sorted(uow.session.scalars(select(m.AuditEntry.actor).distinct()))
