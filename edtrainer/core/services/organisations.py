"""Organisations (welfare organisations, municipalities, ...) and their professionals."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from edtrainer.core.models import ContactPerson, Organisation, OrganisationKind
from edtrainer.core.services import _common as v
from edtrainer.core.uow import UnitOfWork


def _org_values(values: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if "name" in values:
        out["name"] = v.text(values["name"], "name", max_len=160, required=True)
    if "kind" in values:
        out["kind"] = v.choice(values["kind"], OrganisationKind, "kind")
    if "address" in values:
        out["address"] = v.text(values["address"], "location", max_len=200)
    if "city" in values:
        out["city"] = v.text(values["city"], "city", max_len=80)
    if "email" in values:
        out["email"] = v.email(values["email"])
    if "phone" in values:
        out["phone"] = v.phone(values["phone"])
    return out


def create_organisation(uow: UnitOfWork, *, name: str, **values: Any) -> Organisation:
    data = _org_values({"name": name, **values})
    v.unique(uow.session, Organisation, Organisation.name, data["name"], "organisation", "name")
    org = Organisation(**data)
    uow.session.add(org)
    uow.session.flush()
    return org


def update_organisation(uow: UnitOfWork, *, organisation_id: int, expected_version: int | None = None,
                        **values: Any) -> Organisation:
    org = v.get(uow.session, Organisation, organisation_id, "organisation")
    data = _org_values(values)
    v.check_version(org, expected_version, "organisation", tuple(data))
    if "name" in data:
        v.unique(uow.session, Organisation, Organisation.name, data["name"], "organisation", "name", org.id)
    v.apply(org, data)
    uow.session.flush()
    return org


def list_organisations(uow: UnitOfWork, *, query: str = "") -> list[Organisation]:
    stmt = select(Organisation).order_by(Organisation.name)
    for word in query.split():
        stmt = stmt.where(func.lower(Organisation.name).like(f"%{word.lower()}%"))
    return list(uow.session.scalars(stmt))


def _contact_values(values: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if "full_name" in values:
        out["full_name"] = v.text(values["full_name"], "full_name", max_len=120, required=True)
    if "job_title" in values:
        out["job_title"] = v.text(values["job_title"], "role", max_len=120)
    if "email" in values:
        out["email"] = v.email(values["email"])
    if "phone" in values:
        out["phone"] = v.phone(values["phone"])
    return out


def add_contact(uow: UnitOfWork, *, organisation_id: int, full_name: str, **values: Any) -> ContactPerson:
    org = v.get(uow.session, Organisation, organisation_id, "organisation")
    contact = ContactPerson(organisation=org, **_contact_values({"full_name": full_name, **values}))
    uow.session.add(contact)
    uow.session.flush()
    return contact


def update_contact(uow: UnitOfWork, *, contact_id: int, expected_version: int | None = None,
                   **values: Any) -> ContactPerson:
    contact = v.get(uow.session, ContactPerson, contact_id, "contact")
    data = _contact_values(values)
    v.check_version(contact, expected_version, "contact", tuple(data))
    v.apply(contact, data)
    uow.session.flush()
    return contact


def list_contacts(uow: UnitOfWork, *, organisation_id: int) -> list[ContactPerson]:
    v.get(uow.session, Organisation, organisation_id, "organisation")
    return list(uow.session.scalars(select(ContactPerson).where(ContactPerson.organisation_id == organisation_id)
                                    .order_by(ContactPerson.full_name)))
