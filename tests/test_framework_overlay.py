"""Translation overlays: framework content in another language, string by string."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from core.errors import FrameworkError
from core.framework_files import builtin_framework_path, load_framework, load_framework_in
from core.framework_i18n import check_overlay, framework_strings, read_overlay
from tests.cli_runner import run_cli

OVERLAY = """\
overlay_version: 1
framework: ml-ai
language: zh_CN
levels:
  junior: {label: 初级}
  senior: {label: 高级}
categories: {MLOps: MLOps, Data: 数据}
skills:
  ml-pipelines:
    name: 机器学习流水线与编排
    descriptors:
      junior: {translation: 过时的译文, english: "Some older English text."}
roles:
  mlops-engineer:
    name: MLOps 工程师
    responsibilities: [~, 第二条职责]
  no-such-role:
    name: 不存在的角色
"""


@pytest.fixture
def framework_file(tmp_path: Path) -> Path:
    path = tmp_path / "ladder.yaml"
    shutil.copy(builtin_framework_path(), path)
    (tmp_path / "ladder.zh_CN.yaml").write_text(OVERLAY, encoding="utf-8")
    return path


def test_translated_strings_are_shown_and_the_rest_stays_english(framework_file: Path) -> None:
    english = load_framework(framework_file)
    chinese = load_framework_in(framework_file, "zh_CN")
    role = chinese.role("mlops-engineer")
    assert role.name == "MLOps 工程师"
    assert chinese.level_label("junior") == "初级"
    assert chinese.level_label("middle") == english.level_label("middle")  # no translation
    assert chinese.skill("ml-pipelines").name == "机器学习流水线与编排"
    assert chinese.skill("data-quality").category == "数据"
    # A list translated in part: the first responsibility falls back, the second is translated.
    english_role = english.role("mlops-engineer")
    assert role.responsibilities[0] == english_role.responsibilities[0]
    assert role.responsibilities[1] == "第二条职责"
    # An outdated translation (made from other English) is not shown.
    junior = english.skill("ml-pipelines").descriptors["junior"]
    assert chinese.skill("ml-pipelines").descriptors["junior"] == junior
    # Every string is something: nothing blank where English had text.
    for key, text in framework_strings(chinese).items():
        assert text, key
    assert chinese.original is not None and chinese.language == "zh_CN"
    assert chinese.original.role("mlops-engineer").name == "MLOps Engineer"


def test_the_check_reports_unmatched_keys_missing_and_outdated(framework_file: Path) -> None:
    framework = load_framework(framework_file)
    overlay = read_overlay(framework_file.with_name("ladder.zh_CN.yaml"))
    report = check_overlay(framework, overlay)
    assert [(p.path, p.line) for p in report.unmatched] == [(("roles", "no-such-role", "name"), 18)]
    assert [p.path for p in report.outdated] == [
        ("skills", "ml-pipelines", "descriptors", "junior")
    ]
    assert ("roles", "data-scientist", "name") in report.missing
    assert report.translated == 7
    assert report.total == len(framework_strings(framework))


def test_a_malformed_overlay_is_refused_with_file_line_and_key(tmp_path: Path) -> None:
    path = tmp_path / "ladder.zh_CN.yaml"
    path.write_text(
        "overlay_version: 1\nframework: ml-ai\nlanguage: zh_CN\nroles:\n  x:\n    name: 3\n"
    )
    with pytest.raises(FrameworkError) as caught:
        read_overlay(path)
    assert [str(p) for p in caught.value.problems] == [
        f"{path}:6: roles.x.name: expected text, found int"
    ]


def test_validate_lists_what_the_overlay_lacks_and_fails_on_unmatched_keys(
    framework_file: Path,
) -> None:
    result = run_cli("validate", str(framework_file))
    assert result.returncode == 1
    assert "roles.no-such-role.name: matches nothing in the framework" in result.stderr
    assert "the English has changed since it was translated" in result.stderr
    total = len(framework_strings(load_framework(framework_file)))
    assert f"zh_CN, 7 of {total} strings translated" in result.stdout
    assert "not translated: roles.data-scientist.name" in result.stdout


def test_cli_framework_commands_follow_lang_with_english_fallback(framework_file: Path) -> None:
    roles = run_cli("--lang", "zh_CN", "--framework", str(framework_file), "roles")
    assert roles.returncode == 0, roles.stderr
    assert "MLOps 工程师" in roles.stdout
    assert "Data Scientist" in roles.stdout  # not in the overlay: English
    english = run_cli("--lang", "en", "--framework", str(framework_file), "roles")
    assert "MLOps Engineer" in english.stdout and "MLOps 工程师" not in english.stdout
    skills = run_cli(
        "--framework", str(framework_file), "skills", "--role", "mlops-engineer",
        env={"LANG": "zh_CN.UTF-8", "LANGUAGE": "", "LC_ALL": ""},
    )  # fmt: skip
    assert "机器学习流水线与编排" in skills.stdout


def test_family_meanings_and_role_examples_are_translated(tmp_path: Path) -> None:
    path = tmp_path / "ladder.yaml"
    shutil.copy(builtin_framework_path(), path)
    english = load_framework(path)
    generic = next(
        (role.id, rs.skill_id, level_id)
        for role in english.roles
        for rs in role.skills
        for level_id, e in rs.expectations.items()
        if e.examples and not e.descriptor
    )
    role_id, skill_id, level_id = generic
    (tmp_path / "ladder.zh_CN.yaml").write_text(
        "overlay_version: 1\nframework: ml-ai\nlanguage: zh_CN\n"
        "families:\n  engineering:\n    level_meanings: {senior: 设计整个系统。}\n"
        f"roles:\n  {role_id}:\n    examples: {{{skill_id}: {{{level_id}: [第一个证据]}}}}\n",
        encoding="utf-8",
    )
    chinese = load_framework_in(path, "zh_CN")
    assert chinese.level_meaning("ml-engineer", "senior") == "设计整个系统。"
    assert chinese.level_meaning("ml-engineer", "junior") == english.level_meaning(
        "ml-engineer", "junior"
    )
    examples = chinese.examples(role_id, skill_id, level_id)
    assert examples[0] == "第一个证据"
    assert examples[1:] == english.examples(role_id, skill_id, level_id)[1:]
    assert check_overlay(english, read_overlay(tmp_path / "ladder.zh_CN.yaml")).unmatched == ()


def test_every_builtin_framework_string_has_a_current_chinese_translation() -> None:
    """Fails when the English content changes and the Chinese overlay has not followed."""
    import re

    from core.framework_files import load_builtin_framework
    from core.framework_i18n import localize, overlay_path

    framework = load_builtin_framework()
    report = check_overlay(framework, read_overlay(overlay_path(builtin_framework_path(), "zh_CN")))
    assert report.unmatched == ()
    assert report.outdated == (), [str(p) for p in report.outdated[:5]]
    assert report.missing == (), report.missing[:5]
    assert report.translated == report.total == len(framework_strings(framework))
    # Shown through the localised framework: role names as the seeds write them, levels,
    # marks' terms, and every descriptor of a role in Chinese.
    chinese = localize(framework, "zh_CN")
    assert chinese.role("data-scientist").name == "数据科学家"
    assert chinese.role("mlops-engineer").name == "MLOps 工程师"
    assert [level.label for level in chinese.levels] == ["初级", "中级", "高级", "负责人", "首席"]
    role = chinese.role("data-annotator")
    for skill_id in role.skill_ids:
        for level in chinese.levels:
            text = chinese.descriptor(role.id, skill_id, level.id)
            assert re.search(r"[\u4e00-\u9fff]", text), (skill_id, level.id, text)
