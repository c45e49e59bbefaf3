"""Every published framework in ../shared/frameworks imports; counts are derived here from the
source files independently of the importers. The files are read, never copied into the project."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest
import yaml

from core.documents import Document
from core.framework import Framework, Mark
from core.framework_schema import build_framework
from core.importers import import_files
from tests.cli_runner import run_cli

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "frameworks"
pytestmark = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/frameworks is absent")


def load(*names: str) -> tuple[Framework, object]:
    result = import_files([SHARED / n for n in names])
    return build_framework(Document("imported", result.document)), result.report


def front_matter(name: str) -> dict:
    text = (SHARED / name).read_text("utf-8")
    return yaml.safe_load(text.split("---\n")[1])


def test_ft_job_family() -> None:
    source = yaml.safe_load((SHARED / "ft-job-families-engineering.yml").read_text("utf-8"))
    fw, report = load("ft-job-families-engineering.yml")
    assert [lv.label for lv in fw.levels] == [lv["name"] for lv in source["levels"]]
    assert [s.name for s in fw.skills] == [t["name"] for t in source["themes"]]
    assert {p.label for p in fw.proficiencies} == {c["proficiency"] for c in source["competencies"]}
    role = fw.roles[0]
    for comp in source["competencies"][::7]:
        level = next(
            lv.id
            for lv, raw in zip(fw.levels, source["levels"], strict=True)
            if raw["id"] == comp["level"]
        )
        skill = next(
            s.id
            for s, raw in zip(fw.skills, source["themes"], strict=True)
            if raw["id"] == comp["theme"]
        )
        text = " ".join(c.text for c in fw.criteria(role.id, skill, level))
        first_words = re.sub(r"^\s*1\.\s*", "", comp["summary"]).split()[:6]
        assert " ".join(first_words) in text
        assert fw.expected_proficiency(role.id, skill, level).label == comp["proficiency"]
    assert fw.source.licence == "MIT" and "Financial Times" in fw.source.name
    assert any("googleSheetId" in line for line in report.left_out)


def test_ft_competencies_with_levels() -> None:
    comps = yaml.safe_load((SHARED / "ft-competencies.yml").read_text("utf-8"))
    levels = yaml.safe_load((SHARED / "ft-levels.yml").read_text("utf-8"))
    fw, report = load("ft-competencies.yml", "ft-levels.yml")
    assert [lv.label for lv in fw.levels] == [lv["name"] for lv in levels]
    assert len(fw.skills) == len({c["area"] for c in comps})
    role = fw.roles[0]
    criteria = [c for s in fw.skills for lv in fw.levels if fw.is_expected(role.id, s.id, lv.id)
                for c in fw.criteria(role.id, s.id, lv.id)]  # fmt: skip
    assert len(criteria) == len(comps)
    assert sum(len(c.examples) for c in criteria) == sum(len(c["examples"]) for c in comps)
    links = sum(len(c["supportingUrls"]) for c in comps)
    assert (
        f"{links} supporting links (supportingUrls): the framework has no place for links"
        in report.left_out
    )
    sample = comps[0]
    assert any(
        c.text == sample["summary"] and list(c.examples) == sample["examples"] for c in criteria
    )


def test_monzo_files_into_one_framework() -> None:
    names = [
        "monzo-engineering-backend.md",
        "monzo-engineering-data.md",
        "monzo-engineering-web.md",
        "monzo-generic.md",
    ]
    fw, report = load(*names)
    roles_data = [front_matter(n) for n in names[:3]]
    generic = {t["name"]: t for t in front_matter("monzo-generic.md")["topics"]}
    assert [r.name for r in fw.roles] == [d["title"] for d in roles_data]
    assert len(fw.levels) == max(d["levels"] for d in roles_data)
    assert {s.id for s in fw.skills} == {t["name"] for d in roles_data for t in d["topics"]}
    for role, data in zip(fw.roles, roles_data, strict=True):
        for topic in data["topics"]:
            levels = {c["level"] for c in topic["content"]} | {
                c["level"] for c in generic.get(topic["name"], {}).get("content", [])
            }
            for lv in fw.levels:
                n = int(lv.id.split("-")[1])
                assert fw.is_expected(role.id, topic["name"], lv.id) == (n in levels), (
                    role.id,
                    topic["name"],
                    n,
                )
            for content in topic["content"]:
                got = fw.criteria(role.id, topic["name"], f"level-{content['level']}")
                texts = [c.text for c in got]
                for crit in content.get("criteria") or []:
                    assert crit.strip() in texts
                for ex in content.get("exampleCriteria") or []:
                    match = next(c for c in got if c.text == ex["criteria"].strip())
                    assert list(match.examples) == [e.strip() for e in ex["examples"]]
    # leadership starts at level 3 in every engineering file
    assert not fw.is_expected(fw.roles[0].id, "leadership", "level-1")
    assert fw.source.licence == "MIT" and "Monzo" in fw.source.name
    assert sum("Markdown body" in line for line in report.left_out) == 3


def _direct_counts() -> tuple[int, int, int]:
    data = json.loads((SHARED / "direct-DIRECT-framework-all-in-one.json").read_text("utf-8"))
    domains = data["competency_domains"]
    comps = [c for d in domains for c in d["competencies"]]
    return len(domains), len(comps), sum(len(c["skills"]) for c in comps)


@pytest.mark.parametrize(
    "main", ["direct-DIRECT-framework-all-in-one.json", "direct-DIRECT-framework-all-in-one.csv"]
)
def test_direct(main: str) -> None:
    fw, report = load(main, "direct-skill_level.json")
    scale = json.loads((SHARED / "direct-skill_level.json").read_text("utf-8"))
    if main.endswith(".csv"):
        with (SHARED / main).open(encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        expected_skills = [r["skill"].strip() for r in rows if r["skill"]]
        assert len({r["competency_domain"] for r in rows if r["competency_domain"]}) == len(
            {s.category_path[0] for s in fw.skills}
        )
    else:
        domains, comps, skill_count = _direct_counts()
        assert len(fw.skills) == skill_count
        data = json.loads((SHARED / main).read_text("utf-8"))
        expected_skills = [
            s["title"].strip()
            for d in data["competency_domains"]
            for c in d["competencies"]
            for s in c["skills"]
        ]
        assert len({s.category_path for s in fw.skills}) == comps
        assert len({s.category_path[0] for s in fw.skills}) == domains
    assert [s.name for s in fw.skills] == expected_skills
    above_zero = sorted((s for s in scale if int(s["level"]) > 0), key=lambda s: int(s["level"]))
    assert [lv.label for lv in fw.levels] == [s["name"] for s in above_zero]
    assert fw.levels[0].meaning == above_zero[0]["description"].strip()
    role = fw.roles[0]
    assert len(role.skills) == len(expected_skills)
    assert fw.expectation(role.id, fw.skills[0].id, fw.levels[-1].id).mark is Mark.OPTIONAL
    assert fw.source.licence == "CC-BY-4.0" and "DIRECT" in fw.source.name
    assert any("learning resources" in line for line in report.left_out)


def test_companion_alone_is_refused_with_a_pointer() -> None:
    done = run_cli("validate", str(SHARED / "ft-levels.yml"))
    assert done.returncode == 1 and "companion" in done.stderr and "import-framework" in done.stderr
    done = run_cli("validate", str(SHARED / "monzo-generic.md"))
    assert done.returncode == 1
    assert len(done.stderr.strip().splitlines()) == 2  # headline + one problem, no cascade
    assert "Monzo" in done.stderr and "import-framework" in done.stderr


def test_cli_imports_every_shared_file(tmp_path: Path) -> None:
    groups = [
        ["ft-job-families-engineering.yml"],
        ["ft-competencies.yml", "ft-levels.yml"],
        ["monzo-engineering-backend.md", "monzo-engineering-data.md", "monzo-engineering-web.md", "monzo-generic.md"],
        ["direct-DIRECT-framework-all-in-one.json", "direct-skill_level.json"],
        ["direct-DIRECT-framework-all-in-one.csv", "direct-skill_level.json"],
    ]  # fmt: skip
    for i, group in enumerate(groups):
        out = tmp_path / f"fw{i}.yaml"
        done = run_cli("import-framework", *[str(SHARED / n) for n in group], "--out", str(out))
        assert done.returncode == 0, done.stderr
        assert "Left out:" in done.stdout
        listed = run_cli("--framework", str(out), "roles")
        assert listed.returncode == 0 and "Source:" in listed.stdout, listed.stderr
