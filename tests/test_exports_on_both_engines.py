"""Exports read through the same layer on both engines: the growth plan and agenda PDFs and the
history CSV come out the same from the SQLite file and from a PostgreSQL team database."""

from __future__ import annotations

from datetime import UTC, date, datetime
from io import BytesIO
from pathlib import Path

from pypdf import PdfReader

from core.agenda import build_agenda
from core.csv_files import read_csv, write_csv
from core.framework_files import load_builtin_framework
from core.plan import build_plan
from db.agenda_inputs import agenda_input
from db.history_csv import HEADER, history_rows
from db.plan_inputs import plan_input
from db.repository import Repository
from db.sample_data import create_sample_data
from reports.agenda import render_agenda
from reports.growth_plan import render_growth_plan
from tests.storage_engines import Storage

FRAMEWORK = load_builtin_framework()
TODAY = date(2026, 12, 2)
NOW = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)


def _text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(data)).pages)


def _exports(repository: Repository, out: Path) -> tuple[str, str, list[list[str]]]:
    (person,) = repository.people()
    summaries = repository.summaries(person.id)
    latest = max((a for a in summaries if a.is_completed), key=lambda a: a.date)
    plan = render_growth_plan(build_plan(plan_input(repository, FRAMEWORK, latest.id, TODAY)))
    agenda = render_agenda(build_agenda(agenda_input(repository, FRAMEWORK, person.id, TODAY)))
    rows = write_csv(out, HEADER, history_rows(repository, FRAMEWORK, [person.id]))
    assert rows > 0
    return _text(plan), _text(agenda), read_csv(out)


def test_plan_agenda_and_csv_are_the_same_on_both_engines(tmp_path: Path, storage: Storage) -> None:
    from db.database import Database

    local = Repository(Database.in_directory(tmp_path / "local"))
    create_sample_data(local, FRAMEWORK, now=NOW)
    other = Repository(storage.open())
    create_sample_data(other, FRAMEWORK, now=NOW)
    expected = _exports(local, tmp_path / "local.csv")
    plan, agenda, csv_rows = _exports(other, tmp_path / "other.csv")
    assert "Alex Rivera" in plan and "Alex Rivera" in agenda
    assert (plan, agenda, csv_rows) == expected
    local.database.close()
