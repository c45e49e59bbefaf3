"""What every part of the app shares: the frameworks, the repository and the data directory."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from core.framework import Framework
from core.framework_library import FrameworkLibrary

if TYPE_CHECKING:  # SQLAlchemy loads only once the database is opened, after the first paint.
    from db.repository import Repository


class AppContext:
    """The app's long-lived collaborators, handed to controllers (never the main window).

    ``framework`` is the framework of the person shown (their role's), which
    :meth:`use_framework` changes; ``library`` holds the default one and every installed one.
    """

    def __init__(self, framework: Framework, repository: Repository, data_dir: Path) -> None:
        self.default_framework = framework
        self.repository = repository
        self.data_dir = data_dir
        self.framework_id: str | None = None

    @cached_property
    def library(self) -> FrameworkLibrary:
        """The default framework and those installed in the data in use."""
        return FrameworkLibrary(self.default_framework, self.repository)

    @property
    def framework(self) -> Framework:
        """The framework of the person shown: their role's, else the default one."""
        if self.framework_id is None:
            return self.default_framework
        return self.library.for_role(self.framework_id, None)

    def use_framework(self, framework_id: str | None) -> Framework:
        """Show the person's role from ``framework_id``'s framework (None or one not installed:
        the default); return it."""
        known = framework_id is not None and self.library.is_known(framework_id)
        self.framework_id = framework_id if known else None
        return self.framework

    def stored_framework_id(self, framework: Framework) -> str | None:
        """What a profile stores for ``framework``: None for the default one, else its id."""
        return None if framework.id == self.default_framework.id else framework.id

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
