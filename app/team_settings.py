"""The saved team database connection: one per data folder, kept in QSettings without password.

A data folder (``--data-dir``, or the default one) is where this app keeps its log and its
settings; choosing a team database in *File → Team database…* replaces that folder's local data
file for the window, until *Use local data* is chosen. Another data folder keeps its own choice.
``--database-url`` and ``SKILL_LADDER_DATABASE_URL`` win over the saved connection.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from app.settings_keys import folder_key

CONNECTION_KEY = "team/connection"


def saved_connection(data_dir: Path) -> str | None:
    """The team database saved for ``data_dir`` (a libpq string without password), if any."""
    value = QSettings().value(folder_key(data_dir, CONNECTION_KEY))
    return str(value) if value else None


def save_connection(data_dir: Path, conninfo: str | None) -> None:
    """Remember ``conninfo`` (any password removed) for ``data_dir``; None forgets it."""
    settings = QSettings()
    key = folder_key(data_dir, CONNECTION_KEY)
    if conninfo is None:
        settings.remove(key)
        return
    from db.engines.postgres import without_password

    settings.setValue(key, without_password(conninfo))
    settings.sync()
