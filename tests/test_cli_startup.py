"""``--version`` and ``--help`` answer without importing the command modules (or what they
import: the database layer, YAML, ReportLab); a command imports its own module when it runs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PROBE = """
import json, sys
from cli.main import main
try:
    code = main(sys.argv[1:])
except SystemExit as exit:
    code = exit.code or 0
heavy = sorted(m for m in sys.modules if m.endswith("_commands") or m.split(".")[0] in
               ("sqlalchemy", "yaml", "reportlab", "PySide6") or m in ("db.opening", "db.repository"))
print(json.dumps({"code": code, "heavy": heavy}), file=sys.stderr)
"""


def _run(*args: str) -> tuple[dict, str]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *args], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    return json.loads(result.stderr.strip().splitlines()[-1]), result.stdout


@pytest.mark.parametrize("option", ["--version", "--help"])
def test_version_and_help_import_no_command_module(option: str) -> None:
    figures, output = _run(option)
    assert figures == {"code": 0, "heavy": []}
    assert "skill-ladder" in output


def test_a_command_imports_its_own_module(tmp_path: Path) -> None:
    figures, output = _run("--data-dir", str(tmp_path), "roles", "--json")
    assert figures["code"] == 0 and "cli.framework_commands" in figures["heavy"]
    assert "cli.team_commands" not in figures["heavy"]
    assert '"id": "mlops-engineer"' in output
