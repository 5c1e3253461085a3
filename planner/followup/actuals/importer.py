"""From a file to an import plan: read, find the layout, pull out values, match rows.

``prepare_import(programme, path)`` never changes the programme. It returns an
:class:`ImportPlan` holding the values found, how each distinct row text was
matched, the unmatched rows and warnings. The user (or the command line) may
confirm or change matches; ``plan.build()`` then gives the
:class:`~planner.model.ActualsImport` and the mappings to remember, which
:func:`planner.followup.actuals.history.apply_import` stores in the programme.
"""

from __future__ import annotations

import datetime as _dt
import itertools
import math
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from planner.followup.actuals.cells import (
    _cell_text,
    _column,
    _refuse_non_finite,
    _row_year,
    cell_value,
    decide_period,
)
from planner.followup.actuals.column_records import measure_records
from planner.followup.actuals.combine import BuiltImport, combine
from planner.followup.actuals.csv_reader import ColumnRows
from planner.followup.actuals.dimensions import OTHER, AreaResolver, SelectionError, _find_column, analyse, keep_record
from planner.followup.actuals.errors import ActualsError, column_letter
from planner.followup.actuals.layout import (
    DetectedLayout,
    LayoutKind,
    Role,
    decide_kind,
    detect_layout,
    is_note_row,
    is_total_text,
)
from planner.followup.actuals.matching import Match, Matcher, source_key
from planner.followup.actuals.plan import PlanData
from planner.followup.actuals.readers import RawSheet, check_formulas, read_sheets
from planner.followup.actuals.records import ID_TEXT, NAME_TEXT, RecordList, period_label
from planner.followup.gcpause import paused_gc
from planner.messages import Message, msg
from planner.model import Programme

ProgressFn = Callable[[float, str], None]
CancelFn = Callable[[], bool]


class Cancelled(Exception):
    """The user pressed Cancel; nothing was changed."""


class ImportPlan(PlanData):
    """What an import would bring in; the programme is not touched until it is applied.

    The data and the match decisions are :class:`~planner.followup.actuals.plan.PlanData`;
    here the operations that need the category rules and the combining step.
    """

    def select(self, column: str, value: str) -> None:
        """Use ``value`` of the column named by its header or letter; ``ValueError`` (Finnish) when unknown."""
        _find_column(self.dimensions, column, self.layout).select(value)

    def row_counts(self) -> dict[str, int]:
        """Rows per row text that the chosen categories and areas keep (what the match page shows)."""
        if self.open_questions():
            return {}
        area = next((c for c in self.dimensions if c.kind == "area"), None)
        cats = [c for c in self.dimensions if c.kind != "area"]
        dim_cols = self.layout.columns(Role.DIMENSION)
        rows = self.sheet.rows
        out: dict[str, int] = {}
        if all(not c.hidden and c.column in dim_cols for c in cats):
            # Per distinct (text, area, categories) rather than per row: the match page asks on the GUI thread.
            for (key, municipality, dims), n in self.row_groups().items():
                probe = _GroupProbe(dims)
                if cats and not keep_record(probe, [], cats, dim_cols):
                    continue
                if area is not None and area.area_kinds.get(municipality, (OTHER, ""))[0] == OTHER:
                    continue
                out[key] = out.get(key, 0) + n
            return out
        for rec in self.records:
            if cats and not keep_record(rec, rows[rec.row - 1], cats, dim_cols):
                continue
            if area is not None and area.area_kinds.get(rec.municipality, (OTHER, ""))[0] == OTHER:
                continue
            out[rec.key] = out.get(rec.key, 0) + 1
        return out

    def build(self, imported_at: str | None = None, as_of: _dt.date | None = None) -> BuiltImport:
        """The import (accepted matches only), the mappings to remember, and everything to tell the user.

        Pure: the plan is not changed, so it can run off the GUI thread and again
        after every choice. While a category question or a conflict is open the
        result is ``blocking`` and must not be stored.
        """
        with paused_gc():
            return combine(self, imported_at or _dt.datetime.now().replace(microsecond=0).isoformat(), as_of)


class _GroupProbe:
    """Stands for the records of one group in :func:`keep_record` (only ``dims`` is read)."""

    __slots__ = ("dims",)

    def __init__(self, dims: tuple[str, ...]) -> None:
        self.dims = dims


# -- extraction -------------------------------------------------------------------


def extract_records(
    sheet: RawSheet, layout: DetectedLayout, municipalities: list[str],
    keep_area: Callable[[str], bool] | None = None, dropped_areas: Counter[str] | None = None,
) -> tuple[RecordList, list[Message], int]:
    """Values of the sheet as records; warnings; number of rows skipped (notes, totals, blanks).

    Each record is a tuple in :class:`Record`'s field order (a :class:`RecordList` makes
    them Records when asked): a Python call per value is what a Record cost here.

    The area column's text is kept as written (``Record.area``); which of its values
    is the area, a municipality of the programme or somewhere else is decided later
    (:mod:`planner.followup.actuals.dimensions`), as are the values of category columns.
    ``keep_area`` (text -> bool) leaves out, early, the rows of areas outside the
    programme (a national PxWeb table has 300 municipalities); they are counted
    per area text in ``dropped_areas`` so the summary can name them.
    """
    del municipalities  # resolved later, with the user's choices
    area_ok: dict[str, bool] = {}
    roles = layout.roles
    idc = layout.column(Role.ID)
    namec = layout.column(Role.INDICATOR)
    munc = layout.column(Role.MUNICIPALITY)
    notec = layout.column(Role.NOTES)
    dimcs = layout.columns(Role.DIMENSION)
    warnings: list[Message] = []
    bad_periods: list[str] = []
    records: list[tuple] = []  # Record's fields, in its order
    skipped = 0
    empty_values = 0
    total_rows = 0
    rows = sheet.rows
    start = layout.header_row + 1

    total_cache: dict[str, bool] = {}

    def is_total(key: str) -> bool:
        got = total_cache.get(key)
        if got is None:
            got = total_cache[key] = is_total_text(key)
        return got

    def dims_of(row: list, n: int) -> tuple[str, ...]:
        if not dimcs:
            return ()
        return tuple(_cell_text(row[c]) if c < n else "" for c in dimcs)

    if layout.kind is LayoutKind.LONG:
        pc = layout.column(Role.PERIOD)
        yc = layout.column(Role.YEAR)
        vc = layout.column(Role.VALUE)
        measures = layout.columns(Role.MEASURE)
        if vc is not None:
            value_cols: list[tuple[int, str | None]] = [(vc, None)]
        else:
            value_cols = [(c, layout.headers[c].strip() if c < len(layout.headers) else column_letter(c))
                          for c in measures]
        assert (pc is not None or yc is not None) and value_cols
        pcol = pc if pc is not None else yc
        assert pcol is not None
        pcache: dict[object, tuple[str | None, str]] = {}
        year = layout.default_year
        area_cache: dict[object, tuple[str, bool]] = {}
        body: list[int] | None = None  # None: every row from ``start`` on
        if vc is None and munc is not None and keep_area is not None:
            vcols = [c for c, _h in value_cols]
            if isinstance(rows, ColumnRows):
                body = _rows_of_kept_areas_columns(rows, start, munc, pcol, vcols, keep_area, area_cache,
                                                   dropped_areas)
            else:
                body = _rows_of_kept_areas(rows, start, munc, pcol, vcols, keep_area, area_cache, dropped_areas)
        # The loop below runs once per row (200,000 rows: a quarter of the import's time): the
        # common cells (text, float) are handled inline, everything else by the helpers.
        text_of = _cell_text
        append = records.append
        isfinite = math.isfinite
        value: float | None
        text_values: dict[str, tuple[float | None, str, bool]] = {}
        columns_done = None
        if (isinstance(rows, ColumnRows) and vc is None and pc is not None and yc is None and notec is None
                and not dimcs):  # a PxWeb table: its plain rows column by column (see column_records)
            columns_done = measure_records(rows, start, body, pc, munc, value_cols, area_cache,
                                           lambda cell: decide_period(cell, None, True, False, year), text_values)
        if columns_done is not None:
            records.extend(columns_done[0])
            empty_values += columns_done[1]
        for r, row in () if columns_done is not None else _numbered_rows(rows, start, body):
            n = len(row)
            if vc is None:
                id_text = name_text = row_key = ""  # the indicator is in the measure column's header
            else:
                if idc is not None and idc < n:
                    c = row[idc]
                    id_text = c.strip() if c.__class__ is str else text_of(c)
                else:
                    id_text = ""
                if namec is not None and namec < n:
                    c = row[namec]
                    name_text = c.strip() if c.__class__ is str else text_of(c)
                else:
                    name_text = ""
                row_key = name_text or id_text
                if not row_key:
                    if vc < n and row[vc] not in ("", None):
                        skipped += 1
                    continue
                total = total_cache.get(row_key)
                if total is None:
                    total = total_cache[row_key] = is_total_text(row_key)
                if total:
                    total_rows += 1
                    continue
            pcell = row[pcol] if pcol < n else ""
            if (pcell == "" or pcell is None) and all((c >= n or row[c] in ("", None)) for c, _h in value_cols):
                if vc is not None and not is_note_row(row_key):
                    skipped += 1
                continue
            if munc is not None:
                acell = row[munc] if munc < n else ""
                got_area = area_cache.get(acell)
                if got_area is None:
                    atext = text_of(acell)
                    got_area = area_cache[acell] = (atext, keep_area(atext) if keep_area is not None else True)
                area, ok = got_area
                if not ok:
                    if dropped_areas is not None:
                        dropped_areas[area] += 1
                    continue
            else:
                area = ""
            if yc is None:
                ycell = None
                pkey: object = pcell  # no tuple per row when there is no year column
            else:
                ycell = row[yc] if yc < n else None
                pkey = (pcell, ycell)
            got = pcache.get(pkey)
            if got is None:
                got = pcache[pkey] = decide_period(pcell, ycell, pc is not None, yc is not None, year)
            period, day = got
            if period is None:
                if len(bad_periods) < 5:
                    bad_periods.append(f"rivi {r + 1}, sarake {column_letter(pcol)}: \u201d{text_of(pcell)}\u201d")
                skipped += 1
                continue
            if notec is not None and notec < n:
                c = row[notec]
                note = c.strip() if c.__class__ is str else text_of(c)
            else:
                note = ""
            dims = dims_of(row, n) if dimcs else ()
            for col, header_key in value_cols:
                vcell: Any = row[col] if col < n else ""
                cls = vcell.__class__
                if cls is float:
                    value, text, from_number = vcell, "", True
                    if not isfinite(vcell):
                        _refuse_non_finite(vcell, sheet, r + 1, col)
                else:
                    if cls is str:  # a CSV's cells are text: each distinct text is read once
                        got_value = text_values.get(vcell)
                        if got_value is None:
                            got_value = text_values[vcell] = cell_value(vcell)
                        value, text, from_number = got_value
                    else:
                        value, text, from_number = cell_value(vcell)
                    if value is None:
                        if not text:
                            empty_values += 1
                            continue
                    elif not isfinite(value):
                        _refuse_non_finite(value, sheet, r + 1, col)
                if header_key is not None:
                    append((r + 1, col, header_key, "", header_key, period, value, text, area,
                                  from_number, note, day, dims))
                else:
                    append((r + 1, col, row_key, id_text, name_text, period, value, text, area, from_number,
                                  note, day, dims))
    else:
        yc = layout.column(Role.YEAR)
        if layout.kind is LayoutKind.WIDE:
            value_cols2 = sorted(layout.periods.items())
            seen_period: dict[str, int] = {}
            for col, key in value_cols2:
                if key in seen_period and yc is None:
                    raise ActualsError.of(
                        msg("month_columns_same_period", first=column_letter(seen_period[key]),
                            second=column_letter(col), period=period_label(key)),
                        None,
                        sheet.name,
                        layout.header_row + 1,
                        hint="Kirjoita vuosi kuukausien yläpuolelle tai otsikkoon (esim. \u201dtammikuu 2026\u201d).",
                    )
                seen_period[key] = col
            implied = set(layout.year_source)
        else:
            vc = layout.column(Role.VALUE)
            if vc is None:
                raise ActualsError.of(msg("no_value_column"), None, sheet.name)
            vp = layout.value_period or (str(layout.default_year) if layout.default_year else None)
            if vp is None and yc is None:
                raise ActualsError.of(msg("value_year_unknown"), None, sheet.name)
            value_cols2 = [(vc, vp or "")]
            implied = {vc} if yc is not None and (vp is None or len(vp) == 4) else set()
        for r, row in _numbered_rows(rows, start):
            n = len(row)
            id_text = _cell_text(row[idc]) if idc is not None and idc < n else ""
            name_text = _cell_text(row[namec]) if namec is not None and namec < n else ""
            key = name_text or id_text
            if not key:
                continue
            if is_total(key):
                total_rows += 1
                continue
            area = _cell_text(row[munc]) if munc is not None and munc < n else ""
            if keep_area is not None:
                keep = area_ok.get(area)
                if keep is None:
                    keep = area_ok[area] = keep_area(area)
                if not keep:
                    if dropped_areas is not None:
                        dropped_areas[area] += 1
                    continue
            note = _cell_text(row[notec]) if notec is not None and notec < n else ""
            dims = dims_of(row, n)
            row_year = _row_year(row[yc], None) if yc is not None and yc < n else None
            got_values = 0
            for col, period in value_cols2:
                if col >= n:
                    continue
                value, text, from_number = cell_value(row[col])
                _refuse_non_finite(value, sheet, r + 1, col)
                if value is None and not text:
                    empty_values += 1
                    continue
                if row_year and col in implied:
                    period = f"{row_year:04d}{period[4:]}" if period else str(row_year)
                if not period:
                    skipped += 1
                    continue
                got_values += 1
                records.append((r + 1, col, key, id_text, name_text, period, value, text, area, from_number,
                                      note, "", dims))
            if not got_values and not is_note_row(key):
                skipped += 1
    if bad_periods:
        warnings.append(msg("periods_not_recognised", periods="; ".join(bad_periods)))
    if total_rows:
        warnings.append(msg("total_rows_skipped", count=total_rows))
    totals = [i for i, x in enumerate(roles) if x is Role.TOTAL]
    if totals and layout.kind is LayoutKind.WIDE:
        names = ", ".join(f"{column_letter(i)} (\u201d{layout.headers[i]}\u201d)" for i in totals if i < len(layout.headers))
        warnings.append(msg("total_column_left_out", columns=names))
    ignored = [i for i, x in enumerate(roles) if x in (Role.BASELINE, Role.TARGET)]
    if ignored:
        warnings.append(msg("baseline_target_columns_ignored", columns=", ".join(column_letter(i) for i in ignored)))
    if layout.kind is LayoutKind.WIDE and layout.year_source:
        sources = set(layout.year_source.values())
        if "header above" in sources:
            years = sorted({k[:4] for c, k in layout.periods.items() if layout.year_source.get(c) == "header above"})
            warnings.append(msg("month_year_from_header", years=", ".join(years)))
        if "sheet name" in sources:
            warnings.append(msg("month_year_from_sheet_name", sheet=sheet.name))
        if layout.year_assumed and yc is None:
            warnings.append(msg("month_year_assumed", year=layout.default_year))
    if empty_values:
        warnings.append(msg("empty_values_skipped", count=empty_values))
    return RecordList(records), warnings, skipped


def _rows_of_kept_areas(
    rows: Sequence[list], start: int, munc: int, pcol: int, vcols: list[int], keep_area: Callable[[str], bool],
    area_cache: dict[object, tuple[str, bool]], dropped_areas: Counter[str] | None,
) -> list[int]:
    """Indices of the rows whose area is kept, decided once per distinct area cell, in list comprehensions.

    A national PxWeb table has ~300 areas of which a programme keeps a handful:
    the row loop of extract_records then runs over the kept rows only. The rows
    of other areas are counted per area text into ``dropped_areas`` exactly as
    the loop would: a row with neither a period nor a value is not counted.
    """
    body = rows[start:]
    acol = _column(body, munc)
    bad: set[object] = set()
    for cell in set(acol):
        atext = _cell_text(cell)
        ok = keep_area(atext)
        area_cache[cell] = (atext, ok)
        if not ok:
            bad.add(cell)
    if not bad:
        return list(range(start, len(rows)))
    keep = [i for i, a in enumerate(acol, start) if a not in bad]
    if dropped_areas is not None:
        counts = Counter(acol)
        empty = ("", None)
        blank = [i for i, cell in enumerate(_column(body, pcol)) if cell == "" or cell is None]
        for i in blank:
            row, n = body[i], len(body[i])
            if acol[i] in bad and all(c >= n or row[c] in empty for c in vcols):
                counts[acol[i]] -= 1
        for cell, k in counts.items():  # in the order the areas first appear
            if k > 0 and cell in bad:
                dropped_areas[area_cache[cell][0]] += k
    return keep


def _numbered_rows(rows: Sequence[list], start: int, indices: list[int] | None = None) -> Iterator[tuple[int, list]]:
    """(index, row) of the rows at ``indices``, or of every row from ``start`` on, without a Python call per row.

    A CSV's :class:`~planner.followup.actuals.csv_reader.ColumnRows` makes lists of those rows only,
    a chunk at a time.
    """
    if isinstance(rows, ColumnRows):
        if indices is None:
            return enumerate(rows.iter_from(start), start)
        return zip(indices, rows.take(indices), strict=True)
    if indices is None:
        return enumerate(itertools.islice(rows, start, None), start)
    return zip(indices, map(rows.__getitem__, indices), strict=True)


def _rows_of_kept_areas_columns(
    rows: ColumnRows, start: int, munc: int, pcol: int, vcols: list[int], keep_area: Callable[[str], bool],
    area_cache: dict[object, tuple[str, bool]], dropped_areas: Counter[str] | None,
) -> list[int]:
    """:func:`_rows_of_kept_areas` for a CSV held as columns: the same rows and counts, with numpy and pandas.

    The area column is factorised (its distinct cells in the order they first appear, a code
    per row), each distinct cell decided once; the rows of other areas never become lists.
    """
    import numpy as np
    import pandas as pd

    acol = rows.column(munc, start)
    # A CSV's cells are strings, never missing: with the default sentinel pandas skips its pass
    # looking for missing values (0.02 s at 1,000,000 rows); a -1 would mean one was found.
    # ``size_hint``: a table of areas, not one sized for every row (pandas' default: 1,000,000 slots).
    codes, uniques = pd.factorize(acol, size_hint=1024)
    if len(codes) and codes.min() < 0:
        codes, uniques = pd.factorize(acol, use_na_sentinel=False, size_hint=1024)
    cells = uniques.tolist()
    bad_u = np.zeros(len(cells), dtype=bool)
    for k, cell in enumerate(cells):
        got = area_cache.get(cell)
        if got is None:
            atext = _cell_text(cell)
            got = area_cache[cell] = (atext, keep_area(atext))
        bad_u[k] = not got[1]
    if not bad_u.any():
        return list(range(start, len(rows)))
    bad_row = bad_u[codes]
    keep = (np.flatnonzero(~bad_row) + start).tolist()
    if dropped_areas is not None:
        # A row with neither a period nor a value is not counted. A CSV's cells are strings
        # (pandas with na_filter=False, never None): empty is "". Most files have a period on
        # every row, and then the value columns are not compared at all.
        blank = bad_row & _empty_cells(rows, pcol, start, len(codes))
        for c in vcols:
            if not blank.any():
                break
            blank &= _empty_cells(rows, c, start, len(codes))
        # every row of a left-out area is left out: its rows are counted per code, without a copy of them
        counts = np.bincount(codes, minlength=len(cells)) - np.bincount(codes[blank], minlength=len(cells))
        for k, cell in enumerate(cells):  # in the order the areas first appear
            if bad_u[k] and counts[k] > 0:
                dropped_areas[area_cache[cell][0]] += int(counts[k])
    return keep


def _empty_cells(rows: ColumnRows, col: int, start: int, n: int):
    """Which cells of a column (from row ``start`` on) are empty, as a numpy bool array of ``n``."""
    import numpy as np

    if col >= rows.width:  # beyond every row: empty, as the row loop reads it
        return np.ones(n, dtype=bool)
    return rows.is_empty(col, start)


def _area_filter(programme: Programme, layout: DetectedLayout, selections: dict[str, str] | None):
    """A test that leaves out rows of areas outside the programme early, or None when it cannot be told.

    Only with a list of municipalities and no choice made for the area column
    (a chosen value may be one that would otherwise be left out).
    """
    munc = layout.column(Role.MUNICIPALITY)
    if munc is None or not programme.municipalities:
        return None
    header = layout.headers[munc].strip().lower() if munc < len(layout.headers) else ""
    if selections and any(k.strip().lower() in (header, column_letter(munc).lower()) for k in selections):
        return None
    resolver = AreaResolver(programme.municipalities, programme.area)
    return lambda text: resolver.resolve(text)[0] != OTHER



# -- the whole step ---------------------------------------------------------------


@paused_gc()  # an import makes many small objects in no cycles; see gcpause for why
def prepare_import(
    programme: Programme,
    path: str | Path,
    sheet: str | None = None,
    layout: DetectedLayout | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
    sheets: list[RawSheet] | None = None,
    selections: dict[str, str] | None = None,
) -> ImportPlan:
    """Read ``path`` and match its rows; the programme is left as it is.

    ``layout`` overrides the detected header row and column roles (the wizard's
    adjustments); ``sheets`` reuses sheets already read; ``selections`` chooses
    the value of category columns by header or letter (``{"Sukupuoli": "Naiset"}``).
    """
    path = Path(path)

    def step(share: float, text: str) -> None:
        if cancelled and cancelled():
            raise Cancelled()
        if progress:
            progress(share, text)

    step(0.0, "Avataan tiedostoa")
    if sheets is None:
        sheets = read_sheets(path, sheet, progress=lambda s, t: step(s, t))
    step(0.5, "Tunnistetaan taulukon rakennetta")
    chosen: tuple[RawSheet, DetectedLayout] | None = None
    if layout is not None:
        match = [s for s in sheets if s.name == layout.sheet] or sheets[:1]
        decide_kind(layout)
        chosen = (match[0], layout)
    else:
        for sh in sheets:
            if sheet is not None and sh.name != sheet:
                continue
            det = detect_layout(sh, programme.year)
            if det is not None and (chosen is None or det.score > chosen[1].score):
                chosen = (sh, det)
    if chosen is None:
        if all(not any(any(c not in ("", None) for c in row) for row in sh.rows) for sh in sheets):
            raise ActualsError.of(msg("workbook_empty"), path, sheet, hint="Tarkista, että valitsit oikean tiedoston.")
        raise ActualsError.of(
            msg("no_header_row"),
            path,
            sheet if sheet else (sheets[0].name if len(sheets) == 1 else None),
            hint="Lisää otsikkorivi tai käytä mallipohjaa (planner actuals-template).",
        )
    raw, lay = chosen
    check_formulas(path, raw)  # formula cells saved without values are never read as empty
    if lay.kind is LayoutKind.LONG and (
        (lay.column(Role.PERIOD) is None and lay.column(Role.YEAR) is None)
        or (lay.column(Role.VALUE) is None and lay.column(Role.MEASURE) is None)
    ):
        raise ActualsError.of(msg("period_or_value_column_missing"), path, raw.name)
    if lay.column(Role.INDICATOR) is None and lay.column(Role.ID) is None and lay.column(Role.MEASURE) is None:
        raise ActualsError.of(msg("no_indicator_column"), path, raw.name, lay.header_row + 1)
    step(0.6, "Luetaan arvoja")
    dropped_areas: Counter[str] = Counter()
    keep_area = _area_filter(programme, lay, selections)
    try:
        records, warnings, skipped = extract_records(raw, lay, programme.municipalities, keep_area, dropped_areas)
        if keep_area is not None and not records and dropped_areas:
            # No row is the area or one of its municipalities: keep them all, so the user can say which is.
            dropped_areas.clear()
            records, warnings, skipped = extract_records(raw, lay, programme.municipalities)
    except ActualsError as exc:
        exc.path = str(path)
        raise
    if raw.truncated:
        warnings.insert(0, msg("sheet_truncated", total=raw.total_rows, read=len(raw.rows)))
    warnings.extend(msg("sheet_not_read", sheet=sh.name, reason=sh.refused) for sh in sheets if sh.refused)
    step(0.8, "Yhdistetään rivejä mittareihin")
    skey = source_key(path, raw.name)
    matcher = Matcher(programme, programme.source_mappings.get(skey))
    matches: dict[str, Match] = {}
    for key, i in records.first_index().items():  # per distinct row text, as its first row writes it
        rec = records.rows[i]
        matches[key] = matcher.match(rec[ID_TEXT], rec[NAME_TEXT])
    try:
        dimensions = analyse(raw, lay, records, programme.municipalities, programme.area, selections,
                             dict(dropped_areas))
    except SelectionError as exc:
        raise ActualsError.of(exc.message, path, raw.name, hint="Tarkista valinta (--select SARAKE=ARVO).") from exc
    if not records:
        warnings.append(msg("no_values_found"))
    step(1.0, "Valmis")
    return ImportPlan(
        path=path,
        sheet=raw,
        layout=lay,
        sheet_names=[s.name for s in sheets],
        records=records,
        matches=matches,
        source_key=skey,
        warnings=warnings,
        skipped_rows=skipped,
        programme_year=programme.year,
        indicators=dict(matcher.indicators),
        dimensions=dimensions,
        dropped_areas=dict(dropped_areas),
    )
