"""The translation catalogues: complete, in step with the sources, used by Qt and headless."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from core import i18n
from scripts import translations
from tests.cli_runner import run_cli

NO_LOCALE = {"LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""}
CATALOGUES = sorted(translations.TRANSLATIONS.glob("skill_ladder_*.ts"))


def _entries(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_there_is_a_catalogue_per_language() -> None:
    assert [p.name for p in CATALOGUES] == ["skill_ladder_en.ts", "skill_ladder_zh_CN.ts"]


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.stem)
def test_every_entry_is_finished(path: Path) -> None:
    unfinished = []
    for key, message in _entries(path).items():
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") or not all(forms):
            unfinished.append(key)
    assert unfinished == []


def test_every_source_string_is_in_the_catalogues(tmp_path: Path) -> None:
    """lupdate over today's sources into copies: nothing new, nothing dropped."""
    for path in CATALOGUES:
        shutil.copy(path, tmp_path / path.name)
    translations.update(tmp_path)
    for path in CATALOGUES:
        before, after = _entries(path), _entries(tmp_path / path.name)
        assert sorted(set(after) - set(before)) == [], f"not in {path.name}"
        assert sorted(set(before) - set(after)) == [], f"obsolete in {path.name}"


@pytest.fixture
def language() -> Iterator[None]:
    yield
    i18n.set_language(None)


def test_headless_translation_and_plurals(language: None) -> None:
    i18n.set_language("zh_CN")
    assert i18n.translate("MainWindow", "&Team") == "团队(&T)"
    assert i18n.translate("HistoryPresenter", "Completed (reopened %n time(s))", None, 3) == (
        "已完成（重新打开过 3 次）"
    )
    assert i18n.translate("Nowhere", "Not in the catalogue") == "Not in the catalogue"
    i18n.set_language("en")
    plural = "From {earlier} to {later}: %n skill(s) moved."
    assert i18n.translate("HistoryPresenter", plural, None, 1).endswith(": 1 skill moved.")
    assert i18n.translate("HistoryPresenter", plural, None, 2).endswith(": 2 skills moved.")
    with i18n.using_language("zh_CN"):
        assert i18n.current_language() == "zh_CN"
    assert i18n.current_language() == "en"


@pytest.mark.parametrize(
    ("name", "expected"),
    [("zh_CN.UTF-8", "zh_CN"), ("zh", "zh_CN"), ("zh-Hans-CN", "zh_CN"), ("en_GB", "en"),
     ("C", "en"), ("de_DE", None), ("zh_TW", None)],
)  # fmt: skip
def test_locale_names(name: str, expected: str | None) -> None:
    assert i18n.normalise_language(name) == expected


def test_the_cli_follows_the_environment_and_lang() -> None:
    chinese = run_cli(
        "roles", "--framework", "/nonexistent.yaml", env={**NO_LOCALE, "LANG": "zh_CN.UTF-8"}
    )
    assert chinese.returncode == 2
    assert "skill-ladder: 能力框架文件有 1 个问题：" in chinese.stderr
    english = run_cli(
        "roles", "--framework", "/nonexistent.yaml", env={**NO_LOCALE, "LANG": "en_GB.UTF-8"}
    )
    assert "skill-ladder: the framework file has 1 problem:" in english.stderr
    english = run_cli("--lang", "en", "roles", env={**NO_LOCALE, "LANG": "zh_CN.UTF-8"})
    assert english.returncode == 0 and "Data Scientist" in english.stdout
    refused = run_cli("--lang", "fr", "roles")
    assert refused.returncode == 2 and "invalid choice: 'fr'" in refused.stderr
