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
=================  ==========================================================================

Levels keep the order in which they first appear (or the order the mapping file lists).
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

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

COLUMNS = (
    "skill", "level", "descriptor", "category", "examples", "role", "requirement", "proficiency",
    "skill_summary", "level_meaning",
)  # fmt: skip
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


def csv_rows(path: Path, text: str) -> Rows:
    """Every row of CSV text; the first is the header."""
    sample = text[:4096]
    delimiter = ";" if sample.count(";") > sample.count(",") and "\t" not in sample else ","
    if sample.count("\t") > sample.count(delimiter):
        delimiter = "\t"
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


def xlsx_rows(path: Path, raw: bytes, report: ImportReport) -> Rows:
    """The rows of the first sheet; formulas are kept as their text, never evaluated."""
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
        row_prefix = translate("Importer", "{file} [{sheet}] row ").format(
            file=path, sheet=sheet.title
        )
        formulas = 0
        for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = [clean(v) for v in row]
            formulas += sum(
                1
                for c in cells
                if c.startswith(("=", "+", "-", "@")) and len(c) > 1 and c[1:2] != " "
            )
            while cells and not cells[-1]:
                cells.pop()
            yield row_prefix, number, cells
        if formulas:
            report.renamed.append(
                translate(
                    "Importer", "{count} cells look like formulas: kept as text, never evaluated"
                ).format(count=formulas)
            )
        if len(book.worksheets) > 1:
            report.left_out.append(
                translate("Importer", "sheets other than the first ({sheets})").format(
                    sheets=", ".join(ws.title for ws in book.worksheets[1:])
                )
            )
    finally:
        book.close()


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
) -> ImportResult:
    """Convert long-format rows (the first is the header) into a framework document."""
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
    level_order: list[str] = [clean(x) for x in mapping.get("levels") or []]
    prof_order: list[str] = [clean(x) for x in mapping.get("proficiencies") or []]
    levels: dict[str, dict[str, Any]] = {lv: {"label": lv} for lv in level_order}
    skills: dict[str, dict[str, Any]] = {}
    roles: dict[str, dict[str, dict[str, Any]]] = {}
    role_order: list[str] = []
    proficiencies: list[str] = list(prof_order)
    count = 0
    # Absent columns read the empty cell appended to every row (index -1).
    (i_skill, i_level, i_desc, i_cat, i_ex, i_role, i_req, i_prof, i_summary, i_meaning) = (
        index.get(f, -1) for f in COLUMNS
    )
    need = max(index.values()) + 1
    file = report.files[0]
    # The loop runs once per row (100,000s for a large ladder): only the cells it reads are
    # stripped, optional columns are read only when present, and names are bound locally.
    has_meaning, has_cat, has_summary = i_meaning >= 0, i_cat >= 0, i_summary >= 0
    has_desc, has_ex, has_role, has_req, has_prof = (
        i >= 0 for i in (i_desc, i_ex, i_role, i_req, i_prof)
    )
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
        if not skill_name or not level:
            if not any(c.strip() for c in cells):
                continue
            if not skill_name:
                empty = translate("Importer", "the skill cell is empty")
            else:
                empty = translate("Importer", "the level cell is empty")
            raise fail(file, f"{prefix}{number}: {empty}")
        if level not in levels:
            _check_name(level, file, prefix, number)
            if level_order:
                raise fail(
                    file,
                    f"{prefix}{number}: "
                    + translate(
                        "Importer", "level '{level}' is not in the mapping's levels ({levels})"
                    ).format(level=level, levels=", ".join(level_order)),
                )
            levels[level] = {"label": level}
        if has_meaning and (meaning := cells[i_meaning].strip()):
            levels[level]["meaning"] = clip(
                meaning, MAX_TEXT, translate("Importer", "a level meaning"), report
            )
        if skill_name != skill_key:
            found = skills.get(skill_name)
            if found is None:
                _check_name(skill_name, file, prefix, number)
                found = skills[skill_name] = {"name": skill_name, "descriptors": {}, "category": ""}
            skill, skill_key = found, skill_name
        if has_cat and not skill["category"]:
            skill["category"] = cells[i_cat].strip()
        if has_summary and "summary" not in skill and (summary := cells[i_summary].strip()):
            skill["summary"] = clip(
                summary, MAX_TEXT, translate("Importer", "a skill summary"), report
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
        examples = (
            [e.strip() for e in raw_examples.replace("\n", "|").split("|") if e.strip()]
            if raw_examples
            else []
        )
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
        if proficiency and proficiency not in proficiencies:
            if prof_order:
                raise fail(
                    file,
                    f"{prefix}{number}: "
                    + translate(
                        "Importer",
                        "proficiency '{proficiency}' is not in the mapping's proficiencies",
                    ).format(proficiency=proficiency),
                )
            proficiencies.append(proficiency)
        if text:
            generic = skill["descriptors"].setdefault(level, [])
            item = criterion(text, examples)
            if item in generic:
                report.merged.append(
                    f"{prefix}{number}: "
                    + translate(
                        "Importer", "same criterion as an earlier row for '{skill}' at '{level}'"
                    ).format(skill=skill_name, level=level)
                )
            else:
                generic.append(item)
        elif examples:
            raise fail(
                file, f"{prefix}{number}: " + translate("Importer", "examples without a descriptor")
            )
        role_name = (cells[i_role].strip() if has_role else "") or "All skills"
        if pair_key != (role_name, skill_name):
            per_role = roles.get(role_name)
            if per_role is None:
                per_role = roles[role_name] = {}
                role_order.append(role_name)
            found_expectation = per_role.get(skill_name)
            if found_expectation is None:
                found_expectation = per_role[skill_name] = {}
            expectation, pair_key = found_expectation, (role_name, skill_name)
        previous = expectation.get(level)
        marked = (marks[raw_mark], proficiency)
        if previous and previous != marked and raw_mark:
            raise fail(
                file,
                f"{prefix}{number}: "
                + translate(
                    "Importer", "'{skill}' at '{level}' for '{role}' is marked twice differently"
                ).format(skill=skill_name, level=level, role=role_name),
            )
        if not previous or raw_mark:
            expectation[level] = marked
    if not skills:
        raise fail(report.files[0], translate("Importer", "no rows below the header"))
    if "All skills" in roles and len(roles) > 1:
        generic_rows = roles.pop("All skills")
        role_order.remove("All skills")
        generic_count = len(generic_rows)
        report.merged.append(
            translate(
                "Importer",
                "rows without a role (%n skill(s)) give generic descriptors only",
                None,
                generic_count,
            )
        )
    level_ids, skill_ids, role_ids, prof_ids = (
        Ids(k, report) for k in ("level", "skill", "role", "proficiency")
    )
    level_map = {label: level_ids.make(label, label) for label in levels}
    prof_map = {label: prof_ids.make(label, label) for label in proficiencies}
    out_skills = []
    skill_map = {}
    for skill_name, skill in skills.items():
        ident = skill_ids.make(skill_name, skill_name)
        skill_map[skill_name] = ident
        path = [p.strip() for p in skill["category"].split(">") if p.strip()] or ["General"]
        entry: dict[str, Any] = {
            "id": ident,
            "name": skill_name,
            "category_path": [p[:MAX_NAME] for p in path[:6]],
        }
        if "summary" in skill:
            entry["summary"] = skill["summary"]
        entry["descriptors"] = {
            level_map[lv]: c[0] if len(c) == 1 and isinstance(c[0], str) else c
            for lv, c in skill["descriptors"].items()
            if c
        }
        out_skills.append(entry)
    out_roles = []
    for role_name in role_order:
        per_skill = roles[role_name]
        out_roles.append({
            "id": role_ids.make(role_name, role_name),
            "name": role_name,
            "skills": {
                skill_map[s]: {
                    level_map[lv]: (
                        {"mark": e[0], "proficiency": prof_map[e[1]]} if e[1] else e[0]
                    )
                    for lv, e in per_level.items()
                }
                for s, per_level in per_skill.items()
            },
        })  # fmt: skip
    if role_order == ["All skills"]:
        report.mapped.append(
            translate("Importer", "no role column values: one role '{role}'").format(
                role="All skills"
            )
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
            names=", ".join(levels),
            skills=len(skills),
            roles=len(out_roles),
            criteria=criteria_total,
        )
    )
    meta = mapping.get("framework") or {}
    meta = meta if isinstance(meta, dict) else {}
    document: dict[str, Any] = {
        "schema_version": 2,
        "framework": framework_meta(
            clean(meta.get("name")) or name, clean(meta.get("version")), "imported"
        ),
    }
    if clean(meta.get("id")):  # the id of the installed framework a new version updates
        document["framework"]["id"] = clean(meta.get("id"))
    source = mapping.get("source")
    if isinstance(source, dict) and clean(source.get("name")):
        document["source"] = {k: clean(v) for k, v in source.items() if clean(v)}
    document["levels"] = [
        {"id": level_map[label], **{k: v for k, v in data.items()}}
        for label, data in levels.items()
    ]
    if proficiencies:
        document["proficiencies"] = [{"id": prof_map[p], "label": p} for p in proficiencies]
        report.mapped.append(
            translate("Importer", "{count} proficiencies ({names})").format(
                count=len(proficiencies), names=", ".join(proficiencies)
            )
        )
    document |= {"skills": out_skills, "roles": out_roles}
    return ImportResult(document, report)
