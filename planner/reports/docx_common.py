"""python-docx helpers both Word reports share.

Real Word structure, so the document stays editable and accessible: the built-in
Heading 1/2/3 styles (navigation pane, table of contents), a table of contents
whose entries are generated here (a TOC field with its result already filled in:
Word opens the file without asking to update fields, and F9 still rebuilds it
with page numbers), "List Bullet" paragraphs, tables whose header row repeats on
every page (``w:tblHeader``) and whose rows never split over a page break
(``w:cantSplit``), numbered captions, charts as pictures with alternative text,
a page footer with PAGE and NUMPAGES fields, the proofing language on every
style, and the core properties (title, author, subject, language).

Save with :func:`save`: it fills in the table of contents from the headings the
document then has, so pages added by any report appear in it.
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
    set_language(doc, lang)

    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(2.2))
    section.top_margin, section.bottom_margin = Cm(2.3), Cm(2.2)
    section.different_first_page_header_footer = True  # no header or footer on the cover

    hp = section.header.paragraphs[0]
    # One line: a long title is shortened here (the cover shows it whole).
    run = hp.add_run(shorten(docx_text(header_text), HEADER_MAX_CHARS))
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


HEADER_MAX_CHARS = 110


def shorten(text: str, limit: int) -> str:
    """One line of at most ``limit`` characters, cut at a word with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2:]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,.;:–-") + "…"


def set_language(doc: Any, lang: str) -> None:
    """The proofing language on the document defaults and on every style (Word then spell-checks
    Finnish as Finnish, also in headings, lists, tables, headers and footers)."""
    from docx.oxml.ns import qn

    def mark(rpr: Any) -> None:
        el = rpr.find(qn("w:lang"))
        if el is None:
            el = rpr.makeelement(qn("w:lang"), {})
            rpr.append(el)
        el.set(qn("w:val"), lang)
        el.set(qn("w:eastAsia"), lang)
        el.set(qn("w:bidi"), "ar-SA")

    styles_el = doc.styles.element
    defaults = styles_el.find(qn("w:docDefaults"))
    if defaults is not None:
        rpr_default = defaults.find(qn("w:rPrDefault"))
        if rpr_default is not None:
            rpr = rpr_default.find(qn("w:rPr"))
            if rpr is None:
                rpr = rpr_default.makeelement(qn("w:rPr"), {})
                rpr_default.append(rpr)
            mark(rpr)
    for style in doc.styles:
        el = style.element
        if el.get(qn("w:type")) in ("paragraph", "character", "table"):
            mark(el.get_or_add_rPr())


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
    # Not marked dirty: a dirty field makes Word ask to update fields on opening.
    # PAGE and NUMPAGES are recalculated by Word whenever it lays out the page anyway.
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


TOC_LEVELS = 2


def add_toc(doc: Any, title: str, hint: str = "") -> None:
    """The contents heading and the place of the table of contents (filled in by :func:`save`).

    ``hint`` is kept for callers; the generated entries need no instruction to the reader.
    """
    p = doc.add_paragraph(docx_text(title), style="TOC Heading" if _has_style(doc, "TOC Heading") else "Title")
    p.paragraph_format.keep_with_next = True
    doc._toc_anchor = doc.add_paragraph()


def fill_toc(doc: Any, levels: int = TOC_LEVELS) -> int:
    """Write the table of contents: one linked entry per Heading 1..``levels`` after the anchor.

    The entries are the result of a ``TOC`` field, so Word treats them as its own table
    of contents (F9 rebuilds it with page numbers) but does not ask anything on opening
    (no ``updateFields``, no dirty flag). Each heading gets a ``_Toc`` bookmark that its
    entry links to. Returns the number of entries.
    """
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    anchor = getattr(doc, "_toc_anchor", None)
    if anchor is None:
        return 0
    body = doc.element.body
    anchor_p = anchor._p
    after = False
    headings: list[tuple[int, Any]] = []
    # Style names by id, read once: ``paragraph.style`` looks each one up in styles.xml (2 s for 1,800 paragraphs).
    names = {st.style_id: st.name for st in doc.styles}
    for p in doc.paragraphs:
        if p._p is anchor_p:
            after = True
            continue
        if not after:
            continue
        name = names.get(p._p.style) or ""
        if name.startswith("Heading ") and name[8:].isdigit() and int(name[8:]) <= levels and p.text:
            headings.append((int(name[8:]), p))
    _ensure_toc_styles(doc, levels)

    def fld(kind: str) -> Any:
        r = OxmlElement("w:r")
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        r.append(el)
        return r

    entries: list[Any] = []
    for n, (level, hp) in enumerate(headings, start=1):
        name = f"_Toc{n:06d}"
        start = OxmlElement("w:bookmarkStart")
        start.set(qn("w:id"), str(n))
        start.set(qn("w:name"), name)
        end = OxmlElement("w:bookmarkEnd")
        end.set(qn("w:id"), str(n))
        hp._p.insert(1 if hp._p.pPr is not None else 0, start)
        hp._p.append(end)
        para = doc.add_paragraph(style=f"TOC {level}")  # made at the end, moved below
        link = OxmlElement("w:hyperlink")
        link.set(qn("w:anchor"), name)
        link.set(qn("w:history"), "1")
        run = OxmlElement("w:r")
        text = OxmlElement("w:t")
        text.set(qn("xml:space"), "preserve")
        text.text = hp.text
        run.append(text)
        link.append(run)
        para._p.append(link)
        entries.append(para._p)
    if not entries:
        return 0
    # The field: begin + instruction + separate in the first entry, end after the last one.
    first = entries[0]
    instr_run = OxmlElement("w:r")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f' TOC \\o "1-{levels}" \\h \\z \\u '
    instr_run.append(instr)
    ppr = first.find(qn("w:pPr"))
    pos = 1 if ppr is not None else 0
    for el in (fld("begin"), instr_run, fld("separate")):
        first.insert(pos, el)
        pos += 1
    entries[-1].append(fld("end"))
    for el in entries:
        body.remove(el)
    position = anchor_p
    for el in entries:
        position.addnext(el)
        position = el
    body.remove(anchor_p)
    doc._toc_anchor = None
    return len(entries)


def _ensure_toc_styles(doc: Any, levels: int) -> None:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Cm, Pt

    for level in range(1, levels + 1):
        name = f"TOC {level}"
        if _has_style(doc, name):
            continue
        st = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = doc.styles["Normal"]
        st.paragraph_format.left_indent = Cm(0.6 * (level - 1))
        st.paragraph_format.space_after = Pt(3)
        st.paragraph_format.space_before = Pt(6 if level == 1 else 0)
        st.font.bold = level == 1


def save(doc: Any, path: Any) -> None:
    """Fill in the table of contents, mark the language on the styles made since, and save."""
    fill_toc(doc)
    if doc.core_properties.language:
        set_language(doc, doc.core_properties.language)
    from planner.storage.export_target import write_zip_document

    write_zip_document(doc.save, path)  # built in memory: a full disk gives one error, no stray ZipFile


def caption(doc: Any, label: str, text: str) -> Any:
    """A numbered caption above a table ("Taulukko 3. Mittarit: …") in Word's Caption style.

    The number is a SEQ field with its value already written (Word's list of tables
    finds it; nothing asks to update on opening).
    """
    n = getattr(doc, "_caption_count", 0) + 1
    doc._caption_count = n
    p = doc.add_paragraph()
    p._p.style = style_id(doc, "Caption")
    p.add_run(f"{label} ")
    add_field(p, f"SEQ {label} \\* ARABIC", str(n))
    p.add_run(". " + docx_text(text))
    p.paragraph_format.keep_with_next = True
    return p


def _image(part: Any, png: bytes) -> tuple[str, Any]:
    """(relationship id, image) of a PNG in the document, the same picture stored once.

    python-docx's own ``get_or_add_image`` hashes every picture already stored to find a
    duplicate and parses every media name to number a new one: quadratic, 0.4 s for 320
    distinct charts (issue 19). Here a hash of each picture is kept, and the media numbers
    in use are counted again only when something else (the cover's logo) added a picture.
    """
    import hashlib

    found = part.__dict__.setdefault("_report_images", {})
    sha1 = hashlib.sha1(png).hexdigest()
    hit = found.get(sha1)
    if hit is not None:
        return hit
    from docx.image.image import Image
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.parts.image import ImagePart

    image = Image.from_blob(png)
    parts = part.package.image_parts
    known = part.package.__dict__.get("_report_media")
    used = known[1] if known is not None and known[0] == len(parts) else {p.partname.idx for p in parts}
    number = max(used, default=0) + 1
    used.add(number)
    image_part = ImagePart.from_image(image, PackURI(f"/word/media/image{number}.{image.ext}"))
    parts.append(image_part)
    part.package.__dict__["_report_media"] = (len(parts), used)
    hit = found[sha1] = (part.relate_to(image_part, RT.IMAGE), image)
    return hit


def picture(container: Any, png: bytes, width_cm: float, alt: str) -> Any:
    """A picture with alternative text (``wp:docPr/@descr``) that screen readers read out."""
    from docx.oxml.shape import CT_Inline
    from docx.shared import Cm

    para = container.add_paragraph()
    run = para.add_run()
    # python-docx's run.add_picture numbers the shape by scanning every id in the document
    # (quadratic over hundreds of charts); the shapes get their own running numbers instead.
    part = run.part
    r_id, image = _image(part, png)
    cx, cy = image.scaled_dimensions(Cm(width_cm), None)
    shape_id = getattr(part, "_report_shape_id", 100_000) + 1
    part._report_shape_id = shape_id
    inline = CT_Inline.new_pic_inline(shape_id, r_id, image.filename, cx, cy)
    run._r.add_drawing(inline)
    doc_pr = inline.docPr
    doc_pr.set("descr", docx_text(alt))
    doc_pr.set("title", docx_text(alt)[:120])
    return para


def _has_style(doc: Any, name: str) -> bool:
    try:
        doc.styles[name]
    except KeyError:
        return False
    return True


def style_id(doc: Any, name: str) -> str:
    """The style id of a paragraph style, looked up once per document.

    python-docx looks a style up by name on every ``add_paragraph(style=...)``
    (a scan of styles.xml; ~3 ms each, 1 s for a 400-indicator report).
    """
    cache = doc.__dict__.setdefault("_report_style_ids", {})
    sid = cache.get(name)
    if sid is None:
        sid = cache[name] = doc.styles[name].style_id
    return sid


def styled_paragraph(doc: Any, text: str, style: str) -> Any:
    """``doc.add_paragraph(text, style=style)`` without the per-call style lookup."""
    p = doc.add_paragraph(text)
    p._p.style = style_id(doc, style)
    return p


def heading(doc: Any, text: str, level: int) -> Any:
    return styled_paragraph(doc, docx_text(text), "Title" if level == 0 else f"Heading {level}")


def bullet(doc: Any, text: str) -> Any:
    return styled_paragraph(doc, docx_text(text), "List Bullet")


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
    no_split(row)


def no_split(row: Any) -> None:
    """A row stays whole on one page (``w:cantSplit``)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    trpr = row._tr.get_or_add_trPr()
    if trpr.find(qn("w:cantSplit")) is not None:
        return
    el = OxmlElement("w:cantSplit")
    el.set(qn("w:val"), "true")
    trpr.insert(0, el)


def set_cell(cell: Any, text: str, *, bold: bool = False, italic: bool = False, white: bool = False,
             size: float = 9, color: tuple[int, int, int] | None = None) -> None:
    """One run in the cell's first paragraph; its properties written as XML at once.

    The same ``w:rPr`` python-docx writes (b, i, color, sz in schema order), without
    its property objects: a 400-indicator report sets 6,000 cells.
    """
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.text.run import Run

    p = cell._tc.p_lst[0] if cell._tc.p_lst else cell.paragraphs[0]._p
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    if bold:
        rpr.append(OxmlElement("w:b"))
    if italic:
        rpr.append(OxmlElement("w:i"))
    rgb = (0xFF, 0xFF, 0xFF) if white else color
    if rgb:
        el = OxmlElement("w:color")
        el.set(qn("w:val"), "".join(f"{c:02X}" for c in rgb))
        rpr.append(el)
    el = OxmlElement("w:sz")
    el.set(qn("w:val"), str(int(round(size * 2))))
    rpr.append(el)
    r.append(rpr)
    p.append(r)
    Run(r, cell).text = docx_text(text)


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
    head_cells = t.rows[0].cells
    for i, h in enumerate(headers):
        cell = head_cells[i]
        set_cell(cell, h, bold=True, white=True, size=8.5)
        shade(cell, HEAD_FILL)
    repeat_header(t.rows[0])
    # Both the grid (what LibreOffice and Word use for layout) and each cell get the widths.
    for i, w in enumerate(widths_cm):
        t.columns[i].width = Cm(w)
    for row in t.rows:
        cells = row.cells
        for i, w in enumerate(widths_cm):
            cells[i].width = Cm(w)
    t._report_widths = widths_cm
    return t


#: A run of a table cell: (text, bold, italic, colour (r, g, b) or None, size in points).
CellRun = tuple[str, bool, bool, "tuple[int, int, int] | None", float]

_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _xml_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _run_xml(run: CellRun) -> str:
    """A ``w:r`` as python-docx writes it (set_cell): rPr in schema order, tabs and breaks as elements."""
    text, bold, italic, rgb, size = run
    rpr = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "")
    if rgb:
        rpr += '<w:color w:val="' + "".join(f"{c:02X}" for c in rgb) + '"/>'
    rpr += f'<w:sz w:val="{int(round(size * 2))}"/>'
    body = []
    for i, piece in enumerate(docx_text(text).replace("\r", "\n").split("\n")):
        if i:
            body.append("<w:br/>")
        for j, part in enumerate(piece.split("\t")):
            if j:
                body.append("<w:tab/>")
            if part:
                space = ' xml:space="preserve"' if len(part.strip()) < len(part) else ""
                body.append(f"<w:t{space}>{_xml_text(part)}</w:t>")
    return f"<w:r><w:rPr>{rpr}</w:rPr>{''.join(body)}</w:r>"


def _widths_twips(t: Any) -> list[int]:
    """The table's cell widths in twips as python-docx wrote them in the header row (read once)."""
    cached = getattr(t, "_report_twips", None)
    if cached is None:
        from docx.oxml.ns import qn

        cached = [int(tc.tcPr.find(qn("w:tcW")).get(qn("w:w"))) for tc in t._tbl.tr_lst[0].tc_lst]
        t._report_twips = cached
    return cached


def add_row_runs(t: Any, cells: list[list[CellRun]], *, shade_first: bool = False, keep_with_next: bool = False,
                 span_from: int | None = None) -> Any:
    """A row made as one piece of XML: the same row python-docx makes cell by cell, 30 times faster.

    ``cells``: each cell's runs (an empty list: an empty paragraph); missing cells are
    empty. ``span_from``: the cell at that index spans the rest of the row (a note under
    a row), as ``cell.merge`` makes it. The row never splits over pages (``cantSplit``);
    ``keep_with_next`` keeps it on the page of the next row.
    """
    from docx.oxml.parser import parse_xml
    from docx.table import _Row

    widths = _widths_twips(t)
    n = len(widths) if span_from is None else span_from + 1
    ppr = "<w:pPr><w:keepNext/></w:pPr>" if keep_with_next else ""
    parts = [f'<w:tr xmlns:w="{_W_NS}"><w:trPr><w:cantSplit w:val="true"/></w:trPr>']
    for i in range(n):
        width = widths[i] if i != span_from else sum(widths[i:])
        tcpr = f'<w:tcW w:type="dxa" w:w="{width}"/>'
        if i == 0 and shade_first:
            tcpr += f'<w:shd w:val="clear" w:color="auto" w:fill="{LEVEL_FILL}"/>'
        if i == span_from and len(widths) - i > 1:
            tcpr += f'<w:gridSpan w:val="{len(widths) - i}"/>'
        runs = cells[i] if i < len(cells) else []
        para = f"<w:p>{ppr}{''.join(_run_xml(r) for r in runs)}</w:p>" if runs or ppr else "<w:p/>"
        parts.append(f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{para}</w:tc>")
    parts.append("</w:tr>")
    tr = parse_xml("".join(parts))
    t._tbl.append(tr)
    return _Row(tr, t)


def add_row(t: Any, values: list[str], *, level_col: bool = True) -> Any:
    """A row of plain texts (9 pt; the level column bold on a light background)."""
    return add_row_runs(t, [[(v, level_col and i == 0, False, None, 9)] for i, v in enumerate(values)],
                        shade_first=level_col)


def page_break(doc: Any) -> None:
    from docx.enum.text import WD_BREAK

    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
