"""The reportlab machinery both PDF reports share.

- :class:`ReportDoc`: an A4 document with a running header (the programme's name) and
  footer (the motto and "sivu 3 / 24"), a table of contents, PDF bookmarks of the
  headings, metadata (title, author, subject, language) and the embedded DejaVu font.
- Paragraph helpers that take *user text* and escape it (:func:`planner.textsafe.para_markup`),
  so nothing the user writes becomes markup, a link or an embedded file.

Page numbers: "sivu 3 / 24" needs the page count before the last page is drawn.
:meth:`ReportDoc.multiBuild` already makes several passes for the table of contents;
each pass remembers its page count and the next pass prints it; the build only stops
when the count printed equals the count made. (A canvas that defers all pages to
the end, the usual recipe, breaks the bookmarks: they would all point at page 1.)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from planner.fonts import register_report_fonts
from planner.reports.common import ProgressFn, call_progress
from planner.reports.hyphenation import hyphenating
from planner.reports.pdf_tagging import page_artifact, tagging_doc_class, toc_class, write_structure
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
        self._pages_made = 0
        self.total_pages_hint = 0
        self.draw_graphics = True
        self.has_graphics = False
        self._toc: Any = None
        self.drawings: dict[Any, Any] = {}  # charts made for the first story, reused by the next (see build)
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
                    self.notify("TOCEntry", (level, markup, self.page, key))

            def _endBuild(self) -> None:  # noqa: N802
                report._pages_made = self.page
                super()._endBuild()

            def _allSatisfied(self) -> int:  # noqa: N802
                ok = super()._allSatisfied()
                made = getattr(report, "_pages_made", 0)
                if made != report.total_pages_hint:
                    report.total_pages_hint = made
                    return 0
                return ok

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
        total = self.total_pages_hint or doc.page
        number = f"{self.page_word} {doc.page} / {total}"
        canv.drawRightString(right, 1.0 * cm, number)
        if self.footer_left:
            canv.setFont(s["italic"], 8.5)
            canv.setFillColor(colors.HexColor(ACCENT))
            canv.drawString(left, 1.0 * cm, _fit(self.footer_left, s["italic"], 8.5, right - left - 3 * cm))
        canv.restoreState()
        self._report_page(doc)

    def _report_page(self, doc: Any) -> None:
        call_progress(self.progress, doc.page, max(self.total_pages_hint, doc.page), f"sivu {doc.page}")

    def toc(self) -> Any:
        """The table of contents; the same object for every story made (its entries carry over)."""
        if self._toc is not None:
            return self._toc
        from reportlab.platypus import TableStyle

        # The table's own FONT: else reportlab sets Helvetica (not embedded) for the cells.
        style = TableStyle([("FONT", (0, 0), (-1, -1), self.s["font"], 10), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
        toc = toc_class()(dotsMinLevel=0, tableStyle=style)
        toc.levelStyles = [self.s["toc0"], self.s["toc1"]]
        self._toc = toc
        return toc

    def graphic(self, drawing: Any, alt: str = "") -> Any:
        """A chart that is drawn only in the final pass (see :meth:`build`).

        ``alt``: a sentence saying what the chart shows, in the document's language
        (the tagged PDF's alternative text; without it the chart's own words are used).
        """
        return _DeferredDrawing(self, drawing, alt)

    def build(self, make_story: Callable[[], list[Any]]) -> None:
        """Lay the story out until the TOC and page count are settled, then draw the charts once.

        Charts are the slow part of a follow-up report (axis labels by the hundred);
        they keep their size in the layout passes but are drawn only in one last pass.
        That pass gets a fresh story from ``make_story``: flowables remember layout
        state between builds (reportlab's ``_postponed`` count) and must not be reused.
        """
        self.draw_graphics = False
        self.has_graphics = False
        # At most two layout passes: the first lays out without the TOC's lines, the second with
        # them. Their result is nearly always final, and the drawing pass checks it anyway (it runs
        # again, as any multiBuild would, when a page number still moved): reportlab's own third
        # pass, only to confirm, cost 0.5 s of a 400-indicator report.
        try:
            self.doc.multiBuild(make_story(), maxPasses=1)
            settled = True
        except IndexError:  # reportlab: "Index entries not resolved after 1 passes"
            settled = False
        if self.has_graphics or not settled:
            self.draw_graphics = True
            self.doc.multiBuild(make_story(), maxPasses=12)
        # The last pass's structure (every pass starts a fresh one) goes into the file.
        write_structure(self.path, self.doc.tagger, lang=self.lang, title=self.title)


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
            self.report.has_graphics = True
            if self.report.draw_graphics:
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
