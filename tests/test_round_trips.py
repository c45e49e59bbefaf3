"""Any text survives the trip: framework files in and out of YAML and JSON, notes, ratings and
goals in and out of SQLite, and a completed assessment's frozen role.

Hypothesis feeds every text field with arbitrary Unicode (markup, CJK, emoji, right-to-left,
combining marks, control characters, NUL, odd whitespace) and values at and past each limit.
Every example gets its own temporary directory (Hypothesis reuses function-scoped fixtures).
"""

from __future__ import annotations

import copy
import json
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.assessment import SkillRating
from core.errors import DocPath, FrameworkError, format_path
from core.framework import Framework
from core.framework_files import load_builtin_framework, load_framework
from core.framework_schema import MAX_NAME, MAX_TEXT
from core.goals import MAX_ACTION_LENGTH, Goal, GoalStatus
from core.snapshot import framework_from_snapshot, role_snapshot
from db.database import DATABASE_FILE, Database
from db.repository import Repository, StorageError
from tests.framework_factory import framework_data

EXAMPLES = settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# --- text -----------------------------------------------------------------------------------

WHITESPACE = " \t\n\r\x0b\x0c\x1c\x1f\x85\xa0\u1680\u2000\u2028\u2029\u202f\u3000"
"""Characters ``str.strip`` removes (the loader strips every text value)."""
SPECIAL = (
    "<>&\"'`\\/#:;!?%*|{}[]"  # markup and YAML/JSON syntax
    "中文字符日本語한국어"  # CJK
    "🙂🚀👩🏽\u200d💻\ufe0f"  # emoji, skin tone, zero-width joiner, variation selector
    "שלוםمرحبا\u200f\u202e\u202c"  # right-to-left text and bidi controls
    "e\u0301\u0327\u20dd"  # combining marks
    "\x00\x07\x1b\x7f\u200b\ufeff\ufffd\U0010fffd"  # NUL, controls, invisible, odd code points
)
FRAGMENTS = [
    "<script>alert('x')</script>",
    "&amp; &lt;b&gt;",
    "]]><!--",
    '{"key": [1, 2]}',
    "- item: value",
    "key: value # comment",
    "!!python/object:os.system",
    "*alias &anchor",
    "'single' \"double\"",
    "👩🏽\u200d💻",
    "\u202eevil.exe",
    "%s %(name)s {0}",
    "null",
    "~",
    "yes",
    "0x1F",
    "1e3",
]
CHARACTER = st.one_of(st.characters(codec="utf-8"), st.sampled_from(SPECIAL + WHITESPACE))
"""Any code point but lone surrogates (which cannot be written as UTF-8), biased to the odd ones."""
TEXT = st.lists(
    st.one_of(st.text(CHARACTER, max_size=8), st.sampled_from(FRAGMENTS)), max_size=5
).map("".join)
VISIBLE = CHARACTER.filter(lambda c: not c.isspace())
PADDING = st.text(st.sampled_from(WHITESPACE), max_size=3)


def kept_text(limit: int) -> st.SearchStrategy[str]:
    """Text the loader and the repository keep: at most ``limit`` characters once stripped."""
    core = st.builds(lambda first, rest: (first + rest)[:limit], VISIBLE, TEXT)
    at_limit = st.builds(lambda c: c * limit, VISIBLE)
    return st.builds(
        lambda before, middle, after: before + middle + after,
        PADDING,
        st.one_of(core, core, core, at_limit),
        PADDING,
    )


def too_long(limit: int) -> st.SearchStrategy[str]:
    """Text one or more characters over ``limit`` once stripped."""
    return st.builds(
        lambda before, c, extra, after: before + c * (limit + extra) + after,
        PADDING,
        VISIBLE,
        st.integers(1, 3),
        PADDING,
    )


BLANK = st.text(st.sampled_from(WHITESPACE), max_size=4)


# --- framework files ------------------------------------------------------------------------

LEVEL_IDS = ["junior", "middle", "senior"]
SKILL_IDS = ["skill-0", "skill-1"]
LIST_ITEM = MAX_NAME * 5  # the limit of keywords, responsibilities and deliverables
SLOTS: dict[DocPath, int] = {
    ("framework", "name"): MAX_NAME,
    ("framework", "version"): 64,
    ("framework", "description"): MAX_TEXT,
    **{("levels", i, "label"): MAX_NAME for i in range(3)},
    **{("levels", i, "meaning"): MAX_TEXT for i in range(3)},
    ("stages", 0, "label"): MAX_NAME,
    **{
        (*("skills", s), field): limit
        for s in range(2)
        for field, limit in (("name", MAX_NAME), ("category", MAX_NAME), ("summary", MAX_TEXT))
    },
    **{("skills", s, "keywords", k): LIST_ITEM for s in range(2) for k in range(2)},
    **{("skills", s, "descriptors", lv): MAX_TEXT for s in range(2) for lv in LEVEL_IDS},
    **{
        (*("roles", r), field): limit
        for r in range(2)
        for field, limit in (("name", MAX_NAME), ("summary", MAX_TEXT))
    },
    **{("roles", r, "responsibilities", k): LIST_ITEM for r in range(2) for k in range(2)},
    **{("roles", r, "deliverables", 0): LIST_ITEM for r in range(2)},
    **{("roles", r, "skills", "skill-0", "senior", "descriptor"): MAX_TEXT for r in range(2)},
}
"""Every text field the test rewrites, with its length limit (from core.framework_schema)."""


def _base_document() -> dict[str, Any]:
    data = framework_data(level_count=3, skill_count=2, role_count=2)
    data["framework"]["description"] = "placeholder"
    for role in data["roles"]:
        role["skills"]["skill-0"]["senior"] = {"mark": "required", "descriptor": "placeholder"}
    return data


BASE_DOCUMENT = _base_document()


def _put(data: Any, path: DocPath, value: str) -> None:
    for part in path[:-1]:
        data = data[part]
    data[path[-1]] = value


def _get(data: Any, path: DocPath) -> str:
    for part in path:
        data = data[part]
    return data


def _loaded(framework: Framework, path: DocPath) -> str | None:
    """The value the loaded framework holds for the document field at ``path``."""
    match path:
        case ("framework", field):
            return getattr(framework, str(field))
        case ("levels", int(i), field):
            return getattr(framework.levels[i], str(field))
        case ("stages", int(i), "label"):
            return framework.stages[i].label
        case ("skills", int(i), "keywords", int(k)):
            return framework.skills[i].keywords[k]
        case ("skills", int(i), "descriptors", str(level_id)):
            return framework.skills[i].descriptors[level_id]
        case ("skills", int(i), field):
            return getattr(framework.skills[i], str(field))
        case ("roles", int(i), "responsibilities" | "deliverables" as field, int(k)):
            return getattr(framework.roles[i], field)[k]
        case ("roles", int(i), "skills", str(skill_id), str(level_id), "descriptor"):
            return framework.roles[i].role_skill(skill_id).expectations[level_id].descriptor
        case ("roles", int(i), field):
            return getattr(framework.roles[i], str(field))
    raise AssertionError(f"no accessor for {path}")


@st.composite
def bad_field(draw: st.DrawFn) -> tuple[DocPath, str, str]:
    """A field, a value the schema must refuse there, and the reason it gives."""
    path = draw(st.sampled_from(sorted(SLOTS, key=str)))
    limit = SLOTS[path]
    if draw(st.booleans()):
        return path, draw(BLANK), "must not be empty"
    value = draw(too_long(limit))
    return path, value, f"is {len(value.strip())} characters; the limit is {limit}"


def _dumps(data: dict[str, Any]) -> dict[str, str]:
    """The document as JSON, as YAML with raw Unicode and as YAML with every non-ASCII escaped."""
    files = {
        "framework.json": json.dumps(data, ensure_ascii=False, indent=2),
        "escaped.yaml": yaml.safe_dump(data, sort_keys=False, allow_unicode=False),
    }
    # PyYAML's emitter writes NEL (U+0085) raw inside quoted scalars when allow_unicode is on, and
    # YAML readers then take it for a line break: a writer bug, so that variant is left out.
    if "\x85" not in json.dumps(data, ensure_ascii=False):
        files["framework.yaml"] = yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
    return files


def _assert_points_at(text: str, line: int | None, path: DocPath) -> None:
    """The problem's line is the line of the field's key (or list item) in the YAML text.

    YAML 1.1 (PyYAML, libyaml) also counts NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR as line
    breaks, and so does the loader's line number; an editor that breaks only at LF may differ.
    """
    lines = re.split("\r\n|[\r\n\x85\u2028\u2029]", text)
    assert line is not None and 1 <= line <= len(lines), (line, path)
    shown = lines[line - 1].lstrip().removeprefix("- ")
    if isinstance(path[-1], int):
        assert lines[line - 1].lstrip().startswith("-"), (shown, path)
    else:
        assert shown.startswith((f"{path[-1]}:", f'"{path[-1]}":', f"'{path[-1]}':")), (
            shown,
            path,
        )


def _assert_same_role(original: Framework, frozen: Framework, role_id: str) -> None:
    """``frozen`` (read back from a snapshot) shows ``role_id`` exactly as ``original`` does."""
    assert (frozen.schema_version, frozen.id, frozen.name, frozen.version) == (
        original.schema_version, original.id, original.name, original.version,
    )  # fmt: skip
    assert frozen.levels == original.levels
    before, after = original.role(role_id), frozen.role(role_id)
    assert [r.id for r in frozen.roles] == [role_id]
    for field in ("name", "summary", "responsibilities", "deliverables", "leads", "supports"):
        assert getattr(after, field) == getattr(before, field), field
    assert after.skill_ids == before.skill_ids
    used = set(before.leads) | set(before.supports)
    assert frozen.stages == tuple(s for s in original.stages if s.id in used)
    for skill_id in before.skill_ids:
        old, new = original.skill(skill_id), frozen.skill(skill_id)
        assert (new.name, new.category, new.summary, new.keywords) == (
            old.name, old.category, old.summary, old.keywords,
        )  # fmt: skip
        assert dict(new.descriptors) == dict(old.descriptors)
        assert dict(after.role_skill(skill_id).expectations) == dict(
            before.role_skill(skill_id).expectations
        )


@st.composite
def field_values(draw: st.DrawFn) -> dict[DocPath, str]:
    """New text for some of the fields (the rest keep the factory's text)."""
    paths = draw(st.lists(st.sampled_from(list(SLOTS)), unique=True, min_size=1, max_size=12))
    return {path: draw(kept_text(SLOTS[path])) for path in paths}


@EXAMPLES
@given(
    values=field_values(),
    bad=st.one_of(st.none(), bad_field()),
    drop_optional=st.booleans(),
)
def test_framework_text_fields_round_trip_through_yaml_and_json(
    values: dict[DocPath, str], bad: tuple[DocPath, str, str] | None, drop_optional: bool
) -> None:
    """Every text field loads as written, stripped; control characters and NUL (escaped by the
    writers) are kept. No text field may be empty once stripped, and each has a length limit:
    one refused value gives exactly one problem, naming its path (and its line, in YAML)."""
    data = copy.deepcopy(BASE_DOCUMENT)
    for path, value in values.items():
        _put(data, path, value)
    expected = {path: _get(data, path) for path in SLOTS}
    expected = {path: value.strip() for path, value in expected.items()}
    bad_path = bad[0] if bad else ()
    keywords = ("skills", 1, "keywords")
    if drop_optional:  # optional fields left out (or empty lists) load as empty, never refused
        del data["roles"][1]["stages"]
        if bad_path != ("framework", "description"):
            del data["framework"]["description"]
            expected[("framework", "description")] = ""
        if bad_path[:3] != keywords:
            data["skills"][1]["keywords"] = []
            expected = {p: v for p, v in expected.items() if p[:3] != keywords}
    if bad is not None:
        _put(data, bad[0], bad[1])

    with tempfile.TemporaryDirectory() as directory:
        for name, text in _dumps(data).items():
            file = Path(directory) / name
            file.write_text(text, encoding="utf-8")
            if bad is not None:
                path, _value, message = bad
                with pytest.raises(FrameworkError) as refused:
                    load_framework(file)
                problems = refused.value.problems
                assert [(p.path, p.message) for p in problems] == [(path, message)], name
                assert problems[0].file == str(file)
                assert format_path(path) in str(problems[0])
                if name.endswith(".yaml"):
                    _assert_points_at(text, problems[0].line, path)
                continue
            framework = load_framework(file)
            for path, value in expected.items():
                assert _loaded(framework, path) == value, (name, path)
            assert [lv.id for lv in framework.levels] == LEVEL_IDS
            assert [s.id for s in framework.skills] == SKILL_IDS
            assert len(framework.skills[1].keywords) == (0 if drop_optional else 2)
            assert framework.roles[1].leads == (() if drop_optional else ("build",))
            for role in ("role-0", "role-1"):
                _assert_same_role(
                    framework, framework_from_snapshot(role_snapshot(framework, role)), role
                )


# --- assessments ----------------------------------------------------------------------------

ROLE_ID = "mlops-engineer"
BUILTIN = load_builtin_framework()
BUILTIN_LEVELS = [level.id for level in BUILTIN.levels]
ROLE_SKILLS = list(BUILTIN.role(ROLE_ID).skill_ids)

LONG_NOTE = st.builds(
    lambda piece, size: (piece * (size // len(piece) + 1))[:size],
    st.text(CHARACTER, min_size=1, max_size=40),
    st.integers(1000, 20_000),
)
NOTE = st.one_of(TEXT, TEXT, TEXT, st.just(""), BLANK, LONG_NOTE)
"""Notes are kept exactly as typed: not stripped, any length, empty allowed."""
RATING = st.tuples(
    st.just("rating"),
    st.sampled_from(ROLE_SKILLS),
    st.sampled_from([*BUILTIN_LEVELS, None]),  # None: "not yet"
    st.booleans(),  # False clears the rating
)
NOTE_CHANGE = st.tuples(st.just("note"), st.sampled_from(ROLE_SKILLS), NOTE)


@pytest.fixture(scope="module")
def empty_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new database file at the current schema, created once and copied for every example
    (creating one runs every migration, which would be most of the test's time)."""
    directory = tmp_path_factory.mktemp("empty-database")
    Database.in_directory(directory).close()
    assert [p.name for p in directory.iterdir()] == [DATABASE_FILE]  # no WAL left behind
    return directory / DATABASE_FILE


def _fresh_repository(directory: str | Path, empty_database: Path) -> Repository:
    path = Path(directory) / DATABASE_FILE
    if not path.exists():
        shutil.copyfile(empty_database, path)
    return Repository(Database.open(path))


def _raw_ratings(path: Path, assessment_id: int) -> dict[str, SkillRating]:
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute(
            "SELECT skill_id, level_id, is_rated, note FROM ratings WHERE assessment_id = ?",
            (assessment_id,),
        ).fetchall()
    finally:
        connection.close()
    return {
        skill: SkillRating(skill, level, bool(rated), note) for skill, level, rated, note in rows
    }


@EXAMPLES
@given(
    name=kept_text(200),
    target=st.sampled_from(BUILTIN_LEVELS),
    changes=st.lists(st.one_of(RATING, NOTE_CHANGE), max_size=12),
)
def test_ratings_and_notes_round_trip_and_freeze(
    empty_database: Path, name: str, target: str, changes: list[tuple[Any, ...]]
) -> None:
    with tempfile.TemporaryDirectory() as directory:
        repository = _fresh_repository(directory, empty_database)
        try:
            person = repository.add_person(name)
            assert person.name == name.strip()
            assert repository.person_by_name(name) == person
            draft = repository.start_assessment(person.id, BUILTIN, ROLE_ID, target)
            expected: dict[str, SkillRating] = {}
            for change in changes:
                skill_id = change[1]
                old = expected.get(skill_id, SkillRating(skill_id))
                if change[0] == "rating":
                    level_id, rated = change[2], change[3]
                    repository.set_rating(draft.id, skill_id, level_id, rated=rated)
                    level_id = level_id if rated else None
                    expected[skill_id] = SkillRating(skill_id, level_id, rated, old.note)
                else:
                    repository.set_note(draft.id, skill_id, change[2])
                    expected[skill_id] = SkillRating(skill_id, old.level_id, old.rated, change[2])

            stored = repository.assessment(draft.id)
            assert dict(stored.ratings) == expected
            assert stored.target_level == target and not stored.is_completed
            assert _raw_ratings(repository.database.path, draft.id) == expected

            done = repository.complete(draft.id, BUILTIN)
            assert done.is_completed and dict(done.ratings) == expected
            assert done.role_snapshot is not None
            _assert_same_role(BUILTIN, framework_from_snapshot(done.role_snapshot), ROLE_ID)
            with pytest.raises(StorageError):
                repository.set_note(draft.id, ROLE_SKILLS[0], "after completion")
        finally:
            repository.database.close()
        # A second process (a fresh connection to the closed file) reads the same values.
        reopened = _fresh_repository(directory, empty_database)
        try:
            assert dict(reopened.assessment(draft.id).ratings) == expected
            assert reopened.assessment(draft.id).role_snapshot == done.role_snapshot
        finally:
            reopened.database.close()


def test_lone_surrogates_leave_the_data_unchanged(tmp_path: Path, empty_database: Path) -> None:
    """Text that cannot be encoded as UTF-8 is refused without a half-written change."""
    repository = _fresh_repository(tmp_path, empty_database)
    try:
        person = repository.add_person("Noor")
        draft = repository.start_assessment(person.id, BUILTIN, ROLE_ID, "senior")
        repository.set_note(draft.id, "ml-cicd", "kept")
        for refused in (
            lambda: repository.set_note(draft.id, "ml-cicd", "half \ud800 pair"),
            lambda: repository.add_goal(person.id, "ml-cicd", "lone \udcff byte"),
            lambda: repository.add_person("Bad \udfff name"),
        ):
            with pytest.raises((StorageError, UnicodeEncodeError)):
                refused()
        assert repository.assessment(draft.id).rating("ml-cicd").note == "kept"
        counts = repository.counts()
        assert [counts[t] for t in ("people", "assessments", "ratings", "goals")] == [1, 1, 1, 0]
        repository.set_note(draft.id, "ml-cicd", "still writable")
        assert repository.assessment(draft.id).rating("ml-cicd").note == "still writable"
    finally:
        repository.database.close()


def test_lone_surrogates_are_refused_as_storage_errors(
    tmp_path: Path, empty_database: Path
) -> None:
    repository = _fresh_repository(tmp_path, empty_database)
    try:
        with pytest.raises(StorageError):
            repository.person_by_name("surrogate-escaped argv byte \udcff")
    finally:
        repository.database.close()


# --- goals ----------------------------------------------------------------------------------

GOAL_FIELDS = st.fixed_dictionaries(
    {
        "action": kept_text(MAX_ACTION_LENGTH),
        "due": st.none() | st.dates(),
        "status": st.sampled_from(GoalStatus),
        "level_id": st.none() | st.sampled_from(BUILTIN_LEVELS),
    }
)
BAD_ACTION = st.one_of(BLANK, too_long(MAX_ACTION_LENGTH))


def _raw_goal(path: Path, goal_id: int) -> tuple[Any, ...]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(
            "SELECT action, status, due, level_id, done_at IS NOT NULL FROM goals WHERE id = ?",
            (goal_id,),
        ).fetchone()
    finally:
        connection.close()


def _assert_goal(goal: Goal, fields: dict[str, Any], path: Path) -> None:
    action = fields["action"].strip()
    assert (goal.action, goal.due, goal.status, goal.level_id) == (
        action, fields["due"], fields["status"], fields["level_id"],
    )  # fmt: skip
    assert (goal.done_at is not None) == (fields["status"] is GoalStatus.DONE)
    due: date | None = fields["due"]
    assert _raw_goal(path, goal.id) == (
        action, fields["status"].value, due and due.isoformat(), fields["level_id"],
        fields["status"] is GoalStatus.DONE,
    )  # fmt: skip


@EXAMPLES
@given(first=GOAL_FIELDS, second=GOAL_FIELDS, bad_action=BAD_ACTION)
def test_goals_round_trip(
    empty_database: Path, first: dict[str, Any], second: dict[str, Any], bad_action: str
) -> None:
    with tempfile.TemporaryDirectory() as directory:
        repository = _fresh_repository(directory, empty_database)
        try:
            path = repository.database.path
            person = repository.add_person("Goal keeper 🥅")
            added = repository.add_goal(person.id, "ml-cicd", **first)
            _assert_goal(added, first, path)
            assert added.person_id == person.id and added.skill_id == "ml-cicd"
            if first["status"] is GoalStatus.DONE:
                assert added.done_at == added.created_at

            updated = repository.update_goal(added.id, **second)
            _assert_goal(updated, second, path)
            assert updated.created_at == added.created_at
            if first["status"] is GoalStatus.DONE and second["status"] is GoalStatus.DONE:
                assert updated.done_at == added.done_at  # still done since then
            assert repository.goals(person.id) == [updated]

            refusals: list[Callable[[], object]] = [
                lambda: repository.add_goal(person.id, "ml-cicd", bad_action),
                lambda: repository.update_goal(added.id, **{**second, "action": bad_action}),
            ]
            for refused in refusals:
                with pytest.raises(StorageError, match="action"):
                    refused()
            assert repository.goals(person.id) == [updated]
        finally:
            repository.database.close()
