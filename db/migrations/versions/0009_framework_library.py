"""A library of frameworks in the data: installed frameworks, and each person's framework.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02

Installed frameworks live in the database (so they are backed up with it, and a team database
shares them with every manager). ``people.framework_id`` says which framework a person's role
belongs to; NULL keeps today's meaning, the built-in framework.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHANNEL = "skill_ladder_changes"
# A team database set up before this revision already has its group roles: give them the new
# table as `skill-ladder team init` would (it does so too when run again).
_TEAM_GRANTS = """
DO $$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'skill_ladder_manager') THEN
    GRANT SELECT ON frameworks TO skill_ladder_head, skill_ladder_manager, skill_ladder_person;
    GRANT INSERT, UPDATE, DELETE ON frameworks TO skill_ladder_head, skill_ladder_manager;
    GRANT UPDATE (framework_id) ON people TO skill_ladder_person;
  END IF;
END $$
"""


def upgrade() -> None:
    """Add the ``frameworks`` table and ``people.framework_id``."""
    op.create_table(
        "frameworks",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("import_format", sa.String(length=32), nullable=False),
        sa.Column("source_files", sa.Text(), nullable=False),
        sa.Column("installed_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("removed_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_frameworks")),
    )
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.add_column(sa.Column("framework_id", sa.String(length=64), nullable=True))
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE TRIGGER skill_ladder_notify AFTER INSERT OR UPDATE OR DELETE "
            "ON frameworks FOR EACH STATEMENT EXECUTE FUNCTION skill_ladder_notify()"
        )
        op.execute(_TEAM_GRANTS)


def downgrade() -> None:
    """Drop ``people.framework_id`` and the installed frameworks."""
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_column("framework_id")
    op.drop_table("frameworks")
