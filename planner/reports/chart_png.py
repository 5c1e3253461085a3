"""Charts as PNG pictures for Word, drawn with Pillow from the same reportlab drawings as the PDF.

reportlab's own bitmap renderer (renderPM) needs a C backend that is not installed
(rlPyCairo and pycairo, or the retired rl_renderPM); Word needs a bitmap. The
follow-up charts use only lines, rectangles, polygons, circles, paths and text,
so a small renderer on reportlab's :class:`~reportlab.graphics.renderbase.Renderer`
walks the drawing (its state tracker gives the transform, colours, line width and
font of every shape) and paints it with Pillow, which reportlab already depends
on. Text uses the embedded DejaVu fonts, so the picture says the same as the PDF.
"""

from __future__ import annotations

from io import BytesIO
from typing import Any


def drawing_to_png(drawing: Any, dpi: int = 150) -> bytes:
    """The drawing as PNG bytes at ``dpi`` (a white background)."""
    from PIL import Image, ImageDraw

    scale = dpi / 72.0
    w = max(1, int(round(drawing.width * scale)))
    h = max(1, int(round(drawing.height * scale)))
    image = Image.new("RGB", (w, h), "white")
    renderer = _renderer_class()(ImageDraw.Draw(image), scale, drawing.height)
    renderer.draw(drawing, _NullCanvas(), 0, 0, showBoundary=False)
    out = BytesIO()
    image.save(out, format="PNG", compress_level=6)
    return out.getvalue()


class _NullCanvas:
    """The renderer's 'canvas': state saving is a no-op (the tracker holds the state)."""

    def saveState(self) -> None:  # noqa: N802 - reportlab's name
        pass

    def restoreState(self) -> None:  # noqa: N802
        pass


_CLASS: type | None = None
_FONTS: dict[tuple[str, int], Any] = {}


def _font(name: str, size_px: int) -> Any:
    from PIL import ImageFont

    from planner.fonts import FONT_FILES, font_file

    key = (name, size_px)
    if key not in _FONTS:
        _FONTS[key] = ImageFont.truetype(font_file(name if name in FONT_FILES else "DejaVuSans"), max(1, size_px))
    return _FONTS[key]


def _rgb(color: Any) -> tuple[int, int, int] | None:
    if color is None:
        return None
    try:
        return (int(round(color.red * 255)), int(round(color.green * 255)), int(round(color.blue * 255)))
    except AttributeError:
        return None


def _renderer_class() -> type:
    global _CLASS
    if _CLASS is not None:
        return _CLASS
    from reportlab.graphics.renderbase import Renderer, getStateDelta
    from reportlab.graphics.shapes import Path

    class PilRenderer(Renderer):
        def __init__(self, draw: Any, scale: float, height: float) -> None:
            self.d = draw
            self.scale = scale
            self.height = height

        def applyStateChanges(self, delta: Any, newState: Any) -> None:  # noqa: N802, N803
            pass

        def drawNode(self, node: Any) -> None:  # noqa: N802
            self._tracker.push(getStateDelta(node))
            self.drawNodeDispatcher(node)
            self._tracker.pop()

        # -- helpers ------------------------------------------------------------------------
        def _state(self, key: str) -> Any:
            return self._tracker.getState().get(key)

        def _pt(self, x: float, y: float) -> tuple[float, float]:
            a, b, c, d, e, f = self._tracker.getState()["transform"]
            return ((a * x + c * y + e) * self.scale, (self.height - (b * x + d * y + f)) * self.scale)

        def _unit(self) -> float:
            a, b, _c, _d, _e, _f = self._tracker.getState()["transform"]
            return (a * a + b * b) ** 0.5 * self.scale

        def _stroke(self) -> tuple[tuple[int, int, int] | None, int]:
            color = _rgb(self._state("strokeColor"))
            width = self._state("strokeWidth") or 0
            return color, max(1, int(round(width * self._unit())))

        def _lines(self, pts: list[tuple[float, float]], closed: bool = False) -> None:
            color, width = self._stroke()
            if color is None or len(pts) < 2:
                return
            if closed:
                pts = pts + [pts[0]]
            dash = self._state("strokeDashArray")
            if dash and isinstance(dash, (list, tuple)) and all(isinstance(v, (int, float)) for v in dash):
                self._dashed(pts, [max(1.0, v * self._unit()) for v in dash], color, width)
            else:
                self.d.line(pts, fill=color, width=width)

        def _dashed(self, pts: list[tuple[float, float]], pattern: list[float], color: Any, width: int) -> None:
            on, i, left = True, 0, pattern[0]
            for (x0, y0), (x1, y1) in zip(pts, pts[1:], strict=False):
                length = ((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5
                pos = 0.0
                while pos < length:
                    step = min(left, length - pos)
                    if on and length:
                        t0, t1 = pos / length, (pos + step) / length
                        self.d.line([(x0 + (x1 - x0) * t0, y0 + (y1 - y0) * t0),
                                     (x0 + (x1 - x0) * t1, y0 + (y1 - y0) * t1)], fill=color, width=width)
                    pos += step
                    left -= step
                    if left <= 1e-9:
                        on, i = not on, (i + 1) % len(pattern)
                        left = pattern[i]

        def _fill_polygon(self, pts: list[tuple[float, float]]) -> None:
            fill = _rgb(self._state("fillColor"))
            if fill is not None and len(pts) >= 3:
                self.d.polygon(pts, fill=fill)
            self._lines(pts, closed=True)

        # -- shapes -------------------------------------------------------------------------
        def drawLine(self, line: Any) -> None:  # noqa: N802
            self._lines([self._pt(line.x1, line.y1), self._pt(line.x2, line.y2)])

        def drawRect(self, rect: Any) -> None:  # noqa: N802
            x, y, w, h = rect.x, rect.y, rect.width, rect.height
            self._fill_polygon([self._pt(x, y), self._pt(x + w, y), self._pt(x + w, y + h), self._pt(x, y + h)])

        def drawPolyLine(self, p: Any) -> None:  # noqa: N802
            pts = p.points
            self._lines([self._pt(pts[i], pts[i + 1]) for i in range(0, len(pts) - 1, 2)])

        def drawPolygon(self, p: Any) -> None:  # noqa: N802
            pts = p.points
            self._fill_polygon([self._pt(pts[i], pts[i + 1]) for i in range(0, len(pts) - 1, 2)])

        def drawCircle(self, circle: Any) -> None:  # noqa: N802
            cx, cy = self._pt(circle.cx, circle.cy)
            r = circle.r * self._unit()
            fill = _rgb(self._state("fillColor"))
            color, width = self._stroke()
            self.d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=fill, outline=color, width=width)

        def drawEllipse(self, ellipse: Any) -> None:  # noqa: N802
            cx, cy = self._pt(ellipse.cx, ellipse.cy)
            rx, ry = ellipse.rx * self._unit(), ellipse.ry * self._unit()
            color, width = self._stroke()
            self.d.ellipse([cx - rx, cy - ry, cx + rx, cy + ry], fill=_rgb(self._state("fillColor")),
                           outline=color, width=width)

        def drawWedge(self, wedge: Any) -> None:  # noqa: N802
            poly = wedge.asPolygon()
            if isinstance(poly, Path):
                self.drawPath(poly)
            else:
                self.drawPolygon(poly)

        def drawPath(self, path: Any) -> None:  # noqa: N802
            from reportlab.graphics.shapes import _renderPath

            shapes: list[list[tuple[float, float]]] = []
            closed: list[bool] = []

            def move_to(x: float, y: float) -> None:
                shapes.append([self._pt(x, y)])
                closed.append(False)

            def line_to(x: float, y: float) -> None:
                if not shapes:
                    move_to(x, y)
                shapes[-1].append(self._pt(x, y))

            def curve_to(x1: float, y1: float, x2: float, y2: float, x3: float, y3: float) -> None:
                (sx, sy) = shapes[-1][-1] if shapes else self._pt(x1, y1)
                p1, p2, p3 = self._pt(x1, y1), self._pt(x2, y2), self._pt(x3, y3)
                for k in range(1, 9):
                    t = k / 8
                    mt = 1 - t
                    shapes[-1].append((mt ** 3 * sx + 3 * mt * mt * t * p1[0] + 3 * mt * t * t * p2[0] + t ** 3 * p3[0],
                                       mt ** 3 * sy + 3 * mt * mt * t * p1[1] + 3 * mt * t * t * p2[1] + t ** 3 * p3[1]))

            def close_path() -> None:
                if closed:
                    closed[-1] = True

            _renderPath(path, (move_to, line_to, curve_to, close_path))
            for pts, is_closed in zip(shapes, closed, strict=False):
                if is_closed:
                    self._fill_polygon(pts)
                else:
                    self._lines(pts)

        def drawString(self, s: Any) -> None:  # noqa: N802
            color = _rgb(self._state("fillColor"))
            if color is None or not s.text:
                return
            size = self._state("fontSize") or 10
            font = _font(self._state("fontName") or "DejaVuSans", int(round(size * self._unit())))
            x, y = self._pt(s.x, s.y)
            anchor = {"middle": "ms", "end": "rs"}.get(self._state("textAnchor") or "start", "ls")
            self.d.text((x, y), s.text, fill=color, font=font, anchor=anchor)

        def drawImage(self, *args: Any, **kw: Any) -> None:  # noqa: N802 - the charts hold no images
            pass

    _CLASS = PilRenderer
    return _CLASS
