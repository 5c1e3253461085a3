"""The year-end outlook (ennuste) as PDF, with the saved scenarios.

A page with the method, the outlook of every indicator with monthly data (value,
range, target, status on the outlook, method and inputs), the indicators with no
outlook and why, charts with the outlook dashed, and each scenario: its
assumption, the outlook with and without it, and its effect on the municipal
share of labour-market subsidy.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from planner.model import Programme
from planner.reports.common import ProgressFn, call_progress, fi_date, labels, language_of
from planner.reports.extra_parts import chart_grid, extra_labels, figure_table, new_report, simple_table


def export_outlook_pdf(programme: Programme, path: Path, results: list[Any], as_of: date,
                       progress: ProgressFn | None) -> None:
    xl = extra_labels(programme)
    rep = new_report(programme, path, xl["outlook"], as_of, progress)
    rep.build(lambda: outlook_story(programme, rep, results, as_of, progress))


def scenario_rows(programme: Programme, results: list[Any]) -> list[tuple[Any, Any, Any, Any, Any]]:
    """(scenario, indicator or None, base outlook, scenario outlook, subsidy figure) per saved scenario."""
    from planner.followup.costs import scenario_subsidy
    from planner.followup.outlook import indicator_outlook, programme_year

    year = programme_year(programme)
    out = []
    for sc in programme.economics.scenarios:
        found = programme.find_indicator(sc.indicator_id) if sc.indicator_id else None
        ind = found[2] if found else None
        base = with_sc = None
        remaining = 0
        if ind is not None and year:
            base = indicator_outlook(programme, ind, year)
            with_sc = indicator_outlook(programme, ind, year, extra_per_month=sc.extra_per_month)
            if with_sc is not None:
                remaining = 12 - with_sc.path[0][0]
        out.append((sc, ind, base, with_sc, scenario_subsidy(programme.economics, sc, remaining)))
    return out


def scenario_assumption(sc: Any, ind: Any, xl: dict[str, str] | None = None) -> str:
    """'M37 Työllistyneet: +2 / kk, 120 kuntaosuuden päivää vältetään / hlö' in the labels' language."""
    from planner.followup.costs import num
    from planner.reports.extra_parts import EXTRA_LABELS

    xl = xl or EXTRA_LABELS["fi"]
    sign = "+" if sc.extra_per_month > 0 else ""
    text = f"{ind.id + ' ' + ind.name if ind else xl['no_indicator']}: {sign}{num(sc.extra_per_month)} {xl['per_month']}"
    if sc.days_avoided_per_person:
        text += f", {num(sc.days_avoided_per_person)} {xl['days_avoided']}"
    return text


def outlook_story(programme: Programme, rep: Any, results: list[Any], as_of: date, progress: ProgressFn | None
                  ) -> list[Any]:
    from reportlab.platypus import Paragraph

    from planner.followup.outlook import OUTLOOK_COLOR, fmt, outlook_status_label, programme_outlook
    from planner.reports.charts import indicator_chart, indicator_chart_alt
    from planner.reports.municipal_parts import value_text
    from planner.reports.pdf_common import heading, para
    from planner.reports.pdf_followup import situation_line
    from planner.textsafe import para_markup

    s = rep.s
    lab = labels(programme)
    xl = extra_labels(programme)
    lang = language_of(programme)
    rows = programme_outlook(programme, results)
    story: list[Any] = [
        para(f"{programme.area} · {lab['situation']} {fi_date(as_of)}", s["kicker"]),
        heading(xl["outlook"], s["h1"], 0, "outlook"),
        para(situation_line(programme, as_of, results), s["subtitle"]),
        para(xl["method_intro"], s["body"]),
    ]
    with_outlook = [r for r in rows if r.outlook is not None]
    from planner.reports.extra_parts import outlook_counts_line

    story.append(Paragraph(f"<b>{para_markup(outlook_counts_line(rows, lang))}</b>", s["body"]))
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    from planner.reports.pdf_common import DARK, RULE

    w = rep.doc.width
    head = [xl["indicator"], xl["actual"], xl["forecast"], xl["range"], xl["target"], xl["status_outlook"]]
    data: list[list[Any]] = [[Paragraph(para_markup(h), s["cell_head_small"]) for h in head]]
    small = s["legend"]
    for row in with_outlook:
        o = row.outlook
        assert o is not None  # with_outlook holds only rows with an outlook
        r = row.result
        name = (f"<b>{para_markup(r.indicator.id)} {para_markup(r.indicator.name)}</b><br/>"
                f"<font size='6.5' color='#666666'>{para_markup(o.method_text_in(lang))}</font>")
        status = f"<font color='{OUTLOOK_COLOR[o.status]}'><b>{para_markup(outlook_status_label(o.status, lang))}</b></font>"
        data.append([Paragraph(name, small), para(r.actual_in(lang) or "–", small), para(fmt(o.value), small),
                     para(f"{fmt(o.low)}–{fmt(o.high)}", small),
                     para(value_text(r.indicator.target_value.number) if r.indicator.target_value.number is not None
                          else r.indicator.target or "–", small),
                     Paragraph(status, small)])
    t = Table(data, colWidths=[w * x for x in (0.38, 0.11, 0.1, 0.13, 0.11, 0.17)], repeatRows=1, hAlign="LEFT")
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), s["font"], 8), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(DARK)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor(RULE)),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    story.append(t)
    without = [r for r in rows if r.outlook is None]
    if without:
        story.append(para(f"{xl['no_outlook']} ({len(without)})", s["h3"]))
        for r in without:
            story.append(Paragraph(f"<b>{para_markup(r.result.indicator.id)} {para_markup(r.result.indicator.name)}"
                                   f"</b> – {para_markup(r.reason_in(lang))}", s["bullet"], bulletText="•"))
    cells = []
    from planner.followup.progress import STATUS_COLOR

    for n, row in enumerate(with_outlook):
        call_progress(progress, n, len(with_outlook), row.result.indicator.name)
        d = indicator_chart(row.result, lab, lang, s["font"], STATUS_COLOR.get(row.result.status, "#1565c0"),
                            width=w / 2 - 10, height=110, outlook=row.outlook)
        if d is not None:
            cells.append([para(f"{row.result.indicator.id} {row.result.indicator.name}", s["cell_bold"]),
                          rep.graphic(d, alt=indicator_chart_alt(row.result, lang))])
    story += chart_grid(rep, cells, xl["charts"])
    story += scenarios_story(programme, rep, results)
    return story


def scenarios_story(programme: Programme, rep: Any, results: list[Any]) -> list[Any]:
    from reportlab.platypus import Spacer

    from planner.followup.outlook import fmt
    from planner.reports.pdf_common import heading, para

    s = rep.s
    xl = extra_labels(programme)
    lang = language_of(programme)
    rows = scenario_rows(programme, results)
    if not rows:
        return []
    out: list[Any] = [Spacer(1, 10), heading(xl["scenarios"], s["h2"], 0, "scenarios")]
    table_rows = []
    figures = []
    for sc, ind, base, with_sc, fig in rows:
        table_rows.append([sc.name, scenario_assumption(sc, ind, xl),
                           f"{fmt(base.value)} ({fmt(base.low)}–{fmt(base.high)})" if base else "–",
                           f"{fmt(with_sc.value)} ({fmt(with_sc.low)}–{fmt(with_sc.high)})" if with_sc else "–",
                           fig.value_text(lang)])
        figures.append(fig)
        if sc.note:
            figures[-1].user_note = sc.note
    out.append(simple_table(rep, [xl["scenario"], xl["assumption"], xl["base"], xl["with"], xl["subsidy"]],
                            table_rows, [0.16, 0.34, 0.16, 0.16, 0.18], numeric_from=2))
    out += [Spacer(1, 8), para(xl["figures"], s["h3"]), figure_table(rep, figures, xl, lang)]
    return out
