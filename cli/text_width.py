"""Wrapping text for a terminal by display width, not character count.

A Chinese (East Asian Wide or Fullwidth) character takes two columns, a combining mark none.
Lines break at spaces and between Chinese characters, never before closing punctuation
(，。、）…) nor after opening punctuation (（“《…), and a word longer than a line is cut.
"""

from __future__ import annotations

import unicodedata

NO_LINE_START = frozenset("，。、；：？！）》」』】〕”’…—·,.;:?!)]}%")
"""Punctuation that must not begin a line: it stays with what comes before it."""
NO_LINE_END = frozenset("（《「『【〔“‘([{")
"""Punctuation that must not end a line: it stays with what comes after it."""


def char_width(char: str) -> int:
    """Columns one character takes on a terminal: 2 wide, 0 combining, 1 otherwise."""
    if unicodedata.combining(char):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def display_width(text: str) -> int:
    """Columns ``text`` takes on a terminal."""
    return sum(char_width(c) for c in text)


def _is_wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in ("W", "F")


def _tokens(text: str) -> list[str]:
    """Words, single wide characters (with the punctuation bound to them) and spaces."""
    tokens: list[str] = []
    for char in text:
        previous = tokens[-1] if tokens else ""
        if char.isspace():
            if previous.isspace():
                tokens[-1] += " "
            else:
                tokens.append(" ")
        elif (
            previous
            and not previous.isspace()
            and (
                char in NO_LINE_START
                or previous[-1] in NO_LINE_END
                or not (_is_wide(char) or _is_wide(previous[-1]))
            )
        ):
            tokens[-1] += char  # a word goes on, or punctuation binds to its neighbour
        else:
            tokens.append(char)
    return tokens


def _cut(token: str, room: int) -> tuple[str, str]:
    """The longest start of ``token`` that fits in ``room`` columns (at least one character)."""
    used = 0
    for i, char in enumerate(token):
        used += char_width(char)
        if used > room:
            return token[: max(i, 1)], token[max(i, 1) :]
    return token, ""


def wrap(text: str, width: int, initial_indent: str = "", subsequent_indent: str = "") -> list[str]:
    """``text`` as lines of at most ``width`` columns (indents included)."""
    lines: list[str] = []
    line, used, has_text, space = initial_indent, display_width(initial_indent), False, ""
    for token in _tokens(text):
        if token.isspace():
            space = token if has_text else ""
            continue
        while token:
            needed = display_width(space) + display_width(token)
            if used + needed <= width:
                line, used, has_text, space = line + space + token, used + needed, True, ""
                break
            if has_text:  # start a new line and try again
                lines.append(line)
                line, used, has_text, space = (
                    subsequent_indent,
                    display_width(subsequent_indent),
                    False,
                    "",
                )
                continue
            head, token = _cut(token, max(width - used, 1))  # longer than a whole line
            lines.append(line + head)
            line, used, space = subsequent_indent, display_width(subsequent_indent), ""
    if has_text:
        lines.append(line)
    return lines


def fill(text: str, width: int, initial_indent: str = "", subsequent_indent: str = "") -> str:
    """:func:`wrap`'s lines joined by newlines."""
    return "\n".join(wrap(text, width, initial_indent, subsequent_indent))
