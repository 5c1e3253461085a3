"""Page numbers a PDF report knows only at its end, drawn in the one layout pass.

"sivu 3 / 86" in the footer and the page numbers of the table of contents depend
on the layout of everything after them. reportlab's usual way is to lay the whole
document out again until the numbers stop moving (``multiBuild``): three full
passes for a 400-indicator follow-up report, each a second of CPU (issue 19).

Here the document is laid out and drawn once. Where a number goes, the page
refers to a PDF form XObject by name (``canvas.doForm``: a form may be defined
later); when the last page is done the forms are written with the real numbers
(:func:`write_number_forms`). A reader sees the same page: the form is drawn in
place, its text is selectable and searchable, and it lies inside the page's
marked content (the footer's artifact, the TOC entry's TOCI), so the tagging holds.

The table of contents needs its entries (not their pages) before the layout: they
are read from the story's headings (:func:`story_headings`), so its height is
final in the one pass. When the headings that actually reach the page differ (a
heading inside something the scan does not open), the report is laid out again
with the entries found, as ``multiBuild`` would.
"""

from __future__ import annotations

from typing import Any

DOT = " . "


def story_headings(story: list[Any]) -> list[tuple[int, str, str]]:
    """(level, markup, key) of every TOC heading in the story, in order (KeepTogether groups opened)."""
    out: list[tuple[int, str, str]] = []

    def walk(items: Any) -> None:
        for f in items:
            info = getattr(f, "_report_heading", None)
            if info is not None:
                if info[0] is not None:
                    out.append((info[0], info[1], info[2]))
                continue
            content = getattr(f, "_content", None)  # KeepTogether and its kin
            if isinstance(content, (list, tuple)):
                walk(content)

    walk(story)
    return out


def page_form_name(page: int) -> str:
    return f"PageNo{page}"


def toc_form_name(index: int) -> str:
    return f"TocNo{index}"


class TocSlot:
    """Where a TOC entry's dots and page number go: filled in by :func:`write_number_forms`."""

    __slots__ = ("index", "x", "avail_width", "style", "dots")

    def __init__(self, index: int, x: float, avail_width: float, style: Any, dots: bool) -> None:
        self.index, self.x, self.avail_width, self.style, self.dots = index, x, avail_width, style, dots


_TOC_CLASS: type | None = None


def toc_flowable(report: Any, level_styles: list[Any], table_style: Any, dots_min_level: int = 0) -> Any:
    """The table of contents: a table of the entries whose page numbers are late forms.

    The same look as reportlab's TableOfContents (its styles, a spacer row for a
    level's ``spaceBefore``, dots from the text to the right-aligned number, the
    text and the number linked to the heading); tagged as TOC like before.
    """
    global _TOC_CLASS
    if _TOC_CLASS is None:
        _TOC_CLASS = _make_toc_class()
    return _TOC_CLASS(report, level_styles, table_style, dots_min_level)


def _make_toc_class() -> type:
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Flowable, Paragraph, Spacer, Table

    class TocTable(Table):
        _struct_role = "TOC"

    class LateNumberTOC(Flowable):
        _struct_tag = "TOC"

        def __init__(self, report: Any, level_styles: list[Any], table_style: Any, dots_min_level: int) -> None:
            super().__init__()
            self.report = report
            self.levelStyles = level_styles
            self.tableStyle = table_style
            self.dotsMinLevel = dots_min_level
            self.entries: list[tuple[int, str, str]] = []
            self._table: Any = None

        def _style(self, level: int) -> Any:
            return self.levelStyles[min(level, len(self.levelStyles) - 1)]

        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
            report = self.report
            entries = self.entries
            if not entries:  # no headings: an empty contents, not a line of dots
                self._table = None
                self.width, self.height = availWidth, 0
                return self.width, self.height

            def entry_end(canvas: Any, _kind: str, label: str) -> None:
                index = int(label)
                level, _text, key = entries[index]
                style = self._style(level)
                x, y = canvas._curr_tx_info["cur_x"], canvas._curr_tx_info["cur_y"]
                report.toc_slots[index] = TocSlot(index, x, availWidth, style, level >= self.dotsMinLevel >= 0)
                canvas.saveState()
                canvas.translate(x, y)
                canvas.doForm(toc_form_name(index))
                canvas.restoreState()
                if key:
                    # The number's link: as wide as three digits (the number itself is drawn later).
                    w = stringWidth("000", style.fontName, style.fontSize)
                    canvas.linkRect("", key, (availWidth - w, y, availWidth, y + style.leading), relative=1)

            self.canv.setNamedCB("lateTocEntryEnd", entry_end)
            data: list[list[Any]] = []
            for index, (level, text, key) in enumerate(entries):
                style = self._style(level)
                markup = f'<a href="#{key}">{text}</a>' if key else text
                para = Paragraph(f'{markup}<onDraw name="lateTocEntryEnd" label="{index}"/>', style)
                if style.spaceBefore:
                    data.append([Spacer(1, style.spaceBefore)])
                data.append([para])
            self._table = TocTable(data, colWidths=(availWidth,), style=self.tableStyle)
            self.width, self.height = self._table.wrapOn(self.canv, availWidth, availHeight)
            return self.width, self.height

        def split(self, availWidth: float, availHeight: float) -> list[Any]:  # noqa: N803
            if self._table is None:
                return []
            return self._table.splitOn(self.canv, availWidth, availHeight)

        def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802
            if self._table is not None:
                self._table.drawOn(canvas, x, y, _sW)

    return LateNumberTOC


def write_number_forms(canv: Any, *, pages: int, footer: Any, toc_pages: dict[int, int | None],
                       toc_slots: dict[int, TocSlot]) -> None:
    """Define every form the pages referred to, now that the numbers are known.

    ``footer(canv, page, pages)`` draws a page's footer number in page coordinates;
    ``toc_pages``: the page of each TOC entry (None when its heading never reached a page).
    """
    from reportlab.lib.colors import black
    from reportlab.pdfbase.pdfmetrics import stringWidth

    w, h = canv._pagesize
    for page in range(1, pages + 1):
        canv.beginForm(page_form_name(page), 0, 0, w, h)
        footer(canv, page, pages)
        canv.endForm()
    for index, slot in toc_slots.items():
        style = slot.style
        number = toc_pages.get(index)
        pagestr = str(number) if number is not None else ""
        size = style.fontSize
        avail = slot.avail_width
        x = slot.x
        # reportlab's drawPageNumbers, at the entry's end: shrink a number that does not fit, then dots.
        pagestrw = stringWidth(pagestr, style.fontName, size)
        while pagestrw > avail - x and size >= 1.0:
            size *= 0.9
            pagestrw = stringWidth(pagestr, style.fontName, size)
        if slot.dots:
            dotw = stringWidth(DOT, style.fontName, size)
            dotsn = int((avail - x - pagestrw) / dotw)
        else:
            dotsn, dotw = 0, 0.0
        newx = avail - dotsn * dotw - pagestrw
        canv.beginForm(toc_form_name(index), -w, -h, w, h)
        tx = canv.beginText(newx - x, 0)
        tx.setFont(style.fontName, size)
        tx.setFillColor(style.textColor if style.textColor is not None else black)
        tx.textLine(dotsn * DOT + pagestr)
        canv.drawText(tx)
        canv.endForm()
