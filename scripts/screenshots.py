"""Render the README screenshots: the main tabs on the sample data, at a usual window size.

Run with ``QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [OUT_DIR]``; the
window is drawn exactly as on screen (widgets, palette, fonts), without a display.

``--lang zh_CN`` draws the Chinese interface (with the framework's Chinese overlay) into
``docs/zh_CN`` by default; the bundled WenQuanYi font stands in where the system has no CJK font.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.context import AppContext
from app.i18n import install_translation
from app.main import open_main_window
from app.main_window import (
    ASSESS_TAB,
    GAPS_TAB,
    HISTORY_TAB,
    MEETINGS_TAB,
    ROLE_TAB,
    TEAM_TAB,
    MainWindow,
)
from core.framework_files import load_builtin_framework, load_framework_in
from db.database import Database
from db.repository import Repository
from db.sample_data import create_sample_data
from resources import resource_path

SHOTS = {
    "screenshot-role.png": ROLE_TAB,
    "screenshot-assess.png": ASSESS_TAB,
    "screenshot-gaps.png": GAPS_TAB,
    "screenshot-history.png": HISTORY_TAB,
    "screenshot-one-on-ones.png": MEETINGS_TAB,
    "screenshot-team.png": TEAM_TAB,
}


def _cjk_fallback(app: QApplication) -> None:
    """Let Qt draw Chinese with the bundled WenQuanYi font after the usual font."""
    font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", "wqy-microhei.ttc")))
    families = QFontDatabase.applicationFontFamilies(font_id)
    if families:
        font = QFont(app.font())
        font.setFamilies([app.font().family(), *families])
        app.setFont(font)


def main(out_dir: Path, language: str = "en") -> None:
    """Save one PNG per tab into ``out_dir``, the interface in ``language``."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName("Skill Ladder Screenshots")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    work = Path(tempfile.mkdtemp(prefix="skill-ladder-shots-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "settings"))
    install_translation(language)
    if language != "en":
        _cjk_fallback(app)
    framework = load_framework_in(None, language)
    repository = Repository(Database.in_directory(work / "data"))
    person = create_sample_data(repository, load_builtin_framework())
    window = open_main_window(AppContext(framework, repository, work / "data"))
    window.resize(1280, 760)
    window.controller.select_person(person.id)
    window.show()
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, tab in SHOTS.items():
        window.tabs.setCurrentIndex(tab)
        if tab == HISTORY_TAB and window.controller.history:
            history = window.controller.history
            window.history.compare(history[0].id, history[-1].id)
        for _ in range(5):
            app.processEvents()
        window.grab().save(str(out_dir / name))
        print(out_dir / name)
    _framework_shots(app, window, work, out_dir)
    window.close()
    repository.database.close()


DEMO_LADDER = """\
Competency,Area,Grade,What good looks like,Job,Expected
Python,Engineering > Languages,E1,Writes small scripts with help,Backend engineer,required
Python,Engineering > Languages,E2,Designs modules others build on,Backend engineer,required
Python,Engineering > Languages,E3,Sets the team's Python practice,Backend engineer,required
Incident response,Operations,E1,Follows the runbook,Backend engineer,optional
Incident response,Operations,E2,Leads an incident to its end,Backend engineer,required
Incident response,Operations,E3,Makes on-call better for everyone,Backend engineer,required
Observability,Operations,E1,Reads the service dashboards,SRE,required
Observability,Operations,E2,Builds dashboards and alerts,SRE,required
Observability,Operations,E3,Sets service level objectives,SRE,required
"""
"""A company ladder with its own column names, for the Frameworks and column-mapping shots."""

DEMO_COLUMNS = {"skill": "Competency", "level": "Grade", "descriptor": "What good looks like",
                "category": "Area", "role": "Job", "requirement": "Expected"}  # fmt: skip


def _settle(app: QApplication, until: Callable[[], bool] = lambda: True) -> None:
    """Let the window paint (and background jobs report) before a grab."""
    deadline = time.monotonic() + 20
    while not until() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    for _ in range(5):
        app.processEvents()


def _framework_shots(app: QApplication, window: MainWindow, work: Path, out_dir: Path) -> None:
    """File → Frameworks… with an imported ladder installed, and the column-mapping step."""
    from core.framework_import import convert_files
    from core.importers.columns import mapping_for

    ladder = work / "acme-engineering.csv"
    ladder.write_text(DEMO_LADDER, encoding="utf-8")
    header = DEMO_LADDER.splitlines()[0].split(",")
    source = {"name": "Acme engineering handbook", "url": "https://handbook.example.com/ladder",
              "licence": "internal use"}  # fmt: skip
    mapping = mapping_for(header, DEMO_COLUMNS, {"framework": {"name": "Acme engineering ladder",
                                                              "version": "2026.1"},
                                                "source": source})  # fmt: skip
    converted = convert_files([ladder], mapping)
    library = window.controller.context.library
    library.install(converted.framework, import_format="csv", source_files=[ladder.name])
    window.controller.notify_frameworks_changed()  # as after Install: the Role tab lists it
    dialog = window.frameworks.open()
    dialog.resize(1000, 640)
    from app.views.frameworks_dialog import FRAMEWORK_ID

    table = dialog.table
    row = next(
        r
        for r in range(table.rowCount())
        if table.item(r, 0).data(FRAMEWORK_ID) != library.default_id
    )
    table.selectRow(row)
    _settle(app)
    dialog.grab().save(str(out_dir / "screenshot-frameworks.png"))
    print(out_dir / "screenshot-frameworks.png")

    other = work / "acme-engineering-2026.2.csv"
    other.write_text(DEMO_LADDER.replace("Expected", "Need"), encoding="utf-8")
    wizard = window.frameworks.importer.start(None, dialog)
    wizard.resize(1000, 700)
    wizard.files_page.add_paths([other])
    _settle(app, lambda: wizard.files_page.inspection is not None)
    wizard.next()
    page = wizard.mapping_page
    page.name.setText("Acme engineering ladder")
    page.version.setText("2026.2")
    page.combos["requirement"].setCurrentIndex(page.combos["requirement"].findData("Need"))
    _settle(app)
    wizard.grab().save(str(out_dir / "screenshot-column-mapping.png"))
    print(out_dir / "screenshot-column-mapping.png")
    wizard.reject()
    dialog.reject()


def _arguments(argv: list[str]) -> tuple[Path, str]:
    language = "en"
    if "--lang" in argv:
        at = argv.index("--lang")
        language = argv[at + 1]
        argv = argv[:at] + argv[at + 2 :]
    default = Path("docs") if language == "en" else Path("docs") / language
    return (Path(argv[0]) if argv else default), language


if __name__ == "__main__":
    main(*_arguments(sys.argv[1:]))
