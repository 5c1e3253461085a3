"""The register's extra sheets: each municipality beside the area, and the year-end outlook.

Sheet "Kunnittain": one row per indicator with municipality values, the area's value
and each municipality's. Sheet "Ennuste": one row per indicator with monthly data,
the outlook, its range, the method and the status on the outlook.
"""

from __future__ import annotations

from typing import Any

from planner.model import Programme

SHEETS = {"fi": ("Kunnittain", "Ennuste"), "sv": ("Per kommun", "Prognos"), "en": ("By municipality", "Outlook")}
OUTLOOK_HEADERS = {
    "fi": ["Tunnus", "Mittari", "Toteuma", "Ennuste vuoden lopussa", "Alaraja", "Yläraja", "Tavoite",
           "Tila ennusteen mukaan", "Menetelmä"],
    "sv": ["Id", "Mätare", "Utfall", "Prognos vid årets slut", "Nedre gräns", "Övre gräns", "Mål",
           "Status enligt prognos", "Metod"],
    "en": ["Id", "Indicator", "Actual", "Year-end outlook", "Low", "High", "Target", "Status on the outlook",
           "Method"],
}


def add_municipal_sheets(wb: Any, programme: Programme, results: list[Any], lang: str) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    from planner.followup.municipalities import municipality_names
    from planner.followup.outlook import outlook_status_label
    from planner.reports.municipal_parts import AREA_WORD, outlooks_for
    from planner.reports.xlsx_cells import set_number, set_text

    head_font = Font(bold=True, color="FFFFFF")
    head_fill = PatternFill("solid", fgColor="1F3B5A")

    def header(ws: Any, names: list[str], widths: list[int]) -> None:
        for col, name in enumerate(names, start=1):
            c = ws.cell(row=1, column=col)
            set_text(c, name)
            c.font = head_font
            c.fill = head_fill
            c.alignment = Alignment(vertical="center", wrap_text=True)
            ws.column_dimensions[get_column_letter(col)].width = widths[col - 1]
        ws.freeze_panes = "C2"

    names = municipality_names(programme)
    with_munis = [r for r in results if r.per_municipality]
    if with_munis:
        ws = wb.create_sheet(SHEETS[lang][0])
        cols = ["Tunnus" if lang == "fi" else "Id", OUTLOOK_HEADERS[lang][1], AREA_WORD[lang], *names]
        header(ws, cols, [10, 45, 12] + [13] * len(names))
        for i, r in enumerate(with_munis, start=2):
            set_text(ws.cell(row=i, column=1), r.indicator.id)
            set_text(ws.cell(row=i, column=2), r.indicator.name)
            set_number(ws.cell(row=i, column=3), r.actual)
            for j, n in enumerate(names, start=4):
                set_number(ws.cell(row=i, column=j), r.per_municipality.get(n))
    outlooks = outlooks_for(programme, results)
    if outlooks:
        ws = wb.create_sheet(SHEETS[lang][1])
        header(ws, OUTLOOK_HEADERS[lang], [10, 45, 12, 14, 12, 12, 12, 30, 70])
        row = 2
        for r in results:
            o = outlooks.get(r.indicator.id)
            if o is None:
                continue
            set_text(ws.cell(row=row, column=1), r.indicator.id)
            set_text(ws.cell(row=row, column=2), r.indicator.name)
            set_number(ws.cell(row=row, column=3), r.actual)
            for col, x in ((4, o.value), (5, o.low), (6, o.high)):
                set_number(ws.cell(row=row, column=col), round(x, 2))
            set_number(ws.cell(row=row, column=7), r.indicator.target_value.number)
            set_text(ws.cell(row=row, column=8), outlook_status_label(o.status, lang))
            set_text(ws.cell(row=row, column=9), o.method_text_in(lang))
            row += 1
