"""Writing cells of our Excel exports: user text never becomes a formula, numbers and dates the Finnish way.

Shared by the indicator register, the municipal sheets and the indicator catalogue.
"""

from __future__ import annotations

from typing import Any

from planner.textsafe import excel_text, looks_like_formula

INT_FORMAT = "#,##0"  # Finnish Excel shows 1 468
DEC_FORMAT = "#,##0.0#"  # Finnish Excel shows 69,9 and 3,82
PERCENT_FORMAT = "0 %"  # Finnish Excel shows 45 %


def number_format_for(x: float) -> str:
    return INT_FORMAT if float(x).is_integer() else DEC_FORMAT


def set_text(cell: Any, value: object) -> None:
    """Put user text in a cell as a string, never as a formula."""
    text = excel_text(value)
    cell.value = text
    cell.data_type = "s"
    if looks_like_formula(text):
        cell.quotePrefix = True


def wrapped_lines(text: str, width: float) -> int:
    """How many lines ``text`` takes in a wrapped cell of ``width`` (Excel width units ≈ characters)."""
    per_line = max(1, int(width * 1.1) - 1)
    lines = 0
    for part in str(text).split("\n"):
        words = part.split(" ")
        n, used = 1, 0
        for w in words:
            need = len(w) + (1 if used else 0)
            if used and used + need > per_line:
                n += 1
                used = len(w)
            else:
                used += need
            while used > per_line:  # a word longer than the cell is broken by the program
                n += 1
                used -= per_line
        lines += n
    return max(1, lines)


def set_number(cell: Any, value: float | None, fmt: str | None = None) -> None:
    if value is None:
        return
    cell.value = value
    cell.number_format = fmt or number_format_for(value)


DATE_FORMAT = "d.m.yyyy"  # a Finnish Excel shows 30.6.2026


def set_date(cell: Any, iso: str) -> None:
    """An ISO date as a real Excel date (sortable, filterable), shown as 30.6.2026."""
    from datetime import date

    if not iso:
        return
    try:
        cell.value = date.fromisoformat(iso)
    except ValueError:
        set_text(cell, iso)
        return
    cell.number_format = DATE_FORMAT
