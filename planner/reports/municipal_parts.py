"""Parts the follow-up reports share for municipalities and the outlook.

- :func:`outlook_text`: "ennuste 1 980 (1 900–2 050), ennusteen mukaan saavutetaan" in
  the report language, for the actual column of the follow-up tables.
- :func:`pdf_breakdown` / :func:`docx_breakdown`: a table of each municipality's value
  beside the area's, for the indicators of a focus area that have municipality values.
"""

from __future__ import annotations

from typing import Any

from planner.model import Programme
from planner.values import format_number

OUTLOOK_WORD = {"fi": "ennuste", "sv": "prognos", "en": "outlook"}
BREAKDOWN_TITLE = {"fi": "Kunnittain", "sv": "Per kommun", "en": "By municipality"}
AREA_WORD = {"fi": "Alue", "sv": "Området", "en": "Area"}


def outlooks_for(programme: Programme, results: list[Any]) -> dict[str, Any]:
    """indicator id -> Outlook for the results that have monthly data."""
    from planner.followup.outlook import indicator_outlook, programme_year

    year = programme_year(programme)
    out: dict[str, Any] = {}
    if year is None:
        return out
    for r in results:
        if r.monthly:
            o = indicator_outlook(programme, r.indicator, year)
            if o is not None:
                out[r.indicator.id] = o
    return out


def outlook_text(outlook: Any, lang: str, with_status: bool = True) -> str:
    from planner.followup.outlook import fmt, outlook_status_label

    text = f"{OUTLOOK_WORD.get(lang, 'ennuste')} {fmt(outlook.value)} ({fmt(outlook.low)}–{fmt(outlook.high)})"
    if with_status:
        text += f", {outlook_status_label(outlook.status, lang)}"
    return text


def value_text(x: float | None) -> str:
    if x is None:
        return "–"
    return format_number(round(x, 2) if abs(x) < 100 else round(x))


def breakdown_rows(programme: Programme, results: list[Any]) -> tuple[list[str], list[tuple[str, str, list[str]]]]:
    """(municipality names, [(indicator name, area value, [value per municipality])])."""
    from planner.followup.municipalities import municipality_names

    names = municipality_names(programme)
    rows = []
    for r in results:
        if not r.per_municipality:
            continue
        rows.append((r.indicator.name, value_text(r.actual), [value_text(r.per_municipality.get(n)) for n in names]))
    return names, rows


def pdf_breakdown(programme: Programme, rep: Any, results: list[Any], lang: str) -> list[Any]:
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    from planner.reports.pdf_common import DARK, LIGHT, RULE, para
    from planner.textsafe import para_markup

    names, rows = breakdown_rows(programme, results)
    if not rows:
        return []
    s = rep.s
    w = rep.doc.width
    first = w * 0.22
    other = (w - first) / (len(names) + 1)
    head = [Paragraph(para_markup(BREAKDOWN_TITLE[lang]), s["cell_head_small"]),
            Paragraph(para_markup(AREA_WORD[lang]), s["cell_head_num"])]
    from reportlab.lib.styles import ParagraphStyle

    narrow = ParagraphStyle("muni_head", s["cell_head_num"], fontSize=6.5, leading=8)
    head += [Paragraph(para_markup(n), narrow) for n in names]
    data: list[list[Any]] = [head]
    for name, area, values in rows:
        data.append([para(name, s["cell_small"]), para(area, s["cell_num"])] + [para(v, s["cell_num"]) for v in values])
    t = Table(data, colWidths=[first] + [other] * (len(names) + 1), repeatRows=1, hAlign="LEFT")
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), s["font"], 8),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(DARK)),
        ("BACKGROUND", (1, 1), (1, -1), colors.HexColor(LIGHT)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor(RULE)),
    ]))
    return [Spacer(1, 8), para(f"{BREAKDOWN_TITLE[lang]}", s["caption"]), t]


def docx_breakdown(doc: Any, programme: Programme, results: list[Any], lang: str) -> None:
    from planner.reports import docx_common as dc

    names, rows = breakdown_rows(programme, results)
    if not rows:
        return
    dc.heading(doc, BREAKDOWN_TITLE[lang], 3)
    first = 4.2
    other = (16.6 - first) / (len(names) + 1)
    t = dc.table(doc, ["", AREA_WORD[lang], *names], [first] + [other] * (len(names) + 1))
    for name, area, values in rows:
        dc.add_row(t, [name, area, *values], level_col=False)
