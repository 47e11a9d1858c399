"""Initial schema: programmes, cohorts, trainees, sessions, attendance, placements, certification.

Revision ID: 0001
Revises: 
Create Date: 2026-11-24 19:41:51.659160
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('organisation',
    sa.Column('name', sa.String(length=160), nullable=False),
    sa.Column('kind', sa.Enum('welfare', 'municipality', 'housing', 'addiction_care', 'social_services', 'other', name='organisation_kind', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=True),
    sa.Column('city', sa.String(length=80), nullable=True),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('phone', sa.String(length=30), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisation')),
    sa.UniqueConstraint('name', name=op.f('uq_organisation_name'))
    )
    op.create_table('programme',
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('description', sa.String(length=2000), nullable=True),
    sa.Column('nominal_months', sa.Integer(), nullable=False),
    sa.Column('certificate_title', sa.String(length=200), nullable=False),
    sa.Column('certificate_wording', sa.String(length=2000), nullable=True),
    sa.Column('min_attendance_pct', sa.Integer(), nullable=False),
    sa.Column('excused_policy', sa.Enum('exclude', 'present', 'absent', name='excused_policy', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('required_placement_hours', sa.Integer(), nullable=False),
    sa.Column('requires_final_evaluation', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=True),
    sa.CheckConstraint('min_attendance_pct BETWEEN 0 AND 100', name=op.f('ck_programme_min_attendance_pct')),
    sa.CheckConstraint('required_placement_hours >= 0', name=op.f('ck_programme_required_placement_hours')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_programme')),
    sa.UniqueConstraint('code', name=op.f('uq_programme_code')),
    sa.UniqueConstraint('name', name=op.f('uq_programme_name'))
    )
    op.create_table('staff_member',
    sa.Column('full_name', sa.String(length=120), nullable=False),
    sa.Column('role', sa.Enum('coordinator', 'trainer', 'buddy', name='staff_role', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('phone', sa.String(length=30), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff_member'))
    )
    op.create_table('trainee',
    sa.Column('given_names', sa.String(length=80), nullable=False),
    sa.Column('name_prefix', sa.String(length=20), nullable=True),
    sa.Column('family_name', sa.String(length=80), nullable=False),
    sa.Column('date_of_birth', sa.Date(), nullable=True),
    sa.Column('birth_place', sa.String(length=80), nullable=True),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('phone', sa.String(length=30), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_trainee'))
    )
    with op.batch_alter_table('trainee', schema=None) as batch_op:
        batch_op.create_index('ix_trainee_sort', ['family_name', 'given_names'], unique=False)

    op.create_table('cohort',
    sa.Column('programme_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('location', sa.String(length=120), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.Column('status', sa.Enum('planned', 'running', 'completed', 'cancelled', name='cohort_status', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('coordinator_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=True),
    sa.CheckConstraint('end_date >= start_date', name=op.f('ck_cohort_dates')),
    sa.ForeignKeyConstraint(['coordinator_id'], ['staff_member.id'], name=op.f('fk_cohort_coordinator_id_staff_member'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['programme_id'], ['programme.id'], name=op.f('fk_cohort_programme_id_programme'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cohort')),
    sa.UniqueConstraint('name', name=op.f('uq_cohort_name'))
    )
    with op.batch_alter_table('cohort', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cohort_programme_id'), ['programme_id'], unique=False)

    op.create_table('contact_person',
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('full_name', sa.String(length=120), nullable=False),
    sa.Column('job_title', sa.String(length=120), nullable=True),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('phone', sa.String(length=30), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=True),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_contact_person_organisation_id_organisation'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact_person'))
    )
    with op.batch_alter_table('contact_person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_person_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('module',
    sa.Column('programme_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('title', sa.String(length=120), nullable=False),
    sa.Column('planned_hours', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('assessment_kind', sa.Enum('none', 'assignment', 'presentation', 'portfolio', 'exam', 'observation', name='assessment_kind', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('min_attendance_pct', sa.Integer(), nullable=True),
    sa.Column('required', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=True),
    sa.CheckConstraint('min_attendance_pct IS NULL OR min_attendance_pct BETWEEN 0 AND 100', name=op.f('ck_module_min_attendance_pct')),
    sa.CheckConstraint('planned_hours >= 0', name=op.f('ck_module_planned_hours')),
    sa.ForeignKeyConstraint(['programme_id'], ['programme.id'], name=op.f('fk_module_programme_id_programme'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_module')),
    sa.UniqueConstraint('programme_id', 'code', name=op.f('uq_module_programme_id_code'))
    )
    with op.batch_alter_table('module', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_module_programme_id'), ['programme_id'], unique=False)

    op.create_table('cohort_session',
    sa.Column('cohort_id', sa.Integer(), nullable=False),
    sa.Column('module_id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('start_time', sa.Time(), nullable=False),
    sa.Column('duration_minutes', sa.Integer(), nullable=False),
    sa.Column('location', sa.String(length=120), nullable=True),
    sa.Column('topic', sa.String(length=200), nullable=True),
    sa.Column('cancelled', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=True),
    sa.CheckConstraint('duration_minutes > 0', name=op.f('ck_cohort_session_duration')),
    sa.ForeignKeyConstraint(['cohort_id'], ['cohort.id'], name=op.f('fk_cohort_session_cohort_id_cohort'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['module_id'], ['module.id'], name=op.f('fk_cohort_session_module_id_module'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cohort_session'))
    )
    with op.batch_alter_table('cohort_session', schema=None) as batch_op:
        batch_op.create_index('ix_cohort_session_cohort_date', ['cohort_id', 'date'], unique=False)
        batch_op.create_index(batch_op.f('ix_cohort_session_module_id'), ['module_id'], unique=False)

    op.create_table('cohort_trainer',
    sa.Column('cohort_id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['cohort_id'], ['cohort.id'], name=op.f('fk_cohort_trainer_cohort_id_cohort'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['staff_id'], ['staff_member.id'], name=op.f('fk_cohort_trainer_staff_id_staff_member'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('cohort_id', 'staff_id', name=op.f('pk_cohort_trainer'))
    )
    op.create_table('enrolment',
    sa.Column('trainee_id', sa.Integer(), nullable=False),
    sa.Column('cohort_id', sa.Integer(), nullable=False),
    sa.Column('enrolled_on', sa.Date(), nullable=False),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('status', sa.Enum('active', 'paused', 'withdrawn', 'completed', name='enrolment_status', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('withdrawal_reason', sa.String(length=200), nullable=True),
    sa.Column('buddy_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=True),
    sa.CheckConstraint('ended_on IS NULL OR ended_on >= enrolled_on', name=op.f('ck_enrolment_dates')),
    sa.ForeignKeyConstraint(['buddy_id'], ['staff_member.id'], name=op.f('fk_enrolment_buddy_id_staff_member'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['cohort_id'], ['cohort.id'], name=op.f('fk_enrolment_cohort_id_cohort'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['trainee_id'], ['trainee.id'], name=op.f('fk_enrolment_trainee_id_trainee'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_enrolment')),
    sa.UniqueConstraint('trainee_id', 'cohort_id', name=op.f('uq_enrolment_trainee_id_cohort_id'))
    )
    with op.batch_alter_table('enrolment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_enrolment_cohort_id'), ['cohort_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_enrolment_trainee_id'), ['trainee_id'], unique=False)

    op.create_table('attendance_mark',
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('enrolment_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('present', 'late', 'excused', 'absent', name='attendance_status', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('minutes_present', sa.Integer(), nullable=True),
    sa.Column('remark', sa.String(length=200), nullable=True),
    sa.Column('apology_reason', sa.String(length=200), nullable=True),
    sa.Column('apology_given_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=True),
    sa.CheckConstraint('minutes_present IS NULL OR minutes_present >= 0', name=op.f('ck_attendance_mark_minutes_present')),
    sa.ForeignKeyConstraint(['enrolment_id'], ['enrolment.id'], name=op.f('fk_attendance_mark_enrolment_id_enrolment'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['session_id'], ['cohort_session.id'], name=op.f('fk_attendance_mark_session_id_cohort_session'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance_mark')),
    sa.UniqueConstraint('session_id', 'enrolment_id', name=op.f('uq_attendance_mark_session_id_enrolment_id'))
    )
    with op.batch_alter_table('attendance_mark', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendance_mark_enrolment_id'), ['enrolment_id'], unique=False)

    op.create_table('certificate',
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('enrolment_id', sa.Integer(), nullable=False),
    sa.Column('module_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.Enum('programme', 'module', 'participation', name='certificate_kind', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=False),
    sa.Column('status', sa.Enum('issued', 'revoked', 'superseded', name='certificate_status', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('language', sa.String(length=2), nullable=False),
    sa.Column('pdf', sa.LargeBinary(), nullable=True),
    sa.Column('sha256', sa.String(length=64), nullable=True),
    sa.Column('snapshot', sa.JSON(), nullable=True),
    sa.Column('supersedes_id', sa.Integer(), nullable=True),
    sa.Column('override_reason', sa.String(length=300), nullable=True),
    sa.Column('revoked_on', sa.Date(), nullable=True),
    sa.Column('revoked_reason', sa.String(length=300), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=True),
    sa.ForeignKeyConstraint(['enrolment_id'], ['enrolment.id'], name=op.f('fk_certificate_enrolment_id_enrolment'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['module_id'], ['module.id'], name=op.f('fk_certificate_module_id_module'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['supersedes_id'], ['certificate.id'], name=op.f('fk_certificate_supersedes_id_certificate'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_certificate')),
    sa.UniqueConstraint('number', name=op.f('uq_certificate_number'))
    )
    with op.batch_alter_table('certificate', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_certificate_enrolment_id'), ['enrolment_id'], unique=False)

    op.create_table('module_result',
    sa.Column('enrolment_id', sa.Integer(), nullable=False),
    sa.Column('module_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('pending', 'passed', 'not_passed', name='result_status', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('assessor_id', sa.Integer(), nullable=True),
    sa.Column('remark', sa.String(length=200), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=True),
    sa.ForeignKeyConstraint(['assessor_id'], ['staff_member.id'], name=op.f('fk_module_result_assessor_id_staff_member'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['enrolment_id'], ['enrolment.id'], name=op.f('fk_module_result_enrolment_id_enrolment'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['module_id'], ['module.id'], name=op.f('fk_module_result_module_id_module'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_module_result')),
    sa.UniqueConstraint('enrolment_id', 'module_id', name=op.f('uq_module_result_enrolment_id_module_id'))
    )
    with op.batch_alter_table('module_result', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_module_result_module_id'), ['module_id'], unique=False)

    op.create_table('placement',
    sa.Column('enrolment_id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('tandem_professional_id', sa.Integer(), nullable=True),
    sa.Column('supervisor_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.Enum('internship', 'paid', name='placement_kind', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('planned_start', sa.Date(), nullable=False),
    sa.Column('planned_end', sa.Date(), nullable=False),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('hours_per_week', sa.Double(), nullable=False),
    sa.Column('agreement_signed_on', sa.Date(), nullable=True),
    sa.Column('status', sa.Enum('planned', 'active', 'completed', 'ended_early', name='placement_status', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('end_reason', sa.String(length=200), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=True),
    sa.CheckConstraint('hours_per_week > 0 AND hours_per_week <= 60', name=op.f('ck_placement_hours_per_week')),
    sa.CheckConstraint('planned_end >= planned_start', name=op.f('ck_placement_dates')),
    sa.ForeignKeyConstraint(['enrolment_id'], ['enrolment.id'], name=op.f('fk_placement_enrolment_id_enrolment'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_placement_organisation_id_organisation'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['supervisor_id'], ['contact_person.id'], name=op.f('fk_placement_supervisor_id_contact_person'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['tandem_professional_id'], ['contact_person.id'], name=op.f('fk_placement_tandem_professional_id_contact_person'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_placement'))
    )
    with op.batch_alter_table('placement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_placement_enrolment_id'), ['enrolment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_placement_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('session_trainer',
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['cohort_session.id'], name=op.f('fk_session_trainer_session_id_cohort_session'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['staff_id'], ['staff_member.id'], name=op.f('fk_session_trainer_staff_id_staff_member'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('session_id', 'staff_id', name=op.f('pk_session_trainer'))
    )
    op.create_table('evaluation',
    sa.Column('placement_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('midterm', 'final', name='evaluation_kind', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('evaluator_id', sa.Integer(), nullable=True),
    sa.Column('remarks', sa.String(length=1000), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=True),
    sa.ForeignKeyConstraint(['evaluator_id'], ['contact_person.id'], name=op.f('fk_evaluation_evaluator_id_contact_person'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['placement_id'], ['placement.id'], name=op.f('fk_evaluation_placement_id_placement'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evaluation')),
    sa.UniqueConstraint('placement_id', 'kind', name=op.f('uq_evaluation_placement_id_kind'))
    )
    op.create_table('hour_log_entry',
    sa.Column('placement_id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column('activity', sa.String(length=200), nullable=True),
    sa.Column('approved_by_id', sa.Integer(), nullable=True),
    sa.Column('approved_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=True),
    sa.CheckConstraint('minutes > 0 AND minutes <= 1440', name=op.f('ck_hour_log_entry_minutes')),
    sa.ForeignKeyConstraint(['approved_by_id'], ['contact_person.id'], name=op.f('fk_hour_log_entry_approved_by_id_contact_person'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['placement_id'], ['placement.id'], name=op.f('fk_hour_log_entry_placement_id_placement'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hour_log_entry'))
    )
    with op.batch_alter_table('hour_log_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_hour_log_entry_placement_id'), ['placement_id'], unique=False)

    op.create_table('evaluation_rating',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('evaluation_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('criterion', sa.String(length=120), nullable=False),
    sa.Column('score', sa.Integer(), nullable=False),
    sa.CheckConstraint('score BETWEEN 1 AND 5', name=op.f('ck_evaluation_rating_score')),
    sa.ForeignKeyConstraint(['evaluation_id'], ['evaluation.id'], name=op.f('fk_evaluation_rating_evaluation_id_evaluation'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evaluation_rating')),
    sa.UniqueConstraint('evaluation_id', 'criterion', name=op.f('uq_evaluation_rating_evaluation_id_criterion'))
    )


def downgrade() -> None:
    op.drop_table('evaluation_rating')
    with op.batch_alter_table('hour_log_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_hour_log_entry_placement_id'))

    op.drop_table('hour_log_entry')
    op.drop_table('evaluation')
    op.drop_table('session_trainer')
    with op.batch_alter_table('placement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_placement_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_placement_enrolment_id'))

    op.drop_table('placement')
    with op.batch_alter_table('module_result', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_module_result_module_id'))

    op.drop_table('module_result')
    with op.batch_alter_table('certificate', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_certificate_enrolment_id'))

    op.drop_table('certificate')
    with op.batch_alter_table('attendance_mark', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attendance_mark_enrolment_id'))

    op.drop_table('attendance_mark')
    with op.batch_alter_table('enrolment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_enrolment_trainee_id'))
        batch_op.drop_index(batch_op.f('ix_enrolment_cohort_id'))

    op.drop_table('enrolment')
    op.drop_table('cohort_trainer')
    with op.batch_alter_table('cohort_session', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cohort_session_module_id'))
        batch_op.drop_index('ix_cohort_session_cohort_date')

    op.drop_table('cohort_session')
    with op.batch_alter_table('module', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_module_programme_id'))

    op.drop_table('module')
    with op.batch_alter_table('contact_person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_person_organisation_id'))

    op.drop_table('contact_person')
    with op.batch_alter_table('cohort', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cohort_programme_id'))

    op.drop_table('cohort')
    with op.batch_alter_table('trainee', schema=None) as batch_op:
        batch_op.drop_index('ix_trainee_sort')

    op.drop_table('trainee')
    op.drop_table('staff_member')
    op.drop_table('programme')
    op.drop_table('organisation')
