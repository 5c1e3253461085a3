"""From matched rows to the values of an import: categories, areas, daily rows, duplicates and conflicts.

:func:`combine` is what :meth:`ImportPlan.build` does; it never changes the plan.
Per indicator, period and municipality exactly one value is stored:

- rows of another category (``Miehet`` when ``Yhteensä`` is used) or of an area
  outside the programme are left out, and the summary says how many and which;
- several rows with different days in one month (daily rows) become the month's
  value by the indicator's aggregation: summed, latest day, mean or maximum;
- the same value twice is stored once;
- two different values for the same day or month are a :class:`Conflict` the
  user must resolve (keep one or skip both); until then neither is stored.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import compress
from operator import attrgetter, itemgetter
from typing import cast

from planner.followup.actuals.dimensions import AREA, OTHER, keep_dims
from planner.followup.actuals.errors import column_letter
from planner.followup.actuals.layout import Role
from planner.followup.actuals.matching import MatchHow
from planner.followup.actuals.plan import PlanData
from planner.followup.actuals.records import (
    AREA_TEXT,
    COL,
    DAY,
    FROM_NUMBER,
    KEY,
    PERIOD,
    ROW,
    TEXT,
    VALUE,
    period_label,
)
from planner.messages import Message, msg
from planner.model import ActualsImport, ActualValue, Aggregation, Direction, Indicator
from planner.wording_fi import word


@dataclass
class Conflict:
    """Two or more different values for one indicator, period (or day) and municipality."""

    indicator_id: str
    indicator_name: str
    period: str
    municipality: str
    day: str
    cells: list[tuple[int, int, float | None, str]]  # (row 1-based, column 0-based, value, text as written)

    @property
    def key(self) -> str:
        return f"{self.indicator_id}|{self.period}|{self.municipality}|{self.day}"

    def cell_label(self, i: int) -> str:
        row, col, value, text = self.cells[i]
        shown = text or _num_text(value)
        return f"{column_letter(col)}{row} ({shown})"

    def describe_message(self, total: int = 1) -> Message:
        """The conflict as a code naming the indicator, the period and both cells; ``total``: conflicts in all."""
        where = period_label(self.day if self.day else self.period)
        if self.municipality:
            where += f", {self.municipality}"
        cells = " ja ".join(self.cell_label(i) for i in range(len(self.cells)))
        if total > 1:
            return msg("values_conflict_more", indicator=self.indicator_name, where=where, cells=cells, count=total)
        return msg("values_conflict", indicator=self.indicator_name, where=where, cells=cells)

    def describe(self) -> str:
        """One Finnish line naming the indicator, the period and both cells."""
        return word(self.describe_message())


def _num_text(value: float | None) -> str:
    from planner.values import format_number

    if value is None:
        return "tyhjä"
    return format_number(round(value, 6))


@dataclass
class BuiltImport:
    """What :meth:`ImportPlan.build` gives. Unpacks as ``imp, mappings`` for older callers."""

    imp: ActualsImport
    mappings: dict[str, dict[str, str]]
    warnings: list[Message] = field(default_factory=list)  # the plan's warnings and the build's own
    conflicts: list[Conflict] = field(default_factory=list)  # still to be resolved
    questions: list = field(default_factory=list)  # DimensionChoice still open
    rows_used: int = 0  # rows of the file behind the values
    rows_by_indicator: dict[str, int] = field(default_factory=dict)

    @property
    def blocking(self) -> bool:
        """True while a category or a conflict is open: nothing may be stored yet."""
        return bool(self.conflicts or self.questions)

    def __iter__(self):
        return iter((self.imp, self.mappings))


def combine(plan: PlanData, imported_at: str, as_of: date | None = None) -> BuiltImport:
    records = plan.records
    indicators = plan.indicators
    choices = plan.dimensions
    questions = [c for c in choices if c.open]
    area_choice = next((c for c in choices if c.kind == AREA), None)
    category_choices = [c for c in choices if c.kind != AREA]
    dim_cols = plan.layout.columns(Role.DIMENSION)
    rows = plan.sheet.rows
    warnings = list(plan.warnings)

    plan_for: dict[str, tuple[str, bool, bool]] = {}
    for key, m in plan.matches.items():
        if m.accepted and m.indicator_id in indicators:
            ind = indicators[m.indicator_id]
            plan_for[key] = (m.indicator_id, ind.effective_direction is Direction.MILESTONE, _is_percent_indicator(ind))

    percent_scaled = 0
    milestone_unread = 0
    other_areas: Counter[str] = Counter()
    category_dropped = 0
    # (indicator, period, municipality) -> its one (record, value); the rare keys with more rows go to
    # ``groups``. A record is the tuple the plan holds (planner.followup.actuals.records.RecordList).
    single: dict[tuple[str, str, str], tuple[tuple, float | None]] = {}
    groups: dict[tuple[str, str, str], dict[str, list[tuple[tuple, float | None]]]] = {}
    rows_by_indicator: Counter[str] = Counter()
    plain: tuple[list[ActualValue], Counter[str], Counter[str], int, int] | None = None  # see _plain_values
    if not questions:
        # Once per record (200,000 for a large file): the area's decision per distinct text is
        # looked up once, and a key seen for the first time costs one dict operation.
        muni_of: dict[str, str] | None = None
        if area_choice is not None:
            muni_of = {text: ("" if kind == AREA else name)
                       for text, (kind, name) in area_choice.area_kinds.items() if kind != OTHER}
        used_rows: Counter[str] = Counter()  # per row text; per indicator below
        # The sheet's row is read only for a category column the layout ignored (hidden): the
        # others' values are in the record. (A CSV's row is made as a list when read.)
        row_needed = any(ch.hidden or ch.column not in dim_cols for ch in category_choices)
        if not category_choices:
            plain = _plain_values(records.rows, plan_for, muni_of)
        if plain is not None:
            plain_values, plain_other, used_rows, percent_scaled, milestone_unread = plain
            other_areas.update(plain_other)
        for rec in () if plain is not None else records.rows:
            row_no, _col, key, _id, _name, period, value, text, area_text, from_number, _note, day, dims = rec
            how = plan_for.get(key)
            if how is None:
                continue
            if category_choices and not keep_dims(dims, rows[row_no - 1] if row_needed else (), category_choices,
                                                  dim_cols):
                category_dropped += 1
                continue
            if muni_of is not None:
                muni = muni_of.get(area_text)
                if muni is None:
                    other_areas[area_text] += 1
                    continue
            else:
                muni = ""
            iid, is_ms, scale = how
            used_rows[key] += 1  # rows behind the values, as the match page counts them
            if is_ms:
                from planner.followup.progress import milestone_value

                mv = milestone_value(text) if text else None
                if mv is None and value is not None and value in (0.0, 1.0):
                    mv = value
                if mv is None:
                    milestone_unread += 1
                    continue
                value = mv
            elif scale and from_number and value is not None and -1.0 <= value <= 1.0 and value != 0:
                value = value * 100.0
                percent_scaled += 1
            k = (iid, period, muni)
            if groups and k in groups:
                groups[k].setdefault(day, []).append((rec, value))
                continue
            item = (rec, value)
            prev = single.setdefault(k, item)
            if prev is not item:
                del single[k]
                by_day: dict[str, list[tuple[tuple, float | None]]] = {}
                by_day.setdefault(prev[0][DAY], []).append(prev)
                by_day.setdefault(day, []).append(item)
                groups[k] = by_day
        for key, n in used_rows.items():
            rows_by_indicator[plan_for[key][0]] += n

    values: list[ActualValue] = plain_values if plain is not None else []
    conflicts: list[Conflict] = []
    duplicates = 0
    daily: dict[str, list[int]] = {}  # indicator -> [rows, months]
    for (iid, period, muni), (rec, value) in single.items():
        values.append(ActualValue(iid, period, value, rec[TEXT], muni))
    for (iid, period, muni), by_day in groups.items():
        ind = indicators[iid]
        day_values: list[tuple[str, float | None, str]] = []
        blocked = False
        for day, items in by_day.items():
            distinct: dict[tuple[float | None, str], tuple[tuple, float | None]] = {}
            for rec, value in items:
                distinct.setdefault((value, rec[TEXT]), (rec, value))
            if len(distinct) > 1:
                conflict = Conflict(iid, ind.name, period, muni, day,
                                    [(r[ROW], r[COL], v, r[TEXT]) for r, v in distinct.values()])
                choice = plan.conflict_choices.get(conflict.key, "open")
                if choice == "open":
                    conflicts.append(conflict)
                    blocked = True
                    continue
                if choice is None:  # the user chose to leave these values out
                    continue
                rec, value = list(distinct.values())[int(choice)]
            else:
                rec, value = next(iter(distinct.values()))
                duplicates += len(items) - 1
            day_values.append((day, value, rec[TEXT]))
        if blocked or not day_values:
            continue
        if len(day_values) == 1:
            _day, value, text = day_values[0]
        else:
            day_values.sort(key=lambda t: t[0])
            value = _aggregate([v for _d, v, _t in day_values if v is not None], ind)
            text = day_values[-1][2] if ind.effective_direction is Direction.MILESTONE else ""
            stat = daily.setdefault(iid, [0, 0])
            stat[0] += len(day_values)
            stat[1] += 1
        values.append(ActualValue(iid, period, value, text, muni))

    for ch in category_choices:
        if ch.chosen is not None and len(ch.values) > 1:
            others = [v for v in ch.values if v != ch.chosen]
            skipped = ", ".join(others[:6]) + (" …" if len(others) > 6 else "")
            warnings.append(msg("category_total_chosen" if ch.how == "total" else
                                "category_user_chosen" if ch.how == "user" else "category_chosen",
                                column=ch.label, chosen=ch.chosen, skipped=skipped))
    if category_dropped:
        warnings.append(msg("other_categories_dropped", count=category_dropped))
    for area_text, n in plan.dropped_areas.items():
        other_areas[area_text] += n
    if other_areas:
        names = sorted(other_areas, key=lambda a: -other_areas[a])
        warnings.append(msg("other_areas_dropped", count=sum(other_areas.values()),
                            areas=", ".join(names[:8]) + (" …" if len(names) > 8 else "")))
    if area_choice is not None and area_choice.how == "user":
        warnings.append(msg("area_chosen", column=area_choice.label, chosen=area_choice.chosen))
    for iid, (n_rows, n_months) in daily.items():
        ind = indicators[iid]
        agg = ind.aggregation
        warnings.append(msg("daily_rows_sum" if agg is Aggregation.SUM else "daily_rows_mean" if agg is Aggregation.MEAN
                            else "daily_rows_max" if agg is Aggregation.MAX else "daily_rows_latest",
                            indicator=ind.name, rows=n_rows, months=n_months))
    if percent_scaled:
        warnings.append(msg("percent_cells_scaled", count=percent_scaled))
    if milestone_unread:
        warnings.append(msg("milestone_values_unread", count=milestone_unread))
    if duplicates:
        warnings.append(msg("duplicate_rows", count=duplicates))
    period_counts = Counter(map(attrgetter("period"), values))  # per distinct period below, not per value
    if plan.programme_year:
        prefix = str(plan.programme_year)
        other: Counter[str] = Counter()
        for period, n in period_counts.items():
            if not period.startswith(prefix):
                other[period[:4]] += n
        if other:
            warnings.append(msg("other_years_kept", count=sum(other.values()), year=prefix,
                                years=", ".join(sorted(other))))
    if as_of is not None:
        later = sorted(p for p in period_counts if _after(p, as_of))
        if later:
                warnings.append(msg("after_report_date_kept", date=f"{as_of.day}.{as_of.month}.{as_of.year}",
                                periods=", ".join(period_label(p) for p in later[:6]) + (" …" if len(later) > 6 else "")))
    imp = ActualsImport(source_file=str(plan.path), sheet=plan.sheet.name, imported_at=imported_at, values=values)
    mappings: dict[str, dict[str, str]] = {}
    for m in plan.matches.values():
        if m.confirmed and m.indicator_id and m.how in (MatchHow.FUZZY, MatchHow.MANUAL, MatchHow.NAME):
            mappings.setdefault(plan.source_key, {})[m.key] = m.indicator_id
    if questions:
        imp.values = []
    return BuiltImport(imp, mappings, warnings, conflicts, questions, sum(rows_by_indicator.values()),
                       dict(rows_by_indicator))


def _plain_values(
    rows: list[tuple], plan_for: dict[str, tuple[str, bool, bool]], muni_of: dict[str, str] | None,
) -> tuple[list[ActualValue], Counter[str], Counter[str], int, int] | None:
    """(values, rows of other areas per area text, rows used per row text, percent cells scaled,
    milestone cells not read), or None.

    The common import: one row per indicator, period and municipality. Then the record loop
    of :func:`combine` only looks things up, copies them, reads a milestone's cell and scales
    a percent written as a number (0,33 -> 33); here it is done a field at a time (``map``,
    ``compress``, ``Counter`` at C speed, 0.07 -> 0.03 s for 51,000 values), the milestone and
    percent rows one by one as the loop does. Same values in the same order, same counts.
    Two rows for one key (a duplicate, a conflict, daily rows) returns None: the loop decides.
    """
    if not rows:
        return None
    # A field at a time: short C calls (``zip(*rows)`` kept the interpreter lock from the GUI thread
    # for the whole transposition, and was slower).
    keys: Sequence = list(map(itemgetter(KEY), rows))
    periods: Sequence = list(map(itemgetter(PERIOD), rows))
    numbers: Sequence = list(map(itemgetter(VALUE), rows))
    texts: Sequence = list(map(itemgetter(TEXT), rows))
    areas: Sequence = list(map(itemgetter(AREA_TEXT), rows))
    from_number: Sequence = list(map(itemgetter(FROM_NUMBER), rows))
    iid_of = {key: how[0] for key, how in plan_for.items()}
    iids: list[str | None] = list(map(iid_of.get, keys))
    munis: list[str | None] = list(map(muni_of.get, areas)) if muni_of is not None else [""] * len(rows)
    other: Counter[str] = Counter()
    if None in iids or None in munis:
        if muni_of is not None:
            other.update(a for i, m, a in zip(iids, munis, areas, strict=True) if i is not None and m is None)
        keep = [i is not None and m is not None for i, m in zip(iids, munis, strict=True)]
        iids, munis = list(compress(iids, keep)), list(compress(munis, keep))
        keys, periods, numbers, texts, from_number = (
            list(compress(f, keep)) for f in (keys, periods, numbers, texts, from_number))
    used: Counter[str] = Counter(keys)  # a milestone cell not read still counts as a row used, as in the loop
    unread = 0
    milestone_keys = {k for k, (_i, is_ms, _s) in plan_for.items() if is_ms}
    if not milestone_keys.isdisjoint(keys):
        from planner.followup.progress import milestone_value

        numbers = list(numbers)
        read_ok = [True] * len(keys)
        read: dict[tuple[str, float | None], float | None] = {}  # per distinct cell: a few texts, 0 and 1
        for i in compress(range(len(keys)), map(milestone_keys.__contains__, keys)):  # as the loop reads one
            cell = (texts[i], numbers[i])
            if cell in read:
                mv = read[cell]
            else:
                mv = milestone_value(texts[i]) if texts[i] else None
                if mv is None and numbers[i] is not None and numbers[i] in (0.0, 1.0):
                    mv = numbers[i]
                read[cell] = mv
            if mv is None:
                unread += 1
                read_ok[i] = False
            else:
                numbers[i] = mv
        if not all(read_ok):
            iids, munis = list(compress(iids, read_ok)), list(compress(munis, read_ok))
            keys, periods, numbers, texts, from_number = (
                list(compress(f, read_ok)) for f in (keys, periods, numbers, texts, from_number))
    triples = list(zip(iids, periods, munis, strict=True))
    if len(set(triples)) != len(triples):
        return None
    scaled = 0
    scale_keys = {k for k, (_i, is_ms, scale) in plan_for.items() if scale and not is_ms}
    if scale_keys and not scale_keys.isdisjoint(keys) and any(from_number):
        numbers = list(numbers)
        for i in compress(range(len(keys)), map(scale_keys.__contains__, keys)):  # as the loop: a number in -1...1, not 0
            value = numbers[i]
            if from_number[i] and value is not None and -1.0 <= value <= 1.0 and value != 0:
                numbers[i] = value * 100.0
                scaled += 1
    values = list(map(ActualValue, cast(list[str], iids), periods, numbers, texts, cast(list[str], munis)))
    return values, other, used, scaled, unread


def _after(period: str, as_of: date) -> bool:
    """True when the period starts after the report date's month."""
    try:
        year = int(period[:4])
    except ValueError:
        return False
    if len(period) >= 7 and period[4] == "-" and period[5:7].isdigit():
        return (year, int(period[5:7])) > (as_of.year, as_of.month)
    if "-Q" in period:
        return (year, (int(period[-1]) - 1) * 3 + 1) > (as_of.year, as_of.month)
    return year > as_of.year


def _aggregate(values: list[float], ind: Indicator) -> float | None:
    if not values:
        return None
    how = ind.aggregation
    if ind.effective_direction is Direction.MILESTONE:
        return values[-1]
    if how is Aggregation.SUM:
        return math.fsum(values)
    if how is Aggregation.MEAN:
        return math.fsum(values) / len(values)
    if how is Aggregation.MAX:
        return max(values)
    return values[-1]


def _is_percent_indicator(ind: Indicator) -> bool:
    if "%" not in ind.effective_unit and "prosent" not in ind.name.lower():
        return False
    numbers = [pv.number for pv in (ind.target_value, ind.baseline_value) if pv.number is not None]
    return not numbers or max(abs(n) for n in numbers) > 1.5
