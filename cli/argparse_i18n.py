"""argparse's own words ("usage:", "options:", its error messages) in the output's language.

argparse looks its fixed text up through the module's ``_`` and ``ngettext`` (gettext's
functions, imported at its top). :func:`argparse_in_language` swaps them, for the time one
parser is built and used, for lookups in our catalogue under the ``argparse`` context; text
that is not in the catalogue (another Python's wording) stays argparse's English.
"""

from __future__ import annotations

import argparse
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from cli.text_width import display_width, fill, wrap
from core.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "argparse"

MESSAGES = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "{heading}:"),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
)
"""argparse's words a user can see (Python 3.11–3.13), marked for the catalogue."""


def argparse_text(message: str) -> str:
    """argparse's ``message`` in the current language (a trailing newline kept)."""
    if not message:
        return message  # argparse also passes None (a subparsers group without description)
    body = message.rstrip("\n")
    return translate(CONTEXT, body) + message[len(body) :]


def argparse_plural(singular: str, plural: str, n: int) -> str:
    """argparse's ``ngettext``: the form for ``n``, in the current language."""
    return argparse_text(singular if n == 1 else plural)


@contextmanager
def argparse_in_language() -> Iterator[None]:
    """Inside the block, argparse speaks the current language (see the module's docstring)."""
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = argparse_text, argparse_plural  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


class _Section(argparse.HelpFormatter._Section):  # type: ignore[name-defined]
    """A help section whose heading ends with the language's colon ("options:", "选项：")."""

    def format_help(self) -> str:
        heading = self.heading
        if heading is None or heading is argparse.SUPPRESS:
            return super().format_help()
        self.heading = None
        try:
            body = super().format_help()
        finally:
            self.heading = heading
        if not body:
            return ""
        indent = " " * self.formatter._current_indent
        titled = translate(CONTEXT, "{heading}:").format(heading=heading)
        return f"\n{indent}{titled}\n{body.removeprefix(chr(10))}"


class HelpFormatter(argparse.HelpFormatter):
    """argparse's formatter, wrapping by display width (a Chinese character takes two columns)
    and with headings in the language's punctuation."""

    _Section = _Section

    def __init__(self, prog: str, **kwargs: Any) -> None:
        kwargs.setdefault("width", shutil.get_terminal_size().columns - 2)
        super().__init__(prog, **kwargs)

    def _format_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None) -> str:
        # argparse indents the usage's later lines by len(prefix): give it a prefix as wide
        # on the terminal as the real one, then put the real one in its place.
        if prefix is None:
            prefix = argparse_text("usage: ")
        width = display_width(prefix)
        text = super()._format_usage(usage, actions, groups, " " * width)
        return prefix + text[width:]

    def _split_lines(self, text: str, width: int) -> list[str]:
        return wrap(self._whitespace_matcher.sub(" ", text).strip(), width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        text = self._whitespace_matcher.sub(" ", text).strip()
        return fill(text, width, initial_indent=indent, subsequent_indent=indent)
