"""Draw the app icon and the programme file-type icon with Qt (PNG at several sizes and ICO).

    QT_QPA_PLATFORM=offscreen /work/venv/bin/python resources/icons/make_icons.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

HERE = Path(__file__).resolve().parent
BLUE = QColor("#1f5a96")
GREEN = QColor("#3c9a5f")
PAPER = QColor("#ffffff")


def draw_app(size: int) -> QImage:
    """A blue rounded square with a rising bar chart and a check mark: plan, follow up, reach."""
    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 64
    p.setBrush(BLUE)
    p.setPen(Qt.PenStyle.NoPen)
    p.drawRoundedRect(QRectF(2 * s, 2 * s, 60 * s, 60 * s), 12 * s, 12 * s)
    p.setBrush(PAPER)
    for i, h in enumerate((14, 22, 32)):
        p.drawRect(QRectF((12 + i * 12) * s, (52 - h) * s, 8 * s, h * s))
    pen = QPen(GREEN.lighter(150), 5 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    path = QPainterPath(QPointF(34 * s, 20 * s))
    path.lineTo(QPointF(41 * s, 27 * s))
    path.lineTo(QPointF(54 * s, 12 * s))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(path)
    p.end()
    return img


def draw_file(size: int) -> QImage:
    """A sheet with a folded corner and the small app mark: a .tyohjelma.json file."""
    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 64
    sheet = QPainterPath(QPointF(12 * s, 4 * s))
    sheet.lineTo(QPointF(42 * s, 4 * s))
    sheet.lineTo(QPointF(54 * s, 16 * s))
    sheet.lineTo(QPointF(54 * s, 60 * s))
    sheet.lineTo(QPointF(12 * s, 60 * s))
    sheet.closeSubpath()
    p.setPen(QPen(QColor("#5a6673"), 2 * s))
    p.setBrush(QBrush(PAPER))
    p.drawPath(sheet)
    p.setBrush(QColor("#dfe6ee"))
    p.drawPolygon([QPointF(42 * s, 4 * s), QPointF(42 * s, 16 * s), QPointF(54 * s, 16 * s)])
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(BLUE)
    for i, h in enumerate((10, 16, 24)):
        p.drawRect(QRectF((20 + i * 9) * s, (52 - h) * s, 6 * s, h * s))
    p.end()
    return img


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for name, draw in (("app", draw_app), ("file", draw_file)):
        for size in (16, 32, 48, 256):
            draw(size).save(str(HERE / f"{name}-{size}.png"))
        draw(256).save(str(HERE / f"{name}.png"))
        draw(256).save(str(HERE / f"{name}.ico"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
