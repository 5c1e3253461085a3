"""Municipality cards as Word: the same content as the PDF, the charts given as a table of months.

Each municipality starts on a new page with a Heading 1 (navigation pane, contents).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from planner.model import Programme
from planner.reports import docx_common as dc
from planner.reports.common import ProgressFn, call_progress, fi_date, labels, language_of, status_label
from planner.reports.extra_parts import extra_labels


def export_cards_docx(programme: Programme, path: Path, results: list[Any], as_of: date, only: str | None,
                      progress: ProgressFn | None) -> None:
    from planner.followup.municipalities import municipality_cards
    from planner.reports.docx_programme import start_document

    xl = extra_labels(programme)
    cards = municipality_cards(programme, results, only)
    doc = start_document(programme, xl["cards"])
    for n, card in enumerate(cards):
        call_progress(progress, n, len(cards), card.name)
        card_section(doc, programme, card, as_of, first=n == 0)
    dc.save(doc, path)


def card_section(doc: Any, programme: Programme, card: Any, as_of: date, first: bool) -> None:
    from planner.followup.progress import STATUS_COLOR, STATUS_SYMBOL
    from planner.reports.charts import MONTH_ABBR
    from planner.reports.docx_followup import _color
    from planner.reports.municipal_parts import outlook_text, value_text
    from planner.reports.pdf_followup import percent, short_period
    from planner.reports.pdf_municipality_cards import TARGET_NOTE, TARGET_NOTE_SHARE, trend_text

    lab = labels(programme)
    xl = extra_labels(programme)
    lang = language_of(programme)
    dc.paragraph(doc, f"{xl['card']} · {programme.area} · {lab['situation']} {fi_date(as_of)}", size=9,
                 color=dc.ACCENT_RGB).paragraph_format.page_break_before = not first
    dc.heading(doc, card.name, 1)
    if card.share is not None:
        dc.paragraph(doc, f"{xl['municipal_share']}: {percent(card.share)}", size=12, color=dc.ACCENT_RGB)
    if not card.rows:
        dc.paragraph(doc, xl["no_values"])
        return
    t = dc.table(doc, [xl["indicator"], xl["municipality"], xl["share_of_area"], xl["muni_target"], lab["status"],
                       xl["trend"], xl["forecast"]], [5.4, 2.1, 1.5, 1.7, 2.3, 1.5, 2.1])
    for row in card.rows:
        r = row.result
        value = value_text(row.value) + (f" ({short_period(row.period)})" if row.period else "")
        target = value_text(row.target) if row.target is not None else "–"
        if row.target is not None and row.target_how != "alueen tavoite":
            target += " *"
        outlook = outlook_text(row.outlook, lang, with_status=False).split(" ", 1)[-1] if row.outlook else "–"
        cells = dc.add_row(t, [f"{r.indicator.id} {r.indicator.name}", value,
                               percent(row.area_share) if row.area_share is not None else "–", target, "",
                               trend_text(row.trend), outlook], level_col=False)
        dc.set_cell(cells.cells[4], f"{STATUS_SYMBOL[row.status]} {status_label(row.status, lang)}", bold=True,
                    color=_color(STATUS_COLOR[row.status]))
    compact(t)
    dc.paragraph(doc, TARGET_NOTE[lang] if card.share is None else TARGET_NOTE_SHARE[lang], size=8,
                 color=(0x55, 0x55, 0x55))
    from planner.reports.pdf_municipality_cards import MAX_CHARTS

    monthly = [row for row in card.rows if len(row.monthly) >= 2]
    monthly.sort(key=lambda row: (row.result.indicator.level != "KV", -len(row.monthly)))
    monthly = monthly[:MAX_CHARTS]  # the same series as the PDF's charts
    if monthly:
        months = sorted({m for row in monthly for m, _v in row.monthly})
        abbr = MONTH_ABBR.get(lang, MONTH_ABBR["fi"])
        dc.heading(doc, f"{xl['charts']}: {card.name}", 3)
        width = 16.8 - 5.0
        t = dc.table(doc, ["", *[abbr[m - 1] for m in months]], [5.0] + [width / len(months)] * len(months))
        for row in monthly:
            values = dict(row.monthly)
            dc.add_row(t, [f"{row.result.indicator.id} {row.result.indicator.name}"]
                       + [value_text(values.get(m)) if m in values else "" for m in months], level_col=False)
        compact(t)


def compact(table: Any, size: float = 7.5) -> None:
    """Smaller text in a card's tables, so a card stays within two pages."""
    from docx.shared import Pt

    for row in table.rows[1:]:
        for cell in row.cells:
            for p in cell.paragraphs:
                p.paragraph_format.space_after = Pt(0)
                for r in p.runs:
                    r.font.size = Pt(size)
