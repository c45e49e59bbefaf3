"""How the command line reports refusals: one line on stderr, a non-zero exit code."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, TextIO

from core.errors import Problem, problem_lines
from core.i18n import translate
from core.safe_files import write_atomically

# Control characters (ANSI escape sequences start with ESC), bidi overrides and isolates that
# reorder what follows them, line separators, and lone surrogates, which cannot be encoded.
_UNSAFE_ON_TERMINAL = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]"
)


def terminal_safe(text: str) -> str:
    """``text`` with every character that could act on a terminal shown as ``\\uXXXX``
    (a JSON escape too, so ``--json`` output stays valid and lossless)."""
    return _UNSAFE_ON_TERMINAL.sub(lambda m: f"\\u{ord(m[0]):04x}", text)


class TerminalSafeStream:
    """A text stream that writes :func:`terminal_safe` text to the stream it wraps."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        """Write ``text`` with its unsafe characters escaped."""
        return self.stream.write(terminal_safe(text))

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


def fail(message: str, code: int = 1) -> int:
    """Print ``skill-ladder: message`` on stderr and return the exit code."""
    print(f"skill-ladder: {message}", file=sys.stderr)
    return code


def fail_with_problems(headline: str, problems: Iterable[Problem]) -> int:
    """A headline and every problem, one per line (file:line: path: message)."""
    print(
        "skill-ladder: " + translate("cli", "{headline}:").format(headline=headline),
        file=sys.stderr,
    )
    print_problems(list(problems))
    return 1


def print_problems(problems: Sequence[Problem]) -> None:
    """Every problem on stderr, one per line, up to a limit (the others are counted)."""
    for line in problem_lines(problems):
        print(f"  {line}", file=sys.stderr)


MAX_NAME_BYTES = 255
"""What common file systems allow for one name (ext4, APFS, NTFS in UTF-16 units)."""


def output_problem(out: Path, force: bool) -> str | None:
    """Why ``out`` cannot be written (it exists without --force, its folder is missing, its
    name is too long…)."""
    try:
        size = len(os.fsencode(out.name))
    except UnicodeEncodeError:
        return translate(
            "cli", "the file name {name} has characters no file system accepts"
        ).format(name=ascii(out.name))
    if size > MAX_NAME_BYTES:
        return translate(
            "cli",
            "the file name is too long ({size} bytes; file systems allow {limit}); choose a "
            "shorter name",
        ).format(size=f"{size:,}", limit=MAX_NAME_BYTES)
    try:
        if out.exists() and not force:
            return translate("cli", "{file} already exists; pass --force to replace it").format(
                file=out
            )
        if not out.parent.is_dir():
            return translate("cli", "the folder {folder} does not exist").format(folder=out.parent)
    except OSError as exc:
        return translate("cli", "cannot write {file}: {reason}").format(
            file=out, reason=exc.strerror or exc
        )
    return None


def write_output(out: Path, data: bytes) -> str | None:
    """Write ``out`` atomically; on failure, why (an older file is left as it was)."""
    try:
        write_atomically(out, data)
    except OSError as exc:
        return translate(
            "cli",
            "could not write {file}: {reason}; nothing was written and an older file "
            "with that name is untouched",
        ).format(file=out, reason=exc.strerror or exc)
    return None


def no_person(name: str) -> str:
    """The refusal when nobody has that name."""
    return translate("cli", "no person called '{name}' (see `skill-ladder people`)").format(
        name=name
    )


def status_word(status: str) -> str:
    """An assessment's status ("draft", "completed") in the output's language."""
    words = {"draft": translate("cli", "draft"), "completed": translate("cli", "completed")}
    return words.get(status, status)
