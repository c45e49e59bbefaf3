"""Problems found in an input file, reported with file, line and path."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from core.i18n import translate

PathPart = str | int
DocPath = tuple[PathPart, ...]


def format_path(path: DocPath) -> str:
    """Render a document path the way people read it: ``roles[3].skills.ml-pipelines.senior``."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else part
    return text or "(document)"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input file."""

    file: str
    message: str
    line: int | None = None
    path: DocPath = ()

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        if self.path:
            return f"{where}: {format_path(self.path)}: {self.message}"
        return f"{where}: {self.message}"


class InputFileError(Exception):
    """An input file was refused; ``problems`` lists every reason found, not just the first."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: Sequence[Problem] = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class FrameworkError(InputFileError):
    """A career-framework file could not be loaded."""


MAX_LISTED_PROBLEMS = 100
"""How many problems the command line lists; the rest are counted."""


def problem_lines(problems: Sequence[Problem], limit: int = MAX_LISTED_PROBLEMS) -> list[str]:
    """The first ``limit`` problems, one per line, and a count of the others."""
    lines = [str(problem) for problem in problems[:limit]]
    if len(problems) > limit:
        more = len(problems) - limit
        lines.append(translate("InputFile", "… and %Ln more problem(s), not listed", None, more))
    return lines
