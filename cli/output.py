"""How the command line reports refusals: one line on stderr, a non-zero exit code."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

from core.errors import Problem
from core.safe_files import write_atomically


def fail(message: str, code: int = 1) -> int:
    """Print ``skill-ladder: message`` on stderr and return the exit code."""
    print(f"skill-ladder: {message}", file=sys.stderr)
    return code


def fail_with_problems(headline: str, problems: Iterable[Problem]) -> int:
    """A headline and every problem, one per line (file:line: path: message)."""
    print(f"skill-ladder: {headline}:", file=sys.stderr)
    for problem in problems:
        print(f"  {problem}", file=sys.stderr)
    return 1


def output_problem(out: Path, force: bool) -> str | None:
    """Why ``out`` cannot be written (it exists without --force, or its folder is missing)."""
    if out.exists() and not force:
        return f"{out} already exists; pass --force to replace it"
    if not out.parent.is_dir():
        return f"the folder {out.parent} does not exist"
    return None


def write_output(out: Path, data: bytes) -> str | None:
    """Write ``out`` atomically; on failure, why (an older file is left as it was)."""
    try:
        write_atomically(out, data)
    except OSError as exc:
        return (
            f"could not write {out}: {exc.strerror or exc}; nothing was written "
            "and an older file with that name is untouched"
        )
    return None


NO_PERSON = "no person called '{}' (see `skill-ladder people`)"
