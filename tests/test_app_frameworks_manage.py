"""The Frameworks dialog's other paths on a real SQLite file: removal refused while people use a
framework and allowed with archiving, the built-in one never removed, hostile and broken files
refused with a message (nothing installed), a known id going to the update flow, an update
refused when someone else changed the framework meanwhile, and export read back."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWizard

from app.views.role_picker import FRAMEWORK_ID, ROLE_ID
from core.framework_export import framework_document
from core.framework_files import load_builtin_framework, load_framework
from core.framework_library import FrameworkLibrary
from db.database import Database
from db.repository import Repository
from tests.app_harness import main_window, query
from tests.framework_factory import framework_data, write_yaml
from tests.frameworks_dialog_driver import (
    answer_next_box,
    finish,
    open_frameworks,
    rows,
    select,
    start_wizard,
    to_review,
)

pytestmark = pytest.mark.usefixtures("qt_settings")


def _acme(version: str = "1", descriptor: str = "Does skill 0 at junior scope.") -> dict:
    data = framework_data()
    data["framework"] = {"id": "acme", "name": "Acme ladder", "version": version}
    data["skills"][0]["descriptors"]["junior"] = descriptor
    return data


def _install(data_dir: Path, tmp_path: Path, *, person: str | None = None) -> None:
    """Install Acme 1; with ``person``, someone with a role from it and a completed assessment."""
    database = Database.in_directory(data_dir)
    repository = Repository(database)
    library = FrameworkLibrary(load_builtin_framework(), repository)
    framework = load_framework(write_yaml(tmp_path / "acme-1.yaml", _acme()))
    library.install(framework, import_format="native", source_files=["acme-1.yaml"])
    if person is not None:
        someone = repository.add_person(person)
        repository.set_role(someone.id, "role-0", "middle", "acme")
        draft = repository.start_assessment(someone.id, library.get("acme"), "role-0", "middle")
        repository.complete(draft.id, library.get("acme"))
    database.close()


def _role_picker_frameworks(window) -> set[str]:
    """The ids of the frameworks whose roles the Role tab lists."""
    model = window.role_picker.list.model()
    tops = [model.index(r, 0) for r in range(model.rowCount())]
    items = tops + [model.index(c, 0, t) for t in tops for c in range(model.rowCount(t))]
    return {i.data(FRAMEWORK_ID) for i in items if i.data(ROLE_ID)}


def test_removal_asks_to_archive_the_people_who_use_it_and_keeps_their_history(
    qtbot, data_dir: Path, tmp_path: Path
) -> None:
    _install(data_dir, tmp_path, person="Kim User")
    with main_window(qtbot, data_dir) as window:
        assert "acme" in _role_picker_frameworks(window)
        dialog = open_frameworks(window)
        select(dialog, "acme")
        assert rows(dialog)[1][6:] == ["1", "1"]
        seen: list[str] = []
        answer_next_box("Cancel", seen)
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
        assert seen[0].startswith("'Acme ladder' is in use by 1 person (1 assessment):")
        assert "those people are archived" in seen[0]
        assert query(data_dir, "SELECT id, removed_at FROM frameworks") == [("acme", None)]
        assert query(data_dir, "SELECT archived_at FROM people") == [(None,)]

        answer_next_box("Archive those people and remove", seen)
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
        (archived,) = query(data_dir, "SELECT archived_at FROM people")[0]
        assert archived is not None
        ((removed_at,),) = query(data_dir, "SELECT removed_at FROM frameworks")
        assert removed_at is not None  # kept, hidden: the archived history still reads it
        assert [r[0] for r in rows(dialog)] == ["Machine Learning & AI (built in)"]
        outcome = dialog.outcome.text()
        assert "kept, hidden, because archived people's assessments still read it" in outcome
        assert "Archived 1 person who used it." in outcome
        dialog.close()
        assert "acme" not in _role_picker_frameworks(window)  # the Role tab lists it no more


def test_a_framework_nobody_uses_is_deleted_after_a_confirmation(
    qtbot, data_dir: Path, tmp_path: Path, monkeypatch
) -> None:
    _install(data_dir, tmp_path)
    asked: list[str] = []

    def answer(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    with main_window(qtbot, data_dir) as window:
        dialog = open_frameworks(window)
        select(dialog, "acme")
        dialog.table.setFocus()
        qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
        assert asked == ["Remove 'Acme ladder' from the frameworks? Nobody uses it."]
        assert query(data_dir, "SELECT id FROM frameworks") == []
        assert dialog.outcome.text() == "Removed 'Acme ladder'."


def test_the_builtin_framework_cannot_be_removed_or_updated(
    qtbot, data_dir: Path, tmp_path: Path, monkeypatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.append(a[2]))
    with main_window(qtbot, data_dir) as window:
        dialog = open_frameworks(window)
        select(dialog, load_builtin_framework().id)
        assert not dialog.remove_button.isEnabled() and not dialog.update_button.isEnabled()
        assert "cannot be removed" in dialog.remove_button.toolTip()
        assert dialog.export_button.isEnabled()
        dialog.table.setFocus()
        qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
        window.frameworks.remove(load_builtin_framework().id)  # even when asked directly
        assert asked == []
        assert "Machine Learning" in dialog.details.toPlainText()


def test_a_truncated_workbook_says_so_and_installs_nothing(
    qtbot, data_dir: Path, tmp_path: Path, monkeypatch
) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["skill", "level", "descriptor"])
    book.active.append(["Python", "G1", "Writes scripts"])
    whole = tmp_path / "whole.xlsx"
    book.save(whole)
    cut = tmp_path / "ladder.xlsx"
    cut.write_bytes(whole.read_bytes()[: len(whole.read_bytes()) // 2])
    with main_window(qtbot, data_dir) as window:
        dialog = open_frameworks(window)
        wizard = start_wizard(qtbot, window, dialog.import_button, [cut], monkeypatch)
        status = wizard.files_page.status.text()
        assert "ladder.xlsx" in status and "damaged or truncated" in status
        assert "Traceback" not in status
        assert not wizard.files_page.isComplete()
        assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
        wizard.reject()
        assert query(data_dir, "SELECT id FROM frameworks") == []


def test_a_bad_cell_is_named_on_the_review_and_nothing_can_be_installed(
    qtbot, data_dir: Path, tmp_path: Path, monkeypatch
) -> None:
    sheet = tmp_path / "ladder.csv"
    sheet.write_text(
        "skill,level,descriptor,requirement\nPython,G1,Writes,required\nPython,G2,Designs,maybe\n",
        encoding="utf-8",
    )
    html = tmp_path / "page.html"
    html.write_text("<!DOCTYPE html><html><body>ladder</body></html>", encoding="utf-8")
    with main_window(qtbot, data_dir) as window:
        dialog = open_frameworks(window)
        wizard = start_wizard(qtbot, window, dialog.import_button, [html], monkeypatch)
        assert "page.html is HTML page: it cannot be imported" in wizard.files_page.status.text()
        assert not wizard.files_page.isComplete()
        wizard.reject()
        wizard = start_wizard(qtbot, window, dialog.import_button, [sheet], monkeypatch)
        assert wizard.files_page.status.text() == "A sheet with the template's columns."
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
        to_review(qtbot, wizard)
        headline = wizard.review_page.headline.text()
        assert "ladder.csv:3" in headline
        assert "requirement must be required, optional or not-expected, found 'maybe'" in headline
        assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
        wizard.reject()
        assert query(data_dir, "SELECT id FROM frameworks") == []


def test_importing_a_known_framework_becomes_its_update(
    qtbot, data_dir: Path, tmp_path: Path, monkeypatch
) -> None:
    _install(data_dir, tmp_path)
    newer = write_yaml(tmp_path / "acme-2.yaml", _acme("2", "Does skill 0, now with tests."))
    with main_window(qtbot, data_dir) as window:
        dialog = open_frameworks(window)
        wizard = start_wizard(qtbot, window, dialog.import_button, [newer], monkeypatch)
        assert wizard.files_page.files.topLevelItem(0).text(1) == "Skill Ladder YAML/JSON"
        to_review(qtbot, wizard)
        review = wizard.review_page
        assert review.headline.text().startswith(
            "A new version of 'Acme ladder' (Skill Ladder YAML/JSON): 1 → 2."
        )
        assert review.changes.group_lines("descriptors_changed") == [
            "Skill 0 at Junior (every role)"
        ]
        assert wizard.button(QWizard.WizardButton.FinishButton).text() == "&Update"
        finish(qtbot, wizard)
        assert query(data_dir, "SELECT version FROM frameworks") == [("2",)]


def test_an_update_is_refused_when_someone_else_changed_the_framework_meanwhile(
    qtbot, data_dir: Path, tmp_path: Path, monkeypatch
) -> None:
    _install(data_dir, tmp_path)
    newer = write_yaml(tmp_path / "acme-2.yaml", _acme("2", "Ours."))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warned.append(text))
    with main_window(qtbot, data_dir) as window:
        dialog = open_frameworks(window)
        select(dialog, "acme")
        wizard = start_wizard(qtbot, window, dialog.update_button, [newer], monkeypatch)
        to_review(qtbot, wizard)
        # Another client installs its own version 3 while this one looks at the changes.
        other = Database.in_directory(data_dir)
        library = FrameworkLibrary(load_builtin_framework(), Repository(other))
        theirs = load_framework(write_yaml(tmp_path / "acme-3.yaml", _acme("3", "Theirs.")))
        library.install(theirs, replace=True)
        other.close()
        finish(qtbot, wizard)
        assert wizard.isVisible()  # still open: nothing was saved
        assert warned and "changed by someone else meanwhile (now version 3)" in warned[0]
        assert query(data_dir, "SELECT version FROM frameworks") == [("3",)]
        wizard.reject()


def test_an_update_with_another_frameworks_file_is_refused(
    qtbot, data_dir: Path, tmp_path: Path, monkeypatch
) -> None:
    _install(data_dir, tmp_path)
    other = _acme("9")
    other["framework"]["id"] = "other"
    path = write_yaml(tmp_path / "other.yaml", other)
    with main_window(qtbot, data_dir) as window:
        dialog = open_frameworks(window)
        select(dialog, "acme")
        wizard = start_wizard(qtbot, window, dialog.update_button, [path], monkeypatch)
        to_review(qtbot, wizard)
        headline = wizard.review_page.headline.text()
        assert "not a version of 'Acme ladder' (id acme)" in headline
        assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
        wizard.reject()


def test_export_writes_a_framework_that_reads_back_the_same(
    qtbot, data_dir: Path, tmp_path: Path, monkeypatch
) -> None:
    _install(data_dir, tmp_path)
    out = tmp_path / "exported.yaml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(out), ""))
    with main_window(qtbot, data_dir) as window:
        dialog = open_frameworks(window)
        select(dialog, "acme")
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        runner = window.frameworks.runner
        qtbot.waitUntil(
            lambda: runner.result_box is not None and runner.result_box.isVisible(),
            timeout=20_000,
        )
        assert runner.result_box.icon() == QMessageBox.Icon.Information
        runner.result_box.close()
    original = load_framework(tmp_path / "acme-1.yaml")
    assert framework_document(load_framework(out)) == framework_document(original)
    assert yaml.safe_load(out.read_text("utf-8"))["framework"]["id"] == "acme"


def test_removal_is_refused_when_someone_starts_using_it_while_asked(
    qtbot, data_dir: Path, tmp_path: Path, monkeypatch
) -> None:
    _install(data_dir, tmp_path)
    warned: list[str] = []

    def meanwhile(*_args):  # another client gives someone a role from it, then Yes is clicked
        other = Database.in_directory(data_dir)
        repository = Repository(other)
        repository.set_role(repository.add_person("Late Lee").id, "role-0", "middle", "acme")
        other.close()
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", meanwhile)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warned.append(text))
    with main_window(qtbot, data_dir) as window:
        dialog = open_frameworks(window)
        select(dialog, "acme")
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
        assert warned and "'Acme ladder' is in use: 1 person and 0 assessments use it" in warned[0]
        assert query(data_dir, "SELECT id, removed_at FROM frameworks") == [("acme", None)]
        assert query(data_dir, "SELECT name, archived_at FROM people") == [("Late Lee", None)]
        assert rows(dialog)[1][6] == "1"  # the table shows the new count


def test_installing_leaves_the_person_shown_on_their_role(
    qtbot, data_dir: Path, tmp_path: Path, monkeypatch
) -> None:
    database = Database.in_directory(data_dir)
    repository = Repository(database)
    repository.set_role(repository.add_person("Dana Shown").id, "ml-engineer", "senior", None)
    database.close()
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.append(a[2]))
    newer = write_yaml(tmp_path / "acme-1.yaml", _acme())
    with main_window(qtbot, data_dir) as window:
        assert window.controller.role_id == "ml-engineer"
        dialog = open_frameworks(window)
        wizard = start_wizard(qtbot, window, dialog.import_button, [newer], monkeypatch)
        to_review(qtbot, wizard)
        finish(qtbot, wizard)
        # Refilling the Role tab chose no role: nothing was asked, the profile is unchanged.
        assert asked == []
        assert query(data_dir, "SELECT role_id, framework_id FROM people") == [
            ("ml-engineer", None)
        ]
        assert window.controller.role_id == "ml-engineer"
        assert window.role_picker.list.currentIndex().data(ROLE_ID) == "ml-engineer"
        assert "acme" in _role_picker_frameworks(window)


def test_several_monzo_files_import_together_with_their_source_and_licence(
    qtbot, data_dir: Path, tmp_path: Path, monkeypatch
) -> None:
    from tests import importer_samples as s

    role = s.write(tmp_path / "backend.md", s.MONZO_ROLE)
    generic = s.write(tmp_path / "generic.md", s.MONZO_GENERIC)
    with main_window(qtbot, data_dir) as window:
        dialog = open_frameworks(window)
        wizard = start_wizard(qtbot, window, dialog.import_button, [role, generic], monkeypatch)
        files = wizard.files_page.files
        assert [files.topLevelItem(i).text(1) for i in range(2)] == ["Monzo Markdown"] * 2
        assert wizard.files_page.status.text() == "Recognised: Monzo Markdown"
        to_review(qtbot, wizard)  # no mapping step for Markdown
        review = wizard.review_page
        assert review.headline.text().startswith("New framework: ")
        report = "\n".join(review.report_lines())
        assert "backend.md" in report and "generic.md" in report
        assert "licence" in report  # the publisher's licence, and the report says it assumed it
        assert "MIT" in review.preview.toPlainText()
        finish(qtbot, wizard)
        ((import_format, source_files),) = query(
            data_dir, "SELECT import_format, source_files FROM frameworks"
        )
        assert import_format == "monzo" and source_files.split("\n") == ["backend.md", "generic.md"]
        assert rows(dialog)[1][3] == "MIT"


def test_the_dialogs_open_at_the_size_they_were_left(qtbot, data_dir: Path) -> None:
    with main_window(qtbot, data_dir) as window:
        dialog = open_frameworks(window)
        dialog.resize(777, 555)
        dialog.close()
        dialog = open_frameworks(window)
        assert (dialog.width(), dialog.height()) == (777, 555)
        dialog.close()
