"""What every importer shares: the report, reading files safely, ids, and building the document."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.documents import Document, decode_text, parse_document
from core.errors import InputFileError, Problem
from core.i18n import QT_TRANSLATE_NOOP, translate

MAX_IMPORT_BYTES = 8 * 1024 * 1024
"""Largest single file an importer reads (the public ladders are all under 100 kB)."""
MAX_TEXT = 4000
MAX_NAME = 200


@dataclass
class ImportReport:
    """What an import did with the source: nothing left out without a line here."""

    format: str
    files: list[str] = field(default_factory=list)
    mapped: list[str] = field(default_factory=list)
    merged: list[str] = field(default_factory=list)
    renamed: list[str] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)
    licence_origin: str = ""
    """Where the source itself states its licence (empty: it does not, or only as the
    publisher's known licence)."""

    def lines(self) -> list[str]:
        """The report as lines people read."""
        out = [
            translate("Importer", "Format: {format}; files: {files}").format(
                format=self.format, files=", ".join(self.files)
            )
        ]
        for title, items in (
            (translate("Importer", "Mapped: {count}"), self.mapped),
            (translate("Importer", "Merged: {count}"), self.merged),
            (translate("Importer", "Renamed: {count}"), self.renamed),
            (translate("Importer", "Left out: {count}"), self.left_out),
        ):
            out.append(
                title.format(count=len(items) if items else translate("Importer", "nothing"))
            )
            out.extend(f"  - {item}" for item in items)
        return out


@dataclass(frozen=True)
class ImportResult:
    """A native framework document (plain data, schema 2) and the report of how it was made."""

    document: dict[str, Any]
    report: ImportReport
    schema_version: int = 2
    """The schema the source asks for: a schema 1 framework exported as a sheet asks for 1, and
    gets it where its content allows (see :func:`core.importers.tabular.schema_one`)."""


def must_be_a_list(where: str) -> str:
    """The refusal of a value that should be a list (``where``: its place in the document)."""
    return translate("Importer", "{where} must be a list").format(where=where)


def must_be_a_mapping(where: str) -> str:
    """The refusal of a value that should be a mapping."""
    return translate("Importer", "{where} must be a mapping").format(where=where)


def skill_named(name: str) -> str:
    """ "skill 'NAME'", for the report."""
    return translate("Importer", "skill '{name}'").format(name=name)


def level_named(name: str) -> str:
    """ "level 'NAME'", for the report."""
    return translate("Importer", "level '{name}'").format(name=name)


def no_place_for(what: str, key: str) -> str:
    """A report line for a source key the framework has no place for."""
    return translate("Importer", "{what}: '{key}' (no place for it in the framework)").format(
        what=what, key=key
    )


def fail(file: str, message: str, line: int | None = None) -> InputFileError:
    """An error naming the file (and line) to raise."""
    return InputFileError([Problem(file, message, line)])


def read_bytes(path: Path, *, limit: int = MAX_IMPORT_BYTES) -> bytes:
    """The file's bytes, refused when missing, over ``limit`` or not a regular file (a FIFO
    or a device behind a symlink)."""
    from core.safe_files import read_input_file

    return read_input_file(path, max_bytes=limit)


def read_text(path: Path) -> str:
    """UTF-8 text of a file, with the size limit and a clear message for other encodings."""
    return decode_text(read_bytes(path), str(path))


def read_data(path: Path, *, is_json: bool | None = None) -> Document:
    """A YAML or JSON file parsed safely (no tags, aliases or deep nesting), with line numbers."""
    raw = read_bytes(path)
    json_file = path.suffix.lower() == ".json" if is_json is None else is_json
    return parse_document(raw, str(path), is_json=json_file, max_bytes=MAX_IMPORT_BYTES)


def slug(text: str, fallback: str = "item") -> str:
    """A schema id made from any text: lowercase ASCII letters, digits and dashes."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    cleaned = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:60].strip("-")
    return cleaned or fallback


_RENAMED = {
    "level": QT_TRANSLATE_NOOP(
        "Importer", "level '{label}' got the id '{id}' ('{taken}' was taken)"
    ),
    "skill": QT_TRANSLATE_NOOP(
        "Importer", "skill '{label}' got the id '{id}' ('{taken}' was taken)"
    ),
    "role": QT_TRANSLATE_NOOP("Importer", "role '{label}' got the id '{id}' ('{taken}' was taken)"),
    "proficiency": QT_TRANSLATE_NOOP(
        "Importer", "proficiency '{label}' got the id '{id}' ('{taken}' was taken)"
    ),
    "item": QT_TRANSLATE_NOOP("Importer", "'{label}' got the id '{id}' ('{taken}' was taken)"),
}


class Ids:
    """Unique ids for one kind of thing, reporting every id that had to differ from its slug."""

    def __init__(self, kind: str, report: ImportReport) -> None:
        self.kind = kind
        self.report = report
        self.taken: set[str] = set()

    def make(self, wanted: str, label: str) -> str:
        base = slug(wanted, self.kind)
        ident, n = base, 2
        while ident in self.taken:
            ident = f"{base[:56]}-{n}"
            n += 1
        self.taken.add(ident)
        if ident != base:
            message = _RENAMED.get(self.kind, _RENAMED["item"])
            self.report.renamed.append(
                translate("Importer", message).format(label=label, id=ident, taken=base)
            )
        return ident


def clean(value: Any) -> str:
    """A cell or scalar as stripped text (numbers as written, nothing as empty)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def clip(text: str, limit: int, what: str, report: ImportReport) -> str:
    """``text`` cut to ``limit`` characters, reported when cut."""
    if len(text) <= limit:
        return text
    report.renamed.append(
        translate("Importer", "{what} was cut from {length} to {limit} characters").format(
            what=what, length=len(text), limit=limit
        )
    )
    return text[: limit - 1].rstrip() + "…"


def criterion(text: str, examples: list[str] | tuple[str, ...] = ()) -> Any:
    """A criterion in schema 2 form: text alone, or with its examples."""
    return {"text": text, "examples": list(examples)} if examples else text


def framework_meta(name: str, version: str, fallback_id: str) -> dict[str, Any]:
    """The ``framework`` block of an imported document."""
    return {"id": slug(name, fallback_id)[:64].strip("-") or fallback_id, "name": name[:MAX_NAME],
            "version": version[:64] or "imported"}  # fmt: skip
