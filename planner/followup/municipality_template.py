"""The actuals template per municipality, in two shapes the importer reads.

- **wide**: one row per indicator and municipality, the twelve months as columns
  (``Tunnus | Painopisteen tavoite | Mittari | Kunta | Yksikkö | tammikuu 2026 ...``);
- **long**: one row per indicator, municipality and month
  (``Tunnus | Mittari | Kunta | Kuukausi | Arvo``).

Each indicator gets a row per member municipality and one "Koko alue" row. Counts
are summed from the municipalities, so their area row can stay empty; percentages,
ratios and averages cannot be summed, so the area's own figure goes on the
"Koko alue" row (the importer reads "Koko alue" as the whole area).
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from planner.model import Direction, Programme
from planner.values import MONTHS_FI

AREA_ROW = "Koko alue"
INSTRUCTIONS = (
    "Täytä kuntien luvut. Lukumäärät lasketaan alueelle kunnista yhteen; prosentit, suhdeluvut ja keskiarvot "
    "kirjoitetaan myös riville \u201dKoko alue\u201d, koska niitä ei voi laskea yhteen."
)


def template_rows(programme: Programme) -> list[tuple[str, str, str, str, str, bool, bool]]:
    """(id, focus area, indicator, municipality, unit, milestone, additive) for every row of the template."""
    from planner.followup.progress import is_additive

    rows = []
    for _theme, fa, ind in programme.indicators():
        milestone = ind.effective_direction is Direction.MILESTONE
        additive = is_additive(ind) and not milestone
        for muni in [*programme.municipalities, AREA_ROW]:
            rows.append((ind.id, fa.title, ind.name, muni, ind.effective_unit, milestone, additive))
    return rows


def write_municipality_template(programme: Programme, out: str | Path, long: bool = False) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    from planner.storage.atomic import atomic_write
    from planner.textsafe import excel_text

    year = programme.year or date.today().year
    wb = Workbook()
    ws = wb.active
    ws.title = f"Kunnittain {year}"
    months = [f"{m} {year}" for m in MONTHS_FI]
    if long:
        headers = ["Tunnus", "Mittari", "Kunta", "Kuukausi", "Arvo"]
    else:
        headers = ["Tunnus", "Painopisteen tavoite", "Mittari", "Kunta", "Yksikkö", *months]
    ws.append(headers)
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDE7F0")
    area_fill = PatternFill("solid", fgColor="F3F3F3")
    for cell in ws[1]:
        cell.font = bold
        cell.fill = fill
        cell.alignment = Alignment(wrap_text=True, vertical="top")
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
    for iid, fa_title, name, muni, unit, milestone, _additive in template_rows(programme):
        if long:
            for month in months:
                r += 1
                ws.append([excel_text(iid), excel_text(name), excel_text(muni), month, None])
                (milestone_dv if milestone else number_dv).add(f"E{r}")
                if muni == AREA_ROW:
                    for c in range(1, 6):
                        ws.cell(row=r, column=c).fill = area_fill
        else:
            r += 1
            ws.append([excel_text(iid), excel_text(fa_title), excel_text(name), excel_text(muni), excel_text(unit)])
            first = len(headers) - 11
            rng = f"{get_column_letter(first)}{r}:{get_column_letter(first + 11)}{r}"
            (milestone_dv if milestone else number_dv).add(rng)
            if muni == AREA_ROW:
                for c in range(1, len(headers) + 1):
                    ws.cell(row=r, column=c).fill = area_fill
    widths = [10, 48, 16, 18, 12] if long else [10, 30, 44, 18, 10] + [11] * 12
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = ws.cell(row=2, column=5 if long else 6)
    info = wb.create_sheet("Ohje")
    info.append([INSTRUCTIONS])
    info.column_dimensions["A"].width = 110
    info["A1"].alignment = Alignment(wrap_text=True)
    buf = io.BytesIO()
    wb.save(buf)
    atomic_write(Path(out), buf.getvalue())
