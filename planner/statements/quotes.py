"""Quoting parts of a programme into a statement.

A comment keeps the text of what it refers to as it stood in the programme
when the comment was written, so the statement reads the same without the
programme file. :func:`check_refs` tells which quotes no longer match the
programme (it changed, or the part was removed).
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.model import Programme
from planner.statements.model import Comment, ProgrammeRef, ProposedIndicator, RefKind, Statement


def ref_for_focus_area(programme: Programme, focus_area_id: str) -> ProgrammeRef:
    found = programme.find_focus_area(focus_area_id)
    if found is None:
        raise KeyError(focus_area_id)
    theme, fa = found
    quote = fa.title
    if fa.summary:
        quote = f"{fa.title} – {fa.summary}"
    return ProgrammeRef(RefKind.FOCUS_AREA, fa.id, fa.title, quote, f"painopiste {theme.title}")


def ref_for_indicator(programme: Programme, indicator_id: str) -> ProgrammeRef:
    found = programme.find_indicator(indicator_id)
    if found is None:
        raise KeyError(indicator_id)
    _theme, fa, ind = found
    quote = f"{ind.name} – lähtöarvo: {ind.baseline.strip() or '–'}, tavoite: {ind.target.strip() or '–'}"
    return ProgrammeRef(RefKind.INDICATOR, ind.id, ind.name, quote, f"tavoite {fa.title}")


def ref_for_theme(programme: Programme, theme_id: str) -> ProgrammeRef:
    for theme in programme.themes:
        if theme.id == theme_id:
            quote = f"{theme.title} – {theme.summary}" if theme.summary else theme.title
            return ProgrammeRef(RefKind.THEME, theme.id, theme.title, quote)
    raise KeyError(theme_id)


def ref_for_tag(programme: Programme, tag_id: str) -> ProgrammeRef:
    for kind, tags in ((RefKind.SPEARHEAD, programme.spearheads), (RefKind.TARGET_GROUP, programme.target_groups)):
        for tag in tags:
            if tag.id == tag_id:
                quote = f"{tag.name}: {tag.description}" if tag.description else tag.name
                return ProgrammeRef(kind, tag.id, tag.name, quote)
    raise KeyError(tag_id)


def ref_for_indicator_set(programme: Programme) -> ProgrammeRef:
    n_ind = sum(1 for _ in programme.indicators())
    n_fa = sum(1 for _ in programme.focus_areas())
    quote = f"Ohjelman mittaristo kokonaisuutena ({n_ind} mittaria, {n_fa} tavoitteessa)"
    return ProgrammeRef(RefKind.INDICATOR_SET, "", "ohjelman kaikki mittarit", quote)


def current_ref(programme: Programme, ref: ProgrammeRef) -> ProgrammeRef | None:
    """The reference made afresh from the programme; None when the part is gone."""
    try:
        if ref.kind is RefKind.FOCUS_AREA:
            return ref_for_focus_area(programme, ref.target_id)
        if ref.kind is RefKind.INDICATOR:
            return ref_for_indicator(programme, ref.target_id)
        if ref.kind is RefKind.THEME:
            return ref_for_theme(programme, ref.target_id)
        if ref.kind in (RefKind.SPEARHEAD, RefKind.TARGET_GROUP):
            return ref_for_tag(programme, ref.target_id)
        return ref_for_indicator_set(programme)
    except KeyError:
        return None


@dataclass
class RefStatus:
    """How one stored reference compares with the programme now."""

    item_id: str
    ref: ProgrammeRef
    found: bool
    same_quote: bool


def all_refs(statement: Statement) -> list[tuple[str, ProgrammeRef]]:
    out: list[tuple[str, ProgrammeRef]] = []
    for item in statement.items:
        if isinstance(item, Comment):
            out.extend((item.id, r) for r in item.refs)
        elif isinstance(item, ProposedIndicator) and item.related is not None:
            out.append((item.id, item.related))
    return out


def check_refs(statement: Statement, programme: Programme) -> list[RefStatus]:
    """Compare every stored quote with the programme as it is now."""
    out = []
    for item_id, ref in all_refs(statement):
        now = current_ref(programme, ref)
        out.append(RefStatus(item_id, ref, now is not None, now is not None and now.quote == ref.quote))
    return out
