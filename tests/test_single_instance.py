"""Only one instance writes to a data folder; a second launch hands over; crashes leave no block."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from app.single_instance import LOCK_FILE, SingleInstance
from tests.cli_runner import SCRIPT

ROOT = Path(__file__).resolve().parent.parent

CRASHING_OWNER = """
import os, signal, sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from app.single_instance import SingleInstance
app = QCoreApplication([])
instance = SingleInstance(Path(sys.argv[1]))
assert instance.acquire()
instance.listen()
print("locked", flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_second_instance_is_refused_and_hands_over(qtbot, tmp_path: Path) -> None:
    first = SingleInstance(tmp_path)
    assert first.acquire()
    first.listen()
    second = SingleInstance(tmp_path)
    assert not second.acquire()
    with qtbot.waitSignal(first.activation_requested, timeout=5000):
        assert second.hand_over()
    first.release()
    third = SingleInstance(tmp_path)
    assert third.acquire()  # released properly: the next one gets it
    third.release()


def test_lock_of_a_crashed_instance_does_not_block(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", CRASHING_OWNER, str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert "locked" in result.stdout and result.returncode < 0  # killed, no clean-up ran
    assert (tmp_path / LOCK_FILE).exists()
    instance = SingleInstance(tmp_path)
    assert instance.acquire()
    instance.release()


def test_second_launch_of_the_app_exits_and_the_first_keeps_running(tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    first = subprocess.Popen(
        [str(SCRIPT), "--data-dir", str(data)], env=env,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while not (data / "skill-ladder.sqlite3").exists():
            assert first.poll() is None, first.communicate()
            assert time.monotonic() < deadline, "the first instance did not open its data"
            time.sleep(0.1)
        second = subprocess.run(
            [str(SCRIPT), "--data-dir", str(data)], env=env, capture_output=True, text=True,
            timeout=60,
        )  # fmt: skip
        assert second.returncode == 0, second.stderr
        assert "already running" in second.stdout
        assert first.poll() is None
    finally:
        first.terminate()
        first.wait(timeout=30)
