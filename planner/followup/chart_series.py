"""The points an indicator's follow-up chart draws: one rule for the reports and the GUI.

A summed indicator (``Aggregation.SUM``) is drawn as its running total, so the line
meets the yearly target; any other is drawn month by month. Last year's values (a
rolled-over programme keeps them) are drawn the same way, as history.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from planner.model import Aggregation, Indicator


def is_cumulative(indicator: Indicator) -> bool:
    """Whether the chart shows the running total (a summed indicator) rather than monthly values."""
    return indicator.aggregation is Aggregation.SUM


def month_points(values: Iterable[tuple[str, float | None]], cumulative: bool) -> list[tuple[int, float]]:
    """(month number, value) in month order from ("2026-03", value) pairs; a running total when ``cumulative``.

    Keys that are not months of a year and missing values are left out.
    """
    points: list[tuple[int, float]] = []
    for key, value in values:
        month_text = str(key)[5:7]
        if not month_text.isdigit() or value is None:
            continue
        month = int(month_text)
        if 1 <= month <= 12:
            points.append((month, float(value)))
    points.sort()
    return cumulate(points, cumulative)


def cumulate(points: list[tuple[int, float]], cumulative: bool) -> list[tuple[int, float]]:
    """Running totals of (month, value) points when ``cumulative``; the points as they are otherwise."""
    if not cumulative:
        return points
    total = 0.0
    running = []
    for m, v in points:
        total += v
        running.append((m, total))
    return running


def chart_points(result: Any) -> tuple[list[tuple[int, float]], bool]:
    """An indicator result's points to plot (``result.monthly``) and whether they are cumulative."""
    cumulative = is_cumulative(result.indicator)
    return month_points(result.monthly, cumulative), cumulative


def previous_points(values: list[tuple[str, float]], cumulative: bool) -> list[tuple[int, float]]:
    """Last year's monthly values as chart points (history: drawn grey, never compared)."""
    return month_points(values, cumulative)
