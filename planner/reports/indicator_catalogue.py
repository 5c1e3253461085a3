"""The indicator catalogue (mittaristo) as PDF, Word or Excel.

Like seed 003's indicator page: the indicators grouped under their focus areas,
each with its data source, update frequency, owner and next update date, and the
spearheads and target groups it serves. Empty cells stay empty (a missing source
is for ``planner check`` to point out, not for the report to invent).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from planner.catalogue import CatalogueRow, catalogue_rows, fi_date_text, frequency_label
from planner.model import Programme
from planner.reports.common import ProgressFn, call_progress, document_title, labels, language_of, language_tag
from planner.reports.plan_labels import plan_labels
from planner.storage.export_target import write_zip_document


def _groups(programme: Programme) -> list[tuple[str, str, list[CatalogueRow]]]:
    """(theme title, focus area title, rows) in document order, focus areas without indicators left out."""
    out: list[tuple[str, str, list[CatalogueRow]]] = []
    for row in catalogue_rows(programme):
        if not out or out[-1][2][0].focus_area is not row.focus_area:
            out.append((row.theme.title, row.focus_area.title, []))
        out[-1][2].append(row)
    return out


def _tag_line(row: CatalogueRow, pl: dict[str, str]) -> str:
    parts = []
    if row.spearheads:
        parts.append(f"{pl['spearheads']}: {', '.join(row.spearheads)}")
    if row.target_groups:
        parts.append(f"{pl['target_groups']}: {', '.join(row.target_groups)}")
    return " · ".join(parts)


# -- PDF -------------------------------------------------------------------------------------


def export_catalogue_pdf(programme: Programme, out_path: str | Path, progress: ProgressFn | None = None) -> None:
    from planner.reports.pdf_common import ReportDoc

    lab, pl = labels(programme), plan_labels(programme)
    title = document_title(programme)
    rep = ReportDoc(
        str(out_path), title=f"{pl['catalogue']}: {title}", author=programme.author or programme.area,
        subject=pl["catalogue"], lang=language_tag(programme),
        header_text=" · ".join(x for x in (title, pl["catalogue"]) if x), footer_left=programme.motto,
        page_word=lab["page"], progress=progress,
    )
    rep.doc._firstPageTemplateIndex = 1  # the catalogue has no cover: page 1 is a body page (header, footer)
    rep.build(lambda: catalogue_story(programme, rep, progress))


def catalogue_story(programme: Programme, rep: Any, progress: ProgressFn | None = None) -> list[Any]:
    from reportlab.lib import colors
    from reportlab.platypus import NextPageTemplate, Paragraph, Spacer, Table, TableStyle

    from planner.reports.pdf_common import ACCENT, DARK, LIGHT, RULE, heading, para
    from planner.textsafe import para_markup

    s = rep.s
    lab, pl = labels(programme), plan_labels(programme)
    lang = language_of(programme)
    story: list[Any] = [NextPageTemplate("body")]
    story += [heading(pl["catalogue"], s["h1"], 0, "catalogue"),
              para(" · ".join(x for x in (document_title(programme), programme.area) if x), s["subtitle"]),
              para(pl["catalogue_sub"], s["small"]), Spacer(1, 6)]
    groups = _groups(programme)
    if not groups:
        story.append(para(lab["no_indicators"], s["body"]))
    w = rep.doc.width
    widths = [w * 0.32, w * 0.18, w * 0.19, w * 0.16, w * 0.15]
    heads = [lab["indicator"], pl["source"], pl["frequency"], pl["owner"], pl["next_update"]]
    previous_theme = None
    for n, (theme_title, fa_title, rows) in enumerate(groups):
        call_progress(progress, n, len(groups), fa_title)
        if theme_title != previous_theme:
            story.append(heading(theme_title, s["h2"], 1, f"cat-theme-{n}"))
            previous_theme = theme_title
        data: list[list[Any]] = [[Paragraph(para_markup(h), s["cell_head_small"]) for h in heads]]
        data.append([para(fa_title, s["cell_bold"]), "", "", "", ""])
        style: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, -1), s["font"], 8.5),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(DARK)),
            ("SPAN", (0, 1), (-1, 1)),
            ("BACKGROUND", (0, 1), (-1, 1), colors.HexColor(LIGHT)),
            ("LINEBELOW", (0, 1), (-1, 1), 1.0, colors.HexColor(ACCENT)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("LINEBELOW", (0, 2), (-1, -1), 0.4, colors.HexColor(RULE)),
        ]
        for row in rows:
            ind = row.indicator
            name = para_markup(ind.name)
            tags = _tag_line(row, pl)
            if tags:
                name += f'<br/><font size="7" color="#555555">{para_markup(tags)}</font>'
            data.append([Paragraph(name, s["cell_small"]), para(ind.source, s["cell_small"]),
                         para(frequency_label(ind.frequency, lang), s["cell_small"]),
                         para(ind.owner, s["cell_small"]), para(fi_date_text(ind.next_update), s["cell_small"])])
        t = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
        t.setStyle(TableStyle(style))
        story += [t, Spacer(1, 8)]
    call_progress(progress, len(groups), len(groups), "")
    return story


# -- Word --------------------------------------------------------------------------------------


def export_catalogue_docx(programme: Programme, out_path: str | Path, progress: ProgressFn | None = None) -> None:
    from planner.reports import docx_common as dc
    from planner.reports.docx_programme import start_document

    lab, pl = labels(programme), plan_labels(programme)
    lang = language_of(programme)
    doc = start_document(programme, pl["catalogue"])
    dc.heading(doc, pl["catalogue"], 1)
    dc.paragraph(doc, " · ".join(x for x in (document_title(programme), programme.area) if x), size=12,
                 color=dc.ACCENT_RGB)
    dc.paragraph(doc, pl["catalogue_sub"], size=8, color=(0x55, 0x55, 0x55))
    groups = _groups(programme)
    if not groups:
        dc.paragraph(doc, lab["no_indicators"])
    previous_theme = None
    for n, (theme_title, fa_title, rows) in enumerate(groups):
        call_progress(progress, n, len(groups), fa_title)
        if theme_title != previous_theme:
            dc.heading(doc, theme_title, 2)
            previous_theme = theme_title
        t = dc.table(doc, [lab["indicator"], pl["source"], pl["frequency"], pl["owner"], pl["next_update"]],
                     [5.6, 3.1, 3.1, 2.9, 2.3])
        group_row = dc.add_row(t, [fa_title, "", "", "", ""], level_col=False)
        merged = group_row.cells[0].merge(group_row.cells[4])
        for p in merged.paragraphs[1:]:
            if not p.text:
                p._p.getparent().remove(p._p)
        for r in merged.paragraphs[0].runs:
            r.bold = True
        dc.shade(merged, dc.LEVEL_FILL)
        for row in rows:
            ind = row.indicator
            cells = dc.add_row(t, [ind.name, ind.source, frequency_label(ind.frequency, lang), ind.owner,
                                   fi_date_text(ind.next_update)], level_col=False)
            tags = _tag_line(row, pl)
            if tags:
                from docx.shared import Pt, RGBColor

                run = cells.cells[0].paragraphs[0].add_run("\n" + dc.docx_text(tags))
                run.font.size = Pt(7)
                run.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
        doc.add_paragraph()
    call_progress(progress, len(groups), len(groups), "")
    write_zip_document(doc.save, out_path)


# -- Excel -------------------------------------------------------------------------------------

XLSX_COLUMNS = {
    "fi": ["Painopiste", "Tavoite / ryhmä", "Mittari", "Tietolähde", "Päivitystiheys", "Vastuutaho",
           "Seuraava päivitys", "Kärjet", "Kohderyhmät", "Taso"],
    "sv": ["Prioritering", "Mål / grupp", "Mätare", "Datakälla", "Frekvens", "Ansvarig", "Nästa uppdatering",
           "Spetsar", "Målgrupper", "Nivå"],
    "en": ["Theme", "Focus area / group", "Indicator", "Data source", "Frequency", "Owner", "Next update",
           "Spearheads", "Target groups", "Level"],
}
XLSX_WIDTHS = [26, 30, 48, 24, 18, 24, 14, 28, 28, 7]


def export_catalogue_xlsx(programme: Programme, out_path: str | Path, progress: ProgressFn | None = None) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    from planner.catalogue import FREQUENCY_LABELS
    from planner.reports.xlsx_cells import set_date, set_text
    from planner.textsafe import excel_text

    lang = language_of(programme)
    pl = plan_labels(programme)
    wb = Workbook()
    ws = wb.active
    ws.title = pl["catalogue"][:31]
    head_font, head_fill = Font(bold=True, color="FFFFFF"), PatternFill("solid", fgColor="1F3B5A")
    for col, name in enumerate(XLSX_COLUMNS[lang], start=1):
        c = ws.cell(row=1, column=col)
        set_text(c, name)
        c.font, c.fill = head_font, head_fill
        c.alignment = Alignment(vertical="center", wrap_text=True)
        ws.column_dimensions[get_column_letter(col)].width = XLSX_WIDTHS[col - 1]
    ws.freeze_panes = "A2"
    wrap = Alignment(vertical="top", wrap_text=True)
    rows = catalogue_rows(programme)
    for n, row in enumerate(rows, start=2):
        ind = row.indicator
        values = [row.theme.title, row.focus_area.title, ind.name, ind.source, frequency_label(ind.frequency, lang),
                  ind.owner, None, "; ".join(row.spearheads), "; ".join(row.target_groups), ind.level]
        for col, value in enumerate(values, start=1):
            if value is not None:
                c = ws.cell(row=n, column=col)
                set_text(c, value)
                c.alignment = wrap
        set_date(ws.cell(row=n, column=7), ind.next_update)
        if n % 50 == 0:
            call_progress(progress, n, len(rows), ind.name)
    last = max(2, len(rows) + 1)
    # The frequency column offers the three choices, so a filled-in catalogue reads back the same.
    choices = ",".join(FREQUENCY_LABELS[lang].values())
    dv = DataValidation(type="list", formula1=f'"{choices}"', allow_blank=True)
    dv.add(f"E2:E{last}")
    ws.add_data_validation(dv)
    ws.auto_filter.ref = f"A1:{get_column_letter(len(XLSX_COLUMNS[lang]))}{last}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"
    wb.properties.title = excel_text(f"{pl['catalogue']}: {document_title(programme)}")
    wb.properties.creator = excel_text(programme.author or programme.area or "Työllisyysohjelma")
    call_progress(progress, len(rows), len(rows), "")
    write_zip_document(wb.save, out_path)
