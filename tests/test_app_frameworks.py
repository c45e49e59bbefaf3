"""File → Frameworks… in a real window on a real SQLite file: a sheet with its own column names
imported through the mapping step, a person assessed against it end to end, the framework
updated to a new version with the changes shown, removal, export, refusals."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWizard

from app.controllers.export_presenter import A4_FILTER
from app.main_window import ASSESS_TAB, GAPS_TAB, HISTORY_TAB, MainWindow
from tests.app_harness import click_role, main_window, query
from tests.frameworks_dialog_driver import (
    choose_column,
    finish,
    open_frameworks,
    rows,
    select,
    start_wizard,
    to_mapping,
    to_review,
)

pytestmark = pytest.mark.usefixtures("qt_settings")

LADDER_V1 = """\
Capability,Pillar,Band,Observable behaviour,Track,Need,Notes
Python,Engineering,B1,Writes small scripts,Platform Engineer,required,first draft
Python,Engineering,B2,Designs packages,Platform Engineer,required,
Python,Engineering,B3,Sets the team's Python practice,Platform Engineer,required,
Incident response,Operations,B1,Follows the runbook,Platform Engineer,optional,
Incident response,Operations,B2,Leads an incident,Platform Engineer,required,
Incident response,Operations,B3,Improves on-call for everyone,Platform Engineer,required,
"""

LADDER_V2 = (
    LADDER_V1.replace("Designs packages,", "Designs packages others build on,")
    .replace("Follows the runbook,Platform Engineer,optional", "Follows the runbook,Platform Engineer,required")
    + "Observability,Operations,B1,Reads dashboards,Platform Engineer,optional,\n"
    + "Observability,Operations,B2,Builds dashboards,Platform Engineer,required,\n"
    + "Observability,Operations,B3,Sets service objectives,Platform Engineer,required,\n"
)  # fmt: skip


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _descriptor(window: MainWindow, skill_id: str, card: int) -> str:
    page = window.assess_page
    page.select_row(page.model.row_of(skill_id))
    return page.ladder.cards[card].descriptor.text()


def _pdf_text(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join(page.extract_text() for page in pages).split())


def test_import_a_sheet_through_the_mapping_assess_against_it_then_update_it(
    qtbot, data_dir: Path, tmp_path: Path, monkeypatch
) -> None:
    v1 = _write(tmp_path / "acme ladder.csv", LADDER_V1)
    v2 = _write(tmp_path / "acme ladder 2.csv", LADDER_V2)
    mapping_file = tmp_path / "acme mapping.yaml"
    with main_window(qtbot, data_dir) as window:
        monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Robin Acme", True))
        qtbot.mouseClick(window.empty_state.create_button, Qt.MouseButton.LeftButton)

        # --- the library before: the built-in framework only ---------------------------------
        dialog = open_frameworks(window)
        assert [r[0] for r in rows(dialog)] == ["Machine Learning & AI (built in)"]
        assert not dialog.remove_button.isEnabled()

        # --- import: the file recognised, then its columns mapped ------------------------------
        wizard = start_wizard(qtbot, window, dialog.import_button, [v1], monkeypatch)
        files = wizard.files_page.files
        assert files.topLevelItem(0).text(1) == "CSV sheet"
        assert "say which column holds what" in wizard.files_page.status.text()
        to_mapping(qtbot, wizard)
        mapping = wizard.mapping_page
        assert mapping.columns() == {
            "skill": "Capability", "level": "Band", "descriptor": "Observable behaviour",
            "category": "Pillar", "examples": None, "role": "Track", "requirement": None,
            "proficiency": None, "skill_summary": None, "level_meaning": None,
            "role_descriptor": None, "role_examples": None, "keywords": None, "skill_id": None,
            "level_id": None, "role_id": None,
        }  # fmt: skip
        preview = mapping.preview
        requirement = list(mapping.combos).index("requirement")
        assert preview.rowCount() == 6 and preview.item(3, requirement).text() == ""
        choose_column(wizard, "requirement", "Need")  # the live preview follows the choice
        assert preview.item(3, requirement).text() == "optional"
        assert preview.item(0, 0).text() == "Python" and preview.item(0, 1).text() == "B1"
        mapping.name.setText("Acme platform ladder")
        mapping.version.setText("1.0")
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(mapping_file), "")
        )
        qtbot.mouseClick(mapping.save_button, Qt.MouseButton.LeftButton)
        assert mapping_file.is_file() and "Need" in mapping_file.read_text("utf-8")
        saved_columns = mapping.columns()

        # --- review: the report and the preview; nothing saved yet -----------------------------
        to_review(qtbot, wizard)
        review = wizard.review_page
        assert review.headline.text() == (
            "New framework: Acme platform ladder, version 1.0 (CSV sheet)."
        )
        assert not review.tabs.isTabVisible(0)  # no "What changed" for a new framework
        report = review.report_lines()
        assert "Format: CSV long format; files: acme ladder.csv" in report
        assert "Left out: 1" in report
        assert any("column 'Notes'" in line for line in report)
        preview_text = review.preview.toPlainText()
        assert "B1, B2, B3" in preview_text and "Platform Engineer" in preview_text
        assert "Writes small scripts" in preview_text
        assert query(data_dir, "SELECT id FROM frameworks") == []
        assert wizard.button(QWizard.WizardButton.FinishButton).text() == "&Install"
        finish(qtbot, wizard)
        assert not wizard.isVisible()
        assert query(
            data_dir, "SELECT id, version, import_format, source_files FROM frameworks"
        ) == [("acme-platform-ladder", "1.0", "csv", "acme ladder.csv")]
        table = rows(dialog)
        assert [r[0] for r in table] == [
            "Machine Learning & AI (built in)", "Acme platform ladder",
        ]  # fmt: skip
        assert table[1][1] == "1.0" and table[1][4] == "CSV sheet: acme ladder.csv"
        assert table[1][6:] == ["0", "0"]
        assert "Installed 'Acme platform ladder', version 1.0." in dialog.outcome.text()
        dialog.close()

        # --- the Role tab lists its roles; a person is assessed against it --------------------
        click_role(qtbot, window, "platform-engineer")
        controller = window.controller
        assert controller.context.framework.id == "acme-platform-ladder"
        window.role_picker.target.setCurrentIndex(window.role_picker.target.findData("b2"))
        window.role_picker.target.activated.emit(window.role_picker.target.currentIndex())
        window.tabs.setCurrentIndex(ASSESS_TAB)
        page = window.assess_page
        assert _descriptor(window, "python", 1) == "Designs packages"
        page.select_row(page.model.row_of("python"))
        page.table.setFocus()
        qtbot.keyClick(page.table, Qt.Key.Key_2)  # B2
        page.select_row(page.model.row_of("incident-response"))
        qtbot.keyClick(page.table, Qt.Key.Key_1)  # B1
        assert sorted(query(data_dir, "SELECT skill_id, level_id FROM ratings")) == [
            ("incident-response", "b1"), ("python", "b2"),
        ]  # fmt: skip
        window.tabs.setCurrentIndex(GAPS_TAB)
        gaps = window.gap_page.table
        gap_rows = {
            gaps.item(r, 0).text(): [gaps.item(r, c).text() for c in (2, 4, 5)]
            for r in range(gaps.rowCount())
        }
        # Python B2 at target B2: met; Incident response B1, one level short.
        assert gap_rows == {"Python": ["B2", "B2", "✓ met"], "Incident response": ["B1", "B2", "1"]}
        monkeypatch.setattr(
            QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes
        )
        window.tabs.setCurrentIndex(ASSESS_TAB)
        qtbot.mouseClick(page.complete_button, Qt.MouseButton.LeftButton)
        assert query(data_dir, "SELECT status, framework_id FROM assessments") == [
            ("completed", "acme-platform-ladder")
        ]
        window.tabs.setCurrentIndex(HISTORY_TAB)
        history = window.history_page.assessments
        assert history.rowCount() == 1 and history.item(0, 1).text() == "Completed"

        out = tmp_path / "plan.pdf"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(out), A4_FILTER))
        window.menu_actions.export_plan.trigger()
        runner = window.export.runner
        qtbot.waitUntil(lambda: runner.result_box is not None and runner.result_box.isVisible(),
                        timeout=20_000)  # fmt: skip
        runner.result_box.close()
        text = _pdf_text(out.read_bytes())
        for expected in ("Robin Acme", "Platform Engineer", "Incident response", "Python", "B2"):
            assert expected in text, expected

        # --- update to a new version: what changed is shown before anything is saved ---------
        dialog = open_frameworks(window)
        assert rows(dialog)[1][6:] == ["1", "1"]  # one person, one assessment
        select(dialog, "acme-platform-ladder")
        wizard = start_wizard(qtbot, window, dialog.update_button, [v2], monkeypatch)
        assert wizard.windowTitle() == "Update 'Acme platform ladder'"
        to_mapping(qtbot, wizard)
        mapping = wizard.mapping_page
        assert mapping.name.text() == "Acme platform ladder"
        assert mapping.columns()["requirement"] is None  # guessed again; the saved file knows
        monkeypatch.setattr(
            QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(mapping_file), "")
        )
        qtbot.mouseClick(mapping.load_button, Qt.MouseButton.LeftButton)
        assert mapping.columns() == saved_columns  # the same choices, read back
        assert mapping.version.text() == "1.0"
        mapping.version.setText("2.0")
        to_review(qtbot, wizard)
        review = wizard.review_page
        assert review.headline.text().startswith(
            "A new version of 'Acme platform ladder' (CSV sheet): 1.0 → 2.0."
        )
        assert review.tabs.currentIndex() == 0 and review.tabs.isTabVisible(0)
        changes = review.changes
        assert changes.summary.text() == "Version 1.0 → 2.0. 4 changes in all."
        assert changes.group_titles() == [
            "Skills added: 1", "Skills added to roles: 1", "Descriptors changed: 1",
            "Marks changed: 1",
        ]  # fmt: skip
        assert changes.group_lines("skills_added") == ["Observability"]
        assert changes.group_lines("descriptors_changed") == ["Python at B2 (every role)"]
        assert changes.group_lines("marks_changed") == [
            "Platform Engineer: Incident response at B1: optional → required"
        ]
        described = changes.tree.topLevelItem(2).child(0)
        assert [described.child(i).text(0) for i in range(2)] == [
            "Before: Designs packages", "After: Designs packages others build on",
        ]  # fmt: skip
        assert query(data_dir, "SELECT version FROM frameworks") == [("1.0",)]
        assert wizard.button(QWizard.WizardButton.FinishButton).text() == "&Update"
        finish(qtbot, wizard)
        assert query(data_dir, "SELECT version FROM frameworks") == [("2.0",)]
        assert "Updated 'Acme platform ladder' from version 1.0 to 2.0." in dialog.outcome.text()
        assert rows(dialog)[1][1] == "2.0"
        dialog.close()

        # --- the completed assessment keeps its frozen copy; the next one uses 2.0 -----------
        window.tabs.setCurrentIndex(ASSESS_TAB)
        assert controller.read_only
        assert _descriptor(window, "python", 1) == "Designs packages"
        assert page.model.row_of("observability") == -1  # not in the frozen copy
        window.menu_actions.new_assessment.trigger()
        assert not controller.read_only
        assert _descriptor(window, "python", 1) == "Designs packages others build on"
        skills = [page.model.skill_id_at(r) for r in range(page.model.rowCount())]
        assert "observability" in skills
        assert controller.ratings["python"].level_id == "b2"  # carried over by skill id
