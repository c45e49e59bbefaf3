"""The import steps without Qt: columns guessed and previewed, mappings saved and read back, a
sheet converted with its own column names, and a new version compared with the installed one."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import InputFileError
from core.framework_files import load_builtin_framework
from core.framework_import import Installed, convert_files, inspect_files, plan_install
from core.importers import load_mapping
from core.importers.columns import (
    columns_of,
    guess_columns,
    is_template_header,
    mapping_for,
    mapping_text,
    preview,
)
from tests import importer_samples as s

ODD_CSV = """\
Competency Name,Area,Grade,What good looks like,Evidence,Job Title,Mandatory?,Notes
Python,Eng > Languages,G1,Writes scripts,A cron job,Backend,required,ignore me
Python,Eng > Languages,G2,Designs packages,,Backend,required,
SQL,Eng > Data,G1,Writes queries,,Backend,optional,
SQL,Eng > Data,G2,Tunes queries,,Backend,required,
"""


def test_columns_are_guessed_from_unusual_headers() -> None:
    header = ODD_CSV.splitlines()[0].split(",")
    guessed = guess_columns(header)
    assert guessed == {
        "skill": "Competency Name", "level": "Grade", "descriptor": "What good looks like",
        "category": "Area", "examples": "Evidence", "role": "Job Title",
        "requirement": "Mandatory?", "proficiency": None, "skill_summary": None,
        "level_meaning": None, "role_descriptor": None, "role_examples": None, "keywords": None,
        "skill_id": None, "level_id": None, "role_id": None,
    }  # fmt: skip
    assert not is_template_header(header)
    assert is_template_header(["Skill", "Level", "descriptor"])
    assert is_template_header(["skill", "level", "skill_id", "framework_key", "framework_value"])
    # The template's own names win over synonyms, and each header goes to one field only.
    assert guess_columns(["Level", "Grade", "Skill"])["level"] == "Level"


def test_the_preview_reads_cells_as_the_importer_does() -> None:
    header = ["Competency", "Grade", "category", "Text"]
    rows = [["Python", "G1", "Eng", "Writes scripts"]]
    # A mapping file that does not name "category" reads the column of that name...
    mapping = {"columns": {"skill": "Competency", "level": "Grade"}}
    assert preview(header, rows, mapping)[0]["category"] == "Eng"
    assert preview(header, rows, mapping)[0]["descriptor"] == ""
    # ...and the window's choice of no column for it is written down as null.
    none = mapping_for(header, {"skill": "Competency", "level": "Grade", "category": None})
    assert none["columns"] == {"skill": "Competency", "level": "Grade", "category": None}
    assert preview(header, rows, none)[0]["category"] == ""
    assert columns_of(header, none)["category"] is None


def test_a_saved_mapping_reads_back_the_same(tmp_path: Path) -> None:
    header = ODD_CSV.splitlines()[0].split(",")
    columns = guess_columns(header) | {"examples": None}
    mapping = mapping_for(header, columns, {"framework": {"name": "Acme", "version": "3"}})
    path = tmp_path / "acme-mapping.yaml"
    path.write_text(mapping_text(mapping), encoding="utf-8")
    again = load_mapping(str(path))
    assert again == mapping
    assert columns_of(header, again) == columns


def test_a_sheet_with_its_own_columns_converts_through_the_mapping(tmp_path: Path) -> None:
    path = s.write(tmp_path / "acme.csv", ODD_CSV)
    inspection = inspect_files([path])
    assert inspection.needs_mapping and inspection.files[0].label == "CSV sheet"
    assert inspection.header[0] == "Competency Name" and len(inspection.rows) == 4
    mapping = mapping_for(
        list(inspection.header), inspection.guessed, {"framework": {"name": "Acme ladder",
                                                                   "version": "1.0"}}
    )  # fmt: skip
    steps: list[tuple[int, int]] = []
    converted = convert_files([path], mapping, lambda done, total: steps.append((done, total)))
    fw = converted.framework
    assert (fw.id, fw.name, fw.version) == ("acme-ladder", "Acme ladder", "1.0")
    assert [lv.label for lv in fw.levels] == ["G1", "G2"]
    assert [r.name for r in fw.roles] == ["Backend"]
    assert fw.criteria("backend", "python", "g1")[0].examples == ("A cron job",)
    assert converted.import_format == "csv" and converted.source_files == ("acme.csv",)
    assert any("Notes" in line for line in converted.report.left_out)
    assert steps[0] == (0, 3) and steps[-1] == (2, 3)


def test_a_new_version_is_planned_as_an_update_with_its_diff(tmp_path: Path) -> None:
    first = convert_files(
        [s.write(tmp_path / "acme.csv", ODD_CSV)],
        {"columns": {"skill": "Competency Name", "level": "Grade",
                     "descriptor": "What good looks like", "role": "Job Title",
                     "requirement": "Mandatory?"}},
    )  # fmt: skip
    builtin = load_builtin_framework().id
    assert not plan_install(first, builtin, {}).is_update
    changed = ODD_CSV.replace("Tunes queries", "Tunes and indexes queries").replace(
        "SQL,Eng > Data,G1,Writes queries,,Backend,optional",
        "SQL,Eng > Data,G1,Writes queries,,Backend,required",
    )
    second = convert_files(
        [s.write(tmp_path / "acme-v2.csv", changed)],
        {"columns": {"skill": "Competency Name", "level": "Grade",
                     "descriptor": "What good looks like", "role": "Job Title",
                     "requirement": "Mandatory?"},
         "framework": {"id": "acme", "version": "2"}},
    )  # fmt: skip
    plan = plan_install(second, builtin, {"acme": Installed(first.framework, "hash-1")}, "acme")
    assert plan.is_update and plan.installed is not None
    assert plan.installed.content_hash == "hash-1"
    diff = plan.diff
    assert diff is not None and (diff.old_version, diff.new_version) == ("imported", "2")
    assert [(d.skill_id, d.level_id) for d in diff.descriptors_changed] == [("sql", "g2")]
    assert [(m.skill_id, m.old_mark.value, m.new_mark.value) for m in diff.marks_changed] == [
        ("sql", "optional", "required")
    ]
    other = convert_files([s.write(tmp_path / "testing.yml", s.FT_JOB_FAMILY)])
    with pytest.raises(InputFileError, match="not a version of 'acme'"):
        plan_install(other, builtin, {"acme": Installed(first.framework, "hash-1")}, "acme")


def test_a_truncated_workbook_is_refused_naming_the_file(tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["skill", "level"])
    book.active.append(["Python", "G1"])
    whole = tmp_path / "whole.xlsx"
    book.save(whole)
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(whole.read_bytes()[:300])
    with pytest.raises(InputFileError) as caught:
        inspect_files([cut])
    assert "cut.xlsx" in str(caught.value) and "damaged or truncated" in str(caught.value)
