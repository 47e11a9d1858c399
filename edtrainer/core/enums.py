"""The domain's enumerations: what a status, a kind or a policy can be. Stored as their text values (see
``model_base._enum``). Without SQLAlchemy: screens and rules that only need the values do not load it."""

from __future__ import annotations

import enum


class ExcusedPolicy(enum.StrEnum):
    EXCLUDE = "exclude"      # excused sessions are left out of the rate (Moodle users' most asked-for)
    PRESENT = "present"      # excused counts as attended
    ABSENT = "absent"        # excused counts as missed


class AssessmentKind(enum.StrEnum):
    NONE = "none"
    ASSIGNMENT = "assignment"
    PRESENTATION = "presentation"
    PORTFOLIO = "portfolio"
    EXAM = "exam"
    OBSERVATION = "observation"


class CohortStatus(enum.StrEnum):
    PLANNED = "planned"
    RUNNING = "running"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class EnrolmentStatus(enum.StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    WITHDRAWN = "withdrawn"
    COMPLETED = "completed"


class StaffRole(enum.StrEnum):
    COORDINATOR = "coordinator"
    TRAINER = "trainer"
    BUDDY = "buddy"


class AttendanceStatus(enum.StrEnum):
    PRESENT = "present"
    LATE = "late"
    EXCUSED = "excused"
    ABSENT = "absent"


class OrganisationKind(enum.StrEnum):
    WELFARE = "welfare"
    MUNICIPALITY = "municipality"
    HOUSING = "housing"
    ADDICTION_CARE = "addiction_care"
    SOCIAL_SERVICES = "social_services"
    OTHER = "other"


class PlacementKind(enum.StrEnum):
    INTERNSHIP = "internship"
    PAID = "paid"


class PlacementStatus(enum.StrEnum):
    PLANNED = "planned"
    ACTIVE = "active"
    COMPLETED = "completed"
    ENDED_EARLY = "ended_early"


class EvaluationKind(enum.StrEnum):
    MIDTERM = "midterm"
    FINAL = "final"


class ResultStatus(enum.StrEnum):
    PENDING = "pending"
    PASSED = "passed"
    NOT_PASSED = "not_passed"


class CertificateKind(enum.StrEnum):
    PROGRAMME = "programme"
    MODULE = "module"
    PARTICIPATION = "participation"


class CertificateStatus(enum.StrEnum):
    ISSUED = "issued"
    REVOKED = "revoked"
    SUPERSEDED = "superseded"
