"""The frameworks a person's role can come from: the default (built-in) one and those installed.

Installed frameworks are stored with the data (see :class:`FrameworkStore`), as native documents;
they are parsed on first use, checked like any framework file, and kept parsed per content hash.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from core.errors import FrameworkError, Problem
from core.framework import Framework, Source
from core.i18n import translate


@dataclass(frozen=True)
class InstalledFramework:
    """An installed framework as stored (without its document)."""

    id: str
    version: str
    name: str
    content_hash: str
    import_format: str = "native"
    source_files: tuple[str, ...] = ()
    installed_at: datetime | None = None
    updated_at: datetime | None = None
    removed_at: datetime | None = None

    @property
    def removed(self) -> bool:
        """Removed from the library; kept only because archived history still reads it."""
        return self.removed_at is not None


@dataclass(frozen=True)
class Usage:
    """How much of the data uses a framework."""

    people: int = 0
    """People (not archived) whose role is from it, or who have assessments against it."""
    assessments: int = 0
    """Assessments against it (archived people's included)."""
    archived_people: int = 0


@dataclass(frozen=True)
class LibraryEntry:
    """One line of the library: what the Frameworks dialog and ``frameworks`` list show."""

    id: str
    name: str
    version: str
    builtin: bool
    source: Source | None
    import_format: str
    source_files: tuple[str, ...]
    installed_at: datetime | None
    usage: Usage
    roles: int
    skills: int
    levels: int


class FrameworkStore(Protocol):
    """Where installed frameworks are kept (the repository, over either engine)."""

    def installed_frameworks(self) -> list[InstalledFramework]: ...
    def installed_framework_document(self, framework_id: str) -> tuple[str, str] | None: ...
    def framework_usage(self) -> dict[str | None, Usage]: ...
    def save_framework(
        self,
        record: InstalledFramework,
        document: str,
        *,
        replace: bool,
        expected_hash: str | None = None,
    ) -> None: ...
    def remove_framework(self, framework_id: str, *, archive_people: bool) -> bool: ...


def document_text(framework: Framework) -> str:
    """The native JSON text a framework is stored as (original language, stable key order)."""
    from core.framework_export import framework_document

    original = framework.original or framework
    return json.dumps(framework_document(original), ensure_ascii=False, sort_keys=False)


def content_hash(text: str) -> str:
    """SHA-256 (hex) of the stored text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def framework_from_text(text: str, where: str) -> Framework:
    """Build and check a stored document; raise :class:`FrameworkError` naming ``where``."""
    from core.documents import Document
    from core.framework_schema import build_framework

    try:
        data: Any = json.loads(text)
    except ValueError as exc:
        raise FrameworkError([Problem(where, str(exc))]) from None
    return build_framework(Document(where, data))


class FrameworkLibrary:
    """The default framework and the installed ones, in the interface's language."""

    def __init__(self, default: Framework, store: FrameworkStore) -> None:
        self.default = default
        self._store = store
        self._language = default.language
        self._parsed: dict[str, tuple[str, Framework]] = {}
        self._records: list[InstalledFramework] | None = None

    @property
    def default_id(self) -> str:
        """The id of the default framework (the built-in one unless ``--framework`` gave one)."""
        return self.default.id

    def refresh(self) -> None:
        """Read the installed list again (after a change here or by another client)."""
        self._records = None

    def records(self, *, include_removed: bool = False) -> list[InstalledFramework]:
        """The installed frameworks (the default one is not among them), by name."""
        if self._records is None:
            self._records = sorted(
                self._store.installed_frameworks(), key=lambda r: (r.name.casefold(), r.id)
            )
        return [r for r in self._records if include_removed or not r.removed]

    def record(self, framework_id: str) -> InstalledFramework | None:
        """The stored record of an installed framework (removed ones too)."""
        return next((r for r in self.records(include_removed=True) if r.id == framework_id), None)

    def is_known(self, framework_id: str | None) -> bool:
        """Whether ``framework_id`` names the default or an installed (even removed) framework."""
        return framework_id in (None, self.default_id) or self.record(framework_id) is not None

    def get(self, framework_id: str | None) -> Framework:
        """The framework with this id in the interface's language (None: the default one).

        An id that is neither the default nor installed raises :class:`FrameworkError`.
        """
        if framework_id is None or framework_id == self.default_id:
            return self.default
        record = self.record(framework_id)
        if record is None:
            raise FrameworkError(
                [
                    Problem(
                        framework_id,
                        translate(
                            "FrameworkLibrary",
                            "this framework is not installed; install it with File → Frameworks… "
                            "or `skill-ladder frameworks install FILE`",
                        ),
                    )
                ]
            )
        parsed = self._parsed.get(framework_id)
        if parsed is not None and parsed[0] == record.content_hash:
            return parsed[1]
        stored = self._store.installed_framework_document(framework_id)
        if stored is None:
            self.refresh()
            return self.get(framework_id)
        text, stored_hash = stored
        from core.framework_i18n import localize

        framework = localize(framework_from_text(text, record.name), self._language)
        self._parsed[framework_id] = (stored_hash, framework)
        return framework

    def for_role(self, framework_id: str | None, role_id: str | None) -> Framework:
        """The framework a profile's role belongs to: ``framework_id``'s when it is installed,
        else the default one (a role no framework has is then shown as "no role")."""
        if self.is_known(framework_id):
            try:
                return self.get(framework_id)
            except FrameworkError:
                pass
        return self.default

    def frameworks(self) -> list[Framework]:
        """The default framework, then every installed one (removed ones left out), by name.

        One that no longer builds (a damaged row) is left out rather than failing the list."""
        found = [self.default]
        for record in self.records():
            try:
                found.append(self.get(record.id))
            except FrameworkError:
                continue
        return found

    def entries(self) -> list[LibraryEntry]:
        """The library as listed: the default framework first, then the installed ones."""
        usage = self._store.framework_usage()
        default_usage = _merged(usage.get(None), usage.get(self.default_id))
        rows = [_entry(self.default, None, default_usage, builtin=True)]
        for record in self.records():
            try:
                framework = self.get(record.id)
            except FrameworkError:
                continue
            rows.append(_entry(framework, record, usage.get(record.id, Usage()), builtin=False))
        return rows

    def install(
        self,
        framework: Framework,
        *,
        import_format: str = "native",
        source_files: Sequence[str] = (),
        replace: bool = False,
        expected_hash: str | None = None,
    ) -> InstalledFramework:
        """Install (or, with ``replace``, update) ``framework``; return its record.

        Refused with :class:`FrameworkError` when its id is the default framework's, or when
        it is installed already and ``replace`` is not given. With ``expected_hash`` an update
        is refused if someone else changed the installed version since it was read.
        """
        if framework.id == self.default_id:
            raise FrameworkError(
                [
                    Problem(
                        framework.id,
                        translate(
                            "FrameworkLibrary",
                            "this id belongs to the built-in framework; give the imported one "
                            "another id",
                        ),
                    )
                ]
            )
        existing = self.record(framework.id)
        if existing is not None and not existing.removed and not replace:
            raise FrameworkError(
                [
                    Problem(
                        framework.id,
                        translate(
                            "FrameworkLibrary",
                            "'{name}' is installed already (version {version}); update it instead",
                        ).format(name=existing.name, version=existing.version),
                    )
                ]
            )
        text = document_text(framework)
        record = InstalledFramework(
            id=framework.id,
            version=framework.version,
            name=(framework.original or framework).name,
            content_hash=content_hash(text),
            import_format=import_format,
            source_files=tuple(source_files),
        )
        try:
            self._store.save_framework(
                record, text, replace=existing is not None, expected_hash=expected_hash
            )
        finally:
            self.refresh()
        return self.record(framework.id) or record

    def remove(self, framework_id: str, *, archive_people: bool = False) -> bool:
        """Remove an installed framework; True when its row was deleted, False when it was kept
        (hidden) because archived history still reads it.

        Refused with :class:`~core.errors.FrameworkError` for the default framework, and by the
        store while people who are not archived use it (unless ``archive_people``)."""
        if framework_id == self.default_id:
            raise FrameworkError(
                [
                    Problem(
                        framework_id,
                        translate("FrameworkLibrary", "the built-in framework cannot be removed"),
                    )
                ]
            )
        if self.record(framework_id) is None:
            self.get(framework_id)  # raises "not installed"
        try:
            return self._store.remove_framework(framework_id, archive_people=archive_people)
        finally:
            self.refresh()
            self._parsed.pop(framework_id, None)


def _merged(first: Usage | None, second: Usage | None) -> Usage:
    a, b = first or Usage(), second or Usage()
    return Usage(
        a.people + b.people, a.assessments + b.assessments, a.archived_people + b.archived_people
    )


def _entry(
    framework: Framework, record: InstalledFramework | None, usage: Usage, *, builtin: bool
) -> LibraryEntry:
    return LibraryEntry(
        id=framework.id,
        name=framework.name,
        version=framework.version,
        builtin=builtin,
        source=framework.source,
        import_format=record.import_format if record else "native",
        source_files=record.source_files if record else (),
        installed_at=record.installed_at if record else None,
        usage=usage,
        roles=len(framework.roles),
        skills=len(framework.skills),
        levels=len(framework.levels),
    )


def framework_of(frameworks: Framework | FrameworkLibrary, framework_id: str | None) -> Framework:
    """The live framework of that id: from a library, or the one framework given."""
    if isinstance(frameworks, FrameworkLibrary):
        return frameworks.for_role(framework_id, None)
    return frameworks
