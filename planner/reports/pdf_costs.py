"""Costs and effects (kustannukset ja vaikutukset) as PDF.

Money per service or focus area (budget, spent, share used, people employed, cost
per person employed now and at year end), the municipal share of labour-market
subsidy per band (persons, days, euros, and the change against a year earlier),
the same per municipality when the figures have municipalities, the benefit to
cost ratio, and the scenarios' effect on the subsidy share. Every figure is
printed with its method and inputs (:func:`planner.reports.extra_parts.figure_table`).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from planner.model import Programme
from planner.reports.common import ProgressFn, fi_date, labels, language_of
from planner.reports.extra_parts import extra_labels, figure_table, new_report, simple_table


def export_costs_pdf(programme: Programme, path: Path, results: list[Any], as_of: date,
                     progress: ProgressFn | None) -> None:
    xl = extra_labels(programme)
    rep = new_report(programme, path, xl["costs"], as_of, progress)
    rep.build(lambda: costs_story(programme, rep, results, as_of))


def band_rows(change: Any) -> list[list[str]]:
    from planner.followup.costs import eur, num

    before = {r.band: r for r in change.rows_earlier}
    rows = []
    for r in change.rows_latest:
        b = before.get(r.band)
        d_eur = (r.euros - b.euros) if b is not None and r.euros is not None and b.euros is not None else None
        rows.append([r.band, f"{num((r.share or 0) * 100, 0)} %", num(r.persons, 0) if r.persons is not None else "–",
                     num(r.days, 0) if r.days is not None else "–",
                     (eur(r.euros) + (" *" if r.euros_computed else "")) if r.euros is not None else "–",
                     eur(b.euros) if b is not None and b.euros is not None else "–",
                     eur(d_eur) if d_eur is not None else "–"])
    return rows


def costs_story(programme: Programme, rep: Any, results: list[Any], as_of: date) -> list[Any]:
    from reportlab.platypus import Spacer

    from planner.followup.costs import costs_report, eur, num, period_text
    from planner.reports.pdf_common import heading, para

    s = rep.s
    lang = language_of(programme)
    lab = labels(programme)
    xl = extra_labels(programme)
    report = costs_report(programme, results)
    e = programme.economics
    story: list[Any] = [para(f"{programme.area} · {lab['situation']} {fi_date(as_of)}", s["kicker"]),
                        heading(xl["costs"], s["h1"], 0, "costs")]
    # Money per service or focus area.
    story.append(heading(f"{xl['budget']} – {xl['spent']}", s["h2"], 1, "costs-money"))
    if report.items:
        money_rows = []
        for item, figs in report.items:
            per = figs[1] if len(figs) > 1 else None
            year_end = figs[2] if len(figs) > 2 else None
            money_rows.append([item.name, eur(item.budget) if item.budget is not None else "–",
                               eur(item.spent) if item.spent is not None else "–", figs[0].value_text(lang),
                               per.value_text(lang) if per else "–", year_end.value_text(lang) if year_end else "–"])
        for f in report.totals:
            budget = sum(c.budget or 0 for c in e.costs)
            spent = sum(c.spent or 0 for c in e.costs)
            money_rows.append([lab["total"], eur(budget), eur(spent), f.value_text(lang), "", ""])
        story.append(simple_table(rep, [xl["item"], xl["budget"], xl["spent"], xl["used"], xl["per_employed"],
                                        f"{xl['per_employed']} ({xl['forecast'].lower()})"], money_rows,
                                  [0.3, 0.14, 0.14, 0.1, 0.16, 0.16]))
        figures = [f for _item, figs in report.items for f in figs] + report.totals
        story += [Spacer(1, 6), para(xl["figures"], s["h3"]), figure_table(rep, figures, xl, lang)]
    else:
        story.append(para(xl["no_costs"], s["body"]))
    # The municipal share of labour-market subsidy.
    story.append(heading(xl["subsidy"], s["h2"], 1, "costs-subsidy"))
    change = report.subsidy
    if change is None:
        story.append(para(xl["no_subsidy"], s["body"]))
    else:
        src = f" ({e.subsidy_source})" if e.subsidy_source else ""
        story.append(para(f"{period_text(change.latest)}"
                          + (f" / {period_text(change.earlier)}" if change.earlier else "")
                          + f"{src}; {xl['daily_benefit']} {num(e.daily_benefit, 2)} {xl['per_day']}", s["legend"]))
        earlier = period_text(change.earlier) if change.earlier else "–"
        story.append(simple_table(
            rep, [xl["band"], xl["share"], xl["persons"], xl["days"], f"{xl['euros']} {period_text(change.latest)}",
                  f"{xl['euros']} {earlier}", xl["change"]],
            band_rows(change), [0.15, 0.13, 0.11, 0.11, 0.17, 0.17, 0.16]))
        if any(r.euros_computed for r in change.rows_latest):
            story.append(para(xl["computed_note"], s["legend"]))
        story += [Spacer(1, 6), figure_table(rep, change.figures, xl, lang)]
        if report.per_municipality:
            story.append(para(xl["by_municipality"], s["h3"]))
            rows = []
            for m, c in report.per_municipality.items():
                by_code = {f.code: f for f in c.figures}
                rows.append([m] + [by_code[code].value_text(lang) if code in by_code else "–" for code in
                                   ("fig_subsidy_persons", "fig_subsidy_days", "fig_subsidy_euros", "fig_change_euros")])
            story.append(simple_table(rep, [xl["municipality"], xl["persons"], xl["days"], xl["euros"],
                                            xl["change"]], rows, [0.3, 0.15, 0.15, 0.2, 0.2]))
    if report.benefit is not None:
        story += [heading(xl["benefit"], s["h2"], 1, "costs-benefit"), figure_table(rep, [report.benefit], xl, lang)]
    if report.scenarios:
        story.append(heading(xl["scenarios"], s["h2"], 1, "costs-scenarios"))
        story.append(figure_table(rep, [fig for _sc, _o, fig in report.scenarios], xl, lang))
    return story
