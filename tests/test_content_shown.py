"""What each level means for the role, and the examples of evidence, reach the person: the Role
tab, the Assess view's level cards and "What it takes" (a real window on a real SQLite file),
and the growth plan PDF (text read back with pypdf)."""

from __future__ import annotations

import io
from html import escape
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from app.main_window import ASSESS_TAB, MainWindow
from core.framework_files import load_builtin_framework
from reports.growth_plan import render_growth_plan
from tests.app_harness import click_role, main_window
from tests.test_growth_plan_pdf import ROLE, builtin_plan

pytestmark = pytest.mark.usefixtures("qt_settings")


def _flat(text: str) -> str:
    return " ".join(text.split())


def _start(qtbot, window: MainWindow, monkeypatch, role_id: str) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Noor Haddad", True))
    qtbot.mouseClick(window.empty_state.create_button, Qt.MouseButton.LeftButton)
    click_role(qtbot, window, role_id)
    assert window.controller.role_id == role_id


def test_role_tab_says_what_each_level_means_for_the_role(
    qtbot, data_dir: Path, monkeypatch
) -> None:
    framework = load_builtin_framework()
    with main_window(qtbot, data_dir) as window:
        _start(qtbot, window, monkeypatch, "data-annotator")
        text = _flat(window.role_picker.details.toPlainText())
        assert "What each level means for this role" in text
        for level in framework.levels:
            meaning = framework.level_meaning("data-annotator", level.id)
            assert f"{level.label}: {_flat(meaning)}" in text
        # The specialists' Senior, not the engineers' or the generic one.
        assert framework.level_meaning("data-annotator", "senior") != framework.level_meaning(
            "ml-engineer", "senior"
        )
        assert _flat(framework.level("senior").meaning) not in text


def test_assess_shows_examples_on_the_cards_and_in_what_it_takes(
    qtbot, data_dir: Path, monkeypatch
) -> None:
    framework = load_builtin_framework()
    role_id = "ux-designer"
    with main_window(qtbot, data_dir) as window:
        _start(qtbot, window, monkeypatch, role_id)
        window.tabs.setCurrentIndex(ASSESS_TAB)
        page = window.assess_page
        skill_id = page.model.skill_id_at(page.current_row())
        for card, level in zip(page.ladder.cards, framework.levels, strict=True):
            shown = card.descriptor.text()  # rich text: the examples escaped
            assert card.descriptor.textFormat() is Qt.TextFormat.RichText
            assert "Evidence, for example:" in shown
            for example in framework.examples(role_id, skill_id, level.id):
                assert escape(example) in shown
        page.table.setFocus()
        qtbot.keyClick(page.table, Qt.Key.Key_1)  # Junior: what it takes shows Middle onwards
        qtbot.waitUntil(lambda: window.controller.assessment is not None)
        takes = _flat(page.ladder.what_it_takes.toPlainText())
        assert "Evidence, for example:" in takes
        for example in framework.examples(role_id, skill_id, "middle"):
            assert _flat(example) in takes
        for example in framework.examples(role_id, skill_id, "junior"):
            assert _flat(example) not in takes  # only the levels still to reach


def test_growth_plan_shows_level_meanings_and_evidence() -> None:
    framework = load_builtin_framework()
    plan = builtin_plan()
    text = _flat(
        " ".join(p.extract_text() for p in PdfReader(io.BytesIO(render_growth_plan(plan))).pages)
    )
    summary = text[text.find("Summary") : text.find("Gaps to Senior")]
    assert f"Target, Senior: {_flat(framework.level_meaning(ROLE, 'senior'))}" in summary
    assert f"Now, Junior: {_flat(framework.level_meaning(ROLE, 'junior'))}" in summary
    work = text[text.find("What to work on") :]
    assert "Evidence, for example:" in work
    for section in plan.sections:
        assert section.next_level is not None
        for example in framework.examples(ROLE, section.gap.skill_id, section.next_level.id):
            assert _flat(example) in work, (section.gap.skill_id, example)
