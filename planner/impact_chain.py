"""An impact chain as its diagram shows it: one column per stage, links with what they point at.

Shared by the GUI's diagram, the PDF drawing and the Word table, so all three
place the same things in the same columns. Pointers to items that no longer
exist (a removed indicator) are left out, never shown as an id.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from planner.model import ChainLink, ChainStage, ImpactChain, Indicator, Programme

STAGE_LABELS: dict[str, dict[ChainStage, str]] = {
    "fi": {ChainStage.NEEDS: "Tarve", ChainStage.INPUTS: "Resurssit", ChainStage.ACTIONS: "Toimenpiteet",
           ChainStage.OUTPUTS: "Tuotokset", ChainStage.OUTCOMES: "Tulokset", ChainStage.IMPACT: "Vaikuttavuus"},
    "sv": {ChainStage.NEEDS: "Behov", ChainStage.INPUTS: "Resurser", ChainStage.ACTIONS: "Åtgärder",
           ChainStage.OUTPUTS: "Prestationer", ChainStage.OUTCOMES: "Resultat", ChainStage.IMPACT: "Genomslag"},
    "en": {ChainStage.NEEDS: "Needs", ChainStage.INPUTS: "Resources", ChainStage.ACTIONS: "Actions",
           ChainStage.OUTPUTS: "Outputs", ChainStage.OUTCOMES: "Outcomes", ChainStage.IMPACT: "Impact"},
}


def stage_label(stage: ChainStage, lang: str = "fi") -> str:
    return STAGE_LABELS.get(lang, STAGE_LABELS["fi"])[stage]


@dataclass
class LinkView:
    link: ChainLink
    focus_areas: list[str] = field(default_factory=list)  # titles
    tags: list[str] = field(default_factory=list)  # spearhead / target group names
    indicators: list[Indicator] = field(default_factory=list)


@dataclass
class StageColumn:
    stage: ChainStage
    links: list[LinkView] = field(default_factory=list)

    @property
    def indicators(self) -> list[Indicator]:
        seen: dict[str, Indicator] = {}
        for lv in self.links:
            for ind in lv.indicators:
                seen.setdefault(ind.id, ind)
        return list(seen.values())


def chain_columns(programme: Programme, chain: ImpactChain) -> list[StageColumn]:
    """The six stages in order, each with its links (in the chain's order) resolved to names."""
    fas = {fa.id: fa for _t, fa in programme.focus_areas()}
    inds = {ind.id: ind for _t, _f, ind in programme.indicators()}
    columns = [StageColumn(stage) for stage in ChainStage]
    by_stage = {c.stage: c for c in columns}
    for link in chain.links:
        view = LinkView(
            link,
            focus_areas=[fas[i].title for i in link.focus_area_ids if i in fas],
            tags=[t.name for t in (programme.find_tag(i) for i in link.tag_ids) if t is not None],
            indicators=[inds[i] for i in link.indicator_ids if i in inds],
        )
        by_stage[link.stage].links.append(view)
    return columns


def unplaced_indicators(programme: Programme, chain: ImpactChain) -> list[Indicator]:
    """The indicators of the chain's scope that no link of it places."""
    placed = {i for lk in chain.links for i in lk.indicator_ids}
    return [ind for _t, _f, ind in programme.chain_scope(chain) if ind.id not in placed]


def chain_scope_title(programme: Programme, chain: ImpactChain) -> str:
    """The focus area's title for a focus-area chain, '' for the programme's."""
    if not chain.focus_area_id:
        return ""
    found = programme.find_focus_area(chain.focus_area_id)
    return found[1].title if found else ""
