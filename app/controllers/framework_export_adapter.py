"""The one place the Frameworks dialog's Export… calls to write a framework to a file.

The writers for CSV and XLSX live in ``core.framework_export_files`` (``export_framework(framework,
fmt, path)``, or ``framework_bytes(framework, fmt)`` as the CLI's ``frameworks export`` uses it),
imported when an export runs. Until that module is present, only the native YAML is offered,
written here from :func:`core.framework_export.framework_document`.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from core.framework import Framework

WRITERS_MODULE = "core.framework_export_files"
FORMATS = ("yaml", "csv", "xlsx")
SUFFIXES = {"yaml": ".yaml", "csv": ".csv", "xlsx": ".xlsx"}


def _writers_present() -> bool:
    return importlib.util.find_spec(WRITERS_MODULE) is not None


def available_formats() -> tuple[str, ...]:
    """The formats Export… offers: yaml, csv and xlsx (yaml alone without the writers)."""
    return FORMATS if _writers_present() else ("yaml",)


def export_framework(framework: Framework, fmt: str, path: Path) -> None:
    """Write ``framework`` (its original language) to ``path`` as ``fmt``; raises ``OSError``
    or :class:`~db.errors.StorageError` with a message for the user when it cannot."""
    from core.safe_files import write_atomically

    if _writers_present():
        writers = importlib.import_module(WRITERS_MODULE)
        if hasattr(writers, "export_framework"):
            writers.export_framework(framework, fmt, path)
        else:
            write_atomically(path, writers.framework_bytes(framework, fmt))
        return
    if fmt != "yaml":
        raise ValueError(f"no writer for {fmt} here yet")
    import yaml

    from core.framework_export import framework_document

    document = framework_document(framework.original or framework)
    text = yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=100)
    write_atomically(path, text.encode("utf-8"))
