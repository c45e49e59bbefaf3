"""Guard against a Qt binding that corrupts Python's reference counts (PySide6 6.12.0 on 3.11)."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
from PySide6.QtGui import QColor
colour = QColor(1, 2, 3)
before = sys.getrefcount(None)
for _ in range(50_000):
    colour.setAlpha(5)
print(sys.getrefcount(None) - before)
"""


def test_void_calls_keep_none_alive() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert abs(int(result.stdout.strip())) < 100
