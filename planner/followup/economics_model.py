"""The money side of a programme: costs per service or focus area, the municipal
share of labour-market subsidy (työmarkkinatuen kuntaosuus), municipality target
shares and "what if" scenarios. Plain dataclasses, no I/O; saved as the optional
``economics`` part of the programme file (file format 3, absent = empty).

The formulas that use these figures live in :mod:`planner.followup.costs` and
:mod:`planner.followup.outlook`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from planner.model import new_id


@dataclass
class CostItem:
    """Money of one service or focus area: the year's budget and what is spent so far."""

    id: str = field(default_factory=lambda: new_id("cost"))
    name: str = ""  # the service or focus area as the user names it
    focus_area_id: str = ""  # optional link to a focus area of the programme
    budget: float | None = None  # € for the programme year
    spent: float | None = None  # € spent so far (up to ``spent_until``)
    spent_until: str = ""  # period key "2026-06"; empty: the latest month of actuals
    employed_indicator_id: str = ""  # the indicator counting people who moved to work through it
    note: str = ""


@dataclass
class SubsidyBand:
    """A band of the municipal share: from ``min_days`` benefit days the municipality pays ``share``."""

    label: str
    min_days: int
    share: float  # 0.10 = 10 %


def default_bands() -> list[SubsidyBand]:
    """The bands of the financing rules in force from 1.1.2025 (laki työttömyysetuuksien rahoituksesta).

    From 100 days of unemployment benefit the municipality pays 10 %, from 200 days
    20 %, 300 days 30 %, 400 days 40 %, from 500 days 50 %. The user can change them.
    """
    return [
        SubsidyBand("100–199 pv", 100, 0.10),
        SubsidyBand("200–299 pv", 200, 0.20),
        SubsidyBand("300–399 pv", 300, 0.30),
        SubsidyBand("400–499 pv", 400, 0.40),
        SubsidyBand("500+ pv", 500, 0.50),
    ]


@dataclass
class SubsidyFigure:
    """Imported figures for one period, band and (optionally) municipality."""

    period: str  # "2026-06", "2026" or "2025-06"
    band: str  # a band label of ``Economics.bands``
    persons: float | None = None
    days: float | None = None
    euros: float | None = None  # as the source gives it; None: computed from days
    municipality: str = ""  # empty: the whole area


@dataclass
class Scenario:
    """A "what if" on the outlook, saved with the programme."""

    id: str = field(default_factory=lambda: new_id("scn"))
    name: str = ""
    indicator_id: str = ""  # the indicator whose remaining months change
    extra_per_month: float = 0.0  # added to each remaining month (e.g. 5 more people to work)
    days_avoided_per_person: float = 0.0  # subsidy days each extra person no longer draws this year
    share: float | None = None  # municipal share for the avoided days; None: the mean share of the latest figures
    note: str = ""


@dataclass
class Economics:
    """Everything money-related a programme records."""

    costs: list[CostItem] = field(default_factory=list)
    daily_benefit: float = 37.21  # € per benefit day (työmarkkinatuki, 2025); the user sets the year's rate
    bands: list[SubsidyBand] = field(default_factory=default_bands)
    subsidy: list[SubsidyFigure] = field(default_factory=list)
    subsidy_source: str = ""  # where the figures came from (file name)
    municipality_shares: dict[str, float] = field(default_factory=dict)  # {municipality: share of area, 0..1}
    scenarios: list[Scenario] = field(default_factory=list)

    def is_empty(self) -> bool:
        return self == Economics()


# -- file format (part of planner.fileformat, version 3, optional) ---------------------


def economics_to_dict(e: Economics) -> dict[str, Any]:
    return {
        "costs": [
            {"id": c.id, "name": c.name, "focus_area_id": c.focus_area_id, "budget": c.budget, "spent": c.spent,
             "spent_until": c.spent_until, "employed_indicator_id": c.employed_indicator_id, "note": c.note}
            for c in e.costs
        ],
        "daily_benefit": e.daily_benefit,
        "bands": [{"label": b.label, "min_days": b.min_days, "share": b.share} for b in e.bands],
        "subsidy": [
            {"period": s.period, "band": s.band, "persons": s.persons, "days": s.days, "euros": s.euros,
             "municipality": s.municipality}
            for s in e.subsidy
        ],
        "subsidy_source": e.subsidy_source,
        "municipality_shares": dict(e.municipality_shares),
        "scenarios": [
            {"id": s.id, "name": s.name, "indicator_id": s.indicator_id, "extra_per_month": s.extra_per_month,
             "days_avoided_per_person": s.days_avoided_per_person, "share": s.share, "note": s.note}
            for s in e.scenarios
        ],
    }


def economics_from_reader(r: Any) -> Economics:
    """Read the ``economics`` part with a :class:`planner.fileformat.FieldReader` (errors name the field)."""
    from planner.fileformat import MISSING

    if r.data is MISSING or r.data is None:
        return Economics()
    r.obj()
    costs = [
        CostItem(id=c.text("id") or new_id("cost"), name=c.text("name"), focus_area_id=c.text("focus_area_id"),
                 budget=c.opt_number("budget"), spent=c.opt_number("spent"), spent_until=c.text("spent_until"),
                 employed_indicator_id=c.text("employed_indicator_id"), note=c.text("note"))
        for c in r.items("costs")
    ]
    bands_field = r.field("bands")
    bands = default_bands()
    if bands_field.data is not MISSING and bands_field.data is not None:
        bands = [SubsidyBand(b.text("label"), int(b.number("min_days", 0)), b.number("share", 0.0))
                 for b in r.items("bands")]
    subsidy = [
        SubsidyFigure(period=s.text("period"), band=s.text("band"), persons=s.opt_number("persons"),
                      days=s.opt_number("days"), euros=s.opt_number("euros"), municipality=s.text("municipality"))
        for s in r.items("subsidy")
    ]
    shares: dict[str, float] = {}
    ms = r.field("municipality_shares")
    if ms.data is not MISSING and ms.data is not None:
        for key in ms.obj():
            shares[str(key)] = ms.number(key, 0.0)
    scenarios = [
        Scenario(id=s.text("id") or new_id("scn"), name=s.text("name"), indicator_id=s.text("indicator_id"),
                 extra_per_month=s.number("extra_per_month", 0.0),
                 days_avoided_per_person=s.number("days_avoided_per_person", 0.0), share=s.opt_number("share"),
                 note=s.text("note"))
        for s in r.items("scenarios")
    ]
    return Economics(costs=costs, daily_benefit=r.number("daily_benefit", 37.21), bands=bands, subsidy=subsidy,
                     subsidy_source=r.text("subsidy_source"), municipality_shares=shares, scenarios=scenarios)


def replace_subsidy(e: Economics, figures: list[SubsidyFigure]) -> None:
    """Add imported figures; figures of the same period, band and municipality are replaced."""
    keys = {(f.period, f.band, f.municipality) for f in figures}
    e.subsidy = [f for f in e.subsidy if (f.period, f.band, f.municipality) not in keys] + list(figures)
