"""The large data sets of ``make bench`` and the figures measured on them (issue 17's targets).

Data sets are built deterministically (``tests.bulk_data``) and cached under
``.bench-cache/`` keyed by the schema revision and this file's version; each run works on a
copy. Every figure is printed next to its target; nothing here is a test.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".bench-cache"
DATA_VERSION = "1"
"""Bump when the data sets change."""
HISTORY = 5000
TEAM_PEOPLE, TEAM_EACH = 1000, 4
MEETINGS = 3000
BENCH_URL = "SKILL_LADDER_BENCH_POSTGRES_URL"
TEST_URL = "SKILL_LADDER_TEST_POSTGRES_URL"
"""A PostgreSQL server to measure the same figures on (any database: the bench makes its own)."""

BUILD_CHILD = """
import sys
from pathlib import Path
from core.framework_files import load_builtin_framework
from db.database import Database
from tests.bulk_data import add_meetings, add_people_with_history
kind, folder = sys.argv[1], Path(sys.argv[2])
HISTORY, PEOPLE, EACH, MEETINGS = (int(a) for a in sys.argv[3:7])
framework = load_builtin_framework()
role = max(framework.roles, key=lambda r: (len(r.skills), r.id)).id
database = Database.in_directory(folder)
if kind == "history":
    add_people_with_history(database, framework, role, 1, HISTORY, name="Long History {n}")
    add_people_with_history(database, framework, "data-analyst", 1, 3, name="Short History {n}")
elif kind == "team":
    add_people_with_history(database, framework, role, PEOPLE, EACH)
else:
    few, = add_people_with_history(database, framework, role, 1, 1, name="Three Meetings {n}")
    many, = add_people_with_history(database, framework, role, 1, 1, name="Many Meetings {n}",
                                    first_id=1)
    add_meetings(database, few, 3)
    add_meetings(database, many, MEETINGS)
database.reader().execute("VACUUM")
database.close()
"""

GUI_CHILD = """
import json, resource, sys, time
from pathlib import Path
from app.main import create_application
app = create_application()
from PySide6.QtCore import QSettings
from app.context import AppContext
from app.main import open_main_window
from app.main_window import ASSESS_TAB, HISTORY_TAB, TEAM_TAB
from core.framework_files import load_builtin_framework
from db.database import Database
from db.repository import Repository

kind, where = sys.argv[1], sys.argv[2]
QSettings().clear()
framework = load_builtin_framework()
if where.startswith("pg:"):  # a team database on a server: the same screens, the other engine
    import tempfile
    from db.engines.postgres import PostgresDatabase
    database, folder = PostgresDatabase.connect(where[3:]), Path(tempfile.mkdtemp())
else:
    folder = Path(where)
    database = Database.in_directory(folder)
repository = Repository(database)
window = open_main_window(AppContext(framework, repository, folder))
app.processEvents()
controller = window.controller
figures = {}

def timed(action, runs=5):
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        action()
        app.processEvents()
        times.append(time.perf_counter() - t)
    return sorted(times)

if kind == "history":
    big = next(p.id for p in controller.people if p.name.startswith("Long"))
    small = next(p.id for p in controller.people if p.name.startswith("Short"))
    def switch(tab):
        window.tabs.setCurrentIndex(tab)
        times = []
        for _ in range(5):
            controller.select_person(small)
            app.processEvents()
            t = time.perf_counter()
            controller.select_person(big)
            app.processEvents()
            times.append(time.perf_counter() - t)
        return sorted(times)
    figures["switch"] = switch(ASSESS_TAB)
    figures["history_open"] = switch(HISTORY_TAB)
    assert window.history_page.assessments.rowCount() > 0
    from datetime import date
    from core.plan import build_plan
    from db.plan_inputs import pick_assessment, plan_input
    from reports.growth_plan import render_growth_plan
    role = controller.role_id
    def export():
        history = repository.summaries(big, role)
        chosen = pick_assessment(repository, big, role, "latest", history)
        render_growth_plan(build_plan(plan_input(repository, framework, chosen.id, date.today(), history)))
    export()  # fonts and ReportLab loaded once, as in a running app
    figures["export"] = timed(export, 3)
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        app.processEvents()
    window.tabs.setCurrentIndex(ASSESS_TAB)
    app.processEvents()
elif kind == "team":
    window.tabs.setCurrentIndex(TEAM_TAB)
    presenter = window.team
    def wait():
        while presenter.refreshing:
            app.processEvents()
            time.sleep(0.001)
    wait()
    def refresh():
        presenter.refresh()
        wait()
    figures["team_refresh"] = timed(refresh)
    assert window.team_page.model.rowCount() > 1
    table = window.team_page.table
    figures["repaint"] = timed(lambda: table.grab(), 10)
    import tempfile
    from core.csv_files import write_csv
    from db.history_csv import HEADER, history_rows
    out = Path(tempfile.mkdtemp()) / "team.csv"
    ids = [p.id for p in controller.people]
    figures["team_csv"] = timed(lambda: write_csv(out, HEADER, history_rows(repository, framework, ids)), 3)
    figures["team_csv_rows"] = len(out.read_text(encoding="utf-8-sig").splitlines()) - 1
else:
    from datetime import date
    few = next(p.id for p in controller.people if p.name.startswith("Three"))
    many = next(p.id for p in controller.people if p.name.startswith("Many"))
    def add(person):
        times = []
        for _ in range(20):
            t = time.perf_counter()
            meeting = repository.add_meeting(person, date(2031, 1, 1), "")
            repository.add_action_item(person, meeting.id, "x")
            times.append(time.perf_counter() - t)
        return sorted(times)
    repository.add_meeting(few, date(2031, 1, 1), "")  # the ORM imported and connected first
    figures["add_few"] = add(few)
    figures["add_many"] = add(many)
figures["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(figures))
"""

ROLE_CHILD = """
import json, sys, time
from pathlib import Path
from app.main import create_application
app = create_application()
from PySide6.QtCore import QSettings
from app.context import AppContext
from app.main import open_main_window
from app.main_window import ASSESS_TAB, HISTORY_TAB
from core.framework_files import load_builtin_framework
from db.database import Database
from db.repository import Repository
from db.sample_data import create_sample_data
from tests.bulk_data import add_people_with_history

QSettings().clear()
folder = Path(sys.argv[1])
framework = load_builtin_framework()
database = Database.in_directory(folder)
repository = Repository(database)
sample = create_sample_data(repository, framework)
role = max(framework.roles, key=lambda r: (len(r.skills), r.id))
history, = add_people_with_history(database, framework, role.id, 1, 500, name="History 500 {n}")
window = open_main_window(AppContext(framework, repository, folder))
controller = window.controller
window.tabs.setCurrentIndex(ASSESS_TAB)
controller.select_person(sample.id)
app.processEvents()
switches = []
for _ in range(5):
    controller.select_role("data-analyst")
    app.processEvents()
    t = time.perf_counter()
    controller.select_role(role.id)
    app.processEvents()
    switches.append(time.perf_counter() - t)
assert controller.role_id == role.id and controller.person.id == sample.id
window.tabs.setCurrentIndex(HISTORY_TAB)
loads = []
for _ in range(5):
    controller.select_person(sample.id)
    app.processEvents()
    t = time.perf_counter()
    controller.select_person(history)
    app.processEvents()
    loads.append(time.perf_counter() - t)
print(json.dumps({"role": role.id, "skills": len(role.skills), "switch": sorted(switches),
                  "history500": sorted(loads)}))
"""


ROUND_TRIPS_CHILD = """
import json, sys, tempfile
from pathlib import Path
from app.controllers.team_presenter import compute_team
from core.framework_files import load_builtin_framework
from db.database import Database
from db.repository import Repository
where = sys.argv[1]
if where.startswith("pg:"):
    from db.engines.postgres import PostgresDatabase
    database = PostgresDatabase.connect(where[3:])
else:
    database = Database.in_directory(Path(where))
framework = load_builtin_framework()
role = max(framework.roles, key=lambda r: (len(r.skills), r.id)).id
statements = [0]
plain_reader = database.reader
class Counting:
    def __init__(self, inner):
        self.inner = inner
    def execute(self, sql, parameters=()):
        statements[0] += 1
        return self.inner.execute(sql, parameters)
database.reader = lambda: Counting(plain_reader())
overview, members = compute_team(Repository(database), framework, role)
assert len(members) == 1000, len(members)
print(json.dumps({"team_round_trips": statements[0]}))
"""
"""Statements sent to the database while the Team data of the role is read (the same function
the Team tab runs), counted at the read layer's ``execute``."""


def child(code: str, *args: str) -> dict:
    """Run ``code`` in a fresh interpreter (offscreen Qt); its last stdout line as JSON."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    result = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=1800, check=False,
    )  # fmt: skip
    if result.returncode != 0:
        raise SystemExit(f"benchmark child failed:\n{result.stderr[-3000:]}")
    lines = result.stdout.strip().splitlines()
    return json.loads(lines[-1]) if lines else {}


def dataset(kind: str) -> Path:
    """The cached data folder of ``kind`` (history, team, meetings), built if missing."""
    from core.framework_files import load_builtin_framework
    from db.schema_version import HEAD_REVISION

    framework = load_builtin_framework().version
    folder = CACHE / f"{kind}-v{DATA_VERSION}-schema{HEAD_REVISION}-framework{framework}"
    if not (folder / "complete").exists():
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        started = time.perf_counter()
        sizes = (HISTORY, TEAM_PEOPLE, TEAM_EACH, MEETINGS)
        child(BUILD_CHILD, kind, str(folder), *map(str, sizes))
        (folder / "complete").write_text("")
        print(f"  (built the {kind} data set in {time.perf_counter() - started:.0f} s, cached)")
    return folder


def working_copy(kind: str, into: Path) -> Path:
    """A copy of a cached data set to measure on (measures may write)."""
    target = into / kind
    shutil.copytree(dataset(kind), target, ignore=shutil.ignore_patterns("complete", "backups"))
    return target


def _ms(values: list[float]) -> float:
    return statistics.median(values) * 1000


def _line(what: str, figure: str, target: str, server: str | None = None) -> None:
    if server is None:
        print(f"{what:<52} {figure:>16}   target {target}")
    else:
        print(f"{what:<52} {figure:>16} {server:>16}   target {target}")


def server_url() -> str | None:
    """The PostgreSQL server to measure on, if one is set."""
    return os.environ.get(BENCH_URL) or os.environ.get(TEST_URL) or None


def _url_for(base: str, database: str) -> str:
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    parts = conninfo_to_dict(base)
    parts["dbname"] = database
    return make_conninfo(**parts)


def _admin(base: str, *statements: str) -> None:
    import psycopg

    with psycopg.connect(base, autocommit=True) as connection:
        for statement in statements:
            connection.execute(statement)


def _marked(url: str, marker: str) -> bool:
    """Whether the database at ``url`` exists and holds a complete data set (its marker)."""
    import psycopg

    try:
        with psycopg.connect(url) as connection:
            row = connection.execute(
                "SELECT value FROM app_info WHERE key = 'bench_dataset'"
            ).fetchone()
    except psycopg.Error:
        return False
    return row is not None and row[0] == marker


def server_dataset(kind: str, base: str) -> str:
    """The name of the server database holding the ``kind`` data set, copied there from the
    cached SQLite folder with ``db.transfer`` (built once; a marker row says it is complete)."""
    import hashlib

    from db.database import Database
    from db.engines.postgres import PostgresDatabase
    from db.transfer import copy_people

    folder = dataset(kind)
    marker = folder.name
    name = f"sl_bench_{kind}_{hashlib.sha1(marker.encode()).hexdigest()[:10]}"
    if _marked(_url_for(base, name), marker):
        return name
    _admin(base, f"DROP DATABASE IF EXISTS {name}",
           f"CREATE DATABASE {name} ENCODING 'UTF8' TEMPLATE template0")  # fmt: skip
    started = time.perf_counter()
    source = Database.in_directory(folder)
    target = PostgresDatabase.connect(_url_for(base, name))
    try:
        copy_people(source, target)
        with target.engine.begin() as connection:
            from sqlalchemy import text

            connection.execute(
                text("INSERT INTO app_info (key, value) VALUES ('bench_dataset', :v)"),
                {"v": marker},
            )
    finally:
        source.close()
        target.close()
    _admin(_url_for(base, name), "VACUUM ANALYZE")  # statistics for the planner
    print(f"  (copied the {kind} data set to PostgreSQL in "
          f"{time.perf_counter() - started:.0f} s, cached as database {name})")  # fmt: skip
    return name


def server_figures(kind: str) -> dict | None:
    """The GUI figures of ``kind`` measured on a clone of its server database; None without
    a server."""
    base = server_url()
    if base is None:
        return None
    import uuid

    cached = server_dataset(kind, base)
    work = f"sl_bench_work_{uuid.uuid4().hex[:8]}"
    _admin(base, f"CREATE DATABASE {work} TEMPLATE {cached}")
    try:
        figures = child(GUI_CHILD, kind, "pg:" + _url_for(base, work))
        if kind == "team":
            figures.update(child(ROUND_TRIPS_CHILD, "pg:" + _url_for(base, work)))
        return figures
    finally:
        _admin(base, f"DROP DATABASE IF EXISTS {work} WITH (FORCE)")


def scale(startup_ratio: object) -> None:
    """Measure and print every figure on the large data sets (SQLite, and PostgreSQL beside it
    when a server is set)."""
    print("Large data sets (1 person x 5,000; 1,000 people x 4; 3,000 meetings):")
    base = server_url()
    if base is None:
        print(f"  PostgreSQL not measured: set {BENCH_URL} (or {TEST_URL}) to a server URL, "
              "e.g. `eval \"$(scripts/test-postgres.sh --env)\"`, to print its figures beside "
              "SQLite's.")  # fmt: skip
    else:
        _line("", "SQLite", "", "PostgreSQL")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        history = working_copy("history", folder)
        size = (history / "skill-ladder.sqlite3").stat().st_size / 1e6
        _line("database, 1 person x 5,000 assessments", f"{size:.1f} MB", "< 25 MB")
        figures = child(GUI_CHILD, "history", str(history))
        server = server_figures("history")

        def both(key: str, what: str, target: str, digits: int = 0) -> None:
            pg = None if server is None else f"{_ms(server[key]):.{digits}f} ms"
            _line(what, f"{_ms(figures[key]):.{digits}f} ms", target, pg)

        both("switch", "person switch (Assess tab)", "< 150 ms")
        both("history_open", "History open (switch with History shown)", "< 300 ms")
        both("export", "growth plan export (read + build + PDF)", "< 500 ms")
        _line("GUI peak memory, every tab visited", f"{figures['peak_mb']:.0f} MB", "< 200 MB")
        team = working_copy("team", folder)
        figures = child(GUI_CHILD, "team", str(team))
        figures.update(child(ROUND_TRIPS_CHILD, str(team)))
        server = server_figures("team")
        both("team_refresh", "Team refresh, 1,000 people", "< 150 ms")
        both("repaint", "one repaint of the Team table", "< 16 ms", 1)
        both("team_csv", f"team CSV ({figures['team_csv_rows']:,} rows)", "< 1000 ms")
        _line(
            "round trips for the Team data, 1,000 people",
            f"{figures['team_round_trips']}",
            "a handful, not one per person",
            None if server is None else f"{server['team_round_trips']}",
        )
        _line("GUI peak memory, Team of 1,000", f"{figures['peak_mb']:.0f} MB", "< 200 MB")
        meetings = working_copy("meetings", folder)
        figures = child(GUI_CHILD, "meetings", str(meetings))
        few, many = _ms(figures["add_few"]), _ms(figures["add_many"])
        _line("add a meeting + an action item, 3 meetings", f"{few:.1f} ms", "same at 3,000")
        _line("add a meeting + an action item, 3,000 meetings", f"{many:.1f} ms", f"≈ {few:.1f} ms")  # fmt: skip
        figures = child(ROLE_CHILD, str(folder / "roles"))
        _line(f"switch to the largest role ({figures['role']}, {figures['skills']} skills)", f"{_ms(figures['switch']):.1f} ms", "< 100 ms")  # fmt: skip
        _line("switch to a person with 500 assessments (History)", f"{_ms(figures['history500']):.0f} ms", "< 200 ms")  # fmt: skip
        startup_ratios(startup_ratio, {"history": history, "team": team})


def startup_ratios(startup_ratio: object, folders: dict[str, Path] | None = None) -> None:
    """Start-up to the data shown on the history and team data sets, as ratios to a bare window
    (``folders``: working copies already made; else made here)."""
    if not callable(startup_ratio):
        return
    with tempfile.TemporaryDirectory() as tmp:
        for kind in ("history", "team"):
            folder = (folders or {}).get(kind) or working_copy(kind, Path(tmp))
            ratio = startup_ratio(folder)
            _line(f"start-up to data shown, {kind} data set", f"{ratio:.2f}x bare", "<= 3x")
