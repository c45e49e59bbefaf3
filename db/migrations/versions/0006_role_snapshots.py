"""Each frozen role version is stored once, keyed by its content hash; assessments refer to it.

Revision ID: 0006
Revises: 0005
Create Date: 2027-01-10

"""

import hashlib
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from db.migrations.dialect import sqlite_rebuild

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BATCH = 500


def upgrade() -> None:
    """Create role_snapshots, move every distinct snapshot text there, drop the inline copies."""
    op.create_table(
        "role_snapshots",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_role_snapshots")),
        sa.UniqueConstraint("content_hash", name=op.f("uq_role_snapshots_content_hash")),
    )
    # A plain column first (an ALTER, no copy of the table); the key and index come with the
    # rebuild that drops role_snapshot below.
    with op.batch_alter_table("assessments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("snapshot_id", sa.Integer(), nullable=True))
    _move_snapshots(op.get_bind())
    with op.batch_alter_table("assessments", schema=None, recreate=sqlite_rebuild()) as batch_op:
        batch_op.drop_column("role_snapshot")
        batch_op.create_foreign_key(
            batch_op.f("fk_assessments_snapshot_id_role_snapshots"),
            "role_snapshots",
            ["snapshot_id"],
            ["id"],
        )
        batch_op.create_index(batch_op.f("ix_assessments_snapshot_id"), ["snapshot_id"])


def _move_snapshots(connection: sa.Connection) -> None:
    """Read the inline snapshots a batch at a time (they can be hundreds of MB), store each
    distinct text once and point its assessments at it. The text is kept byte for byte."""
    ids: dict[str, int] = {}
    last_id = 0
    while True:
        rows = connection.execute(
            sa.text(
                "SELECT id, role_snapshot FROM assessments "
                "WHERE role_snapshot IS NOT NULL AND id > :last ORDER BY id LIMIT :size"
            ),
            {"last": last_id, "size": _BATCH},
        ).fetchall()
        if not rows:
            return
        updates = []
        for assessment_id, document in rows:
            key = hashlib.sha256(document.encode("utf-8")).hexdigest()
            if key not in ids:
                connection.execute(
                    sa.text(
                        "INSERT INTO role_snapshots (content_hash, document) VALUES (:key, :doc)"
                    ),
                    {"key": key, "doc": document},
                )
                ids[key] = connection.execute(
                    sa.text("SELECT id FROM role_snapshots WHERE content_hash = :key"),
                    {"key": key},
                ).scalar_one()
            updates.append({"snapshot": ids[key], "id": assessment_id})
        connection.execute(
            sa.text("UPDATE assessments SET snapshot_id = :snapshot WHERE id = :id"), updates
        )
        last_id = rows[-1][0]


def downgrade() -> None:
    """Put each snapshot's text back inline and drop role_snapshots."""
    with op.batch_alter_table("assessments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("role_snapshot", sa.Text(), nullable=True))
    op.get_bind().execute(
        sa.text(
            "UPDATE assessments SET role_snapshot = (SELECT s.document FROM role_snapshots AS s "
            "WHERE s.id = assessments.snapshot_id)"
        )
    )
    with op.batch_alter_table("assessments", schema=None, recreate=sqlite_rebuild()) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assessments_snapshot_id"))
        batch_op.drop_constraint(
            batch_op.f("fk_assessments_snapshot_id_role_snapshots"), type_="foreignkey"
        )
        batch_op.drop_column("snapshot_id")
    op.drop_table("role_snapshots")
