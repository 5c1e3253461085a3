"""The import's field-at-a-time paths give exactly what the row loops give, and leave every odd case to them.

``column_records.measure_records`` (a CSV's long table with measure columns, taken column by
column) and ``combine._plain_values`` (one value per key, nothing to decide) are shortcuts for
the common large file. Each is compared here with its loop (the shortcut switched off) on the
shapes areas load, and on files where the shortcut must step aside: a period not understood,
an empty period, a number too large, duplicates, daily rows, percent cells, categories.
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.example import load_example
from planner.followup.actuals import ActualsError, column_records, combine, importer
from planner.followup.actuals.importer import prepare_import
from planner.wording_fi import word
from tests.planner import actuals_shapes as S
from tests.planner.test_actuals_csv_columns import _write_pxweb


def _result(path):
    """Everything a user sees of an import: values in order, notes, conflicts, counts; or the refusal's text."""
    try:
        plan = prepare_import(load_example(), path)
    except ActualsError as exc:
        return ("refused", str(exc))
    built = plan.build(imported_at="2026-07-01T00:00:00", as_of=date(2026, 6, 30))
    return ([(v.indicator_id, v.period, v.municipality, v.value, v.text) for v in built.imp.values],
            [word(w) for w in built.warnings], [c.describe() for c in built.conflicts], plan.dropped_areas,
            plan.skipped_rows, built.rows_used, built.rows_by_indicator, plan.unmatched_rows(),
            [(r.row, r.col, r.key, r.period, r.value, r.text, r.municipality, r.day) for r in plan.records])


def _both(path, monkeypatch):
    """(result with the shortcuts, result with the loops only, which shortcuts answered)."""
    answered: list[str] = []

    def spy(name, real):
        def call(*args, **kwargs):
            got = real(*args, **kwargs)
            if got is not None:
                answered.append(name)
            return got
        return call

    with monkeypatch.context() as m:
        m.setattr(importer, "measure_records", spy("columns", column_records.measure_records))
        m.setattr(combine, "_plain_values", spy("combine", combine._plain_values))
        fast = _result(path)
    with monkeypatch.context() as m:
        m.setattr(importer, "measure_records", lambda *a, **k: None)
        m.setattr(combine, "_plain_values", lambda *a, **k: None)
        slow = _result(path)
    return fast, slow, set(answered)


def test_national_table_the_same_both_ways_and_the_shortcuts_used(tmp_path, monkeypatch):
    path = tmp_path / "px.csv"
    _write_pxweb(path, load_example())
    fast, slow, answered = _both(path, monkeypatch)
    assert fast == slow
    assert answered == {"columns", "combine"}
    values, warnings = fast[0], fast[1]
    assert len(values) > 50 and any("jätettiin pois" in w for w in warnings)
    assert any("tyhjää tai puuttuvaa arvoa" in w for w in warnings)  # the ".." cells counted, as before


@pytest.mark.parametrize("odd", [
    '"KU182 Jämsä";"2026X13";5;6',  # a period not understood: the loop names the row
    '"KU182 Jämsä";"";7;8',  # an empty period with values
    '"KU182 Jämsä";"2026M07";' + "9" * 400 + ';1',  # a number too large: refused with its cell named
    '"KU182 Jämsä";"2026M01";1;2',  # a second January for Jämsä: a conflict
])
def test_odd_rows_left_to_the_loops(tmp_path, monkeypatch, odd):
    path = tmp_path / "px.csv"
    _write_pxweb(path, load_example(), extra=[odd])
    fast, slow, answered = _both(path, monkeypatch)
    assert fast == slow
    if "2026M01" in odd:  # every row plain, two values for one key: the columns' shortcut, then combine's loop
        assert answered == {"columns"} and fast[2]
    else:
        assert "columns" not in answered


@pytest.mark.parametrize("shape", ["pxweb_pivot", "pxweb_long", "sotkanet", "merged_year", "long_by_municipality",
                                   "daily_rows", "percent_cells", "milestone"])
def test_shapes_the_same_both_ways(tmp_path, monkeypatch, shape):
    ext = ".csv" if shape in ("pxweb_pivot", "pxweb_long", "sotkanet") else ".xlsx"
    path = tmp_path / f"s{ext}"
    if shape in ("percent_cells", "milestone"):
        from openpyxl import Workbook

        wb = Workbook()
        ws = wb.active
        ws.append(["Mittari", "Kuukausi", "Toteuma"])
        for m in range(1, 4):
            ws.append([S.PLANS, f"{m}/2026", 0.8 + m / 100])  # 0,81 written as a percent-formatted number
            ws.append([S.PLANS, f"{m}/2025", 0])  # 0 is not scaled
            ws.append([S.WIDE_UNEMPLOYED, f"{m}/2026", 4300 - m])
            if shape == "milestone":
                ws.append(["Palvelutarvearvion yhtenäinen toimintamalli", f"{m}/2026",
                           {1: 0, 2: "kesken?", 3: "valmis"}[m]])
        wb.save(path)
    else:
        {"pxweb_pivot": lambda: S.pxweb_pivot(path),
         "pxweb_long": lambda: S.pxweb_long(path, missing_latest="Jämsä"),
         "sotkanet": lambda: S.sotkanet_by_municipality_and_sex(path),
         "merged_year": lambda: S.merged_year_workbook(path),
         "long_by_municipality": lambda: S.long_by_municipality(path, missing={6: ["Joutsa"]}),
         "daily_rows": lambda: S.daily_rows(path)}[shape]()
    fast, slow, answered = _both(path, monkeypatch)
    assert fast == slow
    assert fast[0] or fast[0] == "refused"
    if shape in ("daily_rows", "sotkanet"):
        assert "combine" not in answered  # several rows per month, a category chosen
    if shape == "milestone":  # read as the loop reads it: "valmis" is done, 0 not yet, "kesken?" not read
        assert answered == {"combine"} and any(w.startswith("1 virstanpylväsmittarin arvoa ei tunnistettu") for w in fast[1])
    if shape == "percent_cells":  # scaled by the shortcut as by the loop, and said
        assert answered == {"combine"} and any("prosent" in w.lower() for w in fast[1])
        assert {v for i, p, _m, v, _t in fast[0] if p.startswith("2026-0") and v < 100} >= {81.0, 82.0, 83.0}
    if shape == "pxweb_long":
        assert answered == {"columns", "combine"}


def test_pxweb_month_shortcut_reads_as_the_general_path(monkeypatch):
    """2026M03 is read by a shortcut; every cell gives the same period with it as without it."""
    import re

    from planner.followup.actuals import layout

    cells = ["2026M03", "2026M13", "2026M00", "1999M12", "2026m03", "2026M3", " 2026M03", "２０２６M03", "2026M０3",
             "2026-03", "3/2026", "maaliskuu 2026", "2026"]
    fast = [layout.period_key(c, 2026) for c in cells]
    monkeypatch.setattr(layout, "_PXWEB_MONTH_RE", re.compile(r"(?!)"))  # never matches: the general path only
    assert fast == [layout.period_key(c, 2026) for c in cells]
    assert fast[:4] == ["2026-03", None, None, "1999-12"]
