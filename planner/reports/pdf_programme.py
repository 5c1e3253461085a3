"""The programme document as PDF, laid out like seed 004 (Työllisyysohjelma 2026).

Cover, table of contents, statutory services, the themes overview, then every focus
area on its own page: title, heading line, description, the three bullet groups and
the indicator table (MITTARI | LÄHTÖARVO | TAVOITE) grouped by level.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from planner.model import Indicator, Programme, Status
from planner.reports.common import (
    BULLET_GROUPS,
    ProgressFn,
    call_progress,
    document_title,
    grouped_rows,
    iso_to_fi_date,
    labels,
    language_tag,
    level_legend,
    row_texts,
)
from planner.reports.edition import cover_edition_line, edition_line
from planner.reports.pdf_common import ACCENT, DARK, LIGHT, RULE, ReportDoc, bullet, heading, para
from planner.textsafe import clean_text


def export_programme_pdf(programme: Programme, out_path: str | Path, progress: ProgressFn | None = None,
                         logo: str | Path | None = None) -> None:
    """Write the programme document to ``out_path`` as PDF."""
    lab = labels(programme)
    title = document_title(programme)
    rep = ReportDoc(
        str(out_path), title=title, author=programme.author or programme.area, subject=programme.area or title,
        lang=language_tag(programme), header_text=" · ".join(x for x in (title, clean_text(programme.area), edition_line(programme, False)) if x),
        footer_left=programme.motto, page_word=lab["page"], progress=progress,
    )
    rep.build(lambda: programme_story(programme, rep, logo=logo, progress=progress))


def cover_story(programme: Programme, rep: ReportDoc, subtitle: str = "", logo: str | Path | None = None,
                extra: list[Any] | None = None, show_status: bool = True) -> list[Any]:
    """The cover page: title, year, area, member municipalities, optional logo, status and decisions."""
    from reportlab.lib.units import cm
    from reportlab.platypus import Image, Spacer

    s = rep.s
    lab = labels(programme)
    out: list[Any] = []
    if logo:
        try:
            img = Image(str(logo))
            ratio = img.imageHeight / float(img.imageWidth or 1)
            img.drawWidth = min(5 * cm, img.imageWidth)
            img.drawHeight = img.drawWidth * ratio
            img.hAlign = "LEFT"
            out += [img, Spacer(1, 1 * cm)]
        except Exception:  # noqa: BLE001 - a broken logo must not stop the export
            out.append(Spacer(1, 2 * cm))
    else:
        out.append(Spacer(1, 4 * cm))
    out.append(heading(document_title(programme), cover_title_style(rep, document_title(programme)), None, "cover",
                       tag="H1"))
    if subtitle:
        out.append(para(subtitle, s["cover_sub"]))
    if programme.area:
        out.append(para(programme.area, s["cover_sub"]))
    if programme.municipalities:
        out.append(Spacer(1, 0.4 * cm))
        out.append(para(", ".join(programme.municipalities), s["cover_members"]))
    out.extend(extra or [])
    out.append(Spacer(1, 0.6 * cm))
    edition = cover_edition_line(programme, show_status)
    if edition:
        out.append(para(edition, s["cover_text"]))
    out.append(Spacer(1, 0.9 * cm))
    if not show_status:
        pass
    elif programme.status is Status.DRAFT:
        out.append(para(lab["draft"], s["cover_mark"]))
    elif programme.status is Status.FOR_COMMENT:
        out.append(para(lab["for_comment"], s["cover_mark"]))
    for d in programme.decisions:
        line = " ".join(x for x in (lab["approved"] + ":", d.body, iso_to_fi_date(d.date), d.section) if x)
        out.append(para(line, s["cover_text"]))
    if programme.motto:
        out += [Spacer(1, 1.0 * cm), para(programme.motto, s["motto_big"])]
    people = [x for x in (programme.author, programme.contact) if x and x != programme.area]
    if people:
        out += [Spacer(1, 1.0 * cm)] + [para(x, s["cover_text"]) for x in people]
    return out


COVER_TITLE_MAX_HEIGHT = 260  # points: the title never pushes the rest of the cover to a second page


def cover_title_style(rep: ReportDoc, title: str) -> Any:
    """The cover title's style: 30 pt, smaller for a long title so the cover stays one page.

    The running header shortens a long title with an ellipsis; the cover shows it whole.
    """
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    from planner.textsafe import para_markup

    base = rep.s["cover_title"]
    for size in (30, 24, 20, 16, 13, 11, 9, 7):
        style = ParagraphStyle(f"cover_title_{size}", base, fontSize=size, leading=size * 1.2)
        _w, h = Paragraph(para_markup(title), style).wrap(rep.doc.width, 10_000)
        if h <= COVER_TITLE_MAX_HEIGHT:
            break
    style.name = "cover_title"
    return style


def programme_story(programme: Programme, rep: ReportDoc, logo: str | Path | None = None,
                    progress: ProgressFn | None = None) -> list[Any]:
    from reportlab.platypus import NextPageTemplate, PageBreak

    s = rep.s
    lab = labels(programme)
    story: list[Any] = cover_story(programme, rep, logo=logo)
    story += [NextPageTemplate("body"), PageBreak()]
    story += [heading(lab["contents"], s["h1"], None, "toc"), rep.toc(), PageBreak()]

    from planner.model import SectionPlacement
    from planner.reports.pdf_sections import chains_story, sections_story, tags_story

    if programme.sections_at(SectionPlacement.BEFORE):
        story += sections_story(programme, rep, SectionPlacement.BEFORE)
        story.append(PageBreak())
    if programme.services:
        story += services_story(programme, rep)
        story.append(PageBreak())
    if programme.themes:
        story += themes_overview_story(programme, rep)
    focus = list(programme.focus_areas())
    previous_theme = None
    for n, (theme, fa) in enumerate(focus):
        call_progress(progress, n, len(focus), fa.title)
        story.append(PageBreak())
        first_of_theme = theme is not previous_theme
        previous_theme = theme
        story += focus_area_story(programme, rep, theme, fa, first_of_theme)
    if programme.spearheads or programme.target_groups:
        story += [PageBreak(), *tags_story(programme, rep)]
    if programme.sections_at(SectionPlacement.AFTER):
        story += sections_story(programme, rep, SectionPlacement.AFTER)
    story += chains_story(programme, rep)
    return story


def services_story(programme: Programme, rep: ReportDoc) -> list[Any]:
    s = rep.s
    lab = labels(programme)
    out: list[Any] = [heading(programme.services_title or lab["services"], s["h1"], 0, "services")]
    if programme.services_subtitle:
        out.append(para(programme.services_subtitle, s["subtitle"]))
    for cat in programme.services:
        if cat.title:
            out.append(para(cat.title, s["h3"], tag="H2"))
        out += [bullet(item, s["bullet"]) for item in cat.items]
    return out


def themes_overview_story(programme: Programme, rep: ReportDoc) -> list[Any]:
    """Each theme with each focus area's title in bold and its summary, as seed 004's overview page."""
    from reportlab.platypus import Paragraph

    from planner.textsafe import para_markup

    s = rep.s
    lab = labels(programme)
    out: list[Any] = [heading(programme.themes_title or lab["themes"], s["h1"], 0, "themes")]
    if programme.themes_subtitle:
        out.append(para(programme.themes_subtitle, s["subtitle"]))
    for theme in programme.themes:
        out.append(para(theme.title, s["h2"]))
        if theme.summary:
            from planner.reports.pdf_sections import text_blocks

            out += text_blocks(theme.summary, rep)
        for fa in theme.focus_areas:
            text = f"<b>{para_markup(fa.title)}</b>"
            if fa.summary:
                text += " – " + para_markup(fa.summary)
            out.append(Paragraph(text, s["theme_bullet"], bulletText="•"))
    return out


def focus_area_story(programme: Programme, rep: ReportDoc, theme: Any, fa: Any, first_of_theme: bool) -> list[Any]:
    from reportlab.platypus import KeepTogether, Spacer

    s = rep.s
    lab = labels(programme)
    out: list[Any] = []
    if first_of_theme:
        out.append(heading(theme.title, s["kicker"], 0, f"theme-{theme.id}"))
    else:
        out.append(para(theme.title, s["kicker"]))
    out.append(heading(fa.title, s["fa_title"], 1, f"fa-{fa.id}"))
    if fa.heading:
        out.append(para(fa.heading, s["fa_heading"]))
    if fa.description:
        from planner.reports.pdf_sections import text_blocks

        out += text_blocks(fa.description, rep)  # paragraphs and lists as written
    for group in BULLET_GROUPS:
        items = fa.bullets(group)
        if not items:
            continue
        out.append(para(lab[group.value], s["h3"]))
        out += [bullet(item, s["bullet"]) for item in items]
    if fa.rows:
        # The table (with its legend) moves to the next page whole rather than
        # splitting so that continued rows would lose their level label.
        # The caption names the focus area: the table may open the next page.
        caption = para(f"{lab['indicators_caption']}: {clean_text(fa.title)}", s["caption"])
        block: list[Any] = [Spacer(1, 8), caption, indicator_table(programme, rep, fa.rows)]
        legend = level_legend(programme, {r.level for r in fa.rows if r.level})
        if legend:
            block.append(para(legend, s["legend"]))
        out.append(KeepTogether(block))
    return out


def indicator_table(programme: Programme, rep: ReportDoc, rows: list[Any]) -> Any:
    """MITTARI | LÄHTÖARVO | TAVOITE with the level in a first column, as seed 004."""
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, Table, TableStyle

    s = rep.s
    lab = labels(programme)
    width = rep.doc.width
    level_w = 1.2 * cm
    rest = width - level_w
    # Baseline and target get room for the longest Finnish words of seed 004
    # ("kustannuseurantakohdetta") so that no word is split without a hyphen.
    col_widths = [level_w, rest * 0.40, rest * 0.30, rest * 0.30]
    data: list[list[Any]] = [[Paragraph("", s["cell_head"]), Paragraph(lab["indicator"], s["cell_head"]),
                              Paragraph(lab["baseline"], s["cell_head"]), Paragraph(lab["target"], s["cell_head"])]]
    style: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), s["font"], 9),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(DARK)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor(RULE)),
        ("BACKGROUND", (0, 1), (0, -1), colors.HexColor(LIGHT)),
    ]
    for i, tr in enumerate(grouped_rows(programme, rows), start=1):
        name, baseline, target = row_texts(programme, tr.row)
        level_cell = para(tr.level_shown, s["cell_bold"])
        if isinstance(tr.row, Indicator):
            data.append([level_cell, para(name, s["cell"]), para(baseline, s["cell"]), para(target, s["cell"])])
        else:
            data.append([level_cell, para(name, s["cell_ref"]), "", ""])
            style.append(("SPAN", (1, i), (3, i)))
        if tr.group_start and i > 1:
            style.append(("LINEABOVE", (0, i), (-1, i), 1.2, colors.HexColor(ACCENT)))
    table = Table(data, colWidths=col_widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(style))
    return table
