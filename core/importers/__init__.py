"""Importers: pure converters from the ladders companies publish to the native schema 2.

``import_files`` reads the files (all-or-nothing, size-limited, no code execution), recognises the
format, converts, and checks the result with the same validation as any framework file. It returns
the document and a report of what was mapped, merged, renamed or left out; it writes nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from core.documents import Document, decode_text
from core.errors import FrameworkError, InputFileError, Problem
from core.framework import Framework
from core.framework_schema import build_framework
from core.importers import direct, ft, monzo, tabular
from core.importers.common import ImportReport, ImportResult, fail, read_bytes, read_data
from core.importers.licence import LicenceOptions, apply_licence

FORMATS = ("auto", "csv", "xlsx", "ft", "monzo", "direct")
_YAML = {".yaml", ".yml"}


def _looks_html(text: str) -> bool:
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype html", "<html", "<head", "<body")) or head.startswith(
        "<?xml"
    )


def recognise(path: Path, raw: bytes) -> str:
    """The format of one file from its content (and name): ft, ft-levels, monzo, direct,
    direct-levels, direct-csv, csv, xlsx, native, html or unknown. Never runs a YAML parser on
    CSV, Markdown or HTML. A file that is not UTF-8, or YAML/JSON that does not parse, raises
    :class:`InputFileError` with that root cause."""
    if raw.startswith(b"PK\x03\x04"):
        return "xlsx"
    text = decode_text(raw, str(path))
    suffix = path.suffix.lower()
    if _looks_html(text):
        return "html"
    if text.startswith("---") and (suffix in {".md", ".markdown"} or monzo.looks_like_monzo(text)):
        return "monzo"
    if suffix in {".md", ".markdown"}:
        return "markdown"
    if suffix in {".csv", ".tsv", ".txt"}:
        first = text.split("\n", 1)[0].lower()
        cells = {
            c.strip().strip('"') for c in first.replace(";", ",").replace("\t", ",").split(",")
        }
        return "direct-csv" if cells >= direct.CSV_COLUMNS else "csv"
    if suffix in _YAML | {".json"}:
        data = read_data(path).data
        if isinstance(data, dict) and "schema_version" in data:
            return "native"
        if ft.is_job_family(data) or ft.is_competencies(data):
            return "ft"
        if direct.is_nested(data):
            return "direct"
        if direct.is_skill_levels(data):
            return "direct-levels"
        if ft.is_levels(data):
            return "ft-levels"
    return "unknown"


FORMAT_NAMES = {
    "ft": "a Financial Times engineering-progression file",
    "ft-levels": "the Financial Times levels file",
    "monzo": "a Monzo progression-framework file",
    "direct": "the DIRECT framework (nested JSON)",
    "direct-csv": "the DIRECT framework (flat CSV)",
    "direct-levels": "the DIRECT skill-level scale",
    "csv": "a CSV sheet",
    "xlsx": "an XLSX workbook",
    "markdown": "a Markdown file",
    "html": "an HTML page",
}


def foreign_format_hint(path: Path) -> str | None:
    """For ``validate``/``--framework``: what a non-native file is and how to import it, or None
    when it may be a native framework file."""
    try:
        kind = recognise(path, read_bytes(path))
    except InputFileError:
        return None
    if kind in {"native", "unknown"}:
        return None
    what = FORMAT_NAMES[kind]
    if kind in {"ft-levels", "direct-levels"}:
        main = "competencies file" if kind == "ft-levels" else "framework JSON or CSV"
        return (
            f"{path} is {what}, a companion file: import it together with the {main} "
            f"(`skill-ladder import-framework MAIN-FILE {path} --out framework.yaml`)"
        )
    if kind == "html":
        return f"{path} is {what}, not a framework file; save the framework's data file (YAML, JSON, CSV or XLSX) and import that"
    if kind == "markdown":
        return f"{path} is {what} without Monzo-style front matter (topics); it holds no framework data to read"
    return (
        f"{path} is {what}, not a Skill Ladder framework; convert it with "
        f"`skill-ladder import-framework {path} --out framework.yaml`, then use framework.yaml"
    )


def load_mapping(value: str | None) -> dict[str, Any]:
    """A column mapping from ``--map``: a YAML/JSON file, or ``field=Column,field=Column``."""
    if not value:
        return {}
    path = Path(value)
    if path.suffix.lower() in _YAML | {".json"}:
        data = read_data(path).data
        allowed = {"columns", "levels", "proficiencies", "framework", "source"}
        if not isinstance(data, dict):
            raise fail(str(path), "a mapping file must be a mapping (columns:, levels:, ...)", 1)
        unknown = sorted(set(data) - allowed)
        if unknown:
            raise fail(
                str(path), f"unknown key '{unknown[0]}' (allowed: {', '.join(sorted(allowed))})"
            )
        columns = data.get("columns") or {}
        if not isinstance(columns, dict):
            raise fail(str(path), "'columns' must map fields to column names")
        bad = sorted(set(columns) - set(tabular.COLUMNS))
        if bad:
            raise fail(
                str(path),
                f"columns: unknown field '{bad[0]}' (fields: {', '.join(tabular.COLUMNS)})",
            )
        return data
    columns: dict[str, str] = {}
    for part in value.split(","):
        field, sep, column = part.partition("=")
        field = field.strip().lower()
        if not sep or field not in tabular.COLUMNS or not column.strip():
            raise InputFileError(
                [
                    Problem(
                        "--map",
                        f"'{part}' is not FIELD=COLUMN with FIELD one of {', '.join(tabular.COLUMNS)}",
                    )
                ]
            )
        columns[field] = column.strip()
    return {"columns": columns}


def import_files(
    paths: list[Path],
    fmt: str = "auto",
    mapping: dict[str, Any] | None = None,
    licence: LicenceOptions | None = None,
) -> ImportResult:
    """Convert the files into one native document, checked; raise :class:`InputFileError` naming
    the file, line or cell when anything is wrong. The licence comes from ``licence``, a licence
    file beside the inputs, or the publisher's known licence, and the report says which."""
    if fmt not in FORMATS:
        raise InputFileError(
            [Problem("--format", f"unknown format '{fmt}' (one of {', '.join(FORMATS)})")]
        )
    if not paths:
        raise InputFileError([Problem("import-framework", "no file given")])
    raws = [read_bytes(p) for p in paths]
    kinds = [recognise(p, raw) for p, raw in zip(paths, raws, strict=True)]
    wanted = {"csv": {"csv", "direct-csv"}, "xlsx": {"xlsx"}, "ft": {"ft", "ft-levels"}, "monzo": {"monzo"},
              "direct": {"direct", "direct-csv", "direct-levels"}}  # fmt: skip
    for path, kind in zip(paths, kinds, strict=True):
        if kind in {"html", "markdown", "native", "unknown"}:
            reason = {
                "html": "is an HTML page, not framework data",
                "markdown": "is Markdown without front matter holding 'topics'",
                "native": "is already a Skill Ladder framework: use it with --framework, no import needed",
                "unknown": "is not a format this app imports (CSV, XLSX, FT YAML, Monzo Markdown, DIRECT JSON/CSV)",
            }[kind]
            if not (kind == "unknown" and fmt in {"csv"}):
                raise fail(str(path), reason)
        if fmt != "auto" and kind not in wanted[fmt] and not (fmt == "csv" and kind == "unknown"):
            raise fail(
                str(path), f"--format {fmt} was asked, but this is {FORMAT_NAMES.get(kind, kind)}"
            )
    families = {k.split("-")[0] if k != "direct-csv" else "direct" for k in kinds}
    if fmt == "csv":
        families = {"csv"}
    if len(families) > 1:
        raise InputFileError(
            [
                Problem(
                    str(paths[0]),
                    f"the files are of different formats ({', '.join(sorted(families))}); import one framework at a time",
                )
            ]
        )
    family = families.pop()
    result = _convert(family, paths, raws, kinds, mapping or {})
    apply_licence(result, paths, licence or LicenceOptions())
    check(result)
    return result


def _single(paths: list[Path], what: str) -> Path:
    if len(paths) != 1:
        raise InputFileError(
            [Problem(str(paths[1]), f"{what} is imported from one file at a time")]
        )
    return paths[0]


def _convert(
    family: str, paths: list[Path], raws: list[bytes], kinds: list[str], mapping: dict[str, Any]
) -> ImportResult:
    if family in {"csv", "xlsx"}:
        path = _single(paths, "a sheet")
        report = ImportReport(
            "XLSX long format" if family == "xlsx" else "CSV long format", [str(path)]
        )
        if family == "xlsx":
            rows = tabular.xlsx_rows(path, raws[0], report)
        else:
            rows = tabular.csv_rows(path, decode_text(raws[0], str(path)))
        return tabular.import_rows(rows, report, path.stem, mapping)
    if family == "monzo":
        return monzo.import_monzo(
            paths, [decode_text(r, str(p)) for p, r in zip(paths, raws, strict=True)]
        )
    docs = {
        p: read_data(p) if k != "direct-csv" else None for p, k in zip(paths, kinds, strict=True)
    }
    if family == "ft":
        levels = [p for p, k in zip(paths, kinds, strict=True) if k == "ft-levels"]
        mains = [p for p, k in zip(paths, kinds, strict=True) if k == "ft"]
        if not mains:
            raise fail(str(levels[0]), ft.companion_hint(levels[0]))
        if len(mains) > 1 or len(levels) > 1:
            raise fail(
                str(mains[-1]),
                "give one FT competencies or job-family file (and at most one levels file)",
            )
        doc = docs[mains[0]]
        assert doc is not None
        if ft.is_job_family(doc.data):
            if levels:
                raise fail(
                    str(levels[0]),
                    "a job-family file holds its own levels; the levels file is for the older competencies file",
                )
            return ft.import_job_family(doc)
        return ft.import_competencies(doc, docs[levels[0]] if levels else None)
    # DIRECT
    scale = [p for p, k in zip(paths, kinds, strict=True) if k == "direct-levels"]
    mains = [p for p, k in zip(paths, kinds, strict=True) if k != "direct-levels"]
    if not mains:
        raise fail(
            str(scale[0]),
            f"{scale[0].name} is DIRECT's skill-level scale, a companion: give it with the framework JSON or CSV",
        )
    if len(mains) > 1 or len(scale) > 1:
        raise fail(
            str(mains[-1]), "give one DIRECT framework file (and at most one skill-level file)"
        )
    scale_doc = docs[scale[0]] if scale else None
    main = mains[0]
    if kinds[paths.index(main)] == "direct-csv":
        return direct.import_csv(main, decode_text(raws[paths.index(main)], str(main)), scale_doc)
    doc = docs[main]
    assert doc is not None
    return direct.import_nested(doc, scale_doc)


def check(result: ImportResult) -> Framework:
    """Build the imported document like any framework file: a converter bug or a source that
    cannot be represented is reported, never written."""
    try:
        return build_framework(Document("(imported framework)", result.document))
    except FrameworkError as exc:
        raise InputFileError(
            [
                Problem(
                    ", ".join(result.report.files), f"the converted framework is not valid: {p}"
                )
                for p in exc.problems[:10]
            ]
        ) from exc


__all__ = [
    "FORMATS",
    "ImportReport",
    "ImportResult",
    "LicenceOptions",
    "foreign_format_hint",
    "import_files",
    "load_mapping",
    "recognise",
]
