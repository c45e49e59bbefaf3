"""Roles from any installed framework in the window: the Role tab groups them by framework, a
person takes a role of an installed framework (stored in their profile), is assessed against it,
and Team and History follow; other people stay on the built-in framework."""

from __future__ import annotations

from pathlib import Path

from app.main_window import ASSESS_TAB, HISTORY_TAB, TEAM_TAB
from app.views.role_picker import FRAMEWORK_ID
from core.framework import Framework
from core.framework_files import load_builtin_framework
from core.framework_library import FrameworkLibrary
from core.importers import check, import_files
from db.database import Database
from db.repository import Repository
from tests import importer_samples as s
from tests.app_harness import click_role, main_window, query

BUILTIN = load_builtin_framework()


def _install_ft(data_dir: Path, tmp_path: Path) -> Framework:
    imported = check(import_files([s.write(tmp_path / "testing.yml", s.FT_JOB_FAMILY)]))
    database = Database.in_directory(data_dir)
    try:
        repository = Repository(database)
        FrameworkLibrary(BUILTIN, repository).install(imported, import_format="ft")
        for name in ("Ada", "Ben"):
            person = repository.add_person(name)
            repository.set_role(person.id, "mlops-engineer", "senior", None)
    finally:
        database.close()
    return imported


def test_a_person_takes_a_role_of_an_installed_framework(
    qtbot, data_dir: Path, tmp_path: Path
) -> None:
    ft = _install_ft(data_dir, tmp_path)
    role = ft.roles[0]
    with main_window(qtbot, data_dir) as window:
        model = window.role_picker.list.model()
        headings = [model.index(r, 0) for r in range(model.rowCount())]
        assert [h.data(FRAMEWORK_ID) for h in headings] == ["ml-ai", ft.id]
        assert model.rowCount(headings[1]) == len(ft.roles)

        controller = window.controller
        ada = next(p for p in controller.people if p.name == "Ada")
        controller.select_person(ada.id)
        click_role(qtbot, window, role.id, ft.id)
        qtbot.waitUntil(lambda: controller.role_id == role.id)
        assert query(data_dir, "SELECT framework_id, role_id FROM people WHERE name = 'Ada'") == [
            (ft.id, role.id)
        ]
        window.tabs.setCurrentIndex(ASSESS_TAB)
        shown = [
            window.assess_page.model.skill_id_at(r)
            for r in range(window.assess_page.model.rowCount())
        ]
        assert shown == list(role.skill_ids)

        skill = role.skill_ids[0]
        controller.rate(skill, 0)
        assessment = controller.complete_assessment()
        assert assessment is not None
        assert query(data_dir, "SELECT framework_id, status FROM assessments") == [
            (ft.id, "completed")
        ]
        window.tabs.setCurrentIndex(HISTORY_TAB)
        qtbot.waitUntil(lambda: window.history_page.assessments.rowCount() == 1)

        ben = next(p for p in controller.people if p.name == "Ben")
        controller.select_person(ben.id)
        assert controller.role_id == "mlops-engineer"
        assert controller.context.framework.id == "ml-ai"
        controller.select_person(ada.id)  # back to Ada: her framework again
        assert controller.context.framework.id == ft.id
        assert controller.role_id == role.id

        window.tabs.setCurrentIndex(TEAM_TAB)
        team = window.team_page
        keys = [team.role.itemData(i) for i in range(team.role.count())]
        assert f"{ft.id}/{role.id}" in keys and "mlops-engineer" in keys
        index = team.role.findData(f"{ft.id}/{role.id}")
        team.role.setCurrentIndex(index)
        team.role.activated.emit(index)
        qtbot.waitUntil(lambda: team.model.rowCount() == 2)  # the summary row and Ada
        names = [team.model.index(r, 0).data() for r in range(team.model.rowCount())]
        assert "Ada" in names and "Ben" not in names


def test_a_framework_installed_by_another_program_appears_in_the_open_window(
    qtbot, data_dir: Path, tmp_path: Path
) -> None:
    imported = check(import_files([s.write(tmp_path / "testing.yml", s.FT_JOB_FAMILY)]))
    with main_window(qtbot, data_dir) as window:
        model = window.role_picker.list.model()
        assert model.index(0, 0).data(FRAMEWORK_ID) == "ml-ai"
        assert model.rowCount() == len(BUILTIN.roles)  # one framework: no headings
        qtbot.waitUntil(lambda: window.live_updates.running, timeout=15_000)
        other = Database.in_directory(data_dir)  # the CLI, say, in another process
        try:
            FrameworkLibrary(BUILTIN, Repository(other)).install(imported)
        finally:
            other.close()
        qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=10_000)
        assert model.index(1, 0).data(FRAMEWORK_ID) == imported.id
