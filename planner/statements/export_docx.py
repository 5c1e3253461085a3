"""Word export of a statement (python-docx), laid out as a Finnish official statement.

The first page starts with a two-column letter header (organisation | LAUSUNTO,
date, appendix label); every page header repeats the organisation, the
document type and "page (pages)" as Word fields. The body follows the same
blocks as the PDF. User text is only ever put into text runs (cleaned of
characters XML cannot hold), so it never becomes a field, a link or markup.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from planner.statements import layout
from planner.statements.model import Statement
from planner.textsafe import docx_text

FONT = "Calibri"


def _field(paragraph, instr: str) -> None:
    """Append a Word field (PAGE, NUMPAGES) to a paragraph; only our fixed instructions, never user text."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run._r.append(begin)
    run = paragraph.add_run()
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instr} "
    run._r.append(text)
    run = paragraph.add_run()
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(end)


def _shade(cell, hex_fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tc_pr.append(shd)


def _add_text(container, text: str, bold: bool = False, italic: bool = False, size: float | None = None,
              space_after: float = 6, keep_with_next: bool = False):
    """One paragraph per blank-line separated part; single line breaks become line breaks."""
    from docx.shared import Pt

    paras = []
    for part in layout.paragraphs(text) or [""]:
        p = container.add_paragraph()
        lines = docx_text(part).split("\n")
        for i, line in enumerate(lines):
            run = p.add_run(line)
            run.bold = bold
            run.italic = italic
            if size:
                run.font.size = Pt(size)
            if i < len(lines) - 1:
                run.add_break()
        p.paragraph_format.space_after = Pt(space_after)
        p.paragraph_format.keep_with_next = keep_with_next
        paras.append(p)
    return paras


def build_document(s: Statement):
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Mm, Pt, RGBColor

    h = layout.header(s)
    from planner.reports.docx_common import no_split, set_language

    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(11)
    # Word's core properties hold at most 255 characters: a long organisation name is cut there
    # (the letter itself shows it whole).
    document.core_properties.title = _cut(docx_text(layout.export_title(s)))
    document.core_properties.author = _cut(docx_text(s.organisation))
    document.core_properties.language = "fi-FI"
    set_language(document, "fi-FI")
    for name, size in (("Heading 1", 13), ("Heading 2", 12)):
        st = document.styles[name]
        st.font.size = Pt(size)
        st.font.name = FONT
        st.font.color.rgb = RGBColor(0x1F, 0x3B, 0x5A)
        st.paragraph_format.keep_with_next = True
        st.paragraph_format.space_before = Pt(10)
        st.paragraph_format.space_after = Pt(4)
    section = document.sections[0]
    section.page_height, section.page_width = Mm(297), Mm(210)
    section.left_margin = section.right_margin = Mm(20)
    section.top_margin = Mm(20)
    section.bottom_margin = Mm(20)
    width = section.page_width - section.left_margin - section.right_margin

    # Page header on every page: organisation, LAUSUNTO, page (pages).
    hp = section.header.paragraphs[0]
    tabs = hp.paragraph_format.tab_stops
    tabs.add_tab_stop(Mm(90), WD_TAB_ALIGNMENT.LEFT)
    tabs.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    r = hp.add_run(docx_text(h.organisation))
    r.bold = True
    r = hp.add_run("\t" + h.doc_type + "\t")
    r.bold = True
    _field(hp, "PAGE")
    hp.add_run(" (")
    _field(hp, "NUMPAGES")
    hp.add_run(")")
    meta = [x for x in (h.date, h.diary_line, h.appendix_label) if x]
    if meta:
        mp = section.header.add_paragraph()
        mp.paragraph_format.tab_stops.add_tab_stop(Mm(90), WD_TAB_ALIGNMENT.LEFT)
        mp.add_run("\t" + docx_text("   ".join(meta)))

    if h.addressee:
        _add_text(document, h.addressee, space_after=12)
    for line in (h.reference_line, h.case_line):
        if line:
            _add_text(document, line, space_after=2)
    if h.source_line:
        _heading(document, h.source_line, 1)
    if h.subject:
        _heading(document, h.subject, 1 if not h.source_line else 2)
    body_level = 2 if (h.source_line or h.subject) else 1

    for b in layout.body(s):
        if b.kind == "heading":
            _heading(document, b.text, body_level)
        elif b.kind == "question":
            _add_text(document, b.text, italic=True, space_after=4, keep_with_next=True)
        elif b.kind == "text":
            _add_text(document, b.text)
        elif b.kind == "quote":
            table = document.add_table(rows=1, cols=1)
            table.alignment = WD_TABLE_ALIGNMENT.LEFT
            no_split(table.rows[0])
            cell = table.cell(0, 0)
            _shade(cell, "F1F3F5")
            p = cell.paragraphs[0]
            run = p.add_run(docx_text(b.label))
            run.font.size = Pt(8.5)
            run.font.color.rgb = RGBColor(0x4A, 0x55, 0x63)
            p.paragraph_format.keep_with_next = True
            if b.text.strip():
                for qp in _add_text(cell, layout.quoted(b.text), italic=True, size=10, space_after=2, keep_with_next=True):
                    qp.paragraph_format.keep_with_next = True
            document.add_paragraph().paragraph_format.space_after = Pt(0)
        elif b.kind == "proposal":
            table = document.add_table(rows=1 + len(b.rows), cols=2)
            table.style = "Table Grid"
            top = table.cell(0, 0).merge(table.cell(0, 1))
            _shade(top, "E8F0F8")
            run = top.paragraphs[0].add_run(docx_text(f"{b.label}: {b.text.strip()}"))
            run.bold = True
            for i, (k, v) in enumerate(b.rows, start=1):
                table.cell(i, 0).paragraphs[0].add_run(docx_text(k)).font.size = Pt(10)
                cell = table.cell(i, 1)
                first = True
                for part in layout.paragraphs(v) or [""]:
                    p = cell.paragraphs[0] if first else cell.add_paragraph()
                    first = False
                    p.add_run(docx_text(part)).font.size = Pt(10)
            for row in table.rows:
                no_split(row)
                row.cells[0].width = Mm(48)
                if len(row.cells) > 1:
                    row.cells[1].width = width - Mm(48)
            document.add_paragraph().paragraph_format.space_after = Pt(0)

    sig = layout.signature_lines(s)
    if sig:
        p = document.add_paragraph()
        p.paragraph_format.space_before = Pt(18)
        p.paragraph_format.keep_with_next = True
        if h.organisation:
            p.add_run(docx_text(h.organisation.upper()))
            p.paragraph_format.space_after = Pt(30)
        for name, title in sig:
            sp = document.add_paragraph()
            sp.paragraph_format.keep_with_next = True
            sp.add_run(docx_text(name))
            if title:
                sp.add_run().add_break()
                sp.add_run(docx_text(title))
            sp.paragraph_format.space_after = Pt(24)
    if h.attachments:
        _heading(document, layout.ATTACHMENTS_FI, body_level)
        for a in h.attachments:
            _add_text(document, a, space_after=2)
    return document


def _cut(text: str, limit: int = 255) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _heading(document, text: str, level: int) -> None:
    """A real Word heading (navigation pane, screen readers); line breaks kept as breaks."""
    p = document.add_paragraph(style=f"Heading {level}")
    lines = docx_text(" ".join(layout.paragraphs(text)) or text).split("\n")
    for i, line in enumerate(lines):
        run = p.add_run(line)
        if i < len(lines) - 1:
            run.add_break()


def export_docx(s: Statement, path: str | Path) -> None:
    """Write the statement as .docx to ``path`` (written atomically)."""
    from planner.storage.atomic import atomic_write

    buf = BytesIO()
    build_document(s).save(buf)
    atomic_write(Path(path), buf.getvalue(), backup=False)
