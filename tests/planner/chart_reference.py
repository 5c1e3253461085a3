"""The indicator chart as reportlab's LinePlot drew it before issue 19: the reference the fast chart is held to.

:func:`reference_chart` is the old ``planner.reports.charts.indicator_chart`` unchanged
(a reportlab Drawing with a LinePlot widget); :func:`flatten` walks a drawing with
reportlab's own renderer state and returns the shapes it paints, in the form of
:mod:`planner.reports.chart_shapes`, so a test can compare the two shape by shape.
"""

from __future__ import annotations

from typing import Any

from planner.reports.charts import (
    MONTH_ABBR,
    OUTLOOK_LABEL,
    PREVIOUS_YEAR,
    _axis_number,
    _legend_width,
    chart_data,
    use_font,
)


def _unchecked_shapes() -> None:
    from reportlab import rl_config

    rl_config.shapeChecking = 0


def reference_chart(result: Any, labels: dict[str, str], lang: str, font: str, color: str, **kw: Any) -> Any | None:
    """``indicator_chart`` as it was: a reportlab Drawing holding a LinePlot (same arguments)."""
    return _line_plot(result, labels, lang, font, color, **kw)


def _line_plot(result: Any, labels: dict[str, str], lang: str, font: str, color: str, width: float = 225,
               height: float = 120, outlook: Any = None, series: Any = None, series_target: Any = None,
               previous: Any = None) -> Any | None:
    _unchecked_shapes()
    from reportlab.graphics.charts.lineplots import LinePlot
    from reportlab.graphics.shapes import Drawing, Line, String
    from reportlab.graphics.widgets.markers import makeMarker
    from reportlab.lib import colors


    data = chart_data(result, outlook, series, series_target, previous)
    if data is None:
        return None
    points, before, cumulative, baseline, target, lo, hi, pad = data
    ind = result.indicator
    use_font(font)
    d = Drawing(width, height)
    lp = LinePlot()
    lp.x, lp.y = 34, 30
    lp.width, lp.height = width - 42, height - 40 - (8 if len(before) >= 2 else 0)
    if _legend_width(ind, baseline, target, outlook, cumulative, labels, lang, font) > width - lp.x:
        lp.y, lp.height = 39, lp.height - 9  # the legend takes two lines
    lp.data = [points, before] if len(before) >= 2 else [points]
    lp.lineLabels.fontName = font
    if len(before) >= 2:
        lp.lines[1].strokeColor = colors.HexColor("#9E9E9E")
        lp.lines[1].strokeWidth = 0.9
        lp.lines[1].strokeDashArray = [1, 2]
    lp.lines[0].strokeColor = colors.HexColor(color)
    lp.lines[0].strokeWidth = 1.6
    lp.lines[0].symbol = makeMarker("FilledCircle", size=3.5, fillColor=colors.HexColor(color),
                                    strokeColor=colors.HexColor(color))
    xa, ya = lp.xValueAxis, lp.yValueAxis
    xa.valueMin, xa.valueMax = 1, 12
    xa.valueSteps = [1, 3, 5, 7, 9, 11]  # every other month: half the labels to draw
    abbr = MONTH_ABBR.get(lang, MONTH_ABBR["fi"])
    xa.labelTextFormat = lambda v: abbr[int(round(v)) - 1]
    xa.labels.fontName = ya.labels.fontName = font
    xa.labels.fontSize = ya.labels.fontSize = 6.5
    ya.valueMin = lo if lo == 0 else (lo - pad if lo < 0 else max(0.0, lo - pad))
    ya.valueMax = hi + pad
    ya.labelTextFormat = _axis_number
    ya.maximumTicks = 5
    ya.visibleGrid = True
    ya.gridStrokeColor = colors.HexColor("#E3E3E3")
    d.add(lp)

    def hline(value: float, col: str, dash: list[int]) -> None:
        y = lp.y + lp.height * (value - ya.valueMin) / (ya.valueMax - ya.valueMin)
        d.add(Line(lp.x, y, lp.x + lp.width, y, strokeColor=colors.HexColor(col), strokeWidth=1,
                   strokeDashArray=dash))

    legend = []
    if outlook is not None and len(outlook.path) > 1:
        from reportlab.graphics.shapes import PolyLine

        def xy(path: list[tuple[int, float]]) -> list[float]:
            out: list[float] = []
            for m, v in path:
                out += [lp.x + lp.width * (m - 1) / 11,
                        lp.y + lp.height * (v - ya.valueMin) / (ya.valueMax - ya.valueMin)]
            return out

        for band in (outlook.low_path, outlook.high_path):
            d.add(PolyLine(xy(band), strokeColor=colors.HexColor("#9E9E9E"), strokeWidth=0.7,
                           strokeDashArray=[1, 2]))
        d.add(PolyLine(xy(outlook.path), strokeColor=colors.HexColor(color), strokeWidth=1.4,
                       strokeDashArray=[4, 3]))
    if baseline is not None:
        hline(baseline, "#888888", [2, 2])
        legend.append(("#888888", labels["chart_baseline"]))
    if target is not None:
        hline(target, "#2e7d32", [5, 2])
        legend.append(("#2e7d32", labels["chart_target"]))
    actual_label = labels["chart_actual"] + (" (kertymä)" if cumulative and lang == "fi" else
                                             " (ackumulerat)" if cumulative and lang == "sv" else
                                             " (cumulative)" if cumulative else "")
    legend.insert(0, (color, actual_label))
    if outlook is not None and len(outlook.path) > 1:
        legend.insert(1, ("#9E9E9E", OUTLOOK_LABEL.get(lang, "Ennuste")))
    if len(before) >= 2:  # above the plot: the legend row below is full already
        d.add(Line(lp.x, height - 5, lp.x + 12, height - 5, strokeColor=colors.HexColor("#9E9E9E"),
                   strokeWidth=0.9, strokeDashArray=[1, 2]))
        d.add(String(lp.x + 15, height - 7.5, PREVIOUS_YEAR.get(lang, PREVIOUS_YEAR["fi"]), fontName=font,
                     fontSize=6.5))
    from reportlab.pdfbase.pdfmetrics import stringWidth

    x = lp.x
    y = 15.0 if lp.y > 30 else 6.0
    for col, text in legend:
        step = 24 + stringWidth(text, font, 6.5)
        if x > lp.x and x + step - 10 > width:
            x, y = lp.x, y - 9
        d.add(Line(x, y, x + 12, y, strokeColor=colors.HexColor(col), strokeWidth=1.6))
        d.add(String(x + 15, y - 2.5, text, fontName=font, fontSize=6.5))
        x += step
    return d


def _hex(color: Any) -> str:
    return "#" + "".join(f"{round(c * 255):02X}" for c in (color.red, color.green, color.blue))


def flatten(drawing: Any) -> list[tuple[Any, ...]]:
    """The shapes a reportlab drawing paints, in order, in absolute chart coordinates."""
    from reportlab.graphics.renderbase import Renderer, getStateDelta

    out: list[tuple[Any, ...]] = []

    class Recorder(Renderer):
        def applyStateChanges(self, delta: Any, new_state: Any) -> None:  # noqa: N802
            pass

        def drawNode(self, node: Any) -> None:  # noqa: N802
            self._tracker.push(getStateDelta(node))
            self.drawNodeDispatcher(node)
            self._tracker.pop()

        def st(self) -> dict[str, Any]:
            return self._tracker.getState()

        def _dash(self) -> Any:
            dash = self.st().get("strokeDashArray")
            return tuple(dash) if dash else None

        def drawLine(self, line: Any) -> None:  # noqa: N802
            s = self.st()
            out.append(("line", line.x1, line.y1, line.x2, line.y2, _hex(s["strokeColor"]), s["strokeWidth"],
                        self._dash()))

        def drawPolyLine(self, p: Any) -> None:  # noqa: N802
            s = self.st()
            out.append(("poly", tuple(p.points), _hex(s["strokeColor"]), s["strokeWidth"], self._dash(),
                        s.get("strokeLineJoin", 0)))

        def drawCircle(self, c: Any) -> None:  # noqa: N802
            s = self.st()
            assert _hex(s["fillColor"]) == _hex(s["strokeColor"])
            out.append(("circle", c.cx, c.cy, c.r, _hex(s["strokeColor"]), s["strokeWidth"]))

        def drawString(self, t: Any) -> None:  # noqa: N802
            s = self.st()
            a, _b, _c, d, e, f = s["transform"]
            assert a == d == 1 and s.get("textAnchor", "start") == "start"
            out.append(("text", t.x + e, t.y + f, t.text, s["fontName"], s["fontSize"]))

    class _Canvas:
        def saveState(self) -> None:  # noqa: N802
            pass

        def restoreState(self) -> None:  # noqa: N802
            pass

    Recorder().draw(drawing, _Canvas(), 0, 0, showBoundary=False)
    return out
