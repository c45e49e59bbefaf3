"""Shared fixtures. Qt runs offscreen; every test gets its own data directory."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Parsed copies of the built-in framework go to a throw-away folder, not the user's cache.
os.environ.setdefault("SKILL_LADDER_CACHE_DIR", tempfile.mkdtemp(prefix="skill-ladder-cache-"))


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, empty data directory, also exported as SKILL_LADDER_DATA_DIR."""
    directory = tmp_path / "data"
    directory.mkdir()
    monkeypatch.setenv("SKILL_LADDER_DATA_DIR", str(directory))
    return directory


@pytest.fixture
def qt_settings(tmp_path: Path, qapp: object) -> Path:
    """QSettings stored as an INI file under the test's temporary directory."""
    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName("Skill Ladder Tests")
    QCoreApplication.setApplicationName("Skill Ladder Tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    directory = tmp_path / "settings"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(directory))
    return directory


@pytest.fixture(autouse=True)
def _english_interface(request: pytest.FixtureRequest) -> Iterator[None]:
    """Every GUI test starts with the English catalogue installed, as the app does at start
    (so English plurals read "1 skill", "2 skills"), whatever ran before it; a test that wants
    another language installs it in its own fixture, which runs after this one."""
    if not {"qtbot", "qapp"} & set(request.fixturenames):
        yield
        return
    request.getfixturevalue("qapp")
    from PySide6.QtCore import QLocale

    from app.i18n import install_translation
    from core import i18n

    default_locale = QLocale()
    install_translation(i18n.ENGLISH)
    yield
    install_translation(i18n.ENGLISH)
    QLocale.setDefault(default_locale)
    i18n.set_language(None)


@pytest.fixture(autouse=True)
def _no_worker_outlives_its_test() -> Iterator[None]:
    """Wait for background jobs (exports, backups, imports) before the next test starts."""
    yield
    from PySide6.QtCore import QThreadPool

    if "PySide6.QtWidgets" in sys.modules:  # only tests that used Qt can have started jobs
        assert QThreadPool.globalInstance().waitForDone(30_000), "a background job hung"


@pytest.fixture(params=["sqlite", "postgresql"])
def storage(request: pytest.FixtureRequest, data_dir: Path) -> Iterator[object]:
    """The test's database on each engine in turn (see tests/storage_engines.py)."""
    from tests.storage_engines import storage_for

    yield from storage_for(request.param, data_dir)


@pytest.fixture
def server_storage(data_dir: Path) -> Iterator[object]:
    """A database of the test's own on the PostgreSQL test server."""
    from tests.storage_engines import storage_for

    yield from storage_for("postgresql", data_dir)


@pytest.fixture
def team_url() -> Iterator[str]:
    """A fresh team database (at the head schema) on the test server; dropped afterwards."""
    from tests.storage_engines import drop_server_database, new_server_database, url_for

    name = new_server_database()
    try:
        yield url_for(name)
    finally:
        drop_server_database(name)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Drop the PostgreSQL template database the storage tests cloned, if one was made."""
    if "tests.storage_engines" in sys.modules:
        sys.modules["tests.storage_engines"].pytest_sessionfinish_drop_template()
