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
