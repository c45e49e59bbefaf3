"""Export a framework as a file: native YAML, or a CSV/XLSX sheet in the long format.

Each format reads back to the same framework: YAML with :func:`core.framework_files.load_framework`,
a sheet with :func:`core.importers.import_files` (the long format, with the framework's ids and
details added; see :mod:`core.importers.tabular`). The text is the framework's own language
(a translated view is exported as its original). ``*_bytes``/``framework_yaml`` build the file
in memory, so a window can do it off its thread; :func:`export_framework` writes it atomically.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

import yaml

from core.csv_files import csv_bytes
from core.framework import Criterion, Framework, Level
from core.framework_export import framework_document
from core.importers.framework_block import KEY_HEADER, SHEET_NAME, framework_pairs
from core.importers.sheet_cells import encode_characters, join_list, join_path
from core.importers.tabular import DETAIL_COLUMNS, EXPORT_COLUMNS
from core.safe_files import write_atomically

ExportFormat = Literal["csv", "xlsx", "yaml"]
EXPORT_FORMATS: tuple[ExportFormat, ...] = ("csv", "xlsx", "yaml")
SUFFIXES: dict[ExportFormat, str] = {"csv": ".csv", "xlsx": ".xlsx", "yaml": ".yaml"}
ROWS_SHEET = "ladder"


def _original(framework: Framework) -> Framework:
    return framework.original or framework


# --- YAML -----------------------------------------------------------------------------------


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    """Block style; text with line breaks as a literal block where YAML allows one (LibYAML's
    emitter where PyYAML has it: several times faster)."""


def _text(dumper: Any, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _text)


def framework_yaml(framework: Framework) -> str:
    """The framework as a native YAML file (key order kept, Unicode as it is)."""
    return yaml.dump(
        framework_document(_original(framework)),
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=100,
    )


# --- rows of the long format ------------------------------------------------------------------


def _step_cell(step: Level, steps: tuple[Level, ...]) -> str:
    """How a row names a proficiency: its label, unless another step's label or id is the same
    (the importer tries ids first, then labels), then its id."""
    clash = any(other is not step and step.label in (other.label, other.id) for other in steps)
    return step.id if clash else step.label


def framework_rows(framework: Framework) -> tuple[list[str], Iterator[list[str]]]:
    """The long-format header and rows: each skill's generic criteria (role empty), then every
    role's expectations; a row without a level lists a skill (or a role's use of it) that has
    none. Cells are the text as it is; the writers guard it for their file."""
    fw = _original(framework)
    column = {name: i for i, name in enumerate(EXPORT_COLUMNS)}
    width = len(EXPORT_COLUMNS)
    proficiency_cells = {p.id: _step_cell(p, fw.proficiencies) for p in fw.proficiencies}

    def row(skill_id: str, level: Level | None, **cells: str) -> list[str]:
        out = [""] * width
        skill = fw.skill(skill_id)
        out[column["skill"]], out[column["skill_id"]] = skill.name, skill.id
        if level is not None:
            out[column["level"]], out[column["level_id"]] = level.label, level.id
        for name, value in cells.items():
            out[column[name]] = value
        return out

    def generate() -> Iterator[list[str]]:
        for skill in fw.skills:
            details = {
                "category": join_path(skill.category_path or (skill.category,)),
                "skill_summary": skill.summary,
                "keywords": join_list(skill.keywords),
            }
            for level in fw.levels:
                text = skill.descriptors.get(level.id, "")
                criteria = skill.criteria.get(level.id) or ((Criterion(text),) if text else ())
                for criterion in criteria:
                    yield row(
                        skill.id,
                        level,
                        descriptor=criterion.text,
                        examples=join_list(criterion.examples),
                        **details,
                    )
                    details = {}
            if details:  # not described at any level: the skill on a row of its own
                yield row(skill.id, None, **details)
        for role in fw.roles:
            who = {"role": role.name, "role_id": role.id}
            for role_skill in role.skills:
                for level_id, expectation in role_skill.expectations.items():
                    level = fw.level(level_id)
                    marks = {"requirement": expectation.mark.value, **who}
                    if expectation.proficiency:
                        marks["proficiency"] = proficiency_cells[expectation.proficiency]
                    own = expectation.criteria or (
                        (Criterion(expectation.descriptor),) if expectation.descriptor else ()
                    )
                    for criterion in own:
                        yield row(
                            role_skill.skill_id,
                            level,
                            role_descriptor=criterion.text,
                            role_examples=join_list(criterion.examples),
                            **marks,
                        )
                    if not own:
                        yield row(
                            role_skill.skill_id,
                            level,
                            role_examples=join_list(expectation.examples),
                            **marks,
                        )
                if not role_skill.expectations:  # listed, expected at no level
                    yield row(role_skill.skill_id, None, **who)

    return list(EXPORT_COLUMNS), generate()


# --- CSV --------------------------------------------------------------------------------------


def framework_csv(framework: Framework) -> bytes:
    """The framework as a long-format CSV (UTF-8 with a byte order mark, so spreadsheet
    programs read any script): the rows, then the framework details on rows of their own in the
    ``framework_key``/``framework_value`` columns. Text a spreadsheet would run as a formula
    starts with an apostrophe, which the importer removes again."""
    header, rows = framework_rows(framework)
    padding = [""] * len(header)

    def all_rows() -> Iterator[list[str]]:
        for cells in rows:
            yield [encode_characters(c) for c in cells]
        for key, value in framework_pairs(_original(framework)):
            yield [*padding, key, encode_characters(value)]

    return csv_bytes([*header, *DETAIL_COLUMNS], all_rows())


# --- XLSX -------------------------------------------------------------------------------------


def _text_cells(sheet: Any, values: list[str], bold: bool = False) -> list[Any]:
    """Write-only cells that stay text whatever they start with (``=SUM(A1)`` is not run)."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    cells = []
    for value in values:
        cell = WriteOnlyCell(sheet, value=encode_characters(value) if value else None)
        if value:
            cell.data_type = "s"
        if bold:
            cell.font = Font(bold=True)
        cells.append(cell)
    return cells


def framework_xlsx(framework: Framework) -> bytes:
    """The framework as an XLSX workbook: the long-format rows on the first sheet, the
    framework details as key/value rows on a second sheet named ``framework``."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    header, rows = framework_rows(framework)
    book = Workbook(write_only=True)
    sheet = book.create_sheet(ROWS_SHEET)
    widths = {"descriptor": 60, "role_descriptor": 60, "examples": 40, "role_examples": 40,
              "skill_summary": 40, "skill": 28, "role": 24, "category": 24}  # fmt: skip
    for i, name in enumerate(header, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = widths.get(name, 14)
    sheet.freeze_panes = "A2"
    sheet.append(_text_cells(sheet, header, bold=True))
    count = 1
    for cells in rows:
        sheet.append(_text_cells(sheet, cells))
        count += 1
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{count}"
    details = book.create_sheet(SHEET_NAME)
    details.column_dimensions["A"].width = 36
    details.column_dimensions["B"].width = 80
    details.append(_text_cells(details, list(KEY_HEADER), bold=True))
    for key, value in framework_pairs(_original(framework)):
        details.append(_text_cells(details, [key, value]))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# --- any format -------------------------------------------------------------------------------


def framework_bytes(framework: Framework, fmt: ExportFormat) -> bytes:
    """The exported file's bytes in ``fmt`` (``csv``, ``xlsx`` or ``yaml``)."""
    if fmt == "csv":
        return framework_csv(framework)
    if fmt == "xlsx":
        return framework_xlsx(framework)
    if fmt == "yaml":
        return framework_yaml(framework).encode("utf-8")
    raise ValueError(f"unknown export format {fmt!r} (one of {', '.join(EXPORT_FORMATS)})")


def export_framework(framework: Framework, fmt: ExportFormat, path: Path) -> None:
    """Write the framework to ``path`` in ``fmt``, atomically (a failed write leaves any
    earlier file as it was)."""
    write_atomically(Path(path), framework_bytes(framework, fmt))


__all__ = [
    "EXPORT_FORMATS",
    "SUFFIXES",
    "ExportFormat",
    "export_framework",
    "framework_bytes",
    "framework_csv",
    "framework_rows",
    "framework_xlsx",
    "framework_yaml",
]
