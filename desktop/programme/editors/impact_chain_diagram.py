"""The impact chain drawn in the GUI (QPainter): the same columns as the PDF drawing.

One column per stage under a row of chevrons; the links as boxes (the selected
one outlined), every placed indicator as a small box under its stage; arrows
from stage to stage. Clicking a link box selects that link in the editor. The
layout comes from :func:`planner.impact_chain.chain_columns`, so the GUI, the PDF
and the Word table place the same things in the same columns.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.programme.plan_labels import stage_label
from planner.impact_chain import chain_columns
from planner.model import ChainLink, ImpactChain, Programme

DARK, ACCENT, LIGHT, RULE = QColor("#1F3B5A"), QColor("#2E7D8C"), QColor("#E8F0F4"), QColor("#9FB3C4")
HEAD_H, GAP, PAD = 30.0, 14.0, 5.0


def tr(text: str) -> str:
    return QCoreApplication.translate("ImpactChainDiagram", text)


class ImpactChainDiagram(QWidget):
    link_clicked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.programme: Programme | None = None
        self.chain: ImpactChain | None = None
        self.selected: ChainLink | None = None
        self._boxes: list[tuple[QRectF, ChainLink]] = []
        sp = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sp.setHeightForWidth(True)
        self.setSizePolicy(sp)
        self.setMinimumWidth(600)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_chain(self, programme: Programme, chain: ImpactChain | None, selected: ChainLink | None = None) -> None:
        self.programme, self.chain, self.selected = programme, chain, selected
        self.setAccessibleName(tr("Vaikutusketjun kaavio"))
        self.setAccessibleDescription(self.describe())
        self.updateGeometry()
        self.update()

    def describe(self) -> str:
        """The diagram as text, for screen readers and the tooltip."""
        if self.programme is None or self.chain is None:
            return ""
        parts = []
        for col in chain_columns(self.programme, self.chain):
            links = "; ".join(lv.link.title or lv.link.text[:60] for lv in col.links) or tr("(ei kuvattu)")
            inds = len(col.indicators)
            parts.append(f"{stage_label(col.stage)}: {links}" + (tr(" ({0} mittaria)").format(inds) if inds else ""))
        return ". ".join(parts)

    # -- layout ------------------------------------------------------------------------------

    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        base = QFont(self.font())
        bold = QFont(base)
        bold.setBold(True)
        small = QFont(base)
        small.setPointSizeF(max(6.5, base.pointSizeF() * 0.85))
        return base, bold, small

    def _text_height(self, font: QFont, text: str, width: float) -> float:
        return len(wrap(text, font, width)) * QFontMetricsF(font).lineSpacing()

    @staticmethod
    def _draw_lines(painter: QPainter, font: QFont, rect: QRectF, text: str) -> None:
        fm = QFontMetricsF(font)
        painter.setFont(font)
        y = rect.top() + fm.ascent()
        for line in wrap(text, font, rect.width()):
            painter.drawText(QPointF(rect.left(), y), line)
            y += fm.lineSpacing()

    def _layout(self, width: float) -> tuple[float, list[tuple[float, list[tuple[str, QRectF, object]]]]]:
        """(total height, per column: (x, [(kind, rect, payload)]))."""
        if self.programme is None or self.chain is None:
            return 40.0, []
        base, bold, small = self._fonts()
        columns = chain_columns(self.programme, self.chain)
        colw = (width - GAP * (len(columns) - 1)) / len(columns)
        inner = colw - 2 * PAD
        out = []
        tallest = 0.0
        for n, col in enumerate(columns):
            x = n * (colw + GAP)
            y = HEAD_H + 8
            items: list[tuple[str, QRectF, object]] = []
            for lv in col.links:
                h = 2 * PAD
                if lv.link.title:
                    h += self._text_height(bold, lv.link.title, inner) + 2
                h += self._text_height(base, _plain(lv.link.text), inner)
                items.append(("link", QRectF(x, y, colw, h), lv.link))
                y += h + 6
            for ind in col.indicators:
                h = self._text_height(small, ind.name, colw - 6 - (PAD + 2) - 3) + 6
                items.append(("indicator", QRectF(x + 6, y, colw - 6, h), ind.name))
                y += h + 4
            if not items:
                items.append(("empty", QRectF(x, y, colw, 26), tr("(ei kuvattu)")))
                y += 30
            out.append((x, items))
            tallest = max(tallest, y)
        return tallest + 4, out

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return int(self._layout(float(width))[0]) + 2

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        w = max(self.width(), 900)
        return QSize(w, self.heightForWidth(w))

    # -- painting ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        if self.programme is None or self.chain is None:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, tr("Ei vaikutusketjua."))
            return
        base, bold, small = self._fonts()
        width = float(self.width() - 12)
        _h, columns = self._layout(width)
        self._boxes = []
        stages = chain_columns(self.programme, self.chain)
        colw = (width - GAP * (len(stages) - 1)) / len(stages)
        painter.translate(QPointF(2, 2))
        for n, ((x, items), col) in enumerate(zip(columns, stages, strict=True)):
            tip = 9.0
            path = QPainterPath(QPointF(x, 0))
            path.lineTo(x + colw, 0)
            path.lineTo(x + colw + tip, HEAD_H / 2)
            path.lineTo(x + colw, HEAD_H)
            path.lineTo(x, HEAD_H)
            if n > 0:
                path.lineTo(x + tip, HEAD_H / 2)
            path.closeSubpath()
            painter.fillPath(path, DARK if n % 2 == 0 else ACCENT)
            painter.setPen(QColor("white"))
            painter.setFont(bold)
            painter.drawText(QRectF(x + (tip if n else 0), 0, colw - (tip if n else 0), HEAD_H),
                             Qt.AlignmentFlag.AlignCenter, stage_label(col.stage))
            for kind, rect, payload in items:
                if kind == "link":
                    link = payload
                    assert isinstance(link, ChainLink)
                    selected = link is self.selected
                    painter.setPen(QPen(ACCENT if selected else DARK, 2.5 if selected else 1.0))
                    painter.setBrush(LIGHT)
                    painter.drawRoundedRect(rect, 4, 4)
                    painter.setPen(DARK)
                    r = rect.adjusted(PAD, PAD, -PAD, -PAD)
                    if link.title:
                        th = self._text_height(bold, link.title, r.width())
                        self._draw_lines(painter, bold, r, link.title)
                        r.setTop(r.top() + th + 2)
                    painter.setPen(self.palette().text().color())
                    self._draw_lines(painter, base, r, _plain(link.text))
                    self._boxes.append((rect, link))
                elif kind == "indicator":
                    painter.setPen(QPen(ACCENT, 0.8))
                    painter.setBrush(self.palette().base())
                    painter.drawRoundedRect(rect, 3, 3)
                    painter.fillRect(QRectF(rect.left(), rect.top(), 3, rect.height()), ACCENT)
                    painter.setPen(self.palette().text().color())
                    self._draw_lines(painter, small, rect.adjusted(PAD + 2, 3, -3, -3), str(payload))
                else:
                    painter.setPen(QPen(RULE, 1.0, Qt.PenStyle.DashLine))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawRoundedRect(rect, 4, 4)
                    painter.setFont(small)
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(payload))
            if n < len(stages) - 1 and items:
                y = items[0][1].top() + min(items[0][1].height(), 40) / 2
                x0, x1 = x + colw + 2, x + colw + GAP - 2
                painter.setPen(QPen(ACCENT, 1.6))
                painter.drawLine(QPointF(x0, y), QPointF(x1 - 4, y))
                arrow = QPainterPath(QPointF(x1, y))
                arrow.lineTo(x1 - 6, y - 4)
                arrow.lineTo(x1 - 6, y + 4)
                arrow.closeSubpath()
                painter.fillPath(arrow, ACCENT)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        pos = event.position() - QPointF(2, 2)
        for rect, link in self._boxes:
            if rect.contains(pos):
                self.link_clicked.emit(link)
                return
        super().mousePressEvent(event)


def wrap(text: str, font: QFont, width: float) -> list[str]:
    """Lines that fit ``width``: at word boundaries, a word longer than a line split with a hyphen."""
    fm = QFontMetricsF(font)
    out: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}" if line else word
            if fm.horizontalAdvance(candidate) <= width:
                line = candidate
                continue
            if line:
                out.append(line)
                line = ""
            while fm.horizontalAdvance(word) > width and len(word) > 2:
                cut = len(word) - 1
                while cut > 1 and fm.horizontalAdvance(word[:cut] + "-") > width:
                    cut -= 1
                out.append(word[:cut] + "-")
                word = word[cut:]
            line = word
        out.append(line)
    return out


def _plain(text: str) -> str:
    """A link's text as shown in a box: list items on their own lines, paragraphs joined by a line."""
    from planner.sections import parse_blocks

    lines = []
    for block in parse_blocks(text):
        if block.kind in ("paragraph", "subheading"):
            lines.append(block.text)
        else:
            lines += [(f"{n}. " if block.kind == "numbers" else "• ") + x for n, x in enumerate(block.items, start=1)]
    return "\n".join(lines)
