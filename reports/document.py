"""The frame every report shares: paper sizes, page layout, progress and a "page X of Y" footer."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from core.i18n import translate
from reports.fonts import SANS, cjk_font, latin_fonts
from reports.markup import clean, drawable, runs
from reports.styles import MARGIN, MUTED, RULE, Styles, make_styles

PAPER_SIZES = {"a4": A4, "letter": LETTER}

Progress = Callable[[int, int], None]
Builder = Callable[[Styles, float], list[Flowable]]
"""Builds part of the story from the styles and the width of the text frame."""

FOOTER_SIZE = 7.5
# SimpleDocTemplate's frame pads its content by 6 pt; the footer lines up with the content.
_FRAME_PADDING = 6


def page_size(paper: str) -> tuple[float, float]:
    """The size of "a4" or "letter" in points; ValueError for any other name."""
    try:
        return PAPER_SIZES[paper]
    except KeyError:
        raise ValueError(
            f"unknown paper size {paper!r}; use one of {sorted(PAPER_SIZES)}"
        ) from None


def _font_runs(text: str) -> list[tuple[str, str]]:
    return [(cjk_font() if cjk else SANS, run) for cjk, run in runs(text)]


def _mixed_width(text: str, size: float) -> float:
    return sum(stringWidth(run, font, size) for font, run in _font_runs(text))


def _draw_mixed(canvas: Canvas, x: float, y: float, text: str, size: float, width: float) -> None:
    """Draw one line of text, switching to the CJK font for CJK runs, shortened to ``width``."""
    text = " ".join(drawable(clean(text)).split())
    if _mixed_width(text, size) > width:
        while text and _mixed_width(text + "…", size) > width:
            text = text[:-1]
        text += "…"
    for font, run in _font_runs(text):
        canvas.setFont(font, size)
        canvas.drawString(x, y, run)
        x += stringWidth(run, font, size)


class _NumberedCanvas(Canvas):
    """A canvas that holds every page back until the end, so footers can say "page X of Y"."""

    def __init__(self, *args: Any, footer: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802
        """Keep the finished page; it is written out in :meth:`save`."""
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        """Write every page with its footer, then the file."""
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._draw_footer(number, total)
            super().showPage()
        super().save()

    def _draw_footer(self, number: int, total: int) -> None:
        width, _ = self._pagesize
        left, right = MARGIN + _FRAME_PADDING, width - MARGIN - _FRAME_PADDING
        y = MARGIN * 0.55
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(left, y + 10, right, y + 10)
        self.setFillColor(MUTED)
        page = translate("Report", "page {page} of {pages}").format(page=number, pages=total)
        page_width = _mixed_width(page, FOOTER_SIZE)
        room = right - left - page_width - 24
        _draw_mixed(self, left, y, self._footer, FOOTER_SIZE, room)
        _draw_mixed(self, right - page_width, y, page, FOOTER_SIZE, page_width + 1)
        self.restoreState()


def render_document(
    builders: Sequence[Builder],
    *,
    paper: str,
    progress: Progress | None,
    person: str,
    title: str,
    subject: str,
) -> bytes:
    """PDF bytes of the story the builders make, in order, footed "Skill Ladder · <person>".

    ``paper`` is checked before any work. ``progress(done, total)`` is called from the calling
    thread after set-up, after each builder and after page layout. ``title`` and ``subject`` go
    into the file's metadata.
    """
    size = page_size(paper)
    stages = len(builders) + 2
    report = progress or (lambda done, total: None)
    report(0, stages)

    latin_fonts()
    styles = make_styles()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 8,
        title=clean(title),
        author=clean(person),
        subject=clean(subject),
        creator="Skill Ladder",
        initialFontName=SANS,
    )
    # The frame pads its content, so paragraphs wrap narrower than doc.width; tables and charts
    # drawn at doc.width would stick out past the paragraphs and the footer rule.
    width = doc.width - 2 * _FRAME_PADDING
    report(1, stages)
    story: list[Flowable] = []
    for done, build in enumerate(builders, start=2):
        story.extend(build(styles, width))
        report(done, stages)

    doc.build(story, canvasmaker=partial(_NumberedCanvas, footer=f"Skill Ladder · {person}"))
    report(stages, stages)
    return buffer.getvalue()
