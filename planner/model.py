"""The programme document: plain typed objects, no I/O and no Qt.

A :class:`Programme` holds everything an employment programme
(työllisyysohjelma) has: its details, the statutory services, themes with focus
areas, each focus area's bullets and indicator table, spearheads and target
groups, and the actuals imported during the year.

Baselines and targets are kept as the exact text the user wrote; the parsed
reading is derived from that text (:mod:`planner.values`) and never stored as
the source of truth, so what the user wrote is never lost.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from planner.economics_model import Economics
from planner.ids import new_id
from planner.values import ParsedValue, parse_value


class Status(StrEnum):
    """Where the programme is in its approval."""

    DRAFT = "draft"
    FOR_COMMENT = "for_comment"
    PROPOSAL = "proposal"  # the board's (hallitus/lautakunta) proposal to the council
    APPROVED = "approved"  # approved by the council: locked, changes start a new version


#: Reached only with a decision (body and date) through planner.versions.set_status, never by a plain edit.
STATUSES_WITH_DECISION = frozenset({Status.PROPOSAL, Status.APPROVED})


class Direction(StrEnum):
    """Which way an indicator should move."""

    INCREASE = "increase"
    DECREASE = "decrease"
    MAINTAIN = "maintain"
    MILESTONE = "milestone"


class Aggregation(StrEnum):
    """How the values of one year are combined into the year's actual."""

    SUM = "sum"
    LATEST = "latest"
    MEAN = "mean"
    MAX = "max"


class Frequency(StrEnum):
    """How often an indicator's data source is updated (the indicator catalogue's frequency)."""

    MONTHLY = "monthly"  # kuukausittain
    QUARTERLY = "quarterly"  # neljännesvuosittain
    YEARLY = "yearly"  # vuosittain


class SectionPlacement(StrEnum):
    """Where a free-text section stands in the programme: before or after the themes."""

    BEFORE = "before"
    AFTER = "after"


class ChainStage(StrEnum):
    """The stages of an impact chain (vaikutusketju / muutosteoria), in order."""

    NEEDS = "needs"  # tarve
    INPUTS = "inputs"  # resurssit
    ACTIONS = "actions"  # toimenpiteet
    OUTPUTS = "outputs"  # tuotokset
    OUTCOMES = "outcomes"  # tulokset
    IMPACT = "impact"  # vaikuttavuus


class BulletGroup(StrEnum):
    """The three bullet groups of a focus area."""

    ACT = "act"  # Miten henkilöstö toimii arjessa
    LEAD = "lead"  # Miten johdetaan
    COOPERATE = "cooperate"  # Miten kehitetään ja toimitaan yhteistyössä sopijakuntien kanssa


@dataclass
class Level:
    """An indicator level the programme defines, e.g. KV = council."""

    code: str
    name: str = ""


def default_levels() -> list[Level]:
    return [Level("KV", "Kaupunginvaltuusto"), Level("LTK", "Lautakunta")]


@dataclass
class ApprovalDecision:
    """A decision about the programme by a body, e.g. the council, § 45 on 16.12.2025."""

    body: str = ""
    date: str = ""  # ISO date, YYYY-MM-DD, or empty
    section: str = ""  # pykälä, e.g. "§ 45"


@dataclass
class ServiceCategory:
    """A category of statutory services with its bullet items."""

    title: str = ""
    items: list[str] = field(default_factory=list)


@dataclass
class Tag:
    """A spearhead (kärki) or target group (kohderyhmä) that items link to."""

    id: str = field(default_factory=lambda: new_id("tag"))
    name: str = ""
    description: str = ""


@dataclass
class Indicator:
    """A row of a focus area's indicator table (mittari)."""

    id: str = field(default_factory=lambda: new_id("ind"))
    name: str = ""
    level: str = ""
    baseline: str = ""  # lähtöarvo, exactly as written
    target: str = ""  # tavoite, exactly as written
    direction: Direction | None = None  # None: inferred from baseline and target
    aggregation: Aggregation = Aggregation.LATEST
    unit: str = ""
    source: str = ""
    owner: str = ""
    notes: str = ""
    tags: list[str] = field(default_factory=list)
    frequency: Frequency | None = None  # how often the source is updated; None: not stated
    next_update: str = ""  # ISO date (YYYY-MM-DD) of the next update of the data, or empty
    # Set by the roll-over to a new year (planner.rollover); both optional in the file.
    target_review: bool = False  # the target was carried over and nobody has looked at it yet
    baseline_origin: str = ""  # "actual": last year's actual; "target": last year's target; "": as written

    @property
    def baseline_value(self) -> ParsedValue:
        return parse_value(self.baseline)

    @property
    def target_value(self) -> ParsedValue:
        return parse_value(self.target)

    @property
    def effective_direction(self) -> Direction:
        """The direction the user set, or the one baseline and target imply."""
        if self.direction is not None:
            return self.direction
        return infer_direction(self.baseline_value, self.target_value)

    @property
    def effective_unit(self) -> str:
        """The unit the user set, else the one written in target or baseline."""
        return self.unit or self.target_value.unit or self.baseline_value.unit


@dataclass
class IndicatorReference:
    """A table row that shows an indicator of another focus area.

    Seed 004 has one: "(Palkkatukijaksojen mittari yhdenvertaisuuden ja
    saavutettavuuden tavoitteessa)". ``text`` is the row as shown; when empty a
    text is made from the referred indicator and its focus area.
    """

    indicator_id: str = ""
    level: str = ""
    text: str = ""


IndicatorRow = Indicator | IndicatorReference


@dataclass
class FocusArea:
    """A focus area (tavoite) of a theme."""

    id: str = field(default_factory=lambda: new_id("fa"))
    title: str = ""
    summary: str = ""  # the short line in the theme overview
    heading: str = ""  # the capitalised heading line under the title
    description: str = ""
    act: list[str] = field(default_factory=list)
    lead: list[str] = field(default_factory=list)
    cooperate: list[str] = field(default_factory=list)
    rows: list[IndicatorRow] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)

    @property
    def indicators(self) -> list[Indicator]:
        """The indicators this focus area owns (cross-references left out)."""
        return [r for r in self.rows if isinstance(r, Indicator)]

    def bullets(self, group: BulletGroup) -> list[str]:
        return getattr(self, group.value)


@dataclass
class Theme:
    """A theme (painopiste) holding focus areas."""

    id: str = field(default_factory=lambda: new_id("th"))
    title: str = ""
    summary: str = ""
    focus_areas: list[FocusArea] = field(default_factory=list)


@dataclass
class Section:
    """A free-text section of the programme (background, need, vision, goals, resources, partners ...).

    ``body`` is the text as the user wrote it: paragraphs separated by an empty
    line, list items on lines starting with "- " (or "• "), numbered items with
    "1. ", and a subheading on a line starting with "## " (see
    :mod:`planner.sections`). ``level`` 1 is a main heading, 2 a subheading.
    """

    id: str = field(default_factory=lambda: new_id("sec"))
    heading: str = ""
    body: str = ""
    placement: SectionPlacement = SectionPlacement.BEFORE
    level: int = 1


@dataclass
class ChainLink:
    """One box of an impact chain: a short text at a stage, pointing at focus areas, spearheads and indicators."""

    id: str = field(default_factory=lambda: new_id("lnk"))
    stage: ChainStage = ChainStage.NEEDS
    title: str = ""
    text: str = ""
    focus_area_ids: list[str] = field(default_factory=list)
    tag_ids: list[str] = field(default_factory=list)  # spearheads (key actions) and target groups
    indicator_ids: list[str] = field(default_factory=list)


@dataclass
class ImpactChain:
    """An impact chain of the whole programme (``focus_area_id`` empty) or of one focus area."""

    id: str = field(default_factory=lambda: new_id("ch"))
    title: str = ""
    focus_area_id: str = ""
    description: str = ""
    links: list[ChainLink] = field(default_factory=list)

    def stage_links(self, stage: ChainStage) -> list[ChainLink]:
        return [link for link in self.links if link.stage is stage]


@dataclass(slots=True)
class ActualValue:
    """One imported value: an indicator's actual for a period, maybe per municipality.

    ``slots``: a programme may hold hundreds of thousands of these; without a ``__dict__``
    each is ~100 bytes smaller and quicker to make and read.
    """

    indicator_id: str
    period: str  # "2026-03" for a month, "2026" for a whole year
    value: float | None
    text: str = ""  # the cell as it was written
    municipality: str = ""  # empty: the whole area


@dataclass
class ActualsImport:
    """One import of actuals, kept with its source so it can be listed and removed."""

    id: str = field(default_factory=lambda: new_id("imp"))
    source_file: str = ""
    sheet: str = ""
    imported_at: str = ""  # ISO timestamp
    values: list[ActualValue] = field(default_factory=list)


@dataclass
class FollowUpSettings:
    """Thresholds for judging progress; documented in planner.followup.progress."""

    maintain_tolerance: float = 0.05  # ±5 % counts as maintained
    on_track: float = 0.9  # progress / expected share at or above: on track
    at_risk: float = 0.6  # at or above: at risk; below: off track


@dataclass
class ProgrammeVersion:
    """A named, frozen copy of the programme kept inside its file (planner.versions).

    ``data`` is the programme as the file writes it (``programme_to_dict(...)["programme"]``
    without its own versions), so a version reads back exactly as it was frozen.
    """

    name: str = ""
    created: str = ""  # ISO timestamp
    status: Status = Status.DRAFT
    note: str = ""
    data: dict[str, Any] = field(default_factory=dict)


@dataclass
class Programme:
    """An employment programme (työllisyysohjelma) for one area and year."""

    title: str = ""
    year: int | None = None
    area: str = ""
    municipalities: list[str] = field(default_factory=list)
    lead_municipality: str = ""
    author: str = ""
    contact: str = ""
    motto: str = ""
    language: str = "fi"
    status: Status = Status.DRAFT
    decisions: list[ApprovalDecision] = field(default_factory=list)
    levels: list[Level] = field(default_factory=default_levels)
    services_title: str = ""
    services_subtitle: str = ""
    services: list[ServiceCategory] = field(default_factory=list)
    themes_title: str = ""
    themes_subtitle: str = ""
    themes: list[Theme] = field(default_factory=list)
    spearheads: list[Tag] = field(default_factory=list)
    target_groups: list[Tag] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    impact_chains: list[ImpactChain] = field(default_factory=list)
    actual_imports: list[ActualsImport] = field(default_factory=list)
    # Remembered row-to-indicator choices per source: {source key: {row text: indicator id}}
    source_mappings: dict[str, dict[str, str]] = field(default_factory=dict)
    follow_up: FollowUpSettings = field(default_factory=FollowUpSettings)
    # The yearly cycle (planner.versions, planner.rollover); optional in the file.
    version_name: str = ""  # e.g. "Versio 2"; "" for a programme that has never been versioned
    versions: list[ProgrammeVersion] = field(default_factory=list)
    rolled_over_from: str = ""  # the title of last year's programme this one was rolled over from
    # Costs, municipal share of labour-market subsidy, scenarios (planner.economics_model)
    economics: Economics = field(default_factory=Economics)

    # -- lookups -------------------------------------------------------------

    def focus_areas(self) -> Iterator[tuple[Theme, FocusArea]]:
        for theme in self.themes:
            for fa in theme.focus_areas:
                yield theme, fa

    def indicators(self) -> Iterator[tuple[Theme, FocusArea, Indicator]]:
        """Every owned indicator with its theme and focus area, in document order."""
        for theme, fa in self.focus_areas():
            for ind in fa.indicators:
                yield theme, fa, ind

    def find_indicator(self, indicator_id: str) -> tuple[Theme, FocusArea, Indicator] | None:
        for theme, fa, ind in self.indicators():
            if ind.id == indicator_id:
                return theme, fa, ind
        return None

    def find_focus_area(self, focus_area_id: str) -> tuple[Theme, FocusArea] | None:
        for theme, fa in self.focus_areas():
            if fa.id == focus_area_id:
                return theme, fa
        return None

    def find_tag(self, tag_id: str) -> Tag | None:
        for tag in [*self.spearheads, *self.target_groups]:
            if tag.id == tag_id:
                return tag
        return None

    def sections_at(self, placement: SectionPlacement) -> list[Section]:
        """The sections before or after the themes, in the order the user set."""
        return [sec for sec in self.sections if sec.placement is placement]

    def tag_indicators(self, tag_id: str) -> list[tuple[Theme, FocusArea, Indicator]]:
        """The indicators linked to a spearhead or target group: directly, or through their focus area."""
        return [(t, fa, ind) for t, fa, ind in self.indicators() if tag_id in ind.tags or tag_id in fa.tags]

    def chain_scope(self, chain: ImpactChain) -> list[tuple[Theme, FocusArea, Indicator]]:
        """The indicators a chain should place: the programme's, or its focus area's."""
        return [(t, fa, ind) for t, fa, ind in self.indicators()
                if not chain.focus_area_id or fa.id == chain.focus_area_id]

    def level_codes(self) -> list[str]:
        return [lv.code for lv in self.levels]

    def reference_text(self, ref: IndicatorReference) -> str:
        """The text a cross-reference row shows."""
        if ref.text:
            return ref.text
        found = self.find_indicator(ref.indicator_id)
        if found is None:
            return "(Mittari puuttuu)"
        _theme, fa, ind = found
        return f"({ind.name} -mittari tavoitteessa {fa.title})"


def infer_direction(baseline: ParsedValue, target: ParsedValue) -> Direction:
    """Read the direction from baseline and target as a careful reader would.

    - a target written "enintään"/"alle"/"max" is a ceiling: decrease;
    - a target written "vähintään"/"yli"/"min" is a floor: increase;
    - two numbers: up is increase, down is decrease, equal is maintain;
    - a number target with no baseline number: increase;
    - no number in the target: a milestone (done or not done).
    """
    from planner.values import Bound

    if target.bound is Bound.AT_MOST:
        return Direction.DECREASE
    if target.number is None:
        return Direction.MILESTONE
    if target.bound is Bound.AT_LEAST:
        return Direction.INCREASE
    if baseline.number is None:
        return Direction.INCREASE
    if target.number > baseline.number:
        return Direction.INCREASE
    if target.number < baseline.number:
        return Direction.DECREASE
    return Direction.MAINTAIN
