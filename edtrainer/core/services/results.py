"""Module results per enrolment: pending, passed, not passed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import selectinload

from edtrainer.core import clock
from edtrainer.core.errors import ValidationError
from edtrainer.core.models import Cohort, Enrolment, Module, ModuleResult, ResultStatus, StaffMember, Trainee
from edtrainer.core.services import _common as v
from edtrainer.core.services.readiness import sort_key
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
    today = today or clock.today()
    day = v.date(decided_on, "date", required=False)
    if st is not ResultStatus.PENDING and day is None:
        day = today
    if day is not None and day > today:
        raise ValidationError("date_in_future", field="date", value=day)
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


@dataclass(frozen=True)
class ResultCell:
    status: str
    version: int
    decided_on: dt.date | None
    assessor_id: int | None
    remark: str | None


def set_results(uow: UnitOfWork, changes: list[tuple[int, int, ResultCell | None, int | None]]
                ) -> list[tuple[int, int, ResultCell]]:
    """Several module results as one user action, all or nothing: (enrolment id, module id, the result to
    store or None for "pending", the version the screen showed). Returns the results as stored."""
    out = []
    for eid, mid, target, seen in changes:
        if target is None:
            saved = record_module_result(uow, enrolment_id=eid, module_id=mid, status="pending",
                                         expected_version=seen)
        else:
            saved = record_module_result(uow, enrolment_id=eid, module_id=mid, status=target.status,
                                         decided_on=target.decided_on, assessor_id=target.assessor_id,
                                         remark=target.remark, expected_version=seen)
        out.append((eid, mid, ResultCell(saved.status.value, saved.version, saved.decided_on, saved.assessor_id,
                                         saved.remark)))
    return out


@dataclass(frozen=True)
class CohortResults:
    """Module results of a whole cohort: enrolments x the programme's modules."""

    cohort_id: int
    modules: list[tuple[int, str, str, bool]]        # id, code, title, required
    enrolments: list[tuple[int, str, str]]           # enrolment id, name, enrolment status
    results: dict[tuple[int, int], ResultCell]       # (enrolment id, module id) -> result


def cohort_results(uow: UnitOfWork, *, cohort_id: int) -> CohortResults:
    s = uow.session
    cohort = v.get(s, Cohort, cohort_id, "cohort")
    modules = [(m.id, m.code, m.title, m.required) for m in s.scalars(
        select(Module).where(Module.programme_id == cohort.programme_id).order_by(Module.position, Module.code))]
    people = s.execute(select(Enrolment.id, Trainee.given_names, Trainee.name_prefix, Trainee.family_name,
                              type_coerce(Enrolment.status, String))
                       .join(Trainee, Trainee.id == Enrolment.trainee_id)
                       .where(Enrolment.cohort_id == cohort_id)).all()
    ordered = sorted(people, key=lambda r: sort_key(v.sort_name(r[1], r[2], r[3])))
    enrolments = [(eid, v.full_name(g, p, f), st) for eid, g, p, f, st in ordered]
    results = {(eid, mid): ResultCell(st, ver, day, assessor, remark) for eid, mid, st, ver, day, assessor, remark in
               s.execute(select(ModuleResult.enrolment_id, ModuleResult.module_id,
                                type_coerce(ModuleResult.status, String), ModuleResult.version,
                                ModuleResult.decided_on, ModuleResult.assessor_id, ModuleResult.remark)
                         .join(Enrolment, Enrolment.id == ModuleResult.enrolment_id)
                         .where(Enrolment.cohort_id == cohort_id))}
    return CohortResults(cohort_id=cohort_id, modules=modules, enrolments=enrolments, results=results)
