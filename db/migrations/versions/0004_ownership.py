"""Who owns the data folder, people's identity across files, reopened assessments, and where a
manager rating came from. The profile becomes the one place for a person's role and target.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02

"""

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Add the columns, give every person an identity, and fill profiles from assessments."""
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.add_column(sa.Column("uid", sa.String(length=32), nullable=True))
        batch_op.add_column(
            sa.Column("is_owner", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    connection = op.get_bind()
    for (person_id,) in connection.execute(sa.text("SELECT id FROM people")).fetchall():
        connection.execute(
            sa.text("UPDATE people SET uid = :uid WHERE id = :id"),
            {"uid": uuid.uuid4().hex, "id": person_id},
        )
    # The role and target a person was last assessed against become their profile's, where the
    # profile had none: from now on the profile is the one source of both.
    connection.execute(
        sa.text(
            "UPDATE people SET role_id = (SELECT a.role_id FROM assessments AS a "
            "WHERE a.person_id = people.id ORDER BY a.started_at DESC, a.id DESC LIMIT 1) "
            "WHERE role_id IS NULL"
        )
    )
    connection.execute(
        sa.text(
            "UPDATE people SET target_level = (SELECT a.target_level FROM assessments AS a "
            "WHERE a.person_id = people.id AND a.role_id = people.role_id "
            "ORDER BY a.started_at DESC, a.id DESC LIMIT 1) "
            "WHERE target_level IS NULL AND role_id IS NOT NULL"
        )
    )
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.alter_column("uid", existing_type=sa.String(length=32), nullable=False)
        batch_op.alter_column("is_owner", existing_type=sa.Boolean(), server_default=None)
        batch_op.create_unique_constraint(batch_op.f("uq_people_uid"), ["uid"])

    with op.batch_alter_table("assessments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reopened_at", sa.DateTime(), nullable=True))
        batch_op.add_column(
            sa.Column("reopen_count", sa.Integer(), nullable=False, server_default="0")
        )

    with op.batch_alter_table("manager_ratings", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("source", sa.String(length=16), nullable=False, server_default="self")
        )
        batch_op.create_check_constraint(
            batch_op.f("ck_manager_ratings_source"), "source IN ('self', 'imported')"
        )


def downgrade() -> None:
    """Drop the new columns (profiles keep the role and target they were given)."""
    with op.batch_alter_table("manager_ratings", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_manager_ratings_source"), type_="check")
        batch_op.drop_column("source")
    with op.batch_alter_table("assessments", schema=None) as batch_op:
        batch_op.drop_column("reopen_count")
        batch_op.drop_column("reopened_at")
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_people_uid"), type_="unique")
        batch_op.drop_column("is_owner")
        batch_op.drop_column("uid")
