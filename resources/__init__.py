"""Files the app reads at run time: frameworks, icons, fonts, translations."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """Absolute path of a bundled resource, from a source tree, an install or a frozen build."""
    return Path(str(files(__name__).joinpath(*parts)))
