"""Load career-framework files (YAML or JSON) and the built-in framework."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from functools import cache
from pathlib import Path

from core.documents import Document, parse_document, read_document
from core.errors import FrameworkError, InputFileError, Problem
from core.framework import Framework
from core.framework_schema import build_framework
from core.i18n import translate
from resources import resource_path

BUILTIN_FRAMEWORK_FILE = "ml-ai.yaml"
CACHE_DIR_ENV = "SKILL_LADDER_CACHE_DIR"


def builtin_framework_path() -> Path:
    """Where the built-in Machine Learning & AI framework lives."""
    return resource_path("frameworks", BUILTIN_FRAMEWORK_FILE)


_NATIVE_SUFFIXES = {".yaml", ".yml", ".json"}


def load_framework(path: Path | str) -> Framework:
    """Read, check and build a framework file; raise :class:`FrameworkError` listing every problem.

    A file in a format the app imports (CSV, XLSX, FT, Monzo, DIRECT) or an HTML/Markdown page is
    refused with one message naming what it is and the command that imports it; a CSV, Markdown
    or HTML file is never parsed as YAML.
    """
    path = Path(path)
    if path.suffix.lower() not in _NATIVE_SUFFIXES:
        _refuse_foreign(
            path,
            translate(
                "FrameworkCheck", "not a framework file: Skill Ladder frameworks are YAML or JSON"
            ),
        )
    try:
        document = read_document(path)
    except InputFileError as exc:
        raise FrameworkError(exc.problems) from None
    if not (isinstance(document.data, dict) and "schema_version" in document.data):
        _refuse_foreign(path, None)
    return dataclasses.replace(build_framework(document), file=str(path))


def _refuse_foreign(path: Path, fallback: str | None) -> None:
    from core.importers import foreign_format_hint

    hint = foreign_format_hint(path)
    if hint is not None:
        raise FrameworkError([Problem(str(path), hint.removeprefix(f"{path} "))])
    if fallback is not None:
        raise FrameworkError([Problem(str(path), fallback)])


def cache_dir() -> Path:
    """Where parsed copies of the built-in framework are kept (``SKILL_LADDER_CACHE_DIR``,
    else the platform's user cache folder)."""
    override = os.environ.get(CACHE_DIR_ENV)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_cache_dir("skill-ladder", appauthor=False))


def _cached_builtin_document(path: Path) -> Document:
    """The built-in framework's parsed data, from a JSON copy when one matches the file.

    Parsing the YAML takes about as long as painting the window; the JSON copy, keyed by the
    file's hash, is read several times faster. It goes through the same
    validation (``build_framework``) as the YAML, so a stale or damaged copy cannot slip through
    unchecked; one that does not parse is ignored and rewritten.
    """
    raw = path.read_bytes()
    key = hashlib.sha256(raw).hexdigest()[:20]
    cached = cache_dir() / f"{path.stem}-{key}.json"
    try:
        return Document(str(path), json.loads(cached.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        pass
    document = parse_document(raw, str(path), is_json=False)
    try:
        from core.safe_files import write_atomically

        cached.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(cached, json.dumps(document.data, ensure_ascii=False).encode("utf-8"))
    except (OSError, TypeError, ValueError):
        pass  # no cache this time (read-only home, unusual data): the YAML was parsed anyway
    return document


@cache
def load_builtin_framework() -> Framework:
    """The built-in framework, loaded once per process."""
    path = builtin_framework_path()
    return dataclasses.replace(build_framework(_cached_builtin_document(path)), file=str(path))


def load_framework_in(path: Path | str | None, language: str) -> Framework:
    """A framework file (None: the built-in one) in ``language``: its overlay applied where it
    has one, English string by string elsewhere. Raises :class:`FrameworkError`."""
    from core.framework_i18n import localize

    framework = load_framework(path) if path else load_builtin_framework()
    return localize(framework, language)
