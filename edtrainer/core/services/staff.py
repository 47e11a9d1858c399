"""Staff: coordinators, trainers and buddies (maatjes)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from edtrainer.core.models import StaffMember, StaffRole
from edtrainer.core.services import _common as v
from edtrainer.core.uow import UnitOfWork


def _values(values: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if "full_name" in values:
        out["full_name"] = v.text(values["full_name"], "full_name", max_len=120, required=True)
    if "role" in values:
        out["role"] = v.choice(values["role"], StaffRole, "role")
    if "email" in values:
        out["email"] = v.email(values["email"])
    if "phone" in values:
        out["phone"] = v.phone(values["phone"])
    if "active" in values:
        out["active"] = bool(values["active"])
    return out


def create_staff(uow: UnitOfWork, *, full_name: str, role: StaffRole | str, **values: Any) -> StaffMember:
    member = StaffMember(**_values({"full_name": full_name, "role": role, **values}))
    uow.session.add(member)
    uow.session.flush()
    return member


def update_staff(uow: UnitOfWork, *, staff_id: int, expected_version: int | None = None, **values: Any) -> StaffMember:
    member = v.get(uow.session, StaffMember, staff_id, "staff")
    data = _values(values)
    v.check_version(member, expected_version, "staff", tuple(data))
    v.apply(member, data)
    uow.session.flush()
    return member


def list_staff(uow: UnitOfWork, *, role: StaffRole | str | None = None, active_only: bool = True) -> list[StaffMember]:
    stmt = select(StaffMember).order_by(StaffMember.full_name)
    if role is not None:
        stmt = stmt.where(StaffMember.role == v.choice(role, StaffRole, "role"))
    if active_only:
        stmt = stmt.where(StaffMember.active.is_(True))
    return list(uow.session.scalars(stmt))
