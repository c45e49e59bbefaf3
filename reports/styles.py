"""The look of the growth plan: colours, a spacing scale and paragraph styles (DejaVu only)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from reports.fonts import latin_fonts

INK = colors.HexColor("#1F2933")
MUTED = colors.HexColor("#616E7C")
FAINT = colors.HexColor("#9AA5B1")
RULE = colors.HexColor("#D9E2EC")
ZEBRA = colors.HexColor("#F5F7FA")
HEADER_FILL = colors.HexColor("#E6EEF5")
NOTE_FILL = colors.HexColor("#F7F9FB")
ACCENT = colors.HexColor("#0F766E")
ACCENT_LIGHT = colors.HexColor("#99D5CF")
TARGET = colors.HexColor("#B45309")
DOWN = colors.HexColor("#C2410C")
BEFORE = colors.HexColor("#BCCCDC")

MARGIN = 19 * mm
BASE_SIZE = 10.0
LEADING = 14.0

# Spacing scale in points; every gap in the layout is one of these.
XS, S, M, L, XL, XXL = 2.0, 4.0, 6.0, 10.0, 16.0, 24.0


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of the growth plan."""

    title: ParagraphStyle
    name: ParagraphStyle
    meta_label: ParagraphStyle
    meta_value: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    skill_meta: ParagraphStyle
    body: ParagraphStyle
    lead: ParagraphStyle
    note: ParagraphStyle
    small: ParagraphStyle
    caption: ParagraphStyle
    cell: ParagraphStyle
    cell_muted: ParagraphStyle
    cell_head: ParagraphStyle
    item: ParagraphStyle


def _style(
    name: str, font: str, size: float, leading: float, color: Color = INK, **extra: object
) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        fontName=font,
        fontSize=size,
        leading=leading,
        textColor=color,
        bulletFontName=font,
        **extra,
    )


@cache
def make_styles() -> Styles:
    """The styles, built once (fonts are registered on the way); treat them as read-only."""
    regular, bold = latin_fonts()
    return Styles(
        title=_style("title", bold, 24, 28, spaceAfter=S),
        name=_style("name", regular, 14, 18, spaceAfter=L),
        meta_label=_style("meta-label", regular, 8.5, 12, MUTED),
        meta_value=_style("meta-value", regular, 9.5, 12.5),
        h1=_style("h1", bold, 15, 19, spaceBefore=S, spaceAfter=M),
        h2=_style("h2", bold, 11.5, 15, spaceBefore=XL, spaceAfter=XS),
        skill_meta=_style("skill-meta", regular, 8.5, 12, MUTED, spaceAfter=M),
        body=_style("body", regular, BASE_SIZE, LEADING, spaceAfter=M),
        lead=_style("lead", bold, 11, 15, spaceAfter=S),
        note=_style(
            "note",
            regular,
            9.5,
            13.5,
            leftIndent=M,
            rightIndent=M,
            backColor=NOTE_FILL,
            borderPadding=(S, M, S, M),
            spaceBefore=S,
            spaceAfter=L,
        ),
        small=_style("small", regular, 8.5, 12, MUTED, spaceAfter=S),
        caption=_style("caption", regular, 8, 11, MUTED, spaceBefore=XS, spaceAfter=M),
        cell=_style("cell", regular, 8.5, 11),
        cell_muted=_style("cell-muted", regular, 8.5, 11, FAINT),
        cell_head=_style("cell-head", bold, 8.5, 11),
        item=_style("item", regular, BASE_SIZE, LEADING, spaceAfter=S),
    )
