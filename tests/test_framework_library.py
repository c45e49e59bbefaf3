"""Installed frameworks kept with the data, on both engines: install, read, update, remove."""

from __future__ import annotations

import dataclasses

import pytest

from core.errors import FrameworkError
from core.framework import Framework
from core.framework_files import load_builtin_framework
from core.framework_library import FrameworkLibrary, content_hash, document_text
from db.errors import StorageError
from db.framework_store import FrameworkChangedError, FrameworkInUseError
from db.repository import Repository
from tests.storage_engines import Storage, independent_rows

BUILTIN = load_builtin_framework()


def _company_framework(version: str = "1.0", role_name: str = "Backend engineer") -> Framework:
    """A small framework of its own id, made from two of the built-in one's roles."""
    role = dataclasses.replace(BUILTIN.roles[0], name=role_name)
    skills = tuple(s for s in BUILTIN.skills if s.id in set(role.skill_ids))
    return dataclasses.replace(
        BUILTIN, id="acme-ladder", name="ACME ladder", version=version, roles=(role,),
        skills=skills, families=(), file="",
    )  # fmt: skip


@pytest.fixture
def repository(storage: Storage) -> Repository:
    """A repository over the test's database on each engine."""
    return Repository(storage.open())


def test_an_installed_framework_is_stored_whole_and_reads_back_equal(
    repository: Repository,
) -> None:
    library = FrameworkLibrary(BUILTIN, repository)
    company = _company_framework()
    record = library.install(company, import_format="csv", source_files=("ladder.csv",))

    assert record.content_hash == content_hash(document_text(company))
    rows = independent_rows(
        repository.database, "SELECT id, version, name, import_format, source_files FROM frameworks"
    )
    assert rows == [("acme-ladder", "1.0", "ACME ladder", "csv", "ladder.csv")]
    fresh = FrameworkLibrary(BUILTIN, repository)  # another window: nothing cached
    # Skills compare by identity: the stored document is the whole framework, field by field.
    assert document_text(fresh.get("acme-ladder")) == document_text(company)
    assert [f.id for f in fresh.frameworks()] == ["ml-ai", "acme-ladder"]
    entries = {e.id: e for e in fresh.entries()}
    assert entries["ml-ai"].builtin and not entries["acme-ladder"].builtin
    assert entries["acme-ladder"].import_format == "csv"
    assert entries["acme-ladder"].roles == 1


def test_installing_twice_asks_for_an_update_and_the_update_replaces_the_version(
    repository: Repository,
) -> None:
    library = FrameworkLibrary(BUILTIN, repository)
    first = library.install(_company_framework("1.0"))
    with pytest.raises(FrameworkError, match="installed already"):
        library.install(_company_framework("1.1"))

    library.install(_company_framework("1.1", "Senior backend"), replace=True)
    assert library.get("acme-ladder").version == "1.1"
    assert library.get("acme-ladder").roles[0].name == "Senior backend"
    # Someone else updated it since this client read version 1.0: refused, nothing written.
    with pytest.raises(FrameworkChangedError):
        library.install(_company_framework("1.2"), replace=True, expected_hash=first.content_hash)
    assert FrameworkLibrary(BUILTIN, repository).get("acme-ladder").version == "1.1"


def test_the_built_in_framework_cannot_be_replaced_or_removed(repository: Repository) -> None:
    library = FrameworkLibrary(BUILTIN, repository)
    with pytest.raises(FrameworkError, match="built-in"):
        library.install(dataclasses.replace(BUILTIN, version="9"))
    with pytest.raises(FrameworkError, match="built-in"):
        library.remove("ml-ai")
    assert independent_rows(repository.database, "SELECT count(*) FROM frameworks") == [(0,)]


def test_removal_is_refused_while_people_use_it_and_archiving_keeps_their_history(
    repository: Repository,
) -> None:
    library = FrameworkLibrary(BUILTIN, repository)
    company = library.get(library.install(_company_framework()).id)
    role_id = company.roles[0].id
    ada = repository.add_person("Ada")
    repository.set_role(ada.id, role_id, None, "acme-ladder")
    draft = repository.start_assessment(ada.id, company, role_id, company.levels[2].id)
    skill = company.role(role_id).skill_ids[0]
    repository.set_rating(draft.id, skill, company.levels[1].id, True)
    repository.complete(draft.id, company)
    assert library.entries()[1].usage.people == 1
    assert library.entries()[1].usage.assessments == 1

    with pytest.raises(FrameworkInUseError) as refused:
        library.remove("acme-ladder")
    assert (refused.value.people, refused.value.assessments) == (1, 1)
    assert "acme-ladder" in [r.id for r in library.records()]

    assert library.remove("acme-ladder", archive_people=True) is False  # kept for the history
    assert repository.person(ada.id).archived
    assert "acme-ladder" not in [f.id for f in library.frameworks()]
    stored = independent_rows(
        repository.database, "SELECT removed_at IS NOT NULL FROM frameworks WHERE id = ?",
        ("acme-ladder",),
    )  # fmt: skip
    assert stored == [(1,)] or stored == [(True,)]
    # The archived person's completed assessment still reads as it was rated.
    summary = repository.summaries(ada.id, role_id)[0]
    frozen = repository.assessment_framework(library.for_role("acme-ladder", role_id), summary)
    assert frozen.role(role_id).name == company.role(role_id).name
    assert repository.assessment(summary.id).rating(skill).level_id == company.levels[1].id


def test_an_unused_framework_is_deleted(repository: Repository) -> None:
    library = FrameworkLibrary(BUILTIN, repository)
    library.install(_company_framework())
    assert library.remove("acme-ladder") is True
    assert independent_rows(repository.database, "SELECT count(*) FROM frameworks") == [(0,)]
    with pytest.raises(FrameworkError, match="not installed"):
        library.get("acme-ladder")
    with pytest.raises(FrameworkError):
        library.remove("acme-ladder")


def test_a_profile_keeps_its_framework_and_a_missing_one_falls_back_to_the_default(
    repository: Repository,
) -> None:
    library = FrameworkLibrary(BUILTIN, repository)
    library.install(_company_framework())
    ada = repository.add_person("Ada")
    person = repository.set_role(ada.id, "acme-role", None, "acme-ladder")
    assert person.framework_id == "acme-ladder"
    assert repository.set_role(ada.id, "mlops-engineer", None, None).framework_id is None
    assert library.for_role("never-installed", "x") is library.default
    with pytest.raises(StorageError, match="no installed framework"):
        repository.remove_framework("never-installed", archive_people=False)
