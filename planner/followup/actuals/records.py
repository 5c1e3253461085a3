"""One value found in a file of actuals, before it is tied to an indicator, and how a period is shown.

The bottom layer of the import: :mod:`.dimensions`, :mod:`.plan`, :mod:`.combine` and
:mod:`.importer` read these, and this module imports none of them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Record:
    """One value found in the file, before it is tied to an indicator."""

    row: int  # 1-based, as Excel shows
    col: int  # 0-based column of the value
    key: str  # the row's indicator text (name, or id)
    id_text: str
    name_text: str
    period: str
    value: float | None
    text: str
    municipality: str  # the area column's text as written; resolved by planner.followup.actuals.dimensions
    from_number: bool  # the cell held a number (not text): a percent-formatted cell shows 0.33 as 33 %
    note: str = ""
    day: str = ""  # "2026-03-05" when the period cell named a day (daily rows), else ""
    dims: tuple[str, ...] = ()  # values of the category columns (Role.DIMENSION), in column order


@dataclass
class UnmatchedRow:
    sheet: str
    row: int
    text: str
    count: int = 1  # how many value rows carry this text

    def as_dict(self) -> dict:
        return {"sheet": self.sheet, "row": self.row, "text": self.text, "rows": self.count}


def period_label(key: str) -> str:
    """"2026-03" -> "3/2026" as a Finnish reader writes it; "2026" stays."""
    if len(key) == 7 and key[4] == "-":
        return f"{int(key[5:])}/{key[:4]}"
    return key
