"""QSettings keys that belong to one data folder, so each folder remembers its own state.

A window opened on another data folder (sample data in a fresh folder, a second team) must not
start from what was chosen in the first one.
"""

from __future__ import annotations

import hashlib
from pathlib import Path


def folder_id(data_dir: Path) -> str:
    """A short, stable identifier of a data folder (a hash of its resolved path)."""
    path = str(Path(data_dir).expanduser().resolve())
    return hashlib.sha256(path.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def folder_key(data_dir: Path, key: str) -> str:
    """The QSettings key ``key`` (e.g. "team/role") for this data folder only."""
    return f"folders/{folder_id(data_dir)}/{key}"


def team_key(address: str, key: str) -> str:
    """The QSettings key ``key`` for one team database (``user@host:port/database``): the ids
    it remembers (the last person) are the server's, not a local file's."""
    digest = hashlib.sha256(address.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return f"teams/{digest}/{key}"
