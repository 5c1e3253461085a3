"""The follow-up chart's points: one rule for the reports and the GUI."""

from __future__ import annotations

from types import SimpleNamespace

from planner.followup.chart_series import chart_points, month_points, previous_points
from planner.model import Aggregation, Indicator


def test_a_summed_indicator_is_drawn_as_its_running_total_in_month_order():
    result = SimpleNamespace(indicator=Indicator(aggregation=Aggregation.SUM),
                             monthly=[("2026-03", 5.0), ("2026-01", 10.0), ("2026-02", None), ("2026", 99.0)])
    assert chart_points(result) == ([(1, 10.0), (3, 15.0)], True)


def test_a_latest_value_indicator_is_drawn_month_by_month():
    result = SimpleNamespace(indicator=Indicator(aggregation=Aggregation.LATEST),
                             monthly=[("2026-02", 7.5), ("2026-01", 8.0), ("2026-13", 1.0)])
    assert chart_points(result) == ([(1, 8.0), (2, 7.5)], False)


def test_last_year_follows_the_same_rule():
    values = [("2025-01", 2.0), ("2025-02", 3.0)]
    assert previous_points(values, True) == [(1, 2.0), (2, 5.0)]
    assert previous_points(values, False) == month_points(values, False) == [(1, 2.0), (2, 3.0)]
