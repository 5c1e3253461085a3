"""The follow-up report as Word (.docx): the same content as the PDF.

Word gets the same charts as the PDF (drawn by the same code, drawn to PNG with
Pillow, see chart_png) with their alternative text, and the numbers behind them as a
table of monthly actuals per focus area (editable and readable by a screen reader).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from planner.followup.chart_series import chart_points
from planner.model import Programme
from planner.reports import docx_common as dc
from planner.reports.charts import MONTH_ABBR
from planner.reports.common import ProgressFn, call_progress, labels, language_of, status_label
from planner.reports.docx_programme import TABLE_WORD, TOC_HINT, cover, start_document
from planner.reports.pdf_followup import followup_context, percent, short_period, situation_line
from planner.values import format_number

MONTHLY_TITLE = {"fi": "Kuukausittaiset toteumat", "sv": "Utfall per månad", "en": "Monthly actuals"}
CUMULATIVE_NOTE = {
    "fi": "Summattavista mittareista näytetään kertymä vuoden alusta.",
    "sv": "För mätare som summeras visas det ackumulerade värdet sedan årets början.",
    "en": "Summed indicators show the cumulative value since the start of the year.",
}


def export_followup_docx(programme: Programme, out_path: str | Path, progress: ProgressFn | None = None,
                         as_of: date | None = None, results: list[Any] | None = None) -> None:
    doc = followup_document(programme, progress=progress, as_of=as_of, results=results)
    dc.save(doc, out_path)


def _color(hex_color: str) -> tuple[int, int, int]:
    h = hex_color.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def followup_document(programme: Programme, progress: ProgressFn | None = None, as_of: date | None = None,
                      results: list[Any] | None = None) -> Any:
    from docx.enum.text import WD_BREAK

    from planner.followup.progress import STATUS_COLOR, STATUS_SYMBOL, ProgressStatus, status_counts

    as_of, results = followup_context(programme, as_of, results)
    lab = labels(programme)
    lang = language_of(programme)
    doc = start_document(programme, lab["follow_up"])
    cover(doc, programme, subtitle=lab["follow_up"], show_status=False)
    dc.paragraph(doc, situation_line(programme, as_of, results))
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    dc.add_toc(doc, lab["contents"], TOC_HINT[lang])

    h = dc.heading(doc, lab["summary"], 1)
    h.paragraph_format.page_break_before = True
    dc.paragraph(doc, situation_line(programme, as_of, results), size=12, color=dc.ACCENT_RGB)
    statuses = list(ProgressStatus)
    table_word = TABLE_WORD.get(lang, "Taulukko")
    dc.caption(doc, table_word, lab["status_chart"])
    t = dc.table(doc, [lab["theme"]] + [f"{STATUS_SYMBOL[s]} {status_label(s, lang)}" for s in statuses]
                 + [lab["total"]], [5.0] + [1.9] * (len(statuses) + 1))
    for theme in programme.themes:
        rs = [r for r in results if r.theme is theme]
        c = status_counts(rs)
        dc.add_row(t, [theme.title] + [str(c[s]) for s in statuses] + [str(len(rs))], level_col=False)
    c = status_counts(results)
    dc.add_row_runs(t, [[(v, True, False, None, 9)] for v in
                        [lab["total"]] + [str(c[s]) for s in statuses] + [str(len(results))]])
    status_picture(doc, [(f"{STATUS_SYMBOL[s]} {status_label(s, lang)}", c[s], STATUS_COLOR[s]) for s in statuses],
                   lang)
    no_data = [r for r in results if r.status is ProgressStatus.NO_DATA]
    if no_data:
        dc.heading(doc, f"{lab['no_data_list']} ({len(no_data)})", 2)
        for r in no_data:
            p = dc.styled_paragraph(doc, "", "List Bullet")
            p.add_run(dc.docx_text(r.indicator.name)).bold = True
            p.add_run(" – " + dc.docx_text(r.focus_area.title))
    from planner.reports.followup_tags import docx_part as spearhead_part

    spearhead_part(doc, programme, results)

    by_fa: dict[str, list[Any]] = {}
    for r in results:
        by_fa.setdefault(r.focus_area.id, []).append(r)
    focus = list(programme.focus_areas())
    previous = None
    for n, (theme, fa) in enumerate(focus):
        call_progress(progress, n, len(focus), fa.title)
        if theme is not previous:
            h = dc.heading(doc, theme.title, 1)
            h.paragraph_format.page_break_before = True
            previous = theme
            dc.heading(doc, fa.title, 2)
        else:
            dc.heading(doc, fa.title, 2).paragraph_format.page_break_before = True
        rs = by_fa.get(fa.id, [])
        if not rs:
            dc.paragraph(doc, lab["no_indicators"])
            continue
        dc.caption(doc, table_word, f"{lab['indicators_caption']}: {fa.title}")
        t = dc.table(doc, ["", lab["indicator"], lab["baseline"], lab["target"], lab["actual"], "%", lab["status"]],
                     [1.1, 4.4, 2.6, 2.6, 2.5, 1.3, 2.1])
        previous_level = None
        from planner.reports.municipal_parts import docx_breakdown, outlook_text, outlooks_for

        outlooks = outlooks_for(programme, rs)
        for r in rs:
            ind = r.indicator
            actual = r.actual_in(lang) or "–"
            if r.period:
                actual += f" ({short_period(r.period)})"
            level = ind.level if ind.level != previous_level else ""
            previous_level = ind.level
            # Coverage, comparison note and outlook on a full-width line under the row (as in the
            # PDF): in the narrow actual column they made each row most of a page tall.
            notes: list[tuple[str, tuple[int, int, int], bool]] = []
            if r.coverage is not None and r.coverage.source not in ("none", "partial"):
                notes.append((r.coverage.text(lang), (0x44, 0x44, 0x44), False))
            if r.notes:
                notes.append((r.note_in(lang), (0x55, 0x55, 0x55), True))
            if ind.id in outlooks:
                from planner.followup.outlook import OUTLOOK_COLOR

                o = outlooks[ind.id]
                notes.append((outlook_text(o, lang), _color(OUTLOOK_COLOR[o.status]), False))
            status = (f"{STATUS_SYMBOL[r.status]} {status_label(r.status, lang)}", True, False,
                      _color(STATUS_COLOR[r.status]), 9)
            texts = [level, ind.name, ind.baseline, ind.target, actual, percent(r.progress)]
            cells = [[(v, i == 0, False, None, 9)] for i, v in enumerate(texts)]
            cells.append([("", False, False, None, 9), status])
            dc.add_row_runs(t, cells, shade_first=True, keep_with_next=bool(notes))
            if notes:
                dc.add_row_runs(t, [[], [((" · " if n else "") + text, False, italic, rgb, 7.5)
                                         for n, (text, rgb, italic) in enumerate(notes)]],
                                shade_first=True, span_from=1)
        chart_pictures(doc, programme, rs, lab, lang)
        monthly_table(doc, rs, lang)
        docx_breakdown(doc, programme, rs, lang)
    call_progress(progress, len(focus), len(focus), "")
    return doc


def monthly_table(doc: Any, results: list[Any], lang: str) -> None:
    from planner.model import Direction

    points = [(r, chart_points(r)) for r in results if r.indicator.effective_direction is not Direction.MILESTONE]
    series = [(r, pts, cum) for r, (pts, cum) in points if pts]
    if not series:
        return
    months = sorted({m for _r, pts, _c in series for m, _v in pts})
    abbr = MONTH_ABBR.get(lang, MONTH_ABBR["fi"])
    dc.caption(doc, TABLE_WORD.get(lang, "Taulukko"), MONTHLY_TITLE[lang])
    width = 16.6 - 4.6
    t = dc.table(doc, ["", *[abbr[m - 1] for m in months]], [4.6] + [width / len(months)] * len(months))
    for r, pts, cum in series:
        values = dict(pts)
        name = r.indicator.name + (" *" if cum else "")
        dc.add_row(t, [name] + [format_number(round(values[m], 2)) if m in values else "" for m in months],
                   level_col=False)
    if any(cum for _r, _p, cum in series):
        dc.paragraph(doc, "* " + CUMULATIVE_NOTE[lang], size=8, color=(0x55, 0x55, 0x55))


def _png(drawing: Any, cache: dict[Any, bytes | None] | None = None) -> bytes | None:
    """A chart as PNG; None when it cannot be drawn.

    An indicator chart (:class:`~planner.reports.chart_shapes.ChartShapes`) paints its
    own shapes, and one drawn before (the same series, lines and legend) is reused
    from ``cache``; the status chart is a reportlab drawing (see chart_png).
    """
    from planner.reports.chart_shapes import ChartShapes

    if cache is not None and drawing in cache:
        return cache[drawing]
    try:
        if isinstance(drawing, ChartShapes):
            png: bytes | None = drawing.to_png(dpi=120)
        else:
            from planner.reports.chart_png import drawing_to_png

            png = drawing_to_png(drawing, dpi=120)
    except Exception:  # noqa: BLE001 - a chart that cannot be drawn leaves the table of its numbers
        png = None
    if cache is not None:
        cache[drawing] = png
    return png


def status_picture(doc: Any, counts: list[tuple[str, int, str]], lang: str) -> None:
    """The status bar chart of the PDF's summary page, with its alternative text."""
    from planner.fonts import register_report_fonts
    from planner.reports.charts import status_chart, status_chart_alt

    font = register_report_fonts()
    png = _png(status_chart(counts, font, width=440, height=170))
    if png is not None:
        dc.picture(doc, png, 15.5, status_chart_alt(counts, lang))


def chart_pictures(doc: Any, programme: Programme, results: list[Any], lab: dict[str, str], lang: str) -> None:
    """Each indicator's monthly chart, as in the PDF: the indicator's name, then the chart."""
    from planner.followup.progress import STATUS_COLOR
    from planner.fonts import register_report_fonts
    from planner.reports.charts import indicator_chart, indicator_chart_alt
    from planner.reports.pdf_followup import MONTHLY_CAPTION
    from planner.rollover import previous_year_values

    font = register_report_fonts()
    shown = False
    cache = doc.__dict__.setdefault("_chart_pngs", {})  # per document: a chart drawn once is reused
    for r in results:
        d = indicator_chart(r, lab, lang, font, STATUS_COLOR.get(r.status, "#1565c0"), width=300, height=150,
                            previous=previous_year_values(programme, r.indicator.id))
        if d is None:
            continue
        png = _png(d, cache)
        if png is None:
            continue
        if not shown:
            dc.paragraph(doc, MONTHLY_CAPTION[lang], bold=True, color=dc.ACCENT_RGB).paragraph_format.keep_with_next \
                = True
            shown = True
        name = dc.paragraph(doc, r.indicator.name, bold=True, size=9)
        name.paragraph_format.keep_with_next = True
        dc.picture(doc, png, 10.5, indicator_chart_alt(r, lang))
