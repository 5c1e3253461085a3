"""The year-end outlook against known series (planner.followup.outlook)."""

from __future__ import annotations

import math

import pytest

from planner.followup.outlook import (
    OutlookMethod,
    OutlookStatus,
    indicator_outlook,
    judge,
    project_series,
)
from planner.model import ActualsImport, ActualValue, Aggregation, Indicator, Programme


def test_linear_sum_projects_the_remaining_months_on_the_line():
    # 10, 12, 14, 16 in January-April: the line 8 + 2m gives 18 ... 32 for May-December.
    o = project_series([(1, 10), (2, 12), (3, 14), (4, 16)], Aggregation.SUM)
    assert o.method is OutlookMethod.LINEAR
    assert o.value == pytest.approx(52 + sum(8 + 2 * m for m in range(5, 13)))  # 252
    assert o.low == o.high == pytest.approx(252)  # a perfect line: no spread
    assert o.path[0] == (4, 52) and o.path[-1] == (12, pytest.approx(252))


def test_linear_latest_is_the_december_value():
    o = project_series([(1, 4301), (2, 4280), (3, 4259)], Aggregation.LATEST)
    assert o.value == pytest.approx(4301 - 21 * 11)  # 4 070
    assert "joulukuun arvo" in o.method_text and "b = −21/kk" in o.method_text.replace("-", "−")


def test_range_is_a_90_percent_prediction_band_around_the_line():
    pts = [(1, 100.0), (2, 104.0), (3, 101.0), (4, 107.0), (5, 106.0), (6, 110.0)]
    o = project_series(pts, Aggregation.LATEST)
    n = 6
    mbar = 3.5
    sxx = sum((m - mbar) ** 2 for m, _ in pts)
    b = sum((m - mbar) * (y - sum(y for _, y in pts) / n) for m, y in pts) / sxx
    a = sum(y for _, y in pts) / n - b * mbar
    s = math.sqrt(sum((y - a - b * m) ** 2 for m, y in pts) / (n - 2))
    half = 1.645 * s * math.sqrt(1 + 1 / n + (12 - mbar) ** 2 / sxx)
    assert o.value == pytest.approx(a + 12 * b)
    assert o.low == pytest.approx(o.value - half)
    assert o.high == pytest.approx(o.value + half)


def test_seasonal_pattern_from_last_year_when_history_exists():
    last = {m: 10.0 for m in range(1, 13)}
    last[12] = 30.0  # December is busy every year
    o = project_series([(1, 11), (2, 13)], Aggregation.SUM, last_year=last)
    assert o.method is OutlookMethod.SEASONAL
    k = 24 / 20
    assert o.value == pytest.approx(24 + k * (9 * 10 + 30))
    assert o.low == pytest.approx(24 + 1.1 * 120)  # smallest monthly ratio 11/10
    assert o.high == pytest.approx(24 + 1.3 * 120)  # largest 13/10
    assert "kausivaihtelu" in o.method_text


def test_one_month_keeps_the_level_with_a_20_percent_range():
    o = project_series([(3, 50)], Aggregation.LATEST)
    assert o.method is OutlookMethod.FLAT
    assert (o.value, o.low, o.high) == pytest.approx((50, 40, 60))


def test_scenario_adds_to_a_flow_each_month_and_accumulates_on_a_level():
    base = project_series([(1, 10), (2, 12), (3, 14), (4, 16)], Aggregation.SUM)
    more = project_series([(1, 10), (2, 12), (3, 14), (4, 16)], Aggregation.SUM, extra_per_month=5)
    assert more.value - base.value == pytest.approx(5 * 8)
    lvl = project_series([(1, 100), (2, 100), (3, 100)], Aggregation.LATEST, extra_per_month=-5)
    assert lvl.value == pytest.approx(100 - 5 * 9)


def test_counts_never_go_below_zero():
    o = project_series([(1, 9), (2, 6), (3, 3)], Aggregation.SUM)
    assert o.value == pytest.approx(18)  # the line reaches 0 in April and stays there


@pytest.mark.parametrize(("target", "low", "high", "status"), [
    ("200", 210, 230, OutlookStatus.REACHED),
    ("200", 150, 190, OutlookStatus.MISSED),
    ("200", 190, 210, OutlookStatus.UNCERTAIN),
    ("Enintään 3 kk", 2.0, 2.5, OutlookStatus.REACHED),
    ("Enintään 3 kk", 3.5, 4.0, OutlookStatus.MISSED),
])
def test_status_on_the_outlook(target, low, high, status):
    o = project_series([(1, 1), (2, 2)], Aggregation.LATEST)
    o.low, o.value, o.high = low, (low + high) / 2, high
    ind = Indicator(name="x", baseline="100", target=target)
    assert judge(o, ind) is status


def test_outlook_from_stored_actuals_sums_municipalities_and_uses_last_year():
    ind = Indicator(id="M1", name="Työllistyneet", baseline="100", target="200", aggregation=Aggregation.SUM)
    from planner.model import FocusArea, Theme

    p = Programme(year=2026, municipalities=["A", "B"],
                  themes=[Theme(focus_areas=[FocusArea(rows=[ind])])])
    vals = [ActualValue("M1", f"2026-0{m}", 5.0, municipality=muni) for m in (1, 2) for muni in ("A", "B")]
    vals += [ActualValue("M1", f"2025-{m:02d}", 10.0) for m in range(1, 13)]
    p.actual_imports.append(ActualsImport(values=vals))
    o = indicator_outlook(p, ind, 2026)
    assert o.method is OutlookMethod.SEASONAL
    assert o.value == pytest.approx(20 + 10 * 10)  # k = 20/20: last year's remaining months as they were
    assert o.status is OutlookStatus.MISSED  # 120 (120–120) against a target of 200
    only_a = indicator_outlook(p, ind, 2026, "A")
    assert only_a.method is OutlookMethod.LINEAR and only_a.value == pytest.approx(60)


def test_a_partial_sum_of_municipalities_is_not_the_area():
    from planner.model import FocusArea, Theme

    ind = Indicator(id="M1", name="Työllistyneet", baseline="100", target="200", aggregation=Aggregation.SUM)
    p = Programme(year=2026, municipalities=["A", "B"], themes=[Theme(focus_areas=[FocusArea(rows=[ind])])])
    vals = [ActualValue("M1", "2026-01", 5.0, municipality="A"), ActualValue("M1", "2026-01", 5.0, municipality="B"),
            ActualValue("M1", "2026-02", 6.0, municipality="A")]  # B missing in February
    p.actual_imports.append(ActualsImport(values=vals))
    from planner.followup.outlook import area_monthly

    assert area_monthly(p, ind, 2026) == {1: 10.0}


def test_monthly_values_follow_a_new_or_removed_import():
    """The per-indicator index of stored values is rebuilt when the imports change (issue 19 cache)."""
    from planner.followup.actuals import apply_import, remove_import
    from planner.followup.outlook import area_monthly
    from planner.model import FocusArea, Theme

    ind = Indicator(id="M1", name="Työllistyneet", baseline="100", target="200", aggregation=Aggregation.SUM)
    p = Programme(year=2026, themes=[Theme(focus_areas=[FocusArea(rows=[ind])])])
    first = ActualsImport(id="i1", values=[ActualValue("M1", "2026-01", 5.0)])
    apply_import(p, first)
    assert area_monthly(p, ind, 2026) == {1: 5.0}
    apply_import(p, ActualsImport(id="i2", values=[ActualValue("M1", "2026-01", 7.0),
                                                    ActualValue("M1", "2026-02", 8.0)]))
    assert area_monthly(p, ind, 2026) == {1: 7.0, 2: 8.0}
    p.actual_imports.append(ActualsImport(id="i3", values=[ActualValue("M1", "2026-03", 9.0)]))  # same list, longer
    assert area_monthly(p, ind, 2026) == {1: 7.0, 2: 8.0, 3: 9.0}
    remove_import(p, "i2")
    assert area_monthly(p, ind, 2026) == {3: 9.0}
