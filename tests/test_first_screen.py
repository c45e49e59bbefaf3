"""The first screen is read with the standard sqlite3 module; SQLAlchemy waits for the first edit."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from core.framework_files import load_builtin_framework
from db.database import Database
from db.models import Assessment, Rating
from db.repository import Repository
from db.sample_data import create_sample_data

ROOT = Path(__file__).resolve().parent.parent

FIRST_SCREEN = """
import sys
from pathlib import Path
from app.context import AppContext
from app.main import create_application, open_main_window
from core.framework_files import load_builtin_framework
from db.database import Database
from db.repository import Repository
app = create_application()
data_dir = Path(sys.argv[1])
repository = Repository(Database.in_directory(data_dir))
window = open_main_window(AppContext(load_builtin_framework(), repository, data_dir))
app.processEvents()
assert window.controller.assessment is not None, "no draft shown"
print("rows", window.assess_page.model.rowCount())
print("sqlalchemy before edit", "sqlalchemy" in sys.modules)
repository.prepare_writes()
print("sqlalchemy after prepare", "sqlalchemy" in sys.modules)
"""


def test_existing_data_is_shown_without_importing_sqlalchemy(tmp_path: Path) -> None:
    database = Database.in_directory(tmp_path)
    create_sample_data(Repository(database), load_builtin_framework())
    database.close()
    result = subprocess.run(
        [sys.executable, "-c", FIRST_SCREEN, str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "sqlalchemy before edit False" in result.stdout
    assert "sqlalchemy after prepare True" in result.stdout
    rows = int(result.stdout.split("rows ")[1].split()[0])
    assert rows > 0


def test_plain_reader_agrees_with_the_orm(tmp_path: Path) -> None:
    database = Database.in_directory(tmp_path)
    repository = Repository(database)
    framework = load_builtin_framework()
    create_sample_data(repository, framework)
    person = repository.add_person("名字 <b>&amp;</b>")
    draft = repository.start_assessment(
        person.id, framework, "mlops-engineer", "senior",
        started_at=datetime(2024, 2, 29, 23, 59, 58, 123456, tzinfo=UTC),
    )  # fmt: skip
    repository.set_rating(draft.id, "ml-pipelines", None, rated=True)
    repository.set_note(draft.id, "ml-pipelines", "不确定 🙂\nline two")

    with database.sessions() as session:
        orm = {
            a.id: (a.person_id, a.role_id, a.status, a.target_level, a.started_at, a.completed_at)
            for a in session.scalars(select(Assessment))
        }
        orm_ratings = {
            (r.assessment_id, r.skill_id): (r.level_id, r.is_rated, r.note)
            for r in session.scalars(select(Rating))
        }
    plain = {}
    plain_ratings = {}
    for someone in repository.people():
        for a in repository.assessments(someone.id):
            plain[a.id] = (a.person_id, a.role_id, a.status, a.target_level, a.started_at,
                           a.completed_at)  # fmt: skip
            for r in a.ratings.values():
                plain_ratings[(a.id, r.skill_id)] = (r.level_id, r.rated, r.note)
    assert plain == orm
    assert plain_ratings == orm_ratings
    assert repository.assessment(draft.id).started_at == datetime(
        2024, 2, 29, 23, 59, 58, 123456, tzinfo=UTC
    )
    assert repository.person_by_name("  名字 <b>&amp;</b> ") == person
    database.close()
