"""The follow-up report's status per spearhead (and target group), from the indicators linked to each.

The rule is :mod:`planner.followup.tag_progress`: a spearhead is as far along as its weakest
indicator with actuals; the table shows the counts per status beside it.
"""

from __future__ import annotations

from typing import Any

from planner.model import Programme
from planner.reports.common import labels, language_of, status_label
from planner.reports.plan_labels import plan_labels


def _rows(programme: Programme, results: list[Any]) -> list[tuple[str, str, Any, Any]]:
    """(group label, tag name, overall status or None, TagStatus) for spearheads, then target groups."""
    from planner.followup.tag_progress import tag_statuses

    pl = plan_labels(programme)
    out = []
    for key, tags in (("spearheads", programme.spearheads), ("target_groups", programme.target_groups)):
        for ts in tag_statuses(programme, results, tags):
            out.append((pl[key], ts.tag.name, ts.status, ts))
    return out


def pdf_story(programme: Programme, rep: Any, results: list[Any]) -> list[Any]:
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    from planner.followup.progress import STATUS_COLOR, STATUS_SYMBOL, ProgressStatus
    from planner.reports.pdf_common import DARK, RULE, heading, para
    from planner.textsafe import para_markup

    if not (programme.spearheads or programme.target_groups):
        return []
    s = rep.s
    lab, pl = labels(programme), plan_labels(programme)
    lang = language_of(programme)
    statuses = list(ProgressStatus)
    head = [Paragraph(para_markup(pl["spearheads"] + " / " + pl["target_groups"].lower()), s["cell_head_small"]),
            Paragraph(para_markup(lab["status"]), s["cell_head_small"])]
    head += [Paragraph(para_markup(STATUS_SYMBOL[st]), s["cell_head_num"]) for st in statuses]
    data: list[list[Any]] = [head]
    style: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), s["font"], 8.5),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(DARK)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor(RULE)),
    ]
    for group, name, status, ts in _rows(programme, results):
        if status is None:
            state = Paragraph(f"<i>{para_markup(pl['no_indicators_linked'])}</i>", s["cell_small"])
        else:
            col = STATUS_COLOR[status]
            state = Paragraph(f'<font color="{col}"><b>{para_markup(STATUS_SYMBOL[status])}</b></font> '
                              f"{para_markup(status_label(status, lang))}", s["cell_small"])
        counts = ts.counts
        data.append([Paragraph(f"{para_markup(name)}<br/><font size='7' color='#555555'>{para_markup(group)}</font>",
                               s["cell_small"]), state]
                    + [para(str(counts[st]) if ts.results else "", s["cell_num"]) for st in statuses])
    w = rep.doc.width
    widths = [w * 0.42, w * 0.2] + [w * 0.38 / len(statuses)] * len(statuses)
    t = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    t.setStyle(TableStyle(style))
    return [Spacer(1, 10), heading(pl["spearhead_status"], s["h2"], 1, "spearhead-status"), t,
            para(pl["status_rule"], s["legend"])]


def docx_part(doc: Any, programme: Programme, results: list[Any]) -> None:
    from planner.followup.progress import STATUS_COLOR, STATUS_SYMBOL, ProgressStatus
    from planner.reports import docx_common as dc

    if not (programme.spearheads or programme.target_groups):
        return
    lab, pl = labels(programme), plan_labels(programme)
    lang = language_of(programme)
    statuses = list(ProgressStatus)
    dc.heading(doc, pl["spearhead_status"], 2)
    t = dc.table(doc, [pl["spearheads"] + " / " + pl["target_groups"].lower(), lab["status"]]
                 + [STATUS_SYMBOL[st] for st in statuses], [6.3, 3.2] + [1.3] * len(statuses))
    for group, name, status, ts in _rows(programme, results):
        counts = ts.counts
        row = dc.add_row(t, [f"{name} ({group.lower()})", ""]
                         + [str(counts[st]) if ts.results else "" for st in statuses], level_col=False)
        if status is None:
            dc.set_cell(row.cells[1], pl["no_indicators_linked"], italic=True)
        else:
            color = STATUS_COLOR[status].lstrip("#")
            dc.set_cell(row.cells[1], f"{STATUS_SYMBOL[status]} {status_label(status, lang)}", bold=True,
                        color=(int(color[0:2], 16), int(color[2:4], 16), int(color[4:6], 16)))
    dc.paragraph(doc, pl["status_rule"], size=8, color=(0x55, 0x55, 0x55))
