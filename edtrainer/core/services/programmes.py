"""Programmes and their modules: the curriculum and requirements a coordinator configures."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from edtrainer.core.errors import NotFoundError, ValidationError
from edtrainer.core.models import AssessmentKind, ExcusedPolicy, Module, Programme
from edtrainer.core.services import _common as v
from edtrainer.core.uow import UnitOfWork


def _programme_values(values: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if "name" in values:
        out["name"] = v.text(values["name"], "name", max_len=120, required=True)
    if "code" in values:
        out["code"] = (v.text(values["code"], "code", max_len=20, required=True) or "").upper()
    if "description" in values:
        out["description"] = v.text(values["description"], "description", max_len=2000)
    if "nominal_months" in values:
        out["nominal_months"] = v.integer(values["nominal_months"], "nominal_months", low=1, high=120)
    if "certificate_title" in values:
        out["certificate_title"] = v.text(values["certificate_title"], "certificate_title", max_len=200, required=True)
    if "certificate_wording" in values:
        out["certificate_wording"] = v.text(values["certificate_wording"], "description", max_len=2000)
    if "name_en" in values:
        out["name_en"] = v.text(values["name_en"], "name_en", max_len=120)
    if "certificate_title_en" in values:
        out["certificate_title_en"] = v.text(values["certificate_title_en"], "certificate_title_en", max_len=200)
    if "min_attendance_pct" in values:
        out["min_attendance_pct"] = v.integer(values["min_attendance_pct"], "min_attendance", low=0, high=100)
    if "excused_policy" in values:
        out["excused_policy"] = v.choice(values["excused_policy"], ExcusedPolicy, "excused_policy")
    if "required_placement_hours" in values:
        out["required_placement_hours"] = v.integer(values["required_placement_hours"], "required_hours",
                                                    low=0, high=5000)
    if "retention_years" in values:
        out["retention_years"] = v.integer(values["retention_years"], "retention_years", low=1, high=50)
    if "requires_final_evaluation" in values:
        out["requires_final_evaluation"] = bool(values["requires_final_evaluation"])
    return out


def create_programme(uow: UnitOfWork, *, name: str, code: str, certificate_title: str, **values: Any) -> Programme:
    data = _programme_values({"name": name, "code": code, "certificate_title": certificate_title, **values})
    s = uow.session
    v.unique(s, Programme, Programme.name, data["name"], "programme", "name")
    v.unique(s, Programme, Programme.code, data["code"], "programme", "code")
    programme = Programme(**data)
    s.add(programme)
    s.flush()
    return programme


def update_programme(uow: UnitOfWork, *, programme_id: int, expected_version: int | None = None,
                     **values: Any) -> Programme:
    s = uow.session
    programme = v.get(s, Programme, programme_id, "programme")
    data = _programme_values(values)
    v.check_version(programme, expected_version, "programme", tuple(data))
    if "name" in data:
        v.unique(s, Programme, Programme.name, data["name"], "programme", "name", programme.id)
    if "code" in data:
        v.unique(s, Programme, Programme.code, data["code"], "programme", "code", programme.id)
    v.apply(programme, data)
    s.flush()
    return programme


def list_programmes(uow: UnitOfWork) -> list[Programme]:
    return list(uow.session.scalars(select(Programme).order_by(Programme.name)))


def find_programme(uow: UnitOfWork, key: str | int) -> Programme:
    """By id, code or name (case-insensitive)."""
    s = uow.session
    if isinstance(key, int) or str(key).isdigit():
        return v.get(s, Programme, int(key), "programme")
    k = str(key).strip().lower()
    found = s.scalar(select(Programme).where((func.lower(Programme.code) == k) | (func.lower(Programme.name) == k)))
    if found is None:
        raise NotFoundError("not_found", what="@programme", key=key)
    return found


def _module_values(values: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if "code" in values:
        out["code"] = (v.text(values["code"], "code", max_len=20, required=True) or "").upper()
    if "title" in values:
        out["title"] = v.text(values["title"], "title", max_len=120, required=True)
    if "title_en" in values:
        out["title_en"] = v.text(values["title_en"], "title_en", max_len=120)
    if "planned_hours" in values:
        out["planned_hours"] = v.integer(values["planned_hours"], "planned_hours", low=0, high=2000)
    if "position" in values:
        out["position"] = v.integer(values["position"], "position", low=0, high=999)
    if "assessment_kind" in values:
        out["assessment_kind"] = v.choice(values["assessment_kind"], AssessmentKind, "kind")
    if "min_attendance_pct" in values:
        raw = values["min_attendance_pct"]
        out["min_attendance_pct"] = None if raw in (None, "") else v.integer(raw, "min_attendance", low=0, high=100)
    if "required" in values:
        out["required"] = bool(values["required"])
    return out


def _module_code_free(uow: UnitOfWork, programme_id: int, code: str, exclude_id: int | None = None) -> None:
    stmt = select(Module.id).where(Module.programme_id == programme_id, func.lower(Module.code) == code.lower())
    if exclude_id is not None:
        stmt = stmt.where(Module.id != exclude_id)
    if uow.session.scalar(stmt) is not None:
        raise ValidationError("duplicate", field="code", what="@module", value=code)


def add_module(uow: UnitOfWork, *, programme_id: int, code: str, title: str, **values: Any) -> Module:
    s = uow.session
    programme = v.get(s, Programme, programme_id, "programme")
    data = _module_values({"code": code, "title": title, **values})
    _module_code_free(uow, programme.id, data["code"])
    if "position" not in data:
        data["position"] = (s.scalar(select(func.max(Module.position)).where(Module.programme_id == programme.id))
                            or 0) + 1
    module = Module(programme_id=programme.id, **data)
    s.add(module)
    s.flush()
    return module


def update_module(uow: UnitOfWork, *, module_id: int, expected_version: int | None = None, **values: Any) -> Module:
    s = uow.session
    module = v.get(s, Module, module_id, "module")
    data = _module_values(values)
    v.check_version(module, expected_version, "module", tuple(data))
    if "code" in data:
        _module_code_free(uow, module.programme_id, data["code"], module.id)
    v.apply(module, data)
    s.flush()
    return module


def list_modules(uow: UnitOfWork, *, programme_id: int) -> list[Module]:
    return list(uow.session.scalars(select(Module).where(Module.programme_id == programme_id)
                                    .order_by(Module.position, Module.code)))
