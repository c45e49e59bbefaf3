"""Action items get an order of their own and remember the meeting they were done in.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02

"""

from collections.abc import Sequence
from datetime import date

import sqlalchemy as sa
from alembic import op

from db.migrations.dialect import sqlite_rebuild

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Add action_items.position and action_items.done_meeting_id, filled for existing rows."""
    with op.batch_alter_table("action_items", schema=None, recreate=sqlite_rebuild()) as batch_op:
        batch_op.add_column(sa.Column("position", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("done_meeting_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_action_items_done_meeting_id_meetings"),
            "meetings",
            ["done_meeting_id"],
            ["id"],
            ondelete="SET NULL",
        )
    connection = op.get_bind()
    _number_by_created_order(connection)
    _attach_done_items_to_meetings(connection)
    with op.batch_alter_table("action_items", schema=None, recreate=sqlite_rebuild()) as batch_op:
        batch_op.alter_column("position", existing_type=sa.Integer(), server_default=None)


def _number_by_created_order(connection: sa.Connection) -> None:
    """Each person's items numbered 1, 2, … in the order they were created."""
    rows = connection.execute(
        sa.text("SELECT id, person_id FROM action_items ORDER BY person_id, created_at, id")
    ).fetchall()
    counters: dict[int, int] = {}
    for item_id, person_id in rows:
        counters[person_id] = counters.get(person_id, 0) + 1
        connection.execute(
            sa.text("UPDATE action_items SET position = :position WHERE id = :id"),
            {"position": counters[person_id], "id": item_id},
        )


def _attach_done_items_to_meetings(connection: sa.Connection) -> None:
    """A done item belongs to the person's latest meeting held on or before the day it was
    done, never to one before the meeting it was agreed in (then it is that meeting)."""
    meetings: dict[int, list[tuple[date, int]]] = {}
    for meeting_id, person_id, held_on in connection.execute(
        sa.text("SELECT id, person_id, held_on FROM meetings")
    ):
        meetings.setdefault(person_id, []).append((date.fromisoformat(held_on), meeting_id))
    for held in meetings.values():
        held.sort()
    by_id = {m_id: (held_on, m_id) for held in meetings.values() for held_on, m_id in held}
    done = connection.execute(
        sa.text(
            "SELECT id, person_id, meeting_id, done_at FROM action_items WHERE done_at IS NOT NULL"
        )
    ).fetchall()
    for item_id, person_id, meeting_id, done_at in done:
        done_on = date.fromisoformat(str(done_at)[:10])
        candidates = [key for key in meetings.get(person_id, []) if key[0] <= done_on]
        chosen = candidates[-1] if candidates else None
        own = by_id.get(meeting_id)
        if own is not None and (chosen is None or chosen < own):
            chosen = own
        if chosen is not None:
            connection.execute(
                sa.text("UPDATE action_items SET done_meeting_id = :meeting WHERE id = :id"),
                {"meeting": chosen[1], "id": item_id},
            )


def downgrade() -> None:
    """Drop the two columns."""
    with op.batch_alter_table("action_items", schema=None, recreate=sqlite_rebuild()) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_action_items_done_meeting_id_meetings"), type_="foreignkey"
        )
        batch_op.drop_column("done_meeting_id")
        batch_op.drop_column("position")
