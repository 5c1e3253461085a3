"""Status per spearhead (and target group) from the indicators linked to it.

An indicator belongs to a spearhead when it is tagged with it, or its focus area
is. The spearhead's status is the *weakest* status among its indicators that have
data (off track < at risk < on track < achieved): a spearhead is only as far along
as its laggard, which is what a council asks about. With no linked indicator the
status is "no indicators"; with linked indicators but no data, "no data".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from planner.followup.progress import IndicatorResult, ProgressStatus, status_counts
from planner.model import Programme, Tag

_ORDER = [ProgressStatus.OFF_TRACK, ProgressStatus.AT_RISK, ProgressStatus.ON_TRACK, ProgressStatus.ACHIEVED]


@dataclass
class TagStatus:
    tag: Tag
    results: list[IndicatorResult] = field(default_factory=list)
    status: ProgressStatus | None = None  # None: no linked indicators

    @property
    def counts(self) -> dict[ProgressStatus, int]:
        return status_counts(self.results)


def tag_statuses(programme: Programme, results: list[IndicatorResult], tags: list[Tag] | None = None) -> list[TagStatus]:
    """One entry per spearhead (or the given tags), in the programme's order."""
    out = []
    for tag in programme.spearheads if tags is None else tags:
        linked = [r for r in results if tag.id in r.indicator.tags or tag.id in r.focus_area.tags]
        status: ProgressStatus | None = None
        if linked:
            with_data = {r.status for r in linked if r.status is not ProgressStatus.NO_DATA}
            status = next((s for s in _ORDER if s in with_data), ProgressStatus.NO_DATA)
        out.append(TagStatus(tag, linked, status))
    return out
