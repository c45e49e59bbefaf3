"""db, reports, the domain core and the CLI import and run without PySide6."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# PySide6 is made unimportable: any import of it, direct or indirect, raises ImportError.
PROBE = """
import importlib, pkgutil, sys
sys.modules["PySide6"] = None
sys.modules["shiboken6"] = None
for package in ("core", "db", "reports", "cli"):
    module = importlib.import_module(package)
    for info in pkgutil.walk_packages(module.__path__, package + "."):
        if ".migrations" in info.name:
            continue
        importlib.import_module(info.name)
from cli.main import main
sys.exit(main(["roles", "--json"]))
"""


def test_headless_packages_import_without_pyside6() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert '"id": "mlops-engineer"' in result.stdout
