"""Writing a register's marks as one user action: a key on several trainees, "everyone present", undo.

A screen keeps the marks it shows with their versions; it hands the marks it wants, each with the version
it saw, and gets back the marks as stored, to keep showing. A mark someone else changed meanwhile stops the
whole action with a conflict (nothing is written), as in a form.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from edtrainer.core.services import attendance
from edtrainer.core.services.cohort_register import MarkCell
from edtrainer.core.uow import UnitOfWork


class MarkChange(NamedTuple):
    """One mark to write. ``target``: a status ("present", ...), None to clear, or a whole ``MarkCell`` to
    put in place (undo; or a changed remark or minutes, keeping the status and an apology given in
    advance). ``seen``: the version the screen showed (0: no mark; None: not known, not checked)."""

    session_id: int
    enrolment_id: int
    target: str | MarkCell | None
    seen: int | None = None


def cell_of(mark: Any) -> MarkCell | None:
    """A stored mark as a register holds it."""
    if mark is None:
        return None
    return MarkCell(status=str(mark.status.value), version=mark.version, minutes_present=mark.minutes_present,
                    remark=mark.remark, apology_reason=mark.apology_reason, apology_given_on=mark.apology_given_on)


def set_marks(uow: UnitOfWork, changes: list[MarkChange]) -> list[tuple[int, int, MarkCell | None]]:
    """Write every change, all or nothing; returns (session id, enrolment id, the stored mark or None)."""
    out: list[tuple[int, int, MarkCell | None]] = []
    # In key order, so that two coordinators marking the same cohort never deadlock on a shared database.
    for change in sorted(changes, key=lambda c: (c.session_id, c.enrolment_id)):
        target = change.target
        if isinstance(target, MarkCell):
            mark = attendance.set_attendance(
                uow, session_id=change.session_id, enrolment_id=change.enrolment_id, status=target.status,
                minutes_present=target.minutes_present, remark=target.remark or "",
                apology_reason=target.apology_reason, apology_given_on=target.apology_given_on,
                expected_version=change.seen)
        else:
            mark = attendance.set_attendance(uow, session_id=change.session_id, enrolment_id=change.enrolment_id,
                                           status=target, expected_version=change.seen)
        out.append((change.session_id, change.enrolment_id, cell_of(mark)))
    return out
