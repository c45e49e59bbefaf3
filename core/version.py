"""The app's version, from the installed distribution's metadata (pyproject.toml is the source)."""

from __future__ import annotations

DISTRIBUTION = "skill-ladder"


def app_version() -> str:
    """The version string, or ``0+unknown`` when running from an uninstalled tree."""
    from importlib import metadata  # slow to import; only needed when asked

    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return "0+unknown"
