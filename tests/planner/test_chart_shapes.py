"""The indicator chart drawn as plain shapes is the chart reportlab's LinePlot drew, shape by shape.

Issue 19 replaced the LinePlot widget tree (the slow part of the follow-up reports)
with shapes computed directly; these tests hold the new chart to the old one
(tests/planner/chart_reference.py) on every chart of the example and of a
400-indicator programme, and on the cases those do not reach: negative values,
last year's line, a municipality's series, a two-line legend, Swedish and English.
"""

from __future__ import annotations

from datetime import date
from io import BytesIO
from types import SimpleNamespace

import pytest

from planner.example import load_example
from planner.followup.progress import STATUS_COLOR, compare_programme
from planner.fonts import register_report_fonts
from planner.reports.charts import indicator_chart
from planner.reports.common import labels
from planner.reports.municipal_parts import outlooks_for
from tests.planner.chart_reference import flatten, reference_chart
from tests.planner.report_fixtures import generated_programme, with_demo_actuals

AS_OF = date(2026, 7, 10)


def _norm(shape: tuple) -> tuple:
    out = []
    for v in shape:
        if isinstance(v, str) and v.startswith("#"):
            out.append(v.upper())
        elif isinstance(v, tuple):
            out.append(tuple(round(x, 6) if isinstance(x, float) else x for x in v))
        elif isinstance(v, float):
            out.append(round(v, 6))
        else:
            out.append(v)
    return tuple(out)


def assert_same(result, lang="fi", programme=None, **kw):
    font = register_report_fonts()
    lab = labels(programme) if programme is not None else labels(load_example())
    colour = STATUS_COLOR.get(result.status, "#1565c0")
    new = indicator_chart(result, lab, lang, font, colour, **kw)
    old = reference_chart(result, lab, lang, font, colour, **kw)
    assert (new is None) == (old is None)
    if new is None:
        return 0
    assert (new.width, new.height) == (old.width, old.height)
    expected = [_norm(s) for s in flatten(old)]
    got = [_norm(s) for s in new.shapes]
    assert got == expected
    return 1


@pytest.mark.parametrize("size", [dict(width=240.0), dict(width=300, height=150), dict(width=230, height=105)])
def test_every_chart_of_a_big_programme_matches_the_line_plot(size):
    programme = with_demo_actuals(generated_programme(8, 10))
    results = compare_programme(programme, AS_OF)
    outlooks = outlooks_for(programme, results)
    drawn = sum(assert_same(r, programme=programme, outlook=outlooks.get(r.indicator.id), **size) for r in results)
    assert drawn > 40


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_the_example_charts_match_in_each_language(lang):
    programme = with_demo_actuals(load_example())
    results = compare_programme(programme, AS_OF)
    outlooks = outlooks_for(programme, results)
    assert sum(assert_same(r, lang, programme, outlook=outlooks.get(r.indicator.id)) for r in results) > 5


def _fake(monthly, baseline=None, target=None, name="Mittari"):
    from planner.values import parse_value

    ind = SimpleNamespace(
        name=name, baseline_value=parse_value(baseline or ""), target_value=parse_value(target or ""),
        effective_direction=None, aggregation=None)
    return SimpleNamespace(indicator=ind, monthly=monthly, status=None)


def test_negative_values_last_year_and_a_municipality_series_match():
    from planner.model import Aggregation, Direction

    neg = _fake([("2026-01", -40.0), ("2026-02", -12.5), ("2026-03", 7.0), ("2026-04", 30.0)], "-50", "60")
    neg.indicator.effective_direction = Direction.INCREASE
    neg.indicator.aggregation = Aggregation.LATEST
    assert assert_same(neg)
    previous = [(f"2025-{m:02d}", 100.0 + 3 * m) for m in range(1, 13)]
    assert assert_same(neg, previous=previous)
    summed = _fake([("2026-01", 4.0), ("2026-02", 6.0), ("2026-03", 5.0)], "0", "120")
    summed.indicator.effective_direction = Direction.INCREASE
    summed.indicator.aggregation = Aggregation.SUM
    assert assert_same(summed, previous=previous, width=180)  # a two-line legend
    assert assert_same(summed, series=[(1, 3.0), (2, 1.0), (3, 4.0)], series_target=40.0)
    flat = _fake([("2026-01", 4301.0), ("2026-02", 4301.0)], "4301", "4301")
    flat.indicator.effective_direction = Direction.DECREASE
    flat.indicator.aggregation = Aggregation.LATEST
    assert assert_same(flat)


def test_the_same_chart_is_one_value_and_paints_a_picture_and_pdf_operators():
    programme = with_demo_actuals(generated_programme(8, 10))
    font = register_report_fonts()
    r = next(r for r in compare_programme(programme, AS_OF)
             if indicator_chart(r, labels(programme), "fi", font, "#1565c0") is not None)
    a = indicator_chart(r, labels(programme), "fi", font, "#1565c0")
    b = indicator_chart(r, labels(programme), "fi", font, "#1565c0")
    assert a == b and hash(a) == hash(b)  # a report can draw it once and reuse the picture
    from PIL import Image

    img = Image.open(BytesIO(a.to_png(120)))
    assert img.size == (round(a.width * 120 / 72), round(a.height * 120 / 72))
    assert len(img.convert("RGB").getcolors(1 << 16)) > 10
    from reportlab.pdfgen.canvas import Canvas

    buf = BytesIO()
    c = Canvas(buf)
    a.drawOn(c, 10, 10)
    c.showPage()
    c.save()
    from pypdf import PdfReader

    text = PdfReader(BytesIO(buf.getvalue())).pages[0].extract_text()
    assert "tammi" in text and "Toteuma" in text and "Tavoite" in text
