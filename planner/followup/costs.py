"""Costs against effects: the formulas, each with its method and inputs as printable text.

Every figure is a :class:`Figure`: the value, the unit, the formula in words and the
inputs with their numbers, so a report can print "how" beside "how much".

- **Budget used** ``spent / budget``.
- **Cost per person employed** ``spent / employed``: ``employed`` is the actual of the
  indicator the cost item names (people who moved to work) over the same months;
  the year-end estimate is ``budget / employed at year end (outlook)``.
- **Municipal share of labour-market subsidy** (työmarkkinatuen kuntaosuus): per
  band, the imported persons, days and euros. When the source gives no euros,
  ``euros = days * daily benefit * the band's share``. The change is the latest
  period against the same period a year earlier (else the earliest period stored).
- **Benefit to cost** ``savings / spent``: the fall of the municipal share in euros
  against the money spent. Seed 002 (Kuntaliitto / Vates) reports that on average
  municipalities get almost twice the investment back when *all* effects are
  counted (municipal tax, social assistance, health costs); this figure counts
  only the subsidy share and says so.
- **Scenario effect on the subsidy**: ``persons * days avoided per person * daily
  benefit * share``, where ``persons = |extra per month| * remaining months``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from planner.economics_model import CostItem, Economics, Scenario, SubsidyBand, SubsidyFigure
from planner.messages import Message, msg
from planner.values import format_number
from planner.wording_fi import UNITS_SV_EN, word


def eur(x: float) -> str:
    """1234.5 -> '1 235 €'"""
    return f"{format_number(round(x))}\u00a0€".replace("-", "\u2212")


def num(x: float, decimals: int = 1) -> str:
    return format_number(round(x, decimals))


@dataclass
class Figure:
    """A computed figure with its method and inputs as codes (:class:`planner.messages.Message`).

    Each surface words them: the reports in their language (``label_in(lang)`` etc., from
    planner/wording_fi.py), the GUI through Qt (desktop/programme/actuals/message_text.py).
    ``title.code`` says which figure it is (``fig_change_euros``); pick figures by it, never by
    their wording. ``label``, ``method``, ``inputs`` and ``note`` are the Finnish texts.
    """

    title: Message
    value: float | None
    unit: str  # "€", "%", "€/hlö", "hlöä", "pv" (worded per language by ``value_text``)
    how: Message  # the formula in words
    given: list[Message] = field(default_factory=list)  # "käytetty 120 000 €", ...
    remark: Message | None = None  # why there is no value, or a caveat
    user_note: str = ""  # the user's own note (a scenario's), shown as typed

    @property
    def code(self) -> str:
        return self.title.code

    def label_in(self, lang: str = "fi") -> str:
        return word(self.title, lang)

    def method_in(self, lang: str = "fi") -> str:
        return word(self.how, lang)

    def inputs_in(self, lang: str = "fi") -> list[str]:
        return [word(m, lang) for m in self.given]

    def note_in(self, lang: str = "fi") -> str:
        parts = [word(self.remark, lang)] if self.remark is not None else []
        return "; ".join(parts + ([self.user_note] if self.user_note else []))

    @property
    def label(self) -> str:
        return self.label_in()

    @property
    def method(self) -> str:
        return self.method_in()

    @property
    def inputs(self) -> list[str]:
        return self.inputs_in()

    @property
    def note(self) -> str:
        return self.note_in()

    def value_text(self, lang: str = "fi") -> str:
        if self.value is None:
            return "–"
        if self.unit == "%":
            return f"{format_number(round(self.value * 100, 1))}\u00a0%"
        unit = self.unit
        if lang in ("sv", "en") and unit in UNITS_SV_EN:
            unit = UNITS_SV_EN[unit][0 if lang == "sv" else 1]
        if unit.startswith("€"):
            return eur(self.value) + unit[1:]
        if not unit:  # a ratio
            return num(self.value, 2).replace("-", "\u2212")
        return f"{num(self.value)} {unit}".strip().replace("-", "\u2212")


# -- money per service / focus area -------------------------------------------------


def budget_used(item: CostItem, total: bool = False) -> Figure:
    """Spent against budget of one item (``total``: of all items together)."""
    title = msg("fig_budget_used_total") if total else msg("fig_budget_used", name=item.name)
    f = Figure(title, None, "%", msg("how_budget_used"))
    if item.budget is None or item.spent is None:
        f.remark = msg("note_budget_or_spent_missing")
        return f
    f.given = [msg("in_spent", amount=eur(item.spent)), msg("in_budget", amount=eur(item.budget))]
    if item.budget == 0:
        f.remark = msg("note_budget_zero")
        return f
    f.value = item.spent / item.budget
    return f


def employed_input(count: float, indicator: str = "", period: str = "", until: bool = False) -> Message:
    """'työllistyneet 12 (M37 Työllistyneet, 6/2026 asti)': the people employed and where the number is from."""
    if not indicator:
        return msg("in_employed", count=num(count))
    if not period:
        return msg("in_employed_of", count=num(count), indicator=indicator)
    if until:
        return msg("in_employed_until", count=num(count), indicator=indicator, period=period)
    return msg("in_employed_at", count=num(count), indicator=indicator, period=period)


def cost_per_employed(item: CostItem, employed: float | None, employed_label: str = "",
                      year_end_employed: float | None = None, employed_period: str = "",
                      employed_until: bool = False) -> list[Figure]:
    """Cost per person employed so far, and the year-end estimate from the outlook.

    ``employed_label`` names the indicator the number is from, ``employed_period`` its last
    month ("6/2026"; ``employed_until``: summed up to it)."""
    out = []
    f = Figure(msg("fig_cost_per_employed", name=item.name), None, "€/hlö", msg("how_cost_per_employed"))
    if item.spent is None or employed is None:
        f.remark = msg("note_spent_or_employed_missing")
    elif employed <= 0:
        f.given = [msg("in_spent", amount=eur(item.spent)), employed_input(employed)]
        f.remark = msg("note_no_employed")
    else:
        f.value = item.spent / employed
        f.given = [msg("in_spent", amount=eur(item.spent)),
                   employed_input(employed, employed_label, employed_period, employed_until)]
    out.append(f)
    if year_end_employed is not None and item.budget is not None:
        g = Figure(msg("fig_cost_per_employed_year_end", name=item.name), None, "€/hlö",
                   msg("how_cost_per_employed_year_end"))
        g.given = [msg("in_budget", amount=eur(item.budget)), msg("in_employed_forecast", count=num(year_end_employed))]
        if year_end_employed > 0:
            g.value = item.budget / year_end_employed
        else:
            g.remark = msg("note_no_employed_forecast")
        out.append(g)
    return out


# -- municipal share of labour-market subsidy ---------------------------------------------


@dataclass
class BandRow:
    """One band of one period (summed over municipalities unless one is chosen)."""

    band: str
    share: float | None
    persons: float | None
    days: float | None
    euros: float | None
    euros_computed: bool  # True: days * daily * share, False: as imported


def band_euros(days: float, daily: float, share: float) -> float:
    """The municipal share in euros for benefit days in one band."""
    return days * daily * share


def subsidy_periods(e: Economics, municipality: str | None = None) -> list[str]:
    return sorted({s.period for s in e.subsidy if municipality is None or s.municipality == municipality})


def subsidy_table(e: Economics, period: str, municipality: str | None = None) -> list[BandRow]:
    """Per band: persons, days, euros of ``period`` (the area: area rows, else the municipalities summed)."""
    shares = {b.label: b.share for b in e.bands}
    figs = [s for s in e.subsidy if s.period == period]
    if municipality is not None:
        figs = [s for s in figs if s.municipality == municipality]
    elif any(not s.municipality for s in figs):
        figs = [s for s in figs if not s.municipality]
    order = [b.label for b in e.bands]
    labels = order + sorted({s.band for s in figs} - set(order))
    rows = []
    for label in labels:
        fs = [s for s in figs if s.band == label]
        if not fs:
            continue

        def total(attr: str, fs: list[SubsidyFigure] = fs) -> float | None:
            xs = [getattr(s, attr) for s in fs if getattr(s, attr) is not None]
            return math.fsum(xs) if xs else None

        persons, days, euros = total("persons"), total("days"), total("euros")
        share = shares.get(label)
        computed = False
        if euros is None and days is not None and share is not None:
            euros = band_euros(days, e.daily_benefit, share)
            computed = True
        rows.append(BandRow(label, share, persons, days, euros, computed))
    return rows


def comparison_period(periods: list[str], latest: str) -> str | None:
    """The same period a year earlier when stored, else the earliest other period."""
    if len(latest) >= 4 and latest[:4].isdigit():
        earlier = f"{int(latest[:4]) - 1:04d}{latest[4:]}"
        if earlier in periods:
            return earlier
    others = [p for p in periods if p < latest]
    return others[0] if others else None


def _sum(rows: list[BandRow], attr: str) -> float | None:
    xs = [getattr(r, attr) for r in rows if getattr(r, attr) is not None]
    return math.fsum(xs) if xs else None


@dataclass
class SubsidyChange:
    latest: str
    earlier: str | None
    rows_latest: list[BandRow]
    rows_earlier: list[BandRow]
    figures: list[Figure]


def subsidy_change(e: Economics, municipality: str | None = None) -> SubsidyChange | None:
    """Persons, days and euros of the latest period against the comparison period."""
    periods = subsidy_periods(e, municipality)
    if not periods:
        return None
    latest = periods[-1]
    earlier = comparison_period(periods, latest)
    now = subsidy_table(e, latest, municipality)
    before = subsidy_table(e, earlier, municipality) if earlier else []
    figures: list[Figure] = []
    any_computed = any(r.euros_computed for r in now + before)
    for attr, unit in (("persons", "hlöä"), ("days", "pv"), ("euros", "€")):
        a, b = _sum(now, attr), _sum(before, attr)
        f = Figure(subsidy_title(attr, period_text(latest)), a, unit, msg("how_subsidy_sum"))
        if attr == "euros":
            f.how = msg("how_subsidy_euros_computed") if any_computed else msg("how_subsidy_euros")
            if any_computed:
                f.given.append(msg("in_daily_benefit", amount=eur_cents(e.daily_benefit)))
                f.given += [msg("in_band_euros", band=r.band, days=num(r.days or 0, 0),
                                daily=eur_cents(e.daily_benefit), share=num((r.share or 0) * 100, 0),
                                euros=eur(r.euros or 0)) for r in now if r.euros_computed]
        figures.append(f)
        if earlier is not None:
            d = Figure(change_title(attr, period_text(earlier), period_text(latest)),
                       None if a is None or b is None else a - b, unit,
                       msg("how_change", latest=period_text(latest), earlier=period_text(earlier)))
            if a is not None and b is not None:
                d.given = [period_value(period_text(latest), a, unit), period_value(period_text(earlier), b, unit)]
            figures.append(d)
    return SubsidyChange(latest, earlier, now, before, figures)


def subsidy_title(attr: str, period: str) -> Message:
    """The label of the persons, days or euros of one period."""
    if attr == "persons":
        return msg("fig_subsidy_persons", period=period)
    if attr == "days":
        return msg("fig_subsidy_days", period=period)
    return msg("fig_subsidy_euros", period=period)


def change_title(attr: str, earlier: str, latest: str) -> Message:
    """The label of the change of the persons, days or euros between two periods."""
    if attr == "persons":
        return msg("fig_change_persons", earlier=earlier, latest=latest)
    if attr == "days":
        return msg("fig_change_days", earlier=earlier, latest=latest)
    return msg("fig_change_euros", earlier=earlier, latest=latest)


def period_value(period: str, x: float, unit: str) -> Message:
    if unit == "€":
        return msg("in_period_euros", period=period, amount=eur(x))
    if unit == "pv":
        return msg("in_period_days", period=period, count=num(x, 0))
    return msg("in_period_persons", period=period, count=num(x, 0))


def eur_cents(x: float) -> str:
    return f"{format_number(round(x, 2))}\u00a0€"


def period_text(key: str) -> str:
    """'2026-06' -> '6/2026', '2026' stays."""
    if len(key) == 7 and key[4] == "-" and key[5:].isdigit():
        return f"{int(key[5:])}/{key[:4]}"
    return key


def benefit_cost(savings: float | None, spent: float | None) -> Figure:
    """Savings in the municipal share against the money spent (seed 002: about 2 when all effects count)."""
    f = Figure(msg("fig_benefit_cost"), None, "", msg("how_benefit_cost"))
    if savings is None or spent is None:
        f.remark = msg("note_savings_or_spent_missing")
        return f
    f.given = [msg("in_savings", amount=eur(savings)), msg("in_spent", amount=eur(spent))]
    if spent <= 0:
        f.remark = msg("note_spent_zero")
        return f
    f.value = savings / spent
    f.remark = msg("note_benefit_all_effects")
    return f


def mean_share(e: Economics, rows: list[BandRow]) -> tuple[float, Message]:
    """The days-weighted mean share of the bands, with how it was found."""
    days = [(r.days, r.share) for r in rows if r.days and r.share is not None]
    total = math.fsum(d for d, _ in days)
    if total > 0:
        share = math.fsum(d * s for d, s in days) / total
        return share, msg("in_share_weighted", share=num(share * 100))
    bands: list[SubsidyBand] = e.bands
    if bands:
        share = math.fsum(b.share for b in bands) / len(bands)
        return share, msg("in_share_mean", share=num(share * 100))
    return 0.0, msg("in_share_none")


def scenario_subsidy(e: Economics, scenario: Scenario, remaining_months: int) -> Figure:
    """The subsidy share the scenario's extra people no longer cost this year."""
    latest = subsidy_periods(e)
    rows = subsidy_table(e, latest[-1]) if latest else []
    if scenario.share is not None:
        share, share_how = scenario.share, msg("in_share_scenario", share=num(scenario.share * 100))
    else:
        share, share_how = mean_share(e, rows)
    persons = abs(scenario.extra_per_month) * remaining_months
    value = persons * scenario.days_avoided_per_person * e.daily_benefit * share
    return Figure(
        msg("fig_scenario_subsidy", name=scenario.name), value, "€", msg("how_scenario_subsidy"),
        [msg("in_scenario_persons", extra=num(abs(scenario.extra_per_month)), months=remaining_months,
             persons=num(persons)),
         msg("in_days_avoided", days=num(scenario.days_avoided_per_person)),
         msg("in_daily_benefit", amount=eur_cents(e.daily_benefit)), share_how],
    )


# -- the whole page --------------------------------------------------------------------


@dataclass
class CostsReport:
    """Everything the costs-and-effects page shows."""

    items: list[tuple[CostItem, list[Figure]]]
    totals: list[Figure]
    subsidy: SubsidyChange | None
    per_municipality: dict[str, SubsidyChange]
    benefit: Figure | None
    scenarios: list[tuple[Scenario, Any, Figure]]  # (scenario, scenario outlook or None, subsidy figure)


def _employed(programme: Any, results: list[Any], item: CostItem, until: str
              ) -> tuple[float | None, str, str, bool]:
    """The employed indicator's actual over the months up to ``until``: (value, indicator's name,
    last month, summed up to it)."""
    if not item.employed_indicator_id:
        return None, "", "", False
    r = next((r for r in results if r.indicator.id == item.employed_indicator_id), None)
    if r is None:
        return None, "", "", False
    from planner.model import Aggregation

    months = [(k, v) for k, v in r.monthly if not until or k <= until]
    if months:
        if r.indicator.aggregation is Aggregation.SUM:
            return math.fsum(v for _k, v in months), r.indicator.name, period_text(months[-1][0]), True
        return months[-1][1], r.indicator.name, period_text(months[-1][0]), False
    if r.actual is not None:
        return r.actual, r.indicator.name, "", False
    return None, "", "", False


def costs_report(programme: Any, results: list[Any]) -> CostsReport:
    from planner.followup.outlook import indicator_outlook, programme_year

    e: Economics = programme.economics
    year = programme_year(programme)
    items = []
    for item in e.costs:
        figs = [budget_used(item)]
        employed, label, period, until = _employed(programme, results, item, item.spent_until)
        year_end = None
        if item.employed_indicator_id and year:
            found = programme.find_indicator(item.employed_indicator_id)
            if found:
                o = indicator_outlook(programme, found[2], year)
                year_end = o.value if o else None
        figs += cost_per_employed(item, employed, label, year_end, period, until)
        items.append((item, figs))
    budgets = [c.budget for c in e.costs if c.budget is not None]
    spents = [c.spent for c in e.costs if c.spent is not None]
    totals = []
    if e.costs:
        total = CostItem(name="yhteensä", budget=math.fsum(budgets) if budgets else None,
                         spent=math.fsum(spents) if spents else None)
        totals.append(budget_used(total, total=True))
    change = subsidy_change(e)
    per_muni: dict[str, SubsidyChange] = {}
    for m in sorted({s.municipality for s in e.subsidy if s.municipality}):
        c = subsidy_change(e, m)
        if c is not None:
            per_muni[m] = c
    benefit = None
    if change is not None and change.earlier is not None and spents:
        a, b = _sum(change.rows_latest, "euros"), _sum(change.rows_earlier, "euros")
        if a is not None and b is not None:
            benefit = benefit_cost(b - a, math.fsum(spents))
    scenarios = []
    for sc in e.scenarios:
        found = programme.find_indicator(sc.indicator_id) if sc.indicator_id else None
        outlook = None
        remaining = 0
        if found and year:
            outlook = indicator_outlook(programme, found[2], year, extra_per_month=sc.extra_per_month)
            if outlook is not None:
                remaining = 12 - outlook.path[0][0]
        scenarios.append((sc, outlook, scenario_subsidy(e, sc, remaining)))
    return CostsReport(items, totals, change, per_muni, benefit, scenarios)
