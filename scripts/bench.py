"""Benchmarks: start-up, the large data sets of issue 17, exports, imports (``make bench``).

Not a test: figures vary by machine, so they are printed (as ratios where possible) rather
than asserted. Targets from the project's issues are printed next to each figure.
"""

from __future__ import annotations

import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import bench_scale  # noqa: E402

RUNS = 5

BARE_CHILD = """
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("bare"))
window.resize(1280, 720)
window.show()
app.processEvents()
print(json.dumps({"painted": time.time()}))
"""

APP_CHILD = """
import sys, time, json
from pathlib import Path
from app.main import attach_data, create_application, show_main_window
app = create_application()
window = show_main_window()
app.processEvents()
painted = time.time()
from db.opening import open_checked, start_quick_check
data_dir = Path(sys.argv[1])
early = start_quick_check(data_dir)  # as the app does: the check runs while the framework is read
from app.context import AppContext
from core.framework_files import load_builtin_framework
framework = load_builtin_framework()
from db.repository import Repository
repository = Repository(open_checked(data_dir, early=early))
attach_data(window, AppContext(framework, repository, data_dir))
app.processEvents()
usable = time.time()
assert window.controller.person is not None and window.controller.assessment is not None
modules = sorted(m for m in ("reportlab", "alembic", "sqlalchemy") if m in sys.modules)
repository.prepare_writes()  # what the app does in idle time after the first screen
editable = time.time()
print(json.dumps({"painted": painted, "usable": usable, "editable": editable, "modules": modules}))
"""

EXPORT_CHILD = """
import json, sys, tempfile, time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
t0 = time.perf_counter()
from core.plan import build_plan, PlanInput
from reports.growth_plan import render_growth_plan
import_s = time.perf_counter() - t0
from core.assessment import AssessmentInfo, PersonInfo, SkillRating
from core.framework_files import load_builtin_framework, load_framework
from core.goals import Goal, GoalStatus
from db.database import Database
from db.plan_inputs import plan_input, pick_assessment
from db.repository import Repository
from db.sample_data import SAMPLE_ROLE, create_sample_data
from tests.framework_factory import framework_data, write_yaml

def timed(make_input, runs=3):
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        pdf = render_growth_plan(build_plan(make_input()))
        times.append(time.perf_counter() - t)
    return times, len(pdf)

data_dir = Path(sys.argv[1])
framework = load_builtin_framework()
repository = Repository(Database.in_directory(data_dir))
person = create_sample_data(repository, framework)
latest = pick_assessment(repository, person.id, SAMPLE_ROLE, "latest")
first_t = time.perf_counter()
render_growth_plan(build_plan(plan_input(repository, framework, latest.id, date.today())))
first = time.perf_counter() - first_t
builtin, builtin_size = timed(lambda: plan_input(repository, framework, latest.id, date.today()))

def synthetic(count):
    fw = load_framework(write_yaml(Path(tempfile.mkdtemp()) / "fw.yaml", framework_data(5, count, 1)))
    role = fw.roles[0]
    now = datetime(2026, 1, 1, tzinfo=UTC)
    ratings = {s: SkillRating(s, fw.levels[i % 2].id, True, f"Evidence for skill {i}: shipped it.")
               for i, s in enumerate(role.skill_ids)}
    goals = [Goal(i, 1, s, f"Practise skill {i} on a real project", GoalStatus.PLANNED,
                  date(2026, 6, 1), None, now) for i, s in enumerate(role.skill_ids)]
    current = AssessmentInfo(2, 1, role.id, fw.id, fw.version, "lead", "completed", now, now, ratings)
    previous = AssessmentInfo(1, 1, role.id, fw.id, fw.version, "lead", "completed",
                              now - timedelta(days=90), now - timedelta(days=90), {})
    plan = PlanInput(fw, PersonInfo(1, "Bench Person"), current, previous, goals, date(2026, 2, 1))
    return timed(lambda: plan)

sizes = {}
for count in (50, 100, 200):
    times, size = synthetic(count)
    sizes[count] = {"times": times, "bytes": size}
print(json.dumps({"import": import_s, "first": first, "builtin": builtin, "builtin_bytes": builtin_size,
                  "skills": len(framework.role(SAMPLE_ROLE).skills), "synthetic": sizes}))
"""


BYTECODE = ROOT / ".bench-cache" / "bytecode"
"""Where the children keep compiled modules (as any installed Python program has them)."""


def _child(code: str, *args: str, bytecode: bool = True) -> tuple[float, dict]:
    """Run ``code`` in a fresh interpreter; its start time and its last line (JSON).

    With ``bytecode`` (the default) compiled modules are cached under ``.bench-cache/bytecode``
    even where the shell sets PYTHONDONTWRITEBYTECODE: an installed program (the package, a
    pip install) never compiles its modules at start, and the bare window's PySide6 is
    precompiled too. Without it every project module is compiled at every start."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    if bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(BYTECODE)
    else:  # as a shell with PYTHONDONTWRITEBYTECODE runs it from the source folder
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        env.pop("PYTHONPYCACHEPREFIX", None)
    started = time.time()
    result = subprocess.run(
        [sys.executable, "-c", "import json\n" + code, *args],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=600, check=False,
    )  # fmt: skip
    if result.returncode != 0:
        raise SystemExit(f"benchmark child failed:\n{result.stderr[-2000:]}")
    return started, json.loads(result.stdout.strip().splitlines()[-1])


def _median(values: list[float]) -> float:
    return statistics.median(values)


def _startup_runs(
    data_dir: Path, runs: int = RUNS, *, bytecode: bool = True
) -> tuple[list[float], ...]:
    """Bare window, app first paint, data shown and editable, per run (seconds)."""
    bare, painted, usable, editable = [], [], [], []
    if bytecode:
        _child(APP_CHILD, str(data_dir))  # compiles what is not compiled yet; not timed
    for _ in range(runs):
        started, figures = _child(BARE_CHILD, bytecode=bytecode)
        bare.append(figures["painted"] - started)
        started, figures = _child(APP_CHILD, str(data_dir), bytecode=bytecode)
        painted.append(figures["painted"] - started)
        usable.append(figures["usable"] - started)
        editable.append(figures["editable"] - started)
    return bare, painted, usable, editable


def startup_ratio(data_dir: Path) -> float:
    """Start-up to the person's data shown, as a multiple of a bare PySide6 window."""
    bare, _painted, usable, _editable = _startup_runs(data_dir)
    return _median(usable) / _median(bare)


def startup() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [sys.executable, "-m", "cli.main", "demo", "--data-dir", tmp],
            cwd=ROOT, check=True, capture_output=True,
        )  # fmt: skip
        bare, painted, usable, editable = _startup_runs(Path(tmp))
        _, figures = _child(APP_CHILD, tmp)
        modules = figures["modules"]
        cold_bare, _, cold_usable, _ = _startup_runs(Path(tmp), bytecode=False)
    b, p, u = _median(bare), _median(painted), _median(usable)
    print(f"bare QMainWindow shown:          {b * 1000:7.0f} ms  (median of {RUNS})")
    print(
        f"app first paint:                 {p * 1000:7.0f} ms  = {p / b:4.2f}x bare  (target <= 2x)"
    )
    print(
        f"app usable (person's data shown):{u * 1000:7.0f} ms  = {u / b:4.2f}x bare  (target <= 3x)"
    )
    e = _median(editable)
    print(
        f"SQLAlchemy loaded in idle time:  {e * 1000:7.0f} ms  = {e / b:4.2f}x bare  (first edit)"
    )
    print(f"heavy modules loaded at start-up: {', '.join(modules) or 'none'} (target: none)")
    c = _median(cold_usable)
    print(
        f"data shown, no cached bytecode:  {c * 1000:7.0f} ms  = {c / _median(cold_bare):4.2f}x bare"
        "  (every project module compiled at start)"
    )


def cli_startup() -> None:
    """``skill-ladder --version`` and ``--help``, each a fresh process."""
    for option in ("--version", "--help"):
        times = []
        for _ in range(RUNS):
            started = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "cli.main", option], cwd=ROOT, check=True,
                capture_output=True,
            )  # fmt: skip
            times.append(time.perf_counter() - started)
        print(f"skill-ladder {option:<10} {_median(times) * 1000:6.0f} ms (a fresh process)")


def export() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        _, figures = _child(EXPORT_CHILD, tmp)
    builtin = _median(figures["builtin"])
    print(f"PDF export, first in a process (fonts, ReportLab): {figures['first'] * 1000:6.0f} ms "
          f"(+ {figures['import'] * 1000:.0f} ms to import ReportLab)")  # fmt: skip
    print(f"PDF export, built-in role ({figures['skills']} skills, sample data): "
          f"{builtin * 1000:6.0f} ms  (target < 1000 ms)")  # fmt: skip
    synthetic = {int(k): _median(v["times"]) for k, v in figures["synthetic"].items()}
    for count, seconds in sorted(synthetic.items()):
        print(f"PDF export, synthetic framework of {count:3d} skills: {seconds * 1000:6.0f} ms  "
              f"({seconds * 1000 / count:4.1f} ms per skill)")  # fmt: skip
    print(f"growth 100 -> 200 skills: {synthetic[200] / synthetic[100]:4.2f}x  (linear = 2.00x)")


def installed() -> None:
    """The installed program's start-up next to the source run's, bundle and package sizes."""
    # Loaded by path: ``packaging`` is also the name of a library on PyPI.
    spec = importlib.util.spec_from_file_location("measure", ROOT / "packaging" / "measure.py")
    if spec is None or spec.loader is None:
        return
    measure = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(measure)
    if measure.newest_package() is None:
        print("installed program: no package in dist/ (run `make package` first)")
        return
    print(measure.format_report(measure.measure()))


def _synthetic_sheet(path: Path, skills: int = 300, roles: int = 50, levels: int = 8) -> Path:
    """A long-format CSV: generic descriptors for every skill and level, then every role's marks."""
    import csv

    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["skill", "category", "level", "descriptor", "role", "requirement"])
        for s in range(skills):
            for lv in range(levels):
                writer.writerow([f"Skill {s}", f"Area {s % 12}", f"Level {lv + 1}",
                                 f"Does skill {s} at level {lv + 1}.", "", ""])  # fmt: skip
        for r in range(roles):
            for s in range(skills):
                for lv in range(levels):
                    mark = "required" if lv >= s % levels else "optional"
                    writer.writerow([f"Skill {s}", "", f"Level {lv + 1}", "", f"Role {r}", mark])
    return path


def imports() -> None:
    """Import time of the largest shared framework and of a synthetic 300 × 50 × 8 sheet."""
    from core.importers import import_files

    shared = ROOT.parent / "shared" / "frameworks"
    if shared.is_dir():
        largest = max(
            shared.glob("*.*"), key=lambda p: p.stat().st_size if p.suffix != ".txt" else 0
        )
        companions = {"ft-competencies.yml": ["ft-levels.yml"],
                      "direct-DIRECT-framework-all-in-one.json": ["direct-skill_level.json"],
                      "direct-DIRECT-framework-all-in-one.csv": ["direct-skill_level.json"]}  # fmt: skip
        files = [largest, *(shared / n for n in companions.get(largest.name, []))]
        seconds = _median([_time(lambda: import_files(files)) for _ in range(RUNS)])
        print(f"import {largest.name} ({largest.stat().st_size // 1024} kB): "
              f"{seconds * 1000:6.0f} ms  (target < 1 s)")  # fmt: skip
    else:
        print("import of the largest shared framework: ../shared/frameworks is absent")
    with tempfile.TemporaryDirectory() as folder:
        sheet = _synthetic_sheet(Path(folder) / "synthetic.csv")
        seconds = _median([_time(lambda: import_files([sheet])) for _ in range(RUNS)])
        print(f"import synthetic sheet, 300 skills x 50 roles x 8 levels "
              f"({sheet.stat().st_size // 1024} kB): {seconds * 1000:6.0f} ms  (target < 1 s)")  # fmt: skip


def installed_framework_load() -> None:
    """Reading an installed framework from the data next to reading the built-in one (the same
    content under another id, so the two figures compare like with like)."""
    import dataclasses

    from core.framework_files import _cached_builtin_document, builtin_framework_path
    from core.framework_files import load_builtin_framework as builtin_loader
    from core.framework_library import FrameworkLibrary
    from core.framework_schema import build_framework
    from db.database import Database
    from db.repository import Repository

    builtin = builtin_loader()
    path = builtin_framework_path()
    _cached_builtin_document(path)  # the JSON copy exists, as after the first start
    with tempfile.TemporaryDirectory() as folder:
        database = Database.in_directory(Path(folder))
        repository = Repository(database)
        copy = dataclasses.replace(builtin, id="installed-copy", file="")
        FrameworkLibrary(builtin, repository).install(copy)
        builtin_times, installed_times = [], []
        for _ in range(RUNS * 5):  # interleaved: both see the same machine load
            builtin_times.append(_time(lambda: build_framework(_cached_builtin_document(path))))
            installed_times.append(
                _time(lambda: FrameworkLibrary(builtin, repository).get("installed-copy"))
            )
        database.close()
    builtin_time, installed_time = _median(builtin_times), _median(installed_times)
    print(f"load the built-in framework (from its cached copy): {builtin_time * 1000:6.1f} ms")
    print(f"load the same framework installed in the data:     {installed_time * 1000:6.1f} ms  "
          f"= {installed_time / builtin_time:4.2f}x  (target <= 1.2x the built-in)")  # fmt: skip


def framework_exports() -> None:
    """Export time of the built-in framework to each format, and of importing the sheet back."""
    from core.framework_export_files import EXPORT_FORMATS, SUFFIXES, framework_bytes
    from core.framework_files import load_builtin_framework
    from core.importers import import_files

    framework = load_builtin_framework()
    for fmt in EXPORT_FORMATS:
        raw = framework_bytes(framework, fmt)
        seconds = _median(
            [_time(lambda fmt=fmt: framework_bytes(framework, fmt)) for _ in range(RUNS)]
        )
        line = (
            f"export the built-in framework to {fmt:4} ({len(raw) // 1024:3d} kB): "
            f"{seconds * 1000:5.0f} ms"
        )
        if fmt != "yaml":
            with tempfile.TemporaryDirectory() as folder:
                path = Path(folder) / f"ladder{SUFFIXES[fmt]}"
                path.write_bytes(raw)
                back = _median([_time(lambda path=path: import_files([path])) for _ in range(RUNS)])
            line += f", imported back in {back * 1000:4.0f} ms"
        print(line)


def _time(action: object) -> float:
    start = time.perf_counter()
    action()  # type: ignore[operator]
    return time.perf_counter() - start


def main() -> None:
    """Run every benchmark and print the figures."""
    print(f"Python {sys.version.split()[0]} on {os.cpu_count()} cores")
    if "--imports" in sys.argv:
        imports()
        installed_framework_load()
        framework_exports()
        return
    if "--startup" in sys.argv:  # only start-up: sample data, then the large data sets
        startup()
        bench_scale.startup_ratios(startup_ratio)
        return
    if "--scale" in sys.argv:  # only the large data sets
        bench_scale.scale(startup_ratio)
        return
    startup()
    cli_startup()
    imports()
    installed_framework_load()
    framework_exports()
    bench_scale.scale(startup_ratio)
    export()
    installed()


if __name__ == "__main__":
    main()
