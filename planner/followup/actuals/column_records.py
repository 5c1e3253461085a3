"""The values of a CSV's long table with measure columns, taken column by column (a PxWeb table).

A national PxWeb table (``"Alue";"Kuukausi";measure;measure``) is the largest file an
area loads: 1,000,000 rows of which the area filter keeps the programme's municipalities.
:func:`planner.followup.actuals.importer.extract_records` walked the kept rows one by one,
~2.4 µs a row for what is the same few steps on every row. Here the kept rows' cells are
taken a column at a time (:meth:`ColumnRows.cells`), each distinct period and value text
is read once, and the records are made by ``zip`` at C speed: the same tuples, in the
same order (row by row, measure by measure), with the same empty cells left out and
counted.

Only the plain case is done here: every period understood, every number finite, no note
or category column, no year column. Anything else returns None and the row loop, which
names the row and column of each fault, does the work, so a fault is told exactly as before.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from itertools import repeat
from operator import itemgetter

from planner.followup.actuals.cells import _cell_text, cell_value
from planner.followup.actuals.csv_reader import ColumnRows


def measure_records(
    rows: ColumnRows, start: int, body: list[int] | None, pcol: int, munc: int | None,
    value_cols: list[tuple[int, str | None]], area_cache: dict[object, tuple[str, bool]],
    decide: Callable[[object], tuple[str | None, str]],
    text_values: dict[str, tuple[float | None, str, bool]],
) -> tuple[list[tuple], int] | None:
    """(records in Record's field order, empty value cells left out), or None when the row loop must decide.

    ``body``: the kept rows' indices (ascending), None for every row from ``start``;
    ``area_cache``: the area decided per distinct area cell (every body row's area is kept);
    ``decide``: a period cell -> (period key or None, day); ``text_values``: value text ->
    :func:`cell_value`, shared with the row loop.
    """
    import numpy as np

    cols = [pcol, *(c for c, _h in value_cols)] + ([munc] if munc is not None else [])
    if any(c >= rows.width for c in cols) or any(h is None for _c, h in value_cols):
        return None
    idx = np.arange(start, len(rows)) if body is None else np.asarray(body, dtype=np.intp)
    if not len(idx):
        return None
    pcells = rows.cells(pcol, idx)
    decided: dict[object, tuple[str | None, str]] = {}
    for cell in set(pcells):
        got = decide(cell)
        if got[0] is None:  # a period not understood (or an empty one): the row loop tells which rows
            return None
        decided[cell] = got
    period_day = list(map(decided.__getitem__, pcells))
    if munc is None:
        areas: list[str] | repeat[str] = repeat("")
    else:
        acells = rows.cells(munc, idx)
        texts = {}
        for cell in set(acells):
            got_area = area_cache.get(cell)
            texts[cell] = got_area[0] if got_area is not None else _cell_text(cell)
        areas = list(map(texts.__getitem__, acells))
    numbers = (idx + 1).tolist()  # 1-based, as Excel shows
    first, second, third = itemgetter(0), itemgetter(1), itemgetter(2)
    per_column = []
    for col, header in value_cols:
        vcells = rows.cells(col, idx)
        if not _read_values(set(vcells).difference(text_values), text_values):
            return None  # a number too large: refused by the row loop, with its cell named
        read = list(map(text_values.__getitem__, vcells))
        per_column.append(list(zip(numbers, repeat(col), repeat(header), repeat(""), repeat(header),
                                   map(first, period_day), map(first, read), map(second, read), areas,
                                   map(third, read), repeat(""), map(second, period_day), repeat(()))))
    made: list
    if len(per_column) == 1:
        made = per_column[0]
    else:  # row by row, measure by measure, as the row loop appends them
        made = [None] * (len(idx) * len(per_column))
        for j, part in enumerate(per_column):
            made[j::len(per_column)] = part
    kept = [t for t in made if t[6] is not None or t[7]]
    return kept, len(made) - len(kept)


def _read_values(texts: set, text_values: dict[str, tuple[float | None, str, bool]]) -> bool:
    """Read each new value text into ``text_values`` as :func:`cell_value` does; False when one is not finite.

    Whole numbers written as plain digits (most of a statistics table) are read together,
    ``float`` over the list, as cell_value's own shortcut reads them; the rest one by one.
    """
    digits = [t for t in texts if t.__class__ is str and t.isdigit() and t.isascii()]
    numbers = list(map(float, digits))
    if not all(map(math.isfinite, numbers)):  # 400 digits are a float's infinity
        return False
    text_values.update(zip(digits, zip(numbers, digits, repeat(False)), strict=True))
    for text in texts.difference(digits) if len(digits) < len(texts) else ():
        text_values[text] = got = cell_value(text)
        if got[0] is not None and not math.isfinite(got[0]):
            return False
    return True
