"""How the command line reports refusals: one line on stderr, a non-zero exit code."""

from __future__ import annotations

import os
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


MAX_NAME_BYTES = 255
"""What common file systems allow for one name (ext4, APFS, NTFS in UTF-16 units)."""


def output_problem(out: Path, force: bool) -> str | None:
    """Why ``out`` cannot be written (it exists without --force, its folder is missing, its
    name is too long…)."""
    try:
        size = len(os.fsencode(out.name))
    except UnicodeEncodeError:
        return f"the file name {out.name!a} has characters no file system accepts"
    if size > MAX_NAME_BYTES:
        return (
            f"the file name is too long ({size:,} bytes; file systems allow {MAX_NAME_BYTES}); "
            "choose a shorter name"
        )
    try:
        if out.exists() and not force:
            return f"{out} already exists; pass --force to replace it"
        if not out.parent.is_dir():
            return f"the folder {out.parent} does not exist"
    except OSError as exc:
        return f"cannot write {out}: {exc.strerror or exc}"
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
