"""The "muutokset" report: what changed between two programmes, as PDF or Word, for the board's agenda.

One table per part of the programme (programme details, each theme, spearheads ...):
the kind of change, the item, the text before (removed words struck through in red)
and after (added words underlined in green), and under an indicator change the
actual of A's year beside B's target. Texts and JSON: :mod:`planner.diff_output`.
"""

from __future__ import annotations

from itertools import groupby
from pathlib import Path
from typing import Any

from planner.diff import ADDED, CHANGED, MOVED, REMOVED, Change, ProgrammeDiff
from planner.storage.export_target import write_zip_document
from planner.textsafe import clean_text, para_markup

TITLE = "Muutokset"
HEADERS = ["Muutos", "Kohta", "Ennen (A)", "Nyt (B)"]
REMOVED_RGB = (0xB0, 0x3A, 0x2E)
ADDED_RGB = (0x1B, 0x6E, 0x20)
KIND_RGB = {ADDED: ADDED_RGB, REMOVED: REMOVED_RGB, CHANGED: (0x1F, 0x3B, 0x5A), MOVED: (0x6A, 0x1B, 0x9A)}


def _hex(rgb: tuple[int, int, int]) -> str:
    return "#{:02X}{:02X}{:02X}".format(*rgb)


def _groups(d: ProgrammeDiff) -> list[tuple[str, list[Change]]]:
    """Changes grouped by their top-level part ("Ohjelman tiedot", "Painopiste ”X”", "Kärjet" ...)."""
    def top(c: Change) -> str:
        return c.where.split(" › ")[0]

    return [(k, list(g)) for k, g in groupby(d.changes, key=top)]


def _sides(c: Change) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(before, after) as (op, text) pieces: op "=" plain, "-" removed, "+" added."""
    if c.words:
        return [(op, t) for op, t in c.words if op != "+"], [(op, t) for op, t in c.words if op != "-"]
    if c.kind == ADDED:
        return [], [("+", c.new)]
    if c.kind == REMOVED:
        return [("-", c.old)], []
    return [("=", c.old)], [("=", c.new)]


def _item_text(c: Change) -> str:
    sub = c.where.split(" › ")[1:]
    return " › ".join([*sub, c.label])


# -- PDF -------------------------------------------------------------------------------------


def _markup(pieces: list[tuple[str, str]]) -> str:
    out = []
    for op, text in pieces:
        m = para_markup(text)
        if op == "-":
            m = f'<font color="{_hex(REMOVED_RGB)}"><strike>{m}</strike></font>'
        elif op == "+":
            m = f'<font color="{_hex(ADDED_RGB)}"><u>{m}</u></font>'
        out.append(m)
    return "".join(out) or "–"


def export_diff_pdf(d: ProgrammeDiff, out_path: str | Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, Table, TableStyle

    from planner.reports.pdf_common import DARK, LIGHT, RULE, ReportDoc, heading, para

    rep = ReportDoc(str(out_path), title=f"{TITLE}: {d.b_name}", author="", subject=f"{d.a_name} → {d.b_name}",
                    lang="fi-FI", header_text=f"{TITLE}: {d.a_name} → {d.b_name}", footer_left="", page_word="sivu")
    rep.doc.pageTemplates.reverse()  # no cover: the first page has the running header too
    s = rep.s
    part_style = ParagraphStyle("diff_part", s["h2"], keepWithNext=0)  # a long table may start under it
    note_style = ParagraphStyle("diff_note", s["cell_small"], fontName=s["italic"], textColor=colors.HexColor("#555555"))

    def story() -> list[Any]:
        out: list[Any] = [heading(TITLE, s["h1"], None, "diff"),
                          para(f"A: {d.a_name}", s["body"]), para(f"B: {d.b_name}", s["body"]),
                          para(d.summary_fi(), s["h3"])]
        widths = [2.4 * cm, 4.8 * cm, 4.9 * cm, 4.9 * cm]
        for i, (part, changes) in enumerate(_groups(d)):
            out.append(heading(part, part_style, None, f"part{i}"))
            rows: list[list[Any]] = [[para(h, s["cell_head"]) for h in HEADERS]]
            style = [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(DARK)),
                     ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor(RULE)),
                     ("VALIGN", (0, 0), (-1, -1), "TOP")]
            for c in changes:
                before, after = _sides(c)
                kind = Paragraph(f'<font color="{_hex(KIND_RGB[c.kind])}">{para_markup(c.kind_fi)}</font>',
                                 s["cell_bold"])
                rows.append([kind, para(_item_text(c), s["cell"]), Paragraph(_markup(before), s["cell"]),
                             Paragraph(_markup(after), s["cell"])])
                if c.note:
                    rows.append(["", Paragraph(para_markup(c.note), note_style), "", ""])
                    style.append(("SPAN", (1, len(rows) - 1), (3, len(rows) - 1)))
                    style.append(("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), colors.HexColor(LIGHT)))
            t = Table(rows, colWidths=widths, repeatRows=1)
            t.setStyle(TableStyle(style))
            out.append(t)
        if not d.changes:
            out.append(para("Ohjelmat ovat samat.", s["body"]))
        return out

    rep.build(story)


# -- Word ----------------------------------------------------------------------------------------


def _runs(cell: Any, pieces: list[tuple[str, str]]) -> None:
    from docx.shared import Pt, RGBColor

    from planner.textsafe import docx_text

    p = cell.paragraphs[0]
    if not pieces:
        pieces = [("=", "–")]
    for op, text in pieces:
        r = p.add_run(docx_text(text))
        r.font.size = Pt(9)
        if op == "-":
            r.font.strike = True
            r.font.color.rgb = RGBColor(*REMOVED_RGB)
        elif op == "+":
            r.font.underline = True
            r.font.color.rgb = RGBColor(*ADDED_RGB)


def export_diff_docx(d: ProgrammeDiff, out_path: str | Path) -> None:
    from planner.reports import docx_common as dc

    doc = dc.new_document(title=f"{TITLE}: {d.b_name}", author="", subject=f"{d.a_name} → {d.b_name}",
                          lang="fi-FI", header_text=f"{TITLE}: {d.a_name} → {d.b_name}", footer_left="",
                          page_word="sivu")
    doc.sections[0].different_first_page_header_footer = False
    dc.heading(doc, TITLE, 1)
    dc.paragraph(doc, f"A: {d.a_name}")
    dc.paragraph(doc, f"B: {d.b_name}")
    dc.paragraph(doc, d.summary_fi(), bold=True)
    for part, changes in _groups(d):
        dc.heading(doc, part, 2)
        t = dc.table(doc, HEADERS, [2.2, 4.6, 4.9, 4.9])
        for c in changes:
            row = dc.add_row(t, ["", _item_text(c), "", ""], level_col=False)
            dc.set_cell(row.cells[0], c.kind_fi, bold=True, color=KIND_RGB[c.kind])
            before, after = _sides(c)
            _runs(row.cells[2], before)
            _runs(row.cells[3], after)
            if c.note:
                note = dc.add_row(t, ["", "", "", ""], level_col=False)
                merged = note.cells[1].merge(note.cells[3])
                dc.set_cell(merged, clean_text(c.note), italic=True, size=8.5)
    if not d.changes:
        dc.paragraph(doc, "Ohjelmat ovat samat.")
    write_zip_document(doc.save, out_path)
