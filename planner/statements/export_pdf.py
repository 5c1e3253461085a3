"""PDF export of a statement, laid out as a Finnish official statement.

Every page carries the letter header: the organisation on the left, the
document type "LAUSUNTO" and the page "1 (3)" on the right, the date under it
on the first page. Then the addressee, "Asia: <case number>", the request or
programme answered, the body (each question in bold with the question line in
italics and the answer under it; quoted parts of a programme in a grey box;
proposed indicators in a framed box) and the signature block.

All user text goes through :func:`planner.textsafe.para_markup`, so nothing
the user wrote becomes markup, a link or an embedded file.
"""

from __future__ import annotations

from pathlib import Path

from planner.statements import layout
from planner.statements.model import Statement
from planner.textsafe import clean_text, para_markup

PAGE_MARGIN_MM = 20


def _styles(family: str) -> dict:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    from planner.reports.hyphenation import hyphenating

    base = ParagraphStyle("base", fontName=family, fontSize=10.5, leading=14.5, spaceAfter=6)
    return {
        "base": base,
        "meta": ParagraphStyle("meta", parent=base, spaceAfter=2),
        "source": ParagraphStyle("source", parent=base, fontName=f"{family}-Bold", fontSize=11, leading=15,
                                 spaceBefore=4, spaceAfter=10),
        "subject": ParagraphStyle("subject", parent=base, fontName=f"{family}-Bold", fontSize=12, leading=16,
                                  spaceAfter=10),
        "heading": ParagraphStyle("heading", parent=base, fontName=f"{family}-Bold", fontSize=11, leading=15,
                                  spaceBefore=10, spaceAfter=4, keepWithNext=1),
        "question": ParagraphStyle("question", parent=base, fontName=f"{family}-Oblique", spaceAfter=5,
                                   keepWithNext=1),
        "quote_label": ParagraphStyle("quote_label", parent=base, fontSize=8.5, leading=11,
                                      textColor=colors.HexColor("#4a5563"), spaceAfter=1),
        "quote": ParagraphStyle("quote", parent=base, fontName=f"{family}-Oblique", fontSize=9.5, leading=13,
                                spaceAfter=0),
        "prop_title": ParagraphStyle("prop_title", parent=base, fontName=f"{family}-Bold", spaceAfter=2),
        # The proposal's narrow label column: Finnish hyphenation before a word is split anywhere.
        "prop_row": hyphenating(ParagraphStyle("prop_row", parent=base, fontSize=9.5, leading=13, spaceAfter=1),
                                "fi"),
        "sig": ParagraphStyle("sig", parent=base, spaceAfter=0),
    }


def _tagged(flowable, tag: str):
    """Give a flowable its structure type in the tagged PDF (see planner.reports.pdf_tagging)."""
    flowable._struct_tag = tag
    return flowable


def _text_paragraphs(text: str, style) -> list:
    from reportlab.platypus import Paragraph

    return [Paragraph(para_markup(p), style) for p in layout.paragraphs(text)]


def build_story(s: Statement, family: str, width: float) -> list:
    from reportlab.lib import colors
    from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

    from planner.reports.pdf_tagging import layout_table

    st = _styles(family)
    h = layout.header(s)
    story: list = []
    if h.addressee:
        story += _text_paragraphs(h.addressee, st["meta"])
        story.append(Spacer(1, 14))
    for line in (h.reference_line, h.case_line):
        if line:
            story.append(Paragraph(para_markup(line), st["meta"]))
    if h.source_line:
        story.append(_tagged(Paragraph(para_markup(h.source_line), st["source"]), "H1"))
    elif h.case_line or h.reference_line:
        story.append(Spacer(1, 8))
    if h.subject:
        story.append(_tagged(Paragraph(para_markup(h.subject), st["subject"]), "H1"))

    # Quotes are kept on the same page as the first paragraph of the comment on them.
    pending: list = []

    def flush(first: list) -> None:
        if pending:
            story.append(KeepTogether(pending + first))
            pending.clear()
        else:
            story.extend(first)

    for b in layout.body(s):
        if b.kind != "quote":
            if b.kind == "text":
                paras = _text_paragraphs(b.text, st["base"])
                flush(paras[:1])
                story.extend(paras[1:])
                continue
            flush([])
        if b.kind == "heading":
            story.append(_tagged(Paragraph(para_markup(b.text), st["heading"]), "H2"))
        elif b.kind == "question":
            story.append(Paragraph(para_markup(b.text), st["question"]))
        elif b.kind == "quote":
            cell = [Paragraph(para_markup(b.label), st["quote_label"])]
            if b.text.strip():
                cell.append(_tagged(Paragraph(para_markup(layout.quoted(b.text)), st["quote"]), "BlockQuote"))
            t = layout_table([[cell]], colWidths=[width - 6])
            t.setStyle(TableStyle([
                ("FONT", (0, 0), (-1, -1), family, 9.5),  # else reportlab sets an unembedded Helvetica
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f1f3f5")),
                ("LINEBEFORE", (0, 0), (0, -1), 2.5, colors.HexColor("#7a8699")),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]))
            t.hAlign = "LEFT"
            pending.extend([t, Spacer(1, 6)])
        elif b.kind == "proposal":
            rows = [[Paragraph(para_markup(f"{b.label}: {clean_text(b.text).strip()}"), st["prop_title"]), ""]]
            for k, v in b.rows:
                rows.append([Paragraph(para_markup(k), st["prop_row"]), Paragraph(para_markup(v), st["prop_row"])])
            label_w = 46 * 72 / 25.4
            t = Table(rows, colWidths=[label_w, width - label_w - 6], repeatRows=1)
            t.setStyle(TableStyle([
                ("FONT", (0, 0), (-1, -1), family, 9.5),
                ("SPAN", (0, 0), (1, 0)),
                ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#2f5d8a")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8f0f8")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]))
            t.hAlign = "LEFT"
            story += [Spacer(1, 2), t, Spacer(1, 8)]

    flush([])
    sig = layout.signature_lines(s)
    if sig:
        block: list = [Spacer(1, 18)]
        if h.organisation:
            block.append(Paragraph(para_markup(h.organisation.upper()), st["sig"]))
            block.append(Spacer(1, 26))
        for name, title in sig:
            if name:
                block.append(Paragraph(para_markup(name), st["sig"]))
            if title:
                block.append(Paragraph(para_markup(title), st["sig"]))
            block.append(Spacer(1, 20))
        story.append(KeepTogether(block))
    if h.attachments:
        story.append(Spacer(1, 10))
        story.append(_tagged(Paragraph(layout.ATTACHMENTS_FI, st["heading"]), "H2"))
        story += [Paragraph(para_markup(a), st["sig"]) for a in h.attachments]
    if not story:
        story.append(Paragraph("", st["base"]))
    return story


def export_pdf(s: Statement, path: str | Path) -> None:
    """Write the statement as PDF to ``path`` (written atomically)."""
    from io import BytesIO

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas as rl_canvas
    from reportlab.platypus import SimpleDocTemplate

    from planner.fonts import register_report_fonts
    from planner.storage.atomic import atomic_write

    family = register_report_fonts()
    h = layout.header(s)
    page_w, page_h = A4
    margin = PAGE_MARGIN_MM * mm
    right_col = 110 * mm

    def fit(text: str, font: str, size: float, limit: float) -> str:
        """Header text on one line: shorten with an ellipsis only if it cannot fit (the body has it all)."""
        from reportlab.pdfbase.pdfmetrics import stringWidth

        from planner.pdf_text import pdf_display_text

        t = pdf_display_text(clean_text(text).replace("\n", " "))
        if stringWidth(t, font, size) <= limit:
            return t
        while t and stringWidth(t + "…", font, size) > limit:
            t = t[:-1]
        return t + "…"

    class NumberedCanvas(rl_canvas.Canvas):
        """Draws the letter header with "page (pages)" once the page count is known."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._saved: list[dict] = []

        def showPage(self):  # noqa: N802 - reportlab API
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self._draw_header(total)
                super().showPage()
            super().save()

        def _draw_header(self, total: int) -> None:
            # The letter head is repeated page furniture: an artifact in the tagged PDF.
            self._code.append("/Artifact <</Type /Pagination>> BDC")
            self._draw_header_text(total)
            self._code.append("EMC")

        def _draw_header_text(self, total: int) -> None:
            top = page_h - 16 * mm
            self.setFont(f"{family}-Bold", 11)
            self.drawString(margin, top, fit(h.organisation, f"{family}-Bold", 11, right_col - margin - 6 * mm))
            self.drawString(right_col, top, h.doc_type)
            self.setFont(family, 10)
            self.drawRightString(page_w - margin, top, f"{self._pageNumber} ({total})")
            y = top - 14
            if self._pageNumber == 1:
                for line in (h.date, h.diary_line, h.appendix_label):
                    if line:
                        self.drawString(right_col, y, fit(line, family, 10, page_w - margin - right_col))
                        y -= 13
            elif h.case_line:
                self.drawString(right_col, y, fit(h.case_line, family, 10, page_w - margin - right_col))

    from planner.reports.pdf_tagging import tag_pdf_bytes, tagging_doc_class

    buf = BytesIO()
    doc = tagging_doc_class(SimpleDocTemplate)(
        buf,
        pagesize=A4,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=42 * mm,
        bottomMargin=20 * mm,
        title=clean_text(layout.export_title(s)),
        author=clean_text(s.organisation),
        subject=clean_text(s.source.title),
        lang="fi-FI",
        initialFontName=family,
    )
    doc.build(build_story(s, family, doc.width), canvasmaker=NumberedCanvas)
    data = tag_pdf_bytes(buf.getvalue(), doc.tagger, lang="fi-FI", title=clean_text(layout.export_title(s)))
    atomic_write(Path(path), data, backup=False)
