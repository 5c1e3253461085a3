"""Reading one cell of a file of actuals: its number, its text, the day or year it names.

Shared by the row-by-row extraction (:mod:`.importer`) and the column-at-a-time one
(:mod:`.long_columns`), so that both read every cell exactly alike.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from planner.followup.actuals.errors import ActualsError, column_letter
from planner.followup.actuals.layout import period_key, year_of_cell
from planner.messages import msg
from planner.values import parse_value

if TYPE_CHECKING:
    from planner.followup.actuals.readers import RawSheet


# -- cell values ------------------------------------------------------------------

_MISSING_MARKS = {"..", ".", "...", "…", "-", "–", "—", "NA", "N/A", "n/a"}  # statistics' "no figure"
_FAST_NUM = re.compile(r"^[-+]?\d+(?:[.,]\d+)?$")


def cell_value(cell) -> tuple[float | None, str, bool]:
    """(number or None, text as written, came from a number cell).

    A number cell gives no text: the number is what was written.
    """
    cls = cell.__class__
    if cls is float:
        return cell, "", True
    if cls is str and cell.isdigit() and cell.isascii():
        return float(cell), cell, False  # "21" in a CSV: what the general path below gives, 20x faster
    if cls is int:
        return (float(cell) if -(10**300) < cell < 10**300 else math.inf), "", True
    if cell is None or cell == "":
        return None, "", False
    if isinstance(cell, bool):
        return (1.0 if cell else 0.0), ("kyllä" if cell else "ei"), True
    if isinstance(cell, float | int):
        try:
            return float(cell), "", True
        except OverflowError:
            return math.inf, "", True  # refused by the caller with the cell named
    if isinstance(cell, _dt.date | _dt.time | _dt.timedelta):
        return None, str(cell), False
    text = str(cell).strip()
    if text in _MISSING_MARKS:
        return None, "", False
    compact = text.replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if _FAST_NUM.match(compact):
        return float(compact.replace(",", ".")), text, False
    pv = parse_value(text)
    if pv.number is None:
        return None, text, False
    number = pv.number
    if pv.unit == "%" and compact.endswith("%"):
        return number, text, False
    return number, text, False


def _cell_text(cell) -> str:
    if cell.__class__ is str:
        return cell.strip()
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


def _refuse_non_finite(value: float | None, sheet: RawSheet, row: int, col: int) -> None:
    """An actual must be a finite number: a 401-digit cell (infinity as a float) is refused, cell named."""
    if value is not None and not math.isfinite(value):
        raise ActualsError.of(msg("value_not_finite"), None, sheet.name, row, column_letter(col),
                              hint="Korjaa solun arvo ja tuo tiedosto uudelleen.")


def _day_of(cell) -> str:
    """The day a period cell names ("2026-03-05"), or "" when it names a month or a year."""
    if isinstance(cell, _dt.datetime | _dt.date):
        return cell.isoformat()[:10]
    if cell.__class__ is str and len(cell) >= 8:
        m = _DAY_RE.match(cell.strip())
        if m:
            if m.group(1):
                y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
            else:
                d, mo, y = int(m.group(4)), int(m.group(5)), int(m.group(6))
            if 1 <= mo <= 12 and 1 <= d <= 31:
                return f"{y:04d}-{mo:02d}-{d:02d}"
    return ""


_DAY_RE = re.compile(r"^(?:(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?|(\d{1,2})\.(\d{1,2})\.(\d{4}))$")


def _row_year(cell, fallback: int | None) -> int | None:
    if cell is None or cell == "":
        return fallback
    try:
        y = int(float(str(cell).strip().replace(",", ".")))
    except ValueError:
        return year_of_cell(cell) or fallback
    return y if 1950 <= y <= 2150 else fallback


def _column(body: Sequence[list], col: int) -> list:
    """The cells of one column ("" where a row is shorter), at C speed when every row is long enough."""
    from operator import itemgetter

    try:
        return list(map(itemgetter(col), body))
    except IndexError:
        return [row[col] if col < len(row) else "" for row in body]


def decide_period(pcell, ycell, has_period: bool, has_year: bool, year: int | None) -> tuple[str | None, str]:
    """(period key or None when not understood, day) of a long row's period cell and year cell.

    ``has_period``/``has_year``: the layout has a period column / a year column
    (without a period column the year cell is the period); ``year`` is the layout's
    default year for a month written without one.
    """
    if not has_period:
        y = _row_year(ycell, None)
        period = str(y) if y else None
    else:
        y = _row_year(ycell, year) if has_year else year
        period = period_key(pcell, y)
        if period and has_year and len(period) == 4 and isinstance(pcell, int | float) and y:
            period = None
        if period is None and isinstance(pcell, int | float) and y and 1 <= float(pcell) <= 12:
            period = f"{y:04d}-{int(pcell):02d}"
    day = _day_of(pcell) if has_period and period else ""
    return period, day
