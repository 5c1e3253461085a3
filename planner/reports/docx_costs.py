"""Costs and effects as Word: the same tables as the PDF, each figure with its method and inputs."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from planner.model import Programme
from planner.reports import docx_common as dc
from planner.reports.common import ProgressFn, fi_date, labels, language_of
from planner.reports.extra_parts import extra_labels


def export_costs_docx(programme: Programme, path: Path, results: list[Any], as_of: date,
                      progress: ProgressFn | None) -> None:
    from planner.followup.costs import costs_report, eur, num, period_text
    from planner.reports.docx_outlook import figure_rows
    from planner.reports.docx_programme import start_document
    from planner.reports.pdf_costs import band_rows

    lab = labels(programme)
    lang = language_of(programme)
    xl = extra_labels(programme)
    e = programme.economics
    report = costs_report(programme, results)
    doc = start_document(programme, xl["costs"])
    dc.paragraph(doc, f"{programme.area} · {lab['situation']} {fi_date(as_of)}", size=9, color=dc.ACCENT_RGB)
    dc.heading(doc, xl["costs"], 1)
    dc.heading(doc, f"{xl['budget']} – {xl['spent']}", 2)
    if report.items:
        t = dc.table(doc, [xl["item"], xl["budget"], xl["spent"], xl["used"], xl["per_employed"],
                           f"{xl['per_employed']} ({xl['forecast'].lower()})"], [4.6, 2.4, 2.4, 1.6, 2.9, 2.9])
        for item, figs in report.items:
            dc.add_row(t, [item.name, eur(item.budget) if item.budget is not None else "–",
                           eur(item.spent) if item.spent is not None else "–", figs[0].value_text(lang),
                           figs[1].value_text(lang) if len(figs) > 1 else "–",
                           figs[2].value_text(lang) if len(figs) > 2 else "–"], level_col=False)
        for f in report.totals:
            dc.add_row(t, [lab["total"], eur(sum(c.budget or 0 for c in e.costs)),
                           eur(sum(c.spent or 0 for c in e.costs)), f.value_text(lang), "", ""], level_col=False)
        dc.heading(doc, xl["figures"], 3)
        figure_rows(doc, [f for _item, figs in report.items for f in figs] + report.totals, xl, lang)
    else:
        dc.paragraph(doc, xl["no_costs"])
    dc.heading(doc, xl["subsidy"], 2)
    change = report.subsidy
    if change is None:
        dc.paragraph(doc, xl["no_subsidy"])
    else:
        earlier = period_text(change.earlier) if change.earlier else "–"
        dc.paragraph(doc, f"{period_text(change.latest)} / {earlier}"
                     + (f" ({e.subsidy_source})" if e.subsidy_source else "")
                     + f"; {xl['daily_benefit']} {num(e.daily_benefit, 2)} {xl['per_day']}", size=8)
        t = dc.table(doc, [xl["band"], xl["share"], xl["persons"], xl["days"],
                           f"{xl['euros']} {period_text(change.latest)}", f"{xl['euros']} {earlier}", xl["change"]],
                     [2.6, 2.0, 2.0, 2.0, 2.8, 2.8, 2.6])
        for row in band_rows(change):
            dc.add_row(t, row, level_col=False)
        if any(r.euros_computed for r in change.rows_latest):
            dc.paragraph(doc, xl["computed_note"], size=8)
        figure_rows(doc, change.figures, xl, lang)
        if report.per_municipality:
            dc.heading(doc, xl["by_municipality"], 3)
            figure_rows(doc, [f for c in report.per_municipality.values() for f in c.figures], xl, lang)
    if report.benefit is not None:
        dc.heading(doc, xl["benefit"], 2)
        figure_rows(doc, [report.benefit], xl, lang)
    if report.scenarios:
        dc.heading(doc, xl["scenarios"], 2)
        figure_rows(doc, [fig for _sc, _o, fig in report.scenarios], xl, lang)
    dc.save(doc, path)
