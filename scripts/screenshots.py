"""Render the README screenshots: the main tabs on the sample data, at a usual window size.

Run with ``QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [OUT_DIR]``; the
window is drawn exactly as on screen (widgets, palette, fonts), without a display.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from app.context import AppContext
from app.main import open_main_window
from app.main_window import ASSESS_TAB, GAPS_TAB, HISTORY_TAB, MEETINGS_TAB, ROLE_TAB, TEAM_TAB
from core.framework_files import load_builtin_framework
from db.database import Database
from db.repository import Repository
from db.sample_data import create_sample_data

SHOTS = {
    "screenshot-role.png": ROLE_TAB,
    "screenshot-assess.png": ASSESS_TAB,
    "screenshot-gaps.png": GAPS_TAB,
    "screenshot-history.png": HISTORY_TAB,
    "screenshot-one-on-ones.png": MEETINGS_TAB,
    "screenshot-team.png": TEAM_TAB,
}


def main(out_dir: Path) -> None:
    """Save one PNG per tab into ``out_dir``."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName("Skill Ladder Screenshots")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    work = Path(tempfile.mkdtemp(prefix="skill-ladder-shots-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "settings"))
    framework = load_builtin_framework()
    repository = Repository(Database.in_directory(work / "data"))
    person = create_sample_data(repository, framework)
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


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs"))
