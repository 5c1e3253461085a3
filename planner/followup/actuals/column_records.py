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
    periods, days = zip(*map(decided.__getitem__, pcells), strict=True)
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
    per_column = []
    for col, header in value_cols:
        vcells = rows.cells(col, idx)
        for text in set(vcells).difference(text_values):
            text_values[text] = got_value = cell_value(text)
            if got_value[0] is not None and not math.isfinite(got_value[0]):
                return None  # refused by the row loop, with its cell named
        values, texts_, from_number = zip(*map(text_values.__getitem__, vcells), strict=True)
        per_column.append(list(zip(numbers, repeat(col), repeat(header), repeat(""), repeat(header), periods,
                                   values, texts_, areas, from_number, repeat(""), days, repeat(()))))
    made: list
    if len(per_column) == 1:
        made = per_column[0]
    else:  # row by row, measure by measure, as the row loop appends them
        made = [None] * (len(idx) * len(per_column))
        for j, part in enumerate(per_column):
            made[j::len(per_column)] = part
    kept = [t for t in made if t[6] is not None or t[7]]
    return kept, len(made) - len(kept)
