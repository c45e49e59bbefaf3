"""Translation for the headless parts (reports, CLI, core messages), without Qt.

The desktop app translates with Qt (``app/i18n.py``); this module reads the same catalogues,
the Qt Linguist ``.ts`` files in ``resources/translations``, so one catalogue serves both. Mark
text with :func:`translate` (same arguments as ``QCoreApplication.translate``, all positional,
which is what ``pyside6-lupdate`` extracts) or :data:`QT_TRANSLATE_NOOP` for text defined
before the language is known. ``%n`` is replaced by the count, with the language's plural form.

The language is the process's (:func:`set_language`, else the environment's ``LANGUAGE``,
``LC_ALL``, ``LC_MESSAGES`` or ``LANG``), and :func:`using_language` changes it for one
document (a manager may export an English plan from a Chinese interface); the override is a
context variable, so a worker thread rendering a PDF does not change anyone else's language.
"""

from __future__ import annotations

import contextvars
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from functools import cache

from resources import resource_path

ENGLISH = "en"
CHINESE = "zh_CN"
LANGUAGES: dict[str, str] = {ENGLISH: "English", CHINESE: "简体中文"}
"""Languages the app speaks, each with its own name for itself."""

CATALOGUE_PREFIX = "skill_ladder"

_process_language: str | None = None
_document_language: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "document_language", default=None
)


def normalise_language(name: str | None) -> str | None:
    """The supported language a locale name means (``zh_CN.UTF-8`` → ``zh_CN``), else None.

    Simplified Chinese is ``zh``, ``zh_CN``, ``zh_SG`` or ``zh_Hans``; English is any ``en``.
    """
    if not name:
        return None
    base = name.split(".")[0].split("@")[0].replace("-", "_")
    lowered = base.lower()
    if lowered in ("zh", "zh_cn", "zh_sg", "zh_hans", "zh_hans_cn"):
        return CHINESE
    if lowered == "en" or lowered.startswith("en_") or lowered in ("c", "posix"):
        return ENGLISH
    return None


def environment_language() -> str:
    """The language the environment asks for (first supported one), English otherwise."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if not value:
            continue
        # LANGUAGE lists preferences separated by colons; the others hold one locale.
        for name in value.split(":"):
            language = normalise_language(name)
            if language is not None:
                return language
        if variable != "LANGUAGE":
            return ENGLISH  # an unsupported locale: English, not a later variable's language
    return ENGLISH


def set_language(language: str | None) -> None:
    """Set the process's language (None: follow the environment again)."""
    global _process_language
    _process_language = normalise_language(language) if language else None


def current_language() -> str:
    """The language text is translated into now."""
    return _document_language.get() or _process_language or environment_language()


@contextmanager
def using_language(language: str | None) -> Iterator[str]:
    """Translate into ``language`` (None: the current one) inside the block, in this context."""
    chosen = normalise_language(language) if language else current_language()
    token = _document_language.set(chosen or ENGLISH)
    try:
        yield chosen or ENGLISH
    finally:
        _document_language.reset(token)


def catalogue_path(language: str, suffix: str = ".ts") -> str:
    """Where a language's catalogue lives (``.ts`` source, ``.qm`` compiled)."""
    return str(resource_path("translations", f"{CATALOGUE_PREFIX}_{language}{suffix}"))


Key = tuple[str, str, str]


@cache
def catalogue(language: str) -> dict[Key, tuple[str, ...]]:
    """Finished translations of a language: (context, source, comment) → forms.

    Unfinished, vanished and obsolete entries are left out, so their source text is shown.
    """
    import xml.etree.ElementTree as ET  # only when a catalogue is read, not at start-up

    try:
        root = ET.parse(catalogue_path(language)).getroot()
    except (OSError, ET.ParseError):
        return {}
    entries: dict[Key, tuple[str, ...]] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in (
                "unfinished",
                "vanished",
                "obsolete",
            ):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            if not forms:
                forms = [translation.text or ""]
            if not all(forms):
                continue
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            entries[key] = tuple(forms)
    return entries


def plural_index(language: str, n: int) -> int:
    """Which numerus form a count takes (Chinese has one form, English two)."""
    if language == CHINESE:
        return 0
    return 0 if abs(n) == 1 else 1


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` in the current language; ``%n`` becomes ``n`` (with the right plural form).

    Pass arguments positionally, the count as a plain name (``n``, not ``len(x)``): that is
    what ``pyside6-lupdate`` recognises; it silently drops a call with keywords or an expression.
    """
    language = current_language()
    forms = catalogue(language).get((context, source, disambiguation or ""))
    if forms:
        text = forms[min(plural_index(language, n), len(forms) - 1)] if n >= 0 else forms[0]
    else:
        text = source
    return text.replace("%n", str(n)) if n >= 0 else text


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802  (the name lupdate knows)
    """Mark ``source`` for the catalogue without translating it yet; translate it later with
    ``translate(context, text)``."""
    return source


def language_name(language: str) -> str:
    """The language's name in itself (English, 简体中文)."""
    return LANGUAGES.get(language, language)


_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def long_date(value: date) -> str:
    """A day as the current language writes it in a document: "22 November 2026",
    "2026年11月22日"."""
    if current_language() == CHINESE:
        return f"{value.year}年{value.month}月{value.day}日"
    return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"
