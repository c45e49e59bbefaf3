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
from core.i18n import QT_TRANSLATE_NOOP, translate
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
    "ft": QT_TRANSLATE_NOOP("Importer", "a Financial Times engineering-progression file"),
    "ft-levels": QT_TRANSLATE_NOOP("Importer", "the Financial Times levels file"),
    "monzo": QT_TRANSLATE_NOOP("Importer", "a Monzo progression-framework file"),
    "direct": QT_TRANSLATE_NOOP("Importer", "the DIRECT framework (nested JSON)"),
    "direct-csv": QT_TRANSLATE_NOOP("Importer", "the DIRECT framework (flat CSV)"),
    "direct-levels": QT_TRANSLATE_NOOP("Importer", "the DIRECT skill-level scale"),
    "csv": QT_TRANSLATE_NOOP("Importer", "a CSV sheet"),
    "xlsx": QT_TRANSLATE_NOOP("Importer", "an XLSX workbook"),
    "markdown": QT_TRANSLATE_NOOP("Importer", "a Markdown file"),
    "html": QT_TRANSLATE_NOOP("Importer", "an HTML page"),
}
"""What each recognised kind of file is, for messages (translate with the Importer context)."""


def format_name(kind: str) -> str:
    """What a recognised kind of file is, in the current language."""
    return translate("Importer", FORMAT_NAMES[kind]) if kind in FORMAT_NAMES else kind


def foreign_format_hint(path: Path) -> str | None:
    """For ``validate``/``--framework``: what a non-native file is and how to import it, or None
    when it may be a native framework file."""
    try:
        kind = recognise(path, read_bytes(path))
    except InputFileError:
        return None
    if kind in {"native", "unknown"}:
        return None
    what = format_name(kind)
    if kind == "ft-levels":
        hint = translate(
            "Importer",
            "{path} is {what}, a companion file: import it together with the competencies file "
            "(`skill-ladder import-framework MAIN-FILE {path} --out framework.yaml`)",
        )
    elif kind == "direct-levels":
        hint = translate(
            "Importer",
            "{path} is {what}, a companion file: import it together with the framework JSON or "
            "CSV (`skill-ladder import-framework MAIN-FILE {path} --out framework.yaml`)",
        )
    elif kind == "html":
        hint = translate(
            "Importer",
            "{path} is {what}, not a framework file; save the framework's data file (YAML, "
            "JSON, CSV or XLSX) and import that",
        )
    elif kind == "markdown":
        hint = translate(
            "Importer",
            "{path} is {what} without Monzo-style front matter (topics); it holds no framework "
            "data to read",
        )
    else:
        hint = translate(
            "Importer",
            "{path} is {what}, not a Skill Ladder framework; convert it with "
            "`skill-ladder import-framework {path} --out framework.yaml`, then use framework.yaml",
        )
    return hint.format(path=path, what=what)


def load_mapping(value: str | None) -> dict[str, Any]:
    """A column mapping from ``--map``: a YAML/JSON file, or ``field=Column,field=Column``."""
    if not value:
        return {}
    path = Path(value)
    if path.suffix.lower() in _YAML | {".json"}:
        data = read_data(path).data
        allowed = {"columns", "levels", "proficiencies", "framework", "source"}
        if not isinstance(data, dict):
            raise fail(
                str(path),
                translate("Importer", "a mapping file must be a mapping (columns:, levels:, ...)"),
                1,
            )
        unknown = sorted(set(data) - allowed)
        if unknown:
            raise fail(
                str(path),
                translate("Importer", "unknown key '{key}' (allowed: {allowed})").format(
                    key=unknown[0], allowed=", ".join(sorted(allowed))
                ),
            )
        columns = data.get("columns") or {}
        if not isinstance(columns, dict):
            raise fail(
                str(path), translate("Importer", "'columns' must map fields to column names")
            )
        bad = sorted(set(columns) - set(tabular.COLUMNS))
        if bad:
            raise fail(
                str(path),
                translate("Importer", "columns: unknown field '{field}' (fields: {fields})").format(
                    field=bad[0], fields=", ".join(tabular.COLUMNS)
                ),
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
                        translate(
                            "Importer", "'{part}' is not FIELD=COLUMN with FIELD one of {fields}"
                        ).format(part=part, fields=", ".join(tabular.COLUMNS)),
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
            [
                Problem(
                    "--format",
                    translate("Importer", "unknown format '{format}' (one of {formats})").format(
                        format=fmt, formats=", ".join(FORMATS)
                    ),
                )
            ]
        )
    if not paths:
        raise InputFileError([Problem("import-framework", translate("Importer", "no file given"))])
    raws = [read_bytes(p) for p in paths]
    kinds = [recognise(p, raw) for p, raw in zip(paths, raws, strict=True)]
    wanted = {"csv": {"csv", "direct-csv"}, "xlsx": {"xlsx"}, "ft": {"ft", "ft-levels"}, "monzo": {"monzo"},
              "direct": {"direct", "direct-csv", "direct-levels"}}  # fmt: skip
    for path, kind in zip(paths, kinds, strict=True):
        if kind in {"html", "markdown", "native", "unknown"}:
            reason = {
                "html": translate("Importer", "is an HTML page, not framework data"),
                "markdown": translate(
                    "Importer", "is Markdown without front matter holding 'topics'"
                ),
                "native": translate(
                    "Importer",
                    "is already a Skill Ladder framework: use it with --framework, no import needed",
                ),
                "unknown": translate(
                    "Importer",
                    "is not a format this app imports (CSV, XLSX, FT YAML, Monzo Markdown, "
                    "DIRECT JSON/CSV)",
                ),
            }[kind]
            if not (kind == "unknown" and fmt in {"csv"}):
                raise fail(str(path), reason)
        if fmt != "auto" and kind not in wanted[fmt] and not (fmt == "csv" and kind == "unknown"):
            raise fail(
                str(path),
                translate("Importer", "--format {format} was asked, but this is {what}").format(
                    format=fmt, what=format_name(kind)
                ),
            )
    families = {k.split("-")[0] if k != "direct-csv" else "direct" for k in kinds}
    if fmt == "csv":
        families = {"csv"}
    if len(families) > 1:
        raise InputFileError(
            [
                Problem(
                    str(paths[0]),
                    translate(
                        "Importer",
                        "the files are of different formats ({formats}); import one framework at "
                        "a time",
                    ).format(formats=", ".join(sorted(families))),
                )
            ]
        )
    family = families.pop()
    result = _convert(family, paths, raws, kinds, mapping or {})
    apply_licence(result, paths, licence or LicenceOptions())
    if result.schema_version == 1:
        result = _as_schema_one(result)
    check(result)
    return result


def _as_schema_one(result: ImportResult) -> ImportResult:
    """A sheet that asks for schema 1 (a schema 1 framework exported), as schema 1 where its
    content allows; else as schema 2, and the report says why."""
    document = tabular.schema_one(result.document)
    if document is None:
        result.report.renamed.append(
            translate(
                "Importer",
                "the framework details ask for schema 1, which cannot hold what the sheet now "
                "says: written as schema 2",
            )
        )
        return result
    return ImportResult(document, result.report, 1)


def _single(paths: list[Path], refusal: str) -> Path:
    if len(paths) != 1:
        raise InputFileError([Problem(str(paths[1]), refusal)])
    return paths[0]


def _convert(
    family: str, paths: list[Path], raws: list[bytes], kinds: list[str], mapping: dict[str, Any]
) -> ImportResult:
    if family in {"csv", "xlsx"}:
        path = _single(paths, translate("Importer", "a sheet is imported from one file at a time"))
        report = ImportReport(
            translate("Importer", "XLSX long format")
            if family == "xlsx"
            else translate("Importer", "CSV long format"),
            [str(path)],
        )
        if family == "xlsx":
            rows = tabular.xlsx_rows(path, raws[0], report)
        else:
            rows = tabular.csv_rows(path, decode_text(raws[0], str(path)))
        return tabular.import_rows(rows, report, path.stem, mapping, guarded=family == "csv")
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
                translate(
                    "Importer",
                    "give one FT competencies or job-family file (and at most one levels file)",
                ),
            )
        doc = docs[mains[0]]
        assert doc is not None
        if ft.is_job_family(doc.data):
            if levels:
                raise fail(
                    str(levels[0]),
                    translate(
                        "Importer",
                        "a job-family file holds its own levels; the levels file is for the "
                        "older competencies file",
                    ),
                )
            return ft.import_job_family(doc)
        return ft.import_competencies(doc, docs[levels[0]] if levels else None)
    # DIRECT
    scale = [p for p, k in zip(paths, kinds, strict=True) if k == "direct-levels"]
    mains = [p for p, k in zip(paths, kinds, strict=True) if k != "direct-levels"]
    if not mains:
        raise fail(
            str(scale[0]),
            translate(
                "Importer",
                "{file} is DIRECT's skill-level scale, a companion: give it with the framework "
                "JSON or CSV",
            ).format(file=scale[0].name),
        )
    if len(mains) > 1 or len(scale) > 1:
        raise fail(
            str(mains[-1]),
            translate(
                "Importer", "give one DIRECT framework file (and at most one skill-level file)"
            ),
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
                    ", ".join(result.report.files),
                    translate("Importer", "the converted framework is not valid: {problem}").format(
                        problem=p
                    ),
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
