"""The domain as SQLAlchemy 2.x typed mappings.

Every table a person edits has a ``version`` column used for optimistic locking, so that on a shared
PostgreSQL database a coordinator never silently overwrites another's change. There is deliberately no
column for a BSN or any other national identification number.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Time,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from edtrainer.core.enums import (  # noqa: F401  (re-exported: the domain's names in one place)
    AssessmentKind,
    AttendanceStatus,
    CertificateKind,
    CertificateStatus,
    CohortStatus,
    EnrolmentStatus,
    EvaluationKind,
    ExcusedPolicy,
    OrganisationKind,
    PlacementKind,
    PlacementStatus,
    ResultStatus,
    StaffRole,
)
from edtrainer.core.model_base import NAMING_CONVENTION as NAMING_CONVENTION
from edtrainer.core.model_base import Base as Base
from edtrainer.core.model_base import Edited as Edited
from edtrainer.core.model_base import _enum
from edtrainer.core.model_base import plain as plain
from edtrainer.core.model_base import utcnow as utcnow

# --- people -----------------------------------------------------------------------------------------

class StaffMember(Edited, Base):
    __tablename__ = "staff_member"

    full_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[StaffRole] = mapped_column(_enum(StaffRole, "staff_role"))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(30))
    active: Mapped[bool] = mapped_column(default=True)
    # on a shared PostgreSQL database: the login this person signs in with (see ``core.roles``)
    login: Mapped[str | None] = mapped_column(String(63), unique=True)


class Trainee(Edited, Base):
    """A person. Only what the programme and its certificate need: no BSN, no free-text notes."""

    __tablename__ = "trainee"

    given_names: Mapped[str] = mapped_column(String(80))
    name_prefix: Mapped[str | None] = mapped_column(String(20))  # tussenvoegsel: "van der"
    family_name: Mapped[str] = mapped_column(String(80))
    date_of_birth: Mapped[dt.date | None] = mapped_column(Date)
    birth_place: Mapped[str | None] = mapped_column(String(80))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(30))

    enrolments: Mapped[list[Enrolment]] = relationship(back_populates="trainee")

    __table_args__ = (Index("ix_trainee_sort", "family_name", "given_names"),)

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.given_names, self.name_prefix, self.family_name) if p)

    @property
    def sort_name(self) -> str:
        """How Dutch lists sort: 'Vries, Jan de'."""
        rest = " ".join(p for p in (self.given_names, self.name_prefix) if p)
        return f"{self.family_name}, {rest}"


# --- programme and curriculum -----------------------------------------------------------------------

class Programme(Edited, Base):
    __tablename__ = "programme"

    name: Mapped[str] = mapped_column(String(120), unique=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)  # used in certificate numbers
    description: Mapped[str | None] = mapped_column(String(2000))
    nominal_months: Mapped[int] = mapped_column(default=24)
    certificate_title: Mapped[str] = mapped_column(String(200))
    certificate_wording: Mapped[str | None] = mapped_column(String(2000))
    # English, for English certificates (empty: the Dutch name is printed there too)
    name_en: Mapped[str | None] = mapped_column(String(120))
    certificate_title_en: Mapped[str | None] = mapped_column(String(200))
    # requirements
    min_attendance_pct: Mapped[int] = mapped_column(default=80)
    excused_policy: Mapped[ExcusedPolicy] = mapped_column(_enum(ExcusedPolicy, "excused_policy"),
                                                          default=ExcusedPolicy.EXCLUDE)
    required_placement_hours: Mapped[int] = mapped_column(default=0)
    requires_final_evaluation: Mapped[bool] = mapped_column(default=True)
    # privacy: years after the end of a person's last enrolment until their data are due for erasure
    retention_years: Mapped[int] = mapped_column(default=2, server_default="2")

    modules: Mapped[list[Module]] = relationship(back_populates="programme", order_by="Module.position")
    cohorts: Mapped[list[Cohort]] = relationship(back_populates="programme")

    __table_args__ = (
        CheckConstraint("min_attendance_pct BETWEEN 0 AND 100", name="min_attendance_pct"),
        CheckConstraint("required_placement_hours >= 0", name="required_placement_hours"),
        CheckConstraint("retention_years BETWEEN 1 AND 50", name="retention_years"),
    )


class Module(Edited, Base):
    __tablename__ = "module"

    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id", ondelete="RESTRICT"), index=True)
    code: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(120))
    title_en: Mapped[str | None] = mapped_column(String(120))  # for English certificates
    planned_hours: Mapped[int] = mapped_column(default=0)
    position: Mapped[int] = mapped_column(default=0)
    assessment_kind: Mapped[AssessmentKind] = mapped_column(_enum(AssessmentKind, "assessment_kind"),
                                                            default=AssessmentKind.NONE)
    min_attendance_pct: Mapped[int | None] = mapped_column()  # own threshold, on top of the programme's
    required: Mapped[bool] = mapped_column(default=True)  # must be passed for the certificate

    programme: Mapped[Programme] = relationship(back_populates="modules")

    __table_args__ = (
        UniqueConstraint("programme_id", "code"),
        CheckConstraint("min_attendance_pct IS NULL OR min_attendance_pct BETWEEN 0 AND 100",
                        name="min_attendance_pct"),
        CheckConstraint("planned_hours >= 0", name="planned_hours"),
    )


cohort_trainer = Table(
    "cohort_trainer", Base.metadata,
    Column("cohort_id", ForeignKey("cohort.id", ondelete="CASCADE"), primary_key=True),
    Column("staff_id", ForeignKey("staff_member.id", ondelete="RESTRICT"), primary_key=True),
)

session_trainer = Table(
    "session_trainer", Base.metadata,
    Column("session_id", ForeignKey("cohort_session.id", ondelete="CASCADE"), primary_key=True),
    Column("staff_id", ForeignKey("staff_member.id", ondelete="RESTRICT"), primary_key=True),
)


class Cohort(Edited, Base):
    __tablename__ = "cohort"

    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id", ondelete="RESTRICT"), index=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    location: Mapped[str | None] = mapped_column(String(120))
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[CohortStatus] = mapped_column(_enum(CohortStatus, "cohort_status"), default=CohortStatus.PLANNED)
    coordinator_id: Mapped[int | None] = mapped_column(ForeignKey("staff_member.id", ondelete="SET NULL"))

    programme: Mapped[Programme] = relationship(back_populates="cohorts")
    coordinator: Mapped[StaffMember | None] = relationship()
    trainers: Mapped[list[StaffMember]] = relationship(secondary=cohort_trainer, order_by=StaffMember.full_name)
    enrolments: Mapped[list[Enrolment]] = relationship(back_populates="cohort")

    __table_args__ = (CheckConstraint("end_date >= start_date", name="dates"),)


class Enrolment(Edited, Base):
    __tablename__ = "enrolment"

    trainee_id: Mapped[int] = mapped_column(ForeignKey("trainee.id", ondelete="RESTRICT"), index=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohort.id", ondelete="RESTRICT"), index=True)
    enrolled_on: Mapped[dt.date] = mapped_column(Date)
    ended_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[EnrolmentStatus] = mapped_column(_enum(EnrolmentStatus, "enrolment_status"),
                                                    default=EnrolmentStatus.ACTIVE)
    withdrawal_reason: Mapped[str | None] = mapped_column(String(200))
    #: why, as a category a report can count (see trainees.WITHDRAWAL_CATEGORIES)
    withdrawal_category: Mapped[str | None] = mapped_column(String(20))
    paused_on: Mapped[dt.date | None] = mapped_column(Date)  # first day of the current pause
    buddy_id: Mapped[int | None] = mapped_column(ForeignKey("staff_member.id", ondelete="SET NULL"))

    trainee: Mapped[Trainee] = relationship(back_populates="enrolments")
    cohort: Mapped[Cohort] = relationship(back_populates="enrolments")
    buddy: Mapped[StaffMember | None] = relationship()
    placements: Mapped[list[Placement]] = relationship(back_populates="enrolment")
    module_results: Mapped[list[ModuleResult]] = relationship(back_populates="enrolment")

    __table_args__ = (
        UniqueConstraint("trainee_id", "cohort_id"),
        CheckConstraint("ended_on IS NULL OR ended_on >= enrolled_on", name="dates"),
    )


class CohortSession(Edited, Base):
    """A dated meeting of a cohort for a module ("bijeenkomst")."""

    __tablename__ = "cohort_session"

    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohort.id", ondelete="RESTRICT"))
    module_id: Mapped[int] = mapped_column(ForeignKey("module.id", ondelete="RESTRICT"), index=True)
    date: Mapped[dt.date] = mapped_column(Date)
    start_time: Mapped[dt.time] = mapped_column(Time)
    duration_minutes: Mapped[int] = mapped_column(default=180)
    location: Mapped[str | None] = mapped_column(String(120))
    topic: Mapped[str | None] = mapped_column(String(200))
    cancelled: Mapped[bool] = mapped_column(default=False)

    cohort: Mapped[Cohort] = relationship()
    module: Mapped[Module] = relationship()
    trainers: Mapped[list[StaffMember]] = relationship(secondary=session_trainer, order_by=StaffMember.full_name)
    marks: Mapped[list[AttendanceMark]] = relationship(back_populates="session")

    __table_args__ = (
        Index("ix_cohort_session_cohort_date", "cohort_id", "date"),
        CheckConstraint("duration_minutes > 0", name="duration"),
    )


class AttendanceMark(Edited, Base):
    __tablename__ = "attendance_mark"

    session_id: Mapped[int] = mapped_column(ForeignKey("cohort_session.id", ondelete="CASCADE"))
    enrolment_id: Mapped[int] = mapped_column(ForeignKey("enrolment.id", ondelete="CASCADE"), index=True)
    status: Mapped[AttendanceStatus] = mapped_column(_enum(AttendanceStatus, "attendance_status"))
    minutes_present: Mapped[int | None] = mapped_column()
    remark: Mapped[str | None] = mapped_column(String(200))
    apology_reason: Mapped[str | None] = mapped_column(String(200))
    apology_given_on: Mapped[dt.date | None] = mapped_column(Date)  # set when excused before the session

    session: Mapped[CohortSession] = relationship(back_populates="marks")
    enrolment: Mapped[Enrolment] = relationship()

    __table_args__ = (
        UniqueConstraint("session_id", "enrolment_id"),
        CheckConstraint("minutes_present IS NULL OR minutes_present >= 0", name="minutes_present"),
    )


# --- placements -------------------------------------------------------------------------------------

class Organisation(Edited, Base):
    __tablename__ = "organisation"

    name: Mapped[str] = mapped_column(String(160), unique=True)
    kind: Mapped[OrganisationKind] = mapped_column(_enum(OrganisationKind, "organisation_kind"),
                                                   default=OrganisationKind.WELFARE)
    address: Mapped[str | None] = mapped_column(String(200))
    city: Mapped[str | None] = mapped_column(String(80))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(30))

    contacts: Mapped[list[ContactPerson]] = relationship(back_populates="organisation",
                                                         order_by="ContactPerson.full_name")


class ContactPerson(Edited, Base):
    """A professional at an organisation: tandem partner, placement supervisor, or other contact."""

    __tablename__ = "contact_person"

    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id", ondelete="RESTRICT"), index=True)
    full_name: Mapped[str] = mapped_column(String(120))
    job_title: Mapped[str | None] = mapped_column(String(120))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(30))

    organisation: Mapped[Organisation] = relationship(back_populates="contacts")


class Placement(Edited, Base):
    __tablename__ = "placement"

    enrolment_id: Mapped[int] = mapped_column(ForeignKey("enrolment.id", ondelete="RESTRICT"), index=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id", ondelete="RESTRICT"), index=True)
    tandem_professional_id: Mapped[int | None] = mapped_column(ForeignKey("contact_person.id", ondelete="RESTRICT"))
    supervisor_id: Mapped[int | None] = mapped_column(ForeignKey("contact_person.id", ondelete="RESTRICT"))
    kind: Mapped[PlacementKind] = mapped_column(_enum(PlacementKind, "placement_kind"),
                                                default=PlacementKind.INTERNSHIP)
    planned_start: Mapped[dt.date] = mapped_column(Date)
    planned_end: Mapped[dt.date] = mapped_column(Date)
    ended_on: Mapped[dt.date | None] = mapped_column(Date)
    hours_per_week: Mapped[float] = mapped_column(default=8.0)
    agreement_signed_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[PlacementStatus] = mapped_column(_enum(PlacementStatus, "placement_status"),
                                                    default=PlacementStatus.PLANNED)
    end_reason: Mapped[str | None] = mapped_column(String(200))

    enrolment: Mapped[Enrolment] = relationship(back_populates="placements")
    organisation: Mapped[Organisation] = relationship()
    tandem_professional: Mapped[ContactPerson | None] = relationship(foreign_keys=[tandem_professional_id])
    supervisor: Mapped[ContactPerson | None] = relationship(foreign_keys=[supervisor_id])
    hour_entries: Mapped[list[HourLogEntry]] = relationship(back_populates="placement",
                                                            order_by="HourLogEntry.date")
    evaluations: Mapped[list[Evaluation]] = relationship(back_populates="placement")

    __table_args__ = (
        CheckConstraint("planned_end >= planned_start", name="dates"),
        CheckConstraint("hours_per_week > 0 AND hours_per_week <= 60", name="hours_per_week"),
    )


class HourLogEntry(Edited, Base):
    __tablename__ = "hour_log_entry"

    placement_id: Mapped[int] = mapped_column(ForeignKey("placement.id", ondelete="CASCADE"), index=True)
    date: Mapped[dt.date] = mapped_column(Date)
    minutes: Mapped[int] = mapped_column()  # whole minutes: sums stay exact
    activity: Mapped[str | None] = mapped_column(String(200))
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("contact_person.id", ondelete="RESTRICT"))
    approved_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))

    placement: Mapped[Placement] = relationship(back_populates="hour_entries")
    approved_by: Mapped[ContactPerson | None] = relationship()

    __table_args__ = (CheckConstraint("minutes > 0 AND minutes <= 1440", name="minutes"),)

    @property
    def hours(self) -> float:
        return self.minutes / 60


class Evaluation(Edited, Base):
    __tablename__ = "evaluation"

    placement_id: Mapped[int] = mapped_column(ForeignKey("placement.id", ondelete="CASCADE"))
    kind: Mapped[EvaluationKind] = mapped_column(_enum(EvaluationKind, "evaluation_kind"))
    date: Mapped[dt.date] = mapped_column(Date)
    evaluator_id: Mapped[int | None] = mapped_column(ForeignKey("contact_person.id", ondelete="RESTRICT"))
    remarks: Mapped[str | None] = mapped_column(String(1000))

    placement: Mapped[Placement] = relationship(back_populates="evaluations")
    evaluator: Mapped[ContactPerson | None] = relationship()
    ratings: Mapped[list[EvaluationRating]] = relationship(back_populates="evaluation", cascade="all, delete-orphan",
                                                           order_by="EvaluationRating.position")

    __table_args__ = (UniqueConstraint("placement_id", "kind"),)


class EvaluationRating(Base):
    """A score on one criterion of an evaluation (1 = insufficient ... 5 = excellent)."""

    __tablename__ = "evaluation_rating"

    id: Mapped[int] = mapped_column(primary_key=True)
    evaluation_id: Mapped[int] = mapped_column(ForeignKey("evaluation.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(default=0)
    criterion: Mapped[str] = mapped_column(String(120))
    score: Mapped[int] = mapped_column()

    evaluation: Mapped[Evaluation] = relationship(back_populates="ratings")

    __table_args__ = (
        UniqueConstraint("evaluation_id", "criterion"),
        CheckConstraint("score BETWEEN 1 AND 5", name="score"),
    )


# --- results and certification ----------------------------------------------------------------------

class ModuleResult(Edited, Base):
    __tablename__ = "module_result"

    enrolment_id: Mapped[int] = mapped_column(ForeignKey("enrolment.id", ondelete="CASCADE"))
    module_id: Mapped[int] = mapped_column(ForeignKey("module.id", ondelete="RESTRICT"), index=True)
    status: Mapped[ResultStatus] = mapped_column(_enum(ResultStatus, "result_status"), default=ResultStatus.PENDING)
    decided_on: Mapped[dt.date | None] = mapped_column(Date)
    assessor_id: Mapped[int | None] = mapped_column(ForeignKey("staff_member.id", ondelete="SET NULL"))
    remark: Mapped[str | None] = mapped_column(String(200))

    enrolment: Mapped[Enrolment] = relationship(back_populates="module_results")
    module: Mapped[Module] = relationship()
    assessor: Mapped[StaffMember | None] = relationship()

    __table_args__ = (UniqueConstraint("enrolment_id", "module_id"),)


class Certificate(Edited, Base):
    """A certificate record. The frozen PDF bytes and their hash are filled when it is issued."""

    __tablename__ = "certificate"

    number: Mapped[str] = mapped_column(String(40), unique=True)
    #: the short code printed on the paper (made from the signature): how the verification page and
    #: ``verify --code`` find it. Kept after an erasure, so the certificate can still be checked.
    code: Mapped[str | None] = mapped_column(String(20), index=True, unique=True)
    enrolment_id: Mapped[int] = mapped_column(ForeignKey("enrolment.id", ondelete="RESTRICT"), index=True)
    module_id: Mapped[int | None] = mapped_column(ForeignKey("module.id", ondelete="RESTRICT"))
    kind: Mapped[CertificateKind] = mapped_column(_enum(CertificateKind, "certificate_kind"))
    issued_on: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[CertificateStatus] = mapped_column(_enum(CertificateStatus, "certificate_status"),
                                                      default=CertificateStatus.ISSUED)
    language: Mapped[str] = mapped_column(String(2), default="nl")
    pdf: Mapped[bytes | None] = mapped_column(LargeBinary)
    sha256: Mapped[str | None] = mapped_column(String(64))
    snapshot: Mapped[dict | None] = mapped_column(JSON)
    supersedes_id: Mapped[int | None] = mapped_column(ForeignKey("certificate.id", ondelete="RESTRICT"))
    signing_key_id: Mapped[int | None] = mapped_column(ForeignKey("signing_key.id", ondelete="RESTRICT"))
    override_reason: Mapped[str | None] = mapped_column(String(300))
    revoked_on: Mapped[dt.date | None] = mapped_column(Date)
    revoked_reason: Mapped[str | None] = mapped_column(String(300))

    enrolment: Mapped[Enrolment] = relationship()
    module: Mapped[Module | None] = relationship()
    supersedes: Mapped[Certificate | None] = relationship(remote_side="Certificate.id")
    signing_key: Mapped[SigningKey | None] = relationship()


class SigningKey(Base):
    """The organisation's key for signing documents: the public certificate, and the private key only
    encrypted with a passphrase that is never stored (see ``edtrainer.documents.signing``).

    Keys are never deleted: a retired key still verifies the certificates it signed.
    """

    __tablename__ = "signing_key"

    id: Mapped[int] = mapped_column(primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True)  # SHA-256 of the certificate
    subject: Mapped[str] = mapped_column(String(300))
    certificate: Mapped[bytes] = mapped_column(LargeBinary)            # X.509, DER
    private_key: Mapped[bytes] = mapped_column(LargeBinary)            # encrypted; see signing.py
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    created_by: Mapped[str | None] = mapped_column(String(80))
    retired_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class CertificateCounter(Base):
    """The last number given out per number prefix (e.g. 'EDASU-2026-'). Incrementing the row locks it
    until the issuing transaction ends, so two coordinators never get the same number and a failed issue
    gives its number back."""

    __tablename__ = "certificate_counter"

    scope: Mapped[str] = mapped_column(String(60), primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer, default=0)


# --- application ------------------------------------------------------------------------------------

class AppMeta(Base):
    """Facts about the database itself, shared by everyone who opens it (e.g. which records are demo)."""

    __tablename__ = "app_meta"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)


# --- audit ------------------------------------------------------------------------------------------

class AuditEntry(Base):
    """Append-only: who changed, printed or exported personal data, when, and which fields.

    Values of personal fields are not copied here (only that they changed), so that erasing a person
    does not require rewriting the log. Triggers in the database refuse UPDATE and DELETE, and each row
    carries the hash of the row before it (``core.audit_chain``), so that a row rewritten behind the
    triggers' back breaks the chain.
    """

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow, server_default=func.now())
    actor: Mapped[str] = mapped_column(String(80))
    action: Mapped[str] = mapped_column(String(20))  # create, update, delete, print, export, view
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column()
    changes: Mapped[dict | None] = mapped_column(JSON)
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    hash: Mapped[str | None] = mapped_column(String(64))

    __table_args__ = (Index("ix_audit_entry_entity", "entity", "entity_id"),)
