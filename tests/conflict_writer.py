"""One writer process of tests/test_no_lost_edits.py: rates and annotates the same skills of one
assessment as another process does, and prints (as JSON) what happened to every write.

``python -m tests.conflict_writer <sqlite path | postgresql URL> <assessment id> <name>
<rounds> <start time>``
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from core.framework_files import load_builtin_framework
from db.database import Database
from db.errors import ConflictError, StorageUnavailableError
from db.repository import Repository

ROLE = "mlops-engineer"


def _open(location: str) -> Database:
    if location.startswith("postgresql") or "=" in location:
        from db.engines.postgres import PostgresDatabase

        return PostgresDatabase.connect(location)
    return Database.open(Path(location))


def run(location: str, assessment_id: int, name: str, rounds: int, start: float) -> list[dict]:
    """Every write of this process: what it wrote, and whether it landed (with the version it
    produced), was refused as a conflict, or found the storage busy."""
    skills = load_builtin_framework().role(ROLE).skill_ids
    levels = ["junior", "mid", "senior"]
    outcomes: list[dict] = []
    with Repository(_open(location)) as repository:
        repository.prepare_writes()  # the ORM loaded before the start, so both start writing together
        time.sleep(max(0.0, start - time.time()))
        for round_ in range(rounds):
            # Read once a round, as a window shows the assessment, then edited skill by skill.
            shown = repository.assessment(assessment_id)
            time.sleep(0.02)  # a user's moment between seeing and editing: the other writes
            for index, skill in enumerate(skills):
                kind = "note" if (round_ + index) % 2 else "rating"
                value = f"{name}-{round_}" if kind == "note" else levels[(round_ + index) % 3]
                # The first round writes blind (as the command line does): both land.
                seen = shown.rating(skill).version
                expected = None if round_ == 0 else seen
                outcome = {"skill": skill, "kind": kind, "value": value, "round": round_}
                try:
                    if kind == "note":
                        version = repository.set_note(
                            assessment_id, skill, value, expected_version=expected
                        )
                    else:
                        version = repository.set_rating(
                            assessment_id, skill, value, True, expected_version=expected
                        )
                    outcome.update(result="landed", version=version)
                except ConflictError as exc:
                    theirs = exc.theirs
                    outcome.update(result="conflict", theirs_version=theirs.version)
                except StorageUnavailableError as exc:
                    outcome.update(result="busy", message=str(exc))
                outcomes.append(outcome)
    return outcomes


if __name__ == "__main__":
    location, assessment, writer, count, start_at = sys.argv[1:6]
    print(json.dumps(run(location, int(assessment), writer, int(count), float(start_at))))
