"""Charts of the follow-up report (vector in the PDF, PNG in Word, no extra packages).

- :func:`status_chart`: how many indicators have each status, one coloured bar per status
  (a reportlab.graphics drawing: one per report).
- :func:`indicator_chart`: an indicator's monthly actuals (cumulative for summed
  indicators, whose target is a year total) against its baseline and target lines,
  as plain shapes (:class:`~planner.reports.chart_shapes.ChartShapes`): hundreds per report.
"""

from __future__ import annotations

from typing import Any

from planner.followup.chart_series import chart_points, cumulate, is_cumulative, previous_points
from planner.reports.chart_shapes import ChartShapes
from planner.values import format_number

MONTH_ABBR = {
    "fi": ["tammi", "helmi", "maalis", "huhti", "touko", "kesä", "heinä", "elo", "syys", "loka", "marras", "joulu"],
    "sv": ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}


def _unchecked_shapes() -> None:
    """Switch off reportlab's type check of every attribute set on a chart's shapes and widgets.

    The check (``rl_config.shapeChecking``) is a development aid: a line plot's
    expansion into shapes sets half a million attributes for 400 charts, and
    validating them was a third of the charts' time (issue 19). Our charts are fixed
    code, covered by the report tests.
    """
    from reportlab import rl_config

    rl_config.shapeChecking = 0


def use_font(font: str) -> None:
    """Make the graphics renderer start from our embedded font.

    renderPDF sets ``STATE_DEFAULTS["fontName"]`` (Helvetica) at the start of each
    drawing, which would put a non-embedded font into the PDF.
    """
    from reportlab.graphics import shapes

    shapes.STATE_DEFAULTS["fontName"] = font


def _axis_number(x: float) -> str:
    return format_number(round(x, 2))


def status_chart(counts: list[tuple[str, int, str]], font: str, width: float = 440, height: float = 170) -> Any:
    """Bars of (label, count, colour) with the count above each bar."""
    _unchecked_shapes()
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors

    use_font(font)
    d = Drawing(width, height)
    bc = VerticalBarChart()
    bc.x, bc.y = 36, 28
    bc.width, bc.height = width - 50, height - 48
    bc.data = [[c for _l, c, _col in counts]]
    bc.categoryAxis.categoryNames = [label for label, _c, _col in counts]
    bc.categoryAxis.labels.fontName = font
    bc.categoryAxis.labels.fontSize = 8
    bc.valueAxis.labels.fontName = font
    bc.valueAxis.labels.fontSize = 8
    bc.barLabels.fontName = font
    bc.valueAxis.valueMin = 0
    top = max([c for _l, c, _col in counts] + [1])
    bc.valueAxis.valueMax = top + max(1, top // 5)
    bc.valueAxis.valueStep = max(1, (top + 4) // 5)
    bc.valueAxis.labelTextFormat = lambda v: str(int(v))
    bc.valueAxis.visibleGrid = True
    bc.valueAxis.gridStrokeColor = colors.HexColor("#DDDDDD")
    bc.barWidth = 10
    bc.groupSpacing = 12
    bc.bars.strokeColor = None
    for i, (_l, _c, col) in enumerate(counts):
        bc.bars[(0, i)].fillColor = colors.HexColor(col)
    d.add(bc)
    step = bc.width / max(1, len(counts))
    for i, (_l, c, _col) in enumerate(counts):
        x = bc.x + step * (i + 0.5)
        y = bc.y + bc.height * c / bc.valueAxis.valueMax + 3
        d.add(String(x, y, str(c), fontName=font, fontSize=9, textAnchor="middle"))
    return d


OUTLOOK_LABEL = {"fi": "Ennuste", "sv": "Prognos", "en": "Outlook"}


PREVIOUS_YEAR = {"fi": "Edellinen vuosi", "sv": "Föregående år", "en": "Previous year"}


def indicator_chart(result: Any, labels: dict[str, str], lang: str, font: str, color: str,
                    width: float = 225, height: float = 120, outlook: Any | None = None,
                    series: list[tuple[int, float]] | None = None, series_target: float | None = None,
                    previous: list[tuple[str, float]] | None = None) -> ChartShapes | None:
    """Monthly actuals against the baseline and target lines; None when there is nothing to plot.

    ``outlook`` (planner.followup.outlook.Outlook): its projected path is drawn as a
    dashed line from the last actual to December, its range as two thin dotted lines.
    ``series``: plot these (month, value) points instead of the result's area series
    (a municipality's series on its card); the area's baseline and target are then left
    out and ``series_target`` (the municipality's own target) drawn instead.
    ``previous``: last year's monthly values (a rolled-over programme keeps them), drawn
    as a thin grey line for reference only.

    The chart is the line plot reportlab's LinePlot drew (axes, ticks every other
    month, value ticks at round numbers, grid, markers), computed here as plain shapes
    (:mod:`planner.reports.chart_shapes`); tests/planner/chart_reference.py keeps the
    LinePlot version and the tests compare the two shape by shape.
    """
    data = chart_data(result, outlook, series, series_target, previous)
    if data is None:
        return None
    points, before, cumulative, baseline, target, lo, hi, pad = data
    ind = result.indicator
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def text_width(text: str) -> float:
        return stringWidth(text, font, 6.5)

    plot_x, plot_y = 34.0, 30.0
    plot_w, plot_h = width - 42, height - 40 - (8 if len(before) >= 2 else 0)
    if _legend_width(ind, baseline, target, outlook, cumulative, labels, lang, font) > width - plot_x:
        plot_y, plot_h = 39.0, plot_h - 9  # the legend takes two lines
    y_min = lo if lo == 0 else (lo - pad if lo < 0 else max(0.0, lo - pad))
    y_max = hi + pad
    y_scale = plot_h / (y_max - y_min)

    def sx(month: float) -> float:
        return plot_x + (month - 1) * plot_w / 11

    def sy(value: float) -> float:
        return plot_y + (value - y_min) * y_scale

    shapes: list[tuple[Any, ...]] = []
    black = "#000000"
    # The month axis: its line, a tick and a label every other month (as LinePlot's xValueAxis).
    shapes.append(("line", plot_x, plot_y, plot_x + plot_w, plot_y, black, 1, None))
    abbr = MONTH_ABBR.get(lang, MONTH_ABBR["fi"])
    months = (1, 3, 5, 7, 9, 11)
    for m in months:
        shapes.append(("line", sx(m), plot_y, sx(m), plot_y - 5, black, 1, None))
    for m in months:
        label = abbr[m - 1]
        shapes.append(("text", sx(m) - text_width(label) / 2, plot_y - 5 - 6.5, label, font, 6.5))
    # The value axis: ticks at round numbers, at most five (reportlab's rule), labels, grid.
    ticks = value_ticks(y_min, y_max, plot_h, 5)
    shapes.append(("line", plot_x, plot_y, plot_x, plot_y + plot_h, black, 1, None))
    for v in ticks:
        shapes.append(("line", plot_x, sy(v), plot_x - 5, sy(v), black, 1, None))
    for v in ticks:
        label = _axis_number(v)
        shapes.append(("text", plot_x - 5 - text_width(label), sy(v) - 2.6, label, font, 6.5))
    for v in ticks:
        if abs(sy(v) - plot_y) > 1e-9:  # not over the month axis
            shapes.append(("line", plot_x, sy(v), plot_x + plot_w, sy(v), "#E3E3E3", 0.25, None))
    # The actuals with their markers, then last year's line.
    flat = tuple(c for m, v in points for c in (sx(m), sy(v)))
    shapes.append(("poly", flat, color, 1.6, None, 1))
    for m, v in points:
        shapes.append(("circle", sx(m), sy(v), 1.75, color, 0.1))
    if len(before) >= 2:
        shapes.append(("poly", tuple(c for m, v in before for c in (sx(m), sy(v))), "#9E9E9E", 0.9, (1, 2), 1))
    if outlook is not None and len(outlook.path) > 1:
        for band in (outlook.low_path, outlook.high_path):
            shapes.append(("poly", tuple(c for m, v in band for c in (sx(m), sy(v))), "#9E9E9E", 0.7, (1, 2), 0))
        shapes.append(("poly", tuple(c for m, v in outlook.path for c in (sx(m), sy(v))), color, 1.4, (4, 3), 0))
    legend = []
    if baseline is not None:
        shapes.append(("line", plot_x, sy(baseline), plot_x + plot_w, sy(baseline), "#888888", 1, (2, 2)))
        legend.append(("#888888", labels["chart_baseline"]))
    if target is not None:
        shapes.append(("line", plot_x, sy(target), plot_x + plot_w, sy(target), "#2e7d32", 1, (5, 2)))
        legend.append(("#2e7d32", labels["chart_target"]))
    actual_label = labels["chart_actual"] + (" (kertymä)" if cumulative and lang == "fi" else
                                             " (ackumulerat)" if cumulative and lang == "sv" else
                                             " (cumulative)" if cumulative else "")
    legend.insert(0, (color, actual_label))
    if outlook is not None and len(outlook.path) > 1:
        legend.insert(1, ("#9E9E9E", OUTLOOK_LABEL.get(lang, "Ennuste")))
    if len(before) >= 2:  # above the plot: the legend row below is full already
        shapes.append(("line", plot_x, height - 5, plot_x + 12, height - 5, "#9E9E9E", 0.9, (1, 2)))
        shapes.append(("text", plot_x + 15, height - 7.5, PREVIOUS_YEAR.get(lang, PREVIOUS_YEAR["fi"]), font, 6.5))
    x = plot_x
    y = 15.0 if plot_y > 30 else 6.0
    for col, text in legend:
        step = 24 + text_width(text)
        if x > plot_x and x + step - 10 > width:
            x, y = plot_x, y - 9
        shapes.append(("line", x, y, x + 12, y, col, 1.6, None))
        shapes.append(("text", x + 15, y - 2.5, text, font, 6.5))
        x += step
    return ChartShapes(width, height, tuple(shapes))


def chart_data(result: Any, outlook: Any | None, series: list[tuple[int, float]] | None,
               series_target: float | None, previous: list[tuple[str, float]] | None) -> tuple[Any, ...] | None:
    """What an indicator chart plots: (points, last year's points, cumulative, baseline, target, low, high, pad).

    None when there is nothing to plot (a milestone, or fewer than two points). The
    value range starts at zero unless the values sit in a narrow band far from it.
    """
    from planner.model import Direction

    if series is not None:
        cumulative = is_cumulative(result.indicator)
        points = cumulate(sorted(series), cumulative)
    else:
        points, cumulative = chart_points(result)
    ind = result.indicator
    # A milestone (done / not done) or a single value makes no line worth drawing.
    if len(points) < 2 or ind.effective_direction is Direction.MILESTONE:
        return None
    baseline = ind.baseline_value.number
    target = ind.target_value.number
    if series is not None:
        baseline, target = None, series_target  # a municipality is not on the area's scale
    before = previous_points(previous or [], cumulative)
    ys = [v for _m, v in points + before] + [x for x in (baseline, target) if x is not None]
    if outlook is not None:
        ys += [v for _m, v in outlook.low_path + outlook.high_path + outlook.path]
    lo, hi = min(ys), max(ys)
    # Start the axis at zero unless the values sit in a narrow band far from it
    # (4 301 -> 4 100 unemployed would otherwise be a flat line at the top).
    if lo > 0 and (hi - lo) > 0.3 * hi:
        lo = 0.0
    elif lo > 0 and hi == lo:
        lo = 0.0
    if hi == lo:
        hi = lo + 1
    pad = (hi - lo) * 0.1
    return points, before, cumulative, baseline, target, lo, hi, pad


def value_ticks(low: float, high: float, length: float, maximum: int) -> list[float]:
    """The value axis's tick values: multiples of a round step, at most ``maximum`` of them.

    reportlab's ValueAxis rule (``_calcValueStep`` and ``_calcStepAndTickPositions``
    with ``rangeRound='none'``, ticks at least 10 points apart), so the charts keep
    the numbers they had when LinePlot drew them.
    """
    from reportlab.graphics.charts.utils import nextRoundNumber

    step = nextRoundNumber((high - low) / min(float(maximum - 1), length / 10.0))
    fuzz = 1e-8 * step
    i0 = int(float(low) / step)
    if i0 * step < low - fuzz:
        i0 += 1
    i1 = int(float(high) / step)
    if i1 * step > high + fuzz:
        i1 -= 1
    return [i * step for i in range(i0, i1 + 1)]


ALT_TEXTS = {
    "fi": {
        "status": "Pylväskaavio: mittarien määrä tilan mukaan. {parts}.",
        "line": "Viivakaavio: {name}, toteumat kuukausittain{cum} ({first}–{last}). Viimeisin toteuma {actual}",
        "cum": " kertymänä",
        "baseline": "lähtöarvo {value}",
        "target": "tavoite {value}",
    },
    "sv": {
        "status": "Stapeldiagram: antal mätare efter status. {parts}.",
        "line": "Linjediagram: {name}, utfall per månad{cum} ({first}–{last}). Senaste utfall {actual}",
        "cum": " ackumulerat",
        "baseline": "utgångsvärde {value}",
        "target": "mål {value}",
    },
    "en": {
        "status": "Bar chart: number of indicators by status. {parts}.",
        "line": "Line chart: {name}, actuals by month{cum} ({first}–{last}). Latest actual {actual}",
        "cum": " (cumulative)",
        "baseline": "baseline {value}",
        "target": "target {value}",
    },
}


def status_chart_alt(counts: list[tuple[str, int, str]], lang: str) -> str:
    """The alternative text of :func:`status_chart`: what it shows, in the document's language."""
    texts = ALT_TEXTS.get(lang, ALT_TEXTS["fi"])
    parts = ", ".join(f"{label.split(' ', 1)[-1]} {count}" for label, count, _c in counts)
    return texts["status"].format(parts=parts)


def indicator_chart_alt(result: Any, lang: str, series: list[tuple[int, float]] | None = None,
                        series_target: float | None = None, where: str = "") -> str:
    """The alternative text of :func:`indicator_chart`: the indicator, months, latest value, baseline, target.

    ``series``/``series_target`` as in :func:`indicator_chart` (a municipality's own values);
    ``where`` names whose values they are ("Jämsä").
    """
    texts = ALT_TEXTS.get(lang, ALT_TEXTS["fi"])
    if series is not None:
        cumulative = is_cumulative(result.indicator)
        points = cumulate(sorted(series), cumulative)
        baseline, target = None, series_target
    else:
        points, cumulative = chart_points(result)
        baseline, target = result.indicator.baseline_value.number, result.indicator.target_value.number
    abbr = MONTH_ABBR.get(lang, MONTH_ABBR["fi"])
    first = abbr[int(points[0][0]) - 1] if points else ""
    last = abbr[int(points[-1][0]) - 1] if points else ""
    actual = format_number(round(points[-1][1], 2)) if points else "–"
    name = f"{result.indicator.name} ({where})" if where else result.indicator.name
    text = texts["line"].format(name=name, cum=texts["cum"] if cumulative else "", first=first,
                                last=last, actual=actual)
    extra = []
    if baseline is not None:
        extra.append(texts["baseline"].format(value=format_number(baseline)))
    if target is not None:
        extra.append(texts["target"].format(value=format_number(target)))
    return text + (", " + ", ".join(extra) if extra else "") + "."


def _legend_width(ind: Any, baseline: Any, target: Any, outlook: Any, cumulative: bool, labels: dict[str, str],
                  lang: str, font: str) -> float:
    """How wide the legend is on one line."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    texts = [labels["chart_actual"] + (" (kertymä)" if cumulative else "")]
    if outlook is not None and len(outlook.path) > 1:
        texts.append(OUTLOOK_LABEL.get(lang, "Ennuste"))
    if baseline is not None:
        texts.append(labels["chart_baseline"])
    if target is not None:
        texts.append(labels["chart_target"])
    return sum(24 + stringWidth(t, font, 6.5) for t in texts) - 10
