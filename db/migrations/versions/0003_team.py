"""People's profiles and archive; exchangeable assessments; manager ratings; one-on-ones.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22

"""

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from db.migrations.dialect import sqlite_rebuild

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Add profile fields, assessment identity and source, and the team tables."""
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.add_column(sa.Column("role_id", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("current_level", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("target_level", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("start_date", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("archived_at", sa.DateTime(), nullable=True))

    # Existing assessments get their identity before the column becomes required.
    with op.batch_alter_table("assessments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("uid", sa.String(length=32), nullable=True))
        batch_op.add_column(
            sa.Column("source", sa.String(length=16), nullable=False, server_default="self")
        )
        batch_op.add_column(sa.Column("import_note", sa.Text(), nullable=True))
    connection = op.get_bind()
    ids = [row[0] for row in connection.execute(sa.text("SELECT id FROM assessments"))]
    for assessment_id in ids:
        connection.execute(
            sa.text("UPDATE assessments SET uid = :uid WHERE id = :id"),
            {"uid": uuid.uuid4().hex, "id": assessment_id},
        )
    with op.batch_alter_table("assessments", schema=None, recreate=sqlite_rebuild()) as batch_op:
        batch_op.alter_column("uid", existing_type=sa.String(length=32), nullable=False)
        batch_op.alter_column("source", existing_type=sa.String(length=16), server_default=None)
        batch_op.create_unique_constraint(batch_op.f("uq_assessments_uid"), ["uid"])
        batch_op.create_check_constraint(
            batch_op.f("ck_assessments_source"), "source IN ('self', 'imported')"
        )

    op.create_table(
        "manager_ratings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("skill_id", sa.String(length=64), nullable=False),
        sa.Column("level_id", sa.String(length=64), nullable=True),
        sa.Column("is_rated", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"], ["assessments.id"],
            name=op.f("fk_manager_ratings_assessment_id_assessments"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_manager_ratings")),
        sa.UniqueConstraint(
            "assessment_id", "skill_id", name=op.f("uq_manager_ratings_assessment_id")
        ),
    )  # fmt: skip
    with op.batch_alter_table("manager_ratings", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_manager_ratings_assessment_id"), ["assessment_id"], unique=False
        )

    op.create_table(
        "meetings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"], ["assessments.id"],
            name=op.f("fk_meetings_assessment_id_assessments"), ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_meetings_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meetings")),
    )  # fmt: skip
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meetings_person_id"), ["person_id"], unique=False)

    op.create_table(
        "action_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meetings.id"], name=op.f("fk_action_items_meeting_id_meetings"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_action_items_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_items")),
    )  # fmt: skip
    with op.batch_alter_table("action_items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_items_person_id"), ["person_id"], unique=False)


def downgrade() -> None:
    """Drop the team tables and the new columns."""
    op.drop_table("action_items")
    op.drop_table("meetings")
    op.drop_table("manager_ratings")
    with op.batch_alter_table("assessments", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_assessments_source"), type_="check")
        batch_op.drop_constraint(batch_op.f("uq_assessments_uid"), type_="unique")
        batch_op.drop_column("import_note")
        batch_op.drop_column("source")
        batch_op.drop_column("uid")
    with op.batch_alter_table("people", schema=None) as batch_op:
        for column in ("archived_at", "start_date", "target_level", "current_level", "role_id"):
            batch_op.drop_column(column)
