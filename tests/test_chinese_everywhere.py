"""Simplified Chinese end to end: every tab, dialog and menu of the window, both PDFs and the CLI.

Visible English is allowed only for people's data (names, notes, goals: whatever is in the data
file), for the framework's own content while its Chinese overlay is incomplete (each framework
string falls back to English string by string), and for tool, product and key names.
"""

from __future__ import annotations

import io
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale, Qt, QThreadPool, QTimer
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QTabBar,
    QTextBrowser,
    QWidget,
)

from app import i18n
from app.main_window import HISTORY_TAB, MainWindow
from core import i18n as core_i18n
from core.framework import Framework
from core.framework_files import load_builtin_framework, load_framework_in
from core.framework_i18n import framework_strings
from db.database import DATABASE_FILE, Database
from db.repository import Repository
from db.sample_data import SAMPLE_PERSON, create_sample_data
from tests.app_harness import main_window
from tests.cli_runner import run_cli

pytestmark = pytest.mark.usefixtures("qt_settings")

ALLOWED_WORDS = {
    # product, formats and tools
    "Skill", "Ladder", "English", "PDF", "CSV", "JSON", "SQLite", "Qt", "Letter", "KB", "MLOps",
    # the formats frameworks are imported from, and their publishers (File → Frameworks…)
    "YAML", "XLSX", "HTML", "Markdown", "Excel", "Monzo", "DIRECT", "Financial", "Times",
    # keys, as keyboards label them
    "Ctrl", "Shift", "Alt", "Return", "Enter", "Delete", "Tab", "Esc", "Space", "Backspace",
    "Up", "Down", "Left", "Right", "Home", "End", "PgUp", "PgDown", "Del", "Ins",
    # the command-line option the single-instance message names
    "data", "dir",
    # the team database: the server, libpq's TLS modes as administrators name them, an example host
    "PostgreSQL", "TLS", "disable", "prefer", "require", "verify", "full", "example", "org",
    # libpq's connection strings and their keys, as typed (host=… dbname=… sslmode=…)
    "URL", "libpq", "host", "dbname", "sslmode", "pgpass",
}  # fmt: skip
ENGLISH_WORD = re.compile(r"[A-Za-z]{3,}")
FILE_NAME = re.compile(r"\S*/\S*|\S+\.(?:sqlite3|pdf|csv|json|log|conf)\b")
"""Paths and file names (the data folder, backups) are the user's, not the interface's."""
NO_LOCALE = {"LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""}


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    i18n.install_translation("zh_CN")
    yield
    i18n.install_translation("en")
    QLocale.setDefault(QLocale.c())
    core_i18n.set_language(None)


def _with_sample(data_dir: Path) -> None:
    database = Database.in_directory(data_dir)
    create_sample_data(Repository(database), load_builtin_framework())
    database.close()


def _data_strings(data_dir: Path) -> set[str]:
    """Every text value in the data file: people's names, notes, goals, meetings…"""
    connection = sqlite3.connect(data_dir / DATABASE_FILE)
    try:
        found: set[str] = set()
        tables = [
            r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        for table in tables:
            for row in connection.execute(f'SELECT * FROM "{table}"'):
                for value in row:
                    if isinstance(value, str) and len(value) > 2:
                        # Lists show the start of a long note: its prefixes are data too.
                        found.update(value[:end] for end in range(12, len(value) + 1))
        return found
    finally:
        connection.close()


def _framework_text(framework: Framework) -> set[str]:
    """The framework's own content: its English (shown string by string where the Chinese
    overlay has no translation) and its Chinese, which keeps tool and product names as they
    are (Kubernetes, GitHub Actions, pytest…)."""
    strings: set[str] = set()
    for version in {framework.original or framework, framework}:
        strings |= set(framework_strings(version).values())
        strings |= {skill.category for skill in version.skills}
        strings |= {version.name, version.description}
        if version.source is not None:
            strings.add(version.source.line())
    return {s for s in strings if s and len(s) > 2}


class EnglishFinder:
    """Collects visible texts and reports the ones with English that is not allowed."""

    def __init__(self, excluded: set[str]) -> None:
        # Longest first, so a long descriptor is removed before a short name inside it.
        self.excluded = sorted(excluded, key=len, reverse=True)
        self.found: dict[str, str] = {}

    def check(self, where: str, text: str) -> None:
        if not text or text.isspace():
            return
        plain = _plain(text)
        rest = plain
        for english in self.excluded:
            if english in rest:
                rest = rest.replace(english, " ")
        rest = FILE_NAME.sub(" ", rest)
        words = [w for w in ENGLISH_WORD.findall(rest) if w not in ALLOWED_WORDS]
        if words:
            self.found.setdefault(plain[:160], where)

    def widget_tree(self, root: QWidget, where: str) -> None:
        for widget in [root, *root.findChildren(QWidget)]:
            if widget is not root and not widget.isVisibleTo(root):
                continue
            self._widget(widget, f"{where}/{type(widget).__name__}")

    def _widget(self, widget: QWidget, where: str) -> None:
        for text in (widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()):
            self.check(where, text)
        if isinstance(widget, QDialog | QMessageBox) or widget.isWindow():
            self.check(where, widget.windowTitle())
        if isinstance(widget, (QLabel, QAbstractButton)):
            self.check(where, widget.text())
        elif isinstance(widget, QLineEdit | QPlainTextEdit):
            self.check(where, widget.placeholderText())
        elif isinstance(widget, QComboBox):
            for row in range(widget.count()):
                self.check(where, widget.itemText(row))
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                self.check(where, widget.tabText(index))
        elif isinstance(widget, QGroupBox):
            self.check(where, widget.title())
        elif isinstance(widget, QProgressBar):
            self.check(where, widget.text())
        elif isinstance(widget, QTextBrowser):
            self.check(where, widget.toPlainText())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            self._model(widget, where)

    def _model(self, view: QAbstractItemView, where: str) -> None:
        model = view.model()
        roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
        columns = 0
        while model.hasIndex(0, columns) or (columns == 0 and model.hasIndex(0, 0)):
            columns += 1
        for section in range(columns):
            for role in roles:
                self.check(
                    where, str(model.headerData(section, Qt.Orientation.Horizontal, role) or "")
                )
        row = 0
        while model.hasIndex(row, 0) and row < 60:
            for column in range(columns):
                for role in roles:
                    value = model.data(model.index(row, column), role)
                    if isinstance(value, str):
                        self.check(where, value)
            row += 1


def _plain(text: str) -> str:
    if "<" in text and ">" in text:
        document = QTextDocument()
        document.setHtml(text)
        text = document.toPlainText()
    return " ".join(text.replace("&&", "&").split())


@contextmanager
def modal_dialogs_inspected(finder: EnglishFinder) -> Iterator[list[str]]:
    """Check each modal dialog's text as soon as it is up, then close it (Qt's own file
    dialogs are only closed: they list the user's files)."""
    titles: list[str] = []

    def inspect() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            return
        titles.append(widget.windowTitle())
        if not isinstance(widget, QFileDialog):
            finder.widget_tree(widget, f"dialog {widget.windowTitle()}")
        if isinstance(widget, QDialog):
            widget.reject()
        else:
            widget.close()

    timer = QTimer()
    timer.timeout.connect(inspect)
    timer.start(20)
    try:
        yield titles
    finally:
        timer.stop()


def _settle(qtbot) -> None:
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0, timeout=30_000)
    qtbot.wait(150)


def _menus(window: MainWindow, finder: EnglishFinder) -> list:
    actions = []
    for menu_action in window.menuBar().actions():
        finder.check("menu bar", menu_action.text())
        for action in menu_action.menu().actions():
            if action.isSeparator():
                continue
            finder.check(f"menu {menu_action.text()}", action.text())
            finder.check(f"menu {menu_action.text()}", action.toolTip())
            actions.append(action)
    return actions


def test_the_window_in_chinese_shows_no_english_of_its_own(
    qtbot, data_dir: Path, chinese: None
) -> None:
    _with_sample(data_dir)
    framework = load_framework_in(None, "zh_CN")
    finder = EnglishFinder(_framework_text(framework) | _data_strings(data_dir) | {str(data_dir)})
    with main_window(qtbot, data_dir, framework) as window:
        assert window.tabs.tabText(0) == "角色(&R)"
        person = window.person_bar.combo
        person.setCurrentIndex(person.findText(SAMPLE_PERSON, Qt.MatchFlag.MatchContains))
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            qtbot.wait(50)
            finder.widget_tree(window, f"tab {window.tabs.tabText(index)}")
        # the history tab with two assessments compared
        history = window.history_page
        window.tabs.setCurrentIndex(HISTORY_TAB)
        history.assessments.selectRow(0)
        history.assessments.selectRow(1)
        history.compare_button.click()
        finder.widget_tree(history, "history compared")
        actions = _menus(window, finder)
        with modal_dialogs_inspected(finder) as dialogs:
            for action in actions:
                if action is window.menu_actions.quit or not action.isEnabled():
                    continue
                action.trigger()
                _settle(qtbot)
            # the goal dialog, from the Assess tab
            window.tabs.setCurrentIndex(1)
            window.assess_page.ladder.goals.add_button.click()
            _settle(qtbot)
        assert len(dialogs) >= 10, dialogs
    assert finder.found == {}, "\n".join(f"{where}: {text}" for text, where in finder.found.items())


def _pdf_text(pdf: bytes) -> tuple[str, set[str]]:
    """All the text of a PDF, and the names of its embedded font files."""
    reader = PdfReader(io.BytesIO(pdf))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    embedded = set()
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for font in fonts.values():
            font = font.get_object()
            descriptors = [font.get("/FontDescriptor")]
            descriptors += [
                d.get_object().get("/FontDescriptor") for d in font.get("/DescendantFonts", [])
            ]
            for descriptor in descriptors:
                if descriptor is None:
                    continue
                descriptor = descriptor.get_object()
                if any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")):
                    embedded.add(str(font.get("/BaseFont")))
    return text, embedded


def test_both_pdfs_in_chinese_with_their_fonts_embedded(data_dir: Path, tmp_path: Path) -> None:
    assert run_cli("demo").returncode == 0
    plan, agenda = tmp_path / "plan.pdf", tmp_path / "agenda.pdf"
    done = run_cli("export-pdf", "--lang", "zh_CN", "--person", SAMPLE_PERSON,
                   "--role", "mlops-engineer", "--out", str(plan), env=NO_LOCALE)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "成长计划" in done.stdout
    done = run_cli("--lang", "zh_CN", "export-agenda", "--person", SAMPLE_PERSON,
                   "--out", str(agenda), env=NO_LOCALE)  # fmt: skip
    assert done.returncode == 0, done.stderr

    text, fonts = _pdf_text(plan.read_bytes())
    for label in ("成长计划", "角色", "目标级别", "当前总体级别", "概要", "需要提升的方面",
                  "一对一沟通的讨论要点", "必要/可选", "第 1 页，共"):  # fmt: skip
        assert label in text, label
    assert re.search(r"\d{4}年\d{1,2}月\d{1,2}日", text)
    assert "Growth plan" not in text and "Summary" not in text and "page 1 of" not in text
    assert any("WenQuanYi" in f or "wqy" in f.lower() or "CJK" in f for f in fonts), fonts
    assert any("DejaVu" in f or "SkillLadderSans" in f for f in fonts), fonts

    text, fonts = _pdf_text(agenda.read_bytes())
    for label in ("一对一沟通议程", "上次沟通", "评估状态", "自上次沟通以来的变化",
                  "你与经理看法不一致之处", "未完成的待办事项", "上次沟通的笔记"):  # fmt: skip
        assert label in text, label
    assert "One-on-one agenda" not in text and "Open action items" not in text
    assert any("WenQuanYi" in f or "wqy" in f.lower() or "CJK" in f for f in fonts), fonts


def test_an_english_plan_from_a_chinese_locale(data_dir: Path, tmp_path: Path) -> None:
    assert run_cli("demo").returncode == 0
    plan = tmp_path / "plan.pdf"
    done = run_cli("export-pdf", "--lang", "en", "--person", SAMPLE_PERSON, "--role",
                   "mlops-engineer", "--out", str(plan), env={**NO_LOCALE, "LANG": "zh_CN.UTF-8"})  # fmt: skip
    assert done.returncode == 0, done.stderr
    text, _fonts = _pdf_text(plan.read_bytes())
    assert "Growth plan" in text and "Talking points for the one-on-one" in text
    assert "成长计划" not in text and "概要" not in text


def test_cli_framework_commands_follow_lang(data_dir: Path) -> None:
    roles = run_cli("--lang", "zh_CN", "roles", env=NO_LOCALE)
    assert roles.returncode == 0 and "个角色" in roles.stdout and "项技能" in roles.stdout
    skills = run_cli("skills", "--lang", "zh_CN", "--role", "mlops-engineer", env=NO_LOCALE)
    assert skills.returncode == 0 and "R = 必要" in skills.stdout
    show = run_cli("show", "--role", "mlops-engineer", "--skill", "ml-pipelines",
                   env={**NO_LOCALE, "LANG": "zh_CN.UTF-8"})  # fmt: skip
    assert show.returncode == 0 and "\n初级（可选）" in show.stdout
    english = run_cli("--lang", "en", "skills", "--role", "mlops-engineer",
                      env={**NO_LOCALE, "LANG": "zh_CN.UTF-8"})  # fmt: skip
    assert "14 skills (R = required" in english.stdout
    missing = run_cli("--lang", "zh_CN", "skills", "--role", "nobody", env=NO_LOCALE)
    assert missing.returncode == 2 and "没有角色“nobody”" in missing.stderr


def test_the_export_dialog_chooses_the_documents_language(
    qtbot, data_dir: Path, tmp_path: Path, monkeypatch
) -> None:
    """From the English interface, the save dialog's "PDF in 简体中文" filter gives a Chinese plan."""
    from app.controllers.export_presenter import export_filters

    _with_sample(data_dir)
    out = tmp_path / "plan.pdf"
    chinese_a4 = next(
        text for text, choice in export_filters().items() if choice == ("a4", "zh_CN")
    )
    offered: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName",
        lambda _parent, _title, _name, filters, *_a: (offered.append(filters), (str(out), chinese_a4))[1],
    )  # fmt: skip
    with main_window(qtbot, data_dir) as window:
        window.menu_actions.export_plan.trigger()
        runner = window.export.runner
        qtbot.waitUntil(
            lambda: runner.result_box is not None and runner.result_box.isVisible(), timeout=20_000
        )
        runner.result_box.close()
    assert offered[0].startswith("PDF, A4 paper (*.pdf)") and "简体中文" in offered[0]
    text, _fonts = _pdf_text(out.read_bytes())
    assert "成长计划" in text and "概要" in text and "Growth plan" not in text
