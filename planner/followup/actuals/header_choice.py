"""The user's corrections to a detected layout: another header row, other column roles.

The import wizard lets the user pick the header row and change a column's role;
both are core operations here so the roles a header gives are decided by the
same scoring :func:`planner.followup.actuals.layout.detect_layout` uses (the
wizard once kept its own, divergent copy). Each returns a new layout and leaves
the one it was given untouched, so the caller can go back to it (undo).
"""

from __future__ import annotations

import copy
from collections.abc import Sequence

from planner.followup.actuals.layout import (
    DetectedLayout,
    Role,
    _header_cells,
    _measure_columns,
    _score_header,
    decide_kind,
    find_default_year,
)
from planner.followup.actuals.readers import Cell, RawSheet


def header_roles(rows: Sequence[list[Cell]], row: int, default_year: int | None) -> tuple[list[Role], dict[int, str]]:
    """The column roles and month columns of ``rows[row]`` read as the header.

    The same reading as detection: a two-row header's empty cells filled from the row
    above, a month header ("tammi 2026", "1/2026") a month column, a measure's name
    over a numeric column (beside a period column) a measure; no role is IGNORE.
    """
    _score, roles, periods = _score_header(_header_cells(rows, row), default_year)
    for i in _measure_columns(rows, row, roles):
        roles[i] = Role.MEASURE
    return [r or Role.IGNORE for r in roles], periods


def choose_header_row(sheet: RawSheet, layout: DetectedLayout, row: int) -> DetectedLayout:
    """``layout`` read with ``row`` (0-based) as the header row: headers, roles, months and kind anew.

    A year written above the new header ("Toteumat 2026") is the months' year; otherwise
    the layout's. ``ValueError`` when the sheet has no such row.
    """
    if not 0 <= row < len(sheet.rows):
        raise ValueError(f"row {row} is not on the sheet ({len(sheet.rows)} rows)")
    lay = copy.deepcopy(layout)
    header = _header_cells(sheet.rows, row)
    lay.header_row = row
    lay.headers = ["" if c is None else str(c) for c in header]
    lay.default_year = find_default_year(sheet.rows, row, None) or layout.default_year
    lay.roles, lay.periods = header_roles(sheet.rows, row, lay.default_year)
    lay.value_period = None
    decide_kind(lay, header)
    return lay


def with_roles(layout: DetectedLayout, roles: Sequence[Role]) -> DetectedLayout:
    """``layout`` with the user's column roles; the month columns and the kind follow from them."""
    lay = copy.deepcopy(layout)
    lay.roles = list(roles)
    lay.periods = {}
    decide_kind(lay)
    return lay
