"""The follow-up report (seurantaraportti) as PDF.

A summary page (situation date, status counts per theme and in total, a status chart,
the indicators with no data), then per focus area a table of baseline, target, actual,
progress and status (colour, symbol and text) and a small chart per numeric indicator.
Every indicator is listed, those with no data too.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from planner.model import Programme
from planner.reports.common import (
    ProgressFn,
    call_progress,
    document_title,
    fi_date,
    labels,
    language_of,
    language_tag,
    status_label,
)
from planner.reports.edition import edition_line
from planner.reports.pdf_common import ACCENT, DARK, LIGHT, RULE, ReportDoc, heading, para
from planner.textsafe import para_markup
from planner.values import MONTHS_FI, format_number


def percent(x: float | None) -> str:
    """0.456 -> '46 %' (Finnish: a space before the per cent sign)."""
    if x is None:
        return "–"
    return f"{format_number(round(x * 100))}\u00a0%".replace("-", "\u2212")


MONTH_NAMES = {
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
}


def period_label(key: str | None, lang: str = "fi") -> str:
    """'2026-06' -> 'kesäkuu 2026' (sv 'juni 2026', en 'June 2026'); a year stays a year."""
    if not key:
        return ""
    if len(key) == 7 and key[4] == "-" and key[5:].isdigit() and 1 <= int(key[5:]) <= 12:
        names = MONTH_NAMES.get(lang, MONTHS_FI)
        return f"{names[int(key[5:]) - 1]} {key[:4]}"
    return key


def short_period(key: str | None) -> str:
    """'2026-06' -> '6/2026' for narrow table cells."""
    if key and len(key) == 7 and key[4] == "-" and key[5:].isdigit():
        return f"{int(key[5:])}/{key[:4]}"
    return key or ""


def followup_context(programme: Programme, as_of: date | None, results: list[Any] | None) -> tuple[date, list[Any]]:
    as_of = as_of or date.today()
    if results is None:
        from planner.followup.progress import compare_programme

        results = compare_programme(programme, as_of)
    return as_of, results


def situation_line(programme: Programme, as_of: date, results: list[Any]) -> str:
    lab = labels(programme)
    periods = sorted(r.period for r in results if r.period)
    line = f"{lab['situation']} {fi_date(as_of)}"
    if periods:
        lang = language_of(programme)
        latest = period_label(periods[-1], lang)
        line += {"fi": f", viimeisin toteuma: {latest}", "sv": f", senaste utfall: {latest}",
                 "en": f", latest actual: {latest}"}[lang]
    return line


def export_followup_pdf(programme: Programme, out_path: str | Path, progress: ProgressFn | None = None,
                        as_of: date | None = None, results: list[Any] | None = None) -> None:


    as_of, results = followup_context(programme, as_of, results)
    lab = labels(programme)
    title = document_title(programme)
    rep = ReportDoc(
        str(out_path), title=f"{lab['follow_up']}: {title}", author=programme.author or programme.area,
        subject=lab["follow_up"], lang=language_tag(programme),
        header_text=" · ".join(x for x in (title, lab["follow_up"], fi_date(as_of), edition_line(programme, False))
                             if x),
        footer_left=programme.motto, page_word=lab["page"], progress=progress,
    )
    rep.build(lambda: followup_story(programme, rep, as_of, results, progress))


def followup_story(programme: Programme, rep: ReportDoc, as_of: date, results: list[Any],
                   progress: ProgressFn | None) -> list[Any]:
    from reportlab.platypus import NextPageTemplate, PageBreak

    from planner.reports.pdf_programme import cover_story

    lab = labels(programme)
    extra = [para(situation_line(programme, as_of, results), rep.s["cover_text"])]
    story: list[Any] = cover_story(programme, rep, subtitle=lab["follow_up"], extra=extra, show_status=False)
    story += [NextPageTemplate("body"), PageBreak()]
    story += [heading(lab["contents"], rep.s["h1"], None, "toc"), rep.toc(), PageBreak()]
    story += summary_story(programme, rep, as_of, results)
    from planner.reports.followup_tags import pdf_story as spearhead_story

    story += spearhead_story(programme, rep, results)
    by_fa: dict[str, list[Any]] = {}
    for r in results:
        by_fa.setdefault(r.focus_area.id, []).append(r)
    focus = list(programme.focus_areas())
    previous = None
    for n, (theme, fa) in enumerate(focus):
        call_progress(progress, n, len(focus), fa.title)
        story.append(PageBreak())
        if theme is not previous:
            story.append(heading(theme.title, rep.s["kicker"], 0, f"theme-{theme.id}"))
            previous = theme
        else:
            story.append(para(theme.title, rep.s["kicker"]))
        story.append(heading(fa.title, rep.s["fa_title"], 1, f"fa-{fa.id}"))
        story += focus_area_followup(programme, rep, by_fa.get(fa.id, []), fa.title)
    return story


def status_cell(status: Any, lang: str, style: Any) -> Any:
    from reportlab.platypus import Paragraph

    from planner.followup.progress import STATUS_COLOR, STATUS_SYMBOL

    col = STATUS_COLOR.get(status, "#757575")
    sym = STATUS_SYMBOL.get(status, "")
    return Paragraph(f'<font color="{col}"><b>{para_markup(sym)}</b></font> {para_markup(status_label(status, lang))}',
                     style)


def summary_story(programme: Programme, rep: ReportDoc, as_of: date, results: list[Any]) -> list[Any]:
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    from planner.followup.progress import STATUS_COLOR, STATUS_SYMBOL, ProgressStatus, status_counts
    from planner.reports.charts import status_chart, status_chart_alt

    s = rep.s
    lab = labels(programme)
    lang = language_of(programme)
    out: list[Any] = [heading(lab["summary"], s["h1"], 0, "summary"),
                      para(situation_line(programme, as_of, results), s["subtitle"])]
    statuses = list(ProgressStatus)
    head = [Paragraph(para_markup(lab["theme"]), s["cell_head_small"])]
    for st in statuses:
        head.append(Paragraph(f"{para_markup(STATUS_SYMBOL[st])}<br/>{para_markup(status_label(st, lang))}",
                              s["cell_head_num"]))
    head.append(Paragraph(para_markup(lab["total"]), s["cell_head_num"]))
    data: list[list[Any]] = [head]
    for theme in programme.themes:
        rs = [r for r in results if r.theme is theme]
        c = status_counts(rs)
        data.append([para(theme.title, s["cell"])] + [para(str(c[st]), s["cell_num"]) for st in statuses]
                    + [para(str(len(rs)), s["cell_num"])])
    c = status_counts(results)
    data.append([Paragraph(f"<b>{para_markup(lab['total'])}</b>", s["cell"])]
                + [Paragraph(f"<b>{c[st]}</b>", s["cell_num"]) for st in statuses]
                + [Paragraph(f"<b>{len(results)}</b>", s["cell_num"])])
    w = rep.doc.width
    first = w * 0.28
    other = (w - first) / (len(statuses) + 1)
    t = Table(data, colWidths=[first] + [other] * (len(statuses) + 1), repeatRows=1, hAlign="LEFT")
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), s["font"], 9),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(DARK)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor(RULE)),
        ("LINEABOVE", (0, -1), (-1, -1), 1.2, colors.HexColor(ACCENT)),
        ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor(LIGHT)),
    ]))
    out += [t, Spacer(1, 14), para(lab["status_chart"], s["h3"], tag="H2")]
    counts = [(f"{STATUS_SYMBOL[st]} {status_label(st, lang)}", c[st], STATUS_COLOR[st]) for st in statuses]
    out.append(rep.graphic(status_chart(counts, s["font"], width=w, height=170), alt=status_chart_alt(counts, lang)))
    no_data = [r for r in results if r.status is ProgressStatus.NO_DATA]
    if no_data:
        out.append(para(f"{lab['no_data_list']} ({len(no_data)})", s["h3"], tag="H2"))
        for r in no_data:
            line = f"<b>{para_markup(r.indicator.name)}</b> – {para_markup(r.focus_area.title)}"
            if r.notes and not r.says_no_actuals():
                line += f" <i>({para_markup(r.note_in(lang))})</i>"
            out.append(Paragraph(line, s["bullet"], bulletText="•"))
    if not results:
        out.append(para(lab["no_indicators"], s["body"]))
    return out


MONTHLY_CAPTION = {"fi": "Toteumat kuukausittain", "sv": "Utfall per månad", "en": "Actuals by month"}


def focus_area_followup(programme: Programme, rep: ReportDoc, results: list[Any], focus_title: str = "") -> list[Any]:
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

    from planner.followup.progress import STATUS_COLOR
    from planner.reports.charts import indicator_chart, indicator_chart_alt
    from planner.reports.pdf_tagging import layout_table
    from planner.rollover import previous_year_values

    s = rep.s
    lab = labels(programme)
    lang = language_of(programme)
    if not results:
        return [para(lab["no_indicators"], s["body"])]
    from planner.reports.municipal_parts import outlook_text, outlooks_for, pdf_breakdown

    outlooks = outlooks_for(programme, results)
    w = rep.doc.width
    level_w = 1.0 * cm
    widths = [level_w, w * 0.22, w * 0.175, w * 0.175, w * 0.135, w * 0.09]
    widths.append(w - sum(widths))
    head = ["", lab["indicator"], lab["baseline"], lab["target"], lab["actual"], "%", lab["status"]]
    data: list[list[Any]] = [[Paragraph(para_markup(h), s["cell_head"]) for h in head]]
    style: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), s["font"], 8.5),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(DARK)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor(RULE)),
        ("BACKGROUND", (0, 1), (0, -1), colors.HexColor(LIGHT)),
    ]
    previous_level = None
    cs = s["cell_small"]
    for r in results:
        ind = r.indicator
        row = len(data)
        actual = para_markup(r.actual_in(lang) or "–")
        if r.period:
            actual += f" ({para_markup(short_period(r.period))})"
        # What the figure rests on, how it was compared and where the year is heading go on a
        # full-width line under the row: in the narrow actual column they made rows a page tall.
        notes: list[str] = []
        if r.coverage is not None and r.coverage.source not in ("none", "partial"):
            notes.append(f'<font color="#444444">{para_markup(r.coverage.text(lang))}</font>')
        if r.notes:
            notes.append(f'<font color="#555555"><i>{para_markup(r.note_in(lang))}</i></font>')
        if ind.id in outlooks:
            from planner.followup.outlook import OUTLOOK_COLOR

            o = outlooks[ind.id]
            notes.append(f'<font color="{OUTLOOK_COLOR[o.status]}">{para_markup(outlook_text(o, lang))}</font>')
        level = ind.level if ind.level != previous_level else ""
        if ind.level != previous_level and row > 1:
            style.append(("LINEABOVE", (0, row), (-1, row), 1.2, colors.HexColor(ACCENT)))
        previous_level = ind.level
        data.append([para(level, s["cell_bold"]), para(ind.name, cs), para(ind.baseline, cs),
                     para(ind.target, cs), Paragraph(actual, cs), para(percent(r.progress), s["cell_num"]),
                     status_cell(r.status, lang, cs)])
        col = STATUS_COLOR.get(r.status, "#757575")
        style.append(("LINEAFTER", (-2, row), (-2, row), 3, colors.HexColor(col)))
        if notes:
            data.append(["", Paragraph(" · ".join(notes), s["cell_note"]), "", "", "", "", ""])
            style += [("SPAN", (1, row + 1), (-1, row + 1)),
                      ("LINEBELOW", (1, row), (-1, row), 0.4, colors.white),
                      ("TOPPADDING", (0, row + 1), (-1, row + 1), 0),
                      ("NOSPLIT", (0, row), (-1, row + 1))]
    t = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    t.setStyle(TableStyle(style))
    out: list[Any] = [t]
    shares = [r.expected_share for r in results if r.expected_share is not None]
    if shares:
        out.append(para(f"{lab['expected']}: {percent(max(shares))}. "
                        + {"fi": "Edistyminen: osuus matkasta lähtöarvosta tavoitteeseen.",
                           "sv": "Framsteg: andel av vägen från utgångsvärde till mål.",
                           "en": "Progress: share of the way from baseline to target."}[lang], s["legend"]))
    # Charts two per row.
    cells: list[Any] = []
    for r in results:
        # Made once per export: the layout passes and the drawing pass each get a fresh story, and a
        # chart (unlike a table) keeps no layout state, so the second story reuses the first's drawings.
        key = ("indicator_chart", r.indicator.id, r.status, w)
        if key in rep.drawings:
            d = rep.drawings[key]
        else:
            d = rep.drawings[key] = indicator_chart(
                r, lab, lang, s["font"], STATUS_COLOR.get(r.status, "#1565c0"), width=w / 2 - 10,
                outlook=outlooks.get(r.indicator.id), previous=previous_year_values(programme, r.indicator.id))
        if d is not None:
            cells.append([para(r.indicator.name, s["cell_bold"]), rep.graphic(d, alt=indicator_chart_alt(r, lang))])
    if cells:
        out.append(Spacer(1, 10))
        # The caption is a repeated header row: charts continued on the next page keep their focus area.
        caption = para(f"{MONTHLY_CAPTION[lang]}: {focus_title}", s["caption"])
        rows: list[list[Any]] = [[caption, ""]]
        rows += [cells[i:i + 2] + ([""] if len(cells[i:i + 2]) == 1 else []) for i in range(0, len(cells), 2)]
        grid = layout_table(rows, colWidths=[w / 2, w / 2], hAlign="LEFT", repeatRows=1)
        grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONT", (0, 0), (-1, -1), s["font"], 8),
                                  ("SPAN", (0, 0), (1, 0)),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
        out.append(KeepTogether([grid]) if len(rows) <= 3 else grid)
    out += pdf_breakdown(programme, rep, results, lang)
    return out
