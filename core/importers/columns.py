"""Which column of a sheet holds which field: guessed from the headers, previewed row by row,
saved as the mapping file ``load_mapping`` reads.

Pure functions over a header and a few rows; the window's column-mapping step uses them, and
the preview reads the cells exactly as the importer will (:func:`tabular.column_index`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from core.importers import tabular
from core.importers.common import ImportReport

SYNONYMS: dict[str, tuple[str, ...]] = {
    "skill": ("skill", "skill name", "competency", "competence", "capability", "skill area",
              "attribute", "topic", "dimension"),
    "level": ("level", "level name", "grade", "band", "rank", "seniority", "tier", "career level",
              "step", "stage"),
    "descriptor": ("descriptor", "description", "criterion", "criteria", "behaviour",
                   "behavior", "expectation", "expectations", "indicator", "statement",
                   "what good looks like"),
    "category": ("category", "group", "domain", "pillar", "theme", "area", "cluster", "section"),
    "examples": ("examples", "example", "evidence", "for example"),
    "role": ("role", "job", "position", "track", "job title", "job family", "discipline"),
    "requirement": ("requirement", "required", "mark", "mandatory", "importance", "expected"),
    "proficiency": ("proficiency", "expected proficiency", "proficiency level", "mastery"),
    "skill_summary": ("skill summary", "skill description", "summary", "about the skill"),
    "level_meaning": ("level meaning", "level description", "level summary", "meaning",
                      "scope"),
    "role_descriptor": ("role descriptor", "role criterion", "role expectation"),
    "role_examples": ("role examples", "role evidence"),
    "keywords": ("keywords", "tags"),
    "skill_id": ("skill id",),
    "level_id": ("level id",),
    "role_id": ("role id",),
}  # fmt: skip
"""Header names (normalised: lower case, words separated by single spaces) for each field,
most specific first."""

PREVIEW_ROWS = 8


def normalise(header: str) -> str:
    """A header as compared: lower case, ``_``, ``-`` and punctuation as spaces, one space."""
    return " ".join(re.sub(r"[^\w]+|_", " ", header.casefold()).split())


def guess_columns(header: list[str]) -> dict[str, str | None]:
    """For each field, the header that most likely holds it (None: no column).

    Exact field names first, then the synonyms, then a header containing a synonym as a word;
    each header is given to one field at most.
    """
    names = [normalise(h) for h in header]
    chosen: dict[str, str | None] = dict.fromkeys(tabular.MAPPABLE_COLUMNS)
    taken: set[int] = set()

    def give(field: str, at: int) -> None:
        chosen[field] = header[at]
        taken.add(at)

    for field in tabular.MAPPABLE_COLUMNS:  # the field's own name, as the template writes it
        wanted = normalise(field)
        for at, name in enumerate(names):
            if at not in taken and name == wanted:
                give(field, at)
                break
    for field in tabular.MAPPABLE_COLUMNS:
        if chosen[field] is not None:
            continue
        for synonym in SYNONYMS[field]:
            at = next((i for i, n in enumerate(names) if i not in taken and n == synonym), None)
            if at is not None:
                give(field, at)
                break
    for field in tabular.MAPPABLE_COLUMNS:
        if chosen[field] is not None:
            continue
        for synonym in SYNONYMS[field]:
            pattern = re.compile(rf"\b{re.escape(synonym)}\b")
            at = next(
                (i for i, n in enumerate(names) if i not in taken and pattern.search(n)), None
            )
            if at is not None:
                give(field, at)
                break
    return chosen


def is_template_header(header: list[str]) -> bool:
    """Whether the sheet uses the template's column names (then no mapping step is needed):
    the required fields are there, and every named column is a field."""
    lowered = {h.strip().lower() for h in header if h.strip()}
    return set(tabular.REQUIRED_COLUMNS) <= lowered and lowered <= set(tabular.COLUMNS)


def mapping_for(
    header: list[str], columns: Mapping[str, str | None], extra: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """The mapping (as ``load_mapping`` reads it) that makes the importer read ``columns``.

    A field with no column is written as null only where the sheet has a column of the field's
    own name (which the importer would otherwise read); ``extra`` keeps other keys (levels,
    proficiencies, framework, source)."""
    lowered = {h.strip().lower() for h in header}
    written: dict[str, str | None] = {}
    for field in tabular.MAPPABLE_COLUMNS:
        column = columns.get(field)
        if column:
            written[field] = column
        elif field in lowered:
            written[field] = None
    mapping = {k: v for k, v in (extra or {}).items() if k != "columns"}
    return {"columns": written, **mapping}


def columns_of(header: list[str], mapping: Mapping[str, Any]) -> dict[str, str | None]:
    """For each field, the header the importer reads it from under ``mapping`` (None: none)."""
    index = tabular.column_index(header, dict(mapping))
    return {
        field: header[index[field]] if field in index else None
        for field in tabular.MAPPABLE_COLUMNS
    }


def preview(
    header: list[str], rows: list[list[str]], mapping: Mapping[str, Any]
) -> list[dict[str, str]]:
    """The rows as the importer will read them: each field's cell (empty where unmapped)."""
    index = tabular.column_index(header, dict(mapping))
    out = []
    for cells in rows:
        out.append(
            {
                field: cells[index[field]].strip() if field in index and index[field] < len(cells)
                else ""
                for field in tabular.MAPPABLE_COLUMNS
            }
        )  # fmt: skip
    return out


def mapping_text(mapping: Mapping[str, Any]) -> str:
    """A mapping as the YAML file ``--map`` and the window's Load mapping… read."""
    import yaml

    header = "# Skill Ladder column mapping: field → the sheet's column (null: not read)\n"
    return header + yaml.safe_dump(dict(mapping), sort_keys=False, allow_unicode=True)


def sample_rows(
    path: Path, raw: bytes, kind: str, limit: int = PREVIEW_ROWS
) -> tuple[list[str], list[list[str]]]:
    """The header and the first ``limit`` non-empty rows of a CSV or XLSX file.

    Raises :class:`~core.errors.InputFileError` (naming the file) for a damaged file or an empty
    sheet."""
    from core.documents import decode_text
    from core.i18n import translate
    from core.importers.common import fail

    rows: Iterator[tuple[str, int, list[str]]]
    if kind == "xlsx":
        rows = tabular.xlsx_rows(path, raw, ImportReport("xlsx", [str(path)]))
    else:
        rows = tabular.csv_rows(path, decode_text(raw, str(path)))
    header: list[str] | None = None
    found: list[list[str]] = []
    try:
        for _prefix, _number, cells in rows:
            if header is None:
                header = [c.strip() for c in cells]
                continue
            if any(c.strip() for c in cells):
                found.append(cells)
            if len(found) >= limit:
                break
    finally:
        close = getattr(rows, "close", None)
        if close is not None:
            close()
    if not header or not any(header):
        raise fail(str(path), translate("Importer", "the sheet is empty"))
    return header, found
