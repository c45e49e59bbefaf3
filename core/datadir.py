"""Where the user's data lives: ``--data-dir``, else ``SKILL_LADDER_DATA_DIR``, else the platform's."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "skill-ladder"
DATA_DIR_ENV = "SKILL_LADDER_DATA_DIR"


def resolve_data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data directory to use (not created here)."""
    if override:
        return Path(override).expanduser().resolve()
    from_env = os.environ.get(DATA_DIR_ENV)
    if from_env:
        return Path(from_env).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
