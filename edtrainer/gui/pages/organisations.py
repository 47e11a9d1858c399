"""Organisations: welfare organisations, municipalities and others where trainees work in tandem, and
their professionals (tandem partners, placement supervisors)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from edtrainer.gui.pages.base import Page
from edtrainer.gui.tr import QT_TRANSLATE_NOOP
from edtrainer.gui.widgets.forms import Field
from edtrainer.gui.widgets.tables import Column, RowTableModel, SearchBox
from edtrainer.gui.widgets.wrap import wrap

KINDS = {
    "welfare": QT_TRANSLATE_NOOP("OrganisationsPage", "welfare organisation"),
    "municipality": QT_TRANSLATE_NOOP("OrganisationsPage", "municipality"),
    "housing": QT_TRANSLATE_NOOP("OrganisationsPage", "housing corporation"),
    "addiction_care": QT_TRANSLATE_NOOP("OrganisationsPage", "addiction care"),
    "social_services": QT_TRANSLATE_NOOP("OrganisationsPage", "social services"),
    "other": QT_TRANSLATE_NOOP("OrganisationsPage", "other"),
}
ORG_FIELDS = ("name", "kind", "address", "city", "email", "phone")
CONTACT_FIELDS = ("full_name", "job_title", "email", "phone")


def kind_word(kind: str) -> str:
    return QCoreApplication.translate("OrganisationsPage", KINDS.get(kind, kind))


class OrganisationsPage(Page):
    name = "organisations"
    areas = frozenset({"organisations", "demo"})

    def title(self) -> str:
        return self.tr("Organisations")

    def __init__(self, ctx: Any, window: Any) -> None:
        super().__init__(ctx, window)
        self.search = SearchBox(self.tr("Search organisations (Ctrl+F)"), self)
        self.layout_.addWidget(self.search)
        split = QSplitter(Qt.Orientation.Vertical, self)
        top = QWidget(split)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        self.model = RowTableModel([
            Column(self.tr("Organisation"), lambda o: o.name),
            Column(self.tr("Kind"), lambda o: kind_word(o.kind.value)),
            Column(self.tr("Place"), lambda o: o.city or ""),
            Column(self.tr("Address"), lambda o: o.address or ""),
            Column(self.tr("E-mail"), lambda o: o.email or ""),
            Column(self.tr("Phone"), lambda o: o.phone or ""),
        ], self)
        self.proxy, self.view = self.searchable_table(
            self.model, top, name=self.tr("Organisations"), object_name="organisations", search=self.search,
            on_activate=self.edit_organisation, on_current=self.show_contacts)
        top_layout.addWidget(self.view, 1)
        self.edit_button = self.button(self.tr("Chan&ge…"), self.edit_organisation, parent=top,
                                       tip=self.tr("Change the chosen organisation"))
        top_layout.addWidget(self.button_row([
            self.button(self.tr("&New organisation…"), self.new_organisation, parent=top,
                        tip=self.tr("Add a welfare organisation where trainees do placements")),
            self.edit_button], top))
        self.needs_row(self.view, self.edit_button)
        bottom = QWidget(split)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        self.contacts_label = QLabel(self.tr("&Professionals"), bottom)
        self.contacts_label.setProperty("role", "heading")
        wrap(self.contacts_label)
        bottom_layout.addWidget(self.contacts_label)
        self.contacts = RowTableModel([
            Column(self.tr("Name"), lambda c: c.full_name),
            Column(self.tr("Job title"), lambda c: c.job_title or ""),
            Column(self.tr("E-mail"), lambda c: c.email or ""),
            Column(self.tr("Phone"), lambda c: c.phone or ""),
        ], self)
        self.contacts_search = SearchBox(self.tr("Search the organisation's professionals"), bottom)
        bottom_layout.addWidget(self.contacts_search)
        self.contacts_proxy, self.contacts_view = self.searchable_table(
            self.contacts, bottom, name=self.tr("Professionals"), search=self.contacts_search,
            on_activate=self.edit_contact)
        self.contacts_label.setBuddy(self.contacts_view)
        bottom_layout.addWidget(self.contacts_view, 1)
        self.edit_contact_button = self.button(self.tr("Change p&rofessional…"), self.edit_contact, parent=bottom,
                                               tip=self.tr("Change the chosen professional's details"))
        bottom_layout.addWidget(self.button_row([
            self.button(self.tr("&Add a professional…"), self.new_contact, parent=bottom,
                        tip=self.tr("Add a professional of the chosen organisation")),
            self.edit_contact_button], bottom))
        self.needs_row(self.contacts_view, self.edit_contact_button)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setChildrenCollapsible(False)
        self.layout_.addWidget(split, 1)
        self._contacts: dict[int, list[Any]] = {}

    def load(self) -> None:
        def fetch(uow: Any) -> Any:
            from edtrainer.core.services import organisations

            orgs = organisations.list_organisations(uow)
            return orgs, {o.id: organisations.list_contacts(uow, organisation_id=o.id) for o in orgs}

        self.read(fetch, self.show_rows)

    def show_rows(self, result: Any) -> None:
        orgs, self._contacts = result
        self.view.refill(self.model, orgs)
        self.show_contacts()
        self.finished_loading()

    def show_contacts(self) -> None:
        org = self.view.current_row()
        self.contacts.set_rows(self._contacts.get(org.id, []) if org else [])
        self.contacts_view.fit_columns()
        if org is not None:
            self.contacts_label.setText(self.tr("&Professionals at %1").replace("%1", org.name))

    def apply_target(self) -> None:
        target, self._target = self._target, {}
        if "organisation_id" in target:
            self.view.select_first(lambda o: o.id == target["organisation_id"])

    def _org_fields(self) -> list[Field]:
        return [
            Field("name", self.tr("Name"), required=True, max_len=160),
            Field("kind", self.tr("Kind"), "choice", choices=[(k, kind_word(k)) for k in KINDS]),
            Field("address", self.tr("Address"), max_len=200, errors=("location",)),
            Field("city", self.tr("Place"), max_len=80),
            Field("email", self.tr("E-mail address"), max_len=254),
            Field("phone", self.tr("Phone number"), max_len=30),
        ]

    def _contact_fields(self) -> list[Field]:
        return [
            Field("full_name", self.tr("Name"), required=True, max_len=120),
            Field("job_title", self.tr("Job title"), max_len=120, errors=("role",)),
            Field("email", self.tr("E-mail address"), max_len=254),
            Field("phone", self.tr("Phone number"), max_len=30),
        ]

    def new_organisation(self) -> None:
        from edtrainer.core.services import organisations

        self.create_record(self.tr("New organisation"), self._org_fields(),
                           lambda uow, **kw: organisations.create_organisation(uow, **kw),
                           values={"kind": "welfare"},
                           select=lambda org: {"organisation_id": org.id})

    def edit_organisation(self) -> None:
        from edtrainer.core.services import organisations

        org = self.view.current_row()
        if org is None:
            return
        old = {k: getattr(org, k) for k in ORG_FIELDS}
        old["kind"] = org.kind.value
        self.edit_record(self.tr("Change %1").replace("%1", org.name), self._org_fields(), old, org.version,
                         lambda uow, **kw: organisations.update_organisation(uow, organisation_id=org.id, **kw))

    def new_contact(self) -> None:
        from edtrainer.core.services import organisations

        org = self.view.current_row()
        if org is None:
            return
        self.create_record(self.tr("New professional at %1").replace("%1", org.name), self._contact_fields(),
                           lambda uow, **kw: organisations.add_contact(uow, organisation_id=org.id, **kw))

    def edit_contact(self) -> None:
        from edtrainer.core.services import organisations

        contact = self.contacts_view.current_row()
        if contact is None:
            return
        old = {k: getattr(contact, k) for k in CONTACT_FIELDS}
        self.edit_record(self.tr("Change %1").replace("%1", contact.full_name), self._contact_fields(), old,
                         contact.version,
                         lambda uow, **kw: organisations.update_contact(uow, contact_id=contact.id, **kw))
