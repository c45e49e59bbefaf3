"""What the migration scripts do differently per engine."""

from __future__ import annotations

from typing import Literal

from alembic import op


def sqlite_rebuild() -> Literal["always", "auto"]:
    """``recreate`` for a batch that must rebuild the table on SQLite (which cannot alter
    constraints in place); other engines alter it in place, keeping the rows and the foreign
    keys that point at it."""
    return "always" if op.get_bind().dialect.name == "sqlite" else "auto"
