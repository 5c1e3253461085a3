"""A chart as a flat list of shapes, drawn straight onto a PDF canvas or into a Pillow picture.

reportlab's chart widgets (LinePlot, its axes, labels and markers) build a tree
of validated widget objects for every chart, expand it into shapes node by node
and render each through a state tracker: for the 321 charts of a 400-indicator
follow-up report that was ~1 s of the PDF and, walked again for Word's PNGs, most
of Word's 3 s (issue 19). The indicator chart only ever draws lines, polylines,
small circles and text, so :mod:`planner.reports.charts` computes those once,
in chart coordinates (points, origin bottom left), and the two back ends here
paint them:

- :meth:`ChartShapes.drawOn`: reportlab canvas operators (the PDF);
- :meth:`ChartShapes.to_png`: a Pillow picture (Word).

A ``ChartShapes`` is a value: the same chart (the same series, lines and legend)
compares and hashes equal, so a report can draw it once and reuse the picture.
"""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO
from typing import Any

# Shapes: ("line", x1, y1, x2, y2, colour, width, dash)
#         ("poly", (x1, y1, x2, y2, ...), colour, width, dash, join)
#         ("circle", cx, cy, r, colour, stroke_width)  - filled and stroked in one colour
#         ("text", x, y, text, font, size)                - black, left-aligned at x
Shape = tuple[Any, ...]


@dataclass(frozen=True)
class ChartShapes:
    """A chart's size and its shapes in drawing order."""

    width: float
    height: float
    shapes: tuple[Shape, ...]

    # -- PDF --------------------------------------------------------------------------------------
    def drawOn(self, canv: Any, x: float = 0, y: float = 0) -> None:  # noqa: N802 - reportlab's name
        """Paint the shapes on a reportlab canvas with their origin at (x, y).

        Lines and circles are written as PDF operators straight into the page's content
        (reportlab's canvas formats each number through a slow pure-Python routine when
        its C accelerator is missing, ~90,000 numbers for 320 charts); text goes through
        the canvas, which encodes it for the embedded font. All inside q … Q.
        """
        code = canv._code
        canv.saveState()
        if x or y:
            canv.translate(x, y)
        code.append("0 J 0 j")
        stroke = fill = None
        width = dash = font = None
        join = 0
        for shape in self.shapes:
            kind = shape[0]
            if kind == "text":
                _k, tx, ty, text, name, size = shape
                if fill != "#000000":
                    code.append("0 0 0 rg")
                    fill = "#000000"
                if font != (name, size):
                    canv.setFont(name, size)
                    font = (name, size)
                canv.drawString(tx, ty, text)
                continue
            if kind == "circle":
                _k, cx, cy, r, col, w = shape
                new_dash, new_join = dash, join
            elif kind == "line":
                _k, *_xy, col, w, new_dash = shape
                new_join = 0
            else:
                _k, _pts, col, w, new_dash, new_join = shape
            if stroke != col:
                code.append(_pdf_rgb(col) + " RG")
                stroke = col
            if width != w:
                code.append(f"{w:.2f} w")
                width = w
            if dash != new_dash:
                code.append(("[" + " ".join(f"{v:.2f}" for v in new_dash) + "] 0 d") if new_dash else "[] 0 d")
                dash = new_dash
            if join != new_join:
                code.append(f"{new_join} j")
                join = new_join
            if kind == "line":
                code.append(f"n {shape[1]:.2f} {shape[2]:.2f} m {shape[3]:.2f} {shape[4]:.2f} l S")
            elif kind == "poly":
                pts = shape[1]
                ops = [f"n {pts[0]:.2f} {pts[1]:.2f} m"]
                ops += [f"{pts[i]:.2f} {pts[i + 1]:.2f} l" for i in range(2, len(pts) - 1, 2)]
                ops.append("S")
                code.append(" ".join(ops))
            else:
                if fill != col:
                    code.append(_pdf_rgb(col) + " rg")
                    fill = col
                code.append(_circle_ops(cx, cy, r))
        canv.restoreState()

    # -- Word -------------------------------------------------------------------------------------
    def to_png(self, dpi: int = 120) -> bytes:
        """The chart as a PNG picture at ``dpi`` on white (the same shapes as the PDF)."""
        from PIL import Image, ImageDraw

        scale = dpi / 72.0
        image = Image.new("RGB", (max(1, round(self.width * scale)), max(1, round(self.height * scale))), "white")
        draw = ImageDraw.Draw(image)
        h = self.height

        def pt(px: float, py: float) -> tuple[float, float]:
            return px * scale, (h - py) * scale

        for shape in self.shapes:
            kind = shape[0]
            if kind == "text":
                _k, tx, ty, text, name, size = shape
                mask, (dx, dy) = _text_mask(text, name, round(size * scale))
                px, py = pt(tx, ty)
                image.paste((0, 0, 0), (round(px) + dx, round(py) + dy), mask)
            elif kind == "circle":
                _k, cx, cy, r, col, w = shape
                x0, y0 = pt(cx, cy)
                rr = r * scale
                rgb = _rgb(col)
                draw.ellipse([x0 - rr, y0 - rr, x0 + rr, y0 + rr], fill=rgb, outline=rgb,
                             width=max(1, round(w * scale)))
            else:
                if kind == "line":
                    _k, x1, y1, x2, y2, col, w, dash = shape
                    points = [pt(x1, y1), pt(x2, y2)]
                else:
                    _k, flat, col, w, dash, _join = shape
                    points = [pt(flat[i], flat[i + 1]) for i in range(0, len(flat) - 1, 2)]
                px_width = max(1, round(w * scale))
                if dash:
                    _dashed(draw, points, [max(1.0, v * scale) for v in dash], _rgb(col), px_width)
                else:
                    draw.line(points, fill=_rgb(col), width=px_width)
        out = BytesIO()
        # Level 1: a chart of flat colours compresses nearly as well, at a third of level 6's time.
        image.save(out, format="PNG", compress_level=1)
        return out.getvalue()


_FONTS: dict[tuple[str, int], Any] = {}
_KAPPA = 0.5522847498  # a quarter circle as one Bézier curve


def _pdf_rgb(hex_colour: str) -> str:
    r, g, b = _rgb(hex_colour)
    return f"{r / 255:.4f} {g / 255:.4f} {b / 255:.4f}"


def _circle_ops(cx: float, cy: float, r: float) -> str:
    """A filled and stroked circle: four Bézier quarters (as reportlab's canvas.circle)."""
    k = r * _KAPPA
    return (f"n {cx + r:.2f} {cy:.2f} m "
            f"{cx + r:.2f} {cy + k:.2f} {cx + k:.2f} {cy + r:.2f} {cx:.2f} {cy + r:.2f} c "
            f"{cx - k:.2f} {cy + r:.2f} {cx - r:.2f} {cy + k:.2f} {cx - r:.2f} {cy:.2f} c "
            f"{cx - r:.2f} {cy - k:.2f} {cx - k:.2f} {cy - r:.2f} {cx:.2f} {cy - r:.2f} c "
            f"{cx + k:.2f} {cy - r:.2f} {cx + r:.2f} {cy - k:.2f} {cx + r:.2f} {cy:.2f} c h B")
_RGB: dict[str, tuple[int, int, int]] = {}


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    rgb = _RGB.get(hex_colour)
    if rgb is None:
        h = hex_colour.lstrip("#")
        rgb = _RGB[hex_colour] = (int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16))
    return rgb


def _pil_font(name: str, size_px: int) -> Any:
    key = (name, size_px)
    font = _FONTS.get(key)
    if font is None:
        from PIL import ImageFont

        from planner.fonts import FONT_FILES, font_file

        font = _FONTS[key] = ImageFont.truetype(font_file(name if name in FONT_FILES else "DejaVuSans"),
                                                max(1, size_px))
    return font


_MASKS: dict[tuple[str, str, int], tuple[Any, tuple[int, int]]] = {}


def _text_mask(text: str, name: str, size_px: int) -> tuple[Any, tuple[int, int]]:
    """A label's anti-aliased glyphs as a greyscale mask and its offset from the baseline start.

    Rendered once per text and size: month names, axis numbers and the legend recur on every
    chart, and Pillow's text rendering was a third of a chart's picture (issue 19).
    """
    key = (text, name, size_px)
    found = _MASKS.get(key)
    if found is None:
        from PIL import Image, ImageDraw

        font = _pil_font(name, size_px)
        x0, y0, x1, y1 = font.getbbox(text, anchor="ls")
        mask = Image.new("L", (max(1, x1 - x0), max(1, y1 - y0)), 0)
        ImageDraw.Draw(mask).text((-x0, -y0), text, fill=255, font=font, anchor="ls")
        found = _MASKS[key] = (mask, (x0, y0))
        if len(_MASKS) > 4096:
            _MASKS.clear()
            _MASKS[key] = found
    return found


def _dashed(draw: Any, pts: list[tuple[float, float]], pattern: list[float], color: Any, width: int) -> None:
    """A dashed polyline: the pattern runs on across the corners, as in a PDF viewer."""
    on, i, left = True, 0, pattern[0]
    for (x0, y0), (x1, y1) in zip(pts, pts[1:], strict=False):
        length = ((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5
        pos = 0.0
        while pos < length:
            step = min(left, length - pos)
            if on:
                t0, t1 = pos / length, (pos + step) / length
                draw.line([(x0 + (x1 - x0) * t0, y0 + (y1 - y0) * t0),
                           (x0 + (x1 - x0) * t1, y0 + (y1 - y0) * t1)], fill=color, width=width)
            pos += step
            left -= step
            if left <= 1e-9:
                on, i = not on, (i + 1) % len(pattern)
                left = pattern[i]
