"""Import a framework into the library in steps, without Qt: look at the files, convert them,
then see whether it is new or a new version of an installed one (and what changed).

Nothing here writes: :class:`~core.framework_library.FrameworkLibrary` installs what the user
accepted. Each step raises :class:`~core.errors.InputFileError` naming the file (and line or
cell) when something is wrong.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.errors import InputFileError, Problem
from core.framework import Framework
from core.framework_diff import FrameworkDiff, diff_frameworks
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.importers.common import ImportReport

Progress = Callable[[int, int], None]

FORMAT_LABELS = {
    "native": QT_TRANSLATE_NOOP("FrameworkImport", "Skill Ladder YAML/JSON"),
    "csv": QT_TRANSLATE_NOOP("FrameworkImport", "CSV sheet"),
    "xlsx": QT_TRANSLATE_NOOP("FrameworkImport", "XLSX workbook"),
    "ft": QT_TRANSLATE_NOOP("FrameworkImport", "Financial Times YAML"),
    "ft-levels": QT_TRANSLATE_NOOP("FrameworkImport", "Financial Times levels YAML"),
    "monzo": QT_TRANSLATE_NOOP("FrameworkImport", "Monzo Markdown"),
    "direct": QT_TRANSLATE_NOOP("FrameworkImport", "DIRECT JSON"),
    "direct-csv": QT_TRANSLATE_NOOP("FrameworkImport", "DIRECT CSV"),
    "direct-levels": QT_TRANSLATE_NOOP("FrameworkImport", "DIRECT skill-level scale"),
    "markdown": QT_TRANSLATE_NOOP("FrameworkImport", "Markdown without framework data"),
    "html": QT_TRANSLATE_NOOP("FrameworkImport", "HTML page"),
    "unknown": QT_TRANSLATE_NOOP("FrameworkImport", "not a format Skill Ladder reads"),
}
"""Short names of the kinds of file (and of the formats frameworks are imported from)."""

TABULAR = frozenset({"csv", "xlsx"})
READABLE = frozenset(FORMAT_LABELS) - {"markdown", "html", "unknown"}


def format_label(kind: str) -> str:
    """The short name of a kind of file, translated ("Financial Times YAML")."""
    return translate("FrameworkImport", FORMAT_LABELS[kind]) if kind in FORMAT_LABELS else kind


@dataclass(frozen=True)
class InspectedFile:
    """One file chosen: its path and what it was recognised as."""

    path: Path
    kind: str

    @property
    def label(self) -> str:
        """What it is, in words."""
        return format_label(self.kind)


@dataclass(frozen=True)
class Inspection:
    """The files chosen, recognised; for a sheet, its header, first rows and guessed columns."""

    files: tuple[InspectedFile, ...]
    header: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()
    guessed: Mapping[str, str | None] = field(default_factory=dict)
    template: bool = True
    """The sheet's columns are the template's: no mapping needed."""

    @property
    def tabular(self) -> bool:
        """A CSV or XLSX sheet (the column-mapping step applies)."""
        return len(self.files) == 1 and self.files[0].kind in TABULAR

    @property
    def needs_mapping(self) -> bool:
        """A sheet whose columns are not the template's."""
        return self.tabular and not self.template

    @property
    def readable(self) -> bool:
        """Every file is of a kind that can be imported."""
        return bool(self.files) and all(f.kind in READABLE for f in self.files)


def inspect_files(paths: Sequence[Path]) -> Inspection:
    """Recognise each file; for one sheet, read its header and first rows and guess the columns."""
    from core.importers import recognise
    from core.importers.columns import guess_columns, is_template_header, sample_rows
    from core.importers.common import read_bytes

    files = []
    raws = []
    for path in paths:
        raw = read_bytes(path)
        raws.append(raw)
        files.append(InspectedFile(path, recognise(path, raw)))
    if len(files) == 1 and files[0].kind in TABULAR:
        header, rows = sample_rows(files[0].path, raws[0], files[0].kind)
        return Inspection(
            tuple(files),
            tuple(header),
            tuple(tuple(r) for r in rows),
            guess_columns(header),
            is_template_header(header),
        )
    return Inspection(tuple(files))


@dataclass(frozen=True)
class Converted:
    """A framework made from the files, checked, with the report of how it was made."""

    framework: Framework
    report: ImportReport
    import_format: str
    """The format it came from: native, csv, xlsx, ft, monzo or direct."""
    source_files: tuple[str, ...]
    """The names of the files (not their folders)."""


def convert_files(
    paths: Sequence[Path],
    mapping: Mapping[str, Any] | None = None,
    progress: Progress | None = None,
) -> Converted:
    """Read and convert the files into a checked framework (a native file is read as it is),
    as ``skill-ladder frameworks install`` does (:func:`core.framework_install.read_framework_files`)."""
    from core.framework_install import read_framework_files
    from core.importers import recognise
    from core.importers.common import read_bytes

    step = progress or (lambda _done, _total: None)
    step(0, 3)
    kinds = [recognise(p, read_bytes(p)) for p in paths]
    if "native" in kinds and len(paths) != 1:
        raise InputFileError(
            [
                Problem(
                    str(paths[kinds.index("native")]),
                    translate(
                        "FrameworkImport",
                        "a Skill Ladder framework file is installed on its own; choose it alone",
                    ),
                )
            ]
        )
    step(1, 3)
    read = read_framework_files(list(paths), "auto", dict(mapping or {}))
    step(2, 3)
    report = read.report
    if report is None:  # a native file: nothing was converted
        framework = read.framework
        report = ImportReport(format_label("native"), [str(p) for p in paths])
        report.mapped.append(
            translate(
                "FrameworkImport", "read as it is: {levels} levels, {skills} skills, {roles} roles"
            ).format(
                levels=len(framework.levels),
                skills=len(framework.skills),
                roles=len(framework.roles),
            )
        )
    return Converted(read.framework, report, read.import_format, read.source_files)


@dataclass(frozen=True)
class Installed:
    """An installed framework as read when the import started: its version and content hash."""

    framework: Framework
    content_hash: str


@dataclass(frozen=True)
class InstallPlan:
    """What installing a converted framework would do."""

    converted: Converted
    builtin: bool = False
    """Its id is the built-in framework's: it cannot be installed under that id."""
    installed: Installed | None = None
    """The installed version it would replace (an update), if any."""
    diff: FrameworkDiff | None = None

    @property
    def is_update(self) -> bool:
        """A new version of an installed framework."""
        return self.installed is not None


def plan_install(
    converted: Converted,
    builtin_id: str,
    installed: Mapping[str, Installed],
    update_of: str | None = None,
    progress: Progress | None = None,
) -> InstallPlan:
    """Say whether ``converted`` is new, an update (with the diff) or the built-in framework.

    ``installed`` holds the installed frameworks by id (read on the caller's side); with
    ``update_of`` the user asked to update that framework, and a file of another framework is
    refused with a message naming both.
    """
    framework = converted.framework
    if update_of is not None and framework.id != update_of:
        wanted = installed.get(update_of)
        wanted_name = wanted.framework.name if wanted else update_of
        raise InputFileError(
            [
                Problem(
                    ", ".join(converted.source_files),
                    translate(
                        "FrameworkImport",
                        "this file holds the framework '{name}' (id {id}), not a version of "
                        "'{wanted}' (id {wanted_id}); import it as a new framework instead",
                    ).format(
                        name=framework.name,
                        id=framework.id,
                        wanted=wanted_name,
                        wanted_id=update_of,
                    ),
                )
            ]
        )
    if framework.id == builtin_id:
        return InstallPlan(converted, builtin=True)
    current = installed.get(framework.id)
    if current is None:
        return InstallPlan(converted)
    if progress is not None:
        progress(3, 3)
    old = current.framework.original or current.framework
    return InstallPlan(converted, installed=current, diff=diff_frameworks(old, framework))
