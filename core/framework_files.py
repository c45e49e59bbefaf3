"""Load career-framework files (YAML or JSON) and the built-in framework."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from core.documents import read_document
from core.errors import FrameworkError, InputFileError
from core.framework import Framework
from core.framework_schema import build_framework
from resources import resource_path

BUILTIN_FRAMEWORK_FILE = "ml-ai.yaml"


def builtin_framework_path() -> Path:
    """Where the built-in Machine Learning & AI framework lives."""
    return resource_path("frameworks", BUILTIN_FRAMEWORK_FILE)


def load_framework(path: Path | str) -> Framework:
    """Read, check and build a framework file; raise :class:`FrameworkError` listing every problem."""
    try:
        document = read_document(path)
    except InputFileError as exc:
        raise FrameworkError(exc.problems) from None
    return build_framework(document)


@cache
def load_builtin_framework() -> Framework:
    """The built-in framework, loaded once per process."""
    return load_framework(builtin_framework_path())
