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

Status
------
The rules are one table in ``docs/status-rules.md`` (conditions -> status, with
an example per row); :func:`judge` and :func:`judge_milestone` implement it and
each :class:`IndicatorResult` names the row that decided it (``rule``). In short:
``e`` is the share of the year ended by the REPORT DATE (whole months,
:func:`expected_share`), never the last month with data, so a missing month
makes a late indicator look late; ``r = progress / e`` is the pace. A limit
(target "enintään", "(laki)", or a decrease whose baseline is already at the
target) is off track as soon as it is exceeded; a yearly sum to be kept at its
level is judged against ``e * T`` and achieved only when the year's level is
reached; a baseline whose unit is not the target's (persons vs. months) is not
used, and ``planner check`` reports it.
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

from planner import wording_fi
from planner.followup.coverage import Coverage, area_series
from planner.messages import Message, msg
from planner.model import (
    ActualValue,
    Aggregation,
    Direction,
    FocusArea,
    FollowUpSettings,
    Indicator,
    Programme,
    Theme,
)
from planner.units import unit_kind, units_conflict
from planner.values import Bound, ParsedValue, format_number
from planner.wording_fi import word, word_all


class ProgressStatus(StrEnum):
    ACHIEVED = "achieved"
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    OFF_TRACK = "off_track"
    NO_DATA = "no_data"


STATUS_LABEL_FI: dict[ProgressStatus, str] = {ProgressStatus(k): v for k, v in wording_fi.PROGRESS_STATUS.items()}  # worded in planner/wording_fi.py

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
    actual_text: str  # the figure as shown: "1 512", "33 %", a milestone's own word ("luotu"), "–"; or ""
    period: str | None  # latest period key the data covers, "2026-06"
    monthly: list[tuple[str, float]] = field(default_factory=list)  # (period key, area value), sorted
    per_municipality: dict[str, float] = field(default_factory=dict)
    expected_share: float | None = None  # share of the year covered
    progress: float | None = None  # 0.0..1.0+ (see module docstring)
    status: ProgressStatus = ProgressStatus.NO_DATA
    notes: list[Message] = field(default_factory=list)  # why, as codes (planner.wording_fi words them)
    rule: str = ""  # the row of docs/status-rules.md that gave the status ("L2", "P3" ...)
    coverage: Coverage | None = None  # which municipalities and periods the actual rests on
    # The actual as a phrase where there is no figure to show ("no figure for the whole area",
    # "done"): a code, worded by planner.wording_fi (reports, fi/sv/en) or the GUI's table.
    actual_message: Message | None = None

    def actual_in(self, lang: str = "fi") -> str:
        """The actual as shown in ``lang``: the figure, or the phrase worded."""
        if self.actual_message is not None:
            return word(self.actual_message, lang)
        return self.actual_text

    def note_in(self, lang: str = "fi") -> str:
        """The notes worded in ``lang`` (fi/sv/en) and joined: the command line and the reports
        (the GUI words ``notes`` itself)."""
        return word_all(self.notes, lang=lang)

    @property
    def note(self) -> str:
        """The notes in Finnish, joined."""
        return self.note_in("fi")

    def says_no_actuals(self) -> bool:
        """The notes say there are no actuals at all (a list of such indicators need not repeat it)."""
        return any(m.code in ("no_actuals", "no_actuals_for_year") for m in self.notes)


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


def _latest_values(programme: Programme) -> dict[str, dict[tuple[str, str], ActualValue]]:
    """indicator id -> {(period, municipality): value}; later imports replace earlier ones."""
    out: dict[str, dict[tuple[str, str], ActualValue]] = {}
    for imp in programme.actual_imports:
        for v in imp.values:
            got = out.get(v.indicator_id)
            if got is None:  # not setdefault: that makes an empty dict per value
                got = out[v.indicator_id] = {}
            got[(v.period, v.municipality)] = v
    return out


def _programme_year(programme: Programme, values: dict[str, dict[tuple[str, str], ActualValue]]) -> int | None:
    if programme.year:
        return programme.year
    years = [int(p[:4]) for d in values.values() for (p, _m) in d if p[:4].isdigit()]
    return max(years) if years else None


def compare_programme(programme: Programme, as_of: date | None = None) -> list[IndicatorResult]:
    """Every owned indicator with its actual, progress and status, in document order.

    The collector is paused (planner.followup.gcpause): indexing 200,000 stored values makes
    a key tuple each, and its passes over them and the import's objects were 0.14 s of 0.2 s.
    """
    from planner.followup.gcpause import paused_gc

    as_of = as_of or date.today()
    with paused_gc():
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
        res.notes = [msg("no_actuals")]
        res.rule = "D0"
        return res
    direction = ind.effective_direction
    additive = is_additive(ind) and direction is not Direction.MILESTONE
    prefix = str(year)
    # Area value per period, and what it rests on (planner.followup.coverage).
    covered = area_series(vals, ind, programme.municipalities, year, as_of, additive)
    area, texts, by_muni = covered.area, covered.texts, covered.by_muni
    res.coverage = covered.coverage
    notes: list[Message] = list(covered.notes)
    monthly_keys = sorted(k for k in area if _period_end_month(k) is not None)
    year_value = area.get(prefix)
    if monthly_keys and year_value is not None:
        notes.append(msg("year_value_ignored"))
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
        res.period = monthly_keys[-1]
    elif year_value is not None:
        actual = year_value
        res.period = prefix
    else:
        actual = None
        periods = sorted(by_muni)
        res.period = periods[-1] if periods else None
    # The share of the year expected by now comes from the report date, not from the
    # last month with data: a month with no data must make a late indicator look late.
    share = expected_share(as_of, year)
    res.expected_share = share

    if actual is None:
        if res.coverage is not None and res.coverage.source == "partial":
            res.actual_message = msg("actual_partial_area", count=res.coverage.count())
        elif res.per_municipality:
            res.actual_message = msg("actual_per_municipality")
            unit = ind.effective_unit
            share_kind = "%" in unit or "osuus" in ind.name.lower()
            notes.append(msg("share_not_summed" if share_kind else "value_not_summed"))
        else:
            res.actual_text = "–"
            notes.append(msg("no_actuals_for_year", year=year))
        res.notes = notes
        res.rule = "D0"
        return res

    res.actual = actual
    unit = ind.effective_unit
    if direction is not Direction.MILESTONE:
        res.actual_text = _fmt(actual) + (f" {unit}" if unit == "%" else "")
    target, baseline = ind.target_value, ind.baseline_value
    b_number = baseline.number
    if b_number is not None and units_conflict(baseline.unit, target.unit):
        # "1 468 henkilöä" -> "enintään 3 kk" is not one indicator: judge against the target alone
        notes.append(msg("baseline_unit_mismatch", baseline_unit=baseline.unit, target_unit=target.unit))
        b_number = None
        if ind.direction is None:
            from planner.model import infer_direction
            from planner.values import ParsedValue, ValueKind

            direction = infer_direction(ParsedValue("", ValueKind.EMPTY), target)
    if direction is Direction.MILESTONE:
        last_text = texts.get(res.period or "", "")
        done = actual >= 1.0 - 1e-9 if target.number is None else actual >= target.number
        if last_text and milestone_value(last_text) is not None:
            res.actual_text = last_text.strip()  # the source's own word: "luotu", "kyllä" ...
        else:
            res.actual_message = msg("milestone_done" if done else "milestone_not_done")
        verdict = judge_milestone(done, share, _deadline_share(target, year))
    else:
        verdict = judge(direction, target, b_number, actual, share, ind.aggregation is Aggregation.SUM,
                        programme.follow_up, legal=target.statutory or baseline.statutory,
                        duration=(unit_kind(unit) or ("", ""))[0] == "time")
    res.status, res.progress, res.rule = verdict.status, verdict.progress, verdict.rule
    if verdict.note is not None:
        notes.append(verdict.note)
    res.notes = notes
    return res


# -- status rules (docs/status-rules.md lists them as a table; the tests check every row) -------------


@dataclass(frozen=True)
class Verdict:
    """The status of one indicator, its progress and the rule (row of docs/status-rules.md) that gave it."""

    status: ProgressStatus
    progress: float | None
    rule: str
    note: Message | None = None


def expected_share(as_of: date, year: int) -> float:
    """The share of the programme year ended by the report date, counted in whole months.

    30.6.2026 -> 6/12; 15.7.2026 -> 6/12 (July is not over); any day after the
    year -> 1.0; before it -> 0.0.
    """
    if as_of.year < year:
        return 0.0
    if as_of.year > year:
        return 1.0
    months = as_of.month - 1
    if as_of.day == calendar.monthrange(as_of.year, as_of.month)[1]:
        months += 1
    return months / 12


def _deadline_share(target: ParsedValue, year: int) -> float:
    """A milestone's deadline as a share of the year ("valmis kesäkuu 2026" -> 0.5); 1.0 = year end."""
    period = target.period
    if period is None or period.year != year:
        return 1.0 if period is None or period.year > year else 0.0
    if period.month:
        return period.month / 12
    if period.quarter:
        return period.quarter * 3 / 12
    return 1.0


def judge_milestone(done: bool, e: float, deadline: float = 1.0) -> Verdict:
    """M1-M4: done is achieved; not done is late once the deadline month (default: the year) has ended."""
    if done:
        return Verdict(ProgressStatus.ACHIEVED, 1.0, "M1")
    if e >= deadline:
        return Verdict(ProgressStatus.OFF_TRACK, 0.0, "M2", msg("deadline_passed"))
    if deadline - e < 0.25 - 1e-9:
        return Verdict(ProgressStatus.AT_RISK, 0.0, "M3", msg("deadline_near"))
    return Verdict(ProgressStatus.ON_TRACK, 0.0, "M4")


def _pace(progress: float, e: float, settings: FollowUpSettings, summed: bool, final: bool) -> Verdict:
    """P2-P4: progress made compared with the share of the year gone by at the report date."""
    r = progress / max(e, 1 / 12)
    note = msg("pace_share", share=_fmt(e * 100)) if summed else None
    if not final and r >= settings.on_track:
        return Verdict(ProgressStatus.ON_TRACK, progress, "P2", note)
    if r >= settings.at_risk:
        return Verdict(ProgressStatus.AT_RISK, progress, "P3", note)
    return Verdict(ProgressStatus.OFF_TRACK, progress, "P4", note)


def judge(
    direction: Direction,
    target: ParsedValue,
    baseline: float | None,
    actual: float,
    e: float,
    summed: bool,
    settings: FollowUpSettings,
    legal: bool = False,
    duration: bool = False,
) -> Verdict:
    """The status of a numeric indicator (see docs/status-rules.md for the table of rules).

    ``e`` is :func:`expected_share` at the report date; ``summed`` tells a
    yearly sum (aggregation SUM) from a level (latest, mean, max); ``legal``: the
    target or the baseline is marked as set by law ("(laki)"), so it is a limit;
    ``duration``: the unit is a time (pv, kk ...), so keeping it at its level
    means not exceeding it.
    """
    T, B, A = target.number, baseline, actual
    final = e >= 1.0
    if T is None:
        return Verdict(ProgressStatus.NO_DATA, None, "T0", msg("target_without_number"))
    tol = settings.maintain_tolerance

    ceiling = (target.bound is Bound.AT_MOST or legal or direction is Direction.DECREASE
               or (direction is Direction.MAINTAIN and duration and not summed))
    is_limit = ceiling and (B is None or B <= T or target.statutory)
    within = A < T if target.strict else A <= T
    if is_limit and not summed:  # a limit on a level: over it is off track whatever the date
        if within:
            return Verdict(ProgressStatus.ACHIEVED, 1.0, "L1",
                           msg("statutory_limit" if legal else "limit", target=_fmt(T)))
        return Verdict(ProgressStatus.OFF_TRACK, T / A if A else 0.0, "L2",
                       msg("statutory_limit_exceeded" if legal else "limit_exceeded", target=_fmt(T), actual=_fmt(A)))
    if is_limit:  # a yearly budget: judged against its pro-rated share until the year ends
        note = msg("yearly_budget", target=_fmt(T), by_now=_fmt(e * T))
        progress = 1.0 if A <= e * T else (e * T / A if A else 0.0)
        if within and final:
            return Verdict(ProgressStatus.ACHIEVED, progress, "LS1", note)
        if not final and A <= e * T:
            return Verdict(ProgressStatus.ON_TRACK, progress, "LS2", note)
        if within:
            return Verdict(ProgressStatus.AT_RISK, progress, "LS3", note)
        return Verdict(ProgressStatus.OFF_TRACK, progress, "LS4", note)

    if direction is Direction.MAINTAIN and not summed:
        dev = abs(A - T) / abs(T) if T else (0.0 if A == 0 else math.inf)
        note = msg("maintain_level", target=_fmt(T), tolerance=_fmt(tol * 100))
        if dev <= tol:
            return Verdict(ProgressStatus.ACHIEVED, 1.0, "S1", note)
        progress = max(0.0, 1.0 - dev)
        if dev <= 2 * tol:
            return Verdict(ProgressStatus.AT_RISK, progress, "S2", note)
        return Verdict(ProgressStatus.OFF_TRACK, progress, "S3", note)
    if direction is Direction.MAINTAIN:  # a yearly sum kept at its level: 4 meetings a year, 2 by June
        progress = A / T if T else (1.0 if A >= T else 0.0)
        expected = e * T
        note = msg("maintain_sum", target=_fmt(T), expected=_fmt(expected))
        if A >= (1 - tol) * T and T > 0:
            return Verdict(ProgressStatus.ACHIEVED, progress, "SS1", note)
        if not final and A >= (1 - tol) * expected:
            return Verdict(ProgressStatus.ON_TRACK, progress, "SS2", note)
        if A >= (1 - 2 * tol) * expected:
            return Verdict(ProgressStatus.AT_RISK, progress, "SS3", note)
        return Verdict(ProgressStatus.OFF_TRACK, progress, "SS4", note)

    if B is not None and B != T:
        progress = ((A - e * B) if summed else (A - B)) / (T - B)
        if T > B:
            reached = A >= T
        else:
            reached = A <= T and (not summed or final)
        if reached:
            return Verdict(ProgressStatus.ACHIEVED, progress, "P1")
        return _pace(progress, e, settings, summed, final)
    # no baseline (or baseline equal to the target) and not a limit: growth towards T
    progress = A / T if T else (1.0 if A >= T else 0.0)
    if A >= T:
        return Verdict(ProgressStatus.ACHIEVED, progress, "N1")
    return _pace(progress, e, settings, summed, final)
