"""Follow-up by municipality: each member municipality's figures, trend, outlook and status.

Built on the stored actuals (values with a municipality) and on the area results of
:func:`planner.followup.progress.compare_programme`; nothing is invented for a municipality
that has no values.

The municipality's target
-------------------------
- Percentages, ratios, averages and durations (not additive, see
  :func:`planner.followup.progress.is_additive`): the area's target applies to each
  municipality as written (75 % of plans up to date, at most 3 months' queue).
- Counts: the programme can give each municipality a share of the area
  (``Programme.economics.municipality_shares``, e.g. its share of the area's
  unemployed). The municipality's target is then ``share * area target``. With no
  share given, the card shows the municipality's part of the area's actual but no
  status ("ei kuntakohtaista tavoitetta").

Status of a municipality (one rule, simpler than the area's): ``A`` the
municipality's value, ``T`` its target, ``e`` the share of the year covered
(summed indicators are compared with ``e * T``). Increase: achieved when
``A >= T``, else the ratio ``A / (e*T or T)``; decrease or ceiling: achieved when
``A <= T``, else ``T / A``; maintain: within the programme's tolerance. The
ratio against the programme's thresholds gives on track / at risk / off track.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from planner.followup.outlook import Outlook, area_monthly, indicator_outlook, programme_year
from planner.followup.progress import ProgressStatus, is_additive
from planner.model import Aggregation, Direction, Programme
from planner.values import Bound


@dataclass
class MunicipalityRow:
    result: Any  # the area's IndicatorResult
    value: float | None  # the municipality's value for the year so far
    period: str | None
    monthly: list[tuple[int, float]]
    area_share: float | None  # municipality value / area value (counts only)
    target: float | None  # the municipality's target (see module docstring)
    target_how: str
    status: ProgressStatus
    outlook: Outlook | None
    trend: float | None  # last month - first month


@dataclass
class MunicipalityCard:
    name: str
    rows: list[MunicipalityRow] = field(default_factory=list)
    share: float | None = None  # the programme's share for this municipality

    @property
    def has_data(self) -> bool:
        return any(r.value is not None for r in self.rows)


def municipality_names(programme: Programme) -> list[str]:
    """The programme's municipalities, then any others that appear in the actuals."""
    names = list(programme.municipalities)
    seen = set(names)
    for imp in programme.actual_imports:
        for v in imp.values:
            if v.municipality and v.municipality not in seen:
                seen.add(v.municipality)
                names.append(v.municipality)
    return names


def find_municipality(programme: Programme, name: str) -> str | None:
    """The programme's spelling of ``name`` (case-insensitive), or None."""
    want = name.strip().lower()
    return next((m for m in municipality_names(programme) if m.lower() == want), None)


def judge_municipality(direction: Direction, bound: Bound | None, value: float, target: float, share: float,
                       summed: bool, programme: Programme) -> ProgressStatus:
    s = programme.follow_up
    if direction is Direction.MAINTAIN:
        expected = share * target if summed else target
        dev = abs(value - expected) / abs(expected) if expected else (0.0 if value == 0 else math.inf)
        if dev <= s.maintain_tolerance:
            return ProgressStatus.ACHIEVED
        return ProgressStatus.AT_RISK if dev <= 2 * s.maintain_tolerance else ProgressStatus.OFF_TRACK
    if bound is Bound.AT_MOST or direction is Direction.DECREASE:
        if value <= target and not summed:
            return ProgressStatus.ACHIEVED
        limit = share * target if summed else target
        ratio = 1.0 if value <= limit else (limit / value if value else 0.0)
    else:
        if value >= target:
            return ProgressStatus.ACHIEVED
        expected = share * target if summed else target
        ratio = value / expected if expected else 0.0
    if ratio >= s.on_track:
        return ProgressStatus.ON_TRACK
    if ratio >= s.at_risk:
        return ProgressStatus.AT_RISK
    return ProgressStatus.OFF_TRACK


def municipality_card(programme: Programme, results: list[Any], name: str) -> MunicipalityCard:
    year = programme_year(programme)
    card = MunicipalityCard(name, share=programme.economics.municipality_shares.get(name))
    for r in results:
        ind = r.indicator
        direction = ind.effective_direction
        if direction is Direction.MILESTONE:
            continue
        value = r.per_municipality.get(name)
        monthly = sorted(area_monthly(programme, ind, year, name).items()) if year else []
        if value is None and not monthly:
            continue
        period = f"{year:04d}-{monthly[-1][0]:02d}" if monthly and year else r.period
        additive = is_additive(ind)
        area_share = None
        if additive and value is not None and r.actual:
            area_share = value / r.actual
        T = ind.target_value.number
        target = None
        how = ""
        if T is not None:
            if not additive:
                target, how = float(T), "alueen tavoite"
            elif card.share is not None:
                target, how = card.share * float(T), f"{round(card.share * 100, 1)} % alueen tavoitteesta"
            else:
                how = "ei kuntakohtaista tavoitetta"
        summed = ind.aggregation is Aggregation.SUM
        e = (monthly[-1][0] / 12) if monthly else (r.expected_share or 1.0)
        status = ProgressStatus.NO_DATA
        if value is not None and target is not None:
            status = judge_municipality(direction, ind.target_value.bound, value, target, e, summed, programme)
        outlook = indicator_outlook(programme, ind, year, name) if year and monthly else None
        if outlook is not None and target is not None:
            from planner.followup.outlook import OutlookStatus

            ok = judge_municipality(direction, ind.target_value.bound, outlook.value, target, 1.0, False,
                                    programme)
            outlook.status = OutlookStatus.REACHED if ok is ProgressStatus.ACHIEVED else OutlookStatus.MISSED
        trend = monthly[-1][1] - monthly[0][1] if len(monthly) >= 2 else None
        card.rows.append(MunicipalityRow(r, value, period, monthly, area_share, target, how, status, outlook, trend))
    return card


def municipality_cards(programme: Programme, results: list[Any], only: str | None = None) -> list[MunicipalityCard]:
    """One card per municipality (all, or the one named)."""
    names = municipality_names(programme)
    if only is not None:
        names = [n for n in names if n.lower() == only.strip().lower()]
    return [municipality_card(programme, results, n) for n in names]


def breakdown(results: list[Any], names: list[str]) -> list[tuple[Any, list[float | None]]]:
    """Per indicator with municipality values: the value of each municipality in ``names`` order."""
    out = []
    for r in results:
        if r.per_municipality:
            out.append((r, [r.per_municipality.get(n) for n in names]))
    return out
