"""The audit trail: every change to personal data is logged in the same transaction as the change.

A listener on the ORM session writes one ``audit_entry`` row per created, changed or deleted record of
the audited kinds, so no service can forget it. Printing, exporting and viewing are logged explicitly
with :func:`record`. Values of personal fields are never copied into the log, only the fact that they
changed: the log is append-only, and erasing a person must not require rewriting it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session

from edtrainer.core import audit_chain
from edtrainer.core import models as m

AUDITED: dict[type, str] = {
    m.Trainee: "trainee",
    m.Enrolment: "enrolment",
    m.StaffMember: "staff_member",
    m.ContactPerson: "contact_person",
    m.AttendanceMark: "attendance_mark",
    m.Placement: "placement",
    m.HourLogEntry: "hour_log_entry",
    m.Evaluation: "evaluation",
    m.ModuleResult: "module_result",
    m.Certificate: "certificate",
}

# Fields whose values are personal: logged as changed, without the values.
PERSONAL_FIELDS = frozenset({
    "given_names", "name_prefix", "family_name", "full_name", "date_of_birth", "birth_place", "email",
    "phone", "remark", "remarks", "apology_reason", "withdrawal_reason", "activity", "end_reason",
    "revoked_reason", "override_reason", "snapshot", "pdf",
})
_SKIP = frozenset({"version", "created_at", "updated_at", "updated_by"})
REDACTED = "•"



def _changes(obj: Any, action: str) -> dict[str, Any]:
    state = inspect(obj)
    out: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        key = attr.key
        if key in _SKIP or key == "id":
            continue
        hist = state.attrs[key].history
        if action == "update":
            if not hist.has_changes():
                continue
            old = hist.deleted[0] if hist.deleted else None
            new = hist.added[0] if hist.added else None
        elif action == "create":
            new, old = getattr(obj, key), None
            if new is None:
                continue
        else:
            continue
        if key in PERSONAL_FIELDS:
            out[key] = REDACTED
        else:
            out[key] = [m.plain(old), m.plain(new)] if action == "update" else m.plain(new)
    return out


def actor_of(session: Session) -> str:
    return session.info.get("actor") or "unknown"


@event.listens_for(Session, "before_flush")
def _stamp_editor(session: Session, _ctx: Any, _instances: Any) -> None:
    actor = session.info.get("actor")
    if not actor:
        return
    for obj in session.new | session.dirty:
        if isinstance(obj, m.Edited) and (obj in session.new or session.is_modified(obj)):
            obj.updated_by = actor


@event.listens_for(Session, "before_commit")
def _write_pending(session: Session) -> None:
    """The audit rows of this unit of work go in last, just before it commits, chained in the order they
    arose. Last, so that on PostgreSQL the chain's lock is the last lock a transaction takes: one that holds
    it is only committing and waits for nobody, so taking turns for it can never deadlock."""
    session.flush()  # whatever is still pending adds its rows
    rows = session.info.pop("audit_pending", None)
    if rows:
        audit_chain.chain_rows(session, rows)
        session.execute(insert(m.AuditEntry), rows)


@event.listens_for(Session, "after_commit")
@event.listens_for(Session, "after_rollback")
def _forget_pending(session: Session) -> None:
    session.info.pop("audit_pending", None)
    audit_chain.forget_position(session)


def record_as_written(session: Session, row: dict[str, Any]) -> None:
    """Write a row of an earlier log again, as it was (when, who, what): after a restore, the rows the
    backup did not have yet. It is chained like any new row."""
    if session.info.get("read_only"):
        return
    _pend(session, {k: row[k] for k in ("at", "actor", "action", "entity", "entity_id", "changes")})


def _pend(session: Session, row: dict[str, Any]) -> None:
    session.info.setdefault("audit_pending", []).append(row)


@event.listens_for(Session, "after_flush")
def _log_changes(session: Session, _ctx: Any) -> None:
    rows = []
    now = m.utcnow()
    actor = actor_of(session)
    for objs, action in ((session.new, "create"), (session.dirty, "update"), (session.deleted, "delete")):
        for obj in objs:
            entity = AUDITED.get(type(obj))
            if entity is None:
                continue
            changes = _changes(obj, action)
            if action == "update" and not changes:
                continue
            rows.append({"at": now, "actor": actor, "action": action, "entity": entity,
                         "entity_id": obj.id, "changes": changes or None})
    for row in rows:
        _pend(session, row)


def record(session: Session, *, action: str, entity: str, entity_id: int | None,
           details: dict[str, Any] | None = None) -> None:
    """Log an act that changes nothing but touches personal data: print, export, view, erase.

    Not in a database opened read-only because it is damaged: nothing at all is written to it then.
    """
    if session.info.get("read_only"):
        return
    _pend(session, {"at": m.utcnow(), "actor": actor_of(session), "action": action, "entity": entity,
                    "entity_id": entity_id, "changes": details})
