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


def csv_rows(path: Path, text: str) -> Iterator[tuple[str, list[str]]]:
    """(where, cells) for every row of CSV text; the first is the header."""
    sample = text[:4096]
    delimiter = ";" if sample.count(";") > sample.count(",") and "\t" not in sample else ","
    if sample.count("\t") > sample.count(delimiter):
        delimiter = "\t"
    reader = csv.reader(io.StringIO(text), delimiter=delimiter, strict=True)
    try:
        for row in reader:
            yield f"{path}:{reader.line_num}", row
    except csv.Error as exc:
        raise fail(str(path), f"not valid CSV: {exc}", reader.line_num) from exc


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
                        f"the workbook part '{info.filename}' inflates to {info.file_size:,} bytes "
                        f"(limit {MAX_XLSX_UNCOMPRESSED:,} in all, compression ratio {MAX_XLSX_RATIO}); refused as unsafe",
                    )
    except zipfile.BadZipFile as exc:
        raise fail(
            str(path), "not a valid XLSX workbook (the zip container is damaged or truncated)"
        ) from exc


def xlsx_rows(path: Path, raw: bytes, report: ImportReport) -> Iterator[tuple[str, list[str]]]:
    """(where, cells) of the first sheet; formulas are kept as their text, never evaluated."""
    check_xlsx(path, raw)
    import openpyxl

    try:
        # data_only=False: a formula cell reads as its formula text, which we keep as text.
        book = openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=False)
    except Exception as exc:  # openpyxl raises many kinds for damaged files
        raise fail(str(path), f"not a readable XLSX workbook ({type(exc).__name__})") from exc
    try:
        sheet = book.worksheets[0]
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
            yield f"{path} [{sheet.title}] row {number}", cells
        if formulas:
            report.renamed.append(
                f"{formulas} cells look like formulas: kept as text, never evaluated"
            )
        if len(book.worksheets) > 1:
            report.left_out.append(
                f"sheets other than the first ({', '.join(ws.title for ws in book.worksheets[1:])})"
            )
    finally:
        book.close()


def import_rows(
    rows: Iterator[tuple[str, list[str]]],
    report: ImportReport,
    name: str,
    mapping: dict[str, Any],
) -> ImportResult:
    """Convert long-format rows (the first is the header) into a framework document."""
    columns: dict[str, str] = {
        k: v.strip().lower() for k, v in (mapping.get("columns") or {}).items()
    }
    try:
        where, header = next(rows)
    except StopIteration:
        raise fail(report.files[0], "the sheet is empty") from None
    lowered = [h.strip().lower() for h in header]
    index: dict[str, int] = {}
    for field in COLUMNS:
        wanted = columns.get(field, field)
        if wanted in lowered:
            index[field] = lowered.index(wanted)
    missing = [columns.get(f, f) for f in REQUIRED_COLUMNS if f not in index]
    if missing:
        raise fail(
            where.rsplit(":", 1)[0] if ":" in where else where,
            f"{where}: no column {', '.join(repr(m) for m in missing)} in the header "
            f"({', '.join(repr(h) for h in header[:20])}); name the columns with --map skill=COLUMN,level=COLUMN",
        )
    used = set(index.values())
    for i, h in enumerate(header):
        if i not in used and h.strip():
            report.left_out.append(f"column '{h}' (not one of: {', '.join(COLUMNS)})")
    level_order: list[str] = [clean(x) for x in mapping.get("levels") or []]
    prof_order: list[str] = [clean(x) for x in mapping.get("proficiencies") or []]
    levels: dict[str, dict[str, Any]] = {lv: {"label": lv} for lv in level_order}
    skills: dict[str, dict[str, Any]] = {}
    roles: dict[str, dict[str, dict[str, Any]]] = {}
    role_order: list[str] = []
    proficiencies: list[str] = list(prof_order)
    count = 0
    for where, cells in rows:
        count += 1
        if count > MAX_ROWS:
            raise fail(report.files[0], f"more than {MAX_ROWS:,} rows")
        if not any(c.strip() for c in cells):
            continue

        def cell(field: str, cells: list[str] = cells) -> str:
            i = index.get(field)
            return clean(cells[i]) if i is not None and i < len(cells) else ""

        skill_name, level = cell("skill"), cell("level")
        if not skill_name or not level:
            raise fail(
                report.files[0],
                f"{where}: the {'skill' if not skill_name else 'level'} cell is empty",
            )
        if len(skill_name) > MAX_NAME or len(level) > MAX_NAME:
            raise fail(
                report.files[0],
                f"{where}: a skill or level name is longer than {MAX_NAME} characters",
            )
        if level not in levels:
            if level_order:
                raise fail(
                    report.files[0],
                    f"{where}: level '{level}' is not in the mapping's levels ({', '.join(level_order)})",
                )
            levels[level] = {"label": level}
        if cell("level_meaning"):
            levels[level]["meaning"] = clip(
                cell("level_meaning"), MAX_TEXT, f"{where}: level meaning", report
            )
        skill = skills.setdefault(
            skill_name, {"name": skill_name, "descriptors": {}, "category": ""}
        )
        if cell("category") and not skill["category"]:
            skill["category"] = cell("category")
        if cell("skill_summary") and "summary" not in skill:
            skill["summary"] = clip(
                cell("skill_summary"), MAX_TEXT, f"{where}: skill summary", report
            )
        text = clip(cell("descriptor"), MAX_TEXT, f"{where}: descriptor", report)
        examples = [e.strip() for e in cell("examples").replace("\n", "|").split("|") if e.strip()]
        role = cell("role")
        raw_mark = cell("requirement").lower()
        if raw_mark not in _MARKS:
            raise fail(
                report.files[0],
                f"{where}: requirement must be required, optional or not-expected, found '{raw_mark}'",
            )
        proficiency = cell("proficiency")
        if proficiency and proficiency not in proficiencies:
            if prof_order:
                raise fail(
                    report.files[0],
                    f"{where}: proficiency '{proficiency}' is not in the mapping's proficiencies",
                )
            proficiencies.append(proficiency)
        generic = skill["descriptors"].setdefault(level, [])
        if text:
            item = criterion(text, examples)
            if item in generic:
                report.merged.append(
                    f"{where}: same criterion as an earlier row for '{skill_name}' at '{level}'"
                )
            else:
                generic.append(item)
        elif examples:
            raise fail(report.files[0], f"{where}: examples without a descriptor")
        role_name = role or "All skills"
        if role_name not in roles:
            roles[role_name] = {}
            role_order.append(role_name)
        expectation = roles[role_name].setdefault(skill_name, {})
        previous = expectation.get(level)
        new = {"mark": _MARKS[raw_mark], **({"proficiency": proficiency} if proficiency else {})}
        if previous and previous != new and raw_mark:
            raise fail(
                report.files[0],
                f"{where}: '{skill_name}' at '{level}' for '{role_name}' is marked twice differently",
            )
        if not previous or raw_mark:
            expectation[level] = new
    if not skills:
        raise fail(report.files[0], "no rows below the header")
    if "All skills" in roles and len(roles) > 1:
        generic_rows = roles.pop("All skills")
        role_order.remove("All skills")
        report.merged.append(
            f"rows without a role ({len(generic_rows)} skills) give generic descriptors only"
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
            level_map[lv]: c[0] if len(c) == 1 else c for lv, c in skill["descriptors"].items() if c
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
                        {"mark": e["mark"], "proficiency": prof_map[e["proficiency"]]}
                        if "proficiency" in e else e["mark"]
                    )
                    for lv, e in per_level.items()
                }
                for s, per_level in per_skill.items()
            },
        })  # fmt: skip
    if role_order == ["All skills"]:
        report.mapped.append("no role column values: one role 'All skills'")
    criteria_total = sum(len(c) for s in skills.values() for c in s["descriptors"].values())
    report.mapped += [
        f"{count} rows → {len(levels)} levels ({', '.join(levels)}), {len(skills)} skills, "
        f"{len(out_roles)} roles, {criteria_total} criteria",
    ]
    document: dict[str, Any] = {
        "schema_version": 2,
        "framework": framework_meta(
            clean((mapping.get("framework") or {}).get("name")) or name, "", "imported"
        ),
    }
    source = mapping.get("source")
    if isinstance(source, dict) and clean(source.get("name")):
        document["source"] = {k: clean(v) for k, v in source.items() if clean(v)}
    document["levels"] = [
        {"id": level_map[label], **{k: v for k, v in data.items()}}
        for label, data in levels.items()
    ]
    if proficiencies:
        document["proficiencies"] = [{"id": prof_map[p], "label": p} for p in proficiencies]
        report.mapped.append(f"{len(proficiencies)} proficiencies ({', '.join(proficiencies)})")
    document |= {"skills": out_skills, "roles": out_roles}
    return ImportResult(document, report)
