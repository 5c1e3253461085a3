"""The whole-plan parts of the PDF programme: free-text sections, spearheads, target groups, impact chain.

The impact chain is *drawn* (a reportlab flowable painting on the page canvas):
one column per stage under a row of chevrons, the links as boxes, every placed
indicator as a small box under its link's column, arrows between the stages.
Below the drawing the same chain is written out as text (links in full, what
they point at, indicators not placed), so nothing of it exists only as a picture.
"""

from __future__ import annotations

from typing import Any

from planner.impact_chain import chain_columns, chain_scope_title, stage_label, unplaced_indicators
from planner.model import ImpactChain, Programme, SectionPlacement, Tag
from planner.reports.common import language_of
from planner.reports.pdf_common import ACCENT, DARK, LIGHT, RULE, ReportDoc, bullet, heading, para
from planner.reports.plan_labels import plan_labels
from planner.sections import parse_blocks
from planner.textsafe import clean_text, para_markup


def text_blocks(text: str, rep: ReportDoc, body_style: str = "body") -> list[Any]:
    """Paragraphs, lists and subheadings of a section's (or a description's) text."""
    from reportlab.platypus import Paragraph

    s = rep.s
    out: list[Any] = []
    for block in parse_blocks(text):
        if block.kind == "subheading":
            out.append(para(block.text, s["h3"]))
        elif block.kind == "paragraph":
            out.append(para(block.text, s[body_style]))
        elif block.kind == "bullets":
            out += [bullet(item, s["bullet"]) for item in block.items]
        else:
            out += [Paragraph(para_markup(item), s["bullet"], bulletText=f"{n}.")
                    for n, item in enumerate(block.items, start=1)]
    return out


def sections_story(programme: Programme, rep: ReportDoc, placement: SectionPlacement) -> list[Any]:
    """The sections before or after the themes, in the user's order; a main heading starts a page."""
    from reportlab.platypus import PageBreak

    s = rep.s
    out: list[Any] = []
    for n, sec in enumerate(programme.sections_at(placement)):
        if sec.level == 1 and (n > 0 or placement is SectionPlacement.AFTER):
            out.append(PageBreak())
        style, level = (s["h1"], 0) if sec.level == 1 else (s["h2"], 1)
        out.append(heading(sec.heading or "–", style, level, f"sec-{sec.id}"))
        out += text_blocks(sec.body, rep)
    return out


def _links_of(programme: Programme, tag: Tag) -> tuple[list[str], list[str]]:
    fas = [f"{fa.title} ({theme.title})" for theme, fa in programme.focus_areas() if tag.id in fa.tags]
    inds = [f"{ind.name} ({fa.title})" for _t, fa, ind in programme.indicators() if tag.id in ind.tags]
    return fas, inds


def tags_story(programme: Programme, rep: ReportDoc) -> list[Any]:
    """A page of spearheads and target groups: each with its description and what links to it."""
    s = rep.s
    pl = plan_labels(programme)
    out: list[Any] = []
    for key, tags in (("spearheads", programme.spearheads), ("target_groups", programme.target_groups)):
        if not tags:
            continue
        out.append(heading(pl[key], s["h1"], 0, key))
        for tag in tags:
            out.append(heading(tag.name or "–", s["h2"], 1, f"tag-{tag.id}"))
            out += text_blocks(tag.description, rep)
            fas, inds = _links_of(programme, tag)
            if fas:
                out.append(para(pl["linked_focus_areas"], s["h3"]))
                out += [bullet(x, s["bullet"]) for x in fas]
            if inds:
                out.append(para(pl["linked_indicators"], s["h3"]))
                out += [bullet(x, s["bullet"]) for x in inds]
            if not fas and not inds:
                out.append(para(pl["nothing_linked"], s["small"]))
    return out


def chain_story(programme: Programme, rep: ReportDoc, chain: ImpactChain) -> list[Any]:
    """One impact chain: heading, description, the drawn diagram, then the chain as text."""
    from reportlab.platypus import Spacer

    s = rep.s
    pl = plan_labels(programme)
    lang = language_of(programme)
    scope = chain_scope_title(programme, chain)
    title = chain.title or (f"{pl['chain_of']}: {scope}" if scope else pl["impact_chain"])
    out: list[Any] = [heading(title, s["h1"], 0, f"chain-{chain.id}")]
    if scope and chain.title:
        out.append(para(f"{pl['chain_of']}: {scope}", s["subtitle"]))
    out += text_blocks(chain.description, rep)
    out += [Spacer(1, 6), chain_diagram(programme, chain, rep), Spacer(1, 10)]
    for col in chain_columns(programme, chain):
        if not col.links:
            continue
        out.append(para(stage_label(col.stage, lang), s["h3"]))
        for lv in col.links:
            if lv.link.title and lv.link.title != stage_label(col.stage, lang):
                out.append(para(lv.link.title, s["cell_bold"]))
            out += text_blocks(lv.link.text, rep)
            extras = [(pl["linked_focus_areas"], lv.focus_areas), (pl["spearheads"], lv.tags),
                      (pl["linked_indicators"], [i.name for i in lv.indicators])]
            for label, names in extras:
                if names:
                    out.append(para(f"{label}: {', '.join(names)}", s["small"]))
    missing = unplaced_indicators(programme, chain)
    if missing:
        out.append(para(pl["not_placed"], s["h3"]))
        out += [bullet(ind.name, s["bullet"]) for ind in missing]
    return out


def chains_story(programme: Programme, rep: ReportDoc) -> list[Any]:
    from reportlab.platypus import PageBreak

    out: list[Any] = []
    for chain in programme.impact_chains:
        out += [PageBreak(), *chain_story(programme, rep, chain)]
    return out


# -- the drawing -------------------------------------------------------------------------------

HEAD_H = 24.0
GAP = 9.0
PAD = 4.0
TITLE_SIZE, TEXT_SIZE, IND_SIZE = 7.5, 7.0, 6.5


def wrap_words(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines of at most ``width`` points; a word longer than a line is split with a hyphen
    (Finnish compounds such as "nuorisotyöttömyyden" do not fit a narrow column)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def fits(t: str) -> bool:
        return stringWidth(t, font, size) <= width

    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if fits(candidate):
            line = candidate
            continue
        if line:
            lines.append(line)
            line = ""
        while not fits(word):
            cut = len(word) - 1
            while cut > 1 and not fits(word[:cut] + "-"):
                cut -= 1
            lines.append(word[:cut] + "-")
            word = word[cut:]
        line = word
    if line:
        lines.append(line)
    return lines


def chain_diagram(programme: Programme, chain: ImpactChain, rep: ReportDoc) -> Any:
    return _diagram_class()(programme, chain, rep)


_DIAGRAM: type | None = None


def _diagram_class() -> type:
    global _DIAGRAM
    if _DIAGRAM is not None:
        return _DIAGRAM
    from reportlab.platypus import Flowable

    class ChainDiagram(Flowable):
        """Stages as chevrons, links as boxes, indicators as small boxes; scaled down only if taller than a page."""

        def __init__(self, programme: Programme, chain: ImpactChain, rep: ReportDoc) -> None:
            super().__init__()
            self.programme, self.chain, self.rep = programme, chain, rep
            self.lang = language_of(programme)
            self.columns = chain_columns(programme, chain)
            self.scale = 1.0
            self.layout: list[list[tuple[str, float, list[str]]]] = []

        def _lines(self, text: str, font: str, size: float, width: float) -> list[str]:
            out: list[str] = []
            for block in parse_blocks(text):
                items = [block.text] if block.kind in ("paragraph", "subheading") else [
                    (f"{n}. " if block.kind == "numbers" else "• ") + x for n, x in enumerate(block.items, start=1)]
                for item in items:
                    out += wrap_words(clean_text(item), font, size, width)
            return out

        def _measure(self, width: float) -> float:
            s = self.rep.s
            colw = (width - GAP * (len(self.columns) - 1)) / len(self.columns)
            inner = colw - 2 * PAD
            self.colw = colw
            self.layout = []
            tallest = 0.0
            for col in self.columns:
                items: list[tuple[str, float, list[str]]] = []
                for lv in col.links:
                    title = self._lines(lv.link.title, s["bold"], TITLE_SIZE, inner) if lv.link.title else []
                    text = self._lines(lv.link.text, s["font"], TEXT_SIZE, inner)
                    h = 2 * PAD + len(title) * (TITLE_SIZE + 1.5) + len(text) * (TEXT_SIZE + 1.5)
                    items.append(("link", h, [*(f"\x01{t}" for t in title), *text]))
                for ind in col.indicators:
                    lines = self._lines(ind.name, s["font"], IND_SIZE, inner - 4)
                    items.append(("indicator", 2 * 2.5 + len(lines) * (IND_SIZE + 1.2), lines))
                if not items:
                    items.append(("empty", 14.0, [plan_labels(self.programme)["no_links"]]))
                self.layout.append(items)
                tallest = max(tallest, sum(h + 4 for _k, h, _l in items))
            return HEAD_H + 6 + tallest

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            natural = self._measure(avail_width)
            page = self.rep.doc.height
            self.scale = min(1.0, page / natural) if natural > page else 1.0
            self.width, self.height = avail_width, natural * self.scale
            return self.width, self.height

        def draw(self) -> None:
            from reportlab.lib import colors

            c = self.canv
            s = self.rep.s
            c.saveState()
            c.scale(self.scale, self.scale)
            top = self.height / self.scale
            dark, accent, light, rule = (colors.HexColor(x) for x in (DARK, ACCENT, LIGHT, RULE))
            for n, (col, items) in enumerate(zip(self.columns, self.layout, strict=True)):
                x = n * (self.colw + GAP)
                # chevron
                tip = 7.0
                p = c.beginPath()
                p.moveTo(x, top)
                p.lineTo(x + self.colw, top)
                p.lineTo(x + self.colw + tip, top - HEAD_H / 2)
                p.lineTo(x + self.colw, top - HEAD_H)
                p.lineTo(x, top - HEAD_H)
                if n > 0:
                    p.lineTo(x + tip, top - HEAD_H / 2)
                p.close()
                c.setFillColor(dark if n % 2 == 0 else accent)
                c.drawPath(p, stroke=0, fill=1)
                c.setFillColor(colors.white)
                c.setFont(s["bold"], 8)
                c.drawCentredString(x + self.colw / 2 + (tip / 2 if n else 0), top - HEAD_H / 2 - 3,
                                    stage_label(col.stage, self.lang))
                y = top - HEAD_H - 6
                for kind, h, lines in items:
                    if kind == "link":
                        c.setFillColor(light)
                        c.setStrokeColor(dark)
                        c.setLineWidth(0.8)
                        c.roundRect(x, y - h, self.colw, h, 3, stroke=1, fill=1)
                        ty = y - PAD - TITLE_SIZE
                        for line in lines:
                            bold = line.startswith("\x01")
                            c.setFillColor(dark)
                            c.setFont(s["bold"] if bold else s["font"], TITLE_SIZE if bold else TEXT_SIZE)
                            c.drawString(x + PAD, ty, line.lstrip("\x01"))
                            ty -= (TITLE_SIZE if bold else TEXT_SIZE) + 1.5
                    elif kind == "indicator":
                        c.setFillColor(colors.white)
                        c.setStrokeColor(accent)
                        c.setLineWidth(0.6)
                        c.roundRect(x + 4, y - h, self.colw - 4, h, 2, stroke=1, fill=1)
                        c.setFillColor(accent)
                        c.rect(x + 4, y - h, 2.2, h, stroke=0, fill=1)
                        c.setFillColor(colors.black)
                        c.setFont(s["font"], IND_SIZE)
                        ty = y - 2.5 - IND_SIZE + 0.5
                        for line in lines:
                            c.drawString(x + PAD + 4, ty, line)
                            ty -= IND_SIZE + 1.2
                    else:
                        c.setStrokeColor(rule)
                        c.setDash(2, 2)
                        c.roundRect(x, y - h, self.colw, h, 3, stroke=1, fill=0)
                        c.setDash()
                        c.setFillColor(colors.HexColor("#555555"))
                        c.setFont(s["italic"], IND_SIZE)
                        c.drawCentredString(x + self.colw / 2, y - h / 2 - 2, lines[0])
                    y -= h + 4
                if n < len(self.columns) - 1:
                    # an arrow from this stage's first box to the next stage
                    ay = top - HEAD_H - 6 - min(items[0][1], 40) / 2
                    c.setStrokeColor(accent)
                    c.setFillColor(accent)
                    c.setLineWidth(1.2)
                    x0, x1 = x + self.colw + 1, x + self.colw + GAP - 1
                    c.line(x0, ay, x1 - 3, ay)
                    tri = c.beginPath()
                    tri.moveTo(x1, ay)
                    tri.lineTo(x1 - 4, ay + 2.5)
                    tri.lineTo(x1 - 4, ay - 2.5)
                    tri.close()
                    c.drawPath(tri, stroke=0, fill=1)
            c.restoreState()

    _DIAGRAM = ChainDiagram
    return ChainDiagram
