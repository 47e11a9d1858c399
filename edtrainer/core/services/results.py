"""Module results per enrolment: pending, passed, not passed."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from edtrainer.core.errors import ValidationError
from edtrainer.core.models import Enrolment, Module, ModuleResult, ResultStatus, StaffMember
from edtrainer.core.services import _common as v
from edtrainer.core.uow import UnitOfWork


def record_module_result(uow: UnitOfWork, *, enrolment_id: int, module_id: int, status: ResultStatus | str,
                         decided_on: dt.date | str | None = None, assessor_id: int | None = None,
                         remark: str | None = None, expected_version: int | None = None,
                         today: dt.date | None = None) -> ModuleResult:
    """Set the result of a module for an enrolment (creates it, or changes the existing one)."""
    s = uow.session
    enrolment = v.get(s, Enrolment, enrolment_id, "enrolment")
    module = v.get(s, Module, module_id, "module")
    if module.programme_id != enrolment.cohort.programme_id:
        raise ValidationError("module_other_programme", field="module", module=module.title,
                              cohort=enrolment.cohort.name)
    st = v.choice(status, ResultStatus, "status")
    today = today or dt.date.today()
    day = v.date(decided_on, "date", required=False)
    if st is not ResultStatus.PENDING and day is None:
        day = today
    if day is not None and day > today:
        raise ValidationError("date_in_future", field="date", value=day.isoformat())
    if assessor_id is not None:
        v.get(s, StaffMember, assessor_id, "staff")
    result = s.scalar(select(ModuleResult).where(ModuleResult.enrolment_id == enrolment.id,
                                                 ModuleResult.module_id == module.id))
    if result is None:
        result = ModuleResult(enrolment_id=enrolment.id, module_id=module.id)
        s.add(result)
    else:
        v.check_version(result, expected_version, "module_result", ("status", "decided_on", "remark"))
    result.status = st
    result.decided_on = day
    result.assessor_id = assessor_id
    result.remark = v.text(remark, "remark", max_len=200)
    s.flush()
    return result


def list_results(uow: UnitOfWork, *, enrolment_id: int) -> list[ModuleResult]:
    v.get(uow.session, Enrolment, enrolment_id, "enrolment")
    return list(uow.session.scalars(select(ModuleResult).join(Module)
                                    .where(ModuleResult.enrolment_id == enrolment_id)
                                    .options(selectinload(ModuleResult.module)).order_by(Module.position)))
