"""The reportlab machinery both PDF reports share.

- :class:`ReportDoc`: an A4 document with a running header (the programme's name) and
  footer (the motto and "sivu 3 / 24"), a table of contents, PDF bookmarks of the
  headings, metadata (title, author, subject, language) and the embedded DejaVu font.
- Paragraph helpers that take *user text* and escape it (:func:`planner.textsafe.para_markup`),
  so nothing the user writes becomes markup, a link or an embedded file.

Page numbers: "sivu 3 / 24" and the table of contents' numbers are known only at the
end; they are PDF forms written when the last page is done, so the report is laid out
and drawn in one pass (see :mod:`planner.reports.pdf_late_numbers`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from planner.fonts import register_report_fonts
from planner.reports.common import ProgressFn, call_progress
from planner.reports.hyphenation import hyphenating
from planner.reports.pdf_late_numbers import page_form_name, story_headings, toc_flowable, write_number_forms
from planner.reports.pdf_tagging import add_structure, page_artifact, tagging_doc_class
from planner.textsafe import clean_text, para_markup

# Colours of the documents (a calm dark blue with a teal accent, print friendly).
DARK = "#1F3B5A"
ACCENT = "#2E7D8C"
LIGHT = "#E8F0F4"
RULE = "#9FB3C4"
GREY = "#555555"

MARGIN_CM = 2.0


def harden_reportlab() -> None:
    """Narrow what reportlab may fetch: no URL scheme and no host is trusted.

    Our own text is always escaped, so no ``<img>`` or ``<a>`` ever reaches the
    parser; this is the second fence in case one ever does.
    """
    from reportlab import rl_config

    rl_config.trustedSchemes = []
    rl_config.trustedHosts = None
    # Compressed streams stay binary: reportlab's default ASCII85 layer on top (for 7-bit mail
    # of the 1990s) made files a quarter larger and cost 0.1 s per 86 pages in pure Python.
    rl_config.useA85 = 0


def styles(lang: str = "fi-FI") -> dict[str, Any]:
    """The paragraph styles, all in the embedded font.

    Every style hyphenates a word that does not fit its line (a narrow table cell) in
    the document's language (Finnish by syllable rules, Swedish and English with
    pyphen; see :mod:`planner.reports.hyphenation`): "kokonaistyytyväi-|syyden", a
    compound at its hyphen; only a word with no such point is split anywhere. Text
    that fits is not hyphenated, so it stays whole for copying and searching.
    """
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    font = register_report_fonts()
    bold = font + "-Bold"
    italic = font + "-Oblique"
    base = ParagraphStyle("body", fontName=font, fontSize=10, leading=13.5, spaceAfter=5, alignment=TA_LEFT)
    s: dict[str, Any] = {"font": font, "bold": bold, "italic": italic, "body": base}
    s["cover_title"] = ParagraphStyle("cover_title", base, fontName=bold, fontSize=30, leading=36,
                                      textColor=colors.HexColor(DARK), spaceAfter=14)
    s["cover_sub"] = ParagraphStyle("cover_sub", base, fontSize=15, leading=20, textColor=colors.HexColor(ACCENT),
                                    spaceAfter=10)
    s["cover_text"] = ParagraphStyle("cover_text", base, fontSize=11, leading=15, textColor=colors.HexColor(GREY))
    s["cover_mark"] = ParagraphStyle("cover_mark", base, fontName=bold, fontSize=14, leading=18,
                                     textColor=colors.HexColor("#B03A2E"))
    s["motto_big"] = ParagraphStyle("motto_big", base, fontName=italic, fontSize=13, leading=17,
                                    textColor=colors.HexColor(ACCENT))
    s["h1"] = ParagraphStyle("h1", base, fontName=bold, fontSize=19, leading=24, spaceBefore=0, spaceAfter=12,
                             textColor=colors.HexColor(DARK), keepWithNext=1)
    s["subtitle"] = ParagraphStyle("subtitle", base, fontSize=12, leading=16, spaceAfter=10,
                                   textColor=colors.HexColor(ACCENT), keepWithNext=1)
    s["h2"] = ParagraphStyle("h2", base, fontName=bold, fontSize=15, leading=19, spaceBefore=10, spaceAfter=6,
                             textColor=colors.HexColor(DARK), keepWithNext=1)
    s["kicker"] = ParagraphStyle("kicker", base, fontName=font, fontSize=9, leading=12, spaceAfter=4,
                                 textColor=colors.HexColor(ACCENT), keepWithNext=1)
    s["fa_title"] = ParagraphStyle("fa_title", s["h2"], fontSize=17, leading=22, spaceBefore=0, spaceAfter=7)
    s["caption"] = ParagraphStyle("caption", base, fontName=bold, fontSize=9, leading=12, spaceAfter=3,
                                  textColor=colors.HexColor(ACCENT), keepWithNext=1)
    s["fa_heading"] = ParagraphStyle("fa_heading", base, fontName=bold, fontSize=10.5, leading=14,
                                     textColor=colors.HexColor(ACCENT), spaceAfter=10, keepWithNext=1)
    s["h3"] = ParagraphStyle("h3", base, fontName=bold, fontSize=11, leading=14.5, spaceBefore=8, spaceAfter=4,
                             textColor=colors.HexColor(DARK), keepWithNext=1)
    s["bullet"] = ParagraphStyle("bullet", base, leftIndent=16, bulletIndent=4, spaceAfter=3,
                                 bulletFontName=font)
    s["theme_bullet"] = ParagraphStyle("theme_bullet", s["bullet"], spaceAfter=6)
    s["cell"] = ParagraphStyle("cell", base, fontSize=9, leading=11.5, spaceAfter=0)
    s["cell_small"] = ParagraphStyle("cell_small", s["cell"], fontSize=8.5, leading=11)
    s["cell_note"] = ParagraphStyle("cell_note", s["cell"], fontSize=7.5, leading=9.5)
    s["cell_num"] = ParagraphStyle("cell_num", s["cell"], alignment=TA_RIGHT)
    s["cell_bold"] = ParagraphStyle("cell_bold", s["cell"], fontName=bold)
    s["cell_head"] = ParagraphStyle("cell_head", s["cell"], fontName=bold, textColor=colors.white, fontSize=8.5)
    s["cell_head_small"] = ParagraphStyle("cell_head_small", s["cell_head"], fontSize=8)
    s["cell_head_num"] = ParagraphStyle("cell_head_num", s["cell_head"], fontSize=7.5, leading=9.5,
                                        alignment=TA_RIGHT)
    s["cell_ref"] = ParagraphStyle("cell_ref", s["cell"], fontName=italic, textColor=colors.HexColor(GREY))
    s["legend"] = ParagraphStyle("legend", base, fontSize=8, leading=10, spaceBefore=3,
                                 textColor=colors.HexColor(GREY))
    s["cover_members"] = ParagraphStyle("cover_members", base, fontSize=12.5, leading=17,
                                        textColor=colors.HexColor(DARK))
    s["small"] = ParagraphStyle("small", base, fontSize=8, leading=10, textColor=colors.HexColor(GREY))
    s["toc0"] = ParagraphStyle("toc0", base, fontName=bold, fontSize=11, leading=15, spaceBefore=6, leftIndent=0,
                               firstLineIndent=0, rightIndent=28)
    s["toc1"] = ParagraphStyle("toc1", base, fontSize=10, leading=13, leftIndent=16, firstLineIndent=0,
                               rightIndent=28, spaceAfter=1)
    s["center"] = ParagraphStyle("center", base, alignment=TA_CENTER)
    for style in list(s.values()):
        if isinstance(style, ParagraphStyle):
            hyphenating(style, lang)
    return s


def para(text: object, style: Any, tag: str = "", **kw: Any) -> Any:
    """A Paragraph showing user text exactly (escaped).

    ``tag``: its structure type in the tagged PDF ("H2", "Caption" …) when the
    style name does not say it (see :mod:`planner.reports.pdf_tagging`).
    """
    from reportlab.platypus import Paragraph

    p = Paragraph(para_markup(text), style, **kw)
    if tag:
        p._struct_tag = tag
    return p


def bullet(text: object, style: Any) -> Any:
    from reportlab.platypus import Paragraph

    return Paragraph(para_markup(text), style, bulletText="•")


def heading(text: object, style: Any, level: int | None, key: str, toc_text: str | None = None,
            tag: str = "") -> Any:
    """A heading paragraph that becomes a table-of-contents entry and a bookmark.

    ``level`` None: a bookmark only (no TOC line). The TOC draws its entries as
    markup, so it receives the escaped text. In the tagged PDF a TOC level 0
    heading is an H1, level 1 an H2, unless ``tag`` says otherwise.
    """
    p = para(text, style, tag=tag or (f"H{level + 1}" if level is not None else ""))
    p._report_heading = (level, para_markup(toc_text if toc_text is not None else text), key,
                         clean_text(toc_text if toc_text is not None else text))
    return p


class ReportDoc:
    """Builds a report PDF: page templates, header, footer, TOC notifications, outline."""

    def __init__(self, path: str, *, title: str, author: str, subject: str, lang: str, header_text: str,
                 footer_left: str, page_word: str, progress: ProgressFn | None = None) -> None:
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.units import cm
        from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

        harden_reportlab()
        self.s = styles(lang)
        report = self
        self.header_text = clean_text(header_text)
        self.footer_left = clean_text(footer_left)
        self.page_word = page_word
        self.progress = progress
        self._toc: Any = None
        self.drawings: dict[Any, Any] = {}  # charts made once per export (a story made again reuses them)
        self.toc_slots: dict[int, Any] = {}  # TOC entries drawn in this pass (see pdf_late_numbers)
        self.toc_found: list[tuple[int, str, int, str]] = []  # (level, markup, page, key) as headings were placed
        self._story: list[Any] = []
        self._story_size = 1
        self.path = path
        self.lang = lang
        self.title = clean_text(title)

        class _Doc(tagging_doc_class(BaseDocTemplate)):  # type: ignore[misc]
            def afterFlowable(self, flowable: Any) -> None:  # noqa: N802 (reportlab hook)
                info = getattr(flowable, "_report_heading", None)
                if info is None:
                    return
                level, markup, key, plain = info
                self.canv.bookmarkPage(key)
                outline_level = 0 if level is None else level
                self.canv.addOutlineEntry(plain, key, level=outline_level, closed=False)
                if level is not None:
                    report.toc_found.append((level, markup, self.page, key))

            def _endBuild(self) -> None:  # noqa: N802
                # reportlab's end of build without its save: the late numbers' forms go in first.
                self._doSave = 0
                super()._endBuild()
                report._write_late_numbers(self.canv, self.page)
                # The structure recorded while drawing goes into the file as it is written.
                add_structure(self.canv, self.tagger, lang=report.lang, title=report.title)
                self.canv.save()

        self.doc = _Doc(
            path, pagesize=A4, leftMargin=MARGIN_CM * cm, rightMargin=MARGIN_CM * cm,
            topMargin=2.3 * cm, bottomMargin=2.2 * cm,
            title=clean_text(title), author=clean_text(author), subject=clean_text(subject),
            creator="Työllisyysohjelma", lang=lang, initialFontName=self.s["font"],
        )
        w, h = A4
        frame = Frame(self.doc.leftMargin, self.doc.bottomMargin, self.doc.width, self.doc.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        cover_frame = Frame(self.doc.leftMargin, self.doc.bottomMargin, self.doc.width, self.doc.height,
                            id="cover", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.doc.addPageTemplates([
            PageTemplate(id="cover", frames=[cover_frame], onPage=page_artifact(self._draw_cover, "Layout")),
            PageTemplate(id="body", frames=[frame], onPage=page_artifact(self._draw_page)),
        ])
        self.page_size = (w, h)

    def _draw_cover(self, canv: Any, doc: Any) -> None:
        from reportlab.lib import colors
        from reportlab.lib.units import cm

        w, h = self.page_size
        canv.saveState()
        canv.setFillColor(colors.HexColor(DARK))
        canv.rect(0, h - 1.2 * cm, w, 1.2 * cm, stroke=0, fill=1)
        canv.setFillColor(colors.HexColor(ACCENT))
        canv.rect(0, 0, w, 0.6 * cm, stroke=0, fill=1)
        canv.restoreState()
        self._report_page(doc)

    def _draw_page(self, canv: Any, doc: Any) -> None:
        from reportlab.lib import colors
        from reportlab.lib.units import cm

        w, h = self.page_size
        left = MARGIN_CM * cm
        right = w - MARGIN_CM * cm
        s = self.s
        canv.saveState()
        canv.setStrokeColor(colors.HexColor(RULE))
        canv.setLineWidth(0.5)
        canv.line(left, h - 1.55 * cm, right, h - 1.55 * cm)
        canv.line(left, 1.55 * cm, right, 1.55 * cm)
        canv.setFillColor(colors.HexColor(GREY))
        canv.setFont(s["font"], 8)
        canv.drawString(left, h - 1.35 * cm, _fit(self.header_text, s["font"], 8, right - left))
        canv.doForm(page_form_name(doc.page))  # "sivu 3 / 86", written at the end (_write_late_numbers)
        if self.footer_left:
            canv.setFont(s["italic"], 8.5)
            canv.setFillColor(colors.HexColor(ACCENT))
            canv.drawString(left, 1.0 * cm, _fit(self.footer_left, s["italic"], 8.5, right - left - 3 * cm))
        canv.restoreState()
        self._report_page(doc)

    def _report_page(self, doc: Any) -> None:
        # The page count is known only at the end: progress is the share of the story placed.
        done = self._story_size - len(self._story)
        call_progress(self.progress, max(0, done), self._story_size, f"sivu {doc.page}")

    def _footer_number(self, canv: Any, page: int, pages: int) -> None:
        from reportlab.lib import colors
        from reportlab.lib.units import cm

        canv.setFillColor(colors.HexColor(GREY))
        canv.setFont(self.s["font"], 8)
        canv.drawRightString(self.page_size[0] - MARGIN_CM * cm, 1.0 * cm, f"{self.page_word} {page} / {pages}")

    def _write_late_numbers(self, canv: Any, pages: int) -> None:
        entries = self._toc.entries if self._toc is not None else []
        found = {i: page for i, (_l, _m, page, _k) in enumerate(self.toc_found)
                 if i < len(entries) and self.toc_found[i][::3] == entries[i][::2]}
        write_number_forms(canv, pages=pages, footer=self._footer_number, toc_pages=found, toc_slots=self.toc_slots)

    def toc(self) -> Any:
        """The table of contents; the same object for every story made (its entries carry over)."""
        if self._toc is not None:
            return self._toc
        from reportlab.platypus import TableStyle

        # The table's own FONT: else reportlab sets Helvetica (not embedded) for the cells.
        style = TableStyle([("FONT", (0, 0), (-1, -1), self.s["font"], 10), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
        self._toc = toc_flowable(self, [self.s["toc0"], self.s["toc1"]], style, dots_min_level=0)
        return self._toc

    def graphic(self, drawing: Any, alt: str = "") -> Any:
        """A chart that is drawn only in the final pass (see :meth:`build`).

        ``alt``: a sentence saying what the chart shows, in the document's language
        (the tagged PDF's alternative text; without it the chart's own words are used).
        """
        return _DeferredDrawing(self, drawing, alt)

    def build(self, make_story: Callable[[], list[Any]]) -> None:
        """Lay the story out and draw it in one pass; the late page numbers are forms (pdf_late_numbers).

        The TOC's entries come from the story's headings before the layout. Should the
        headings placed differ from them (a heading the scan did not see), the report
        is made again from a fresh story with the entries found (flowables remember
        layout state between builds and must not be reused), as reportlab's multiBuild would.
        """
        story = make_story()
        expected = story_headings(story)
        for _attempt in range(4):
            if self._toc is not None:
                self._toc.entries = expected
            self.toc_slots = {}
            self.toc_found = []
            self._story = story
            self._story_size = max(1, len(story))
            self.doc.build(story)  # consumes the list
            found = [(level, markup, key) for level, markup, _page, key in self.toc_found]
            if self._toc is None or found == expected:
                break
            expected = found
            story = make_story()
        self._release()

    def _release(self) -> None:
        """Let go of the finished document's objects: reportlab's canvas, PDF objects and layout state
        sit in reference cycles that only the cyclic collector would free, tens of thousands of
        objects whose collection later froze the window (issue 19). Cleared here, they go at once."""
        canv = getattr(self.doc, "canv", None)
        if canv is not None:
            canv._doc.__dict__.clear()
            canv.__dict__.clear()
        tagger = getattr(self.doc, "tagger", None)
        if tagger is not None:
            tagger.reset()
        if self._toc is not None:
            self._toc._table = None
        self.toc_slots = {}
        self._story = []
        self.drawings = {}


def _deferred_drawing_class() -> type:
    from reportlab.platypus import Flowable

    class DeferredDrawing(Flowable):
        def __init__(self, report: ReportDoc, drawing: Any, alt: str = "") -> None:
            super().__init__()
            self.report = report
            self.drawing = drawing
            self._struct_alt = alt
            self.width, self.height = drawing.width, drawing.height

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            return self.width, self.height

        def draw(self) -> None:
            self.drawing.drawOn(self.canv, 0, 0)

    return DeferredDrawing


def _DeferredDrawing(report: ReportDoc, drawing: Any, alt: str = "") -> Any:  # noqa: N802 - a lazily made class
    global _DeferredDrawingClass
    if _DeferredDrawingClass is None:
        _DeferredDrawingClass = _deferred_drawing_class()
    return _DeferredDrawingClass(report, drawing, alt)


_DeferredDrawingClass: type | None = None


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Text shortened with an ellipsis so one line fits ``width`` (header and footer)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from planner.pdf_text import pdf_display_text

    text = pdf_display_text(" ".join(text.split()))
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"
