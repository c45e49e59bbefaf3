"""Print how much of a framework's text is written for the role that reads it.

Usage: ``python scripts/content_report.py [FRAMEWORK_FILE]`` (default: the built-in framework),
or ``make content-report``. A cell is one (role, skill, level) the role expects (required or
optional); it is role-specific when the role gives its own descriptor there.
"""

from __future__ import annotations

import sys

from core.content_rules import Coverage, cells, coverage
from core.errors import FrameworkError
from core.framework import Framework
from core.framework_files import load_builtin_framework, load_framework


def _percent(part: int, whole: int) -> str:
    return f"{part} of {whole} ({Coverage.share(part, whole):.0f}%)"


def report(framework: Framework) -> str:
    """The coverage figures as text, one figure a line, then a table of cells per role."""
    figures = coverage(cells(framework))
    with_examples = sum(n for count, n in figures.examples.items() if count)
    example_total = sum(count * n for count, n in figures.examples.items())
    spread = ", ".join(
        f"{count}: {n}" for count, n in sorted(figures.examples.items())
    )  # cells by number of examples
    lines = [
        f"{framework.name} {framework.version}: {len(framework.roles)} roles, "
        f"{len(framework.skills)} skills, {len(framework.levels)} levels",
        f"cells (role, skill, level expected):  {figures.cells}",
        f"role-specific, all cells:             {_percent(figures.role_specific, figures.cells)}",
        f"role-specific, required cells:        "
        f"{_percent(figures.required_role_specific, figures.required)}",
        f"distinct descriptor texts:            {figures.distinct_texts}",
        f"cells with examples of evidence:      {_percent(with_examples, figures.cells)}",
        f"examples per descriptor:              "
        f"{example_total / figures.cells if figures.cells else 0:.2f} on average ({spread})",
        f"role families:                        {len(framework.families)}",
        "",
        f"{'role':<28}{'cells':>6}{'role-specific':>15}",
    ]
    for role in framework.roles:
        total, specific = figures.cells_per_role.get(role.id, (0, 0))
        lines.append(
            f"{role.id:<28}{total:>6}{specific:>9} ({Coverage.share(specific, total):3.0f}%)"
        )
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    try:
        framework = load_framework(argv[0]) if argv else load_builtin_framework()
    except FrameworkError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(report(framework))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
