"""Edit operations on a programme: the pure core the GUI's undo commands call.

Every operation changes the document in place and returns what is needed to
undo it (the removed item, the old value, the old position). Items are kept as
the same Python objects when they move or are removed and reinserted, so a
command can hold a reference to an item and find it again after undo.

No Qt here: the command line, tests and the GUI share these functions.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from planner.model import (
    STATUSES_WITH_DECISION,
    BulletGroup,
    FocusArea,
    Indicator,
    IndicatorReference,
    IndicatorRow,
    Programme,
    Tag,
    Theme,
)

# -- fields -------------------------------------------------------------------


def set_field(obj: Any, name: str, value: Any) -> Any:
    """Set ``obj.name`` to ``value``; returns the old value."""
    if not hasattr(obj, name):
        raise AttributeError(f"{type(obj).__name__} has no field {name!r}")
    old = getattr(obj, name)
    setattr(obj, name, value)
    return old


def assign(obj: Any, name: str, value: Any) -> dict[str, Any]:
    """Set ``obj.name`` and what the rules tie to it; returns each changed field's old value, for undo.

    Giving an indicator a new target is reviewing it, so the "target to review" mark
    a roll-over put on it goes (the checks stop listing it). A programme becomes a
    proposal or approved only with its decision (:func:`planner.versions.set_status`),
    so a plain edit to those statuses is refused.
    """
    if isinstance(obj, Programme) and name == "status" and value in STATUSES_WITH_DECISION:
        raise ValueError(f"status {value} needs a decision: use planner.versions.set_status")
    old = {name: set_field(obj, name, value)}
    if isinstance(obj, Indicator) and name == "target" and value != old[name] and obj.target_review:
        old["target_review"] = set_field(obj, "target_review", False)
    return old


def restore(obj: Any, old: dict[str, Any]) -> None:
    """Put back the fields :func:`assign` changed."""
    for name, value in old.items():
        set_field(obj, name, value)


# -- lists (shared by themes, focus areas, bullets, rows, municipalities, ...) --


def _check_insert_index(items: list[Any], index: int) -> int:
    if index < 0 or index > len(items):
        raise IndexError(f"insert position {index} outside 0..{len(items)}")
    return index


def insert_item(items: list[Any], index: int, item: Any) -> int:
    """Insert ``item`` at ``index`` (0..len); returns the index."""
    items.insert(_check_insert_index(items, index), item)
    return index


def remove_item(items: list[Any], index: int) -> Any:
    """Remove and return the item at ``index``."""
    if index < 0 or index >= len(items):
        raise IndexError(f"no item at {index}")
    return items.pop(index)


def move_item(items: list[Any], source: int, destination: int) -> int:
    """Move the item at ``source`` so that it ends up at ``destination``.

    ``destination`` is the final index of the item (0..len-1). Returns the old
    index, so ``move_item(items, destination, source)`` undoes the move.
    """
    if source < 0 or source >= len(items):
        raise IndexError(f"no item at {source}")
    if destination < 0 or destination >= len(items):
        raise IndexError(f"destination {destination} outside 0..{len(items) - 1}")
    items.insert(destination, items.pop(source))
    return source


def set_item(items: list[Any], index: int, value: Any) -> Any:
    """Replace the item at ``index``; returns the old one."""
    if index < 0 or index >= len(items):
        raise IndexError(f"no item at {index}")
    old = items[index]
    items[index] = value
    return old


# -- themes and focus areas ---------------------------------------------------------


def insert_theme(p: Programme, index: int, theme: Theme) -> int:
    return insert_item(p.themes, index, theme)


def remove_theme(p: Programme, index: int) -> Theme:
    return remove_item(p.themes, index)


def move_theme(p: Programme, source: int, destination: int) -> int:
    return move_item(p.themes, source, destination)


def insert_focus_area(theme: Theme, index: int, fa: FocusArea) -> int:
    return insert_item(theme.focus_areas, index, fa)


def remove_focus_area(theme: Theme, index: int) -> FocusArea:
    return remove_item(theme.focus_areas, index)


@dataclass(frozen=True)
class Position:
    """Where an item was: its container and index (for undo)."""

    container: Any
    index: int


def move_focus_area(fa: FocusArea, source: Theme, target: Theme, index: int) -> Position:
    """Move ``fa`` from theme ``source`` into theme ``target`` at ``index``.

    ``index`` is the final position in ``target`` (for a move within one theme
    0..len-1, otherwise 0..len). Returns the old position.
    """
    old = source.focus_areas.index(fa)
    if source is target:
        move_item(source.focus_areas, old, index)
    else:
        _check_insert_index(target.focus_areas, index)
        source.focus_areas.pop(old)
        target.focus_areas.insert(index, fa)
    return Position(source, old)


# -- bullets ----------------------------------------------------------------------


def insert_bullet(fa: FocusArea, group: BulletGroup, index: int, text: str) -> int:
    return insert_item(fa.bullets(group), index, text)


def remove_bullet(fa: FocusArea, group: BulletGroup, index: int) -> str:
    return remove_item(fa.bullets(group), index)


def move_bullet(fa: FocusArea, group: BulletGroup, source: int, destination: int) -> int:
    return move_item(fa.bullets(group), source, destination)


def set_bullet(fa: FocusArea, group: BulletGroup, index: int, text: str) -> str:
    return set_item(fa.bullets(group), index, text)


# -- indicator rows -------------------------------------------------------------------


def insert_row(fa: FocusArea, index: int, row: IndicatorRow) -> int:
    return insert_item(fa.rows, index, row)


def move_row(fa: FocusArea, source: int, destination: int) -> int:
    return move_item(fa.rows, source, destination)


@dataclass
class RemovedRow:
    """A removed table row and the cross-reference rows removed with it."""

    row: IndicatorRow
    index: int
    references: list[tuple[FocusArea, int, IndicatorReference]]


def remove_row(p: Programme, fa: FocusArea, index: int) -> RemovedRow:
    """Remove row ``index`` of ``fa``.

    When the row is an indicator, the cross-reference rows elsewhere that show it
    are removed too (they would point at nothing); they are returned, in the
    order they were removed, so :func:`restore_row` can put everything back.
    """
    row = remove_item(fa.rows, index)
    refs: list[tuple[FocusArea, int, IndicatorReference]] = []
    if isinstance(row, Indicator):
        for _theme, other in p.focus_areas():
            i = 0
            while i < len(other.rows):
                r = other.rows[i]
                if isinstance(r, IndicatorReference) and r.indicator_id == row.id:
                    del other.rows[i]
                    refs.append((other, i, r))
                else:
                    i += 1
    return RemovedRow(row, index, refs)


def restore_row(fa: FocusArea, removed: RemovedRow) -> None:
    """Undo :func:`remove_row`."""
    fa.rows.insert(removed.index, removed.row)
    for other, i, ref in reversed(removed.references):
        other.rows.insert(i, ref)


def move_indicator(row: IndicatorRow, source: FocusArea, target: FocusArea, index: int) -> Position:
    """Move a row from one focus area's table to another's (or within one)."""
    old = source.rows.index(row)
    if source is target:
        move_item(source.rows, old, index)
    else:
        _check_insert_index(target.rows, index)
        source.rows.pop(old)
        target.rows.insert(index, row)
    return Position(source, old)


def add_reference(fa: FocusArea, indicator: Indicator, index: int | None = None) -> tuple[int, IndicatorReference]:
    """Show ``indicator`` also in ``fa``'s table as a cross-reference row."""
    ref = IndicatorReference(indicator_id=indicator.id, level=indicator.level)
    pos = len(fa.rows) if index is None else index
    insert_item(fa.rows, pos, ref)
    return pos, ref


def focus_area_of(p: Programme, row: IndicatorRow) -> FocusArea | None:
    """The focus area whose table holds ``row`` (by identity)."""
    for _theme, fa in p.focus_areas():
        if any(r is row for r in fa.rows):
            return fa
    return None


def theme_of(p: Programme, fa: FocusArea) -> Theme | None:
    for theme in p.themes:
        if any(f is fa for f in theme.focus_areas):
            return theme
    return None


# -- spearheads and target groups ---------------------------------------------


@dataclass
class RemovedTag:
    """A removed spearhead or target group and every link to it that went with it."""

    tag: Tag
    items: list[Tag]  # the list it was in: the programme's spearheads or its target groups
    index: int
    unlinked: list[tuple[Any, str, list[str]]]  # (object, field, the field's list before)


def remove_tag(p: Programme, tag: Tag) -> RemovedTag:
    """Remove ``tag`` and unlink it everywhere: focus areas, indicators and impact-chain links.

    Returns what :func:`restore_tag` needs to put the tag and every link back.
    """
    items = p.spearheads if any(t is tag for t in p.spearheads) else p.target_groups
    index = next(i for i, t in enumerate(items) if t is tag)
    linked: list[tuple[Any, str]] = []
    for _theme, fa in p.focus_areas():
        linked.append((fa, "tags"))
        linked += [(ind, "tags") for ind in fa.indicators]
    linked += [(link, "tag_ids") for chain in p.impact_chains for link in chain.links]
    unlinked: list[tuple[Any, str, list[str]]] = []
    for obj, name in linked:
        ids: list[str] = getattr(obj, name)
        if tag.id in ids:
            unlinked.append((obj, name, set_field(obj, name, [t for t in ids if t != tag.id])))
    remove_item(items, index)
    return RemovedTag(tag, items, index, unlinked)


def restore_tag(removed: RemovedTag) -> None:
    """Undo :func:`remove_tag`: the same tag object back in its place, every link as it was."""
    insert_item(removed.items, removed.index, removed.tag)
    for obj, name, old in reversed(removed.unlinked):
        set_field(obj, name, old)
