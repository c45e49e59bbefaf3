"""Identities up to 64 characters, as exchange files allow (PostgreSQL enforces the length).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TABLES = ("people", "assessments")


def upgrade() -> None:
    """Widen people.uid and assessments.uid from 32 to 64 characters."""
    for table in _TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column(
                "uid",
                existing_type=sa.String(length=32),
                type_=sa.String(length=64),
                existing_nullable=False,
            )


def downgrade() -> None:
    """Back to 32 characters (refused by PostgreSQL if a longer identity is stored)."""
    for table in _TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column(
                "uid",
                existing_type=sa.String(length=64),
                type_=sa.String(length=32),
                existing_nullable=False,
            )
