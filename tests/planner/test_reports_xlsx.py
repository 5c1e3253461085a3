"""The Excel indicator register read back."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest

from planner.example import load_example
from planner.followup.progress import STATUS_LABEL_FI, compare_programme
from planner.reports.export import export
from planner.reports.xlsx_register import AGGREGATION_FI, COLUMNS, DIRECTION_FI
from tests.planner.report_fixtures import with_demo_actuals


def test_register_matches_the_programme(tmp_path):
    p = load_example()
    out = tmp_path / "rekisteri.xlsx"
    export(p, "xlsx", "programme", out)
    ws = openpyxl.load_workbook(out).active
    rows = list(ws.iter_rows(values_only=True))
    assert list(rows[0]) == ["Tunnus", *COLUMNS["fi"]]
    items = list(p.indicators())
    assert len(rows) == len(items) + 1
    for (theme, fa, ind), full in zip(items, rows[1:], strict=True):
        assert full[0] == ind.id
        row = full[1:]
        assert row[0] == theme.title
        assert row[1] == fa.title
        assert row[2] == ind.level
        assert row[3] == ind.name
        assert (row[4] or "") == ind.baseline
        assert row[5] == ind.baseline_value.number
        assert (row[6] or "") == ind.target
        assert row[7] == ind.target_value.number
        assert (row[8] or "") == ind.effective_unit
        assert row[9] == DIRECTION_FI[ind.effective_direction]
        assert row[10] == AGGREGATION_FI[ind.aggregation]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:R{len(items) + 1}"
    assert ws.column_dimensions["E"].width >= 40


def test_number_formats_show_finnish_separators(tmp_path):
    p = load_example()
    out = tmp_path / "r.xlsx"
    export(p, "xlsx", "programme", out)
    ws = openpyxl.load_workbook(out).active
    formats = {}
    for row in ws.iter_rows(min_row=2):
        for cell in (row[6], row[8]):
            if isinstance(cell.value, (int, float)):
                formats[cell.value] = cell.number_format
    assert formats[4301] == "#,##0"  # shown 4 301 in a Finnish Excel
    assert formats[69.9] == "#,##0.0#"  # shown 69,9
    assert formats[3.82] == "#,##0.0#"


@pytest.mark.parametrize("report", ["programme", "follow-up"])
def test_register_with_actuals_has_status_columns(tmp_path, report):
    p = with_demo_actuals(load_example())
    out = tmp_path / "r.xlsx"
    export(p, "xlsx", report, out, as_of=date(2026, 7, 10))
    ws = openpyxl.load_workbook(out).active
    rows = list(ws.iter_rows(values_only=True))
    rows = [row[1:] for row in rows]  # the ID column first
    assert rows[0][17:] == ("Toteuma", "Toteuma (teksti)", "Tilanne", "Edistyminen", "Tila", "Huomio")
    results = compare_programme(p, date(2026, 7, 10))
    for r, row in zip(results, rows[1:], strict=True):
        assert row[3] == r.indicator.name
        assert row[17] == (pytest.approx(r.actual) if r.actual is not None else None)
        assert row[21] == STATUS_LABEL_FI[r.status]
        if r.progress is not None:
            assert row[20] == pytest.approx(r.progress)
    progress_cells = [row[21] for row in ws.iter_rows(min_row=2) if row[21].value is not None]
    assert progress_cells and all(c.number_format == "0 %" for c in progress_cells)


def test_ids_row_heights_formula_text_and_print_width(tmp_path):
    from planner.reports.xlsx_cells import wrapped_lines

    p = load_example()
    _t, _fa, first = next(iter(p.indicators()))
    first.name = "=SUM(A1:A9) " + "pitkä mittarin nimi " * 12
    first.source = "+358 40 123 4567"
    first.owner = "@kirjaamo"
    out = tmp_path / "r.xlsx"
    export(p, "xlsx", "programme", out)
    ws = openpyxl.load_workbook(out).active
    ids = [row[0].value for row in ws.iter_rows(min_row=2)]
    assert ids == [ind.id for _t, _f, ind in p.indicators()] and all(ids)
    name_cell = ws.cell(row=2, column=5)
    assert name_cell.value == first.name and name_cell.data_type == "s" and name_cell.quotePrefix
    assert ws.cell(row=2, column=13).quotePrefix and ws.cell(row=2, column=14).quotePrefix
    assert not ws.cell(row=3, column=5).quotePrefix  # ordinary text is left alone
    # Every data row has a height that fits its longest wrapped cell.
    lines = wrapped_lines(first.name, 45)
    assert lines >= 5 and ws.row_dimensions[2].height >= 15 * lines
    assert all(ws.row_dimensions[r].height for r in range(2, ws.max_row + 1))
    assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.page_setup.orientation == "landscape"
