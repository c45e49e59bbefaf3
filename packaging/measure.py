"""Start-up of the installed program next to the source run's, and the installer's sizes.

For each program: the time to finish ``--version`` and ``roles``, and the time from starting the
desktop app (offscreen, on an empty data directory) until its database file appears. "cold" is
the first run, "warm" the median of the next ``--runs``. The installed program is the one in
the .deb (unpacked into a temporary root) unless ``--program`` names one.

    .venv/bin/python packaging/measure.py [--package dist/skill-ladder_X_amd64.deb]

scripts/bench.py can call :func:`measure` (load this file by path: ``packaging`` is also the
name of a PyPI library) and print :func:`format_report`.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parent.parent
SOURCE_PROGRAM = REPO / ".venv" / "bin" / "skill-ladder"


def _smoke_test() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "skill_ladder_smoke_test", Path(__file__).with_name("smoke_test.py")
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


smoke = _smoke_test()


def _timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def _gui_until_database(program: Path, env: dict[str, str], data_dir: Path) -> float:
    """Seconds from starting the desktop app until its database file appears; then stop it."""
    database = data_dir / smoke.DATABASE_FILE
    started = time.perf_counter()
    gui = subprocess.Popen(
        [str(program), "--data-dir", str(data_dir)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        while not database.exists():
            if gui.poll() is not None:
                raise smoke.SmokeTestError(f"{program} exited with {gui.returncode}")
            if time.perf_counter() - started > 60:
                raise smoke.SmokeTestError(f"{program}: no database after 60 s")
            time.sleep(0.005)
        return time.perf_counter() - started
    finally:
        gui.terminate()
        gui.wait(timeout=30)


def measure_program(program: Path, work: Path, runs: int = 3) -> dict[str, dict[str, float]]:
    """{"--version"|"roles"|"GUI database": {"cold": s, "warm": s}} for one program."""
    env = smoke.clean_env(work / "home")
    data = work / "data"
    counter = iter(range(1_000_000))
    actions: dict[str, Callable[[], float]] = {
        "--version": lambda: _timed(lambda: smoke.run(program, "--version", env=env)),
        "roles": lambda: _timed(
            lambda: smoke.run(program, "roles", "--data-dir", str(data), env=env)
        ),
        "GUI database": lambda: _gui_until_database(program, env, work / f"gui-{next(counter)}"),
    }
    results = {}
    for name, action in actions.items():
        times = [action() for _ in range(1 + runs)]
        results[name] = {"cold": times[0], "warm": statistics.median(times[1:])}
    return results


def _megabytes(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 1e6
    return sum(p.lstat().st_size for p in path.rglob("*") if not p.is_dir()) / 1e6


def newest_package() -> Path | None:
    """The most recently built .deb under dist/, if any."""
    packages = sorted((REPO / "dist").glob("skill-ladder_*.deb"), key=lambda p: p.stat().st_mtime)
    return packages[-1] if packages else None


def measure(
    package: Path | None = None,
    program: Path | None = None,
    source: Path = SOURCE_PROGRAM,
    runs: int = 3,
) -> dict[str, object]:
    """Measure the installed program (``program``, or the one in ``package``) and the source run.

    Returns {"installed": {...}, "source": {...}, "bundle_mb": float, "package_mb": float | None}.
    """
    with tempfile.TemporaryDirectory(prefix="skill-ladder-measure-") as temporary:
        work = Path(temporary)
        if program is None:
            package = package or newest_package()
            if package is None:
                raise SystemExit("no package: run packaging/build.sh or pass --program")
            subprocess.run(["dpkg-deb", "-x", str(package), str(work / "root")], check=True)
            program = work / "root" / "opt" / "skill-ladder" / "skill-ladder"
        return {
            "installed": measure_program(program, work / "installed", runs),
            "source": measure_program(source, work / "source", runs),
            "bundle_mb": _megabytes(program.parent),
            "package_mb": _megabytes(package) if package else None,
        }


def format_report(results: dict[str, object]) -> str:
    """The figures as a small table."""
    installed, source = results["installed"], results["source"]
    assert isinstance(installed, dict) and isinstance(source, dict)
    lines = [
        f"{'start-up (s)':<16}{'installed cold':>16}{'warm':>8}{'source cold':>14}{'warm':>8}",
    ]
    for name in installed:
        lines.append(
            f"{name:<16}{installed[name]['cold']:>16.3f}{installed[name]['warm']:>8.3f}"
            f"{source[name]['cold']:>14.3f}{source[name]['warm']:>8.3f}"
        )
    lines.append(f"bundle  {results['bundle_mb']:.1f} MB")
    if results["package_mb"] is not None:
        lines.append(f"package {results['package_mb']:.1f} MB")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: print the report."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--package", type=Path, help="the .deb (default: newest in dist/)")
    parser.add_argument("--program", type=Path, help="an installed executable instead")
    parser.add_argument("--source", type=Path, default=SOURCE_PROGRAM, help="the source run")
    parser.add_argument("--runs", type=int, default=3, help="warm runs (median)")
    args = parser.parse_args(argv)
    print(format_report(measure(args.package, args.program, args.source, args.runs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
