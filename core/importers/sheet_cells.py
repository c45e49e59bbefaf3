"""How a sheet exported by the app writes text so that it reads back unchanged.

Three rules, used by the exporter and by the long-format importer on sheets that carry a
framework block (plain hand-made sheets are read as they always were):

- **Lists in one cell** (examples, keywords, a role's responsibilities, ...) hold one item per
  line; ``|`` also separates items, as in hand-made sheets. A backslash before ``\\``, ``|``,
  ``>`` or a line break makes that character part of the item.
- **Category paths** are their parts joined with `` > ``, with the same backslash rule.
- **Characters a file cannot hold** (control characters, a carriage return) are written as
  ``_xHHHH_``, the escape spreadsheets themselves use in XLSX files; a literal ``_xHHHH_`` in
  the text is written ``_x005F_xHHHH_``. XLSX cells are always read this way (Excel writes
  them so); CSV cells only in a sheet that carries a framework block.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_ESCAPABLE = frozenset("\\|>\n")
LIST_SEPARATORS = frozenset("|\n")
PATH_SEPARATORS = frozenset(">")

_XML_ESCAPE = re.compile(r"_x[0-9A-Fa-f]{4}_|[\x00-\x08\x0b\x0c\x0e-\x1f\r\ufffe\uffff]")
_XML_UNESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def _escape_item(item: str, specials: frozenset[str]) -> str:
    out = []
    last = len(item) - 1
    for i, char in enumerate(item):
        if char == "\\":
            # Doubled only where it would otherwise escape what follows (or the separator).
            out.append("\\\\" if i == last or item[i + 1] in _ESCAPABLE else "\\")
        elif char in specials or char == "\n":
            out.append("\\" + char)
        else:
            out.append(char)
    return "".join(out)


def join_list(items: Iterable[str]) -> str:
    """Items as one cell: one per line, escaped so that :func:`split_list` gives them back."""
    return "\n".join(_escape_item(item, LIST_SEPARATORS) for item in items)


def join_path(parts: Iterable[str]) -> str:
    """A category path as one cell (``Domain > Competency``)."""
    return " > ".join(_escape_item(part, PATH_SEPARATORS) for part in parts)


def split_escaped(cell: str, separators: frozenset[str]) -> list[str]:
    """The items of a cell written by :func:`join_list` or :func:`join_path`, each stripped;
    empty items are dropped."""
    if "\\" not in cell:  # the common case: no escapes at all
        parts = [cell]
        for separator in separators:
            parts = [piece for part in parts for piece in part.split(separator)]
        return [p.strip() for p in parts if p.strip()]
    items: list[str] = []
    current: list[str] = []
    i = 0
    while i < len(cell):
        char = cell[i]
        if char == "\\" and i + 1 < len(cell) and cell[i + 1] in _ESCAPABLE:
            current.append(cell[i + 1])
            i += 2
            continue
        if char in separators:
            items.append("".join(current))
            current = []
        else:
            current.append(char)
        i += 1
    items.append("".join(current))
    return [item.strip() for item in items if item.strip()]


def split_list(cell: str) -> list[str]:
    """The items of a list cell of an exported sheet."""
    return split_escaped(cell, LIST_SEPARATORS)


def split_path(cell: str) -> list[str]:
    """The parts of a category-path cell of an exported sheet."""
    return split_escaped(cell, PATH_SEPARATORS)


def encode_characters(text: str) -> str:
    """``text`` with the characters a sheet cannot hold written as ``_xHHHH_``."""
    if "_x" not in text and not any(c < " " or c in "\ufffe\uffff" for c in text):
        return text
    return _XML_ESCAPE.sub(
        lambda m: (
            "_x005F_" + m.group(0)[1:] if len(m.group(0)) > 1 else f"_x{ord(m.group(0)):04X}_"
        ),
        text,
    )


def decode_characters(text: str) -> str:
    """The text of a cell written with ``_xHHHH_`` escapes."""
    if "_x" not in text:
        return text
    return _XML_UNESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)
