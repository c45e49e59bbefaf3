"""Rules the built-in framework's text keeps, and the figures that show how well it keeps them.

Used by the content check in the test suite and by ``make content-report``; pure functions over a
:class:`Framework`, no Qt, no files.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from core.framework import Framework, Mark

NON_ENGINEERING_ROLES = (
    "data-annotator",
    "ux-designer",
    "domain-expert",
    "ai-product-manager",
    "product-manager",
    "project-manager",
    "business-consultant",
    "computational-linguist",
    "data-analyst",
)
"""Roles whose people do not write production software: their text stays in their craft's words."""

ENGINEERING_TERMS = (
    "code review",
    "pull request",
    "merge request",
    "CI/CD",
    "continuous integration",
    "deployment pipeline",
    "Kubernetes",
    "kubectl",
    "Docker",
    "container",
    "refactor",
    "unit test",
    "integration test",
    "API design",
    "microservice",
    "on-call",
    "repository",
    "repositories",
    "commit",
    "infrastructure as code",
    "Terraform",
    "latency budget",
    "autoscaling",
    "the system they own",
    "codebase",
    "linting",
    "stack trace",
    "SLO",
)
"""Terms only engineers use at work; never shown to a role in :data:`NON_ENGINEERING_ROLES`."""

LINE_MANAGEMENT_TERMS = (
    "one-to-one",
    "1:1",
    "performance review",
    "performance conversation",
    "appraisal",
    "career framework",
    "career conversation",
    "promotion case",
    "hiring decision",
    "hires ",
    "headcount",
    "line manag",
    "direct report",
    "salary",
    "compensation",
    "disciplinary",
)
"""Duties of a line manager: people-management's, never technical-leadership's."""

COPY_RUN = 8
"""Words in a row that may not be copied from a seed document."""

_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")


def words(text: str) -> list[str]:
    """Lower-case words, punctuation dropped (hyphenated words split)."""
    return _WORD.findall(text.lower())


def runs(text: str, size: int = COPY_RUN) -> set[tuple[str, ...]]:
    """Every run of ``size`` consecutive words in ``text``."""
    found = words(text)
    return {tuple(found[i : i + size]) for i in range(len(found) - size + 1)}


def copied_run(text: str, seed_runs: set[tuple[str, ...]]) -> str | None:
    """The first run of :data:`COPY_RUN` words ``text`` shares with a seed, or None."""
    found = words(text)
    for i in range(len(found) - COPY_RUN + 1):
        run = tuple(found[i : i + COPY_RUN])
        if run in seed_runs:
            return " ".join(run)
    return None


def _term_pattern(term: str) -> re.Pattern[str]:
    # Whole words with their usual endings: "commits" matches "commit", "commitment" does not.
    return re.compile(
        rf"(?<![\w-]){re.escape(term)}(?:s|es|ed|d|ing|ised|ized)?(?![\w-])", re.IGNORECASE
    )


_ENGINEERING_PATTERNS = tuple((t, _term_pattern(t)) for t in ENGINEERING_TERMS)


def engineering_terms(text: str) -> list[str]:
    """The engineering-only terms ``text`` uses (whole words, any case)."""
    return [term for term, pattern in _ENGINEERING_PATTERNS if pattern.search(text)]


def line_management_terms(text: str) -> list[str]:
    """The line-management duties ``text`` mentions."""
    lowered = text.lower()
    return [term for term in LINE_MANAGEMENT_TERMS if term in lowered]


def word_swap(a: str, b: str) -> bool:
    """Whether two texts are the same, or the same but for one word (changed, added or removed)."""
    x, y = words(a), words(b)
    if x == y:
        return True
    if len(x) == len(y):
        return sum(p != q for p, q in zip(x, y, strict=True)) <= 1
    if abs(len(x) - len(y)) != 1:
        return False
    longer, shorter = (x, y) if len(x) > len(y) else (y, x)
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))


@dataclass(frozen=True)
class Cell:
    """One (role, skill, level) a person can be rated on, as the role sees it."""

    role_id: str
    skill_id: str
    level_id: str
    mark: Mark
    text: str
    examples: tuple[str, ...]
    role_specific: bool

    @property
    def shown(self) -> str:
        """Everything a reader of the cell sees: the descriptor and its examples."""
        return " ".join((self.text, *self.examples))


def cells(framework: Framework) -> Iterator[Cell]:
    """Every cell a role expects (required or optional), in framework order."""
    for role in framework.roles:
        for skill_id in role.skill_ids:
            for level in framework.role_levels(role.id):
                expectation = framework.expectation(role.id, skill_id, level.id)
                if expectation.mark is Mark.NOT_EXPECTED:
                    continue
                yield Cell(
                    role.id,
                    skill_id,
                    level.id,
                    expectation.mark,
                    framework.descriptor(role.id, skill_id, level.id),
                    framework.examples(role.id, skill_id, level.id),
                    expectation.descriptor is not None,
                )


@dataclass(frozen=True)
class Coverage:
    """How much of a framework's text is written for the role that reads it."""

    cells: int
    role_specific: int
    required: int
    required_role_specific: int
    distinct_texts: int
    examples: Counter[int]
    """How many cells have 0, 1, 2, 3... examples."""
    cells_per_role: dict[str, tuple[int, int]]
    """Role id -> (cells, role-specific cells)."""

    @staticmethod
    def share(part: int, whole: int) -> float:
        """``part`` of ``whole`` in per cent (100 for an empty whole)."""
        return 100.0 * part / whole if whole else 100.0


def coverage(every: Iterable[Cell]) -> Coverage:
    """Count the cells (see :func:`cells`), the role-specific ones (overall and required), the
    distinct texts and the examples per descriptor."""
    found = list(every)
    per_role: dict[str, tuple[int, int]] = {}
    for cell in found:
        total, specific = per_role.get(cell.role_id, (0, 0))
        per_role[cell.role_id] = (total + 1, specific + cell.role_specific)
    required = [c for c in found if c.mark is Mark.REQUIRED]
    return Coverage(
        cells=len(found),
        role_specific=sum(c.role_specific for c in found),
        required=len(required),
        required_role_specific=sum(c.role_specific for c in required),
        distinct_texts=len({c.text for c in found}),
        examples=Counter(len(c.examples) for c in found),
        cells_per_role=per_role,
    )
