"""Changes made by another client appear in the open window within seconds, without a restart,
and what the user is typing stays as typed: on PostgreSQL (LISTEN/NOTIFY) and on the SQLite file
(a second process writing)."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

from app.main_window import ASSESS_TAB, MainWindow
from app.models.skill_table_model import level_text
from core.assessment import SkillRating
from core.framework_files import load_builtin_framework
from core.gaps import rating_index
from db.database import Database
from db.repository import Repository
from tests.app_harness import main_window
from tests.storage_engines import Storage

ROOT = Path(__file__).resolve().parent.parent
FRAMEWORK = load_builtin_framework()
ROLE = "mlops-engineer"
FEED_START_MS = 5_000
VISIBLE_MS = 10_000


def _person_with_draft(repository: Repository) -> tuple[int, int]:
    person = repository.add_person("Ada")
    repository.set_role(person.id, ROLE, "senior")
    draft = repository.start_assessment(person.id, FRAMEWORK, ROLE, "senior")
    return person.id, draft.id


def _shown_level(window: MainWindow, skill_id: str) -> str:
    model = window.assess_page.model
    return model.index(model.row_of(skill_id), 1).data()


def _expected_level(level_id: str) -> str:
    return level_text(
        FRAMEWORK, ROLE, rating_index(FRAMEWORK, ROLE, SkillRating("x", level_id, True))
    )


def _names_listed(window: MainWindow) -> list[str]:
    combo = window.person_bar.combo
    return [combo.itemText(i) for i in range(combo.count())]


def _level_ids() -> list[str]:
    return [level.id for level in FRAMEWORK.role_levels(ROLE)]


def test_another_client_s_changes_appear_while_a_note_is_typed(
    qtbot, server_storage: Storage, qt_settings: Path
) -> None:
    setup = Repository(server_storage.open())
    _person_id, draft_id = _person_with_draft(setup)
    with main_window(qtbot, server_storage.data_dir, database=server_storage.open()) as window:
        window.tabs.setCurrentIndex(ASSESS_TAB)
        qtbot.waitUntil(lambda: window.live_updates.running, timeout=FEED_START_MS)
        assert window.controller is not None and window.controller.assessment is not None
        assert window.controller.assessment.id == draft_id
        page = window.assess_page
        skills = list(FRAMEWORK.role(ROLE).skill_ids)
        page.select_row(3)
        typed_skill = window.assess.selected_skill()
        other_skill = next(s for s in skills if s != typed_skill)
        scroll = page.table.verticalScrollBar().value()

        editor = page.ladder.note
        window.activateWindow()
        editor.setFocus()
        qtbot.waitUntil(editor.hasFocus)
        qtbot.keyClicks(editor, "Typed here")
        assert setup.assessment(draft_id).ratings[typed_skill].note == "Typed here"  # saved

        level = _level_ids()[-1]
        other = Repository(server_storage.open())  # another manager's app on the same database
        other.set_rating(draft_id, other_skill, level, rated=True)
        other.set_note(draft_id, typed_skill, "Written elsewhere")
        other.add_person("Bo")

        qtbot.waitUntil(
            lambda: _shown_level(window, other_skill) == _expected_level(level), timeout=VISIBLE_MS
        )
        qtbot.waitUntil(lambda: "Bo" in _names_listed(window), timeout=VISIBLE_MS)
        assert editor.toPlainText() == "Typed here"
        assert editor.hasFocus()
        assert window.assess.selected_skill() == typed_skill
        assert page.table.verticalScrollBar().value() == scroll
        assert window.person_bar.combo.currentText() == "Ada"
        # The other client's note reached this window's data; the editor kept the user's text.
        assert window.controller.ratings[typed_skill].note == "Written elsewhere"
        gaps = window.gap_page.table  # the Gaps page followed too
        levels = {
            gaps.item(row, 0).text(): gaps.item(row, 2).text() for row in range(gaps.rowCount())
        }
        assert levels[FRAMEWORK.skill(other_skill).name] == _expected_level(level)


def test_the_window_ignores_its_own_writes(
    qtbot, server_storage: Storage, qt_settings: Path
) -> None:
    setup = Repository(server_storage.open())
    _person_with_draft(setup)
    with main_window(qtbot, server_storage.data_dir, database=server_storage.open()) as window:
        qtbot.waitUntil(lambda: window.live_updates.running, timeout=FEED_START_MS)
        applied: list[frozenset[str]] = []
        window.live_updates.applied.connect(applied.append)
        window.controller.rate(window.assess.selected_skill(), 1)
        window.controller.add_person("Cy")
        qtbot.wait(1500)
        assert applied == []
        Repository(server_storage.open()).add_person("Bo")
        qtbot.waitUntil(lambda: applied != [], timeout=VISIBLE_MS)
        assert applied == [frozenset({"people"})]


def test_meeting_notes_being_typed_stay_while_another_client_adds_an_action_item(
    qtbot, server_storage: Storage, qt_settings: Path
) -> None:
    from datetime import date

    from app.main_window import MEETINGS_TAB

    setup = Repository(server_storage.open())
    person_id, _draft_id = _person_with_draft(setup)
    meeting = setup.add_meeting(person_id, date(2026, 3, 2), "Agenda", None)
    with main_window(qtbot, server_storage.data_dir, database=server_storage.open()) as window:
        qtbot.waitUntil(lambda: window.live_updates.running, timeout=FEED_START_MS)
        window.tabs.setCurrentIndex(MEETINGS_TAB)
        page = window.meetings_page
        window.activateWindow()
        page.notes.setFocus()
        qtbot.waitUntil(page.notes.hasFocus)
        page.notes.moveCursor(page.notes.textCursor().MoveOperation.End)
        qtbot.keyClicks(page.notes, " and more")
        other = Repository(server_storage.open())
        other.add_action_item(person_id, meeting.id, "Book the course")
        other.update_meeting(meeting.id, held_on=meeting.held_on, notes="Agenda, edited elsewhere")
        qtbot.waitUntil(lambda: page.items.count() == 1, timeout=VISIBLE_MS)
        assert page.items.item(0).text() == "Book the course"
        assert page.notes.toPlainText() == "Agenda and more"
        assert page.notes.hasFocus()


SECOND_PROCESS = """
import sys
from pathlib import Path
from db.database import Database
from db.repository import Repository
repository = Repository(Database.in_directory(Path(sys.argv[1])))
repository.set_rating(int(sys.argv[2]), sys.argv[3], sys.argv[4], rated=True)
repository.add_person("From another process")
"""


def test_sqlite_window_follows_a_second_process(qtbot, data_dir: Path, qt_settings: Path) -> None:
    database = Database.in_directory(data_dir)
    _person_id, draft_id = _person_with_draft(Repository(database))
    database.close()
    with main_window(qtbot, data_dir) as window:
        qtbot.waitUntil(lambda: window.live_updates.running, timeout=FEED_START_MS)
        skill = window.assess.selected_skill()
        level = _level_ids()[0]
        done = threading.Event()

        def write() -> None:
            subprocess.run(
                [sys.executable, "-c", SECOND_PROCESS, str(data_dir), str(draft_id), skill, level],
                cwd=ROOT, check=True, timeout=60,
            )  # fmt: skip
            done.set()

        writer = threading.Thread(target=write)
        writer.start()
        qtbot.waitUntil(done.is_set, timeout=60_000)
        writer.join()
        qtbot.waitUntil(lambda: "From another process" in _names_listed(window), timeout=VISIBLE_MS)
        qtbot.waitUntil(
            lambda: _shown_level(window, skill) == _expected_level(level), timeout=VISIBLE_MS
        )
        assert window.assess.selected_skill() == skill
    assert not [t for t in threading.enumerate() if t.name.startswith("skill-ladder-changes")]


def test_closing_the_window_stops_the_feed(qtbot, data_dir: Path, qt_settings: Path) -> None:
    with main_window(qtbot, data_dir) as window:
        qtbot.waitUntil(lambda: window.live_updates.running, timeout=FEED_START_MS)
        assert [t for t in threading.enumerate() if t.name.startswith("skill-ladder-changes")]
    assert not window.live_updates.running
    assert not [t for t in threading.enumerate() if t.name.startswith("skill-ladder-changes")]
