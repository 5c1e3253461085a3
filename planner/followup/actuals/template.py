"""The Excel template for actuals: one row per indicator, one column per month.

The same function serves ``planner actuals-template`` (planner.cli.actuals) and the
GUI's Seuranta > Luo toteumapohja (desktop.programme.actuals.template).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from planner.model import Programme
from planner.values import MONTHS_FI

TEMPLATE_LAYOUTS = ("indicators", "municipalities-wide", "municipalities-long")


def write_template(programme: Programme, out: str | Path, layout: str = "indicators") -> None:
    """One row per indicator, one column per month of the programme year, frozen header, validation.

    ``layout`` "municipalities-wide" / "municipalities-long": per municipality
    (planner.followup.municipality_template).
    """
    if layout != "indicators":
        from planner.followup.municipality_template import write_municipality_template

        write_municipality_template(programme, out, long=layout == "municipalities-long")
        return
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    from planner.model import Direction
    from planner.storage.atomic import atomic_write
    from planner.textsafe import excel_text

    year = programme.year or date.today().year
    wb = Workbook()
    ws = wb.active
    ws.title = f"Toteumat {year}"
    headers = ["Tunnus", "Painopisteen tavoite", "Mittari", "Yksikkö", "Lähtöarvo", "Tavoite"]
    months = [f"{m} {year}" for m in MONTHS_FI]
    ws.append(headers + months)
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDE7F0")
    for cell in ws[1]:
        cell.font = bold
        cell.fill = fill
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    first_month = len(headers) + 1
    last_col = get_column_letter(first_month + 11)
    number_dv = DataValidation(
        type="decimal", operator="between", formula1="-1000000000", formula2="1000000000", allow_blank=True,
        showErrorMessage=True, errorTitle="Ei luku", error="Kirjoita luku, esim. 1234 tai 12,5.",
    )
    milestone_dv = DataValidation(
        type="list", formula1='"valmis,kesken"', allow_blank=True, showErrorMessage=True,
        errorTitle="Valitse", error="Valitse valmis tai kesken.",
    )
    ws.add_data_validation(number_dv)
    ws.add_data_validation(milestone_dv)
    r = 1
    for _theme, fa, ind in programme.indicators():
        r += 1
        ws.append([excel_text(ind.id), excel_text(fa.title), excel_text(ind.name), excel_text(ind.effective_unit),
                   excel_text(ind.baseline), excel_text(ind.target)])
        rng = f"{get_column_letter(first_month)}{r}:{last_col}{r}"
        if ind.effective_direction is Direction.MILESTONE:
            milestone_dv.add(rng)
        else:
            number_dv.add(rng)
        for c in range(1, len(headers) + 1):
            ws.cell(row=r, column=c).alignment = Alignment(wrap_text=True, vertical="top")
    widths = [16, 34, 48, 10, 22, 22] + [11] * 12
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = ws.cell(row=2, column=first_month)
    import io

    buf = io.BytesIO()
    wb.save(buf)
    atomic_write(Path(out), buf.getvalue())
