"""Two writer processes on the same records (the SQLite file, a PostgreSQL server): both rate the
same new skills of one assessment and edit the same notes, many times. Nothing is lost: every
write lands or is reported (a conflict, or "busy"), no IntegrityError escapes, and each row holds
the last write that landed on it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

from core.framework_files import load_builtin_framework
from db.repository import Repository
from tests.storage_engines import Storage, independent_rows

ROOT = Path(__file__).resolve().parent.parent
FRAMEWORK = load_builtin_framework()
ROLE = "mlops-engineer"
ROUNDS = 12


def _writers(location: str, assessment_id: int) -> list[dict]:
    start = time.time() + 3  # both connected and waiting: they start together
    processes = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.conflict_writer",
                location,
                str(assessment_id),
                name,
                str(ROUNDS),
                str(start),
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        for name in ("a", "b")
    ]
    outcomes: list[dict] = []
    for process in processes:
        out, err = process.communicate(timeout=300)
        assert process.returncode == 0, err  # no IntegrityError (or anything) escaped
        assert "IntegrityError" not in err
        outcomes += json.loads(out)
    return outcomes


def test_two_writer_processes_lose_nothing(storage: Storage) -> None:
    database = storage.open()
    repository = Repository(database)
    person = repository.add_person("Kai")
    draft = repository.start_assessment(person.id, FRAMEWORK, ROLE, "senior")
    location = str(database.path) if database.path is not None else storage.url
    assert location is not None

    outcomes = _writers(location, draft.id)

    skills = FRAMEWORK.role(ROLE).skill_ids
    assert len(outcomes) == 2 * ROUNDS * len(skills)
    results = {o["result"] for o in outcomes}
    assert results <= {"landed", "conflict", "busy"}
    conflicts = [o for o in outcomes if o["result"] == "conflict"]
    assert conflicts, "two writers on the same rows never met: the test proves nothing"
    print(f"{len(conflicts)} conflicts of {len(outcomes)} writes")
    # The first round wrote blind on rows that did not exist yet: every one of those landed
    # (the upsert), none collided on the unique key.
    first = [o for o in outcomes if o["round"] == 0]
    assert len(first) == 2 * len(skills)
    assert {o["result"] for o in first} == {"landed"}
    landed: dict[str, list[dict]] = defaultdict(list)
    for outcome in outcomes:
        if outcome["result"] == "landed":
            landed[outcome["skill"]].append(outcome)
    stored = repository.assessment(draft.id)
    for skill in skills:
        writes = sorted(landed[skill], key=lambda o: o["version"])
        versions = [o["version"] for o in writes]
        # Each landed write raised the version by one, no two landed on the same version: no
        # write was overwritten without its writer having seen it.
        assert versions == list(range(1, len(writes) + 1)), skill
        rating = stored.rating(skill)
        assert rating.version == len(writes)
        last_rating = next(o for o in reversed(writes) if o["kind"] == "rating")
        assert (rating.rated, rating.level_id) == (True, last_rating["value"])
        notes = [o for o in writes if o["kind"] == "note"]
        assert rating.note == (notes[-1]["value"] if notes else "")
    # Every conflict saw a version that a landed write had produced.
    for conflict in conflicts:
        assert 1 <= conflict["theirs_version"] <= len(landed[conflict["skill"]])
    rows = independent_rows(
        database, "SELECT count(*) FROM ratings WHERE assessment_id = ?", (draft.id,)
    )
    assert rows == [(len(skills),)]
