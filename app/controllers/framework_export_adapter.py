"""The one place the Frameworks dialog's Export… calls to write a framework to a file."""

from __future__ import annotations

from pathlib import Path

from core.framework import Framework

FORMATS = ("yaml", "csv", "xlsx")
SUFFIXES = {"yaml": ".yaml", "csv": ".csv", "xlsx": ".xlsx"}


def available_formats() -> tuple[str, ...]:
    """The formats Export… offers."""
    return FORMATS


def export_framework(framework: Framework, fmt: str, path: Path) -> None:
    """Write ``framework`` (its original language) to ``path`` as ``fmt``, atomically; raises
    ``OSError`` when the file cannot be written."""
    from core.framework_export_files import export_framework as write

    write(framework, fmt, path)  # type: ignore[arg-type]
