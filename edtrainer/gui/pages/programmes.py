"""Programme & modules: the curriculum and the requirements a coordinator configures, and the team."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from edtrainer.gui.pages.base import Page
from edtrainer.gui.tr import QT_TRANSLATE_NOOP
from edtrainer.gui.widgets.fit_rows import keep_fitted
from edtrainer.gui.widgets.forms import Field
from edtrainer.gui.widgets.tables import Column, RowTableModel, SearchBox
from edtrainer.gui.widgets.wrap import wrap

EXCUSED = {
    "exclude": QT_TRANSLATE_NOOP("ProgrammesPage", "left out of the rate"),
    "present": QT_TRANSLATE_NOOP("ProgrammesPage", "count as present"),
    "absent": QT_TRANSLATE_NOOP("ProgrammesPage", "count as absent"),
}
ASSESSMENT = {
    "none": QT_TRANSLATE_NOOP("ProgrammesPage", "none"),
    "assignment": QT_TRANSLATE_NOOP("ProgrammesPage", "assignment"),
    "presentation": QT_TRANSLATE_NOOP("ProgrammesPage", "presentation"),
    "portfolio": QT_TRANSLATE_NOOP("ProgrammesPage", "portfolio"),
    "exam": QT_TRANSLATE_NOOP("ProgrammesPage", "exam"),
    "observation": QT_TRANSLATE_NOOP("ProgrammesPage", "observation"),
}
ROLES = {
    "coordinator": QT_TRANSLATE_NOOP("ProgrammesPage", "coordinator"),
    "trainer": QT_TRANSLATE_NOOP("ProgrammesPage", "trainer"),
    "buddy": QT_TRANSLATE_NOOP("ProgrammesPage", "buddy (maatje)"),
}


def _t(table: dict[str, str], key: str) -> str:
    return QCoreApplication.translate("ProgrammesPage", table.get(key, key))


def yes_no(value: bool) -> str:
    return "✓ " + QCoreApplication.translate("ProgrammesPage", "yes") if value else \
        "— " + QCoreApplication.translate("ProgrammesPage", "no")


PROGRAMME_FIELDS = ("name", "code", "description", "nominal_months", "certificate_title", "certificate_wording",
                    "name_en", "certificate_title_en", "min_attendance_pct", "excused_policy",
                    "required_placement_hours", "requires_final_evaluation", "retention_years")
MODULE_FIELDS = ("code", "title", "title_en", "planned_hours", "position", "assessment_kind", "min_attendance_pct",
                 "required")
STAFF_FIELDS = ("full_name", "role", "email", "phone", "active")


class ProgrammesPage(Page):
    name = "programmes"
    areas = frozenset({"programmes", "staff", "demo"})

    def title(self) -> str:
        return self.tr("Programme & modules")

    def __init__(self, ctx: Any, window: Any) -> None:
        super().__init__(ctx, window)
        self.tabs = QTabWidget(self)
        self.layout_.addWidget(self.tabs, 1)

        split = QSplitter(Qt.Orientation.Vertical, self.tabs)
        top = QWidget(split)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        self.programmes = RowTableModel([
            Column(self.tr("Programme"), lambda p: p.name),
            Column(self.tr("Code"), lambda p: p.code),
            Column(self.tr("Months"), lambda p: p.nominal_months, align=Qt.AlignmentFlag.AlignRight),
        ], self)
        # An organisation runs a programme or two with a dozen modules: sortable lists that fit on one
        # screen, so they have no search field of their own.
        self.programme_proxy, self.programme_view = self.searchable_table(
            self.programmes, top, name=self.tr("Programmes"), object_name="programmes",
            on_activate=self.edit_programme, on_current=self.show_modules)
        top_layout.addWidget(self.programme_view)
        keep_fitted(self.programme_view)  # as tall as its rows: the modules get the rest of the page
        # The requirements in words under the list, where they are read without scrolling sideways.
        self.requirements_label = QLabel(top)
        self.requirements_label.setObjectName("requirements")
        wrap(self.requirements_label)
        top_layout.addWidget(self.requirements_label)
        self.edit_programme_button = self.button(self.tr("&Change programme…"), self.edit_programme, parent=top,
                                                 tip=self.tr("Change the chosen programme and its requirements"))
        top_layout.addWidget(self.button_row([
            self.button(self.tr("&New programme…"), self.new_programme, parent=top,
                        tip=self.tr("Add a programme with its requirements")),
            self.edit_programme_button], top))
        self.needs_row(self.programme_view, self.edit_programme_button)
        bottom = QWidget(split)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        self.modules_label = QLabel(self.tr("&Modules"), bottom)
        self.modules_label.setProperty("role", "heading")
        wrap(self.modules_label)
        bottom_layout.addWidget(self.modules_label)
        self.modules = RowTableModel([
            Column(self.tr("No."), lambda m: m.position, align=Qt.AlignmentFlag.AlignRight),
            Column(self.tr("Code"), lambda m: m.code),
            Column(self.tr("Module"), lambda m: m.title),
            Column(self.tr("Hours"), lambda m: m.planned_hours, align=Qt.AlignmentFlag.AlignRight),
            Column(self.tr("Assessment"), lambda m: _t(ASSESSMENT, m.assessment_kind.value)),
            Column(self.tr("Own attendance threshold"),
                   lambda m: f"{m.min_attendance_pct} %" if m.min_attendance_pct is not None else "—",
                   sort=lambda m: m.min_attendance_pct or -1),
            Column(self.tr("Required for the certificate"), lambda m: yes_no(m.required)),
        ], self)
        self.module_proxy, self.module_view = self.searchable_table(
            self.modules, bottom, name=self.tr("Modules"), on_activate=self.edit_module)
        self.modules_label.setBuddy(self.module_view)
        bottom_layout.addWidget(self.module_view, 1)
        self.edit_module_button = self.button(self.tr("Change m&odule…"), self.edit_module, parent=bottom,
                                              tip=self.tr("Change the chosen module"))
        bottom_layout.addWidget(self.button_row([
            self.button(self.tr("&Add a module…"), self.new_module, parent=bottom,
                        tip=self.tr("Add a module to the chosen programme")),
            self.edit_module_button], bottom))
        self.needs_row(self.module_view, self.edit_module_button)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        self.tabs.addTab(split, self.tr("&Programmes"))

        team = QWidget(self.tabs)
        team_layout = QVBoxLayout(team)
        self.search = SearchBox(self.tr("Search the team (Ctrl+F)"), team)
        team_layout.addWidget(self.search)
        self.staff = RowTableModel([
            Column(self.tr("Name"), lambda s: s.full_name),
            Column(self.tr("Role"), lambda s: _t(ROLES, s.role.value)),
            Column(self.tr("E-mail"), lambda s: s.email or ""),
            Column(self.tr("Phone"), lambda s: s.phone or ""),
            Column(self.tr("Active"), lambda s: yes_no(s.active)),
        ], self)
        self.staff_proxy, self.staff_view = self.searchable_table(
            self.staff, team, name=self.tr("Team"), search=self.search, on_activate=self.edit_staff)
        team_layout.addWidget(self.staff_view, 1)
        self.edit_staff_button = self.button(self.tr("Chan&ge…"), self.edit_staff, parent=team)
        team_layout.addWidget(self.button_row([
            self.button(self.tr("New team &member…"), self.new_staff, parent=team),
            self.edit_staff_button], team))
        self.needs_row(self.staff_view, self.edit_staff_button)
        self.tabs.addTab(team, self.tr("&Team: coordinators, trainers, buddies"))
        self._modules_by_programme: dict[int, list[Any]] = {}

    def focus_target(self) -> QWidget:
        return self.programme_view if self.tabs.currentIndex() == 0 else self.staff_view

    # -- loading --------------------------------------------------------------------------------

    def load(self) -> None:
        def fetch(uow: Any) -> Any:
            from edtrainer.core.services import programmes, staff

            progs = programmes.list_programmes(uow)
            return (progs, {p.id: programmes.list_modules(uow, programme_id=p.id) for p in progs},
                    staff.list_staff(uow, active_only=False))

        self.read(fetch, self.show_rows)

    def show_rows(self, result: Any) -> None:
        progs, modules, people = result
        self._modules_by_programme = modules
        self.programme_view.refill(self.programmes, progs)
        self.staff.set_rows(people)
        self.staff_view.fit_columns()
        self.show_modules()
        self.finished_loading()

    def requirements_text(self, p: Any) -> str:
        parts = [self.tr("at least %1 % attendance (excused absences: %2)").replace(
            "%1", str(p.min_attendance_pct)).replace("%2", _t(EXCUSED, p.excused_policy.value))]
        if p.required_placement_hours:
            parts.append(self.tr("%1 approved placement hours").replace("%1", str(p.required_placement_hours)))
        if p.requires_final_evaluation:
            parts.append(self.tr("a final evaluation of the placement"))
        return self.tr("For the certificate of %1: %2.").replace("%1", p.name).replace("%2", "; ".join(parts))

    def show_modules(self) -> None:
        programme = self.programme_view.current_row()
        self.requirements_label.setText(self.requirements_text(programme) if programme is not None else "")
        self.modules.set_rows(self._modules_by_programme.get(programme.id, []) if programme else [])
        self.module_view.fit_columns()
        if programme is not None:
            self.modules_label.setText(self.tr("&Modules of %1").replace("%1", programme.name))

    # -- programme ------------------------------------------------------------------------------

    def _programme_fields(self) -> list[Field]:
        return [
            Field("name", self.tr("Name"), required=True, max_len=120),
            Field("code", self.tr("Code"), required=True, max_len=20,
                  help=self.tr("Short, in capitals; used in certificate numbers, e.g. EDASU")),
            Field("description", self.tr("Description"), "multiline", max_len=2000),
            Field("nominal_months", self.tr("Length (months)"), "int", low=1, high=120),
            Field("certificate_title", self.tr("Title on the certificate"), required=True, max_len=200),
            Field("certificate_wording", self.tr("Wording on the certificate"), "multiline", max_len=2000,
                  errors=("description",)),
            Field("name_en", self.tr("Name in English"), max_len=120,
                  help=self.tr("For certificates in English; empty: the Dutch name is printed")),
            Field("certificate_title_en", self.tr("Title on the certificate in English"), max_len=200),
            Field("min_attendance_pct", self.tr("Minimum attendance"), "int", low=0, high=100, suffix=" %",
                  errors=("min_attendance",)),
            Field("excused_policy", self.tr("Excused absences"), "choice",
                  choices=[(k, _t(EXCUSED, k)) for k in EXCUSED]),
            Field("required_placement_hours", self.tr("Required placement hours"), "int", low=0, high=5000,
                  errors=("required_hours",)),
            Field("requires_final_evaluation", self.tr("Final evaluation"), "bool",
                  extra={"text": self.tr("A final evaluation of the placement is required")}),
            Field("retention_years", self.tr("Keep data for"), "int", low=1, high=50, suffix=self.tr(" years"),
                  help=self.tr("After a person's last enrolment ends; then the Overview offers to erase their "
                               "data. The certificate register keeps number, date and status without a name.")),
        ]

    def new_programme(self) -> None:
        from edtrainer.core.services import programmes

        self.create_record(self.tr("New programme"), self._programme_fields(), programmes.create_programme,
                           values={"nominal_months": 24, "min_attendance_pct": 80, "excused_policy": "exclude",
                                   "required_placement_hours": 320, "requires_final_evaluation": True,
                                   "retention_years": 2})

    def edit_programme(self) -> None:
        from edtrainer.core.services import programmes

        row = self.programme_view.current_row()
        if row is None:
            return
        old = {k: getattr(row, k) for k in PROGRAMME_FIELDS}
        old["excused_policy"] = row.excused_policy.value
        self.edit_record(self.tr("Change programme %1").replace("%1", row.name), self._programme_fields(), old,
                         row.version, lambda uow, **kw: programmes.update_programme(uow, programme_id=row.id, **kw))

    # -- modules --------------------------------------------------------------------------------

    def _module_fields(self) -> list[Field]:
        return [
            Field("code", self.tr("Code"), required=True, max_len=20),
            Field("title", self.tr("Title"), required=True, max_len=120),
            Field("title_en", self.tr("Title in English"), max_len=120,
                  help=self.tr("For certificates in English; empty: the Dutch title is printed")),
            Field("planned_hours", self.tr("Planned hours"), "int", low=0, high=2000),
            Field("position", self.tr("Position in the programme"), "int", low=0, high=999),
            Field("assessment_kind", self.tr("Assessment"), "choice",
                  choices=[(k, _t(ASSESSMENT, k)) for k in ASSESSMENT], errors=("kind",)),
            Field("min_attendance_pct", self.tr("Own attendance threshold (%)"), "text", max_len=3,
                  errors=("min_attendance",), help=self.tr("Empty: only the programme's threshold applies")),
            Field("required", self.tr("Required"), "bool",
                  extra={"text": self.tr("Must be passed for the certificate")}),
        ]

    def new_module(self) -> None:
        from edtrainer.core.services import programmes

        programme = self.programme_view.current_row()
        if programme is None:
            return

        position = max((m.position for m in self._modules_by_programme.get(programme.id, [])), default=0) + 1
        self.create_record(self.tr("Add a module to %1").replace("%1", programme.name), self._module_fields(),
                           lambda uow, **kw: programmes.add_module(uow, programme_id=programme.id, **kw),
                           values={"position": position, "required": True, "assessment_kind": "none"})

    def edit_module(self) -> None:
        from edtrainer.core.services import programmes

        row = self.module_view.current_row()
        if row is None:
            return
        old = {k: getattr(row, k) for k in MODULE_FIELDS}
        old["assessment_kind"] = row.assessment_kind.value
        old["min_attendance_pct"] = "" if row.min_attendance_pct is None else str(row.min_attendance_pct)
        self.edit_record(self.tr("Change module %1").replace("%1", row.title), self._module_fields(), old, row.version,
                   lambda uow, **kw: programmes.update_module(uow, module_id=row.id, **kw))

    # -- team -----------------------------------------------------------------------------------

    def _staff_fields(self) -> list[Field]:
        return [
            Field("full_name", self.tr("Name"), required=True, max_len=120),
            Field("role", self.tr("Role"), "choice", choices=[(k, _t(ROLES, k)) for k in ROLES]),
            Field("email", self.tr("E-mail address"), max_len=254),
            Field("phone", self.tr("Phone number"), max_len=30),
            Field("active", self.tr("Active"), "bool",
                  extra={"text": self.tr("Can be chosen for cohorts and sessions")}),
        ]

    def new_staff(self) -> None:
        from edtrainer.core.services import staff

        self.create_record(self.tr("New team member"), self._staff_fields(), staff.create_staff,
                           values={"role": "trainer", "active": True})

    def edit_staff(self) -> None:
        from edtrainer.core.services import staff

        row = self.staff_view.current_row()
        if row is None:
            return
        old = {k: getattr(row, k) for k in STAFF_FIELDS}
        old["role"] = row.role.value
        self.edit_record(self.tr("Change %1").replace("%1", row.full_name), self._staff_fields(), old, row.version,
                   lambda uow, **kw: staff.update_staff(uow, staff_id=row.id, **kw))

