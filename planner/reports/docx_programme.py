"""The programme document as Word (.docx): the same content as the PDF, in real Word structure.

Heading 1: the contents parts (services, themes overview) and each theme; Heading 2:
each focus area and each service category; Heading 3: the three bullet groups. No
level is skipped (screen readers and the navigation pane rely on it).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from planner.model import Indicator, Programme, Status
from planner.reports import common as rc
from planner.reports import docx_common as dc
from planner.reports.edition import cover_edition_line, edition_line
from planner.textsafe import docx_text

TOC_HINT = {
    "fi": "Sisällysluettelo päivittyy, kun avaat tiedoston Wordissa (tai paina F9).",
    "sv": "Innehållsförteckningen uppdateras när du öppnar filen i Word (eller tryck F9).",
    "en": "The table of contents updates when you open the file in Word (or press F9).",
}


TABLE_WORD = {"fi": "Taulukko", "sv": "Tabell", "en": "Table"}


def export_programme_docx(programme: Programme, out_path: str | Path, progress: rc.ProgressFn | None = None,
                          logo: str | Path | None = None) -> None:
    doc = programme_document(programme, progress=progress, logo=logo)
    dc.save(doc, out_path)


def start_document(programme: Programme, subject: str) -> Any:
    lab = rc.labels(programme)
    title = rc.document_title(programme)
    return dc.new_document(
        title=title, author=programme.author or programme.area, subject=subject, lang=rc.language_tag(programme),
        header_text=" · ".join(x for x in (title, programme.area, edition_line(programme, False)) if x),
        footer_left=programme.motto,
        page_word=lab["page"],
    )


def cover(doc: Any, programme: Programme, subtitle: str = "", logo: str | Path | None = None,
          show_status: bool = True) -> None:
    from docx.shared import Cm, Pt

    lab = rc.labels(programme)
    if logo:
        try:
            doc.add_picture(str(logo), width=Cm(5))
        except Exception:  # noqa: BLE001 - a broken logo must not stop the export
            pass
    for _ in range(4):
        doc.add_paragraph()
    title = docx_text(rc.document_title(programme))
    p = doc.add_paragraph(title, style="Title")
    # A long title gets smaller so the cover stays one page (the running header shortens it).
    p.runs[0].font.size = Pt(30 if len(title) <= 80 else 22 if len(title) <= 200 else 15)
    if subtitle:
        dc.paragraph(doc, subtitle, size=15, color=dc.ACCENT_RGB)
    if programme.area:
        dc.paragraph(doc, programme.area, size=15, color=dc.ACCENT_RGB)
    if programme.municipalities:
        dc.paragraph(doc, ", ".join(programme.municipalities), size=12.5, color=dc.DARK_RGB)
    edition = cover_edition_line(programme, show_status)
    if edition:
        dc.paragraph(doc, edition, size=11, color=dc.DARK_RGB)
    if not show_status:
        pass
    elif programme.status is Status.DRAFT:
        dc.paragraph(doc, lab["draft"], bold=True, size=14, color=(0xB0, 0x3A, 0x2E))
    elif programme.status is Status.FOR_COMMENT:
        dc.paragraph(doc, lab["for_comment"], bold=True, size=14, color=(0xB0, 0x3A, 0x2E))
    for d in programme.decisions:
        line = " ".join(x for x in (lab["approved"] + ":", d.body, rc.iso_to_fi_date(d.date), d.section) if x)
        dc.paragraph(doc, line)
    if programme.motto:
        dc.paragraph(doc, programme.motto, italic=True, size=13, color=dc.ACCENT_RGB)
    for x in (programme.author, programme.contact):
        if x and x != programme.area:
            dc.paragraph(doc, x)


def programme_document(programme: Programme, progress: rc.ProgressFn | None = None,
                       logo: str | Path | None = None) -> Any:
    from docx.enum.text import WD_BREAK

    lab = rc.labels(programme)
    lang = rc.language_tag(programme)[:2]
    doc = start_document(programme, programme.area or rc.document_title(programme))
    cover(doc, programme, logo=logo)
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    dc.add_toc(doc, lab["contents"], TOC_HINT.get(lang, TOC_HINT["fi"]))

    from planner.model import SectionPlacement
    from planner.reports import docx_sections

    docx_sections.sections(doc, programme, SectionPlacement.BEFORE)
    if programme.services:
        h = dc.heading(doc, programme.services_title or lab["services"], 1)
        h.paragraph_format.page_break_before = True
        if programme.services_subtitle:
            dc.paragraph(doc, programme.services_subtitle, size=12, color=dc.ACCENT_RGB)
        for cat in programme.services:
            if cat.title:
                dc.heading(doc, cat.title, 2)
            for item in cat.items:
                dc.bullet(doc, item)
    if programme.themes:
        h = dc.heading(doc, programme.themes_title or lab["themes"], 1)
        h.paragraph_format.page_break_before = True
        if programme.themes_subtitle:
            dc.paragraph(doc, programme.themes_subtitle, size=12, color=dc.ACCENT_RGB)
        for theme in programme.themes:
            dc.heading(doc, theme.title, 2)
            if theme.summary:
                docx_sections.text_blocks(doc, theme.summary)
            for fa in theme.focus_areas:
                p = doc.add_paragraph(style="List Bullet")
                p.add_run(docx_text(fa.title)).bold = True
                if fa.summary:
                    p.add_run(" – " + docx_text(fa.summary))
    focus = list(programme.focus_areas())
    previous = None
    for n, (theme, fa) in enumerate(focus):
        rc.call_progress(progress, n, len(focus), fa.title)
        if theme is not previous:
            h = dc.heading(doc, theme.title, 1)
            h.paragraph_format.page_break_before = True
            previous = theme
            h2 = dc.heading(doc, fa.title, 2)
        else:
            h2 = dc.heading(doc, fa.title, 2)
            h2.paragraph_format.page_break_before = True
        focus_area_body(doc, programme, fa)
    docx_sections.tags(doc, programme)
    docx_sections.sections(doc, programme, SectionPlacement.AFTER)
    docx_sections.chains(doc, programme)
    rc.call_progress(progress, len(focus), len(focus), "")
    return doc


def focus_area_body(doc: Any, programme: Programme, fa: Any) -> None:
    lab = rc.labels(programme)
    if fa.heading:
        p = dc.paragraph(doc, fa.heading, bold=True, color=dc.ACCENT_RGB)
        p.paragraph_format.keep_with_next = True
    if fa.description:
        from planner.reports.docx_sections import text_blocks

        text_blocks(doc, fa.description)  # paragraphs and lists as written
    for group in rc.BULLET_GROUPS:
        items = fa.bullets(group)
        if not items:
            continue
        dc.heading(doc, lab[group.value], 3)
        for item in items:
            dc.bullet(doc, item)
    if fa.rows:
        dc.caption(doc, TABLE_WORD.get(rc.language_tag(programme)[:2], "Taulukko"),
                   f"{lab['indicators_caption']}: {fa.title}")
        indicator_table(doc, programme, fa.rows)
        legend = rc.level_legend(programme, {r.level for r in fa.rows if r.level})
        if legend:
            dc.paragraph(doc, legend, size=8, color=(0x55, 0x55, 0x55))


def indicator_table(doc: Any, programme: Programme, rows: list[Any]) -> Any:
    lab = rc.labels(programme)
    t = dc.table(doc, ["", lab["indicator"], lab["baseline"], lab["target"]], [1.3, 6.9, 4.2, 4.2])
    for tr in rc.grouped_rows(programme, rows):
        name, baseline, target = rc.row_texts(programme, tr.row)
        if isinstance(tr.row, Indicator):
            dc.add_row(t, [tr.level_shown, name, baseline, target])
        else:
            row = dc.add_row(t, [tr.level_shown, name, "", ""])
            merged = row.cells[1].merge(row.cells[3])
            for p in merged.paragraphs[1:]:
                if not p.text:
                    p._p.getparent().remove(p._p)
            for r in merged.paragraphs[0].runs:
                r.italic = True
    return t
