"""Programme checks: what a careful reader would point out in a draft.

Pure core, reused by the command line (``planner check``) and the GUI's checks
panel. Each :class:`Finding` has a severity, a code, a Finnish message and the
place it refers to, so the GUI can jump there and word it in the user's
language from the code and parameters.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum

from planner import wording_fi
from planner.model import BulletGroup, Direction, Indicator, IndicatorReference, Programme
from planner.units import units_conflict
from planner.values import Bound, ValueKind


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


SEVERITY_LABEL_FI = {Severity(k): v for k, v in wording_fi.SEVERITY.items()}  # worded in planner/wording_fi.py

BULLET_GROUP_FI = {BulletGroup(k): v for k, v in wording_fi.BULLET_GROUP.items()}  # worded in planner/wording_fi.py


@dataclass(frozen=True)
class Location:
    """Where a finding points: ids of the theme, focus area, indicator or tag."""

    theme_id: str = ""
    focus_area_id: str = ""
    indicator_id: str = ""
    tag_id: str = ""
    field: str = ""  # e.g. "baseline", "target", "act"

    def describe(self, programme: Programme) -> str:
        parts = []
        if self.focus_area_id:
            found = programme.find_focus_area(self.focus_area_id)
            if found:
                parts.append(f"tavoite \u201d{found[1].title}\u201d")
        if self.tag_id:
            tag = programme.find_tag(self.tag_id)
            if tag:
                parts.append(f"\u201d{tag.name}\u201d")
        return ", ".join(parts) if parts else "ohjelma"


@dataclass(frozen=True)
class Finding:
    severity: Severity
    code: str
    message: str
    location: Location = field(default_factory=Location)
    params: tuple[tuple[str, str], ...] = ()

    @property
    def param_dict(self) -> dict[str, str]:
        """The values the message needs (names, titles, texts as written), for wording it in another language."""
        return dict(self.params)


def needs_number(ind: Indicator) -> bool:
    """Whether the indicator's direction needs numbers (a milestone does not)."""
    return ind.effective_direction in (Direction.INCREASE, Direction.DECREASE, Direction.MAINTAIN)


def is_monitoring_only(ind: Indicator) -> bool:
    """Seed 003's indicator set: followed from a named source, with no baseline or target set."""
    return (ind.target_value.kind is ValueKind.EMPTY and ind.baseline_value.kind is ValueKind.EMPTY
            and bool(ind.source.strip()))


def value_problem(ind: Indicator, field: str) -> str:
    """The finding code for the text of ``field`` ("baseline" or "target"), or "" when it is fine.

    The one rule for both the checks panel (:func:`check_programme`) and the indicator
    table's reading columns: ``indicator_without_target``, ``target_not_a_number``
    (the direction needs a number), ``baseline_not_a_number`` (likewise; "Ei seurantaa",
    "-" and an empty baseline say there is none yet, which is information, not a problem).
    """
    if is_monitoring_only(ind):
        return ""
    if field == "target":
        target = ind.target_value
        if target.kind is ValueKind.EMPTY:
            return "indicator_without_target"
        return "target_not_a_number" if needs_number(ind) and not target.is_number else ""
    base = ind.baseline_value
    return "baseline_not_a_number" if needs_number(ind) and not base.is_number and not base.says_none else ""


def check_programme(p: Programme) -> list[Finding]:
    """All findings for a programme, in document order."""
    out: list[Finding] = []
    referenced_tags: set[str] = set()
    names = Counter(ind.name.strip().casefold() for _t, _f, ind in p.indicators() if ind.name.strip())
    all_ids = {ind.id for _t, _f, ind in p.indicators()}
    level_codes = set(p.level_codes())

    for theme, fa in p.focus_areas():
        loc_fa = Location(theme_id=theme.id, focus_area_id=fa.id)
        referenced_tags.update(fa.tags)
        title = fa.title or "(nimetön tavoite)"
        if not fa.title.strip():
            out.append(Finding(Severity.WARNING, "focus_area_untitled", "Tavoitteelta puuttuu otsikko.", loc_fa))
        if not fa.indicators and not any(isinstance(r, IndicatorReference) for r in fa.rows):
            out.append(
                Finding(Severity.WARNING, "focus_area_without_indicators",
                        f"Tavoitteella \u201d{title}\u201d ei ole yhtään mittaria.", loc_fa,
                        (("title", fa.title),))
            )
        # The three bullet groups are seed 004's structure; a focus area that uses none of
        # them (a key action of seed 003, written as text) is not asked to fill them.
        uses_groups = any(b.strip() for g in BulletGroup for b in fa.bullets(g))
        for group in BulletGroup:
            if uses_groups and not [b for b in fa.bullets(group) if b.strip()]:
                out.append(
                    Finding(
                        Severity.WARNING,
                        "empty_bullet_group",
                        f"Tavoitteen \u201d{title}\u201d kohta \u201d{BULLET_GROUP_FI[group]}\u201d on tyhjä.",
                        Location(theme_id=theme.id, focus_area_id=fa.id, field=group.value),
                        (("title", fa.title), ("group", group.value)),
                    )
                )
        for row in fa.rows:
            if isinstance(row, IndicatorReference):
                if row.indicator_id not in all_ids:
                    out.append(
                        Finding(Severity.ERROR, "reference_missing",
                                f"Tavoitteen \u201d{title}\u201d viittausrivi osoittaa mittariin, jota ei ole.", loc_fa,
                                (("title", fa.title), ("indicator_id", row.indicator_id)))
                    )
                continue
            out.extend(_indicator_findings(row, theme.id, fa.id, level_codes, names))
            referenced_tags.update(row.tags)

    for chain in p.impact_chains:
        for lk in chain.links:
            referenced_tags.update(lk.tag_ids)
    out.extend(_chain_findings(p))
    out.extend(_rollover_findings(p))
    for tag in p.spearheads:
        if tag.id not in referenced_tags:
            out.append(
                Finding(Severity.WARNING, "spearhead_unused",
                        f"Kärkeen \u201d{tag.name}\u201d ei viittaa yksikään tavoite tai mittari.",
                        Location(tag_id=tag.id), (("tag", tag.name),))
            )
    return out


def _indicator_findings(ind: Indicator, theme_id: str, fa_id: str, level_codes: set[str],
                        names: Counter[str]) -> list[Finding]:
    out: list[Finding] = []
    loc = Location(theme_id=theme_id, focus_area_id=fa_id, indicator_id=ind.id)
    named = (("name", ind.name),)
    name = ind.name or "(nimetön mittari)"
    base, target = ind.baseline_value, ind.target_value
    if not ind.name.strip():
        out.append(Finding(Severity.ERROR, "indicator_unnamed", "Mittarilta puuttuu nimi.", loc))
    elif names[ind.name.strip().casefold()] > 1:
        out.append(Finding(Severity.WARNING, "duplicate_indicator_name",
                           f"Mittarin nimi \u201d{name}\u201d on ohjelmassa useammin kuin kerran.", loc, named))
    if ind.level and level_codes and ind.level not in level_codes:
        out.append(Finding(Severity.WARNING, "unknown_level",
                           f"Mittarin \u201d{name}\u201d taso \u201d{ind.level}\u201d ei ole ohjelman tasoissa.", loc,
                           (*named, ("level", ind.level))))
    monitoring_only = is_monitoring_only(ind)
    missing = [x for x, v in (("source", ind.source), ("owner", ind.owner)) if not v.strip()]
    if missing:
        what = {"source": "tietolähde", "owner": "vastuutaho"}
        out.append(Finding(Severity.INFO, "indicator_catalogue_incomplete",
                           f"Mittarilta \u201d{name}\u201d puuttuu {' ja '.join(what[m] for m in missing)}.",
                           Location(theme_id, fa_id, ind.id, field=missing[0]),
                           (*named, ("missing", ",".join(missing)))))
    if monitoring_only:
        # Seed 003's indicator set: followed from a named source, with no baseline or target set.
        out.append(Finding(Severity.INFO, "indicator_monitoring_only",
                           f"Mittari \u201d{name}\u201d on seurantamittari: sillä on tietolähde "
                           f"\u201d{ind.source}\u201d, mutta ei lähtöarvoa eikä tavoitetta.",
                           Location(theme_id, fa_id, ind.id, field="target"), (*named, ("source", ind.source))))
        return out
    target_problem = value_problem(ind, "target")
    if target_problem == "indicator_without_target":
        out.append(Finding(Severity.ERROR, "indicator_without_target", f"Mittarilta \u201d{name}\u201d puuttuu tavoite.",
                           Location(theme_id, fa_id, ind.id, field="target"), named))
    elif target_problem == "target_not_a_number":
        out.append(Finding(Severity.ERROR, "target_not_a_number",
                           f"Mittarin \u201d{name}\u201d tavoitetta \u201d{ind.target}\u201d ei voi lukea luvuksi, "
                           f"vaikka suunta vaatii luvun.", Location(theme_id, fa_id, ind.id, field="target"),
                           (*named, ("value", ind.target))))
    if base.kind is not ValueKind.NUMBER:
        if value_problem(ind, "baseline") == "baseline_not_a_number":
            out.append(Finding(Severity.WARNING, "baseline_not_a_number",
                               f"Mittarin \u201d{name}\u201d lähtöarvoa \u201d{ind.baseline}\u201d ei voi lukea luvuksi.",
                               Location(theme_id, fa_id, ind.id, field="baseline"),
                               (*named, ("value", ind.baseline))))
        else:
            out.append(Finding(Severity.INFO, "no_baseline_number",
                               f"Mittarilla \u201d{name}\u201d ei ole lukumuotoista lähtöarvoa "
                               f"(\u201d{ind.baseline or 'tyhjä'}\u201d).",
                               Location(theme_id, fa_id, ind.id, field="baseline"),
                               (*named, ("value", ind.baseline))))
    if base.is_number and target.is_number and units_conflict(base.unit, target.unit):
        out.append(Finding(Severity.WARNING, "unit_mismatch",
                           f"Mittarin \u201d{name}\u201d lähtöarvon yksikkö \u201d{base.unit}\u201d ei ole "
                           f"tavoitteen yksikkö \u201d{target.unit}\u201d; ne eivät ole saman mittarin arvoja. "
                           "Seurannassa lähtöarvoa ei käytetä.",
                           Location(theme_id, fa_id, ind.id, field="baseline"),
                           (*named, ("baseline", ind.baseline), ("target", ind.target),
                            ("baseline_unit", base.unit), ("target_unit", target.unit))))
    if base.is_number and target.is_number and ind.direction is not None:
        b, t = base.number, target.number
        assert b is not None and t is not None
        contradiction = (
            (ind.direction is Direction.DECREASE and t > b and target.bound is not Bound.AT_MOST)
            or (ind.direction is Direction.INCREASE and t < b and target.bound is not Bound.AT_LEAST)
            or (ind.direction is Direction.MAINTAIN and t != b)
        )
        if contradiction:
            words = {Direction.DECREASE: "laskeva", Direction.INCREASE: "kasvava", Direction.MAINTAIN: "säilyttävä"}
            out.append(Finding(Severity.ERROR, "direction_contradicts_values",
                               f"Mittarin \u201d{name}\u201d suunta on {words[ind.direction]}, mutta tavoite "
                               f"\u201d{ind.target}\u201d ja lähtöarvo \u201d{ind.baseline}\u201d osoittavat muuta.",
                               Location(theme_id, fa_id, ind.id, field="direction"),
                               (*named, ("direction", ind.direction.value), ("target", ind.target),
                                ("baseline", ind.baseline))))
    return out


def _chain_findings(p: Programme) -> list[Finding]:
    """An impact chain should place every indicator of its scope (the programme or its focus area)."""
    out: list[Finding] = []
    for chain in p.impact_chains:
        placed = {i for lk in chain.links for i in lk.indicator_ids}
        title = chain.title or "Vaikutusketju"
        for theme, fa, ind in p.chain_scope(chain):
            if ind.id not in placed:
                out.append(Finding(Severity.INFO, "indicator_not_in_chain",
                                   f"Mittaria \u201d{ind.name or '(nimetön mittari)'}\u201d ei ole sijoitettu "
                                   f"vaikutusketjuun \u201d{title}\u201d.",
                                   Location(theme.id, fa.id, ind.id), (("name", ind.name), ("chain", chain.title))))
    return out


def _rollover_findings(p: Programme) -> list[Finding]:
    """What a roll-over to a new year left for the user to look at (planner.rollover)."""
    out: list[Finding] = []
    for theme, fa, ind in p.indicators():
        name = ind.name or "(nimetön mittari)"
        if ind.target_review:
            out.append(Finding(Severity.WARNING, "target_not_reviewed",
                               f"Mittarin \u201d{name}\u201d tavoite \u201d{ind.target}\u201d on siirretty edellisestä "
                               f"vuodesta eikä sitä ole tarkistettu.",
                               Location(theme.id, fa.id, ind.id, field="target"),
                               (("name", ind.name), ("value", ind.target))))
        if ind.baseline_origin == "target":
            out.append(Finding(Severity.WARNING, "baseline_from_target",
                               f"Mittarin \u201d{name}\u201d lähtöarvo \u201d{ind.baseline}\u201d on edellisen vuoden "
                               f"tavoite, koska toteumaa ei ollut.",
                               Location(theme.id, fa.id, ind.id, field="baseline"),
                               (("name", ind.name), ("value", ind.baseline))))
    return out


def summary_line(findings: list[Finding]) -> str:
    counts = Counter(f.severity for f in findings)
    return (f"{counts[Severity.ERROR]} virhettä, {counts[Severity.WARNING]} varoitusta, "
            f"{counts[Severity.INFO]} tietoa")
