"""The app's version, from the installed distribution's metadata (pyproject.toml is the source)."""

from __future__ import annotations

from importlib import metadata

DISTRIBUTION = "skill-ladder"


def app_version() -> str:
    """The version string, or ``0+unknown`` when running from an uninstalled tree."""
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return "0+unknown"
