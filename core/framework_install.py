"""Read the files of a framework to install, native or in a format the app imports."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.errors import FrameworkError, InputFileError
from core.framework import Framework
from core.importers.common import ImportReport


@dataclass(frozen=True)
class FrameworkToInstall:
    """A checked framework read from files, with how it was read."""

    framework: Framework
    import_format: str
    """native, csv, xlsx, ft, monzo or direct."""
    source_files: tuple[str, ...]
    """The files' names (no folders)."""
    report: ImportReport | None
    """What the conversion mapped, merged, renamed and left out (None for a native file)."""


def read_framework_files(
    paths: list[Path],
    fmt: str = "auto",
    mapping: dict[str, Any] | None = None,
    licence: Any = None,
) -> FrameworkToInstall:
    """Read one native framework file, or convert foreign files (CSV, XLSX, FT, Monzo, DIRECT).

    Raises :class:`InputFileError` (or :class:`FrameworkError` for a native file) naming the
    file, line, field or cell of every problem; nothing is stored here.
    """
    from core.framework_files import load_framework
    from core.importers import check, import_files, read_bytes, recognise

    names = tuple(p.name for p in paths)
    kinds = [recognise(path, read_bytes(path)) for path in paths] if paths else []
    if fmt in {"auto", "native"} and kinds == ["native"]:
        framework = load_framework(paths[0])
        return FrameworkToInstall(dataclasses.replace(framework, file=""), "native", names, None)
    result = import_files(paths, "auto" if fmt == "native" else fmt, mapping, licence)
    framework = check(result)
    return FrameworkToInstall(framework, _family(kinds, fmt), names, result.report)


def _family(kinds: list[str], fmt: str) -> str:
    """The format family of the files (csv, xlsx, ft, monzo, direct)."""
    if fmt not in {"auto", "native"}:
        return fmt
    families = {"direct" if kind == "direct-csv" else kind.split("-")[0] for kind in kinds}
    families &= {"csv", "xlsx", "ft", "monzo", "direct"}
    return families.pop() if len(families) == 1 else "csv"


__all__ = ["FrameworkError", "FrameworkToInstall", "InputFileError", "read_framework_files"]
