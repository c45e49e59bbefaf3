"""Read YAML and JSON input files safely into plain data, remembering where each value came from.

Everything unsafe or absurd is refused before it is built: files over the size limit, bytes that
are not UTF-8, YAML tags that would construct objects, anchors and aliases (the "billion laughs"
alias bomb), and nesting deeper than any of our schemas needs.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.errors import DocPath, InputFileError, Problem
from core.i18n import translate
from core.safe_files import too_large

MAX_FILE_BYTES = 4 * 1024 * 1024
MAX_DEPTH = 12
MAX_NUMBER_DIGITS = 100
"""Longer numbers are refused (no schema needs them; Python refuses 4,300+ digits anyway)."""

_ALLOWED_YAML_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "seq", "map")
)
_UTF8_BOM = b"\xef\xbb\xbf"
# libyaml's C parser when PyYAML was built with it (about ten times faster); same safe semantics.
if TYPE_CHECKING:
    import yaml


def _safe_loader() -> type[yaml.SafeLoader]:
    # Imported on first use: a cached built-in framework is read without loading PyYAML at all.
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Document:
    """Plain data parsed from a file, with the 1-based line of each value where the parser knows it."""

    file: str
    data: Any
    lines: dict[DocPath, int] = field(default_factory=dict)

    def line_of(self, path: DocPath) -> int | None:
        """The line of ``path``, or of its nearest ancestor the parser placed."""
        while True:
            if path in self.lines:
                return self.lines[path]
            if not path:
                return None
            path = path[:-1]


def read_document(path: Path | str, *, max_bytes: int = MAX_FILE_BYTES) -> Document:
    """Read a ``.yaml``/``.yml`` or ``.json`` file; raise :class:`InputFileError` if refused."""
    from core.safe_files import read_input_file

    path = Path(path)
    name = str(path)
    raw = read_input_file(path, max_bytes=max_bytes, name=name)
    return parse_document(raw, name, is_json=path.suffix.lower() == ".json", max_bytes=max_bytes)


def parse_document(
    raw: bytes, name: str, *, is_json: bool, max_bytes: int = MAX_FILE_BYTES
) -> Document:
    """Parse bytes already in memory; ``name`` is used in messages."""
    if len(raw) > max_bytes:
        raise InputFileError([Problem(name, too_large(len(raw), max_bytes))])
    text = _decode(raw, name)
    document = _parse_json(text, name) if is_json else _parse_yaml(text, name)
    problems: list[Problem] = []
    _check_text(document.data, (), document, problems)
    if problems:
        raise InputFileError(problems)
    return document


def _check_text(value: Any, path: DocPath, document: Document, problems: list[Problem]) -> None:
    """Report text that is not valid Unicode: lone surrogates, which ``\\ud800`` escapes can
    spell in JSON and YAML, cannot be printed, stored or drawn."""
    if isinstance(value, str):
        if (bad := _lone_surrogate(value)) is not None:
            problems.append(Problem(
                document.file,
                translate("InputFile", "contains a character that is not valid Unicode (a lone "
                          "surrogate, {code}); remove it").format(code=f"\\u{ord(bad):04x}"),
                document.line_of(path), path,
            ))  # fmt: skip
    elif isinstance(value, dict):
        for key, item in value.items():
            if isinstance(key, str) and _lone_surrogate(key) is not None:
                _check_text(key, path, document, problems)
                continue
            _check_text(item, (*path, key), document, problems)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _check_text(item, (*path, index), document, problems)


def _lone_surrogate(text: str) -> str | None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        return text[exc.start]
    return None


def decode_text(raw: bytes, name: str) -> str:
    """UTF-8 text of ``raw`` (a BOM dropped, CRLF made LF); :class:`InputFileError` naming the
    line when it is not UTF-8 or holds a NUL."""
    return _decode(raw, name)


def _decode(raw: bytes, name: str) -> str:
    if raw.startswith(_UTF8_BOM):
        raw = raw[len(_UTF8_BOM) :]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputFileError(
            [
                Problem(
                    name,
                    translate("InputFile", "not UTF-8 text (byte {byte}); save it as UTF-8").format(
                        byte=f"0x{raw[exc.start]:02x}"
                    ),
                    line,
                )
            ]
        ) from exc
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise InputFileError(
            [
                Problem(
                    name, translate("InputFile", "contains a NUL character; not a text file"), line
                )
            ]
        )
    return text.replace("\r\n", "\n")


# --- YAML -----------------------------------------------------------------------------------


class _YamlBuilder:
    """Builds plain data straight from the parser's events, in one pass.

    No node tree is kept (PyYAML's composer holds a node and two marks per value, over a hundred
    times the file's size), and everything unsafe is refused as its event arrives: tags that
    would construct objects, anchors and aliases, a second document, deep nesting.
    """

    def __init__(self, text: str, name: str) -> None:
        import yaml

        self.name = name
        self.loader = _safe_loader()("")  # only its resolver and scalar constructors are used
        self.events = yaml.parse(text, Loader=_safe_loader())
        self.lines: dict[DocPath, int] = {}
        self.problems: list[Problem] = []
        self.depth = 0
        self.documents = 0

    def next_event(self) -> Any:
        import yaml

        event = next(self.events)
        line = event.start_mark.line + 1 if event.start_mark else None
        if isinstance(event, yaml.DocumentStartEvent):
            self.documents += 1
            if self.documents > 1:
                self.refuse("holds more than one YAML document", line)
        if isinstance(event, yaml.AliasEvent):
            self.refuse(
                translate("InputFile", "YAML alias '{alias}' is not allowed").format(
                    alias=f"*{event.anchor}"
                ),
                line,
            )
        anchor = getattr(event, "anchor", None)
        if anchor is not None:
            self.refuse(
                translate("InputFile", "YAML anchor '{anchor}' is not allowed").format(
                    anchor=f"&{anchor}"
                ),
                line,
            )
        # The parser sets a tag only when the file spells one out (``!!python/object``...).
        tag = getattr(event, "tag", None)
        if tag is not None and tag != "!" and tag not in _ALLOWED_YAML_TAGS:
            self.refuse(
                translate("InputFile", "YAML tag '{tag}' is not allowed (plain data only)").format(
                    tag=tag
                ),
                line,
            )
        if isinstance(event, yaml.CollectionStartEvent):
            self.depth += 1
            if self.depth > MAX_DEPTH:
                self.refuse(too_deep(), line)
        elif isinstance(event, yaml.CollectionEndEvent):
            self.depth -= 1
        return event

    def refuse(self, message: str, line: int | None) -> None:
        raise InputFileError([Problem(self.name, message, line)])

    def document(self) -> Any:
        import yaml

        data = None
        while not isinstance(event := self.next_event(), yaml.StreamEndEvent):
            if isinstance(event, yaml.NodeEvent):
                data = self.value(event, ())
        return data

    def value(self, event: Any, path: DocPath) -> Any:
        import yaml

        self.lines[path] = event.start_mark.line + 1
        if isinstance(event, yaml.ScalarEvent):
            return self.scalar(event, path)
        if isinstance(event, yaml.SequenceStartEvent):
            items: list[Any] = []
            while not isinstance(item := self.next_event(), yaml.SequenceEndEvent):
                items.append(self.value(item, (*path, len(items))))
            return items
        result: dict[Any, Any] = {}
        while not isinstance(key_event := self.next_event(), yaml.MappingEndEvent):
            key_line = key_event.start_mark.line + 1
            if not isinstance(key_event, yaml.ScalarEvent):
                self.problems.append(
                    Problem(
                        self.name,
                        translate("InputFile", "a mapping key must be plain text"),
                        key_line,
                        path,
                    )
                )
                self.skip(key_event)
                self.skip(self.next_event())
                continue
            key = self.scalar(key_event, path)
            if not isinstance(key, str):
                key = str(key_event.value)
            if key in result:
                self.problems.append(Problem(self.name, duplicate_key(key), key_line, path))
                self.skip(self.next_event())
                continue
            result[key] = self.value(self.next_event(), (*path, key))
        return result

    def skip(self, event: Any) -> None:
        import yaml

        if isinstance(event, yaml.CollectionStartEvent):
            while not isinstance(inner := self.next_event(), yaml.CollectionEndEvent):
                self.skip(inner)

    def scalar(self, event: Any, path: DocPath) -> Any:
        import yaml

        tag = event.tag
        if tag is None or tag == "!":
            tag = self.loader.resolve(yaml.ScalarNode, event.value, event.implicit)
        node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
        constructor = self.loader.yaml_constructors.get(tag)
        if constructor is None:  # a merge key '<<' or '=': plain text here
            return event.value
        try:
            return constructor(self.loader, node)
        except (ValueError, OverflowError) as exc:
            value = str(event.value)
            count = len(value)
            shown = (
                value
                if count <= 40
                else value[:20] + translate("InputFile", "…(%n character(s))", None, count)
            )
            message = translate("InputFile", "'{value}' cannot be read: {reason}").format(
                value=shown, reason=_short(exc)
            )
            self.problems.append(Problem(self.name, message, event.start_mark.line + 1, path))
            return None


def not_valid(kind: str, detail: object) -> str:
    """The refusal of a file that is not valid ``kind`` (YAML, JSON), with the parser's words."""
    return translate("InputFile", "not valid {kind}: {detail}").format(kind=kind, detail=detail)


def too_deep() -> str:
    """The refusal of a document nested too deeply."""
    return translate("InputFile", "nested deeper than {limit} levels").format(limit=MAX_DEPTH)


def duplicate_key(key: object) -> str:
    """The refusal of a key given twice in one mapping."""
    return translate("InputFile", "duplicate key '{key}'").format(key=key)


def _yaml_problem(exc: yaml.MarkedYAMLError, name: str) -> Problem:
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark else None
    detail = " ".join(p for p in (exc.context, exc.problem) if p)
    return Problem(name, not_valid("YAML", detail), line)


def _parse_yaml(text: str, name: str) -> Document:
    import yaml

    builder = _YamlBuilder(text, name)
    try:
        data = builder.document()
    except yaml.MarkedYAMLError as exc:
        raise InputFileError([_yaml_problem(exc, name)]) from exc
    except yaml.YAMLError as exc:
        raise InputFileError([Problem(name, not_valid("YAML", exc))]) from exc
    finally:
        builder.loader.dispose()
    if builder.problems:
        raise InputFileError(builder.problems)
    return Document(name, data, builder.lines)


def _short(exc: Exception) -> str:
    text = str(exc)
    if "integer string conversion" in text:
        return "the number has too many digits"
    return text


# --- JSON -----------------------------------------------------------------------------------


def _json_depth_problem(text: str, name: str) -> Problem | None:
    depth = 0
    in_string = False
    escaped = False
    line = 1
    for char in text:
        if char == "\n":
            line += 1
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return Problem(name, too_deep(), line)
        elif char in "]}":
            depth -= 1
    return None


def _parse_json(text: str, name: str) -> Document:
    depth_problem = _json_depth_problem(text, name)
    if depth_problem:
        raise InputFileError([depth_problem])

    def refuse_constant(constant: str) -> Any:
        raise ValueError(
            translate("InputFile", "{constant} is not allowed in JSON").format(constant=constant)
        )

    def bounded_int(digits: str) -> int | None:
        # Reported with its line by the scan below; Python would refuse 4,300+ digits anyway.
        return int(digits) if len(digits) <= MAX_NUMBER_DIGITS else None

    try:
        data = json.loads(text, parse_constant=refuse_constant, parse_int=bounded_int)
    except json.JSONDecodeError as exc:
        raise InputFileError([Problem(name, not_valid("JSON", exc.msg), exc.lineno)]) from exc
    except ValueError as exc:
        raise InputFileError([Problem(name, not_valid("JSON", exc))]) from exc
    lines, problems = _scan_json(text, name)
    if problems:
        raise InputFileError(problems)
    return Document(name, data, lines)


def _scan_json(text: str, name: str) -> tuple[dict[DocPath, int], list[Problem]]:
    """For an already valid JSON text: the 1-based line where each value starts, and the
    problems json.loads does not report with a line (duplicate keys, over-long numbers)."""
    lines: dict[DocPath, int] = {}
    problems: list[Problem] = []
    position = 0
    line = 1

    def skip_space() -> None:
        nonlocal position, line
        while position < len(text) and text[position] in " \t\r\n":
            if text[position] == "\n":
                line += 1
            position += 1

    def read_string() -> str:
        nonlocal position
        end = position + 1
        while text[end] != '"':
            end += 2 if text[end] == "\\" else 1
        raw = text[position : end + 1]
        position = end + 1
        return json.loads(raw)

    def value(path: DocPath) -> None:
        nonlocal position
        skip_space()
        lines[path] = line
        char = text[position]
        if char == "{":
            position += 1
            skip_space()
            seen: set[str] = set()
            while text[position] != "}":
                skip_space()
                key_line = line
                key = read_string()
                if key in seen:
                    problems.append(Problem(name, duplicate_key(key), key_line, path))
                seen.add(key)
                skip_space()
                position += 1  # the colon
                value((*path, key))
                skip_space()
                if text[position] == ",":
                    position += 1
                    skip_space()
            position += 1
        elif char == "[":
            position += 1
            skip_space()
            index = 0
            while text[position] != "]":
                value((*path, index))
                index += 1
                skip_space()
                if text[position] == ",":
                    position += 1
                    skip_space()
            position += 1
        elif char == '"':
            read_string()
        else:
            start = position
            while position < len(text) and text[position] not in ",]} \t\r\n":
                position += 1
            digits = sum(c.isdigit() for c in text[start:position])
            if digits > MAX_NUMBER_DIGITS:
                problems.append(Problem(
                    name,
                    translate("InputFile", "a number with {digits} digits cannot be read (the "
                              "limit is {limit})").format(digits=f"{digits:,}",
                                                          limit=MAX_NUMBER_DIGITS),
                    line, path,
                ))  # fmt: skip

    value(())
    return lines, problems
