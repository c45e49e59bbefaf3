"""Exchange files and the framework library: a file made with an installed framework carries
it; an import installs a carried framework only when asked (with the assessment, all or
nothing), checks the role against the file's own framework, and refuses a missing one clearly."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from core.exchange import (
    MAX_CARRIED_FRAMEWORK_BYTES,
    ExchangeError,
    parse_exchange,
)
from core.framework import Framework
from core.framework_files import load_builtin_framework
from core.framework_library import FrameworkLibrary, content_hash, framework_from_text
from core.goals import GoalStatus
from db.database import Database
from db.errors import StorageError
from db.exchange_export import export_exchange
from db.exchange_import import import_exchange
from db.repository import Repository
from tests.framework_factory import framework_data
from tests.storage_engines import Storage, independent_rows

BUILTIN = load_builtin_framework()
NOW = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)
NAME = "ada.skill-ladder.json"


def ladder_data(version: str = "0.1") -> dict[str, Any]:
    """The company's ladder: three levels, two skills, two roles (``role-0``, ``role-1``)."""
    data = framework_data(3, 2, 2)
    data["framework"] = {"id": "acme-ladder", "name": "Acme ladder", "version": version}
    return data


def ladder(version: str = "0.1") -> Framework:
    return framework_from_text(json.dumps(ladder_data(version)), "acme.json")


def _library(repository: Repository) -> FrameworkLibrary:
    return FrameworkLibrary(BUILTIN, repository)


def _sender(folder: Path) -> tuple[Repository, FrameworkLibrary, int]:
    """A data folder with the ladder installed and Ada's completed assessment against it."""
    repository = Repository(Database.in_directory(folder))
    library = _library(repository)
    library.install(ladder())
    framework = library.get("acme-ladder")
    person = repository.add_person("Ada Lovelace")
    repository.set_role(person.id, "role-0", "senior", "acme-ladder")
    draft = repository.start_assessment(person.id, framework, "role-0", "senior")
    repository.set_rating(draft.id, "skill-0", "middle", rated=True)
    repository.set_note(draft.id, "skill-0", "Ran the test rig")
    repository.set_rating(draft.id, "skill-1", "senior", rated=True)
    repository.add_goal(person.id, "skill-0", "Pair on the rig", status=GoalStatus.PLANNED)
    return repository, library, repository.complete(draft.id, framework).id


def _exported(tmp_path: Path) -> bytes:
    repository, library, assessment_id = _sender(tmp_path / "ada")
    exported = export_exchange(repository, library, assessment_id, exported_by="self", now=NOW)
    repository.database.close()
    return exported.data


def _framework_rows(database: Database) -> list[tuple]:
    return independent_rows(database, "SELECT id, version, content_hash FROM frameworks")


def _nothing_written(repository: Repository) -> None:
    assert set(repository.counts().values()) == {0}
    assert _framework_rows(repository.database) == []


# --- export --------------------------------------------------------------------------------------


def test_a_file_made_with_an_installed_framework_carries_it(tmp_path: Path) -> None:
    repository, library, assessment_id = _sender(tmp_path / "ada")
    exported = export_exchange(repository, library, assessment_id, exported_by="self", now=NOW)
    assert exported.carried and exported.framework.id == "acme-ladder"
    assert "carries the framework Acme ladder 0.1" in (exported.remark() or "")
    document = json.loads(exported.data)
    stored, stored_hash = repository.installed_framework_document("acme-ladder") or ("", "")
    assert document["framework"] == {
        "id": "acme-ladder",
        "version": "0.1",
        "document": json.loads(stored),
    }
    assert content_hash(json.dumps(document["framework"]["document"], ensure_ascii=False)) == (
        stored_hash
    )  # the very document installed here
    assert document["assessment"]["role"] == "role-0"
    assert [g["action"] for g in document["goals"]] == ["Pair on the rig"]
    # The assessment stays readable: the framework is one line, the rest pretty-printed.
    lines = exported.data.decode("utf-8").splitlines()
    assert sum('"document": {' in line for line in lines) == 1
    assert '    "role": "role-0",' in lines

    # The built-in framework is never carried: everyone has it.
    person = repository.add_person("Mira Chen")
    draft = repository.start_assessment(person.id, BUILTIN, "mlops-engineer", "senior")
    builtin = export_exchange(repository, library, draft.id, exported_by="self", now=NOW)
    assert not builtin.carried and builtin.remark() is None
    assert json.loads(builtin.data)["framework"] == {"id": "ml-ai", "version": BUILTIN.version}
    repository.database.close()


# --- import --------------------------------------------------------------------------------------


def test_a_carried_framework_is_installed_with_the_import_only_when_asked(
    tmp_path: Path, storage: Storage
) -> None:
    raw = _exported(tmp_path)
    managers = Repository(storage.open())  # a manager without the ladder, on each engine
    library = _library(managers)
    exchange = parse_exchange(raw, NAME, library)
    assert exchange.carried is not None and exchange.carried.id == "acme-ladder"

    with pytest.raises(ExchangeError, match="--install-framework") as refused:
        import_exchange(managers, library, exchange, NAME)
    assert "Acme ladder 0.1" in str(refused.value) and NAME in str(refused.value)
    _nothing_written(managers)

    result = import_exchange(managers, library, exchange, NAME, install=True)
    assert result.created and result.installed == "Acme ladder 0.1"
    assert "Installed the framework Acme ladder 0.1" in result.summary()
    database = managers.database
    [(framework_id, version, stored_hash)] = _framework_rows(database)
    assert (framework_id, version) == ("acme-ladder", "0.1")
    assert stored_hash == content_hash(json.dumps(json.loads(raw)["framework"]["document"],
                                                  ensure_ascii=False))  # fmt: skip
    assert independent_rows(
        database, "SELECT name, role_id, framework_id, target_level FROM people"
    ) == [("Ada Lovelace", "role-0", "acme-ladder", "senior")]
    assert independent_rows(
        database, "SELECT role_id, framework_id, framework_version, status FROM assessments"
    ) == [("role-0", "acme-ladder", "0.1", "completed")]
    assert sorted(independent_rows(database, "SELECT skill_id, level_id, note FROM ratings")) == [
        ("skill-0", "middle", "Ran the test rig"),
        ("skill-1", "senior", ""),
    ]
    assert independent_rows(database, "SELECT skill_id, action FROM goals") == [
        ("skill-0", "Pair on the rig")
    ]
    assert library.get("acme-ladder").role("role-0").skill_ids == ("skill-0", "skill-1")

    # Installed now: the same file again needs no consent and duplicates nothing.
    again = parse_exchange(raw, NAME, library)
    assert again.carried is None
    repeat = import_exchange(managers, library, again, NAME)
    assert not repeat.created and repeat.installed is None
    assert managers.counts()["assessments"] == 1 and len(_framework_rows(database)) == 1


@pytest.mark.parametrize(
    ("change", "path", "message"),
    [
        (lambda f: f["document"].pop("levels"), "framework.document", "levels"),
        (lambda f: f["document"]["framework"].update(id="other-ladder"),
         "framework.document.framework.id", "the framework carried is 'other-ladder'"),
        (lambda f: f["document"]["roles"][0]["skills"].update({"skill-9": {}}),
         "framework.document.roles", "skill-9"),
        (lambda f: f["document"].update(schema_version=99), "framework.document.schema_version",
         "schema version 99"),
        (lambda f: f.update(document=["not", "a", "framework"]), "framework.document",
         "expected a framework document"),
        (lambda f: f["document"]["framework"].update(description="x" * MAX_CARRIED_FRAMEWORK_BYTES),
         "framework.document", "the limit is"),
    ],
)  # fmt: skip
def test_a_broken_carried_framework_is_refused_and_nothing_is_written(
    tmp_path: Path, storage: Storage, change, path: str, message: str
) -> None:
    document = json.loads(_exported(tmp_path))
    change(document["framework"])
    raw = json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")
    managers = Repository(storage.open())
    with pytest.raises(ExchangeError) as refused:
        parse_exchange(raw, NAME, _library(managers))
    problems = refused.value.problems
    assert problems and all(p.file == NAME for p in problems)
    text = "\n".join(str(p) for p in problems)
    assert f": {path}" in text and message in text, text
    _nothing_written(managers)


def test_an_import_that_fails_after_the_install_rolls_the_install_back(
    tmp_path: Path, storage: Storage
) -> None:
    raw = _exported(tmp_path)
    managers = Repository(storage.open())
    library = _library(managers)
    exchange = parse_exchange(raw, NAME, library)
    with pytest.raises(StorageError, match="no person"):  # checked inside the transaction
        import_exchange(managers, library, exchange, NAME, person_id=4242, install=True)
    _nothing_written(managers)
    assert not library.is_known("acme-ladder")


def test_a_framework_neither_installed_nor_carried_is_named_in_the_refusal(
    tmp_path: Path, storage: Storage
) -> None:
    document = json.loads(_exported(tmp_path))
    del document["framework"]["document"]
    raw = json.dumps(document).encode("utf-8")
    managers = Repository(storage.open())
    library = _library(managers)
    with pytest.raises(ExchangeError) as refused:
        parse_exchange(raw, NAME, library)
    [problem] = refused.value.problems
    assert problem.file == NAME and problem.path == ("framework", "id")
    assert "'acme-ladder' 0.1, which is not installed here" in problem.message
    assert "File → Frameworks…" in problem.message
    # Read without the library, the import itself refuses it the same way.
    with pytest.raises(ExchangeError, match=r"'acme-ladder' 0\.1, which is not installed here"):
        import_exchange(managers, library, parse_exchange(raw, NAME), NAME, install=True)
    _nothing_written(managers)


def test_an_installed_framework_of_another_version_is_used_with_a_note(
    tmp_path: Path, storage: Storage
) -> None:
    raw = _exported(tmp_path)
    managers = Repository(storage.open())
    library = _library(managers)
    newer = ladder_data("0.2")
    for role in newer["roles"]:
        del role["skills"]["skill-1"]
    newer["skills"] = [s for s in newer["skills"] if s["id"] != "skill-1"]
    library.install(framework_from_text(json.dumps(newer), "newer.json"))
    before = _framework_rows(managers.database)

    exchange = parse_exchange(raw, NAME, library)
    assert exchange.carried is None  # installed: what the file carries is not used
    result = import_exchange(managers, library, exchange, NAME)
    assert result.installed is None
    assert _framework_rows(managers.database) == before  # the installed version is kept
    copy_ = managers.assessment(result.assessment_id)
    assert (copy_.framework_id, copy_.framework_version) == ("acme-ladder", "0.1")
    assert copy_.import_note is not None
    assert "Made with Acme ladder 0.1; this app has version 0.2" in copy_.import_note
    assert "skill-1" in copy_.import_note and "skill-1" not in copy_.ratings


def test_the_role_is_checked_against_the_files_own_framework(
    tmp_path: Path, storage: Storage
) -> None:
    document = json.loads(_exported(tmp_path))
    managers = Repository(storage.open())
    library = _library(managers)
    library.install(ladder())
    assert not BUILTIN.has_role("role-1")  # the default framework has no such role
    moved = copy.deepcopy(document)
    moved["assessment"]["role"] = "role-1"
    exchange = parse_exchange(json.dumps(moved).encode(), NAME, library)
    result = import_exchange(managers, library, exchange, NAME)
    assert managers.assessment(result.assessment_id).role_id == "role-1"

    document["assessment"]["role"] = "mlops-engineer"  # the built-in one's, not the ladder's
    with pytest.raises(ExchangeError, match=r"the role 'mlops-engineer' is not in Acme ladder"):
        parse_exchange(json.dumps(document).encode(), "other.json", library)


def test_the_profile_takes_the_files_framework_and_role_only_when_it_has_no_role(
    tmp_path: Path, storage: Storage
) -> None:
    raw = _exported(tmp_path)
    managers = Repository(storage.open())
    library = _library(managers)
    library.install(ladder())
    roleless = managers.add_person("Ada L.")
    busy = managers.add_person("Ada Busy")
    managers.set_role(busy.id, "mlops-engineer", "lead", None)

    first = import_exchange(managers, library, parse_exchange(raw, NAME, library), NAME,
                            person_id=roleless.id)  # fmt: skip
    person = managers.person(first.person_id)
    assert (person.role_id, person.framework_id, person.target_level) == (
        "role-0", "acme-ladder", "senior"
    )  # fmt: skip

    other = json.loads(raw)
    other["assessment"]["uid"] = "another-assessment"
    other["person"]["id"] = None
    second = import_exchange(
        managers, library, parse_exchange(json.dumps(other).encode(), NAME, library), NAME,
        person_id=busy.id,
    )  # fmt: skip
    kept = managers.person(second.person_id)
    assert (kept.role_id, kept.framework_id, kept.target_level) == ("mlops-engineer", None, "lead")

    # A file of the default framework leaves the profile's framework as the default (None).
    mine = Repository(Database.in_directory(tmp_path / "mira"))
    mira = mine.add_person("Mira Chen")
    draft = mine.start_assessment(mira.id, BUILTIN, "mlops-engineer", "senior")
    builtin_raw = export_exchange(mine, _library(mine), draft.id, exported_by="self", now=NOW).data
    mine.database.close()
    result = import_exchange(managers, library, parse_exchange(builtin_raw, "m.json", library),
                             "m.json")  # fmt: skip
    new = managers.person(result.person_id)
    assert (new.role_id, new.framework_id) == ("mlops-engineer", None)


# --- the command line ----------------------------------------------------------------------------


def _rows(folder: Path, sql: str) -> list[tuple]:
    import sqlite3

    from db.database import DATABASE_FILE

    connection = sqlite3.connect(folder / DATABASE_FILE)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def test_the_command_line_installs_a_carried_framework_only_with_the_flag(tmp_path: Path) -> None:
    from tests.cli_runner import run_cli

    sender, *_rest = _sender(tmp_path / "ada")
    sender.database.close()
    path = tmp_path / NAME
    # --framework names the installed one: it is still carried (it is not the default).
    exported = run_cli("export-assessment", "--person", "Ada Lovelace", "--out", str(path),
                       "--framework", "acme-ladder", "--data-dir", str(tmp_path / "ada"))  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    assert "carries the framework Acme ladder 0.1" in exported.stdout
    assert (
        json.loads(path.read_text(encoding="utf-8"))["framework"]["document"]["framework"]["id"]
        == "acme-ladder"
    )

    managers = tmp_path / "manager"
    refused = run_cli("import-assessment", str(path), "--data-dir", str(managers))
    assert refused.returncode == 1, refused.stdout
    assert "nothing was imported" in refused.stderr and "--install-framework" in refused.stderr
    assert "Acme ladder 0.1" in refused.stderr and "Traceback" not in refused.stderr
    assert _rows(managers, "SELECT count(*) FROM frameworks") == [(0,)]
    assert _rows(managers, "SELECT count(*) FROM people") == [(0,)]

    imported = run_cli("import-assessment", str(path), "--install-framework",
                       "--data-dir", str(managers))  # fmt: skip
    assert imported.returncode == 0, imported.stderr
    assert "Installed the framework Acme ladder 0.1" in imported.stdout
    assert _rows(managers, "SELECT id, version, source_files FROM frameworks") == [
        ("acme-ladder", "0.1", NAME)
    ]
    assert _rows(managers, "SELECT name, role_id, framework_id FROM people") == [
        ("Ada Lovelace", "role-0", "acme-ladder")
    ]
    assert _rows(managers, "SELECT framework_id, framework_version FROM assessments") == [
        ("acme-ladder", "0.1")
    ]

    document = json.loads(path.read_text(encoding="utf-8"))
    del document["framework"]["document"]
    bare = tmp_path / "bare.json"
    bare.write_text(json.dumps(document), encoding="utf-8")
    missing = run_cli("import-assessment", str(bare), "--install-framework",
                      "--data-dir", str(tmp_path / "empty"))  # fmt: skip
    assert missing.returncode == 1
    assert "'acme-ladder' 0.1, which is not installed here" in missing.stderr
    assert _rows(tmp_path / "empty", "SELECT count(*) FROM people") == [(0,)]
