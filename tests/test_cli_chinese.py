"""The command line in Simplified Chinese: --help and argparse's own words, the maintenance and
import commands, refusals from storage and core, and text wrapped by display width."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import textwrap
from pathlib import Path

import pytest

from cli.text_width import display_width, wrap
from core import i18n
from core.exchange import ExchangeError, parse_exchange
from core.framework_files import load_framework_in
from db.database import DATABASE_FILE, Database
from db.errors import StorageError
from db.repository import Repository
from tests.cli_runner import run_cli

NO_LOCALE = {"LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": "en_GB.UTF-8"}
CHINESE_CHARACTER = re.compile(r"[\u4e00-\u9fff]")
ENGLISH_SENTENCE = re.compile(r"[A-Za-z]{2,}(?:[ ,;']+[A-Za-z]{2,}){2,}")
"""Three English words in a row: what is left of a sentence nobody translated."""
NOT_PROSE = re.compile(r"`[^`]*`|\S*/\S*|--?[a-z][a-z-]*|'[^']*'|\{[^}]*\}|\b[A-Z][A-Z_-]+\b")
"""Paths, commands in backticks, options, quoted values and {choices}, metavars."""
SAMPLE = "Sample: Alex Rivera"


def english_left(text: str, *names: str) -> list[str]:
    """The English sentences in ``text`` once paths, commands, options and ``names`` are out."""
    for name in names:
        text = text.replace(name, " ")
    return ENGLISH_SENTENCE.findall(NOT_PROSE.sub(" ", text))


def chinese(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The CLI run with --lang zh_CN in an English environment."""
    return run_cli("--lang", "zh_CN", *args, env={**NO_LOCALE, **(env or {})})


def test_the_detector_finds_english() -> None:
    assert english_left("skill-ladder: there is no data file at /tmp/x yet")
    assert english_left("用法：skill-ladder [-h] [--lang LANG] COMMAND ...") == []


@pytest.mark.parametrize(
    "command", [[], ["backup"], ["restore"], ["check"], ["import-framework"], ["export-csv"],
                ["import-assessment"], ["people"]],
    ids=lambda c: c[0] if c else "top",
)  # fmt: skip
def test_help_is_chinese(command: list[str]) -> None:
    result = chinese(*command, "--help")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("用法：skill-ladder")
    assert "选项：" in out and "显示此帮助信息并退出" in out
    for english in ("usage:", "options:", "show this help message", "positional arguments"):
        assert english not in out
    assert english_left(out) == []


def test_help_follows_the_locale_and_english_stays_english() -> None:
    by_locale = run_cli("--help", env={**NO_LOCALE, "LANG": "zh_CN.UTF-8"})
    assert "用法：skill-ladder" in by_locale.stdout and "位置参数：" in by_locale.stdout
    english = run_cli("--lang", "en", "backup", "--help", env={**NO_LOCALE, "LANG": "zh_CN.UTF-8"})
    assert english.stdout.startswith("usage: skill-ladder backup")
    assert "show this help message and exit" in english.stdout
    assert "make a verified backup of the data file now" in english.stdout


def test_chinese_help_lines_fit_the_terminal() -> None:
    result = chinese("import-framework", "--help", env={"COLUMNS": "50"})
    lines = result.stdout.splitlines()
    # argparse wraps the help at the terminal's width less 2 (the usage's options, in English
    # in every language, may be longer than a line by themselves).
    chinese_lines = [line for line in lines if CHINESE_CHARACTER.search(line)]
    assert len(chinese_lines) > 10
    assert max(display_width(line) for line in chinese_lines) <= 50 - 2, result.stdout
    # The usage's later lines line up under the first option, after the two-column "用法：".
    usage = [line for line in lines[:4] if line.strip()]
    assert display_width(usage[0].split("[")[0]) == len(usage[1]) - len(usage[1].lstrip())


def test_usage_errors_are_chinese(tmp_path: Path) -> None:
    missing = chinese("export-pdf")
    assert missing.returncode == 2
    assert (
        "skill-ladder export-pdf: 错误：缺少必需的参数：--person, --role, --out" in missing.stderr
    )
    unknown = chinese("frob")
    assert unknown.returncode == 2 and "无效的取值：'frob'" in unknown.stderr
    # --lang after the command counts as well, before the parser has read it.
    after = run_cli("export-csv", "--lang", "zh_CN", env=NO_LOCALE)
    assert "错误：缺少必需的参数：--out" in after.stderr
    for result in (missing, unknown, after):
        assert "error:" not in result.stderr and "usage:" not in result.stderr


def test_maintenance_commands_speak_chinese(tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    (tmp_path / "data").mkdir()
    outputs = []

    def run(*args: str, code: int = 0) -> str:
        result = chinese("--data-dir", data, *args)
        assert result.returncode == code, result.stderr
        outputs.append(result.stdout + result.stderr)
        return outputs[-1]

    assert f"{data}/{DATABASE_FILE} 处还没有数据文件" in run("backup", code=1)
    assert "已将“Sample: Alex Rivera”（3 次已完成的评估和 1 份草稿）添加到" in run("demo")
    assert "/backups 中还没有备份。" in run("backup", "--list")
    made = run("backup")
    assert made.startswith("已备份并校验：")
    backup = made.split("：", 1)[1].strip()
    assert backup in run("backup", "--list")
    assert "正常（快速检查）" in run("check")
    assert "正常（完整检查）" in run("check", "--full")
    assert "（示例）：mlops-engineer" in run("people")
    assert "已完成" in outputs[-1] and "草稿" in outputs[-1]
    restored = run("restore", backup)
    assert "恢复到" in restored and "被替换的数据已先行备份：" in restored
    assert "不是普通文件（而是文件夹）" in run("restore", str(tmp_path), code=1)
    assert "没有名为“Nobody”的人员" in run("export-csv", "--person", "Nobody", "--out",
                                              str(tmp_path / "x.csv"), code=1)  # fmt: skip
    for text in outputs:
        assert CHINESE_CHARACTER.search(text), text
        assert english_left(text, SAMPLE) == [], text


def test_an_empty_backup_folder_is_said_in_chinese(tmp_path: Path) -> None:
    result = chinese("--data-dir", str(tmp_path), "backup", "--list")
    assert result.returncode == 0 and "中还没有备份。" in result.stdout
    assert english_left(result.stdout) == []


def test_import_framework_speaks_chinese(tmp_path: Path) -> None:
    template = tmp_path / "ladder.csv"
    wrote = chinese("import-framework", "--template", str(template))
    assert wrote.returncode == 0 and "已将 CSV 模板写入" in wrote.stdout
    out = tmp_path / "ladder.yaml"
    imported = chinese("import-framework", str(template), "--out", str(out))
    assert imported.returncode == 0, imported.stderr
    text = imported.stdout
    assert "个级别" in text and "格式：CSV 长表格式" in text and "已映射：" in text
    assert "使用方法：skill-ladder --framework" in text
    assert english_left(text) == [], text
    assert "有效 —" in chinese("validate", str(out)).stdout

    again = chinese("import-framework", str(template), "--out", str(out))
    assert again.returncode == 1 and "已存在；如需替换，请加上 --force" in again.stderr
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    refused = chinese("import-framework", str(bad), "--out", str(tmp_path / "bad.yaml"))
    assert refused.returncode == 1
    assert refused.stderr.startswith("skill-ladder: 未导入任何内容：\n")
    assert "表头（'a', 'b'）中没有列 'skill', 'level'" in refused.stderr
    nothing = chinese("import-framework")
    assert nothing.returncode == 2 and "请给出要导入的文件" in nothing.stderr
    hint = chinese("validate", str(bad))
    assert "是 CSV 表格，不是 Skill Ladder 能力框架" in hint.stderr
    for result in (refused, nothing, hint):
        assert english_left(result.stderr) == [], result.stderr


def test_a_storage_refusal_reaches_the_cli_in_chinese(tmp_path: Path) -> None:
    data = str(tmp_path)
    assert chinese("--data-dir", data, "demo").returncode == 0
    result = chinese("--data-dir", data, "export-pdf", "--person", SAMPLE, "--role",
                     "mlops-engineer", "--assessment", "abc", "--out", str(tmp_path / "p.pdf"))  # fmt: skip
    assert result.returncode == 1
    assert "--assessment 必须是“latest”或一个数字，而不是“abc”" in result.stderr
    connection = sqlite3.connect(tmp_path / DATABASE_FILE)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.execute("UPDATE app_info SET value = '7.2.0' WHERE key = 'schema_app_version'")
    connection.commit()
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    newer = chinese("--data-dir", data, "people")
    assert newer.returncode == 1
    assert "该数据文件由 Skill Ladder 7.2.0 写入（格式 9999）" in newer.stderr
    assert "请安装 Skill Ladder 7.2.0 或更新版本来打开它。文件未做任何改动。" in newer.stderr


@pytest.fixture
def in_chinese() -> object:
    with i18n.using_language("zh_CN"):
        yield
    i18n.set_language(None)


def test_storage_and_core_errors_are_raised_in_the_language(tmp_path: Path, in_chinese) -> None:
    database = Database.in_directory(tmp_path)
    repository = Repository(database)
    try:
        with pytest.raises(StorageError, match=r"^人员必须有姓名$"):
            repository.add_person("  ")
        person = repository.add_person("林晓")
        with pytest.raises(StorageError, match=r"^已有名为“林晓”的人员$"):
            repository.add_person("林晓")
        with pytest.raises(StorageError, match=f"^没有 id 为 {person.id + 99} 的人员$"):
            repository.person(person.id + 99)
    finally:
        database.close()
    with pytest.raises(ExchangeError) as refused:
        parse_exchange(b'{"format": "skill-ladder-assessment", "schema_version": 3}', "x.json")
    assert refused.value.problems[0].message.startswith("未知的格式版本 3；本应用读取的是版本")
    with pytest.raises(ExchangeError) as refused:
        parse_exchange(b"[1, 2]", "x.json")
    assert str(refused.value) == "x.json: 不是评估文件（应为一个对象）"


def test_errors_stay_english_in_english(tmp_path: Path) -> None:
    with (
        i18n.using_language("en"),
        pytest.raises(ExchangeError, match="not an assessment exchange file"),
    ):
        parse_exchange(b"[1, 2]", "x.json")


# --- wrapping by display width ------------------------------------------------------------------

DESCRIPTOR = (
    "能够在导师指导下搭建简单的训练流水线（例如使用 Airflow 或 Kubeflow），并按照团队规范"
    "记录实验、参数和结果；遇到失败的任务时，先查看日志，再向负责人说明原因。"
)


@pytest.mark.parametrize("width", [20, 33, 40, 88])
def test_wrapped_chinese_never_exceeds_the_width(width: int) -> None:
    lines = wrap(DESCRIPTOR, width, initial_indent="  - ", subsequent_indent="    ")
    assert max(display_width(line) for line in lines) <= width
    assert "".join(line[4:] for line in lines).replace(" ", "") == DESCRIPTOR.replace(" ", "")
    for line in lines[1:]:
        assert line[4] not in "，。、；）", line  # no line starts with closing punctuation
    for line in lines:
        assert not line.endswith("（"), line


def test_the_sample_is_one_character_count_wrapping_gets_wrong() -> None:
    old = textwrap.wrap(DESCRIPTOR, 40)
    assert max(display_width(line) for line in old) > 40


def test_english_wraps_as_before() -> None:
    text = "Builds simple training pipelines with guidance, and records experiments in the tracker."
    for width in (20, 41, 88):
        assert wrap(text, width, "  ", "  ") == textwrap.wrap(
            text, width, initial_indent="  ", subsequent_indent="  "
        )
    assert wrap("x" * 25, 10) == ["x" * 10, "x" * 10, "x" * 5]
    # A word longer than the line is cut, in display columns: 汉字 take two each.
    assert wrap("汉字" * 5, 6) == ["汉字汉", "字汉字", "汉字汉", "字"]


def test_show_wraps_chinese_descriptors_by_display_width() -> None:
    framework = load_framework_in(None, "zh_CN")
    role = framework.role("mlops-engineer")
    for columns in (40, 60):
        result = chinese("show", "--role", role.id, "--skill", "ml-pipelines",
                         env={"COLUMNS": str(columns)})  # fmt: skip
        assert result.returncode == 0, result.stderr
        lines = result.stdout.splitlines()
        assert sum(bool(CHINESE_CHARACTER.search(line)) for line in lines) > 20
        too_wide = [line for line in lines if display_width(line) > columns]
        assert too_wide == []


def test_role_list_uses_full_width_brackets_in_chinese() -> None:
    result = chinese("roles")
    assert re.search(r"数据科学家（\d+ 项技能）", result.stdout)
    assert "(" not in result.stdout and ")" not in result.stdout
    english = run_cli("--lang", "en", "roles", env=NO_LOCALE)
    assert re.search(r"Data Scientist \(\d+ skills\)", english.stdout)


@pytest.mark.parametrize(
    ("name", "sample"), [("testing.yml", "FT_JOB_FAMILY"), ("tester.md", "MONZO_ROLE")]
)
def test_the_import_report_of_a_published_format_is_chinese(
    tmp_path: Path, name: str, sample: str
) -> None:
    from tests import importer_samples

    source = importer_samples.write(tmp_path / name, getattr(importer_samples, sample))
    result = chinese("import-framework", str(source), "--out", str(tmp_path / "out.yaml"))
    assert result.returncode == 0, result.stderr
    report = result.stdout.split("\n", 1)[1]
    assert "格式：" in report and "已映射：" in report and "未导入：" in report
    # Left: the source's own names (levels, themes, topics) and format names.
    names = ("Financial Times", "Monzo", "Tester One", "Tester Two", "Care & Attention", "Level")
    assert english_left(report, *names) == [], report


def test_a_structural_problem_of_a_published_format_is_chinese(tmp_path: Path) -> None:
    source = tmp_path / "tester.md"
    source.write_text("---\ntitle: Tester\ntopics: 3\n---\nBody\n", encoding="utf-8")
    result = chinese("import-framework", str(source), "--out", str(tmp_path / "out.yaml"))
    assert result.returncode == 1
    assert "tester.md:3: 'topics' 必须是列表" in result.stderr, result.stderr
