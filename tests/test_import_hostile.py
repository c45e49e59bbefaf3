"""Hostile inputs for every importer: a clear message naming the file (and line, cell or path),
and nothing written."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import openpyxl
import pytest

from core.errors import InputFileError
from core.importers import import_files
from core.importers.common import MAX_IMPORT_BYTES
from tests import importer_samples as s
from tests.cli_runner import run_cli

MONZO = ("tester.md", s.MONZO_ROLE)
CASES: dict[str, tuple[str, str | bytes | object, str]] = {
    # name: (file name, content, words the message must hold)
    "ft truncated": ("ft.yml", s.FT_JOB_FAMILY[:300] + '\n  - id: "open', "ft.yml:"),
    "ft wrong type": ("ft.yml", s.FT_JOB_FAMILY.replace("theme: care\n    summary: Checks their own work.",
                                                        "theme: care\n    summary: [1, 2]"), "competencies[0]"),
    "ft unknown level": ("ft.yml", s.FT_JOB_FAMILY.replace("level: t2", "level: t9"), "unknown level 't9'"),
    "ft deep nesting": ("ft.yml", "levels: " + "[" * 40 + "]" * 40 + "\nthemes: []\ncompetencies: []\n", "nested deeper"),
    "ft tag": ("ft.yml", s.FT_JOB_FAMILY.replace("name: Testing", "name: !!python/object:os.system x"), "not allowed"),
    "monzo truncated": ("tester.md", s.MONZO_ROLE[:200], "front matter"),
    "monzo wrong level": ("tester.md", s.MONZO_ROLE.replace("- level: 2", "- level: two", 1), "topics[0].content[1]"),
    "monzo criteria not a list": ("tester.md", s.MONZO_ROLE.replace('criteria:\n          - "Writes a test"', 'criteria: {a: 1}'), "criteria must be a list"),
    "monzo no topics": ("page.md", "---\ntitle: x\nyaml: false\n---\n# Prose\n", "no 'topics'"),
    "direct wrong type": ("d.json", {"competency_domains": {"title": "x"}}, "competency_domains must be a list"),
    "direct missing title": ("d.json", {"competency_domains": [{"competencies": []}]}, "competency_domains[0] needs a title"),
    "direct truncated": ("d.json", json.dumps(s.DIRECT_NESTED)[:120], "not valid JSON"),
    "direct csv order": ("d.csv", s.DIRECT_CSV.replace(",Cleaning,,Making", "xx,Cleaning,,Making"), "d.csv:3"),
    "csv empty cell": ("l.csv", s.LONG_CSV.replace("SQL,Eng > Data,Master,Tunes", "SQL,Eng > Data,,Tunes"), "l.csv:5: the level cell is empty"),
    "csv bad requirement": ("l.csv", s.LONG_CSV.replace("optional", "maybe"), "requirement must be"),
    "csv broken quotes": ("l.csv", 'skill,level\n"Python,L1\n', "l.csv"),
    "non-utf8 csv": ("l.csv", "skill,level\nCafé,L1\n".encode("latin-1"), "not UTF-8"),
    "non-utf8 monzo": ("tester.md", s.MONZO_ROLE.replace("Writes a test", "Écrit").encode("latin-1"), "not UTF-8"),
    "html as yaml": ("page.yml", "<!DOCTYPE html><html><body>ladder</body></html>", "HTML page"),
}  # fmt: skip


@pytest.mark.parametrize("case", sorted(CASES))
def test_hostile_input_is_refused_with_where(tmp_path: Path, case: str) -> None:
    name, content, words = CASES[case]
    path = s.write(tmp_path / name, content)
    with pytest.raises(InputFileError) as refused:
        import_files([path])
    text = "\n".join(str(p) for p in refused.value.problems)
    assert str(path) in text and words in text, text
    assert len(refused.value.problems) == 1  # one root cause, one message


def test_huge_files_are_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    with path.open("wb") as out:
        out.write(b"skill,level\n")
        out.truncate(MAX_IMPORT_BYTES + 1)
    with pytest.raises(InputFileError, match="the limit is"):
        import_files([path])


def _bomb(path: Path) -> Path:
    book = openpyxl.Workbook()
    book.active.append(["skill", "level"])
    buffer = io.BytesIO()
    book.save(buffer)
    with (
        zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as source,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out,
    ):
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/sharedStrings.xml" or item.filename.endswith("sheet1.xml"):
                data = data + b" " * (80 * 1024 * 1024)  # inflates to 80 MB, compresses to ~80 kB
            out.writestr(item.filename, data)
    return path


def test_xlsx_zip_bomb_is_refused_before_it_is_inflated(tmp_path: Path) -> None:
    path = _bomb(tmp_path / "bomb.xlsx")
    assert path.stat().st_size < 2 * 1024 * 1024
    with pytest.raises(InputFileError) as refused:
        import_files([path])
    assert "refused as unsafe" in str(refused.value) and str(path) in str(refused.value)


def test_truncated_xlsx(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.append(["skill", "level"])
    buffer = io.BytesIO()
    book.save(buffer)
    path = s.write(tmp_path / "cut.xlsx", buffer.getvalue()[:600])
    with pytest.raises(InputFileError, match=r"cut.xlsx.*(damaged|truncated|readable)"):
        import_files([path])


def test_xlsx_errors_name_the_row(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.title = "Ladder"
    book.active.append(["skill", "level", "requirement"])
    book.active.append(["Python", "L1", "perhaps"])
    path = tmp_path / "bad.xlsx"
    book.save(path)
    with pytest.raises(InputFileError, match=r"bad.xlsx \[Ladder\] row 2: requirement"):
        import_files([path])


def test_cli_writes_nothing_on_failure(tmp_path: Path) -> None:
    bad = s.write(tmp_path / "l.csv", s.LONG_CSV.replace("optional", "maybe"))
    out = tmp_path / "out.yaml"
    done = run_cli("import-framework", str(bad), "--out", str(out))
    assert done.returncode == 1
    assert "nothing was imported" in done.stderr and "l.csv:5" in done.stderr
    assert "Traceback" not in done.stderr
    assert not out.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["l.csv"]
