"""What every part of the app shares: the framework, the repository and the data directory."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from core.framework import Framework

if TYPE_CHECKING:  # SQLAlchemy loads only once the database is opened, after the first paint.
    from db.repository import Repository


@dataclass(frozen=True)
class AppContext:
    """The app's long-lived collaborators, handed to controllers (never the main window)."""

    framework: Framework
    repository: Repository
    data_dir: Path

    @property
    def team_address(self) -> str | None:
        """``user@host:port/database`` of the team database in use; None for the local file."""
        database = self.repository.database
        return database.location if database.path is None else None

    def setting_key(self, key: str) -> str:
        """The QSettings key ``key`` for the data in use: the data folder's file, or the team
        database (whose ids differ from the file's)."""
        from app.settings_keys import folder_key, team_key

        address = self.team_address
        return team_key(address, key) if address else folder_key(self.data_dir, key)
