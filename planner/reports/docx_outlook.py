"""The year-end outlook and the scenarios as Word: the same tables as the PDF; the projected
months as a table (the numbers behind the PDF's dashed lines)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from planner.model import Programme
from planner.reports import docx_common as dc
from planner.reports.common import ProgressFn, fi_date, labels, language_of
from planner.reports.extra_parts import extra_labels


def figure_rows(doc: Any, figures: list[Any], xl: dict[str, str], lang: str = "fi") -> None:
    """Figures with the method and inputs beside each, worded in ``lang``."""
    t = dc.table(doc, [xl["figure"], xl["value"], xl["method"]], [5.4, 2.6, 8.8])
    for f in figures:
        inputs, note = f.inputs_in(lang), f.note_in(lang)
        how = f.method_in(lang) + ("\n" + "; ".join(inputs) if inputs else "") + ("\n" + note if note else "")
        dc.add_row(t, [f.label_in(lang), f.value_text(lang), how], level_col=False)


def export_outlook_docx(programme: Programme, path: Path, results: list[Any], as_of: date,
                        progress: ProgressFn | None) -> None:
    from planner.followup.outlook import fmt, outlook_status_label, programme_outlook
    from planner.reports.charts import MONTH_ABBR
    from planner.reports.docx_programme import start_document
    from planner.reports.municipal_parts import value_text
    from planner.reports.pdf_followup import situation_line
    from planner.reports.pdf_outlook import scenario_assumption, scenario_rows

    lab = labels(programme)
    xl = extra_labels(programme)
    lang = language_of(programme)
    doc = start_document(programme, xl["outlook"])
    dc.paragraph(doc, f"{programme.area} · {lab['situation']} {fi_date(as_of)}", size=9, color=dc.ACCENT_RGB)
    dc.heading(doc, xl["outlook"], 1)
    dc.paragraph(doc, situation_line(programme, as_of, results), size=12, color=dc.ACCENT_RGB)
    dc.paragraph(doc, xl["method_intro"])
    rows = programme_outlook(programme, results)
    from planner.reports.extra_parts import outlook_counts_line

    dc.paragraph(doc, outlook_counts_line(rows, lang), bold=True)
    t = dc.table(doc, [xl["indicator"], xl["actual"], xl["forecast"], xl["range"], xl["target"],
                       xl["status_outlook"]], [6.0, 1.9, 1.8, 2.4, 1.8, 2.9])
    for row in rows:
        o = row.outlook
        if o is None:
            continue
        r = row.result
        target = r.indicator.target_value.number
        cells = dc.add_row(t, [f"{r.indicator.id} {r.indicator.name}", r.actual_in(lang) or "–", fmt(o.value),
                               f"{fmt(o.low)}–{fmt(o.high)}", value_text(target) if target is not None else "–",
                               outlook_status_label(o.status, lang)], level_col=False)
        from docx.shared import Pt, RGBColor

        note = cells.cells[0].paragraphs[0].add_run("\n" + dc.docx_text(o.method_text_in(lang)))
        note.italic = True
        note.font.size = Pt(7.5)
        note.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
    without = [r for r in rows if r.outlook is None]
    if without:
        dc.heading(doc, f"{xl['no_outlook']} ({len(without)})", 3)
        for r in without:
            dc.bullet(doc, f"{r.result.indicator.id} {r.result.indicator.name} – {r.reason_in(lang)}")
    with_outlook = [r for r in rows if r.outlook is not None and len(r.outlook.path) > 1]
    if with_outlook:
        paths = {id(r): r.outlook.path for r in with_outlook if r.outlook is not None}
        months = sorted({m for path in paths.values() for m, _v in path[1:]})
        abbr = MONTH_ABBR.get(lang, MONTH_ABBR["fi"])
        dc.heading(doc, f"{xl['forecast']}: {xl['charts'].lower()}", 3)
        width = 16.8 - 5.0
        t = dc.table(doc, ["", *[abbr[m - 1] for m in months]], [5.0] + [width / len(months)] * len(months))
        for r in with_outlook:
            values = dict(paths[id(r)])
            dc.add_row(t, [f"{r.result.indicator.id} {r.result.indicator.name}"]
                       + [fmt(values[m]) if m in values else "" for m in months], level_col=False)
    scen = scenario_rows(programme, results)
    if scen:
        dc.heading(doc, xl["scenarios"], 2)
        t = dc.table(doc, [xl["scenario"], xl["assumption"], xl["base"], xl["with"], xl["subsidy"]],
                     [3.0, 5.6, 2.8, 2.8, 2.6])
        for sc, ind, base, with_sc, fig in scen:
            dc.add_row(t, [sc.name, scenario_assumption(sc, ind, xl),
                           f"{fmt(base.value)} ({fmt(base.low)}–{fmt(base.high)})" if base else "–",
                           f"{fmt(with_sc.value)} ({fmt(with_sc.low)}–{fmt(with_sc.high)})" if with_sc else "–",
                           fig.value_text(lang)], level_col=False)
        dc.heading(doc, xl["figures"], 3)
        figure_rows(doc, [fig for *_x, fig in scen], xl, lang)
    dc.save(doc, path)
