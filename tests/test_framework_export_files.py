"""Export a framework to YAML, CSV and XLSX and import it back: the same framework, field by field.

The frameworks are the built-in one, a small schema 2 framework that uses every schema 2 feature
(and text that is hard for spreadsheets), a schema 1 one, and the published ladders in
../shared/frameworks, imported first (read from there, never copied into the project).
"""

from __future__ import annotations

import csv
import dataclasses
import io
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.documents import Document
from core.errors import InputFileError
from core.framework import Framework, Mark
from core.framework_export_files import (
    EXPORT_FORMATS,
    export_framework,
    framework_bytes,
    framework_csv,
    framework_xlsx,
    framework_yaml,
)
from core.framework_files import load_builtin_framework, load_framework, load_framework_in
from core.framework_schema import build_framework
from core.importers import ImportReport, import_files
from tests.framework_factory import framework_data

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "frameworks"
SUFFIX = {"csv": ".csv", "xlsx": ".xlsx", "yaml": ".yaml"}
FORMULA = "=SUM(A1)"


# --- comparing frameworks -------------------------------------------------------------------


def differences(before: Any, after: Any, path: str = "framework") -> list[str]:
    """Every field where ``after`` differs from ``before``: dataclass fields (those compared and
    set at creation), mappings with their key order, tuples item by item."""
    if dataclasses.is_dataclass(before) and not isinstance(before, type):
        if type(after) is not type(before):
            return [f"{path}: {type(before).__name__} became {type(after).__name__}"]
        found = []
        for field in dataclasses.fields(before):
            if field.init and field.compare:
                found += differences(
                    getattr(before, field.name), getattr(after, field.name), f"{path}.{field.name}"
                )
        return found
    if isinstance(before, Mapping):
        if not isinstance(after, Mapping) or list(before) != list(after):
            keys = list(after) if isinstance(after, Mapping) else after
            return [f"{path}: keys {list(before)} became {keys}"]
        return [d for key in before for d in differences(before[key], after[key], f"{path}[{key}]")]
    if isinstance(before, tuple):
        if not isinstance(after, tuple) or len(after) != len(before):
            return [f"{path}: {before!r} became {after!r}"]
        pairs = enumerate(zip(before, after, strict=True))
        return [d for i, (b, a) in pairs for d in differences(b, a, f"{path}[{i}]")]
    return [] if before == after else [f"{path}: {before!r} became {after!r}"]


def assert_same(before: Framework, after: Framework) -> None:
    found = differences(before, after)
    assert not found, "\n".join(found[:20])


def round_trip(
    framework: Framework, fmt: str, folder: Path
) -> tuple[Framework, ImportReport | None]:
    path = folder / f"exported{SUFFIX[fmt]}"
    export_framework(framework, fmt, path)  # type: ignore[arg-type]
    if fmt == "yaml":
        return load_framework(path), None
    result = import_files([path])
    return build_framework(Document(str(path), result.document)), result.report


def built(data: dict[str, Any]) -> Framework:
    return build_framework(Document("test", data))


# --- frameworks to export -------------------------------------------------------------------

HARD = "Reads 中文 notes; writes a|b, c>d, back\\slash\\, _x0041_ and 'quotes'"


def every_feature() -> dict[str, Any]:
    """A schema 2 framework with every schema 2 feature and text spreadsheets find hard."""
    return {
        "schema_version": 2,
        "framework": {
            "id": "acme",
            "name": "Acme 工程阶梯",
            "version": "3.1",
            "description": "First line.\nSecond line, with = and | inside.",
        },
        "source": {
            "name": "Acme progression",
            "url": "https://example.org/acme",
            "version": "v3",
            "commit": "0123456789abcdef",
            "licence": "CC-BY-4.0",
            "attribution": "Copyright Acme; used with thanks.",
        },
        "levels": [
            {"id": "l1", "label": "L1"},
            {"id": "l2", "label": "L2", "meaning": "Works alone."},
            {"id": "l3", "label": "Staff (L3)", "meaning": "Sets direction.", "summary": "Staff."},
            {"id": "l4", "label": "L1", "summary": "Same label as l1, another level."},
        ],
        "proficiencies": [
            {"id": "aware", "label": "Awareness", "meaning": "Knows it exists."},
            {"id": "expert", "label": "Expert", "summary": "Teaches it."},
            {"id": "deep", "label": "Expert"},  # a label two steps share: rows name them by id
            {"id": "awareness", "label": "aware"},  # a label that is another step's id
        ],
        "stages": [
            {"id": "build", "label": "Build"},
            {"id": "run", "label": "Run"},
            {"id": "unused", "label": "Nobody leads this"},
        ],
        "skills": [
            {
                "id": "comms",
                "name": "沟通 Communication",
                "category_path": ["Behaviours", "Talking > listening", "Pipes | too"],
                "summary": "Talking with people.",
                "keywords": ["talk", "a|b", "c\\", "new\nline"],
                "descriptors": {
                    "l1": [
                        "Gives updates",
                        {"text": "Asks for help", "examples": ["In stand-up", "x|y"]},
                    ],
                    "l3": "Speaks for the team.",
                    "l4": [{"text": FORMULA, "examples": ["+1 to that", "-minus", "@mention"]}],
                },
            },
            {"id": "lead", "name": "Leadership", "category": "People"},
            {
                "id": "lead-2",
                "name": "Leadership",  # the same name as another skill: ids keep them apart
                "category_path": ["People", "Teams"],
                "category": "Team leadership",  # not the path's last part
                "descriptors": {"l2": HARD, "l3": "'Starts with an apostrophe"},
            },
            {"id": "orphan", "name": "No role uses this", "category": "Misc"},
        ],
        "roles": [
            {
                "id": "eng",
                "name": "Engineer",
                "summary": "Builds things.",
                "responsibilities": ["Write code", "Review | merge", "Mentor\nothers"],
                "deliverables": ["Services"],
                "stages": {"leads": ["build"], "supports": ["run"]},
                "skills": {
                    "comms": {
                        "l1": {"mark": "required", "proficiency": "aware"},
                        "l2": "not-expected",
                        "l3": {"mark": "required", "proficiency": "expert", "examples": ["A talk"]},
                        "l4": {"mark": "optional", "proficiency": "deep"},
                    },
                    "lead": {
                        "l2": {"mark": "optional", "proficiency": "awareness"},
                        "l3": {"mark": "required", "descriptor": ["A", "B"]},
                        "l4": {
                            "mark": "not-expected",
                            "descriptor": [{"text": "Only if asked", "examples": ["E1"]}],
                        },
                    },
                    "lead-2": {"l1": {"mark": "required", "descriptor": "Own words for L1."}},
                },
            },
            {
                "id": "tl",
                "name": "All skills",  # the name the importer gives rows without a role
                "levels": ["l3", "l2"],
                "skills": {"lead": {"l2": "required", "l3": "required"}, "comms": {}},
            },
        ],
        "families": [
            {
                "id": "ic",
                "name": "Individual contributors",
                "roles": ["eng"],
                "level_meanings": {"l2": "Owns a service.", "l3": "Owns a domain."},
            },
            {"id": "leads", "name": "Leads", "roles": ["tl"]},
        ],
    }


def shared_frameworks() -> list[Any]:
    cases = {
        "ft-job-family": ["ft-job-families-engineering.yml"],
        "ft-competencies": ["ft-competencies.yml", "ft-levels.yml"],
        "monzo": ["monzo-engineering-backend.md", "monzo-engineering-data.md",
                  "monzo-engineering-web.md", "monzo-generic.md"],
        "direct": ["direct-DIRECT-framework-all-in-one.json", "direct-skill_level.json"],
    }  # fmt: skip
    return [pytest.param(names, id=name) for name, names in cases.items()]


def imported(names: list[str]) -> Framework:
    if not SHARED.is_dir():
        pytest.skip("../shared/frameworks is absent")
    result = import_files([SHARED / name for name in names])
    return build_framework(Document("imported", result.document))


def assert_honest(report: ImportReport | None, *, formulas: bool = False) -> None:
    """Nothing the round trip carried is reported as left out, merged or renamed."""
    if report is None:
        return
    assert report.left_out == [] and report.merged == []
    expected = 1 if formulas else 0
    assert len(report.renamed) == expected, report.renamed
    assert any("framework detail" in line for line in report.mapped)


# --- round trips ----------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", EXPORT_FORMATS)
def test_builtin_framework_round_trips(fmt: str, tmp_path: Path) -> None:
    framework = load_builtin_framework()
    again, report = round_trip(framework, fmt, tmp_path)
    assert_same(framework, again)
    assert_honest(report)


@pytest.mark.parametrize("fmt", EXPORT_FORMATS)
def test_every_schema_2_feature_round_trips(fmt: str, tmp_path: Path) -> None:
    framework = built(every_feature())
    again, report = round_trip(framework, fmt, tmp_path)
    assert_same(framework, again)
    # The features are really there (not lost on both sides alike).
    assert again.role("tl").levels == ("l2", "l3")
    assert again.expectation("eng", "comms", "l2").mark is Mark.NOT_EXPECTED
    assert "l2" in again.role("eng").role_skill("comms").expectations
    assert again.role("tl").role_skill("comms").expectations == {}
    assert again.expected_proficiency("eng", "comms", "l4").id == "deep"
    assert again.expected_proficiency("eng", "lead", "l2").id == "awareness"
    assert again.criteria("eng", "comms", "l4")[0].text == FORMULA
    assert again.skill("comms").category_path == (
        "Behaviours",
        "Talking > listening",
        "Pipes | too",
    )
    assert again.skill("comms").keywords == ("talk", "a|b", "c\\", "new\nline")
    assert again.skill("lead-2").category == "Team leadership"
    assert again.skill("lead-2").descriptors["l2"] == HARD
    assert again.source is not None and again.source.licence == "CC-BY-4.0"
    assert again.family("eng") is not None and again.stages[-1].id == "unused"
    assert_honest(report, formulas=fmt == "xlsx")
    if report is not None:
        assert "licence CC-BY-4.0, from the sheet's framework details" in report.mapped


@pytest.mark.parametrize("fmt", EXPORT_FORMATS)
def test_schema_1_framework_stays_schema_1(fmt: str, tmp_path: Path) -> None:
    framework = built(framework_data(level_count=4, skill_count=3, role_count=2))
    assert framework.schema_version == 1
    again, _ = round_trip(framework, fmt, tmp_path)
    assert again.schema_version == 1
    assert_same(framework, again)


@pytest.mark.parametrize("names", shared_frameworks())
@pytest.mark.parametrize("fmt", EXPORT_FORMATS)
def test_published_frameworks_round_trip(names: list[str], fmt: str, tmp_path: Path) -> None:
    framework = imported(names)
    again, report = round_trip(framework, fmt, tmp_path)
    assert_same(framework, again)
    assert_honest(report)
    if report is not None:
        assert any("from the sheet's framework details" in line for line in report.mapped)


TEXT = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=24).filter(
    lambda t: t.strip() == t and t != ""
)  # the loader strips every text


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=TEXT, text=TEXT, example=TEXT, keyword=TEXT, part=TEXT, own=TEXT)
def test_any_text_survives_a_sheet(
    name: str, text: str, example: str, keyword: str, part: str, own: str
) -> None:
    data = every_feature()
    skill = data["skills"][1]
    skill.update(name=name, category_path=[part, part], keywords=[keyword, keyword])
    skill["descriptors"] = {"l1": [{"text": text, "examples": [example, example]}], "l2": text}
    data["roles"][0]["skills"]["lead"]["l3"] = {"mark": "required", "descriptor": [own, text]}
    data["roles"][0]["summary"] = text
    data["levels"][0]["meaning"] = text
    framework = built(data)
    for fmt in ("csv", "xlsx"):
        again = _import_bytes(framework_bytes(framework, fmt), fmt)  # type: ignore[arg-type]
        assert_same(framework, again)


def _import_bytes(raw: bytes, fmt: str) -> Framework:
    # Hypothesis runs the test many times within one tmp_path: each example gets its own folder.
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"sheet{SUFFIX[fmt]}"
        path.write_bytes(raw)
        return build_framework(Document(str(path), import_files([path]).document))


# --- what the files look like -----------------------------------------------------------------


def test_csv_is_utf8_with_bom_and_guards_formulas() -> None:
    raw = framework_csv(built(every_feature()))
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][:3] == ["skill", "category", "level"]
    descriptors = [row[3] for row in rows[1:]]
    assert "'" + FORMULA in descriptors and FORMULA not in descriptors
    assert "沟通 Communication" in text
    # The details sit on rows of their own at the end, in the last two columns.
    assert rows[-1][:-2] == [""] * (len(rows[0]) - 2)
    assert ["framework.name", "Acme 工程阶梯"] in [row[-2:] for row in rows]


def test_xlsx_keeps_formula_like_text_as_text(tmp_path: Path) -> None:
    framework = built(every_feature())
    path = tmp_path / "ladder.xlsx"
    path.write_bytes(framework_xlsx(framework))
    book = openpyxl.load_workbook(path)  # not read-only: cell types are visible
    assert book.sheetnames == ["ladder", "framework"]
    cells = [c for row in book["ladder"].iter_rows() for c in row if c.value == FORMULA]
    assert cells and all(c.data_type == "s" for c in cells)
    assert not any(c.data_type == "f" for row in book["ladder"].iter_rows() for c in row)
    again = import_files([path])
    assert (
        build_framework(Document("x", again.document)).criteria("eng", "comms", "l4")[0].text
        == FORMULA
    )


def test_yaml_is_readable_block_yaml_in_the_original_language() -> None:
    builtin = load_builtin_framework()
    text = framework_yaml(builtin)
    assert text.startswith("schema_version: 2\nframework:\n  id: ml-ai\n")
    assert "{" not in text.split("\n", 3)[2]  # block style, not flow style
    chinese = load_framework_in(None, "zh_CN")
    assert chinese.original is not None  # a translated view...
    assert framework_yaml(chinese) == text  # ...exports the original text
    assert framework_csv(chinese) == framework_csv(builtin)
    acme = framework_yaml(built(every_feature()))
    assert "Acme 工程阶梯" in acme and "\\u" not in acme  # Unicode kept as it is


@pytest.mark.parametrize("fmt", EXPORT_FORMATS)
def test_export_writes_the_file_atomically(fmt: str, tmp_path: Path) -> None:
    framework = built(every_feature())
    path = tmp_path / f"out{SUFFIX[fmt]}"
    path.write_bytes(b"old")
    export_framework(framework, fmt, path)  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == [path]  # no temporary left beside it
    if fmt != "xlsx":  # a workbook records when it was made
        assert path.read_bytes() == framework_bytes(framework, fmt)  # type: ignore[arg-type]


# --- editing an exported sheet ------------------------------------------------------------------


def test_a_descriptor_edited_in_the_csv_is_imported(tmp_path: Path) -> None:
    framework = load_builtin_framework()
    skill = framework.skills[3]
    old = skill.descriptors["senior"]
    path = tmp_path / "ladder.csv"
    export_framework(framework, "csv", path)
    text = path.read_bytes().decode("utf-8-sig")
    assert text.count(old) == 1
    path.write_bytes(text.replace(old, "Leads the 中文 rewrite.").encode("utf-8-sig"))
    again = build_framework(Document("x", import_files([path]).document))
    assert again.skill(skill.id).descriptors["senior"] == "Leads the 中文 rewrite."
    # Nothing else changed.
    expected = dataclasses.replace(
        skill,
        descriptors={**skill.descriptors, "senior": "Leads the 中文 rewrite."},
        criteria={**skill.criteria, "senior": again.skill(skill.id).criteria["senior"]},
    )
    assert_same(expected, again.skill(skill.id))
    others = [s.id for s in framework.skills if s.id != skill.id]
    assert not differences(
        tuple(framework.skill(s) for s in others), tuple(again.skill(s) for s in others)
    )
    assert_same(framework.roles[0], again.roles[0])


def test_rows_added_by_hand_without_ids_join_by_name(tmp_path: Path) -> None:
    framework = built(every_feature())
    path = tmp_path / "ladder.csv"
    export_framework(framework, "csv", path)
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))
    header = rows[0]
    added = dict.fromkeys(header, "")
    added |= {"skill": "No role uses this", "level": "Staff (L3)", "descriptor": "Added by hand",
              "role": "Engineer", "requirement": "optional", "role_examples": "Seen in review"}  # fmt: skip
    rows.insert(1, [added[h] for h in header])
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")
    result = import_files([path])
    again = build_framework(Document("x", result.document))
    assert [r.id for r in again.roles] == ["eng", "tl"] and len(again.skills) == 4
    assert again.skill("orphan").descriptors == {"l3": "Added by hand"}
    assert again.expectation("eng", "orphan", "l3").mark is Mark.OPTIONAL
    assert again.examples("eng", "orphan", "l3") == ("Seen in review",)


def test_a_level_the_details_do_not_define_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "ladder.csv"
    export_framework(built(every_feature()), "csv", path)
    text = path.read_bytes().decode("utf-8-sig").replace(",Staff (L3),", ",Staff (L9),", 1)
    path.write_text(text.replace(",l3,", ",,", 1), encoding="utf-8")
    with pytest.raises(InputFileError) as refused:
        import_files([path])
    assert "level 'Staff (L9)' is not one of the sheet's levels" in str(refused.value)


def test_unknown_detail_keys_are_reported_as_left_out(tmp_path: Path) -> None:
    path = tmp_path / "ladder.csv"
    export_framework(built(every_feature()), "csv", path)
    width = path.read_bytes().decode("utf-8-sig").split("\r\n", 1)[0].count(",")
    with path.open("a", encoding="utf-8") as out:
        out.write("," * (width - 1) + "level.l1.colour,blue\r\n")
    result = import_files([path])
    assert result.report.left_out == [
        "framework details: 'level.l1.colour' (no place for it in the framework)"
    ]


def test_schema_1_sheet_given_schema_2_content_becomes_schema_2(tmp_path: Path) -> None:
    framework = built(framework_data(level_count=3, skill_count=2, role_count=1))
    path = tmp_path / "ladder.csv"
    export_framework(framework, "csv", path)
    text = path.read_bytes().decode("utf-8-sig")
    path.write_text(text.replace(",optional,", ",not-expected,", 1), encoding="utf-8")
    result = import_files([path])
    assert result.document["schema_version"] == 2
    assert any("ask for schema 1" in line for line in result.report.renamed)


def test_plain_sheets_read_as_before(tmp_path: Path) -> None:
    """Without framework details, backslashes, apostrophes and _xHHHH_ in a CSV stay as typed."""
    text = (
        "skill,level,descriptor,examples,category\n"
        "Python,L1,'=quoted,a\\|b|c,Eng > Lang\\>x\n"
        "Python,L2,_x0041_ literal,,\n"
    )
    path = tmp_path / "plain.csv"
    path.write_text(text, encoding="utf-8")
    framework = build_framework(Document("x", import_files([path]).document))
    criteria = framework.skill("python").criteria["l1"]
    assert criteria[0].text == "'=quoted" and criteria[0].examples == ("a\\", "b", "c")
    assert framework.skill("python").category_path == ("Eng", "Lang\\", "x")
    assert framework.skill("python").descriptors["l2"] == "_x0041_ literal"


def test_a_workbook_sheet_named_framework_that_is_not_details_is_left_out(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.append(["skill", "level", "descriptor"])
    book.active.append(["Python", "L1", "Writes code"])
    book.active.append(["Python", "L2", "Reviews code"])
    book.create_sheet("Framework").append(["Notes about our ladder"])
    path = tmp_path / "ladder.xlsx"
    book.save(path)
    result = import_files([path])
    assert any("Framework" in line for line in result.report.left_out)


def test_the_report_of_a_round_trip_reads_in_chinese(tmp_path: Path) -> None:
    from core.i18n import using_language

    path = tmp_path / "ladder.xlsx"
    export_framework(built(every_feature()), "xlsx", path)
    with using_language("zh_CN"):
        lines = import_files([path]).report.lines()
    assert "  - 许可证 CC-BY-4.0，来自表格中的框架信息" in lines
    assert any(line.startswith("  - 已读取 ") and "项框架信息" in line for line in lines)


def test_a_descriptor_full_of_semicolons_keeps_the_csv_readable() -> None:
    data = every_feature()
    data["skills"][0]["descriptors"]["l1"] = "a;" * 1990  # more than the commas of many rows
    framework = built(data)
    assert_same(framework, _import_bytes(framework_csv(framework), "csv"))


def test_cli_export_edit_and_install_gives_the_same_framework(tmp_path: Path) -> None:
    """`frameworks export` writes these files; a company renames the copy (the built-in id is
    taken), installs it, and the installed framework is the built-in one under its new id."""
    from tests.cli_runner import run_cli

    data = tmp_path / "data"
    sheet = tmp_path / "ours.xlsx"

    def cli(*args: str) -> str:
        done = run_cli("--lang", "en", "--data-dir", str(data), "frameworks", *args)
        assert done.returncode == 0, done.stderr
        return done.stdout

    cli("export", "ml-ai", "--format", "xlsx", "--out", str(sheet))
    book = openpyxl.load_workbook(sheet)
    for row in book["framework"].iter_rows(min_row=2):
        if row[0].value == "framework.id":
            row[1].value = "ours"
    book.save(sheet)
    cli("install", str(sheet))
    native = tmp_path / "ours.yaml"
    cli("export", "ours", "--format", "yaml", "--out", str(native))
    builtin = load_builtin_framework()
    assert_same(dataclasses.replace(builtin, id="ours"), load_framework(native))
    csv_text = tmp_path / "ml-ai.csv"
    cli("export", "ml-ai", "--format", "csv", "--out", str(csv_text))
    assert csv_text.read_bytes() == framework_csv(builtin)
