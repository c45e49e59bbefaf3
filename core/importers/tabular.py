"""CSV and XLSX ladders in long format: one row per skill, level and (optionally) role.

Columns (names are case-insensitive; ``--map`` or a mapping file renames them):

=================  ==========================================================================
skill              the skill's name (required)
level              the level's name, as the sheet has it (required)
descriptor         one criterion of the skill at that level; several rows add several criteria
category           the skill's category; ``Domain > Competency`` gives a category path
examples           examples of that criterion, separated by ``|`` or new lines
role               the role; empty means the skill's generic descriptor
requirement        required, optional or not-expected (default: required)
proficiency        the proficiency the role expects at that level (optional scale)
skill_summary      what the skill is about
level_meaning      what the level means
role_descriptor    one criterion of the role's own descriptor at that level, which replaces the
                   skill's generic one for the role; several rows add several criteria
role_examples      examples of that criterion; on a row without ``role_descriptor``, the role's
                   examples of evidence for the generic descriptor
keywords           the skill's keywords, separated by ``|`` or new lines
skill_id           the id of the row's skill, level or role (lowercase letters, digits, ``-``,
level_id           ``_``); without one, the id is made from the name
role_id
framework_key      a framework detail (see :mod:`core.importers.framework_block`), on a row
framework_value    whose other cells are empty
=================  ==========================================================================

Levels keep the order in which they first appear (or the order the mapping file lists). A
skill's category, summary and keywords come from its first row that has them. ``descriptor`` is
always the skill's generic text, on a role's row too; ``role_descriptor`` is the role's own.

With id columns, rows are matched by id (a row whose id cell is empty is matched by name) and the
first row of a skill, level or role gives its name; a different name on a later row is reported.

**Exported sheets.** A sheet the app exports also carries the framework details: in XLSX on a
second sheet named ``framework`` (columns ``key`` and ``value``), in CSV on rows of their own in
the ``framework_key``/``framework_value`` columns. Such a sheet reads back to exactly the
framework it was made from, and is read with these rules: the levels (and the proficiency scale)
are the ones the details define, with their order, and a row naming another one is refused (a
proficiency cell names a step by id, else by label); a
row with an empty level cell lists a skill that is not described at any level, or (with a role)
a role's use of a skill at no level; rows without a role give generic descriptors only; list
cells and category paths use the backslash escapes of :mod:`core.importers.sheet_cells`, and in
CSV a leading apostrophe that keeps a cell from being run as a formula is removed, and
``_xHHHH_`` escapes are read as characters (XLSX cells always are: Excel writes them). A sheet
without framework details is read as it always was.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from core.csv_files import restore
from core.i18n import translate
from core.importers.common import (
    MAX_NAME,
    MAX_TEXT,
    Ids,
    ImportReport,
    ImportResult,
    clean,
    clip,
    criterion,
    fail,
    framework_meta,
)
from core.importers.framework_block import (
    KEY_HEADER,
    SHEET_NAME,
    FrameworkBlock,
    read_block,
)
from core.importers.sheet_cells import decode_characters, split_list, split_path

COLUMNS = (
    "skill", "level", "descriptor", "category", "examples", "role", "requirement", "proficiency",
    "skill_summary", "level_meaning", "role_descriptor", "role_examples", "keywords", "skill_id",
    "level_id", "role_id", "framework_key", "framework_value",
)  # fmt: skip
EXPORT_COLUMNS = (
    "skill", "category", "level", "descriptor", "examples", "role", "requirement", "proficiency",
    "role_descriptor", "role_examples", "skill_summary", "keywords", "skill_id", "level_id",
    "role_id",
)  # fmt: skip
"""The columns an exported sheet has, in order (the template's first, the ids last)."""
DETAIL_COLUMNS = ("framework_key", "framework_value")
MAPPABLE_COLUMNS = tuple(c for c in COLUMNS if c not in DETAIL_COLUMNS)
"""The fields a column mapping names (the framework details keep their own column names)."""
"""The columns of a CSV's framework details (an XLSX has them on the ``framework`` sheet)."""
_ID = re.compile(r"^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$")
_ID_KEY = " "
"""Prefix of the key of a thing named by its id (names are stripped: none starts with a space)."""
GENERIC = "All skills"
"""The role of rows without one, kept only when the sheet names no role at all."""
REQUIRED_COLUMNS = ("skill", "level")
MAX_ROWS = 200_000
MAX_XLSX_UNCOMPRESSED = 64 * 1024 * 1024
MAX_XLSX_RATIO = 200
_MARKS = {"required": "required", "optional": "optional", "not-expected": "not-expected",
          "not expected": "not-expected", "yes": "required", "no": "optional", "r": "required",
          "o": "optional", "": "required"}  # fmt: skip
TEMPLATE_ROWS = [
    ["Python", "Engineering > Languages", "Junior", "Writes small scripts with help", "A CSV clean-up script", "Backend engineer", "required", "", "Writing Python code", ""],
    ["Python", "Engineering > Languages", "Junior", "Reads tracebacks to find errors", "", "", "", "", "", ""],
    ["Python", "Engineering > Languages", "Senior", "Designs packages others build on", "", "Backend engineer", "required", "", "", ""],
    ["Communication", "Behaviours", "Senior", "Explains trade-offs to non-engineers", "", "Backend engineer", "optional", "", "", ""],
]  # fmt: skip
TEMPLATE_HEADER = ["skill", "category", "level", "descriptor", "examples", "role", "requirement",
                   "proficiency", "skill_summary", "level_meaning"]  # fmt: skip


def template_csv() -> str:
    """The CSV template the CLI writes: the documented header and a few example rows."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(TEMPLATE_HEADER)
    writer.writerows(TEMPLATE_ROWS)
    return out.getvalue()


Rows = Iterator[tuple[str, int, list[str]]]
"""(where prefix, row number, cells): the prefix and number make the place named in messages."""


def _delimiter(text: str) -> str:
    """The CSV's delimiter: comma, semicolon or tab, judged on the header line (the text below
    it may hold any number of each), else on the first 4 kB."""
    for sample in (text.split("\n", 1)[0], text[:4096]):
        if any(d in sample for d in ",;\t"):
            break
    delimiter = ";" if sample.count(";") > sample.count(",") and "\t" not in sample else ","
    if sample.count("\t") > sample.count(delimiter):
        delimiter = "\t"
    return delimiter


def csv_rows(path: Path, text: str) -> Rows:
    """Every row of CSV text; the first is the header."""
    delimiter = _delimiter(text)
    prefix = f"{path}:"
    if '"' not in text and "\r" not in text:
        # Without quotes a CSV row is its line split at the delimiter, exactly as the csv module
        # reads it, and several times faster on large sheets.
        lines = text.split("\n")
        if lines[-1] == "":
            lines.pop()
        for number, line in enumerate(lines, 1):
            yield prefix, number, line.split(delimiter)
        return
    reader = csv.reader(io.StringIO(text), delimiter=delimiter, strict=True)
    try:
        for row in reader:
            yield prefix, reader.line_num, row
    except csv.Error as exc:
        raise fail(
            str(path),
            translate("Importer", "not valid CSV: {reason}").format(reason=exc),
            reader.line_num,
        ) from exc


def check_xlsx(path: Path, raw: bytes) -> None:
    """Refuse an XLSX whose parts would inflate past the limits (a zip bomb) before opening it."""
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            total = 0
            for info in archive.infolist():
                total += info.file_size
                ratio = info.file_size / max(info.compress_size, 1)
                if total > MAX_XLSX_UNCOMPRESSED or (
                    info.file_size > 1024 * 1024 and ratio > MAX_XLSX_RATIO
                ):
                    raise fail(
                        str(path),
                        translate(
                            "Importer",
                            "the workbook part '{part}' inflates to {size} bytes (limit {limit} "
                            "in all, compression ratio {ratio}); refused as unsafe",
                        ).format(
                            part=info.filename,
                            size=f"{info.file_size:,}",
                            limit=f"{MAX_XLSX_UNCOMPRESSED:,}",
                            ratio=MAX_XLSX_RATIO,
                        ),
                    )
    except zipfile.BadZipFile as exc:
        raise fail(
            str(path),
            translate(
                "Importer", "not a valid XLSX workbook (the zip container is damaged or truncated)"
            ),
        ) from exc


def _details_sheet(book: Any, path: Path) -> tuple[Any, list[tuple[str, int, str, str]]] | None:
    """The ``framework`` sheet of an exported workbook (not the first sheet, headed ``key``,
    ``value``) and its (place, row, key, value) rows; None when the workbook has none."""
    for sheet in book.worksheets[1:]:
        if sheet.title.strip().lower() != SHEET_NAME:
            continue
        prefix = translate("Importer", "{file} [{sheet}] row ").format(file=path, sheet=sheet.title)
        rows = sheet.iter_rows(values_only=True)
        header = [clean(v).lower() for v in next(rows, ())]
        while header and not header[-1]:
            header.pop()
        if tuple(header) != KEY_HEADER:
            return None
        pairs = []
        for number, row in enumerate(rows, start=2):
            cells = [decode_characters(clean(v)) for v in row[:2]] + ["", ""]
            if cells[0]:
                pairs.append((prefix, number, cells[0], cells[1]))
        return sheet, pairs
    return None


def xlsx_rows(path: Path, raw: bytes, report: ImportReport) -> Rows:
    """The rows of the first sheet; formulas are kept as their text, never evaluated, and
    ``_xHHHH_`` escapes (Excel's, for characters XML cannot hold) are read as the character.
    The ``framework`` sheet of an exported workbook joins the rows as framework-detail rows."""
    check_xlsx(path, raw)
    import openpyxl

    try:
        # data_only=False: a formula cell reads as its formula text, which we keep as text.
        book = openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=False)
    except Exception as exc:  # openpyxl raises many kinds for damaged files
        raise fail(
            str(path),
            translate("Importer", "not a readable XLSX workbook ({reason})").format(
                reason=type(exc).__name__
            ),
        ) from exc
    try:
        sheet = book.worksheets[0]
        details = _details_sheet(book, path)
        row_prefix = translate("Importer", "{file} [{sheet}] row ").format(
            file=path, sheet=sheet.title
        )
        formulas = 0
        for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = [clean(v) for v in row]
            if any("_x" in c for c in cells):
                cells = [decode_characters(c) for c in cells]
            formulas += sum(
                1
                for c in cells
                if c.startswith(("=", "+", "-", "@")) and len(c) > 1 and c[1:2] != " "
            )
            while cells and not cells[-1]:
                cells.pop()
            if number == 1 and details is not None:
                yield from _with_details(row_prefix, cells, details[1])
                continue
            yield row_prefix, number, cells
        if formulas:
            report.renamed.append(
                translate(
                    "Importer", "{count} cells look like formulas: kept as text, never evaluated"
                ).format(count=formulas)
            )
        others = [ws.title for ws in book.worksheets[1:] if details is None or ws is not details[0]]
        if others:
            report.left_out.append(
                translate("Importer", "sheets other than the first ({sheets})").format(
                    sheets=", ".join(others)
                )
            )
    finally:
        book.close()


def _with_details(prefix: str, header: list[str], pairs: list[tuple[str, int, str, str]]) -> Rows:
    """The header (with the framework-detail columns added when it lacks them), then the
    details as rows of their own in those columns."""
    lowered = [h.strip().lower() for h in header]
    header = list(header)
    at = []
    for column in DETAIL_COLUMNS:
        if column not in lowered:
            header.append(column)
            lowered.append(column)
        at.append(lowered.index(column))
    yield prefix, 1, header
    for place, number, key, value in pairs:
        cells = [""] * len(header)
        cells[at[0]], cells[at[1]] = key, value
        yield place, number, cells


def _check_name(name: str, file: str, prefix: str, number: int) -> None:
    """Refuse an absurdly long skill or level name (checked once per new name)."""
    if len(name) > MAX_NAME:
        raise fail(
            file,
            f"{prefix}{number}: "
            + translate(
                "Importer", "a skill or level name is longer than {limit} characters"
            ).format(limit=MAX_NAME),
        )


def _check_id(ident: str, column: str, file: str, prefix: str, number: int) -> None:
    if not _ID.fullmatch(ident):
        raise fail(
            file,
            f"{prefix}{number}: {column}: "
            + translate(
                "FrameworkCheck", "'{id}' is not a valid id (lowercase letters, digits, '-', '_')"
            ).format(id=ident),
        )


def _split_plain(cell: str) -> list[str]:
    return [e.strip() for e in cell.replace("\n", "|").split("|") if e.strip()]


def _unguard(cell: str) -> str:
    """An exported CSV cell as its text: the formula guard and character escapes removed."""
    return decode_characters(restore(cell))


def _split_details(
    rows: Rows, i_key: int, i_value: int, file: str
) -> tuple[list[tuple[str, int, list[str]]], list[tuple[str, str, str]]]:
    """The rows of skills, and the framework details as (place, key, value)."""
    data: list[tuple[str, int, list[str]]] = []
    pairs: list[tuple[str, str, str]] = []
    for prefix, number, cells in rows:
        key = cells[i_key].strip() if i_key < len(cells) else ""
        if not key:
            data.append((prefix, number, cells))
            continue
        if any(c.strip() for i, c in enumerate(cells) if i not in (i_key, i_value)):
            raise fail(
                file,
                f"{prefix}{number}: "
                + translate(
                    "Importer",
                    "a framework detail row (framework_key) must leave the other cells empty",
                ),
            )
        value = cells[i_value] if 0 <= i_value < len(cells) else ""
        pairs.append((f"{prefix}{number}", key, value))
    return data, pairs


def _renamed_later(kind: str, ident: str, found: str, kept: str, place: str) -> str:
    what = {
        "skill": translate("Importer", "skill '{name}'"),
        "level": translate("Importer", "level '{name}'"),
        "role": translate("Importer", "role '{name}'"),
    }[kind].format(name=ident)
    return f"{place}: " + translate(
        "Importer", "{what} is named '{found}' here and '{kept}' before; '{kept}' is kept"
    ).format(what=what, found=found, kept=kept)


def mapped_columns(mapping: dict[str, Any]) -> dict[str, str]:
    """The mapping's ``columns`` as field → lowercased header; "" means "no column" (a field
    mapped to nothing, or to null, is not read even when a header has its name)."""
    return {
        str(k): "" if v is None else str(v).strip().lower()
        for k, v in (mapping.get("columns") or {}).items()
    }


def column_index(header: list[str], mapping: dict[str, Any]) -> dict[str, int]:
    """Where each field is read in ``header``: the mapping's column, else the column named as
    the field (case-insensitive); fields with no column are left out."""
    columns = mapped_columns(mapping)
    lowered = [h.strip().lower() for h in header]
    index: dict[str, int] = {}
    for field in COLUMNS:
        wanted = columns.get(field, field)
        if wanted and wanted in lowered:
            index[field] = lowered.index(wanted)
    return index


def import_rows(
    rows: Rows,
    report: ImportReport,
    name: str,
    mapping: dict[str, Any],
    *,
    guarded: bool = False,
) -> ImportResult:
    """Convert long-format rows (the first is the header) into a framework document.

    ``guarded``: the rows are a CSV file's, whose cells an export may have guarded against
    spreadsheets (see :mod:`core.csv_files`); undone only in a sheet with framework details."""
    columns = mapped_columns(mapping)
    try:
        prefix, number, header = next(rows)
        where = f"{prefix}{number}"
    except StopIteration:
        raise fail(report.files[0], translate("Importer", "the sheet is empty")) from None
    index = column_index(header, mapping)
    missing = [columns.get(f) or f for f in REQUIRED_COLUMNS if f not in index]
    if missing:
        raise fail(
            where.rsplit(":", 1)[0] if ":" in where else where,
            f"{where}: "
            + translate(
                "Importer",
                "no column {missing} in the header ({header}); name the columns with --map "
                "skill=COLUMN,level=COLUMN",
            ).format(
                missing=", ".join(repr(m) for m in missing),
                header=", ".join(repr(h) for h in header[:20]),
            ),
        )
    used = set(index.values())
    for i, h in enumerate(header):
        if i not in used and h.strip():
            report.left_out.append(
                translate("Importer", "column '{column}' (not one of: {columns})").format(
                    column=h, columns=", ".join(COLUMNS)
                )
            )
    file = report.files[0]
    block: FrameworkBlock | None = None
    if "framework_key" in index:
        data, pairs = _split_details(
            rows, index["framework_key"], index.get("framework_value", -1), file
        )
        if pairs:
            if guarded:
                pairs = [(w, _unguard(k), _unguard(v)) for w, k, v in pairs]
                data = [(p, n, [_unguard(c) for c in cells]) for p, n, cells in data]
            block = read_block(((w, k.strip(), v.strip()) for w, k, v in pairs), report)
        rows = iter(data)
    exact = block is not None
    split = split_list if exact else _split_plain
    # A row naming a skill or role without its id joins the one with that name and an id,
    # wherever in the sheet that one is: sheets with id columns are read twice.
    skill_key_of: dict[str, str] = {}
    role_key_of: dict[str, str] = {}
    if "skill_id" in index or "role_id" in index:
        listed = list(rows)
        rows = iter(listed)
        for known, name_at, id_at, column in (
            (skill_key_of, index["skill"], index.get("skill_id", -1), "skill_id"),
            (role_key_of, index.get("role", -1), index.get("role_id", -1), "role_id"),
        ):
            if min(name_at, id_at) < 0:
                continue
            for prefix, number, cells in listed:
                if max(name_at, id_at) < len(cells) and (ident := cells[id_at].strip()):
                    _check_id(ident, column, file, prefix, number)
                    known.setdefault(cells[name_at].strip(), _ID_KEY + ident)

    # Skills, levels, roles and proficiencies are keyed by name, or by _ID_KEY + id.
    levels: dict[str, dict[str, str]] = {}
    level_key: dict[str, str] = {}
    proficiencies: dict[str, dict[str, str]] = {}
    proficiency_key: dict[str, str] = {}
    if block is not None and block.levels:
        for ident, data_ in block.levels.items():
            key = _ID_KEY + ident
            levels[key] = {"id": ident, "label": data_.get("label") or ident,
                           "meaning": data_.get("meaning", ""),
                           "summary": data_.get("summary", "")}  # fmt: skip
            level_key.setdefault(levels[key]["label"], key)
    else:
        for label in (clean(x) for x in mapping.get("levels") or []):
            levels[label] = {"label": label}
    if block is not None and block.proficiencies:
        for ident, data_ in block.proficiencies.items():
            key = _ID_KEY + ident
            proficiencies[key] = {"id": ident, "label": data_.get("label") or ident,
                                  "meaning": data_.get("meaning", ""),
                                  "summary": data_.get("summary", "")}  # fmt: skip
            proficiency_key.setdefault(proficiencies[key]["label"], key)
        proficiency_key.update({p["id"]: k for k, p in proficiencies.items()})  # ids first
    else:
        for label in (clean(x) for x in mapping.get("proficiencies") or []):
            proficiencies[label] = {"label": label}
            proficiency_key[label] = label
    levels_fixed, proficiencies_fixed = bool(levels), bool(proficiencies)
    details_levels = block is not None and bool(block.levels)
    if details_levels:
        level_refusal = translate(
            "Importer", "level '{level}' is not one of the sheet's levels ({levels})"
        )
    else:
        level_refusal = translate(
            "Importer", "level '{level}' is not in the mapping's levels ({levels})"
        )

    def unknown_level(level: str) -> str:
        names = ", ".join(e["label"] for e in levels.values())
        return level_refusal.format(level=level, levels=names)

    skills: dict[str, dict[str, Any]] = {}
    roles: dict[str, dict[str, dict[str, tuple[str, str]]]] = {}
    role_info: dict[str, dict[str, str]] = {}
    role_order: list[str] = []
    # A role's own descriptor (criteria) and loose examples, by (role, skill, level) key.
    own: dict[tuple[str, str, str], tuple[list[Any], list[str]]] = {}
    renamed_later: set[str] = set()
    count = 0
    (i_skill, i_level, i_desc, i_cat, i_ex, i_role, i_req, i_prof, i_summary, i_meaning,
     i_own, i_own_ex, i_kw, i_sid, i_lid, i_rid) = (
        index.get(f, -1) for f in COLUMNS[:16]
    )  # fmt: skip
    # Absent columns read the empty cell appended to every row (index -1).
    need = max(index.values()) + 1
    # The loop runs once per row (100,000s for a large ladder): only the cells it reads are
    # stripped, optional columns are read only when present, and names are bound locally.
    has_meaning, has_cat, has_summary = i_meaning >= 0, i_cat >= 0, i_summary >= 0
    has_desc, has_ex, has_role, has_req, has_prof = (
        i >= 0 for i in (i_desc, i_ex, i_role, i_req, i_prof)
    )
    has_own, has_own_ex, has_kw, has_sid, has_lid, has_rid = (
        i >= 0 for i in (i_own, i_own_ex, i_kw, i_sid, i_lid, i_rid)
    )
    content = [i for i in (i_desc, i_ex, i_req, i_prof, i_own, i_own_ex) if i >= 0]
    marks, max_text = _MARKS, MAX_TEXT
    # Consecutive rows mostly share their skill and role: the last ones found are kept.
    skill_key: str | None = None
    skill: dict[str, Any] = {}
    pair_key: tuple[str, str] | None = None
    expectation: dict[str, tuple[str, str]] = {}
    for prefix, number, cells in rows:
        count += 1
        if count > MAX_ROWS:
            raise fail(
                file, translate("Importer", "more than {limit} rows").format(limit=f"{MAX_ROWS:,}")
            )
        if len(cells) < need:
            cells = cells + [""] * (need - len(cells))
        skill_name, level = cells[i_skill].strip(), cells[i_level].strip()
        level_id = cells[i_lid].strip() if has_lid else ""
        listing = False
        if not skill_name or not (level or level_id):
            if not any(c.strip() for c in cells):
                continue
            if not skill_name:
                empty = translate("Importer", "the skill cell is empty")
            elif exact:
                listing = True  # a skill (or a role's use of it) at no level
            else:
                empty = translate("Importer", "the level cell is empty")
            if not listing:
                raise fail(file, f"{prefix}{number}: {empty}")
        if has_sid:
            skill_id = cells[i_sid].strip()
            key = _ID_KEY + skill_id if skill_id else skill_key_of.get(skill_name, skill_name)
        else:
            skill_id, key = "", skill_name
        if key != skill_key:
            found = skills.get(key)
            if found is None:
                _check_name(skill_name, file, prefix, number)
                found = skills[key] = {"name": skill_name, "descriptors": {}, "category": ""}
                if has_sid:
                    if key.startswith(_ID_KEY):  # named by its id, here or on another row
                        found["id"] = key[1:]
                    skill_key_of.setdefault(skill_name, key)
            elif skill_id and skill_name != found["name"] and key not in renamed_later:
                renamed_later.add(key)
                report.merged.append(
                    _renamed_later(
                        "skill", skill_id, skill_name, found["name"], f"{prefix}{number}"
                    )
                )
            skill, skill_key = found, key
        if has_cat and not skill["category"]:
            skill["category"] = cells[i_cat].strip()
        if has_summary and "summary" not in skill and (summary := cells[i_summary].strip()):
            skill["summary"] = clip(
                summary, MAX_TEXT, translate("Importer", "a skill summary"), report
            )
        if has_kw and "keywords" not in skill and (keywords := cells[i_kw].strip()):
            skill["keywords"] = split(keywords)
        role_id = cells[i_rid].strip() if has_rid else ""
        if role_id:
            role_key = _ID_KEY + role_id
            role_name = cells[i_role].strip() if has_role else ""
        else:
            role_name = cells[i_role].strip() if has_role else ""
            # An empty role cell is always the generic descriptor, whatever roles are named.
            if not role_name:
                role_key = GENERIC
            elif has_rid:
                role_key = role_key_of.get(role_name, role_name)
            else:
                role_key = role_name
            role_name = role_name or GENERIC
        if pair_key != (role_key, skill_key):
            per_role = roles.get(role_key)
            if per_role is None:
                per_role = roles[role_key] = {}
                role_info[role_key] = {"name": role_name or role_key[1:]}
                if role_key.startswith(_ID_KEY):
                    role_info[role_key]["id"] = role_key[1:]
                role_key_of.setdefault(role_name, role_key)
                role_order.append(role_key)
            elif (
                role_id and role_name and role_name != role_info[role_key]["name"]
                and role_key not in renamed_later
            ):  # fmt: skip
                renamed_later.add(role_key)
                report.merged.append(
                    _renamed_later(
                        "role", role_id, role_name, role_info[role_key]["name"], f"{prefix}{number}"
                    )
                )
            found_expectation = per_role.get(skill_key)
            if found_expectation is None:
                found_expectation = per_role[skill_key] = {}
            expectation, pair_key = found_expectation, (role_key, skill_key)
        if listing:
            if any(cells[i].strip() for i in content):
                raise fail(
                    file,
                    f"{prefix}{number}: "
                    + translate(
                        "Importer",
                        "a row without a level lists a skill (and a role that uses it); it "
                        "cannot hold a descriptor, examples, requirement or proficiency",
                    ),
                )
            continue
        if level_id:
            level_key_ = _ID_KEY + level_id
            level_entry = levels.get(level_key_)
            if level_entry is None:
                _check_id(level_id, "level_id", file, prefix, number)
                # A level a mapping file lists by name gets the id its first row gives.
                listed_level = None if details_levels else levels.get(level)
                if listed_level is not None and listed_level.get("id", level_id) == level_id:
                    listed_level["id"] = level_id
                    level_key_, level_entry = level, listed_level
                elif levels_fixed:
                    raise fail(file, f"{prefix}{number}: " + unknown_level(level_id))
                else:
                    _check_name(level, file, prefix, number)
                    level_entry = levels[level_key_] = {"id": level_id, "label": level or level_id}
                    level_key.setdefault(level_entry["label"], level_key_)
            elif level and level != level_entry["label"] and level_key_ not in renamed_later:
                renamed_later.add(level_key_)
                report.merged.append(
                    _renamed_later(
                        "level", level_id, level, level_entry["label"], f"{prefix}{number}"
                    )
                )
        else:
            level_key_ = level_key.get(level, level) if level_key else level
            level_entry = levels.get(level_key_)
            if level_entry is None:
                _check_name(level, file, prefix, number)
                if levels_fixed:
                    raise fail(file, f"{prefix}{number}: " + unknown_level(level))
                level_entry = levels[level_key_] = {"label": level}
        if has_meaning and (meaning := cells[i_meaning].strip()):
            level_entry["meaning"] = clip(
                meaning, MAX_TEXT, translate("Importer", "a level meaning"), report
            )
        text = cells[i_desc].strip() if has_desc else ""
        if len(text) > max_text:
            text = clip(
                text,
                MAX_TEXT,
                f"{prefix}{number}: " + translate("Importer", "descriptor"),
                report,
            )
        raw_examples = cells[i_ex].strip() if has_ex else ""
        examples = split(raw_examples) if raw_examples else []
        raw_mark = cells[i_req].strip().lower() if has_req else ""
        if raw_mark not in marks:
            raise fail(
                file,
                f"{prefix}{number}: "
                + translate(
                    "Importer",
                    "requirement must be required, optional or not-expected, found '{found}'",
                ).format(found=raw_mark),
            )
        proficiency = cells[i_prof].strip() if has_prof else ""
        if proficiency:
            found_key = proficiency_key.get(proficiency)
            if found_key is None:
                if proficiencies_fixed:
                    if block is not None and block.proficiencies:
                        message = translate(
                            "Importer",
                            "proficiency '{proficiency}' is not on the sheet's proficiency scale",
                        )
                    else:
                        message = translate(
                            "Importer",
                            "proficiency '{proficiency}' is not in the mapping's proficiencies",
                        )
                    raise fail(
                        file, f"{prefix}{number}: " + message.format(proficiency=proficiency)
                    )
                proficiencies[proficiency] = {"label": proficiency}
                found_key = proficiency_key[proficiency] = proficiency
            proficiency = found_key
        if text:
            generic = skill["descriptors"].setdefault(level_key_, [])
            item = criterion(text, examples)
            # An exported sheet writes each generic criterion once: keep them all as they are.
            if item in generic and not (exact and role_key == GENERIC):
                report.merged.append(
                    f"{prefix}{number}: "
                    + translate(
                        "Importer", "same criterion as an earlier row for '{skill}' at '{level}'"
                    ).format(skill=skill_name, level=level or level_id)
                )
            else:
                generic.append(item)
        elif examples:
            raise fail(
                file, f"{prefix}{number}: " + translate("Importer", "examples without a descriptor")
            )
        if has_own or has_own_ex:
            own_text = cells[i_own].strip() if has_own else ""
            own_raw = cells[i_own_ex].strip() if has_own_ex else ""
            if own_text or own_raw:
                if role_key == GENERIC:
                    raise fail(
                        file,
                        f"{prefix}{number}: "
                        + translate(
                            "Importer", "role_descriptor and role_examples need a role on the row"
                        ),
                    )
                place = (role_key, skill_key, level_key_)
                extra = own.get(place)
                if extra is None:
                    extra = own[place] = ([], [])
                if own_text:
                    own_text = clip(
                        own_text,
                        MAX_TEXT,
                        f"{prefix}{number}: " + translate("Importer", "role descriptor"),
                        report,
                    )
                    extra[0].append(criterion(own_text, split(own_raw) if own_raw else []))
                else:
                    extra[1].extend(split(own_raw))
        previous = expectation.get(level_key_)
        marked = (marks[raw_mark], proficiency)
        if previous and previous != marked and raw_mark:
            raise fail(
                file,
                f"{prefix}{number}: "
                + translate(
                    "Importer", "'{skill}' at '{level}' for '{role}' is marked twice differently"
                ).format(
                    skill=skill_name,
                    level=level or level_id,
                    role=role_info[role_key]["name"],
                ),
            )
        if not previous or raw_mark:
            expectation[level_key_] = marked
    if not skills:
        raise fail(report.files[0], translate("Importer", "no rows below the header"))
    if GENERIC in roles and len(roles) > 1:
        generic_rows = roles.pop(GENERIC)
        role_order.remove(GENERIC)
        if not exact:  # an exported sheet gives generic descriptors this way by design
            generic_count = len(generic_rows)
            report.merged.append(
                translate(
                    "Importer",
                    "rows without a role (%n skill(s)) give generic descriptors only",
                    None,
                    generic_count,
                )
            )
    return _document(
        report, name, mapping, block,
        levels, proficiencies, skills, roles, role_info, role_order, own, count,
    )  # fmt: skip


def _ids_for(
    kind: str, entries: dict[str, dict[str, Any]], label: str, report: ImportReport
) -> dict[str, str]:
    """Each entry's id: the one the sheet gives, else one made from its label (unique)."""
    ids = Ids(kind, report)
    ids.taken.update(e["id"] for e in entries.values() if "id" in e)
    return {key: e.get("id") or ids.make(e[label], e[label]) for key, e in entries.items()}


def _document(
    report: ImportReport,
    name: str,
    mapping: dict[str, Any],
    block: FrameworkBlock | None,
    levels: dict[str, dict[str, str]],
    proficiencies: dict[str, dict[str, str]],
    skills: dict[str, dict[str, Any]],
    roles: dict[str, dict[str, dict[str, tuple[str, str]]]],
    role_info: dict[str, dict[str, str]],
    role_order: list[str],
    own: dict[tuple[str, str, str], tuple[list[Any], list[str]]],
    count: int,
) -> ImportResult:
    """The framework document made of what the rows (and details) gave."""
    exact = block is not None
    level_map = _ids_for("level", levels, "label", report)
    prof_map = _ids_for("proficiency", proficiencies, "label", report)
    skill_map = _ids_for("skill", skills, "name", report)
    out_skills = []
    for key, skill in skills.items():
        raw = skill["category"]
        path = (split_path(raw) if exact else [p.strip() for p in raw.split(">") if p.strip()]) or [
            "General"
        ]
        entry: dict[str, Any] = {
            "id": skill_map[key],
            "name": skill["name"],
            "category_path": [p[:MAX_NAME] for p in path[:6]],
        }
        category = block.skills.pop(skill_map[key], {}).get("category") if block else None
        if category:
            entry["category"] = category
        if "summary" in skill:
            entry["summary"] = skill["summary"]
        if skill.get("keywords"):
            entry["keywords"] = skill["keywords"]
        # A lone criterion is plain text; one with examples stays a list of one (schema 2).
        entry["descriptors"] = {
            level_map[lv]: c[0] if len(c) == 1 and isinstance(c[0], str) else c
            for lv, c in skill["descriptors"].items()
            if c
        }
        out_skills.append(entry)
    role_ids = _ids_for("role", {k: role_info[k] for k in role_order}, "name", report)
    out_roles = []
    for role_key in role_order:
        role_id = role_ids[role_key]
        out_role: dict[str, Any] = {"id": role_id, "name": role_info[role_key]["name"]}
        details = block.roles.pop(role_id, {}) if block else {}
        for field in ("summary", "responsibilities", "deliverables"):
            if details.get(field):
                out_role[field] = details[field]
        if details.get("leads") or details.get("supports"):
            out_role["stages"] = {
                "leads": details.get("leads", []),
                "supports": details.get("supports", []),
            }
        if details.get("levels"):
            out_role["levels"] = details["levels"]
        out_role["skills"] = {
            skill_map[s]: {
                level_map[lv]: _expectation(e, prof_map, own.get((role_key, s, lv)))
                for lv, e in per_level.items()
            }
            for s, per_level in roles[role_key].items()
        }
        out_roles.append(out_role)
    if role_order == [GENERIC]:
        report.mapped.append(
            translate("Importer", "no role column values: one role '{role}'").format(role=GENERIC)
        )
    criteria_total = sum(len(c) for s in skills.values() for c in s["descriptors"].values())
    report.mapped.append(
        translate(
            "Importer",
            "{rows} rows → {levels} levels ({names}), {skills} skills, {roles} roles, "
            "{criteria} criteria",
        ).format(
            rows=count,
            levels=len(levels),
            names=", ".join(e["label"] for e in levels.values()),
            skills=len(skills),
            roles=len(out_roles),
            criteria=criteria_total,
        )
    )
    details = block.framework if block else {}
    given = mapping.get("framework") or {}
    given = given if isinstance(given, dict) else {}  # the mapping's say comes first
    document: dict[str, Any] = {
        "schema_version": 2,
        "framework": framework_meta(
            clean(given.get("name")) or details.get("name") or name,
            clean(given.get("version")) or details.get("version", ""),
            "imported",
        ),
    }
    framework_id = clean(given.get("id")) or details.get("id")
    if framework_id:  # kept, so that a new version of an installed framework updates it
        document["framework"]["id"] = framework_id
    if details.get("description"):
        document["framework"]["description"] = details["description"]
    source = mapping.get("source")
    if isinstance(source, dict) and clean(source.get("name")):
        document["source"] = {k: clean(v) for k, v in source.items() if clean(v)}
    elif block is not None and any(block.source.values()):
        document["source"] = {k: v for k, v in block.source.items() if v}
        if document["source"].get("licence"):
            report.licence_origin = translate("Importer", "the sheet's framework details")
    document["levels"] = [
        {"id": level_map[key], **{k: v for k, v in data.items() if k != "id" and v}}
        for key, data in levels.items()
    ]
    if proficiencies:
        document["proficiencies"] = [
            {"id": prof_map[key], **{k: v for k, v in data.items() if k != "id" and v}}
            for key, data in proficiencies.items()
        ]
        report.mapped.append(
            translate("Importer", "{count} proficiencies ({names})").format(
                count=len(proficiencies),
                names=", ".join(p["label"] for p in proficiencies.values()),
            )
        )
    if block is not None and block.stages:
        document["stages"] = [
            {"id": ident, "label": data.get("label") or ident}
            for ident, data in block.stages.items()
        ]
    document |= {"skills": out_skills, "roles": out_roles}
    if block is not None:
        if block.families:
            document["families"] = [
                {"id": ident, **{k: v for k, v in data.items() if v}}
                for ident, data in block.families.items()
            ]
        what = translate("Importer", "framework details")
        for ident in block.roles:
            report.left_out.append(
                translate("Importer", "{what}: role '{id}', which no row names").format(
                    what=what, id=ident
                )
            )
        for ident in block.skills:
            report.left_out.append(
                translate("Importer", "{what}: skill '{id}', which no row names").format(
                    what=what, id=ident
                )
            )
        entries = block.entries
        report.mapped.append(
            translate(
                "Importer",
                "%n framework detail(s) read: levels, proficiencies, stages, role details, "
                "families, source",
                None,
                entries,
            )
        )
    return ImportResult(document, report, block.schema_version if block else 2)


def _expectation(
    marked: tuple[str, str],
    prof_map: dict[str, str],
    extra: tuple[list[Any], list[str]] | None,
) -> Any:
    """One role's expectation at a level, in schema 2 form."""
    mark, proficiency = marked
    if not proficiency and not extra:
        return mark
    value: dict[str, Any] = {"mark": mark}
    if extra is not None:
        criteria, examples = extra
        if criteria:
            if examples:  # evidence given apart from the role's criteria joins the last one
                last = criteria[-1]
                text, before = (
                    (last, []) if isinstance(last, str) else (last["text"], last["examples"])
                )
                criteria = [*criteria[:-1], criterion(text, [*before, *examples])]
            lone = len(criteria) == 1 and isinstance(criteria[0], str)
            value["descriptor"] = criteria[0] if lone else criteria
        elif examples:
            value["examples"] = examples
    if proficiency:
        value["proficiency"] = prof_map[proficiency]
    return value


def schema_one(document: dict[str, Any]) -> dict[str, Any] | None:
    """The document as schema 1, when it says nothing schema 1 cannot (a schema 1 framework
    exported as a sheet comes back as schema 1); None otherwise."""
    import dataclasses

    from core.documents import Document
    from core.errors import FrameworkError
    from core.framework_export import framework_document
    from core.framework_schema import build_framework

    try:
        framework = build_framework(Document("(imported framework)", document))
        one = framework_document(dataclasses.replace(framework, schema_version=1))
        again = build_framework(Document("(imported framework)", one))
    except FrameworkError:
        return None
    same = framework_document(dataclasses.replace(again, schema_version=2)) == framework_document(
        framework
    )
    return one if same else None
