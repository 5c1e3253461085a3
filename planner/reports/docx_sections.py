"""The whole-plan parts of the Word programme: free-text sections, spearheads, target groups, impact chain.

Word has no drawing that python-docx can make and a screen reader can read, so
the impact chain is a *table-based diagram* that reads from top to bottom, as a
portrait page has room for: one row per stage (the stage as a coloured box, its
links as a shaded box, the indicators placed at it) and a "↓" row between stages.
Six stages side by side left 2.5 cm columns of 7-point text on A4. The chain is
written out as text below it.
"""

from __future__ import annotations

from typing import Any

from planner.impact_chain import chain_columns, chain_scope_title, stage_label, unplaced_indicators
from planner.model import ImpactChain, Programme, SectionPlacement, Tag
from planner.reports import docx_common as dc
from planner.reports.common import language_of
from planner.reports.plan_labels import plan_labels
from planner.sections import parse_blocks
from planner.textsafe import docx_text


def text_blocks(doc: Any, text: str) -> None:
    """Paragraphs, lists (Word's list styles) and subheadings (Heading 3) of a section's text."""
    for block in parse_blocks(text):
        if block.kind == "subheading":
            dc.heading(doc, block.text, 3)
        elif block.kind == "paragraph":
            doc.add_paragraph(docx_text(block.text))
        elif block.kind == "bullets":
            for item in block.items:
                dc.bullet(doc, item)
        else:
            # Numbered by hand: Word's "List Number" style would continue one numbering through the document.
            from docx.shared import Cm

            for n, item in enumerate(block.items, start=1):
                p = doc.add_paragraph(docx_text(f"{n}.\t{item}"))
                p.paragraph_format.left_indent = Cm(0.63)
                p.paragraph_format.first_line_indent = Cm(-0.63)
                p.paragraph_format.tab_stops.add_tab_stop(Cm(0.63))


def sections(doc: Any, programme: Programme, placement: SectionPlacement) -> None:
    """The sections before or after the themes, in the user's order; a main heading starts a page."""
    for sec in programme.sections_at(placement):
        h = dc.heading(doc, sec.heading or "–", 1 if sec.level == 1 else 2)
        if sec.level == 1:
            h.paragraph_format.page_break_before = True
        text_blocks(doc, sec.body)


def _links_of(programme: Programme, tag: Tag) -> tuple[list[str], list[str]]:
    fas = [f"{fa.title} ({theme.title})" for theme, fa in programme.focus_areas() if tag.id in fa.tags]
    inds = [f"{ind.name} ({fa.title})" for _t, fa, ind in programme.indicators() if tag.id in ind.tags]
    return fas, inds


def tags(doc: Any, programme: Programme) -> None:
    pl = plan_labels(programme)
    first = True
    for key, items in (("spearheads", programme.spearheads), ("target_groups", programme.target_groups)):
        if not items:
            continue
        h = dc.heading(doc, pl[key], 1)
        h.paragraph_format.page_break_before = first
        first = False
        for tag in items:
            dc.heading(doc, tag.name or "–", 2)
            text_blocks(doc, tag.description)
            fas, inds = _links_of(programme, tag)
            if fas:
                dc.heading(doc, pl["linked_focus_areas"], 3)
                for x in fas:
                    dc.bullet(doc, x)
            if inds:
                dc.heading(doc, pl["linked_indicators"], 3)
                for x in inds:
                    dc.bullet(doc, x)
            if not fas and not inds:
                dc.paragraph(doc, pl["nothing_linked"], size=8, color=(0x55, 0x55, 0x55))


#: cm: stage box, its links, its indicators; together the text width of a portrait A4 (16.6 cm)
STAGE_W, TEXT_W, INDICATORS_W = 3.0, 7.6, 6.0


def chain(doc: Any, programme: Programme, ch: ImpactChain) -> None:
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    pl = plan_labels(programme)
    lang = language_of(programme)
    scope = chain_scope_title(programme, ch)
    title = ch.title or (f"{pl['chain_of']}: {scope}" if scope else pl["impact_chain"])
    h = dc.heading(doc, title, 1)
    h.paragraph_format.page_break_before = True
    if scope and ch.title:
        dc.paragraph(doc, f"{pl['chain_of']}: {scope}", size=12, color=dc.ACCENT_RGB)
    text_blocks(doc, ch.description)

    columns = chain_columns(programme, ch)
    widths = (STAGE_W, TEXT_W, INDICATORS_W)
    t = doc.add_table(rows=2 * len(columns), cols=3)
    t.style = "Table Grid"
    t.autofit = False
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, w in enumerate(widths):
        t.columns[i].width = Cm(w)
    rows = t.rows
    for row in rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)
    head = rows[0].cells
    for i, label in enumerate((pl["stage"], pl["stage_text"], pl["linked_indicators"])):
        dc.set_cell(head[i], label, bold=True, size=8, color=dc.DARK_RGB)
    dc.repeat_header(rows[0])
    for k, col in enumerate(columns):
        cells = rows[2 * k + 1].cells
        dc.set_cell(cells[0], stage_label(col.stage, lang), bold=True, white=True, size=9)
        dc.shade(cells[0], "1F3B5A" if k % 2 == 0 else "2E7D8C")
        box = cells[1]
        dc.shade(box, "E8F0F4")
        first = True
        for lv in col.links:
            p = box.paragraphs[0] if first else box.add_paragraph()
            first = False
            if lv.link.title:
                r = p.add_run(docx_text(lv.link.title))
                r.bold = True
                r.font.size = Pt(9)
                r.font.color.rgb = RGBColor(*dc.DARK_RGB)
                p = box.add_paragraph()
            for block in parse_blocks(lv.link.text):
                lines = [block.text] if block.kind in ("paragraph", "subheading") else [
                    (f"{m}. " if block.kind == "numbers" else "• ") + x for m, x in enumerate(block.items, start=1)]
                for line in lines:
                    if p.text:
                        p = box.add_paragraph()
                    r = p.add_run(docx_text(line))
                    r.font.size = Pt(8.5)
            p.paragraph_format.space_after = Pt(4)
        if not col.links:
            dc.set_cell(box, pl["no_links"], italic=True, size=8.5, color=(0x55, 0x55, 0x55))
        first = True
        for ind in col.indicators:
            p = cells[2].paragraphs[0] if first else cells[2].add_paragraph()
            first = False
            r = p.add_run("▪ " + docx_text(ind.name))
            r.font.size = Pt(8)
        if k < len(columns) - 1:
            arrow = rows[2 * k + 2].cells
            dc.set_cell(arrow[0], "↓", bold=True, size=11, color=(0x2E, 0x7D, 0x8C))
            arrow[0].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            _no_borders(arrow)

    for col in columns:
        if not col.links:
            continue
        dc.heading(doc, stage_label(col.stage, lang), 3)
        for lv in col.links:
            if lv.link.title and lv.link.title != stage_label(col.stage, lang):
                dc.paragraph(doc, lv.link.title, bold=True)
            text_blocks(doc, lv.link.text)
            for label, names in ((pl["linked_focus_areas"], lv.focus_areas), (pl["spearheads"], lv.tags),
                                 (pl["linked_indicators"], [i.name for i in lv.indicators])):
                if names:
                    dc.paragraph(doc, f"{label}: {', '.join(names)}", size=8, color=(0x55, 0x55, 0x55))
    missing = unplaced_indicators(programme, ch)
    if missing:
        dc.heading(doc, pl["not_placed"], 3)
        for ind in missing:
            dc.bullet(doc, ind.name)


def _no_borders(cells: Any) -> None:
    """The arrow row is a gap between two stages, not cells with lines."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for cell in cells:
        tcpr = cell._tc.get_or_add_tcPr()
        borders = OxmlElement("w:tcBorders")
        for side in ("left", "right", "insideV"):
            el = OxmlElement(f"w:{side}")
            el.set(qn("w:val"), "nil")
            borders.append(el)
        tcpr.append(borders)


def chains(doc: Any, programme: Programme) -> None:
    for ch in programme.impact_chains:
        chain(doc, programme, ch)
