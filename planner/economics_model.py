"""The money side of a programme: costs per service or focus area, the municipal
share of labour-market subsidy (työmarkkinatuen kuntaosuus), municipality target
shares and "what if" scenarios. Plain dataclasses, no I/O; saved as the optional
``economics`` part of the programme file (file format 3, absent = empty; written and
read by :mod:`planner.fileformat`).

The formulas that use these figures live in :mod:`planner.followup.costs` and
:mod:`planner.followup.outlook`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from planner.ids import new_id


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


def replace_subsidy(e: Economics, figures: list[SubsidyFigure]) -> None:
    """Add imported figures; figures of the same period, band and municipality are replaced."""
    keys = {(f.period, f.band, f.municipality) for f in figures}
    e.subsidy = [f for f in e.subsidy if (f.period, f.band, f.municipality) not in keys] + list(figures)
