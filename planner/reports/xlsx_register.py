"""The indicator register as Excel (.xlsx): one row per indicator.

Number formats are stored the way the file format requires, locale-independent:
``#,##0`` and ``#,##0.0#`` ("," = thousands separator, "." = decimal point in the
*format code*). Excel shows them with the separators of the user's locale, so in a
Finnish Excel they read ``1 468`` and ``69,9`` (space for thousands, decimal comma).
Progress uses ``0 %``, which a Finnish Excel shows as ``45 %``.

User text always goes in as a string cell: openpyxl would take any text beginning
with ``=`` as a formula, so the data type is forced to string (``"=SUM(A1)"`` stays
visible text and is never calculated). Text that *looks* like a formula (starts with
``= + - @``) also gets the cell style's ``quotePrefix``: Excel and LibreOffice show it
with a leading apostrophe in the formula bar and keep it text when the sheet is edited
or saved again.

The first column is the indicator's ID (the key the actuals import matches on).
Wrapped cells get a row height from their text length, so LibreOffice and print
show every line (Excel does not grow a row whose height a file leaves unset on
open); the page setup prints the sheet one page wide, landscape, header row repeated.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from planner import wording_fi
from planner.indicator_fields import REGISTER_COLUMNS, Export, IndicatorField
from planner.model import Aggregation, Direction, Indicator, Programme
from planner.reports.common import ProgressFn, call_progress, document_title, labels, language_of, status_label
from planner.reports.xlsx_cells import (
    PERCENT_FORMAT,
    set_date,
    set_number,
    set_text,
    wrapped_lines,
)
from planner.storage.export_target import write_zip_document
from planner.textsafe import excel_text
from planner.values import parse_value

DIRECTION_FI = {Direction(k): v for k, v in wording_fi.DIRECTION.items()}  # worded in planner/wording_fi.py
AGGREGATION_FI = {Aggregation(k): v for k, v in wording_fi.AGGREGATION.items()}  # worded in planner/wording_fi.py
DIRECTION_OTHER = {
    "sv": {"increase": "Ökar", "decrease": "Minskar", "maintain": "Bibehålls", "milestone": "Delmål"},
    "en": {"increase": "Increase", "decrease": "Decrease", "maintain": "Maintain", "milestone": "Milestone"},
}
AGGREGATION_OTHER = {
    "sv": {"sum": "Summa", "latest": "Senaste", "mean": "Medelvärde", "max": "Största"},
    "en": {"sum": "Sum", "latest": "Latest", "mean": "Mean", "max": "Maximum"},
}

ID_COLUMN = {"fi": "Tunnus", "sv": "ID", "en": "ID"}
# After the ID, the indicator's own columns come from planner.indicator_fields (REGISTER_COLUMNS); around
# them, where the indicator stands (theme, focus area) and what it is linked to (spearheads, target groups).
_LANGS = ("fi", "sv", "en")
BEFORE = {"fi": ["Painopiste", "Tavoite"], "sv": ["Prioritering", "Mål"], "en": ["Theme", "Focus area"]}
AFTER = {"fi": ["Kärjet", "Kohderyhmät"], "sv": ["Spetsar", "Målgrupper"], "en": ["Spearheads", "Target groups"]}
BEFORE_WIDTHS, AFTER_WIDTHS = [28, 30], [28, 28]
COLUMNS = {lang: [*BEFORE[lang], *(f.register[i] for f in REGISTER_COLUMNS if f.register), *AFTER[lang]]
           for i, lang in enumerate(_LANGS)}
ACTUAL_COLUMNS = {
    "fi": ["Toteuma", "Toteuma (teksti)", "Tilanne", "Edistyminen", "Tila", "Huomio"],
    "sv": ["Utfall", "Utfall (text)", "Läge", "Framsteg", "Status", "Anmärkning"],
    "en": ["Actual", "Actual (text)", "Period", "Progress", "Status", "Note"],
}
WIDTHS = [*BEFORE_WIDTHS, *(f.register_width for f in REGISTER_COLUMNS), *AFTER_WIDTHS]
ID_WIDTH = 10
LINE_HEIGHT_PT = 15  # one line of 11 pt Calibri
# Columns (of COLUMNS, 1-based) whose text wraps: theme, focus area, the fields marked ``wrap``, the tags.
WRAPPED = (1, 2, *(3 + i for i, f in enumerate(REGISTER_COLUMNS) if f.wrap),
           3 + len(REGISTER_COLUMNS), 4 + len(REGISTER_COLUMNS))
ACTUAL_WIDTHS = [12, 22, 10, 12, 12, 40]
SHEET_NAME = {"fi": "Mittarirekisteri", "sv": "Mätarregister", "en": "Indicator register"}

@dataclass(frozen=True)
class _Number:
    value: float | None


@dataclass(frozen=True)
class _Date:
    iso: str


def _field_cell(f: IndicatorField, ind: Indicator, lang: str) -> object:
    """The register cell of one indicator field: text, or a number or date to write as such."""
    if f.export is Export.NUMBER:
        return _Number(parse_value(getattr(ind, f.reads)).number)
    if f.export is Export.DATE:
        return _Date(getattr(ind, f.name))
    if f.export is Export.UNIT:
        return ind.effective_unit
    if f.export is Export.DIRECTION:
        d = ind.effective_direction
        return DIRECTION_OTHER[lang][d.value] if lang in DIRECTION_OTHER else DIRECTION_FI[d]
    if f.export is Export.AGGREGATION:
        a = ind.aggregation
        return AGGREGATION_OTHER[lang][a.value] if lang in AGGREGATION_OTHER else AGGREGATION_FI[a]
    if f.export is Export.FREQUENCY:
        from planner.catalogue import frequency_label

        return frequency_label(ind.frequency, lang)
    return getattr(ind, f.name)


def export_register_xlsx(programme: Programme, out_path: str | Path, progress: ProgressFn | None = None,
                         results: list[Any] | None = None) -> None:
    """Write the register. ``results`` (from planner.followup.progress.compare_programme) add the actual columns;
    by default they are computed when the programme has actuals."""
    wb = register_workbook(programme, progress=progress, results=results)
    write_zip_document(wb.save, out_path)


def has_actuals(programme: Programme) -> bool:
    return any(imp.values for imp in programme.actual_imports)


def register_workbook(programme: Programme, progress: ProgressFn | None = None,
                      results: list[Any] | None = None) -> Any:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    lang = language_of(programme)
    if results is None and has_actuals(programme):
        from planner.followup.progress import compare_programme

        results = compare_programme(programme)
    by_id = {r.indicator.id: r for r in results or []}

    wb = Workbook()
    ws = wb.active
    ws.title = SHEET_NAME[lang]
    headers = [ID_COLUMN[lang], *COLUMNS[lang]] + (list(ACTUAL_COLUMNS[lang]) if results else [])
    widths = [ID_WIDTH, *WIDTHS] + (ACTUAL_WIDTHS if results else [])
    head_font = Font(bold=True, color="FFFFFF")
    head_fill = PatternFill("solid", fgColor="1F3B5A")
    for col, name in enumerate(headers, start=1):
        c = ws.cell(row=1, column=col)
        set_text(c, name)
        c.font = head_font
        c.fill = head_fill
        c.alignment = Alignment(vertical="center", wrap_text=True)
        ws.column_dimensions[get_column_letter(col)].width = widths[col - 1]
    ws.row_dimensions[1].height = 30
    ws.freeze_panes = "A2"

    from planner.catalogue import tag_names

    wrap = Alignment(vertical="top", wrap_text=True)
    top = Alignment(vertical="top")
    items = list(programme.indicators())
    for n, (theme, fa, ind) in enumerate(items):
        row = n + 2
        spearheads, target_groups = tag_names(programme, fa, ind)
        texts: list[object] = [theme.title, fa.title, *(_field_cell(f, ind, lang) for f in REGISTER_COLUMNS),
                               "; ".join(spearheads), "; ".join(target_groups)]
        set_text(ws.cell(row=row, column=1), ind.id)
        ws.cell(row=row, column=1).alignment = top
        lines = 1
        for col, value in enumerate(texts, start=1):
            c = ws.cell(row=row, column=col + 1)
            if isinstance(value, _Number):
                set_number(c, value.value)
            elif isinstance(value, _Date):
                set_date(c, value.iso)
            else:
                set_text(c, value)
                c.alignment = wrap if col in WRAPPED else top
                if col in WRAPPED:
                    lines = max(lines, wrapped_lines(c.value, WIDTHS[col - 1]))
        res = by_id.get(ind.id)
        if results:
            base = len(COLUMNS[lang]) + 1
            if res is not None:
                set_number(ws.cell(row=row, column=base + 1), res.actual)
                set_text(ws.cell(row=row, column=base + 2), res.actual_in(lang))
                set_text(ws.cell(row=row, column=base + 3), res.period or "")
                set_number(ws.cell(row=row, column=base + 4), res.progress, PERCENT_FORMAT)
                sc = ws.cell(row=row, column=base + 5)
                set_text(sc, status_label(res.status, lang))
                from planner.followup.progress import STATUS_COLOR

                color = STATUS_COLOR.get(res.status, "#757575").lstrip("#").upper()
                sc.font = Font(bold=True, color=color)
                set_text(ws.cell(row=row, column=base + 6), res.note_in(lang))
                ws.cell(row=row, column=base + 6).alignment = wrap
                lines = max(lines, wrapped_lines(res.note_in(lang), ACTUAL_WIDTHS[5]))
        ws.row_dimensions[row].height = LINE_HEIGHT_PT * lines + 2
        if n % 50 == 0:
            call_progress(progress, n, len(items), ind.name)
    last_col = get_column_letter(len(headers))
    ws.auto_filter.ref = f"A1:{last_col}{max(1, len(items) + 1)}"
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if results:
        from planner.reports.xlsx_municipal import add_municipal_sheets

        add_municipal_sheets(wb, programme, results, lang)
    wb.properties.title = excel_text(document_title(programme))
    wb.properties.creator = excel_text(programme.author or programme.area or "Työllisyysohjelma")
    wb.properties.subject = excel_text(labels(programme)["indicator"].capitalize())
    wb.properties.language = {"fi": "fi-FI", "sv": "sv-FI", "en": "en-GB"}[lang]
    call_progress(progress, len(items), len(items), "")
    return wb
