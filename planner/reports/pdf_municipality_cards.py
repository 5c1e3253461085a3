"""Municipality cards (kuntakortit) as PDF: one to two pages per member municipality.

Each card: the municipality's name and share of the area, a table of its figures
(value and period, share of the area's value, its target and status, the trend
from the first to the latest month, the year-end outlook), and charts of its
monthly series with the outlook dashed. All municipalities in one file, or one.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from planner.model import Programme
from planner.reports.common import ProgressFn, call_progress, fi_date, labels, language_of
from planner.reports.extra_parts import chart_grid, extra_labels, new_report

MAX_CHARTS = 4
TARGET_NOTE = {
    "fi": "Prosenttien, suhdelukujen ja kestojen tavoite on alueen tavoite. Lukumäärille ohjelma ei anna "
          "kunnan osuutta, joten niille ei ole kuntakohtaista tavoitetta eikä tilaa.",
    "sv": "För andelar, kvoter och tider gäller områdets mål. För antal anger programmet ingen kommunandel, "
          "så de har inget kommunmål och ingen status.",
    "en": "Rates, ratios and durations use the area's target. The programme gives no municipality share for "
          "counts, so they have no municipality target or status.",
}
TARGET_NOTE_SHARE = {
    "fi": "Prosenttien, suhdelukujen ja kestojen tavoite on alueen tavoite; * lukumäärän tavoite on kunnan "
          "osuus alueen tavoitteesta.",
    "sv": "För andelar, kvoter och tider gäller områdets mål; * målet för antal är kommunens andel av områdets mål.",
    "en": "Rates, ratios and durations use the area's target; * a count's target is the municipality's share of "
          "the area's target.",
}


def trend_text(trend: float | None) -> str:
    from planner.reports.municipal_parts import value_text

    if trend is None:
        return "–"
    arrow = "↑" if trend > 0 else "↓" if trend < 0 else "→"
    sign = "+" if trend > 0 else ""
    return f"{arrow} {sign}{value_text(trend)}".replace("-", "\u2212")


def export_cards_pdf(programme: Programme, path: Path, results: list[Any], as_of: date, only: str | None,
                     progress: ProgressFn | None) -> None:
    from planner.followup.municipalities import municipality_cards

    xl = extra_labels(programme)
    cards = municipality_cards(programme, results, only)
    rep = new_report(programme, path, xl["cards"] if only is None else f"{xl['card']}: {only}", as_of, progress)
    rep.build(lambda: cards_story(programme, rep, cards, as_of, progress))


def cards_story(programme: Programme, rep: Any, cards: list[Any], as_of: date, progress: ProgressFn | None
                ) -> list[Any]:
    from reportlab.platypus import PageBreak

    story: list[Any] = []
    for n, card in enumerate(cards):
        call_progress(progress, n, len(cards), card.name)
        if n:
            story.append(PageBreak())
        story += card_story(programme, rep, card, as_of)
    return story


def card_story(programme: Programme, rep: Any, card: Any, as_of: date) -> list[Any]:
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    from planner.followup.progress import STATUS_COLOR
    from planner.reports.charts import indicator_chart, indicator_chart_alt
    from planner.reports.municipal_parts import outlook_text, value_text
    from planner.reports.pdf_common import ACCENT, DARK, RULE, heading, para
    from planner.reports.pdf_followup import percent, short_period, status_cell
    from planner.textsafe import para_markup

    s = rep.s
    lab = labels(programme)
    xl = extra_labels(programme)
    lang = language_of(programme)
    out: list[Any] = [
        para(f"{xl['card']} · {programme.area} · {lab['situation']} {fi_date(as_of)}", s["kicker"]),
        heading(card.name, s["h1"], 0, f"muni-{card.name}"),
    ]
    if card.share is not None:
        out.append(para(f"{xl['municipal_share']}: {percent(card.share)}", s["subtitle"]))
    if not card.rows:
        out.append(para(xl["no_values"], s["body"]))
        return out
    w = rep.doc.width
    widths = [0.32, 0.12, 0.09, 0.09, 0.14, 0.09, 0.15]
    head = [lab["indicator"], xl["municipality"], xl["share_of_area"], xl["muni_target"], lab["status"], xl["trend"],
            xl["forecast"]]
    data: list[list[Any]] = [[Paragraph(para_markup(h), s["cell_head_small"]) for h in head]]
    style: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), s["font"], 8),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(DARK)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5), ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor(RULE)),
    ]
    small = s["legend"]
    previous_theme = None
    for i, row in enumerate(card.rows, start=1):
        r = row.result
        if r.theme is not previous_theme and i > 1:
            style.append(("LINEABOVE", (0, i), (-1, i), 1.0, colors.HexColor(ACCENT)))
        previous_theme = r.theme
        value = value_text(row.value)
        if row.period:
            value += f" ({short_period(row.period)})"
        target = value_text(row.target) if row.target is not None else "–"
        if row.target is not None and row.target_how != "alueen tavoite":
            target += " *"
        target_cell = para(target, small)
        outlook = outlook_text(row.outlook, lang, with_status=False).split(" ", 1)[-1] if row.outlook else "–"
        data.append([para(f"{r.indicator.id} {r.indicator.name}", small), para(value, small),
                     para(percent(row.area_share) if row.area_share is not None else "–", small), target_cell,
                     status_cell(row.status, lang, small), para(trend_text(row.trend), small),
                     para(outlook, small)])
        style.append(("LINEAFTER", (4, i), (4, i), 2.5, colors.HexColor(STATUS_COLOR.get(row.status, "#757575"))))
    t = Table(data, colWidths=[w * x for x in widths], repeatRows=1, hAlign="LEFT")
    t.setStyle(TableStyle(style))
    out.append(t)
    out.append(para(TARGET_NOTE[lang] if card.share is None else TARGET_NOTE_SHARE[lang], s["legend"]))
    # Charts of the series with the most months, council-level (KV) indicators first.
    charted = [row for row in card.rows if len(row.monthly) >= 2]
    charted.sort(key=lambda row: (row.result.indicator.level != "KV", -len(row.monthly)))
    cells = []
    for row in charted[:MAX_CHARTS]:
        d = indicator_chart(row.result, lab, lang, s["font"], "#1565c0", width=w / 2 - 10, height=105,
                            outlook=row.outlook, series=row.monthly, series_target=row.target)
        if d is not None:
            alt = indicator_chart_alt(row.result, lang, series=row.monthly, series_target=row.target,
                                      where=card.name)
            cells.append([para(f"{row.result.indicator.id} {row.result.indicator.name}", s["cell_bold"]),
                          rep.graphic(d, alt=alt)])
    out += chart_grid(rep, cells, f"{xl['charts']}: {card.name}")
    return out
