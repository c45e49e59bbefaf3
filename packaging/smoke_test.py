"""Smoke test of an installed Skill Ladder: the checks every installer is held to.

Runs the installed program, never the source tree, with a fresh home and data directory:
``--version`` prints the pyproject version; ``roles`` lists the built-in roles (the bundled
framework); ``demo`` then ``export-pdf`` writes a growth plan that pypdf reads (the bundled
fonts); the desktop app, started offscreen on an empty data directory, creates its database
through the bundled Alembic migrations and hands over to a second launch (QtNetwork), then is
terminated. A bundle missing any resource it reads at run time fails one of these.

    python packaging/smoke_test.py PROGRAM          # e.g. "C:/.../skill-ladder.exe"

tests/test_package.py imports these functions, so Linux, Windows and macOS run the same checks.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATABASE_FILE = "skill-ladder.sqlite3"
LOG_FILE = "skill-ladder.log"
SAMPLE_PERSON = "Sample: Alex Rivera"
SAMPLE_ROLE = "mlops-engineer"


class SmokeTestError(AssertionError):
    """A check failed; the message says which and shows the program's output."""


def project_version() -> str:
    """The version in pyproject.toml, the one the installed program must report."""
    with (REPO / "pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def head_revision() -> str:
    """The newest migration the source tree ships (db.schema_version.HEAD_REVISION)."""
    sys.path.insert(0, str(REPO))
    try:
        from db.schema_version import HEAD_REVISION
    finally:
        sys.path.remove(str(REPO))
    return HEAD_REVISION


def clean_env(home: Path) -> dict[str, str]:
    """The environment of a new user: an empty home, no data-dir override, Qt offscreen."""
    home.mkdir(parents=True, exist_ok=True)
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("SKILL_LADDER_", "PYTHON", "XDG_", "QT_"))
        and key not in {"VIRTUAL_ENV", "LD_LIBRARY_PATH", "DYLD_LIBRARY_PATH"}
    }
    env |= {"HOME": str(home), "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    if sys.platform == "win32":
        env |= {
            "USERPROFILE": str(home),
            "APPDATA": str(home / "AppData" / "Roaming"),
            "LOCALAPPDATA": str(home / "AppData" / "Local"),
        }
    return env


def run(
    program: Path, *args: str, env: dict[str, str], timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run the installed program; raise with its output if it fails."""
    done = subprocess.run(
        [str(program), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        env=env,
        timeout=timeout,
        check=False,
    )
    if done.returncode != 0:
        raise SmokeTestError(
            f"{program.name} {' '.join(args)} exited with {done.returncode}\n"
            f"stdout:\n{done.stdout}\nstderr:\n{done.stderr}"
        )
    return done


def check_version(program: Path, env: dict[str, str], expected: str) -> None:
    """``--version`` prints the pyproject version (the bundled distribution metadata)."""
    output = run(program, "--version", env=env).stdout.strip()
    if output != f"skill-ladder {expected}":
        raise SmokeTestError(f"--version printed {output!r}, expected 'skill-ladder {expected}'")


def check_roles(program: Path, env: dict[str, str], data_dir: Path) -> None:
    """``roles`` lists the built-in framework's roles (the bundled YAML)."""
    output = run(program, "roles", "--data-dir", str(data_dir), env=env).stdout
    if SAMPLE_ROLE not in output or "roles" not in output.splitlines()[0]:
        raise SmokeTestError(f"roles did not list {SAMPLE_ROLE}:\n{output}")


def check_growth_plan(program: Path, env: dict[str, str], data_dir: Path, out: Path) -> None:
    """``demo`` then ``export-pdf`` writes a readable growth plan (migrations, fonts, ReportLab)."""
    run(program, "demo", "--data-dir", str(data_dir), env=env)
    run(
        program,
        "export-pdf",
        "--data-dir",
        str(data_dir),
        "--person",
        SAMPLE_PERSON,
        "--role",
        SAMPLE_ROLE,
        "--out",
        str(out),
        env=env,
    )
    from pypdf import PdfReader

    reader = PdfReader(out)
    text = "\n".join(page.extract_text() for page in reader.pages)
    for expected in ("Growth plan", "page 1 of"):
        if expected not in text:
            raise SmokeTestError(f"{out} does not contain {expected!r}")
    fonts = {
        str(font.get_object().get("/BaseFont"))
        for page in reader.pages
        for font in page["/Resources"].get_object().get("/Font", {}).values()
    }
    if not any("DejaVuSans" in font for font in fonts):  # resources/fonts, embedded
        raise SmokeTestError(f"{out} does not embed the bundled fonts: {sorted(fonts)}")


def stored_revision(database: Path) -> str | None:
    """The database's Alembic revision, None while it is not there yet."""
    if not database.exists():
        return None
    try:
        connection = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True, timeout=1)
    except sqlite3.Error:
        return None
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None  # still being created
    finally:
        connection.close()
    return None if row is None else str(row[0])


def check_desktop_app(
    program: Path, env: dict[str, str], data_dir: Path, revision: str, timeout: float = 60
) -> float:
    """Start the GUI on an empty data directory; return the seconds until its database is ready.

    The app must create ``skill-ladder.sqlite3`` at ``revision`` through the bundled migrations
    and answer a second launch (which hands over and exits); then it is terminated (SIGTERM; the
    app has no quit option) and its log must hold no error.
    """
    database = data_dir / DATABASE_FILE
    started = time.perf_counter()
    gui = subprocess.Popen(
        [str(program), "--data-dir", str(data_dir)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        encoding="utf-8",
        errors="replace",
    )
    try:
        while stored_revision(database) != revision:
            if gui.poll() is not None:
                raise SmokeTestError(
                    f"the desktop app exited with {gui.returncode} before its database was "
                    f"ready:\n{gui.stdout.read() if gui.stdout else ''}"
                )
            if time.perf_counter() - started > timeout:
                raise SmokeTestError(
                    f"no database at revision {revision} after {timeout} s "
                    f"(found {stored_revision(database)!r})"
                )
            time.sleep(0.05)
        ready = time.perf_counter() - started
        second = run(program, "--data-dir", str(data_dir), env=env, timeout=60)
        if "already running" not in second.stdout:
            raise SmokeTestError(f"a second launch did not hand over:\n{second.stdout}")
        if gui.poll() is not None:
            raise SmokeTestError(f"the desktop app exited with {gui.returncode} on its own")
    finally:
        if gui.poll() is None:
            gui.terminate()  # SIGTERM; TerminateProcess on Windows
        output, _ = gui.communicate(timeout=30)
    problems = [
        line
        for line in output.splitlines()
        if "Traceback" in line or "Could not load the Qt platform plugin" in line
    ]
    log = (data_dir / LOG_FILE).read_text(encoding="utf-8")
    problems += [line for line in log.splitlines() if "Traceback" in line or " ERROR " in line]
    if problems:
        raise SmokeTestError("the desktop app reported problems:\n" + "\n".join(problems))
    return ready


def run_all(program: Path, work: Path, *, version: str, revision: str) -> dict[str, float]:
    """Every check, in a fresh home under ``work``; return how long each took (seconds)."""
    env = clean_env(work / "home")
    timings = {}
    for name, check in (
        ("version", lambda: check_version(program, env, version)),
        ("roles", lambda: check_roles(program, env, work / "data-cli")),
        (
            "growth plan",
            lambda: check_growth_plan(program, env, work / "data-cli", work / "plan.pdf"),
        ),
        ("desktop app", lambda: check_desktop_app(program, env, work / "data-gui", revision)),
    ):
        started = time.perf_counter()
        check()
        timings[name] = time.perf_counter() - started
        print(f"ok  {name:<12} {timings[name]:6.2f} s")
    return timings


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: smoke-test the installed program given as the argument."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("program", type=Path, help="the installed skill-ladder executable")
    parser.add_argument("--version", default=None, help="expected version (default: pyproject)")
    parser.add_argument("--revision", default=None, help="expected schema revision")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="skill-ladder-smoke-") as work:
        try:
            run_all(
                args.program.resolve(),
                Path(work),
                version=args.version or project_version(),
                revision=args.revision or head_revision(),
            )
        except SmokeTestError as error:
            print(f"FAIL {error}", file=sys.stderr)
            return 1
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
