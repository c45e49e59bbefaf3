"""Importers on small files of our own in each format: what comes out, and what the report says."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest
import yaml

from core.documents import Document
from core.errors import InputFileError
from core.framework import Mark
from core.framework_schema import build_framework
from core.importers import import_files, load_mapping, recognise
from core.importers.tabular import template_csv
from tests import importer_samples as s


def built(result):  # the document goes through the same validation as any framework file
    return build_framework(Document("imported", result.document))


def test_ft_job_family(tmp_path: Path) -> None:
    result = import_files([s.write(tmp_path / "testing.yml", s.FT_JOB_FAMILY)])
    fw = built(result)
    assert [lv.label for lv in fw.levels] == ["Tester One", "Tester Two (Lead)"]
    assert [sk.name for sk in fw.skills] == ["Care & Attention", "Speed"]
    assert [p.label for p in fw.proficiencies] == ["Basic", "Deep"]
    assert fw.expected_proficiency("engineer", "care", "t2").label == "Deep"
    assert [c.text for c in fw.criteria("engineer", "speed", "t1")] == [
        "Runs the suite.",
        "Reads the report.",
    ]
    assert fw.expectation("engineer", "speed", "t2").mark is Mark.NOT_EXPECTED
    assert fw.source is not None and fw.source.licence == "MIT"
    assert any("googleSheetId" in line for line in result.report.left_out)


def test_ft_competencies_with_levels_companion(tmp_path: Path) -> None:
    main = s.write(tmp_path / "competencies.yml", s.FT_COMPETENCIES)
    levels = s.write(tmp_path / "levels.yml", s.FT_LEVELS)
    result = import_files([levels, main])
    fw = built(result)
    assert [lv.label for lv in fw.levels] == ["First Rung", "Second Rung"]
    assert fw.level("first").meaning == "Learning."
    technical = fw.criteria("engineer", "technical", "second")
    assert [(c.text, c.examples) for c in technical] == [("Designs systems", ("Service split",))]
    assert fw.criteria("engineer", "technical", "first")[0].examples == (
        "Unit tests",
        "Smoke tests",
    )
    assert fw.expectation("engineer", "communication", "first").mark is Mark.NOT_EXPECTED
    assert result.report.left_out == [
        "1 supporting links (supportingUrls): the framework has no place for links"
    ]
    alone = import_files([main])
    assert [lv.label for lv in built(alone).levels] == ["first", "second"]
    assert any("no levels file" in line for line in alone.report.renamed)


def test_monzo_files_merge_into_one_framework_with_generic(tmp_path: Path) -> None:
    role = s.write(tmp_path / "tester.md", s.MONZO_ROLE)
    generic = s.write(tmp_path / "generic.md", s.MONZO_GENERIC)
    result = import_files([role, generic])
    fw = built(result)
    assert [lv.label for lv in fw.levels] == ["Level 1", "Level 2", "Level 3"]
    assert [r.name for r in fw.roles] == ["Tester Framework"]
    conduct = fw.skill("conduct")
    assert conduct.name == "Conduct"  # the title comes from the generic framework
    assert fw.descriptor("tester", "conduct", "level-2") == "Role-specific conduct"
    assert fw.descriptor("tester", "conduct", "level-1") == "Is kind"
    craft = fw.criteria("tester", "craft", "level-2")
    assert [c.text for c in craft] == ["Writes many tests", "Reviews tests"]
    assert craft[1].examples == ("Suggests a missing case", "Spots a flaky test")
    assert fw.skill("craft").summary == "Making things well"
    assert not fw.is_expected("tester", "craft", "level-3")
    assert any("Markdown body" in line for line in result.report.left_out)
    assert any("generic" in line for line in result.report.merged)


def test_monzo_roles_with_fewer_levels_use_a_subset(tmp_path: Path) -> None:
    short = s.MONZO_ROLE.replace("levels: 3", "levels: 2").replace(
        'title: "Tester', 'title: "Junior'
    )
    a = s.write(tmp_path / "a.md", s.MONZO_ROLE.replace("levels: 3", "levels: 4"))
    b = s.write(tmp_path / "b.md", short)
    fw = built(import_files([a, b]))
    assert len(fw.levels) == 4
    assert [lv.id for lv in fw.role_levels("b")] == ["level-1", "level-2"]


@pytest.mark.parametrize("kind", ["json", "csv"])
def test_direct_with_skill_levels(tmp_path: Path, kind: str) -> None:
    main = (
        s.write(tmp_path / "direct.json", s.DIRECT_NESTED)
        if kind == "json"
        else s.write(tmp_path / "direct.csv", s.DIRECT_CSV)
    )
    scale = s.write(tmp_path / "skill_level.json", s.DIRECT_LEVELS)
    result = import_files([main, scale])
    fw = built(result)
    assert [lv.label for lv in fw.levels] == ["Start", "Top"]
    assert fw.level("level-2").meaning == "Leads."
    assert [sk.name for sk in fw.skills] == ["Deduplication", "Validation", "Mentoring"]
    dedup = fw.skills[0]
    assert dedup.category_path == ("Data", "Cleaning") and dedup.category == "Cleaning"
    assert dedup.keywords == ("pandas", "sql")
    role = fw.roles[0]
    assert fw.expectation(role.id, dedup.id, "level-1").mark is Mark.OPTIONAL
    assert fw.descriptor(role.id, dedup.id, "level-2") == "Leads."  # the level's meaning
    assert fw.source is not None and fw.source.licence == "CC-BY-4.0"
    assert any("'None'" in line and "Not yet" in line for line in result.report.mapped)
    assert any("learning resources of 1 skill (" in line for line in result.report.left_out)


def test_csv_long_format(tmp_path: Path) -> None:
    result = import_files([s.write(tmp_path / "ladder.csv", s.LONG_CSV)])
    fw = built(result)
    assert [lv.label for lv in fw.levels] == ["Apprentice", "Master"]
    assert [r.name for r in fw.roles] == ["Backend", "Analyst"]
    python = fw.skill("python")
    assert python.category_path == ("Eng", "Languages")
    assert [c.text for c in fw.criteria("backend", "python", "apprentice")] == [
        "Writes scripts",
        "Reads tracebacks",
    ]
    assert fw.criteria("backend", "python", "apprentice")[0].examples == (
        "A CSV script",
        "A cron job",
    )
    assert [p.label for p in fw.proficiencies] == ["Aware", "Expert"]
    assert fw.expected_proficiency("backend", "python", "master").label == "Expert"
    assert fw.expectation("backend", "sql", "master").mark is Mark.OPTIONAL
    assert fw.expectation("analyst", "sql", "apprentice").mark is Mark.NOT_EXPECTED
    # A formula-looking cell stays text, never evaluated.
    assert '=HYPERLINK("http://x")' in fw.descriptor("analyst", "sql", "master")


def test_csv_lone_criterion_with_examples(tmp_path: Path) -> None:
    text = "skill,level,descriptor,examples\nPython,L1,Writes code,A script|A test\nPython,L2,Reviews,\n"
    fw = built(import_files([s.write(tmp_path / "one.csv", text)]))
    criteria = fw.criteria("all-skills", "python", "l1")
    assert [(c.text, c.examples) for c in criteria] == [("Writes code", ("A script", "A test"))]
    assert fw.descriptor("all-skills", "python", "l2") == "Reviews"


def test_csv_with_a_column_mapping(tmp_path: Path) -> None:
    text = "Competency,Grade,Text\nPython,G1,Writes code\nPython,G2,Reviews code\n"
    path = s.write(tmp_path / "sheet.csv", text)
    with pytest.raises(InputFileError) as refused:
        import_files([path])
    assert "no column 'skill', 'level'" in str(refused.value) and "--map" in str(refused.value)
    fw = built(
        import_files([path], "csv", load_mapping("skill=Competency,level=Grade,descriptor=Text"))
    )
    assert [lv.label for lv in fw.levels] == ["G1", "G2"]
    mapping = s.write(
        tmp_path / "map.yaml",
        "columns: {skill: Competency, level: Grade, descriptor: Text}\nlevels: [G2, G1]\n"
        "source: {name: Our ladder, licence: internal}\n",
    )
    fw = built(import_files([path], "auto", load_mapping(str(mapping))))
    assert [lv.label for lv in fw.levels] == ["G2", "G1"]
    assert fw.source is not None and fw.source.name == "Our ladder"


def test_xlsx_long_format_keeps_formulas_as_text(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["skill", "level", "descriptor", "role"])
    sheet.append(["Python", "L1", "Writes code", "Dev"])
    sheet.append(["Python", "L2", "=1+1", "Dev"])
    book.create_sheet("Notes").append(["ignored"])
    path = tmp_path / "ladder.xlsx"
    book.save(path)
    result = import_files([path])
    fw = built(result)
    assert fw.descriptor("dev", "python", "l2") == "=1+1"
    assert any("formulas" in line for line in result.report.renamed)
    assert any("Notes" in line for line in result.report.left_out)


def test_template_imports_as_it_is(tmp_path: Path) -> None:
    path = s.write(tmp_path / "template.csv", template_csv())
    fw = built(import_files([path]))
    assert fw.roles[0].name == "Backend engineer"


def test_recognise_never_parses_csv_markdown_or_html_as_yaml(tmp_path: Path) -> None:
    assert recognise(tmp_path / "x.csv", b"a: 1\n") == "csv"
    assert recognise(tmp_path / "x.md", b"# Title\n") == "markdown"
    assert recognise(tmp_path / "x.yaml", b"<!DOCTYPE html><html></html>") == "html"
    assert recognise(tmp_path / "x.xlsx", b"PK\x03\x04rest") == "xlsx"


def test_yaml_written_by_the_cli_round_trips(tmp_path: Path) -> None:
    result = import_files([s.write(tmp_path / "ladder.csv", s.LONG_CSV)])
    text = yaml.safe_dump(result.document, sort_keys=False, allow_unicode=True)
    again = build_framework(Document("x", yaml.safe_load(io.StringIO(text))))
    assert again.criteria("backend", "python", "apprentice") == built(result).criteria(
        "backend", "python", "apprentice"
    )
