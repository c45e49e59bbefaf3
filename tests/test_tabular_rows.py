"""The quick reading of CSV sheets without quotes gives the same rows, numbered by line, as the
csv module; a sheet with quotes is read by the csv module."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from core.importers.tabular import csv_rows

PLAIN = "skill,level,descriptor\nTesting,L1,Writes tests.\n\nTesting,L2,Reviews tests.\n"
SEMICOLONS = "skill;level;descriptor\nTesting;L1;Writes tests, often.\n"
QUOTED = 'skill,level,descriptor\nTesting,L1,"Writes tests,\nand reads them."\nTesting,L2,x\n'


@pytest.mark.parametrize("text", [PLAIN, SEMICOLONS, QUOTED, PLAIN.rstrip("\n")])
def test_rows_match_the_csv_module(text: str) -> None:
    delimiter = ";" if text is SEMICOLONS else ","
    expected = list(csv.reader(io.StringIO(text), delimiter=delimiter, strict=True))
    rows = list(csv_rows(Path("s.csv"), text))
    # An empty line is [] for the csv module and [""] for a split: both are skipped as empty.
    assert [cells or [""] for _, _, cells in rows] == [r or [""] for r in expected]
    assert rows[0][:2] == ("s.csv:", 1)


def test_line_numbers_follow_the_file() -> None:
    numbers = {cells[2]: n for _, n, cells in csv_rows(Path("s.csv"), PLAIN) if len(cells) > 2}
    assert numbers["Reviews tests."] == 4
    quoted = {cells[1]: n for _, n, cells in csv_rows(Path("s.csv"), QUOTED) if len(cells) > 1}
    assert quoted["L2"] == 4  # the quoted cell spans lines 2-3


def test_the_header_decides_the_delimiter() -> None:
    """Text full of semicolons (or commas) below the header does not change the delimiter."""
    commas = "skill,level,descriptor\nTesting,L1," + "a;" * 2000 + "\n"
    assert [cells for _, _, cells in csv_rows(Path("s.csv"), commas)][1][:2] == ["Testing", "L1"]
    semicolons = "skill;level;descriptor\nTesting;L1;" + "a, " * 2000 + "\n"
    rows = [cells for _, _, cells in csv_rows(Path("s.csv"), semicolons)]
    assert rows[0] == ["skill", "level", "descriptor"] and rows[1][:2] == ["Testing", "L1"]
