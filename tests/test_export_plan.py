"""Exporting the growth plan: from the window (off the GUI thread) and from the command line."""

from __future__ import annotations

import io
import threading
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

import reports.growth_plan
from app.controllers.export_presenter import A4_FILTER, LETTER_FILTER
from core.framework_files import load_builtin_framework
from db.database import Database
from db.repository import Repository
from db.sample_data import SAMPLE_PERSON, create_sample_data
from tests.app_harness import main_window
from tests.cli_runner import run_cli

pytestmark = pytest.mark.usefixtures("qt_settings")


def _text(pdf: bytes) -> str:
    """All pages' text with whitespace (including line breaks from wrapping) collapsed."""
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join(page.extract_text() for page in pages).split())


def _with_sample(data_dir: Path) -> None:
    database = Database.in_directory(data_dir)
    create_sample_data(Repository(database), load_builtin_framework())
    database.close()


def test_export_from_the_window_runs_off_the_gui_thread(
    qtbot, data_dir: Path, tmp_path: Path, monkeypatch
) -> None:
    _with_sample(data_dir)
    out = tmp_path / "exports" / "plan.pdf"
    out.parent.mkdir()
    asked: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName",
        lambda _parent, _title, suggested, *_a: (asked.append(suggested), (str(out), LETTER_FILTER))[1],
    )  # fmt: skip
    render_threads: list[int] = []
    original = reports.growth_plan.render_growth_plan

    def spy(*args, **kwargs):
        render_threads.append(threading.get_ident())
        return original(*args, **kwargs)

    monkeypatch.setattr(reports.growth_plan, "render_growth_plan", spy)
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True
    )

    with main_window(qtbot, data_dir) as window:
        assert window.menu_actions.export_plan.isEnabled()
        window.menu_actions.export_plan.trigger()
        presenter = window.export.runner
        qtbot.waitUntil(
            lambda: presenter.result_box is not None and presenter.result_box.isVisible(),
            timeout=20_000,
        )
        box = presenter.result_box
        assert box.icon() == QMessageBox.Icon.Information
        assert str(out) in box.text()
        assert render_threads and render_threads[0] != threading.get_ident()

        today = date.today().isoformat()
        assert (
            Path(asked[0]).name
            == f"Growth plan - Sample Alex Rivera - MLOps Engineer - {today}.pdf"
        )
        pdf = out.read_bytes()
        reader = PdfReader(io.BytesIO(pdf))
        assert [round(float(v)) for v in reader.pages[0].mediabox[2:]] == [612, 792]  # Letter
        text = _text(pdf)
        assert SAMPLE_PERSON in text
        assert "Lead the move of all training jobs to Kubeflow" in text  # a goal of the draft
        open_button = next(b for b in box.buttons() if b.text() == "Open")
        open_button.click()
        assert opened == [str(out)]
        assert window.menu_actions.export_plan.isEnabled()


def test_failed_export_says_so_and_writes_nothing(
    qtbot, data_dir: Path, tmp_path: Path, monkeypatch
) -> None:
    _with_sample(data_dir)
    out = tmp_path / "no-such-folder" / "plan.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(out), A4_FILTER))
    with main_window(qtbot, data_dir) as window:
        window.menu_actions.export_plan.trigger()
        presenter = window.export.runner
        qtbot.waitUntil(
            lambda: presenter.result_box is not None and presenter.result_box.isVisible(),
            timeout=20_000,
        )
        assert presenter.result_box.icon() == QMessageBox.Icon.Warning
        assert "Nothing was written" in presenter.result_box.text()
        assert not out.parent.exists()
        assert window.menu_actions.export_plan.isEnabled()


def test_cli_export_pdf(data_dir: Path, tmp_path: Path) -> None:
    assert run_cli("demo").returncode == 0
    out = tmp_path / "alex.pdf"
    done = run_cli("export-pdf", "--person", SAMPLE_PERSON, "--role", "mlops-engineer",
                   "--out", str(out), "--paper", "letter")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "completed" in done.stdout  # latest = the newest completed assessment
    pdf = out.read_bytes()
    reader = PdfReader(io.BytesIO(pdf))
    assert [round(float(v)) for v in reader.pages[0].mediabox[2:]] == [612, 792]
    text = _text(pdf)
    assert SAMPLE_PERSON in text and "Growth plan" in text
    assert f"page 1 of {len(reader.pages)}" in reader.pages[0].extract_text()

    again = run_cli("export-pdf", "--person", SAMPLE_PERSON, "--role", "mlops-engineer",
                    "--out", str(out))  # fmt: skip
    assert again.returncode == 1 and "already exists" in again.stderr
    assert out.read_bytes() == pdf
    forced = run_cli("export-pdf", "--person", SAMPLE_PERSON, "--role", "mlops-engineer",
                     "--out", str(out), "--force")  # fmt: skip
    assert forced.returncode == 0
    assert [round(float(v)) for v in PdfReader(out).pages[0].mediabox[2:]] == [595, 842]  # A4


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--person", "Nobody", "--role", "mlops-engineer"), "no person called 'Nobody'"),
        (("--person", SAMPLE_PERSON, "--role", "no-such-role"), "no role 'no-such-role'"),
        (("--person", SAMPLE_PERSON, "--role", "data-analyst"), "no assessment of role"),
        (("--person", SAMPLE_PERSON, "--role", "mlops-engineer", "--assessment", "9999"),
         "no assessment 9999"),
        (("--person", SAMPLE_PERSON, "--role", "mlops-engineer", "--assessment", "first"),
         "'latest' or a number"),
        (("--person", "Alex\udcff", "--role", "mlops-engineer"), "not valid Unicode"),
    ],
)  # fmt: skip
def test_cli_export_pdf_refusals(data_dir: Path, tmp_path: Path, args, message: str) -> None:
    assert run_cli("demo").returncode == 0
    out = tmp_path / "plan.pdf"
    result = run_cli("export-pdf", *args, "--out", str(out))
    assert result.returncode == 1
    assert message in result.stderr
    assert not out.exists()
