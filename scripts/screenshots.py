"""Render the README screenshots: the main tabs on the sample data, at a usual window size.

Run with ``QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [OUT_DIR]``; the
window is drawn exactly as on screen (widgets, palette, fonts), without a display.

``--lang zh_CN`` draws the Chinese interface (with the framework's Chinese overlay) into
``docs/zh_CN`` by default; the bundled WenQuanYi font stands in where the system has no CJK font.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.context import AppContext
from app.i18n import install_translation
from app.main import open_main_window
from app.main_window import ASSESS_TAB, GAPS_TAB, HISTORY_TAB, MEETINGS_TAB, ROLE_TAB, TEAM_TAB
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
    window.close()
    repository.database.close()


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
