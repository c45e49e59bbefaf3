"""Render the app icon (resources/icons/skill-ladder.svg) to PNGs and a Windows .ico.

Run after editing the SVG; the outputs are committed, so builds do not need to render them:

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/render_icons.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = ICONS / "skill-ladder.svg"
SIZES = (16, 32, 48, 64, 128, 256)


def png_path(size: int) -> Path:
    """Where the PNG of one size lives (the .deb maps it into the hicolor theme)."""
    return ICONS / f"skill-ladder-{size}.png"


def render_pngs() -> list[Path]:
    """Render the SVG at every size with Qt's SVG renderer; return the files written."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG}: not a valid SVG")
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = png_path(size)
        if not image.save(str(path), "PNG"):
            raise SystemExit(f"cannot write {path}")
        written.append(path)
    return written


def write_ico() -> Path:
    """A multi-size .ico for the Windows executable and installer (Pillow comes with ReportLab)."""
    from PIL import Image

    path = ICONS / "skill-ladder.ico"
    with Image.open(png_path(max(SIZES))) as largest:
        largest.save(path, format="ICO", sizes=[(size, size) for size in SIZES])
    return path


def main() -> int:
    """Render everything and list the files."""
    for path in [*render_pngs(), write_ico()]:
        print(path.relative_to(ICONS.parent.parent))
    return 0


if __name__ == "__main__":
    sys.exit(main())
