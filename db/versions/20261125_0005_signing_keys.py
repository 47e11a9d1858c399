"""Signing keys and certificate numbers, for issuing certificates that cannot change.

- ``signing_key``: the organisation's public certificate and its private key, encrypted with a
  passphrase that is not stored; a certificate records which key signed it.
- ``certificate_counter``: the last number per prefix, incremented under a row lock so that several
  coordinators on one PostgreSQL database never get the same certificate number.

Existing certificate rows (none were issued before this revision) get no key.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 10:45:21
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('certificate_counter',
    sa.Column('scope', sa.String(length=60), nullable=False),
    sa.Column('last_value', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('scope', name=op.f('pk_certificate_counter'))
    )
    op.create_table('signing_key',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('subject', sa.String(length=300), nullable=False),
    sa.Column('certificate', sa.LargeBinary(), nullable=False),
    sa.Column('private_key', sa.LargeBinary(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=True),
    sa.Column('retired_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_signing_key')),
    sa.UniqueConstraint('fingerprint', name=op.f('uq_signing_key_fingerprint'))
    )
    with op.batch_alter_table('certificate', schema=None) as batch_op:
        batch_op.add_column(sa.Column('signing_key_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_certificate_signing_key_id_signing_key'), 'signing_key', ['signing_key_id'], ['id'], ondelete='RESTRICT')



def downgrade() -> None:
    with op.batch_alter_table('certificate', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_certificate_signing_key_id_signing_key'), type_='foreignkey')
        batch_op.drop_column('signing_key_id')

    op.drop_table('signing_key')
    op.drop_table('certificate_counter')
