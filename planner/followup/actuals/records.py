"""One value found in a file of actuals, before it is tied to an indicator, and how a period is shown.

The bottom layer of the import: :mod:`.dimensions`, :mod:`.plan`, :mod:`.combine` and
:mod:`.importer` read these, and this module imports none of them.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import overload


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


# Positions of Record's fields in the tuples a RecordList holds (the dataclass's field order).
ROW, COL, KEY, ID_TEXT, NAME_TEXT, PERIOD, VALUE, TEXT, AREA_TEXT, FROM_NUMBER, NOTE, DAY, DIMS = range(13)


class RecordList(Sequence[Record]):
    """The records of an import as plain tuples in :class:`Record`'s field order, each a Record only when asked.

    A large file has a record per value (200,000 and more): making each one a Record
    cost the import a Python call per value, and every step after it read them one by
    one. The steps that walk all records (matching, counting, categories, combining)
    read the tuples (``rows``) or a whole field at once (:meth:`column`, at C speed);
    indexing and iterating give :class:`Record` objects equal to what was stored.
    """

    __slots__ = ("rows", "_columns", "_first")

    def __init__(self, rows: list[tuple] | None = None) -> None:
        self.rows: list[tuple] = rows if rows is not None else []
        self._columns: dict[int, list] = {}
        self._first: dict[str, int] | None = None

    def __len__(self) -> int:
        return len(self.rows)

    @overload
    def __getitem__(self, i: int) -> Record: ...

    @overload
    def __getitem__(self, i: slice) -> list[Record]: ...

    def __getitem__(self, i: int | slice) -> Record | list[Record]:
        if isinstance(i, slice):
            return [Record(*t) for t in self.rows[i]]
        return Record(*self.rows[i])

    def __iter__(self) -> Iterator[Record]:
        return itertools.starmap(Record, self.rows)

    def __eq__(self, other: object) -> bool:
        """Equal to a RecordList with the same records, or to a list of the same Records (as the list it was)."""
        if isinstance(other, RecordList):
            return self.rows == other.rows
        if isinstance(other, list):
            return list(self) == other
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # a list's equality, so unhashable like one

    def column(self, field: int) -> list:
        """One field of every record (``KEY``, ``AREA_TEXT`` ...), made once (the records never change)."""
        got = self._columns.get(field)
        if got is None:
            got = self._columns[field] = list(map(itemgetter(field), self.rows))
        return got

    def first_index(self) -> dict[str, int]:
        """The index of each row text's first record, in the order the texts first appear."""
        if self._first is None:
            keys = self.column(KEY)
            distinct = len(set(keys))
            first: dict[str, int] = {}
            # Every text has usually appeared within the first rows: the walk stops at the last new one.
            for i, key in enumerate(keys):
                if key not in first:
                    first[key] = i
                    if len(first) == distinct:
                        break
            self._first = first
        return self._first


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
