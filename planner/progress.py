"""Progress and status of each indicator from the imported actuals.

:func:`compare_programme` gives one :class:`IndicatorResult` per owned indicator,
in document order (indicators with no data included, as ``NO_DATA``).

How the year's actual is made
-----------------------------
Only values of the programme year count (``Programme.year``; when unset, the
latest year in the data). When the same indicator, period and municipality was
imported twice, the later import wins. Per period, the area value is the row
without a municipality when there is one; otherwise, for *additive* indicators
(counts: persons, placements, periods ...), the municipalities' values are added
up. For percentages, ratios ("asiakasta/htv"), averages, durations and scores
(see :func:`is_additive`) an area value is never invented from municipality rows:
the result has ``actual=None``, the per-municipality values and a note saying so.

The monthly area values are then combined by the indicator's aggregation: sum,
latest, mean or max. A whole-year value (period "2026", e.g. a year-to-date
column) is used when there are no monthly values for the indicator.

Progress
--------
``B`` baseline, ``T`` target, ``A`` actual, ``e`` the expected share: the share
of the year the data covers (latest month / 12; for a whole-year value the
share of the year gone by at ``as_of``; 1.0 once the year is over).

- increase / decrease with baseline and target numbers: ``(A - B) / (T - B)``;
  for *summed* indicators the baseline is the previous year's total, so during
  the year it is pro-rated: ``(A - e*B) / (T - B)``. At year end both agree.
- no baseline, increase: ``A / T``.
- ceiling (target "enintään X" / "alle X"): achieved when ``A <= T``
  (summed: when the year is over and ``A <= T``); with no baseline, over the
  ceiling has progress ``T / A`` and is at risk when ``T / A >= on_track``, else
  off track.
- floor ("vähintään X"): achieved when ``A >= T``.
- maintain: achieved when ``|A - T| <= tolerance * |T|`` (summed: against
  ``e*T``); tolerance ``FollowUpSettings.maintain_tolerance``, default ±5 %.
- milestone: done (texts "valmis", "luotu", "kyllä", "tehty", ..., or 1) or not
  done ("ei", "kesken", 0). Done is achieved; not done is on track during the
  first three quarters of the year, at risk in the last quarter and off track
  once the year is over.

Status thresholds (``FollowUpSettings``)
----------------------------------------
``r = progress / e`` compares the progress made with the share of the year
covered. Achieved when the rule above says so (progress >= 1 for increase and
decrease). Otherwise ``r >= on_track`` (default 0.9) is on track,
``r >= at_risk`` (default 0.6) at risk, below that off track. Once the year is
over (``e == 1``) nothing is "on track" any more: ``r >= at_risk`` is at risk,
below off track. Maintain outside the tolerance: at risk within twice the
tolerance, else off track. No actual, or no target number to compare with:
no data.
"""

from __future__ import annotations

import calendar
import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING

from planner.model import (
    ActualValue,
    Aggregation,
    Direction,
    FocusArea,
    Indicator,
    Programme,
    Theme,
)
from planner.values import Bound, format_number

if TYPE_CHECKING:
    from planner.actuals.coverage import Coverage


class ProgressStatus(StrEnum):
    ACHIEVED = "achieved"
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    OFF_TRACK = "off_track"
    NO_DATA = "no_data"


STATUS_LABEL_FI: dict[ProgressStatus, str] = {
    ProgressStatus.ACHIEVED: "Saavutettu",
    ProgressStatus.ON_TRACK: "Etenee",
    ProgressStatus.AT_RISK: "Riski",
    ProgressStatus.OFF_TRACK: "Jäljessä",
    ProgressStatus.NO_DATA: "Ei tietoa",
}

STATUS_SYMBOL: dict[ProgressStatus, str] = {
    ProgressStatus.ACHIEVED: "✔",
    ProgressStatus.ON_TRACK: "▲",
    ProgressStatus.AT_RISK: "!",
    ProgressStatus.OFF_TRACK: "✖",
    ProgressStatus.NO_DATA: "–",
}

STATUS_COLOR: dict[ProgressStatus, str] = {
    ProgressStatus.ACHIEVED: "#2e7d32",
    ProgressStatus.ON_TRACK: "#1565c0",
    ProgressStatus.AT_RISK: "#e65100",
    ProgressStatus.OFF_TRACK: "#c62828",
    ProgressStatus.NO_DATA: "#757575",
}

MILESTONE_DONE_WORDS = {
    "valmis", "valmistunut", "luotu", "kyllä", "kylla", "tehty", "toteutunut", "toteutettu",
    "saavutettu", "hyväksytty", "käytössä", "ok", "x", "yes", "done", "ja", "klar", "1",
}
MILESTONE_NOT_DONE_WORDS = {
    "ei", "ei valmis", "kesken", "keskeneräinen", "ei tehty", "ei luotu", "ei toteutunut",
    "no", "nej", "not done", "0", "työn alla", "aloitettu",
}

# Words that tell an indicator is not a count (its municipality values do not add up).
_NON_ADDITIVE_NAME = re.compile(
    r"keskim|keskiarvo|\bka\b|osuus|prosent|%|aste\b|asteikko|arvosana|arvio|tyytyväis|"
    r"kesto|\baika\b|\bajan\b|käsittelyaika|jonotusaika|jonotus|viive|suhde|\bper\b|/",
    re.I,
)
_NON_ADDITIVE_UNITS = {"%", "kk", "vrk", "pv", "päivää", "päivä", "päivässä", "vko", "viikkoa", "h", "tuntia", "€/kk"}


@dataclass
class IndicatorResult:
    """One indicator compared with its actuals."""

    theme: Theme
    focus_area: FocusArea
    indicator: Indicator
    actual: float | None  # the year's aggregated area value (None: no data or not invented)
    actual_text: str  # as shown, e.g. "1 512" or "valmis" or "per kunta, ks. erittely"
    period: str | None  # latest period key the data covers, "2026-06"
    monthly: list[tuple[str, float]] = field(default_factory=list)  # (period key, area value), sorted
    per_municipality: dict[str, float] = field(default_factory=dict)
    expected_share: float | None = None  # share of the year covered
    progress: float | None = None  # 0.0..1.0+ (see module docstring)
    status: ProgressStatus = ProgressStatus.NO_DATA
    note: str = ""  # Finnish explanation
    coverage: Coverage | None = None  # which municipalities and periods the actual rests on


def status_counts(results: list[IndicatorResult]) -> dict[ProgressStatus, int]:
    """How many indicators have each status (every status present, zeros included)."""
    counts = Counter(r.status for r in results)
    return {s: counts.get(s, 0) for s in ProgressStatus}


def milestone_value(text: str) -> float | None:
    """1.0 for a done text ("valmis", "luotu", "kyllä" ...), 0.0 for not done, None otherwise."""
    t = unicodedata.normalize("NFKC", str(text)).strip().lower().rstrip(".!")
    t = re.sub(r"\s+", " ", t)
    if not t:
        return None
    if t in MILESTONE_NOT_DONE_WORDS or t.startswith("ei "):
        return 0.0
    if t in MILESTONE_DONE_WORDS:
        return 1.0
    words = set(re.findall(r"\w+", t))
    if words & {"valmis", "luotu", "tehty", "toteutunut", "hyväksytty", "valmistunut", "käytössä"}:
        return 1.0
    try:
        n = float(t.replace(",", "."))
    except ValueError:
        return None
    if n in (0.0, 1.0):
        return n
    return None


def is_additive(ind: Indicator) -> bool:
    """True when the municipalities' values of this indicator add up to the area's.

    Counts are additive; percentages, ratios, averages, durations and scores are not.
    """
    unit = ind.effective_unit.strip().lower()
    if unit in _NON_ADDITIVE_UNITS or "%" in unit or "/" in unit:
        return False
    if ind.aggregation is Aggregation.MEAN:
        return False
    if _NON_ADDITIVE_NAME.search(ind.name):
        return False
    for pv in (ind.target_value, ind.baseline_value):
        if pv.number is not None and not float(pv.number).is_integer():
            return False  # 3,82 on a scale, 69,9 %: not a count
    return True


def _period_end_month(key: str) -> int | None:
    """Last month a period key covers: "2026-03" -> 3, "2026-Q2" -> 6, "2026" -> None."""
    m = re.fullmatch(r"\d{4}-(\d{2})(?:-\d{2})?", key)
    if m:
        return int(m.group(1))
    m = re.fullmatch(r"\d{4}-Q([1-4])", key)
    if m:
        return int(m.group(1)) * 3
    return None


def _aggregate(values: list[float], how: Aggregation) -> float | None:
    if not values:
        return None
    if how is Aggregation.SUM:
        return math.fsum(values)
    if how is Aggregation.MEAN:
        return math.fsum(values) / len(values)
    if how is Aggregation.MAX:
        return max(values)
    return values[-1]


def _fmt(x: float) -> str:
    return format_number(round(x, 2))


def _year_share(as_of: date, year: int) -> float:
    if as_of.year < year:
        return 0.0
    if as_of.year > year:
        return 1.0
    days = 366 if calendar.isleap(year) else 365
    return as_of.timetuple().tm_yday / days


def _latest_values(programme: Programme) -> dict[str, dict[tuple[str, str], ActualValue]]:
    """indicator id -> {(period, municipality): value}; later imports replace earlier ones."""
    out: dict[str, dict[tuple[str, str], ActualValue]] = {}
    for imp in programme.actual_imports:
        for v in imp.values:
            out.setdefault(v.indicator_id, {})[(v.period, v.municipality)] = v
    return out


def _programme_year(programme: Programme, values: dict[str, dict[tuple[str, str], ActualValue]]) -> int | None:
    if programme.year:
        return programme.year
    years = [int(p[:4]) for d in values.values() for (p, _m) in d if p[:4].isdigit()]
    return max(years) if years else None


def compare_programme(programme: Programme, as_of: date | None = None) -> list[IndicatorResult]:
    """Every owned indicator with its actual, progress and status, in document order."""
    as_of = as_of or date.today()
    all_values = _latest_values(programme)
    year = _programme_year(programme, all_values)
    results = []
    for theme, fa, ind in programme.indicators():
        vals = all_values.get(ind.id, {})
        results.append(_compare_one(programme, theme, fa, ind, vals, year, as_of))
    return results


def _compare_one(
    programme: Programme,
    theme: Theme,
    fa: FocusArea,
    ind: Indicator,
    vals: dict[tuple[str, str], ActualValue],
    year: int | None,
    as_of: date,
) -> IndicatorResult:
    res = IndicatorResult(theme, fa, ind, None, "", None)
    if year is None or not vals:
        res.actual_text = "–"
        res.note = "ei toteumatietoja"
        return res
    direction = ind.effective_direction
    additive = is_additive(ind) and direction is not Direction.MILESTONE
    prefix = str(year)
    # Area value per period, and what it rests on (planner.actuals.coverage).
    from planner.actuals.coverage import area_series

    covered = area_series(vals, ind, programme.municipalities, year, as_of, additive)
    area, texts, by_muni = covered.area, covered.texts, covered.by_muni
    res.coverage = covered.coverage
    notes: list[str] = list(covered.notes)
    monthly_keys = sorted(k for k in area if _period_end_month(k) is not None)
    year_value = area.get(prefix)
    if monthly_keys and year_value is not None:
        notes.append("vuoden arvo ohitettu, kuukausiarvot käytössä")
    res.monthly = [(k, area[k]) for k in monthly_keys]

    # Per municipality, aggregated by the same rule.
    muni_series: dict[str, list[tuple[str, float]]] = {}
    for period, munis in by_muni.items():
        for m, x in munis.items():
            muni_series.setdefault(m, []).append((period, x))
    for m, series in muni_series.items():
        series.sort()
        monthly = [x for p, x in series if _period_end_month(p) is not None]
        agg = _aggregate(monthly, ind.aggregation) if monthly else None
        if agg is None:
            agg = next((x for p, x in series if p == prefix), None)
        if agg is not None:
            res.per_municipality[m] = agg
    order = {name: i for i, name in enumerate(programme.municipalities)}
    res.per_municipality = dict(sorted(res.per_municipality.items(), key=lambda kv: (order.get(kv[0], 999), kv[0])))

    if monthly_keys:
        actual = _aggregate([area[k] for k in monthly_keys], ind.aggregation)
        last = monthly_keys[-1]
        res.period = last
        share = (_period_end_month(last) or 12) / 12
        if as_of.year > year:
            share = 1.0 if _period_end_month(last) == 12 or ind.aggregation is not Aggregation.SUM else share
    elif year_value is not None:
        actual = year_value
        res.period = prefix
        share = max(_year_share(as_of, year), 1 / 12)
    else:
        actual = None
        periods = sorted(by_muni)
        res.period = periods[-1] if periods else None
        share = None
    year_over = as_of.year > year
    res.expected_share = share

    if actual is None:
        if res.coverage is not None and res.coverage.source == "partial":
            res.actual_text = f"ei koko alueen lukua ({res.coverage.count_text()})"
        elif res.per_municipality:
            res.actual_text = "per kunta, ks. erittely"
            unit = ind.effective_unit
            kind = "prosenttiosuutta" if "%" in unit or "osuus" in ind.name.lower() else "arvoa"
            notes.append(f"{kind} ei lasketa yhteen kunnista; katso kuntakohtaiset arvot")
        else:
            res.actual_text = "–"
            notes.append(f"ei toteumatietoja vuodelta {year}")
        res.note = "; ".join(notes)
        return res

    res.actual = actual
    assert share is not None
    settings = programme.follow_up
    target = ind.target_value
    baseline = ind.baseline_value
    T, B, A, e = target.number, baseline.number, actual, share
    summed = ind.aggregation is Aggregation.SUM

    if direction is Direction.MILESTONE:
        last_text = texts.get(res.period or "", "")
        done = A >= 1.0 - 1e-9 if T is None else A >= T
        res.actual_text = "valmis" if done else "ei valmis"
        if last_text and milestone_value(last_text) is not None:
            res.actual_text = last_text.strip()
        res.progress = 1.0 if done else 0.0
        if done:
            res.status = ProgressStatus.ACHIEVED
        elif year_over or e >= 1.0:
            res.status = ProgressStatus.OFF_TRACK
        elif e > 0.75:
            res.status = ProgressStatus.AT_RISK
        else:
            res.status = ProgressStatus.ON_TRACK
        res.note = "; ".join(notes)
        return res

    unit = ind.effective_unit
    res.actual_text = _fmt(A) + (f" {unit}" if unit == "%" else "")
    if T is None:
        notes.append("tavoitteessa ei ole lukua, edistymistä ei voi laskea")
        res.status = ProgressStatus.NO_DATA
        res.note = "; ".join(notes)
        return res

    status: ProgressStatus | None = None
    progress: float | None = None
    if direction is Direction.MAINTAIN:
        expected = e * T if summed else T
        tol = settings.maintain_tolerance
        dev = abs(A - expected) / abs(expected) if expected else (0.0 if A == 0 else math.inf)
        progress = 1.0 if dev <= tol else max(0.0, 1.0 - dev)
        if dev <= tol:
            status = ProgressStatus.ACHIEVED
        elif dev <= 2 * tol:
            status = ProgressStatus.AT_RISK
        else:
            status = ProgressStatus.OFF_TRACK
        notes.append(f"säilytetään tasolla {_fmt(T)} (±{_fmt(tol * 100)} %)")
    elif target.bound is Bound.AT_MOST:
        final = year_over or e >= 1.0
        within = A < T if target.strict else A <= T
        if summed:
            # a yearly ceiling on a sum: judged against the pro-rated ceiling until the year ends
            progress = 1.0 if A <= e * T else (e * T / A if A else 0.0)
            if within and final:
                status = ProgressStatus.ACHIEVED
            elif not final and A <= e * T:
                status = ProgressStatus.ON_TRACK
            elif within:
                status = ProgressStatus.AT_RISK
            else:
                status = ProgressStatus.OFF_TRACK
        else:
            if B is not None and B != T:
                progress = (A - B) / (T - B)
            else:
                progress = 1.0 if within else (T / A if A else 0.0)
                if not within:  # over the ceiling now: no pace to judge, just how far over
                    status = ProgressStatus.AT_RISK if progress >= settings.on_track else ProgressStatus.OFF_TRACK
            if within:
                status = ProgressStatus.ACHIEVED
                progress = max(progress, 1.0)
        notes.append(f"enintään {_fmt(T)}")
    elif target.bound is Bound.AT_LEAST and B is None:
        progress = A / T if T else (1.0 if A >= T else 0.0)
        if A >= T:
            status = ProgressStatus.ACHIEVED
    else:
        final = year_over or e >= 1.0
        if B is not None and B != T:
            progress = ((A - e * B) if summed else (A - B)) / (T - B)
            reached = A >= T if T > B else (A <= T and (not summed or final))
        elif direction is Direction.DECREASE:
            progress = (T / A) if A else 1.0
            reached = A <= T and (not summed or final)
        else:
            progress = A / T if T else None
            reached = T is not None and A >= T
        if reached:
            status = ProgressStatus.ACHIEVED
    res.progress = progress
    if status is None:
        if progress is None:
            status = ProgressStatus.NO_DATA
        else:
            r = progress / e if e > 0 else progress
            final = year_over or e >= 1.0
            if not final and r >= settings.on_track:
                status = ProgressStatus.ON_TRACK
            elif r >= settings.at_risk:
                status = ProgressStatus.AT_RISK
            else:
                status = ProgressStatus.OFF_TRACK
            if summed and not final:
                notes.append(f"verrattu vuoden kuluneeseen osuuteen {_fmt(e * 100)} %")
    res.status = status
    res.note = "; ".join(notes)
    return res
