"""python-docx helpers both Word reports share.

Real Word structure, so the document stays editable and accessible: the built-in
Heading 1/2/3 styles (navigation pane, table of contents), a TOC field that Word
fills when the user updates fields (F9), "List Bullet" paragraphs, tables whose
header row repeats on every page (``w:tblHeader``), a page footer with PAGE and
NUMPAGES fields, and the core properties (title, author, subject, language).
"""

from __future__ import annotations

from typing import Any

from planner.textsafe import docx_text

DARK_RGB = (0x1F, 0x3B, 0x5A)
ACCENT_RGB = (0x2E, 0x7D, 0x8C)
HEAD_FILL = "1F3B5A"
LEVEL_FILL = "E8F0F4"


def new_document(*, title: str, author: str, subject: str, lang: str, header_text: str, footer_left: str,
                 page_word: str) -> Any:
    """A document with styles, page setup, header, footer and core properties."""
    from docx import Document
    from docx.enum.section import WD_SECTION_START  # noqa: F401 - imported to fail early if docx is broken
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    cp = doc.core_properties
    cp.title = docx_text(title)[:255]
    cp.author = docx_text(author)[:255]
    cp.subject = docx_text(subject)[:255]
    cp.language = lang
    cp.comments = ""

    styles = doc.styles
    normal = styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    rpr = normal.element.get_or_add_rPr()
    lang_el = rpr.find(qn("w:lang"))
    if lang_el is None:
        lang_el = rpr.makeelement(qn("w:lang"), {})
        rpr.append(lang_el)
    lang_el.set(qn("w:val"), lang)
    for name, size in (("Heading 1", 18), ("Heading 2", 14), ("Heading 3", 11.5)):
        st = styles[name]
        st.font.color.rgb = RGBColor(*DARK_RGB)
        st.font.size = Pt(size)
        st.paragraph_format.keep_with_next = True
    styles["Title"].font.color.rgb = RGBColor(*DARK_RGB)

    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(2.2))
    section.top_margin, section.bottom_margin = Cm(2.3), Cm(2.2)
    section.different_first_page_header_footer = True  # no header or footer on the cover

    hp = section.header.paragraphs[0]
    run = hp.add_run(docx_text(header_text))
    run.font.size = Pt(8)
    run.font.color.rgb = RGBColor(0x55, 0x55, 0x55)

    fp = section.footer.paragraphs[0]
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Twips

    tabs = fp.paragraph_format.tab_stops
    # The template's Footer style has tabs at 8.25 cm (centre) and 16.5 cm (right): clear them
    # and put one right-aligned tab at the right margin for the page number.
    tabs.add_tab_stop(Twips(4680), alignment=WD_TAB_ALIGNMENT.CLEAR)
    tabs.add_tab_stop(Twips(9360), alignment=WD_TAB_ALIGNMENT.CLEAR)
    tabs.add_tab_stop((section.page_width or 0) - (section.left_margin or 0) - (section.right_margin or 0),
                      alignment=WD_TAB_ALIGNMENT.RIGHT)
    if footer_left:
        r = fp.add_run(docx_text(footer_left))
        r.italic = True
        r.font.size = Pt(8.5)
        r.font.color.rgb = RGBColor(*ACCENT_RGB)
    r = fp.add_run("\t" + page_word + " ")
    r.font.size = Pt(8.5)
    add_field(fp, "PAGE", "1", size=8.5)
    r = fp.add_run(" / ")
    r.font.size = Pt(8.5)
    add_field(fp, "NUMPAGES", "1", size=8.5)
    return doc


def add_field(paragraph: Any, instr: str, placeholder: str, size: float | None = None) -> None:
    """A complex field (fldChar begin/separate/end) with instruction text ``instr``."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    def run_with(child: Any) -> Any:
        r = paragraph.add_run()
        if size:
            r.font.size = Pt(size)
        r._r.append(child)
        return r

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    begin.set(qn("w:dirty"), "true")  # ask Word to update the field when the file opens
    run_with(begin)
    instr_el = OxmlElement("w:instrText")
    instr_el.set(qn("xml:space"), "preserve")
    instr_el.text = f" {instr} "
    run_with(instr_el)
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    run_with(sep)
    r = paragraph.add_run(placeholder)
    if size:
        r.font.size = Pt(size)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)


def add_toc(doc: Any, title: str, hint: str) -> None:
    """The contents heading and a TOC field over Heading 1-3 (Word fills it on F9 / open)."""
    p = doc.add_paragraph(docx_text(title), style="TOC Heading" if _has_style(doc, "TOC Heading") else "Title")
    p.paragraph_format.keep_with_next = True
    p = doc.add_paragraph()
    add_field(p, 'TOC \\o "1-3" \\h \\z \\u', hint)
    settings = doc.settings.element
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    if settings.find(qn("w:updateFields")) is None:
        upd = OxmlElement("w:updateFields")
        upd.set(qn("w:val"), "true")
        settings.append(upd)


def _has_style(doc: Any, name: str) -> bool:
    try:
        doc.styles[name]
    except KeyError:
        return False
    return True


def heading(doc: Any, text: str, level: int) -> Any:
    return doc.add_heading(docx_text(text), level=level)


def bullet(doc: Any, text: str) -> Any:
    return doc.add_paragraph(docx_text(text), style="List Bullet")


def paragraph(doc: Any, text: str, *, bold: bool = False, italic: bool = False, size: float | None = None,
              color: tuple[int, int, int] | None = None, style: str | None = None) -> Any:
    from docx.shared import Pt, RGBColor

    p = doc.add_paragraph(style=style)
    if text:
        r = p.add_run(docx_text(text))
        r.bold = bold or None
        r.italic = italic or None
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor(*color)
    return p


def shade(cell: Any, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def repeat_header(row: Any) -> None:
    """Mark a table row as a header row that Word repeats on every page (and screen readers announce)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)
    no_split = OxmlElement("w:cantSplit")
    no_split.set(qn("w:val"), "true")
    trpr.append(no_split)


def set_cell(cell: Any, text: str, *, bold: bool = False, italic: bool = False, white: bool = False,
             size: float = 9, color: tuple[int, int, int] | None = None) -> None:
    from docx.shared import Pt, RGBColor

    p = cell.paragraphs[0]
    r = p.add_run(docx_text(text))
    r.font.size = Pt(size)
    r.bold = bold or None
    r.italic = italic or None
    if white:
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    elif color:
        r.font.color.rgb = RGBColor(*color)


def table(doc: Any, headers: list[str], widths_cm: list[float]) -> Any:
    """A table with a shaded header row that repeats on each page."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm

    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    t.autofit = False
    margins = OxmlElement("w:tblCellMar")  # a little air inside the cells
    for side, twips in (("top", 40), ("left", 80), ("bottom", 40), ("right", 80)):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:w"), str(twips))
        el.set(qn("w:type"), "dxa")
        margins.append(el)
    t._tbl.tblPr.append(margins)
    for i, h in enumerate(headers):
        cell = t.rows[0].cells[i]
        set_cell(cell, h, bold=True, white=True, size=8.5)
        shade(cell, HEAD_FILL)
    repeat_header(t.rows[0])
    # Both the grid (what LibreOffice and Word use for layout) and each cell get the widths.
    for i, w in enumerate(widths_cm):
        t.columns[i].width = Cm(w)
    for row in t.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)
    t._report_widths = widths_cm
    return t


def add_row(t: Any, values: list[str], *, level_col: bool = True) -> Any:
    from docx.shared import Cm

    row = t.add_row()
    for i, w in enumerate(t._report_widths):
        row.cells[i].width = Cm(w)
    for i, v in enumerate(values):
        set_cell(row.cells[i], v, bold=(level_col and i == 0))
    if level_col:
        shade(row.cells[0], LEVEL_FILL)
    return row


def page_break(doc: Any) -> None:
    from docx.enum.text import WD_BREAK

    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
