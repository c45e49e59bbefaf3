"""User and framework text as safe ReportLab paragraph markup, with CJK runs in the CJK font.

Every piece of text that is not a fixed string of this package goes through :func:`rich`, which
escapes it, so tags or entities in names, notes and goals show literally and are never
interpreted (no images fetched, no links, no font changes).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from functools import cache, lru_cache
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.textsplit import ALL_CANNOT_END, ALL_CANNOT_START
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import ParaLines, cjkU, makeCJKParaLine
from reportlab.rl_config import _FUZZ

from reports.fonts import SANS, cjk_font, latin_fonts

_CJK_RANGES = (
    (0x1100, 0x11FF),  # Hangul Jamo
    (0x2E80, 0x9FFF),  # radicals, CJK punctuation, kana, Hangul compatibility, unified ideographs
    (0xAC00, 0xD7AF),  # Hangul syllables
    (0xF900, 0xFAFF),  # compatibility ideographs
    (0xFE30, 0xFE4F),  # compatibility forms
    (0xFF00, 0xFFEF),  # half- and full-width forms
    (0x20000, 0x2FFFF),  # supplementary ideographs
)

_QUOTES = {'"': "&quot;", "'": "&apos;"}
# C0/C1 controls other than tab and newline would upset the PDF text operators.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LEADING_SPACES = re.compile(r"^ +", re.MULTILINE)


_CJK_PATTERN = re.compile(
    "[" + "".join(f"{chr(low)}-{chr(high)}" for low, high in _CJK_RANGES) + "]"
)


def is_cjk(char: str) -> bool:
    """Whether a character is Chinese, Japanese or Korean (including CJK punctuation)."""
    return _CJK_PATTERN.match(char) is not None


def has_cjk(text: str) -> bool:
    """Whether any character of ``text`` is CJK."""
    return _CJK_PATTERN.search(text) is not None


def clean(text: str) -> str:
    """Text fit for a PDF: one kind of line break, no control characters, no lone surrogates."""
    text = text.encode("utf-8", "replace").decode("utf-8")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = text.replace("\u2029", "\n").replace("\t", "    ")
    return _CONTROL.sub("", text)


@cache
def _latin_glyphs() -> frozenset[int]:
    latin_fonts()
    return frozenset(pdfmetrics.getFont(SANS).face.charToGlyph)


@cache
def _cjk_glyphs() -> frozenset[int]:
    return frozenset(pdfmetrics.getFont(cjk_font()).face.charToGlyph)


@cache
def _needs_cjk_font(char: str) -> bool:
    if is_cjk(char):
        return True
    code = ord(char)
    # Symbols DejaVu lacks may still be in the CJK font; anything neither has stays in DejaVu
    # and shows as an empty box rather than failing.
    return code not in _latin_glyphs() and char != "\n" and code in _cjk_glyphs()


REPLACEMENT = "\ufffd"
"""Drawn for a character no embedded font has (emoji, for one), instead of an empty box."""


@cache
def _drawable(char: str) -> str:
    code = ord(char)
    if char == "\n" or code in _latin_glyphs() or code in _cjk_glyphs():
        return char
    # Joiners and variation selectors only shape what neither font can draw anyway.
    return "" if unicodedata.category(char) in ("Mn", "Cf") else REPLACEMENT


def drawable(text: str) -> str:
    """``text`` with every character that no embedded font has replaced by U+FFFD."""
    if text.isascii():
        return text
    return "".join(_drawable(char) for char in text)


def runs(text: str) -> Iterator[tuple[bool, str]]:
    """Split cleaned text into maximal runs of (needs the CJK font, text)."""
    if text.isascii():  # the common case; DejaVu has every ASCII character
        if text:
            yield False, text
        return
    start = 0
    current: bool | None = None
    for index, char in enumerate(text):
        cjk = _needs_cjk_font(char)
        if current is None:
            current = cjk
        elif cjk != current:
            yield current, text[start:index]
            start, current = index, cjk
    if current is not None:
        yield current, text[start:]


def rich(text: str) -> str:
    """Escaped paragraph markup for ``text``: CJK runs in the CJK font, line breaks kept.

    Non-CJK runs carry no font tag, so they take the paragraph style's font (DejaVu) and any
    surrounding ``<b>``.
    """
    # Paragraphs collapse spaces; no-break spaces keep the indentation people type in notes.
    text = _LEADING_SPACES.sub(lambda m: "\u00a0" * len(m.group()), drawable(clean(text)))
    parts = []
    for cjk, run in runs(text):
        escaped = escape(run, _QUOTES).replace("\n", "<br/>")
        parts.append(f'<font name="{cjk_font()}">{escaped}</font>' if cjk else escaped)
    return "".join(parts)


# ReportLab's own lists miss the full-width comma, colon, semicolon, question and exclamation
# marks, so its CJK wrapping can start a line with "，". These sets add them.
_CANNOT_START = frozenset(
    ALL_CANNOT_START + "，。、．：；？！）」』】〕〉》〗〙〛｝］’”％‰℃・ー…‥々〻"
    "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ"
)
_CANNOT_END = frozenset(ALL_CANNOT_END + "（「『【〔〈《〖〘〚｛［‘“")
_MAX_HANGING = 2


def _breaks_word(left: str, right: str) -> bool:
    """Whether a line break between two glyphs would cut a Latin word."""
    return bool(left and right) and not (
        left.isspace() or right.isspace() or is_cjk(left) or is_cjk(right)
    )


def _allowed_break(glyphs: list[cjkU], index: int) -> bool:
    left, right = glyphs[index - 1], glyphs[index]
    return right not in _CANNOT_START and left not in _CANNOT_END and not _breaks_word(left, right)


def _break_index(glyphs: list[cjkU], start: int, overflow: int) -> int:
    """Where the next line starts, given the first glyph that does not fit."""
    for index in range(overflow, start, -1):
        if _allowed_break(glyphs, index):
            return index
    # No good break on the line (a very long word, or punctuation right after the first glyph):
    # cut at the margin and let closing punctuation hang rather than start the next line.
    index = overflow
    while (
        index < len(glyphs) and index - overflow < _MAX_HANGING and glyphs[index] in _CANNOT_START
    ):
        index += 1
    return index


def _kinsoku_lines(frags: list, max_widths: list[float], calc_bounds: bool) -> ParaLines:
    glyphs = []
    for frag in frags:
        text = getattr(frag, "text", "") or ""
        # A line break (<br/>) is an empty frag: keep it as a zero-width glyph.
        glyphs.extend(cjkU(char, frag, "utf8") for char in text or [""])
    lines = []
    start, count = 0, len(glyphs)
    while start < count:
        max_width = max_widths[min(len(lines), len(max_widths) - 1)]
        used, index, hard_break = 0.0, start, False
        while index < count:
            glyph = glyphs[index]
            if hasattr(glyph.frag, "lineBreak"):
                hard_break, index = True, index + 1
                break
            if index > start and used + glyph.width > max_width + _FUZZ:
                break
            used += glyph.width
            index += 1
        end = index if hard_break or index >= count else _break_index(glyphs, start, index)
        width = sum(g.width for g in glyphs[start:end])
        # Spaces at a break stay at the end of the line (invisible, not counted), so that joining
        # the lines again, as a split across pages does, gives back the original text.
        while not hard_break and end < count and glyphs[end] == " ":
            end += 1
        lines.append(
            makeCJKParaLine(
                glyphs[start:end], max_width, width, max_width - width, hard_break, calc_bounds
            )
        )
        start = end
    return ParaLines(kind=1, lines=lines)


class KinsokuParagraph(Paragraph):
    """A paragraph whose CJK wrapping keeps closing punctuation off line starts and opening
    brackets off line ends, and breaks mixed Latin text between words."""

    def breakLinesCJK(self, maxWidths: float | list[float]) -> ParaLines:  # noqa: N802, N803
        """Break the paragraph into lines of at most the given widths."""
        widths = list(maxWidths) if isinstance(maxWidths, list | tuple) else [maxWidths]
        self.height = 0
        if hasattr(self, "blPara") and getattr(self, "_splitpara", 0):
            return self.blPara
        style = self.style
        if not self.frags:
            return ParaLines(
                kind=0,
                fontSize=style.fontSize,
                fontName=style.fontName,
                textColor=style.textColor,
                lines=[],
                ascent=style.fontSize,
                descent=-0.2 * style.fontSize,
            )
        auto_leading = getattr(self, "autoLeading", getattr(style, "autoLeading", ""))
        return _kinsoku_lines(self.frags, widths, auto_leading not in ("", "off"))

    def _get_split_blParaFunc(self) -> Callable[[ParaLines, int, int], list]:  # noqa: N802
        # ReportLab's splitter appends a space to every line when a paragraph is split across
        # pages, which would put gaps into Chinese text; these lines already hold their spaces.
        return _join_lines


def _join_lines(para_lines: ParaLines, start: int, stop: int) -> list:
    return [word for line in para_lines.lines[start:stop] for word in line.words]


@lru_cache(maxsize=64)
def _cjk_style(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-cjk", parent=style, wordWrap="CJK")


_TAG = re.compile(r"(<[^>]*>)")


def cjk_runs_in_font(markup: str) -> str:
    """``markup`` with the CJK runs of its text (outside tags, outside a CJK font tag already
    there) set in the CJK font: translated fixed strings ("<b>下一步：{level}</b>") hold Chinese
    that :func:`rich` never saw."""
    if not has_cjk(markup):
        return markup
    cjk_tag = f'<font name="{cjk_font()}">'
    parts: list[str] = []
    fonts: list[bool] = []  # open <font> tags: whether each is the CJK font
    for piece in _TAG.split(markup):
        if piece.startswith("<"):
            if piece.startswith("<font"):
                fonts.append(piece == cjk_tag)
            elif piece == "</font>" and fonts:
                fonts.pop()
            parts.append(piece)
        elif piece and any(fonts):
            parts.append(piece)
        else:
            for cjk, run in runs(piece):
                parts.append(f"{cjk_tag}{run}</font>" if cjk else run)
    return "".join(parts)


def para(markup: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of markup built with :func:`rich` and fixed (translated) strings; CJK text is
    set in the CJK font and wraps per character with kinsoku."""
    if has_cjk(markup):
        return KinsokuParagraph(cjk_runs_in_font(markup), _cjk_style(style))
    return Paragraph(markup, style)


def text_para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph showing ``text`` literally."""
    return para(rich(text), style)
