"""A database shared by many managers: who owns whom, accounts, record versions, change notices.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02

Every engine gets the columns and the ``accounts`` table. On PostgreSQL a statement-level trigger
on each table also sends a notice (``NOTIFY skill_ladder_changes``, the table's name as payload,
no data) so open windows refresh; roles and row-level security are set up by
``skill-ladder team init`` (they name server-wide roles, which a migration cannot assume).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VERSIONED = (
    "people",
    "assessments",
    "ratings",
    "manager_ratings",
    "goals",
    "meetings",
    "action_items",
)
NOTIFIED = (*VERSIONED, "role_snapshots", "accounts")
CHANNEL = "skill_ladder_changes"


def upgrade() -> None:
    """Owners and departments of people, accounts, a version on every editable record."""
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.add_column(sa.Column("manager_login", sa.String(length=63), nullable=True))
        batch_op.add_column(sa.Column("department", sa.String(length=100), nullable=True))
        batch_op.create_index(batch_op.f("ix_people_manager_login"), ["manager_login"])
    for table in VERSIONED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("version", sa.Integer(), nullable=False, server_default="1")
            )
    op.create_table(
        "accounts",
        sa.Column("login", sa.String(length=63), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("department", sa.String(length=100), nullable=True),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("display_name", sa.String(length=200), nullable=False, server_default=""),
        sa.CheckConstraint("kind IN ('head', 'manager', 'person')", name=op.f("ck_accounts_kind")),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_accounts_person_id_people"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("login", name=op.f("pk_accounts")),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE OR REPLACE FUNCTION skill_ladder_notify() RETURNS trigger "
            "LANGUAGE plpgsql AS $$ BEGIN "
            f"PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME); RETURN NULL; END $$"
        )
        for table in NOTIFIED:
            op.execute(
                f"CREATE TRIGGER skill_ladder_notify AFTER INSERT OR UPDATE OR DELETE "
                f"ON {table} FOR EACH STATEMENT EXECUTE FUNCTION skill_ladder_notify()"
            )


def downgrade() -> None:
    """Drop the notices, accounts, versions and owners."""
    if op.get_bind().dialect.name == "postgresql":
        for table in NOTIFIED:
            op.execute(f"DROP TRIGGER IF EXISTS skill_ladder_notify ON {table}")
        op.execute("DROP FUNCTION IF EXISTS skill_ladder_notify()")
    op.drop_table("accounts")
    for table in VERSIONED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("version")
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_people_manager_login"))
        batch_op.drop_column("department")
        batch_op.drop_column("manager_login")
