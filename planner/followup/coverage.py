"""Which municipalities and months an indicator's figure rests on, and the area value per period.

:func:`area_series` is the first half of :func:`planner.followup.progress.compare_programme`:
from the stored values of one indicator it gives the area's value per period of
the programme year, and a :class:`Coverage` saying what that rests on.

Per period the area value is the area's own row when there is one. Otherwise,
for counts (additive indicators), the municipalities' values are added up only
when every municipality of the programme is present: a partial sum is never the
area's figure. A period missing a municipality is *incomplete*:

- incomplete periods after the last complete one (a municipality's figure not
  yet published) are left out and named; the figure rests on the complete ones
  ("käytetty 5/2026 asti");
- an incomplete period before a complete one, or no complete period at all,
  leaves the indicator without an area figure ("3/8 kuntaa"), except for an
  indicator whose latest value is used, which takes the latest complete period.

Rates, shares and averages are never added up (see
:func:`planner.followup.progress.is_additive`). Periods after the report date are left
out of the comparison and named.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date

from planner.messages import Message, msg
from planner.model import ActualValue, Aggregation, Indicator


def period_label(key: str) -> str:
    if len(key) == 7 and key[4] == "-":
        return f"{int(key[5:])}/{key[:4]}"
    return key


def _is_month(key: str) -> bool:
    return len(key) >= 7 and key[4] == "-"


def after_report_date(period: str, as_of: date) -> bool:
    """True when the period starts after the report date's month (or year)."""
    try:
        year = int(period[:4])
    except ValueError:
        return False
    if _is_month(period) and period[5:7].isdigit():
        return (year, int(period[5:7])) > (as_of.year, as_of.month)
    if "-Q" in period:
        return (year, (int(period[-1]) - 1) * 3 + 1) > (as_of.year, as_of.month)
    return year > as_of.year


@dataclass
class Coverage:
    """What an indicator's figure rests on."""

    expected: int  # municipalities in the programme
    municipalities: list[str] = field(default_factory=list)  # municipalities with values in the periods used
    periods: list[str] = field(default_factory=list)  # periods the figure rests on
    source: str = "none"  # "area": the area's own rows; "municipalities": sum of all; "partial"; "per_municipality"
    complete: bool = False
    missing: dict[str, list[str]] = field(default_factory=dict)  # incomplete period -> municipalities missing
    left_out: list[str] = field(default_factory=list)  # incomplete periods not used
    after_report: list[str] = field(default_factory=list)  # periods after the report date, not compared

    def count(self) -> str:
        """How many municipalities, language-neutral: "3/8" (or "3" without a municipality list)."""
        n = len(self.municipalities)
        return f"{n}/{self.expected}" if self.expected else str(n)

    def periods_text(self) -> str:
        if not self.periods:
            return ""
        first, last = self.periods[0], self.periods[-1]
        if first == last:
            return period_label(first)
        if _is_month(first) and _is_month(last) and first[:4] == last[:4]:
            return f"{int(first[5:7])}–{int(last[5:7])}/{first[:4]}"
        return f"{period_label(first)}–{period_label(last)}"

    def message(self) -> Message:
        """What the figure rests on, as a code (worded in planner/wording_fi.py, translated by the GUI).

        Parameters: ``count`` ("3/8" or "3" without a municipality list) and ``span``
        ("1–6/2026"), both language-neutral.
        """
        span = self.periods_text()
        count = self.count()
        if self.source == "area":
            return msg("coverage_area" if span else "coverage_area_no_span", span=span)
        if self.source == "municipalities":
            return msg("coverage_sum" if span else "coverage_sum_no_span", count=count, span=span)
        if self.source == "partial":
            return msg("coverage_partial" if span else "coverage_partial_no_span", count=count, span=span)
        if self.source == "per_municipality":
            return msg("coverage_per_municipality" if span else "coverage_per_municipality_no_span",
                       count=count, span=span)
        return msg("coverage_none")

    def text(self, lang: str = "fi") -> str:
        """A short line in ``lang`` (fi/sv/en): "alueen oma luku, 1–6/2026", "kuntien summa, 8/8 kuntaa, 1–5/2026"."""
        from planner.wording_fi import word

        return word(self.message(), lang)

    def as_dict(self) -> dict:
        return {
            "source": self.source,
            "complete": self.complete,
            "municipalities": list(self.municipalities),
            "of": self.expected,
            "periods": list(self.periods),
            "missing": {k: list(v) for k, v in self.missing.items()},
            "left_out": list(self.left_out),
            "after_report_date": list(self.after_report),
            "code": self.message().code,
            "text": self.text(),
        }


@dataclass
class AreaSeries:
    area: dict[str, float]  # period -> area value (complete periods only)
    texts: dict[str, str]  # period -> the cell text of an area row
    by_muni: dict[str, dict[str, float]]  # period -> municipality -> value
    coverage: Coverage
    notes: list[Message]


def area_series(
    vals: dict[tuple[str, str], ActualValue],
    ind: Indicator,
    municipalities: list[str],
    year: int,
    as_of: date | None,
    additive: bool,
) -> AreaSeries:
    prefix = str(year)
    area: dict[str, float] = {}
    texts: dict[str, str] = {}
    by_muni: dict[str, dict[str, float]] = {}
    later: set[str] = set()
    for (period, muni), v in vals.items():
        if not period.startswith(prefix) or v.value is None or math.isnan(v.value):
            continue
        if as_of is not None and after_report_date(period, as_of):
            later.add(period)
            continue
        if muni:
            by_muni.setdefault(period, {})[muni] = v.value
        else:
            area[period] = v.value
            texts[period] = v.text
    cov = Coverage(expected=len(municipalities), after_report=sorted(later))
    notes: list[Message] = []
    if later:
        notes.append(msg("after_report_date", periods=", ".join(period_label(p) for p in sorted(later))))
    own_rows = set(area)
    incomplete: dict[str, list[str]] = {}
    for period, munis in by_muni.items():
        if period in area:
            continue
        missing = [m for m in municipalities if m not in munis]
        if additive and municipalities and not missing:
            area[period] = math.fsum(munis[m] for m in municipalities)
        else:
            incomplete[period] = missing
    cov.missing = {p: incomplete[p] for p in sorted(incomplete)}

    monthly = sorted(p for p in set(area) | set(incomplete) if _is_month(p))
    group = monthly if monthly else sorted(p for p in set(area) | set(incomplete) if p == prefix)
    complete = [p for p in group if p in area]
    partial = [p for p in group if p in incomplete]
    if not additive and not complete and by_muni:
        cov.source = "per_municipality"
        cov.periods = sorted(by_muni)
        cov.municipalities = sorted({m for d in by_muni.values() for m in d}, key=_order(municipalities))
        return AreaSeries({}, texts, by_muni, cov, notes)
    if partial and additive:
        last_complete = complete[-1] if complete else None
        trailing = [p for p in partial if last_complete is not None and p > last_complete]
        earlier = [p for p in partial if last_complete is None or p < last_complete]
        if complete and (not earlier or ind.aggregation is Aggregation.LATEST):
            for p in trailing:
                have = len(municipalities) - len(incomplete[p])
                notes.append(msg("month_left_out", period=period_label(p),
                                 missing=", ".join(incomplete[p]) or "kuntaluettelo", have=have,
                                 total=len(municipalities), last=period_label(complete[-1])))
            cov.left_out = sorted(trailing + (earlier if ind.aggregation is Aggregation.LATEST else []))
            group = complete
        else:
            cov.source = "partial"
            used = partial + complete
            cov.periods = sorted(used)
            cov.municipalities = sorted({m for p in used for m in by_muni.get(p, {})}, key=_order(municipalities))
            worst = max(partial, key=lambda p: len(incomplete[p]))
            if not municipalities:
                notes.append(msg("no_municipality_list"))
            else:
                same = all(incomplete[p] == incomplete[worst] for p in partial)
                have, total, lacking = len(cov.municipalities), cov.expected, ", ".join(incomplete[worst])
                notes.append(msg("partial_area", have=have, total=total, missing=lacking) if same else
                             msg("partial_area_at", have=have, total=total, missing=lacking,
                                 period=period_label(worst)))
            return AreaSeries({}, texts, by_muni, cov, notes)
    if not group:
        if by_muni:  # non-additive with partial rows, or nothing
            cov.source = "per_municipality"
            cov.periods = sorted(by_muni)
            cov.municipalities = sorted({m for d in by_muni.values() for m in d}, key=_order(municipalities))
        return AreaSeries({}, texts, by_muni, cov, notes)
    used = [p for p in group if p in area]
    kept_area = {p: area[p] for p in area if p in used or not (_is_month(p) or p == prefix)}
    cov.periods = used
    cov.complete = True
    cov.source = "area" if all(p in own_rows for p in used) else "municipalities"
    cov.municipalities = sorted({m for p in used for m in by_muni.get(p, {})}, key=_order(municipalities))
    if cov.source == "municipalities":
        cov.municipalities = list(municipalities)
    # keep the year value (period == prefix) for the caller's "whole year" rule
    if prefix in area and prefix not in kept_area:
        kept_area[prefix] = area[prefix]
    return AreaSeries(kept_area, texts, by_muni, cov, notes)


def _order(municipalities: list[str]):
    pos = {m: i for i, m in enumerate(municipalities)}
    return lambda m: (pos.get(m, 999), m)
