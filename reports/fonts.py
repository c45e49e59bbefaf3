"""Embedded TrueType fonts for PDFs: DejaVu Sans for Latin and more, WenQuanYi Micro Hei for CJK.

Fonts are registered with ReportLab once per process, on first use; ReportLab embeds the
glyphs a document uses as subsets. The standard-14 fonts and CID fonts are never used because
they are not embedded.
"""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from resources import resource_path

SANS = "SkillLadderSans"
SANS_BOLD = "SkillLadderSans-Bold"
CJK = "SkillLadderCJK"

_FILES = {
    SANS: ("DejaVuSans.ttf", 0),
    SANS_BOLD: ("DejaVuSans-Bold.ttf", 0),
    CJK: ("wqy-microhei.ttc", 0),
}

_lock = threading.Lock()
_registered: set[str] = set()


def _register(name: str) -> None:
    file_name, subfont = _FILES[name]
    path = str(resource_path("fonts", file_name))
    pdfmetrics.registerFont(TTFont(name, path, subfontIndex=subfont))
    _registered.add(name)


def latin_fonts() -> tuple[str, str]:
    """Register (once) and return the regular and bold Latin font names; ``<b>`` maps to bold."""
    with _lock:
        if SANS not in _registered:
            _register(SANS)
            _register(SANS_BOLD)
            pdfmetrics.registerFontFamily(
                SANS, normal=SANS, bold=SANS_BOLD, italic=SANS, boldItalic=SANS_BOLD
            )
    return SANS, SANS_BOLD


def cjk_font() -> str:
    """Register (once) and return the CJK font name.

    Loaded lazily: plans without Chinese, Japanese or Korean text never pay for the 5 MB file.
    The font has no bold face, so bold maps to regular.
    """
    with _lock:
        if CJK not in _registered:
            _register(CJK)
            pdfmetrics.registerFontFamily(CJK, normal=CJK, bold=CJK, italic=CJK, boldItalic=CJK)
    return CJK
