"""Exchange files: one assessment as JSON, passed between a person and their manager.

Everything stays offline: people send files, not accounts. A file carries a format name and a
schema version, the framework's id and version, the person's name, the assessment (with a
stable ``uid`` so importing it twice finds the first copy), ratings and notes, the manager's
ratings when the manager exports, and the person's goals. Files are checked completely before
anything is imported; every problem is reported with its line and path.

A file made with an installed framework (not the built-in one, which everyone has) also
carries that framework, so that a manager who does not have it can install it with the import::

    "framework": {"id": "acme-ladder", "version": "1.2", "document": {...}}

``id`` and ``version`` are those the assessment was made with; ``document`` is the framework as
the sender has it installed (the native schema, written on one line at the end of the
``framework`` object; its own version may be newer). A file is at most 2 MiB, or 6 MiB when it
carries a framework, whose document may take 4 MiB (as compact JSON) of that, as much as a
framework file. A carried framework is checked like any framework file before it is offered;
one that is installed here already is never replaced by it.
"""

from __future__ import annotations

import json
import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TypeVar

from core.assessment import STATUS_COMPLETED, STATUS_DRAFT, AssessmentInfo, PersonInfo, SkillRating
from core.documents import Document, parse_document
from core.errors import DocPath, FrameworkError, InputFileError, Problem
from core.framework import Framework
from core.framework_library import FrameworkLibrary, framework_from_text
from core.goals import MAX_ACTION_LENGTH, Goal, GoalStatus
from core.i18n import QT_TRANSLATE_NOOP, join_list, translate
from core.safe_files import too_large

FORMAT = "skill-ladder-assessment"
SCHEMA_VERSION = 1
MAX_EXCHANGE_BYTES = 2 * 1024 * 1024
MAX_CARRIED_FRAMEWORK_BYTES = 4 * 1024 * 1024
"""The largest framework document a file may carry (compact JSON), as a framework file's limit."""
MAX_CARRYING_BYTES = MAX_EXCHANGE_BYTES + MAX_CARRIED_FRAMEWORK_BYTES
"""The largest file that carries a framework."""
MAX_TEXT = 100_000
EXPORTED_BY = ("self", "manager")
SUFFIX = ".skill-ladder.json"
NOTE_ITEMS = 20
"""How many unmatched items an import note lists by name; the rest are counted."""
_KIND_NAMES = {
    "self": QT_TRANSLATE_NOOP("Exchange", "%n self rating(s)"),
    "manager": QT_TRANSLATE_NOOP("Exchange", "%n manager rating(s)"),
    "goal": QT_TRANSLATE_NOOP("Exchange", "%n goal(s)"),
}
EARLIEST_MOMENT = datetime(1, 1, 2, tzinfo=UTC)
LATEST_MOMENT = datetime(9999, 12, 30, tzinfo=UTC)
T = TypeVar("T")


class ExchangeError(InputFileError):
    """An exchange file was refused; nothing was imported."""


@dataclass(frozen=True)
class ExchangeGoal:
    """A goal as carried by an exchange file."""

    skill_id: str
    action: str
    status: GoalStatus
    due: date | None
    level_id: str | None


@dataclass(frozen=True)
class ExchangeAssessment:
    """The checked content of an exchange file."""

    exported_by: str
    exported_at: datetime
    framework_id: str
    framework_version: str
    person_name: str
    person_uid: str | None
    uid: str
    role_id: str
    target_level: str
    status: str
    started_at: datetime
    completed_at: datetime | None
    ratings: tuple[SkillRating, ...]
    manager_ratings: tuple[SkillRating, ...]
    goals: tuple[ExchangeGoal, ...]
    carried: Framework | None = None
    """The framework the file carries, checked, when it was read against a library that does
    not have the file's framework installed (to be installed with the import, when asked to);
    None otherwise."""


# --- writing -----------------------------------------------------------------------------------


def _rating_doc(rating: SkillRating) -> dict[str, Any]:
    return {
        "skill": rating.skill_id,
        "level": rating.level_id,
        "rated": rating.rated,
        "note": rating.note,
    }


def exchange_document(
    framework: Framework,
    person: PersonInfo,
    assessment: AssessmentInfo,
    goals: Sequence[Goal],
    *,
    exported_by: str,
    exported_at: datetime,
    carried: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The JSON-ready document for one assessment; ``carried`` is the native document of the
    assessment's framework, for a file that carries it (see the module's docstring)."""
    if exported_by not in EXPORTED_BY:
        raise ValueError(f"exported_by must be one of {EXPORTED_BY}")
    skills = (
        set(framework.role(assessment.role_id).skill_ids)
        if framework.has_role(assessment.role_id)
        else set()
    )
    document: dict[str, Any] = {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION,
        "exported_by": exported_by,
        "exported_at": exported_at.astimezone(UTC).isoformat(),
        "framework": {"id": assessment.framework_id, "version": assessment.framework_version},
        "person": {"name": person.name, "id": person.uid or None},
        "assessment": {
            "uid": assessment.uid,
            "role": assessment.role_id,
            "target_level": assessment.target_level,
            "status": assessment.status,
            "started_at": assessment.started_at.astimezone(UTC).isoformat(),
            "completed_at": (
                assessment.completed_at.astimezone(UTC).isoformat()
                if assessment.completed_at
                else None
            ),
            "ratings": [_rating_doc(r) for r in assessment.ratings.values()],
        },
        "goals": [
            {
                "skill": goal.skill_id,
                "action": goal.action,
                "status": goal.status.value,
                "due": goal.due.isoformat() if goal.due else None,
                "level": goal.level_id,
            }
            for goal in goals
            if not skills or goal.skill_id in skills
        ],
    }
    if exported_by == "manager":
        document["assessment"]["manager_ratings"] = [
            _rating_doc(r) for r in assessment.manager_ratings.values()
        ]
    if carried is not None:
        document["framework"]["document"] = carried
    return document


def compact_json(value: Any) -> str:
    """``value`` as JSON on one line, without spaces (how a carried framework is measured)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def exchange_bytes(document: dict[str, Any]) -> bytes:
    """The file's bytes: pretty, UTF-8, non-ASCII kept readable; a carried framework is written
    compactly on one line, so that the assessment stays easy to read and the file small."""
    framework = document.get("framework")
    carried = framework.get("document") if isinstance(framework, dict) else None
    if carried is None:
        return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    marker = f"carried-framework-{uuid.uuid4().hex}"
    shown = {**document, "framework": {**framework, "document": marker}}
    text = json.dumps(shown, ensure_ascii=False, indent=2)
    return (text.replace(json.dumps(marker), compact_json(carried), 1) + "\n").encode("utf-8")


# --- reading -----------------------------------------------------------------------------------


class _Reader:
    """Collects every problem of a document, with its line, before anything is used."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.problems: list[Problem] = []

    def problem(self, path: DocPath, message: str) -> None:
        self.problems.append(
            Problem(self.document.file, message, self.document.line_of(path), path)
        )

    def get(self, data: Any, path: DocPath, key: str, kind: type | tuple[type, ...]) -> Any:
        if not isinstance(data, dict):
            return None
        if key not in data:
            self.problem(path, translate("Exchange", "missing '{key}'").format(key=key))
            return None
        value = data[key]
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            kinds = (kind,) if isinstance(kind, type) else kind
            names = translate("Exchange", " or ").join(
                k.__name__.replace("NoneType", "null") for k in kinds
            )
            self.problem((*path, key), translate("Exchange", "expected {kind}").format(kind=names))
            return None
        return value

    def text(self, data: Any, path: DocPath, key: str, *, empty: bool = False,
             limit: int = MAX_TEXT) -> str | None:  # fmt: skip
        value = self.get(data, path, key, str)
        if value is None:
            return None
        if not empty and not value.strip():
            self.problem((*path, key), translate("Exchange", "must not be empty"))
            return None
        if len(value) > limit:
            self.problem(
                (*path, key),
                translate("Exchange", "is {size} characters; the limit is {limit}").format(
                    size=f"{len(value):,}", limit=f"{limit:,}"
                ),
            )
            return None
        return value

    def optional_id(self, data: Any, path: DocPath, key: str) -> str | None:
        value = self.get(data, path, key, (str, type(None)))
        return value if isinstance(value, str) else None

    def moment(self, data: Any, path: DocPath, key: str, *, optional: bool = False
               ) -> datetime | None:  # fmt: skip
        kinds: tuple[type, ...] = (str, type(None)) if optional else (str,)
        value = self.get(data, path, key, kinds)
        if value is None:
            return None
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            self.problem(
                (*path, key),
                translate("Exchange", "'{value}' is not a date and time (ISO 8601)").format(
                    value=value
                ),
            )
            return None
        if moment.tzinfo is None:
            self.problem(
                (*path, key), translate("Exchange", "needs a time zone (for example +00:00)")
            )
            return None
        try:
            in_utc = moment.astimezone(UTC)
        except OverflowError:
            in_utc = None
        # A day's margin each way, so that showing it in any local time zone cannot overflow.
        if in_utc is None or not EARLIEST_MOMENT <= in_utc <= LATEST_MOMENT:
            self.problem((*path, key), translate(
                "Exchange", "'{value}' is outside the dates this app can store ({first} to {last})"
            ).format(value=value, first=f"{EARLIEST_MOMENT:%Y-%m-%d}",
                     last=f"{LATEST_MOMENT:%Y-%m-%d}"))  # fmt: skip
            return None
        return moment

    def ratings(self, data: Any, path: DocPath, key: str) -> tuple[SkillRating, ...]:
        items = self.get(data, path, key, list)
        if items is None:
            return ()
        ratings: list[SkillRating] = []
        seen: set[str] = set()
        for index, item in enumerate(items):
            where = (*path, key, index)
            if not isinstance(item, dict):
                self.problem(
                    where,
                    translate("Exchange", "expected an object with skill, level, rated and note"),
                )
                continue
            skill = self.text(item, where, "skill", limit=64)
            level = self.optional_id(item, where, "level")
            rated = self.get(item, where, "rated", bool)
            note = self.text(item, where, "note", empty=True)
            if skill is not None and skill in seen:
                self.problem(
                    (*where, "skill"),
                    translate("Exchange", "'{skill}' is rated twice").format(skill=skill),
                )
            if skill is not None and rated is not None and note is not None:
                seen.add(skill)
                ratings.append(SkillRating(skill, level if rated else None, rated, note))
        return tuple(ratings)

    def goals(self, data: Any) -> tuple[ExchangeGoal, ...]:
        items = self.get(data, (), "goals", list)
        if items is None:
            return ()
        goals = []
        for index, item in enumerate(items):
            where: DocPath = ("goals", index)
            if not isinstance(item, dict):
                self.problem(
                    where,
                    translate(
                        "Exchange", "expected an object with skill, action, status, due, level"
                    ),
                )
                continue
            skill = self.text(item, where, "skill", limit=64)
            action = self.text(item, where, "action", limit=MAX_ACTION_LENGTH)
            status_text = self.get(item, where, "status", str)
            due_text = self.get(item, where, "due", (str, type(None)))
            level = self.optional_id(item, where, "level")
            status = None
            if status_text is not None:
                try:
                    status = GoalStatus(status_text)
                except ValueError:
                    allowed = ", ".join(s.value for s in GoalStatus)
                    self.problem(
                        (*where, "status"),
                        translate("Exchange", "'{value}' is not one of {allowed}").format(
                            value=status_text, allowed=allowed
                        ),
                    )
            due = None
            if isinstance(due_text, str):
                try:
                    due = date.fromisoformat(due_text)
                except ValueError:
                    self.problem(
                        (*where, "due"),
                        translate("Exchange", "'{value}' is not a date (YYYY-MM-DD)").format(
                            value=due_text
                        ),
                    )
                    continue
            if skill and action and status is not None:
                goals.append(ExchangeGoal(skill, action.strip(), status, due, level))
        return tuple(goals)


def read_exchange_file(
    path: Path, name: str, against: Framework | FrameworkLibrary | None = None
) -> ExchangeAssessment:
    """Read (bounded, regular files only) and check an exchange file like
    :func:`parse_exchange`; :class:`ExchangeError` lists every problem, with ``name`` as the
    file's name."""
    from core.safe_files import read_input_file

    try:
        raw = read_input_file(path, max_bytes=MAX_CARRYING_BYTES, name=name)
    except InputFileError as exc:
        raise ExchangeError(exc.problems) from None
    return parse_exchange(raw, name, against)


def parse_exchange(
    raw: bytes, name: str, against: Framework | FrameworkLibrary | None = None
) -> ExchangeAssessment:
    """Check an exchange file completely; raise :class:`ExchangeError` with every problem.

    With a framework as ``against``, what the file names (framework, role, target level) is
    checked against it too, so one message lists the file's own problems and those of fit
    together. With a library, the file's framework is looked up in it: one installed is checked
    as above; one that is not is refused, unless the file carries it: then the carried
    framework is checked like a framework file, the role and level against it, and it is
    returned as :attr:`ExchangeAssessment.carried`.
    """
    carrying = len(raw) > MAX_EXCHANGE_BYTES and b'"document"' in raw
    limit = MAX_CARRYING_BYTES if carrying else MAX_EXCHANGE_BYTES
    if len(raw) > limit:
        raise ExchangeError([Problem(name, too_large(len(raw), limit))])
    try:
        document = parse_document(raw, name, is_json=True, max_bytes=limit)
    except InputFileError as exc:
        raise ExchangeError(exc.problems) from None
    data = document.data
    reader = _Reader(document)
    if not isinstance(data, dict):
        raise ExchangeError([Problem(
            name, translate("Exchange", "not an assessment exchange file (expected an object)")
        )])  # fmt: skip
    if data.get("format") != FORMAT:
        raise ExchangeError(
            [Problem(name, translate(
                "Exchange", "not a Skill Ladder assessment file (format should be '{format}')"
            ).format(format=FORMAT), document.line_of(("format",)), ("format",))]
        )  # fmt: skip
    version = data.get("schema_version")
    if version != SCHEMA_VERSION:
        raise ExchangeError(
            [Problem(name, translate(
                "Exchange", "unknown schema version {found}; this app reads version {version} "
                "(a newer Skill Ladder may have written it)",
            ).format(found=repr(version), version=SCHEMA_VERSION),
                document.line_of(("schema_version",)), ("schema_version",))]
        )  # fmt: skip
    named = data.get("framework")
    carried_data = named.get("document") if isinstance(named, dict) else None
    if carried_data is None and len(raw) > MAX_EXCHANGE_BYTES:
        raise ExchangeError([Problem(name, too_large(len(raw), MAX_EXCHANGE_BYTES))])
    exported_by = reader.get(data, (), "exported_by", str)
    if exported_by is not None and exported_by not in EXPORTED_BY:
        reader.problem(
            ("exported_by",),
            translate("Exchange", "must be one of {allowed}").format(
                allowed=", ".join(EXPORTED_BY)
            ),
        )
    exported_at = reader.moment(data, (), "exported_at")
    framework = reader.get(data, (), "framework", dict)
    framework_id = reader.text(framework, ("framework",), "id", limit=64)
    framework_version = reader.text(framework, ("framework",), "version", limit=64)
    person = reader.get(data, (), "person", dict)
    person_name = reader.text(person, ("person",), "name", limit=200)
    person_uid = None
    if isinstance(person, dict) and person.get("id") is not None:
        person_uid = reader.text(person, ("person",), "id", limit=64)
    body = reader.get(data, (), "assessment", dict)
    where: DocPath = ("assessment",)
    uid = reader.text(body, where, "uid", limit=64)
    role_id = reader.text(body, where, "role", limit=64)
    target = reader.text(body, where, "target_level", limit=64)
    status = reader.get(body, where, "status", str)
    if status is not None and status not in (STATUS_DRAFT, STATUS_COMPLETED):
        reader.problem(
            (*where, "status"),
            translate("Exchange", "must be '{draft}' or '{completed}'").format(
                draft=STATUS_DRAFT, completed=STATUS_COMPLETED
            ),
        )
    started_at = reader.moment(body, where, "started_at")
    completed_at = reader.moment(body, where, "completed_at", optional=True)
    if status == STATUS_COMPLETED and body is not None and completed_at is None:
        reader.problem(
            (*where, "completed_at"), translate("Exchange", "a completed assessment needs its date")
        )
    ratings = reader.ratings(body, where, "ratings")
    manager: tuple[SkillRating, ...] = ()
    if isinstance(body, dict) and "manager_ratings" in body:
        manager = reader.ratings(body, where, "manager_ratings")
    goals = reader.goals(data)
    carried = None
    if isinstance(against, FrameworkLibrary):
        carried = _resolve(reader, against, carried_data, framework_id, framework_version,
                           role_id, target)  # fmt: skip
    elif against is not None:
        _check_fit(reader, against, framework_id, role_id, target)
    if reader.problems:
        raise ExchangeError(reader.problems)
    # Every required value was read without a problem, so none of them is None here.
    return ExchangeAssessment(
        exported_by=_present(exported_by), exported_at=_present(exported_at),
        framework_id=_present(framework_id), framework_version=_present(framework_version),
        person_name=_present(person_name).strip(), person_uid=person_uid, uid=_present(uid),
        role_id=_present(role_id),
        target_level=_present(target), status=_present(status),
        started_at=_present(started_at), completed_at=completed_at, ratings=ratings,
        manager_ratings=manager, goals=goals, carried=carried,
    )  # fmt: skip


def _check_fit(
    reader: _Reader,
    framework: Framework,
    framework_id: str | None,
    role_id: str | None,
    target: str | None,
) -> None:
    if framework_id is not None and framework_id != framework.id:
        reader.problem(("framework", "id"), _other_framework(framework_id, framework))
        return  # the role and level names belong to another framework
    if role_id is not None and not framework.has_role(role_id):
        reader.problem(("assessment", "role"), _unknown_role(role_id, framework))
    if target is not None and target not in {level.id for level in framework.levels}:
        reader.problem(("assessment", "target_level"), _unknown_target(target, framework))


def installed_framework(library: FrameworkLibrary, framework_id: str) -> Framework | None:
    """The framework ``framework_id`` names when this app has it: the default one, or one
    installed (not removed, and readable); else None."""
    if framework_id == library.default_id:
        return library.default
    record = library.record(framework_id)
    if record is None or record.removed:
        return None
    try:
        return library.get(framework_id)
    except FrameworkError:
        return None


def _resolve(
    reader: _Reader,
    library: FrameworkLibrary,
    carried_data: Any,
    framework_id: str | None,
    framework_version: str | None,
    role_id: str | None,
    target: str | None,
) -> Framework | None:
    """Check the file against the framework it names: the installed one, else the one it
    carries (returned, to be installed); a missing framework is a problem."""
    if framework_id is None:
        return None  # already a problem
    installed = installed_framework(library, framework_id)
    if installed is not None:
        _check_fit(reader, installed, framework_id, role_id, target)
        return None
    if carried_data is None:
        reader.problem(("framework", "id"), not_installed(framework_id, framework_version or "?"))
        return None
    carried = _carried(reader, carried_data, framework_id)
    if carried is not None:
        _check_fit(reader, carried, framework_id, role_id, target)
    return carried


def _carried(reader: _Reader, carried_data: Any, framework_id: str) -> Framework | None:
    """The framework a file carries, checked like a framework file; None after a problem."""
    where: DocPath = ("framework", "document")
    if not isinstance(carried_data, dict):
        reader.problem(where, translate("Exchange", "expected a framework document (an object)"))
        return None
    text = compact_json(carried_data)
    size = len(text.encode("utf-8"))
    if size > MAX_CARRIED_FRAMEWORK_BYTES:
        reader.problem(where, translate(
            "Exchange", "the framework carried is {size} bytes; the limit is {limit} bytes"
        ).format(size=f"{size:,}", limit=f"{MAX_CARRIED_FRAMEWORK_BYTES:,}"))  # fmt: skip
        return None
    try:
        carried = framework_from_text(text, reader.document.file)
    except FrameworkError as exc:
        for problem in exc.problems:
            reader.problem((*where, *problem.path), problem.message)
        return None
    if carried.id != framework_id:
        reader.problem(
            (*where, "framework", "id"),
            translate(
                "Exchange",
                "the framework carried is '{found}', but the assessment was made with '{named}'",
            ).format(found=carried.id, named=framework_id),
        )
        return None
    return carried


def not_installed(framework_id: str, version: str) -> str:
    """The refusal of a file whose framework is neither installed nor carried."""
    return translate(
        "Exchange",
        "made with the framework '{framework}' {version}, which is not installed here, and the "
        "file does not carry it; install it first (File → Frameworks…, or `skill-ladder "
        "frameworks install FILE`), then import the file again",
    ).format(framework=framework_id, version=version)


def _other_framework(found: str, framework: Framework) -> str:
    return translate(
        "Exchange",
        "made with the framework '{found}', but this app uses '{framework}'; open it with the "
        "matching framework (--framework)",
    ).format(found=found, framework=framework.id)


def _unknown_role(role_id: str, framework: Framework) -> str:
    return translate("Exchange", "the role '{role}' is not in {framework} {version}").format(
        role=role_id, framework=framework.name, version=framework.version
    )


def _unknown_target(target: str, framework: Framework) -> str:
    return translate("Exchange", "the target level '{level}' is not in {framework}").format(
        level=target, framework=framework.name
    )


def _present(value: T | None) -> T:
    if value is None:  # unreachable when the reader found no problem
        raise ValueError("a required exchange field is missing")
    return value


# --- fitting a file to this app's framework ---------------------------------------------------------


@dataclass(frozen=True)
class Fit:
    """How an exchange file fits the framework: what is kept and what no longer matches."""

    ratings: tuple[SkillRating, ...]
    manager_ratings: tuple[SkillRating, ...]
    goals: tuple[ExchangeGoal, ...]
    unmatched: tuple[str, ...]
    kinds: tuple[str, ...] = ()
    """For each unmatched item, what it was: "self", "manager" (ratings) or "goal"."""

    def note(self, exchange: ExchangeAssessment, framework: Framework) -> str | None:
        """A note for the imported assessment listing what did not match: everything when the
        list is short, else how many of each kind and the first few."""
        if not self.unmatched:
            return None
        made = translate(
            "Exchange", "Made with {framework} {made_with}; this app has version {version}."
        ).format(
            framework=framework.name, made_with=exchange.framework_version,
            version=framework.version,
        )  # fmt: skip
        items = translate("Exchange", "; ")
        if len(self.unmatched) <= NOTE_ITEMS:
            return translate("Exchange", "{made} Not matched, so kept only here: {items}").format(
                made=made, items=items.join(self.unmatched)
            )
        counted = Counter(self.kinds)
        counts = join_list(
            translate("Exchange", _KIND_NAMES[kind], None, count)
            for kind, count in sorted(counted.items())
        )
        total, first, more = len(self.unmatched), NOTE_ITEMS, len(self.unmatched) - NOTE_ITEMS
        return translate(
            "Exchange",
            "{made} {total} items did not match ({counts}). The first {first}: {shown}; and "
            "{more} more, not listed (they are in the file).",
        ).format(
            made=made, total=f"{total:,}", counts=counts, first=first,
            shown=items.join(self.unmatched[:NOTE_ITEMS]), more=f"{more:,}",
        )  # fmt: skip


def fit_to_framework(exchange: ExchangeAssessment, framework: Framework, name: str) -> Fit:
    """Keep what the framework knows; describe the rest. Refuse a file aimed elsewhere."""
    if exchange.framework_id != framework.id:
        raise ExchangeError([Problem(
            name, _other_framework(exchange.framework_id, framework), None, ("framework", "id")
        )])  # fmt: skip
    if not framework.has_role(exchange.role_id):
        raise ExchangeError([Problem(
            name, _unknown_role(exchange.role_id, framework), None, ("assessment", "role")
        )])  # fmt: skip
    levels = {level.id for level in framework.levels}
    if exchange.target_level not in levels:
        raise ExchangeError([Problem(
            name, _unknown_target(exchange.target_level, framework), None,
            ("assessment", "target_level"),
        )])  # fmt: skip
    skills = set(framework.role(exchange.role_id).skill_ids)
    scale = framework.rating_scale(exchange.role_id)
    unmatched: list[str] = []
    kinds: list[str] = []

    def on_scale(step_id: str) -> bool:
        try:
            framework.scale_index(exchange.role_id, step_id)
        except KeyError:
            return False
        return True

    def keep(ratings: tuple[SkillRating, ...], kind: str) -> tuple[SkillRating, ...]:
        kept = []
        for rating in ratings:
            if rating.skill_id not in skills:
                if rating.level_id:
                    level = rating.level_id
                elif rating.rated:
                    level = translate("Exchange", "not yet")
                else:
                    level = translate("Exchange", "not rated")
                if rating.note:
                    shown = rating.note if len(rating.note) <= 200 else f"{rating.note[:200]}…"
                    level = translate("Exchange", "{level}, note: {note}").format(
                        level=level, note=shown
                    )
                if kind == "manager":
                    text = translate("Exchange", "manager rating of skill '{skill}' ({level})")
                else:
                    text = translate("Exchange", "self rating of skill '{skill}' ({level})")
                unmatched.append(text.format(skill=rating.skill_id, level=level))
                kinds.append(kind)
            elif rating.level_id is not None and not on_scale(rating.level_id):
                if kind == "manager":
                    text = translate(
                        "Exchange",
                        "manager rating of '{skill}' at '{level}', not on the role's rating "
                        "scale ({scale})",
                    )
                else:
                    text = translate(
                        "Exchange",
                        "self rating of '{skill}' at '{level}', not on the role's rating scale "
                        "({scale})",
                    )
                unmatched.append(
                    text.format(
                        skill=rating.skill_id,
                        level=rating.level_id,
                        scale=", ".join(s.id for s in scale),
                    )
                )
                kinds.append(kind)
                kept.append(SkillRating(rating.skill_id, None, False, rating.note))
            else:
                kept.append(rating)
        return tuple(kept)

    ratings = keep(exchange.ratings, "self")
    manager = keep(exchange.manager_ratings, "manager")
    goals = []
    for goal in exchange.goals:
        if goal.skill_id not in skills:
            unmatched.append(
                translate("Exchange", "goal for skill '{skill}': {action}").format(
                    skill=goal.skill_id, action=goal.action
                )
            )
            kinds.append("goal")
        else:
            level = goal.level_id if goal.level_id in levels else None
            if goal.level_id is not None and level is None:
                unmatched.append(
                    translate(
                        "Exchange",
                        "goal for skill '{skill}' at unknown level '{level}' (kept without a "
                        "level): {action}",
                    ).format(skill=goal.skill_id, level=goal.level_id, action=goal.action)
                )
                kinds.append("goal")
            goals.append(ExchangeGoal(goal.skill_id, goal.action, goal.status, goal.due, level))
    return Fit(ratings, manager, tuple(goals), tuple(unmatched), tuple(kinds))
