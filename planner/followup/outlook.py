"""Year-end outlook (ennuste) of each indicator with monthly data, with a range.

How the outlook is made
-----------------------
``n`` months of the programme year are known (month numbers ``m``, area values
``y``). The indicator's aggregation decides what the year-end value is: the
year's **sum** (flows: placements, participants), the **latest** value in
December (levels: unemployed persons), the **mean** or the **max** of the twelve
months. The missing months are projected by one of two methods:

- **seasonal** (kausivaihtelu), when last year's values of the same indicator are
  stored for every missing month and for at least one known month: each missing
  month is last year's value of that month times the ratio
  ``k = sum(this year, known months) / sum(last year, same months)``. Range: the
  same with the smallest and the largest single-month ratio ``y_m / last_m`` of
  the known months.
- **linear** (lineaarinen trendi) otherwise: a least-squares line ``a + b*m`` through
  the known months (with one month, the level stays: ``b = 0``). For counts a
  projected month is never below zero. Range: about a 90 % prediction band,
  ``± 1.645 * s * sqrt(k)`` on a sum of ``k`` projected months and
  ``± 1.645 * s * sqrt(1 + 1/n + (12 - mean(m))^2 / Sxx)`` on the December value,
  where ``s`` is the residual standard deviation. With fewer than three months
  ``s`` cannot be estimated; the range is then ±20 % of the projected part.

A scenario (:class:`planner.economics_model.Scenario`) adds ``extra_per_month`` (signed)
to each projected month of a summed indicator; for a level (latest, mean, max) the
change accumulates: month ``m`` moves by ``extra * (m - last known month)``, so the
December value moves by ``extra * remaining months``.

Status on the outlook: the year-end value and both ends of the range are compared
with the target (increase: at least the target; decrease or a ceiling: at most;
maintain: within the programme's tolerance). Whole range on the right side:
"ennusteen mukaan saavutetaan"; whole range on the wrong side: "ennusteen mukaan
jää tavoitteesta"; the target inside the range: "ennuste epävarma".
"""

from __future__ import annotations

import math
import weakref
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from planner import wording_fi
from planner.messages import Message, msg
from planner.model import ActualsImport, Aggregation, Direction, Indicator, Programme
from planner.values import Bound, format_number

Z90 = 1.645


class OutlookMethod(StrEnum):
    SEASONAL = "seasonal"
    LINEAR = "linear"
    FLAT = "flat"  # one known month: the level stays


def method_message(method: OutlookMethod) -> Message:
    """The method in words (planner/wording_fi.py OUTLOOK)."""
    if method is OutlookMethod.SEASONAL:
        return msg("outlook_seasonal")
    if method is OutlookMethod.LINEAR:
        return msg("outlook_linear")
    return msg("outlook_flat")


def year_end_message(aggregation: Aggregation) -> Message:
    """What the year-end value is: the sum, December's value, the mean or the largest."""
    if aggregation is Aggregation.SUM:
        return msg("outlook_year_sum")
    if aggregation is Aggregation.LATEST:
        return msg("outlook_year_latest")
    if aggregation is Aggregation.MEAN:
        return msg("outlook_year_mean")
    return msg("outlook_year_max")


class OutlookStatus(StrEnum):
    REACHED = "reached"
    UNCERTAIN = "uncertain"
    MISSED = "missed"
    NO_TARGET = "no_target"


OUTLOOK_STATUS_FI = {OutlookStatus(k): v for k, v in wording_fi.OUTLOOK_STATUS.items()}  # worded in planner/wording_fi.py
OUTLOOK_STATUS_OTHER = {
    "sv": {"reached": "uppnås enligt prognosen", "uncertain": "prognosen osäker: målet inom intervallet",
           "missed": "målet nås inte enligt prognosen", "no_target": "målet saknar tal"},
    "en": {"reached": "on course to be reached", "uncertain": "uncertain: the target lies within the range",
           "missed": "expected to fall short of the target", "no_target": "the target has no number"},
}
OUTLOOK_COLOR = {
    OutlookStatus.REACHED: "#2e7d32",
    OutlookStatus.UNCERTAIN: "#e65100",
    OutlookStatus.MISSED: "#c62828",
    OutlookStatus.NO_TARGET: "#757575",
}


@dataclass
class Outlook:
    """The projected year-end value of one series."""

    value: float
    low: float
    high: float
    method: OutlookMethod
    months_known: int
    path: list[tuple[int, float]]  # month -> projected value as charts plot it (cumulative for sums)
    low_path: list[tuple[int, float]]
    high_path: list[tuple[int, float]]
    status: OutlookStatus = OutlookStatus.NO_TARGET
    how: tuple[Message, ...] = ()  # the method, what the year-end value is, then the inputs (codes)

    def method_text_in(self, lang: str = "fi") -> str:
        """'lineaarinen trendi kuluneista kuukausista; joulukuun arvo; a = 50, b = −2/kk, 6 kk' in ``lang``."""
        texts = [wording_fi.word(m, lang) for m in self.how]
        return "; ".join(texts[:2] + ([", ".join(texts[2:])] if texts[2:] else []))

    @property
    def method_text(self) -> str:
        """The method and inputs in Finnish (the command line)."""
        return self.method_text_in()

    def label(self) -> str:
        """'ennuste 1 980 (1 900–2 050)'"""
        return f"ennuste {fmt(self.value)} ({fmt(self.low)}–{fmt(self.high)})"


def fmt(x: float) -> str:
    return format_number(round(x, 1) if abs(x) < 100 else round(x))


def outlook_status_label(status: OutlookStatus, lang: str = "fi") -> str:
    if lang in OUTLOOK_STATUS_OTHER:
        return OUTLOOK_STATUS_OTHER[lang][status.value]
    return OUTLOOK_STATUS_FI[status]


def _fit(points: list[tuple[int, float]]) -> tuple[float, float, float | None, float, float]:
    """Least squares a + b*m; returns a, b, s (None if n < 3), mean of m, Sxx."""
    n = len(points)
    mbar = sum(m for m, _ in points) / n
    ybar = sum(y for _, y in points) / n
    sxx = sum((m - mbar) ** 2 for m, _ in points)
    if n < 2 or sxx == 0:
        return ybar, 0.0, None, mbar, sxx
    b = sum((m - mbar) * (y - ybar) for m, y in points) / sxx
    a = ybar - b * mbar
    s = None
    if n >= 3:
        rss = sum((y - (a + b * m)) ** 2 for m, y in points)
        s = math.sqrt(rss / (n - 2))
    return a, b, s, mbar, sxx


def project_series(known: list[tuple[int, float]], aggregation: Aggregation, *, last_year: dict[int, float] | None = None,
                   nonnegative: bool = True, extra_per_month: float = 0.0) -> Outlook | None:
    """The year-end outlook of one monthly series (month 1..12 -> value); None without data."""
    known = sorted((m, float(v)) for m, v in known if 1 <= m <= 12)
    if not known:
        return None
    last_month = known[-1][0]
    remaining = [m for m in range(last_month + 1, 13)]
    known_d = dict(known)
    n = len(known)
    clamp = (lambda x: max(0.0, x)) if nonnegative else (lambda x: x)

    def shift(m: int) -> float:
        # A flow gets the extra every month; a level (latest, mean, max) accumulates it.
        if aggregation is Aggregation.SUM:
            return extra_per_month
        return extra_per_month * (m - last_month)

    proj: dict[int, float] = {}
    lo: dict[int, float] = {}
    hi: dict[int, float] = {}
    method: OutlookMethod
    inputs: list[Message]
    common = [m for m in known_d if last_year and m in last_year]
    if last_year and remaining and common and all(m in last_year for m in remaining) and \
            sum(last_year[m] for m in common) != 0:
        method = OutlookMethod.SEASONAL
        assert last_year is not None
        k = sum(known_d[m] for m in common) / sum(last_year[m] for m in common)
        ratios = [known_d[m] / last_year[m] for m in common if last_year[m]]
        kmin, kmax = (min(ratios), max(ratios)) if ratios else (k, k)
        for m in remaining:
            proj[m] = clamp(last_year[m] * k + shift(m))
            lo[m] = clamp(last_year[m] * kmin + shift(m))
            hi[m] = clamp(last_year[m] * kmax + shift(m))
        inputs = [msg("outlook_seasonal_inputs", k=format_number(round(k, 3)), months=len(common),
                      low=format_number(round(kmin, 3)), high=format_number(round(kmax, 3)))]
    else:
        a, b, s, mbar, sxx = _fit(known)
        method = OutlookMethod.LINEAR if n >= 2 else OutlookMethod.FLAT
        for m in remaining:
            proj[m] = clamp(a + b * m + shift(m))
        inputs = [msg("outlook_linear_inputs", a=format_number(round(a, 2)), b=format_number(round(b, 2)), months=n)]
        if s is not None:
            inputs.append(msg("outlook_residual", s=format_number(round(s, 2))))
        else:
            inputs.append(msg("outlook_range_20"))
        # Per-month bands are used for the chart; the year-end range is computed below.
        for m in remaining:
            if s is not None:
                w = Z90 * s * math.sqrt(1 + 1 / n + ((m - mbar) ** 2 / sxx if sxx else 0))
            else:
                w = 0.2 * abs(proj[m])
            lo[m], hi[m] = clamp(proj[m] - w), proj[m] + w
        if s is not None and aggregation is Aggregation.SUM and remaining:
            # A sum of k months: errors add up as sqrt(k), narrower than k month-bands side by side.
            w_sum = Z90 * s * math.sqrt(len(remaining))
            spread = sum(hi[m] - proj[m] for m in remaining) or 1.0
            for m in remaining:
                share = (hi[m] - proj[m]) / spread
                hi[m] = proj[m] + w_sum * share
                lo[m] = clamp(proj[m] - w_sum * share)
    if extra_per_month:
        inputs.append(msg("outlook_scenario", extra=f"{'+' if extra_per_month > 0 else ''}{format_number(extra_per_month)}"))

    def year_end(series: dict[int, float]) -> float:
        full = [known_d[m] for m in sorted(known_d)] + [series[m] for m in remaining]
        if aggregation is Aggregation.SUM:
            return math.fsum(full)
        if aggregation is Aggregation.MEAN:
            return math.fsum(full) / len(full)
        if aggregation is Aggregation.MAX:
            return max(full)
        return series[12] if remaining else known_d[last_month]

    value, low, high = year_end(proj), year_end(lo), year_end(hi)
    low, high = min(low, value), max(high, value)

    def path(series: dict[int, float]) -> list[tuple[int, float]]:
        out = [(last_month, known_d[last_month])]
        if aggregation is Aggregation.SUM:
            total = math.fsum(known_d.values())
            out = [(last_month, total)]
            for m in remaining:
                total += series[m]
                out.append((m, total))
            return out
        return out + [(m, series[m]) for m in remaining]

    how = (method_message(method), year_end_message(aggregation), *inputs)
    return Outlook(value, low, high, method, n, path(proj), path(lo), path(hi), how=how)


def judge(outlook: Outlook, ind: Indicator, tolerance: float = 0.05) -> OutlookStatus:
    """Status on the outlook: the whole range on the right side of the target, the wrong side, or across."""
    target = ind.target_value
    T = target.number
    if T is None:
        return OutlookStatus.NO_TARGET
    T = float(T)
    direction = ind.effective_direction

    def ok(x: float) -> bool:
        if direction is Direction.MAINTAIN:
            return abs(x - T) <= tolerance * abs(T) if T else x == 0
        if target.bound is Bound.AT_MOST or direction is Direction.DECREASE:
            return x < T if target.strict else x <= T
        return x >= T

    checks = [ok(outlook.low), ok(outlook.value), ok(outlook.high)]
    if all(checks):
        return OutlookStatus.REACHED
    if not any(checks):
        return OutlookStatus.MISSED
    return OutlookStatus.UNCERTAIN


# -- from the stored actuals ------------------------------------------------------------


_LAST_INDEX: list = []  # [(weak reference to the programme, the imports it was made from, the index)]


def _monthly_by_indicator(programme: Programme) -> dict[str, dict[str, dict[tuple[str, str], float]]]:
    """indicator id -> "2026-" -> (month period, municipality) -> the latest numeric value, made once.

    area_monthly is asked per indicator and municipality (46 times for a comparison of the
    example, each for two years); scanning every stored value each time was 0.9 s for
    200,000 values (issue 19), and scanning the indicator's values of every year on each call
    still 0.25 s. So the stored values are gone through once, split by indicator and year,
    later imports overwriting earlier ones. Only monthly periods ("2026-03") are kept: nothing
    else is read here. The last index is kept while it is the same programme with the same
    import objects: imports are replaced, never changed in place
    (planner/followup/actuals/history.py), so identity tells. (A Programme is a dataclass with
    ``eq``: unhashable, so a weak reference, not a weak-keyed dict.)
    """
    imports = programme.actual_imports
    if _LAST_INDEX:
        ref, refs, cached = _LAST_INDEX[0]
        if ref() is programme and refs[0] is imports and len(refs[1]) == len(imports) and all(
                a is b and va is b.values and n == len(b.values)
                for (a, va, n), b in zip(refs[1], imports, strict=True)):
            return cached
    from planner.followup.gcpause import paused_gc

    with paused_gc():  # a key tuple per value: the collector's passes over the import's objects were 0.17 s
        index = _index_months(imports)
    try:
        entry = (weakref.ref(programme, _forget), (imports, [(imp, imp.values, len(imp.values)) for imp in imports]),
                 index)
    except TypeError:  # not weakly referable: no cache
        return index
    _LAST_INDEX[:] = [entry]
    return index


def _forget(ref: weakref.ref) -> None:
    """The programme of the cached index is gone: let the index go with it, not at the interpreter's exit.

    Kept until exit, the index of 200,000 values made ``planner compare`` 0.12 s slower
    (CPU, in the interpreter's teardown) than letting it go when the command's programme does.
    """
    if _LAST_INDEX and _LAST_INDEX[0][0] is ref:
        _LAST_INDEX.clear()


def _index_months(imports: list[ActualsImport]) -> dict[str, dict[str, dict[tuple[str, str], float]]]:
    """The index of :func:`_monthly_by_indicator`, made from the stored values."""
    index: dict[str, dict[str, dict[tuple[str, str], float]]] = {}
    year_of: dict[str, str] = {}  # period -> "2026-" for a month, "" for anything else: read once per period
    for imp in imports:
        for v in imp.values:
            value = v.value
            if value is None or value != value:
                continue  # no number, or NaN
            period = v.period
            prefix = year_of.get(period)
            if prefix is None:
                is_month = len(period) == 7 and period[4] == "-" and period[5:].isdigit()
                prefix = year_of[period] = period[:5] if is_month else ""
            if not prefix:
                continue  # not a month
            by_year = index.get(v.indicator_id)
            if by_year is None:
                by_year = index[v.indicator_id] = {}
            latest = by_year.get(prefix)
            if latest is None:
                latest = by_year[prefix] = {}
            latest[(period, v.municipality)] = value
    return index


def area_monthly(programme: Programme, indicator: Indicator, year: int, municipality: str | None = None
                 ) -> dict[int, float]:
    """Month -> value of ``year`` from the stored actuals (later imports win).

    ``municipality`` None: the area (its own row, else for counts the sum of the
    municipalities when all of the programme's are present, as the comparison does);
    a name: that municipality's values.
    """
    from planner.followup.progress import is_additive

    latest = _monthly_by_indicator(programme).get(indicator.id, {}).get(f"{year:04d}-", {})
    area: dict[int, float] = {}
    sums: dict[int, float] = {}
    present: dict[int, set[str]] = {}
    for (period, muni), x in latest.items():
        m = int(period[5:])
        if municipality is not None:
            if muni == municipality:
                area[m] = x
            continue
        if muni:
            sums[m] = sums.get(m, 0.0) + x
            present.setdefault(m, set()).add(muni)
        else:
            area[m] = x
    if municipality is None and is_additive(indicator):
        # As the comparison does: a sum is the area's figure only when every municipality is in it.
        need = set(programme.municipalities)
        for m, x in sums.items():
            if need <= present[m]:
                area.setdefault(m, x)
    return area


def indicator_outlook(programme: Programme, indicator: Indicator, year: int, municipality: str | None = None,
                      extra_per_month: float = 0.0) -> Outlook | None:
    """The outlook of an indicator (area or one municipality) from the stored actuals."""
    if indicator.effective_direction is Direction.MILESTONE:
        return None
    known = area_monthly(programme, indicator, year, municipality)
    if not known:
        return None
    history = area_monthly(programme, indicator, year - 1, municipality)
    target = indicator.target_value.number
    nonneg = all(v >= 0 for v in known.values())
    out = project_series(sorted(known.items()), indicator.aggregation, last_year=history or None,
                         nonnegative=nonneg, extra_per_month=extra_per_month)
    if out is None:
        return None
    if municipality is None or target is None:
        out.status = judge(out, indicator, programme.follow_up.maintain_tolerance)
    return out


def programme_year(programme: Programme, results: list[Any] | None = None) -> int | None:
    if programme.year:
        return programme.year
    years = [int(v.period[:4]) for imp in programme.actual_imports for v in imp.values if v.period[:4].isdigit()]
    return max(years) if years else None


@dataclass
class OutlookRow:
    """One indicator's outlook beside its comparison result."""

    result: Any  # planner.followup.progress.IndicatorResult
    outlook: Outlook | None
    why: Message | None = None  # why there is none

    def reason_in(self, lang: str = "fi") -> str:
        return wording_fi.word(self.why, lang) if self.why is not None else ""

    @property
    def reason(self) -> str:
        """Why there is no outlook, in Finnish."""
        return self.reason_in()


def programme_outlook(programme: Programme, results: list[Any]) -> list[OutlookRow]:
    """An outlook for every numeric indicator with monthly data (milestones and yearly values left out)."""
    year = programme_year(programme)
    rows: list[OutlookRow] = []
    for r in results:
        ind = r.indicator
        if ind.effective_direction is Direction.MILESTONE:
            continue
        if year is None:
            rows.append(OutlookRow(r, None, msg("no_actuals")))
            continue
        o = indicator_outlook(programme, ind, year)
        why = None
        if o is None:
            if r.per_municipality and r.actual is None:
                why = msg("outlook_none_per_municipality")
            elif r.actual is not None:
                why = msg("outlook_none_year_value")
            else:
                why = msg("no_actuals")
        rows.append(OutlookRow(r, o, why))
    return rows
