"""Messages made outside the window (core, storage) and lists in running text reach the window
in its language: an exchange file's problems, a storage refusal, the team's thin skills."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import permutations
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from app import i18n
from app.main_window import TEAM_TAB
from core import i18n as core_i18n
from core.framework_files import load_builtin_framework, load_framework_in
from db.database import Database
from db.errors import StorageError
from db.repository import Repository
from tests.app_harness import main_window

pytestmark = pytest.mark.usefixtures("qt_settings")
ROLE = "mlops-engineer"
THIN = ("ml-pipelines", "ml-cicd", "model-serving")


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    i18n.install_translation("zh_CN")
    yield
    i18n.install_translation("en")
    QLocale.setDefault(QLocale.c())
    core_i18n.set_language(None)


def _seed_team(data_dir: Path) -> None:
    """Two people below their target (senior) in the THIN skills."""
    framework = load_builtin_framework()
    database = Database.in_directory(data_dir)
    repository = Repository(database)
    for name in ("林晓", "Priya Natarajan"):
        person = repository.add_person(name)
        draft = repository.start_assessment(person.id, framework, ROLE, "senior")
        for skill in THIN:
            repository.set_rating(draft.id, skill, "junior", rated=True)
        repository.complete(draft.id, framework)
    database.close()


def _team_summary(qtbot, window, names: list[str]) -> str:
    window.tabs.setCurrentIndex(TEAM_TAB)
    page = window.team_page
    page.role.setCurrentIndex(page.role.findData(ROLE))
    page.role.activated.emit(page.role.currentIndex())
    qtbot.waitUntil(lambda: all(n in page.summary.text() for n in names), timeout=10_000)
    return page.summary.text()


def _listed(names: list[str], separator: str, text: str) -> bool:
    """Whether ``text`` lists every name, in some order, joined by ``separator``."""
    return any(separator.join(order) in text for order in permutations(names))


def _thin_names(framework) -> list[str]:
    role_skills = framework.role(ROLE).skill_ids
    return [framework.skill(s).name for s in role_skills if s in THIN]


def test_thin_skills_are_listed_with_the_chinese_separator(qtbot, data_dir: Path,
                                                           chinese: None) -> None:  # fmt: skip
    _seed_team(data_dir)
    framework = load_framework_in(None, "zh_CN")
    names = _thin_names(framework)
    with main_window(qtbot, data_dir, framework) as window:
        summary = _team_summary(qtbot, window, names)
    assert all(names) and all(", " not in n for n in names)
    assert _listed(names, "、", summary), summary
    assert ", " not in summary and "。 " not in summary  # no English separators or spaces


def test_thin_skills_are_listed_with_commas_in_english(qtbot, data_dir: Path) -> None:
    _seed_team(data_dir)
    framework = load_builtin_framework()
    names = _thin_names(framework)
    with main_window(qtbot, data_dir, framework) as window:
        summary = _team_summary(qtbot, window, names)
    assert _listed(names, ", ", summary), summary
    assert ". No" not in summary and "thin" in summary.lower()


def test_an_exchange_files_problems_are_shown_in_chinese(qtbot, data_dir: Path, tmp_path: Path,
                                                          monkeypatch, chinese: None) -> None:  # fmt: skip
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "skill-ladder-assessment", "schema_version": 3}', encoding="utf-8")
    with main_window(qtbot, data_dir, load_framework_in(None, "zh_CN")) as window:
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
        window.menu_actions.import_exchange.trigger()
        runner = window.exchange.runner
        qtbot.waitUntil(lambda: runner.result_box is not None and runner.result_box.isVisible(),
                        timeout=20_000)  # fmt: skip
        box = runner.result_box
        runner.result_box = None
        text = box.text()
        box.close()
    assert box.icon() == QMessageBox.Icon.Warning
    assert "未知的格式版本 3；本应用读取的是版本 1" in text, text
    assert "unknown schema version" not in text


def test_a_storage_refusal_is_in_the_interface_language(data_dir: Path, chinese: None) -> None:
    database = Database.in_directory(data_dir)
    try:
        repository = Repository(database)
        repository.add_person("林晓")
        with pytest.raises(StorageError) as refused:
            repository.add_person("林晓")
    finally:
        database.close()
    assert str(refused.value) == "已有名为“林晓”的人员"
