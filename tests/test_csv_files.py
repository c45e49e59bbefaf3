"""CSV exports: formula-looking cells neutralised, UTF-8 with BOM, and read back unchanged."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from core.csv_files import FORMULA_STARTS, csv_bytes, read_csv, write_csv

HOSTILE = [
    '=HYPERLINK("http://evil.example","click")',
    "+1+1",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=1+1",
    "\r=1+1",
    "'already quoted",
    "王小明",
    'plain, with "quotes"\nand a line break',
]


def test_hostile_cells_are_neutralised_and_read_back(tmp_path: Path) -> None:
    path = tmp_path / "history.csv"
    write_csv(path, ["name", "note", "level"], [[value, value, 3] for value in HOSTILE])
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: spreadsheets read Chinese correctly
    for row in csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")):
        assert not any(cell.startswith(FORMULA_STARTS) for cell in row), row
    rows = read_csv(path)
    assert rows[0] == ["name", "note", "level"]
    assert rows[1:] == [[value, value, "3"] for value in HOSTILE]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.text(), min_size=1, max_size=4), min_size=1, max_size=5))
def test_any_text_round_trips(rows: list[list[str]]) -> None:
    import tempfile

    width = max(len(row) for row in rows)
    padded = [row + [""] * (width - len(row)) for row in rows]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.csv"
        write_csv(path, [f"c{i}" for i in range(width)], padded)
        assert read_csv(path)[1:] == padded
    # What a spreadsheet sees: the raw cells, before our reader restores them.
    raw = csv_bytes(["c"] * width, padded).decode("utf-8-sig")
    for row in csv.reader(io.StringIO(raw, newline="")):
        assert not any(cell.startswith(FORMULA_STARTS) for cell in row)
