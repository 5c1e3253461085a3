"""A CSV held as pandas' chunks (csv_reader.ColumnRows) imports exactly as the same rows held as lists.

The import's area filter works on the chunks' columns (numpy, pandas.factorize) and makes
lists of the kept rows only; these tests put chunk boundaries inside a month's rows and
duplicates and conflicts in different chunks, and compare every figure, note and refusal
with the plain-list path (the one every other test and the wizard's child process use).
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.example import load_example
from planner.followup.actuals import ActualsError, csv_reader
from planner.followup.actuals.csv_reader import ColumnRows
from planner.followup.actuals.importer import prepare_import
from planner.followup.actuals.municipality_codes import MUNICIPALITY_BY_CODE
from planner.followup.actuals.readers import RawSheet, read_csv
from planner.wording_fi import word

MEASURES = ("Laajan työttömyyden määrä", "Pitkäaikaistyöttömien ja rinnasteisesti pitkäaikaistyöttömien määrä")


def _areas(programme) -> list[str]:
    """The whole country, the programme's municipalities as "KU182 Jämsä" and a few others, interleaved."""
    by_name = {name: code for code, name in MUNICIPALITY_BY_CODE.items()}
    ours = [f"KU{by_name[m]} {m}" for m in programme.municipalities]
    others = [f"KU{code} {name}" for code, name in list(MUNICIPALITY_BY_CODE.items())[:12]
              if name not in programme.municipalities][:6]
    out = ["KOKO MAA"]
    for i, area in enumerate(ours):
        out.append(area)
        if i < len(others):
            out.append(others[i])
    return out


def _write_pxweb(path, programme, extra: list[str] = ()) -> None:
    lines = ['"Laaja työttömyys kuukausittain"', "", '"Alue";"Kuukausi";' + ";".join(f'"{m}"' for m in MEASURES)]
    i = 0
    for month in range(1, 7):
        for area in _areas(programme):
            i += 1
            value = ".." if i % 17 == 0 else str((i * 7) % 500)
            lines.append(f'"{area}";"2026M{month:02d}";{value};{(i * 3) % 200}')
    lines += list(extra)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _both_ways(path, monkeypatch, chunk_rows: int):
    """(plan from ColumnRows, plan from the same rows as lists), chunks of ``chunk_rows`` rows."""
    monkeypatch.setattr(csv_reader, "CHUNK_ROWS", chunk_rows)
    sheet = read_csv(path)
    assert isinstance(sheet.rows, ColumnRows)
    listed = RawSheet(sheet.name, [list(r) for r in sheet.rows], total_rows=sheet.total_rows)
    return (prepare_import(load_example(), path, sheets=[sheet]),
            prepare_import(load_example(), path, sheets=[listed]))


def _summary(plan):
    built = plan.build(imported_at="2026-07-01T00:00:00", as_of=date(2026, 6, 30))
    values = sorted((v.indicator_id, v.period, v.municipality, v.value, v.text) for v in built.imp.values)
    return (values, [word(w) for w in built.warnings], [c.describe() for c in built.conflicts], plan.dropped_areas,
            plan.skipped_rows, built.rows_used, built.rows_by_indicator, plan.unmatched_rows())


def test_column_rows_read_like_lists_at_every_chunk_boundary(tmp_path, monkeypatch):
    monkeypatch.setattr(csv_reader, "CHUNK_ROWS", 4)
    path = tmp_path / "t.csv"
    lines = ["Mittari;Kunta;Kuukausi;Toteuma"] + [f"M{i % 3};Jämsä;{i % 12 + 1}/2026;{i}" for i in range(18)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    rows = read_csv(path).rows
    assert isinstance(rows, ColumnRows)
    expected = [line.split(";") for line in lines]
    assert len(rows) == len(expected) and list(rows) == expected and rows == expected
    assert [rows[i] for i in range(-len(expected), len(expected))] == expected + expected
    for a, b, step in ((0, 19, 1), (3, 9, 1), (4, 8, 1), (5, 5, 1), (2, 17, 3), (None, None, -1), (-6, None, 1)):
        assert rows[a:b:step] == expected[a:b:step]
    assert list(rows.iter_from(7)) == expected[7:]
    assert rows.take([0, 3, 4, 11, 18]) == [expected[i] for i in (0, 3, 4, 11, 18)]
    assert rows.column(3, 5).tolist() == [r[3] for r in expected[5:]]
    with pytest.raises(IndexError):
        rows[len(expected)]


@pytest.mark.parametrize("chunk_rows", [5, 7, 16, 1000])
def test_national_table_in_chunks_imports_as_the_list_rows(tmp_path, monkeypatch, chunk_rows):
    path = tmp_path / "px.csv"
    prog = load_example()
    # A row of another area without period or values (not counted as left out) in a later chunk.
    _write_pxweb(path, prog, extra=['"KU005 Alajärvi";"";"";""'])
    columns, lists = _both_ways(path, monkeypatch, chunk_rows)
    got = _summary(columns)
    assert got == _summary(lists)
    values, warnings, conflicts, dropped, *_ = got
    assert not conflicts and values
    assert {m for _i, _p, m, _v, _t in values} == set(prog.municipalities)
    assert dropped["KOKO MAA"] == 6 and dropped["KU005 Alajärvi"] == 6  # the blank row is not counted
    assert any("jätettiin pois" in w and "KOKO MAA" in w for w in warnings)


def test_duplicate_rows_in_different_chunks_are_stored_once_and_said(tmp_path, monkeypatch):
    path = tmp_path / "px.csv"
    prog = load_example()
    _write_pxweb(path, prog)
    first_row = path.read_text(encoding="utf-8").splitlines()[4]  # the first municipality's January, chunk 1
    _write_pxweb(path, prog, extra=[first_row])
    columns, lists = _both_ways(path, monkeypatch, 6)
    got = _summary(columns)
    assert got == _summary(lists)
    values, warnings, conflicts, *_ = got
    assert not conflicts
    assert any(w.startswith("2 riviä toisti saman arvon") for w in warnings)  # both measures of the row
    assert len(values) == len(set((i, p, m) for i, p, m, _v, _t in values))


def test_conflicting_rows_in_different_chunks_stop_the_import_naming_both_cells(tmp_path, monkeypatch):
    path = tmp_path / "px.csv"
    prog = load_example()
    _write_pxweb(path, prog)
    area, month, *_ = path.read_text(encoding="utf-8").splitlines()[4].split(";")
    _write_pxweb(path, prog, extra=[f"{area};{month};99999;1"])
    columns, lists = _both_ways(path, monkeypatch, 6)
    got = _summary(columns)
    assert got == _summary(lists)
    assert got[2] and "99" in got[2][0]
    from planner.cli.actuals import run_import

    with pytest.raises(ActualsError) as a:
        monkeypatch.setattr(csv_reader, "CHUNK_ROWS", 6)
        run_import(load_example(), path, as_of=date(2026, 6, 30))
    assert "99" in str(a.value)


@pytest.mark.parametrize("shape", ["sotkanet", "sotkanet_no_area_row", "sotkanet_no_total", "pxweb_pivot", "pxweb_long"])
def test_statistics_csv_shapes_in_chunks_import_as_the_list_rows(tmp_path, monkeypatch, shape):
    """Category columns (Sukupuoli), the area's own row, a question still open, wide months: the same either way."""
    from tests.planner import actuals_shapes as S

    path = tmp_path / "s.csv"
    {"sotkanet": lambda: S.sotkanet_by_municipality_and_sex(path),
     "sotkanet_no_area_row": lambda: S.sotkanet_by_municipality_and_sex(path, area_row=False),
     "sotkanet_no_total": lambda: S.sotkanet_by_municipality_and_sex(path, with_total=False),
     "pxweb_pivot": lambda: S.pxweb_pivot(path),
     "pxweb_long": lambda: S.pxweb_long(path)}[shape]()
    columns, lists = _both_ways(path, monkeypatch, 4)
    assert _summary(columns) == _summary(lists)
    assert [q.question() for q in columns.open_questions()] == [q.question() for q in lists.open_questions()]
    assert bool(columns.open_questions()) == (shape == "sotkanet_no_total")
