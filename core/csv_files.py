"""CSV files that are safe to open in a spreadsheet and that read back to the original values.

A text cell that a spreadsheet would run as a formula (it starts with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return) is written with a leading apostrophe, which spreadsheets
show as plain text. A cell that itself starts with an apostrophe gets one more, so reading
strips exactly one and every value comes back unchanged. Files are UTF-8 with a byte order mark
(spreadsheet programs then read Chinese names correctly) and are written atomically.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import BinaryIO

from core.safe_files import write_atomically_with

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_QUOTE = "'"
Cell = str | int | float | None


_GUARDED = frozenset((*FORMULA_STARTS, _QUOTE))
_ROWS_PER_WRITE = 2000


def neutralise(value: str) -> str:
    """The cell text to write for ``value``."""
    if value[:1] in _GUARDED:
        return _QUOTE + value
    return value


def restore(cell: str) -> str:
    """The original value of a cell written by :func:`neutralise`."""
    return cell[1:] if cell.startswith(_QUOTE) else cell


def _text(value: Cell) -> str:
    if value.__class__ is str:  # the common case first: one check
        return _QUOTE + value if value[:1] in _GUARDED else value  # type: ignore[operator, index]
    if value is None:
        return ""
    if isinstance(value, str):
        return neutralise(value)
    return str(value)  # numbers are data, not formulas, and stay as they are


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[Cell]]) -> bytes:
    """The whole file as bytes (UTF-8 with BOM, CRLF line ends as RFC 4180 asks)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([neutralise(name) for name in header])
    for row in rows:
        writer.writerow([_text(value) for value in row])
    return buffer.getvalue().encode("utf-8-sig")


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[Cell]]) -> int:
    """Write a safe CSV file atomically, row by row as ``rows`` yields them; the row count."""
    count = 0

    def fill(handle: BinaryIO) -> None:
        nonlocal count
        out = getattr(handle, "file", handle)  # the file itself, not the temporary's wrapper
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        out.write(codecs.BOM_UTF8)
        writer.writerow([neutralise(name) for name in header])
        for row in rows:
            writer.writerow([_text(value) for value in row])
            count += 1
            if count % _ROWS_PER_WRITE == 0:  # a few hundred kB at a time, never the whole file
                out.write(buffer.getvalue().encode("utf-8"))
                buffer.seek(0)
                buffer.truncate()
        out.write(buffer.getvalue().encode("utf-8"))

    write_atomically_with(path, fill)
    return count


def read_csv(path: Path) -> list[list[str]]:
    """Rows of a file written by :func:`write_csv`, header first, cells as original text."""
    text = path.read_bytes().decode("utf-8-sig")
    return [[restore(cell) for cell in row] for row in csv.reader(io.StringIO(text, newline=""))]
