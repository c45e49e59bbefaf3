"""The Linux installer: build the .deb with packaging/build.sh, unpack it, run the installed app.

The package is unpacked with ``dpkg-deb -x`` into a temporary root (never installed on the
machine) and ROOT/opt/skill-ladder/skill-ladder is run with a fresh home and data directory:
the same checks as packaging/smoke_test.py runs on Windows and macOS. Set SKILL_LADDER_DEB to
test a package built beforehand (CI builds it in its own step) instead of building one here.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import struct
import subprocess
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parent.parent
NAME = "skill-ladder"
ICON_SIZES = (16, 32, 48, 64, 128, 256)
BUNDLE_CEILING_MB = 200  # aim: under 150
PACKAGE_CEILING_MB = 50  # issue 18: with psycopg, the .deb stays under 50 MB
QT_SYSTEM_PACKAGES = (
    "libxcb-cursor0",
    "libxkbcommon-x11-0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-randr0",
    "libxkbcommon0",
    "libegl1",
    "libgl1",
    "libfontconfig1",
    "libdbus-1-3",
    r"libglib2\.0-0",  # libglib2.0-0t64 on Ubuntu 24.04
)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="builds a Debian package"),
]


def _load_smoke_test() -> ModuleType:
    # packaging/ is not a package (and "packaging" is also a PyPI library): load it by path.
    spec = importlib.util.spec_from_file_location("smoke_test", REPO / "packaging/smoke_test.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


smoke = _load_smoke_test()


def _project() -> dict[str, str]:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def _debian_version(version: str) -> str:
    return re.sub(r"[.-]?(a|b|rc|alpha|beta|dev)(\d*)", r"~\1\2", version)


def _megabytes(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 1e6
    return sum(p.lstat().st_size for p in path.rglob("*") if not p.is_dir()) / 1e6


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .deb: SKILL_LADDER_DEB if given, else built now from this tree by packaging/build.sh.

    A copy is tested, so that another build started meanwhile cannot replace it.
    """
    given = os.environ.get("SKILL_LADDER_DEB")
    if given:
        return Path(given).resolve()
    env = {k: v for k, v in os.environ.items() if k not in {"QT_QPA_PLATFORM", "VIRTUAL_ENV"}}
    done = subprocess.run(
        ["bash", "packaging/build.sh"],
        cwd=REPO,
        capture_output=True,
        text=True,
        env=env,
        timeout=900,
        check=False,
    )
    print(done.stdout[-2000:])
    assert done.returncode == 0, f"build failed:\n{done.stdout[-4000:]}\n{done.stderr[-4000:]}"
    arch = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    built = REPO / "dist" / f"{NAME}_{_debian_version(_project()['version'])}_{arch}.deb"
    copy = tmp_path_factory.mktemp("package") / built.name
    shutil.copyfile(built, copy)
    return copy


@pytest.fixture(scope="module")
def root(package: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The package unpacked into a temporary root, as dpkg would install it."""
    directory = tmp_path_factory.mktemp("root")
    subprocess.run(["dpkg-deb", "-x", str(package), str(directory)], check=True)
    return directory


def _control(package: Path) -> dict[str, str]:
    text = subprocess.run(
        ["dpkg-deb", "-f", str(package)], capture_output=True, text=True, check=True
    ).stdout
    fields, key = {}, ""
    for line in text.splitlines():
        if line.startswith(" ") and key:
            fields[key] += "\n" + line
        else:
            key, _, value = line.partition(":")
            fields[key] = value.strip()
    return fields


def test_control_file(package: Path, root: Path) -> None:
    control = _control(package)
    arch = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert control["Package"] == NAME
    assert control["Version"] == _debian_version(_project()["version"])
    assert control["Architecture"] == arch
    assert control["Maintainer"] and control["Description"]
    installed_kb = int(control["Installed-Size"])
    assert abs(installed_kb * 1.024 / 1000 - _megabytes(root)) < 0.1 * _megabytes(root)
    depends = [item.strip() for item in control["Depends"].split(",")]
    for required in QT_SYSTEM_PACKAGES:
        assert any(re.match(rf"{required}(t64)?( |$)", item) for item in depends), (
            f"Depends lacks {required}: {control['Depends']}"
        )
    assert any(item.startswith("libc6 (>=") for item in depends), "no minimum glibc version"


def test_layout(root: Path) -> None:
    program = root / "opt" / NAME / NAME
    assert program.is_file() and os.access(program, os.X_OK)
    link = root / "usr" / "bin" / NAME
    assert link.is_symlink() and os.readlink(link) == f"/opt/{NAME}/{NAME}"
    assert (root / "usr/share/doc" / NAME / "copyright").is_file()
    internal = root / "opt" / NAME / "_internal"
    migrations = sorted(p.name for p in (internal / "db/migrations/versions").glob("*.py"))
    assert "env.py" in {p.name for p in (internal / "db/migrations").iterdir()}
    assert migrations == sorted(p.name for p in (REPO / "db/migrations/versions").glob("*.py")), (
        "every migration script is shipped as a .py file"
    )
    assert not list(root.rglob("__pycache__"))
    # No Qt parts the app does not use.
    qt = internal / "PySide6" / "Qt"
    assert not (qt / "qml").exists()
    # Qt's own catalogue only for the languages the app speaks (standard buttons in Chinese),
    # next to ours.
    assert {p.name for p in (qt / "translations").iterdir()} <= {"qtbase_zh_CN.qm", "qtbase_en.qm"}
    assert (qt / "translations" / "qtbase_zh_CN.qm").is_file()
    ours = internal / "resources" / "translations"
    assert {"skill_ladder_zh_CN.qm", "skill_ladder_en.qm"} <= {p.name for p in ours.iterdir()}
    platforms = {p.name for p in (qt / "plugins" / "platforms").iterdir()}
    assert platforms == {"libqxcb.so", "libqoffscreen.so", "libqminimal.so"}
    assert not list(internal.rglob("libQt6Quick*")) and not list(internal.rglob("libQt6Qml*"))


def test_desktop_entry_and_icons(root: Path) -> None:
    desktop = root / "usr/share/applications" / f"{NAME}.desktop"
    validator = shutil.which("desktop-file-validate")
    if validator:  # build.sh installs it; the check is also done there
        done = subprocess.run([validator, str(desktop)], capture_output=True, text=True)
        assert done.returncode == 0, done.stdout + done.stderr
    entry = dict(line.split("=", 1) for line in desktop.read_text().splitlines() if "=" in line)
    assert entry["Exec"].split()[0] == NAME and entry["Icon"] == NAME
    hicolor = root / "usr/share/icons/hicolor"
    for size in ICON_SIZES:
        png = hicolor / f"{size}x{size}" / "apps" / f"{NAME}.png"
        header = png.read_bytes()[:24]
        assert header[:8] == b"\x89PNG\r\n\x1a\n", png
        assert struct.unpack(">II", header[16:24]) == (size, size), png
    assert (hicolor / "scalable/apps" / f"{NAME}.svg").read_text().lstrip().startswith("<?xml")


def test_maintainer_scripts(package: Path, tmp_path: Path) -> None:
    subprocess.run(["dpkg-deb", "-e", str(package), str(tmp_path / "DEBIAN")], check=True)
    for script in ("postinst", "postrm"):
        path = tmp_path / "DEBIAN" / script
        assert os.access(path, os.X_OK), f"{script} is not executable"
        subprocess.run(["sh", "-n", str(path)], check=True)
    assert "rm -rf /opt/skill-ladder" in (tmp_path / "DEBIAN/postrm").read_text()


def test_sizes(package: Path, root: Path) -> None:
    bundle_mb = _megabytes(root / "opt" / NAME)
    package_mb = _megabytes(package)
    print(f"\nbundle {bundle_mb:.1f} MB (aim < 150), package {package_mb:.1f} MB (aim < 50)")
    assert bundle_mb < BUNDLE_CEILING_MB
    assert package_mb < PACKAGE_CEILING_MB


def test_installed_program_runs(root: Path, tmp_path: Path) -> None:
    """--version, roles, demo + export-pdf, and the desktop app creating its database."""
    timings = smoke.run_all(
        root / "opt" / NAME / NAME,
        tmp_path,
        version=smoke.project_version(),
        revision=smoke.head_revision(),
    )
    assert set(timings) == {"version", "roles", "growth plan", "desktop app"}


def test_installed_program_uses_a_team_database(root: Path, tmp_path: Path) -> None:
    """The bundle's psycopg finds the system's libpq: the installed program writes to and reads
    from a PostgreSQL team database, and leaves no local data file."""
    from tests.storage_engines import drop_server_database, new_server_database, url_for

    name = new_server_database()
    try:
        env = smoke.clean_env(tmp_path / "home")
        program = root / "opt" / NAME / NAME
        data_dir = tmp_path / "data"
        url = url_for(name)
        smoke.run(program, "--database-url", url, "--data-dir", str(data_dir), "demo", env=env)
        listed = smoke.run(
            program, "--database-url", url, "--data-dir", str(data_dir), "people", "--json",
            env=env,
        )  # fmt: skip
        assert "Alex Rivera" in listed.stdout
        assert not list(data_dir.rglob("*.sqlite3"))
    finally:
        drop_server_database(name)
