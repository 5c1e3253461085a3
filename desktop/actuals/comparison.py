"""The comparison view: per focus area, each indicator's baseline, target, actual, progress and status.

Status is shown as colour, symbol and text together (never colour alone). Each
indicator has a small chart of its monthly actuals against baseline and target,
drawn with QPainter (QtCharts is not in PySide6-Essentials).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.actuals.message_text import messages_text
from desktop.labels import progress_status_label
from planner.actuals.history import import_summary
from planner.chart_series import chart_points, previous_points
from planner.model import Programme
from planner.progress import (
    STATUS_COLOR,
    STATUS_SYMBOL,
    IndicatorResult,
    ProgressStatus,
    compare_programme,
    status_counts,
)
from planner.rollover import previous_year_values
from planner.values import format_number

MONTH_SHORT = ["T", "H", "M", "H", "T", "K", "H", "E", "S", "L", "M", "J"]


class MiniChart(QWidget):
    """Monthly actuals (line with dots) against baseline (grey dashed) and target (green dashed)."""

    def __init__(self, result: IndicatorResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result = result
        # Last year's monthly values (a rolled-over programme keeps them): a grey dotted line, not compared.
        self.previous: list[tuple[str, float]] = []
        self.setMinimumSize(QSize(220, 90))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setToolTip(self._tooltip())

    def sizeHint(self) -> QSize:
        return QSize(240, 96)

    def _tooltip(self) -> str:
        r = self.result
        parts = [f"{k}: {format_number(round(v, 2))}" for k, v in r.monthly]
        return "\n".join(parts) or self.tr("Ei kuukausiarvoja")

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        r = self.result
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(30, 6, -6, -16)
        p.fillRect(self.rect(), QColor("#fafafa"))
        p.setPen(QPen(QColor("#cccccc"), 1))
        p.drawRect(rect)
        baseline = r.indicator.baseline_value.number
        target = r.indicator.target_value.number
        points, summed = chart_points(r)  # a summed indicator: the running total against the yearly target
        small = QFont(self.font())
        small.setPointSizeF(max(6.5, small.pointSizeF() * 0.75))
        p.setFont(small)
        if not points:
            p.setPen(QColor("#757575"))
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.tr("ei kuukausiarvoja"))
            p.end()
            return
        before = previous_points(self.previous, summed)
        values = [v for _m, v in points + before] + [x for x in (baseline, target) if x is not None]
        lo, hi = min(values), max(values)
        if summed:
            lo = min(lo, 0.0)
        if hi == lo:
            hi, lo = hi + 1, lo - 1
        pad = (hi - lo) * 0.08
        lo, hi = lo - pad, hi + pad

        def xy(month: float, v: float) -> QPointF:
            x = rect.left() + (month - 0.5) / 12 * rect.width()
            y = rect.bottom() - (v - lo) / (hi - lo) * rect.height()
            return QPointF(x, y)

        for value, colour, label in ((baseline, "#9e9e9e", self.tr("L")), (target, "#2e7d32", self.tr("T"))):
            if value is None:
                continue
            pen = QPen(QColor(colour), 1.2, Qt.PenStyle.DashLine)
            p.setPen(pen)
            y = xy(1, value).y()
            p.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            p.drawText(QRectF(0, y - 7, 27, 14), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
        p.setPen(QColor("#757575"))
        for m in range(1, 13):
            x = xy(m, lo).x()
            p.drawText(QRectF(x - 6, rect.bottom() + 1, 12, 14), Qt.AlignmentFlag.AlignCenter, MONTH_SHORT[m - 1])
        if len(before) >= 2:
            prev_path = QPainterPath(xy(*before[0]))
            for m, v in before[1:]:
                prev_path.lineTo(xy(m, v))
            p.setPen(QPen(QColor("#9e9e9e"), 1.2, Qt.PenStyle.DotLine))
            p.drawPath(prev_path)
        colour = QColor(STATUS_COLOR[r.status])
        path = QPainterPath()
        for i, (m, v) in enumerate(points):
            pt = xy(m, v)
            if i == 0:
                path.moveTo(pt)
            else:
                path.lineTo(pt)
        p.setPen(QPen(colour, 2))
        p.drawPath(path)
        p.setBrush(colour)
        for m, v in points:
            p.drawEllipse(xy(m, v), 2.5, 2.5)
        p.end()


class StatusBadge(QLabel):
    """Symbol + Finnish text on the status colour."""

    def __init__(self, status: ProgressStatus, parent: QWidget | None = None) -> None:
        super().__init__(f"{STATUS_SYMBOL[status]} {progress_status_label(status)}", parent)
        self.setStyleSheet(
            f"QLabel {{ background: {STATUS_COLOR[status]}; color: white; border-radius: 4px; "
            "padding: 2px 8px; font-weight: bold; }"
        )
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)


class IndicatorRow(QFrame):
    def __init__(self, result: IndicatorResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result = result
        self.setFrameShape(QFrame.Shape.StyledPanel)
        ind = result.indicator
        grid = QGridLayout(self)
        name = QLabel(f"<b>{_esc(ind.name)}</b>" + (f" <span style='color:#666'>({_esc(ind.level)})</span>"
                                                     if ind.level else ""))
        name.setWordWrap(True)
        grid.addWidget(name, 0, 0, 1, 3)
        grid.addWidget(QLabel(self.tr("Lähtöarvo: %1").replace("%1", ind.baseline or "–")), 1, 0)
        grid.addWidget(QLabel(self.tr("Tavoite: %1").replace("%1", ind.target or "–")), 2, 0)
        period = _period_label(result.period)
        actual = QLabel(self.tr("Toteuma: <b>%1</b> %2").replace("%1", _esc(result.actual_text))
                        .replace("%2", f"({period})" if period else ""))
        grid.addWidget(actual, 3, 0)
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        if result.progress is not None:
            self.bar.setValue(max(0, min(100, round(result.progress * 100))))
            self.bar.setFormat(self.tr("edistyminen %1 %").replace("%1", format_number(round(result.progress * 100))))
        else:
            self.bar.setValue(0)
            self.bar.setFormat(self.tr("ei laskettavissa"))
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {STATUS_COLOR[result.status]}; }}"
                               "QProgressBar { text-align: center; }")
        grid.addWidget(self.bar, 1, 1)
        self.badge = StatusBadge(result.status)
        grid.addWidget(self.badge, 2, 1, Qt.AlignmentFlag.AlignLeft)
        notes = []
        if result.coverage is not None and result.coverage.source != "none":
            notes.append(self.tr("Kattavuus: %1").replace("%1", result.coverage.text()))
        says_share = any(m.code == "pace_share" for m in result.notes)
        if result.expected_share is not None and result.progress is not None and not says_share:
            notes.append(self.tr("vuodesta kulunut %1 %").replace("%1", format_number(round(result.expected_share * 100))))
        if result.notes:
            notes.append(messages_text(result.notes))
        if result.per_municipality:
            notes.append(", ".join(f"{m} {format_number(round(v, 1))}" for m, v in result.per_municipality.items()))
        note = QLabel("; ".join(notes))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        grid.addWidget(note, 3, 1)
        self.chart = MiniChart(result)
        grid.addWidget(self.chart, 0, 2, 4, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)


def _esc(text: str) -> str:
    from html import escape

    return escape(text)


def _period_label(key: str | None) -> str:
    if not key:
        return ""
    if len(key) == 7 and key[4] == "-":
        return f"{int(key[5:])}/{key[:4]}"
    return key


class ComparisonView(QWidget):
    """Where the programme stands; call ``refresh()`` after the actuals or indicators change."""

    removeImportRequested = Signal(str)  # import id; the main window removes it through its undo stack

    def __init__(self, programme: Programme, parent: QWidget | None = None, as_of: date | None = None) -> None:
        super().__init__(parent)
        self.programme = programme
        self.as_of = as_of
        self.results: list[IndicatorResult] = []
        outer = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        outer.addWidget(self.summary)
        hist_row = QHBoxLayout()
        self.history = QListWidget()
        self.history.setMaximumHeight(80)
        hist_row.addWidget(self.history, 1)
        self.remove_button = QPushButton(self.tr("Poista valittu tuonti"))
        self.remove_button.clicked.connect(self._remove_clicked)
        hist_row.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(hist_row)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        outer.addWidget(self.scroll, 1)
        self.rows: list[IndicatorRow] = []
        self.refresh()

    def set_programme(self, programme: Programme) -> None:
        self.programme = programme
        self.refresh()

    def refresh(self) -> None:
        self.results = compare_programme(self.programme, self.as_of)
        counts = status_counts(self.results)
        self.summary.setText(
            self.tr("Tilanne: ")
            + ", ".join(f"{STATUS_SYMBOL[s]} {progress_status_label(s)} {n}" for s, n in counts.items())
        )
        self.history.clear()
        for imp in reversed(self.programme.actual_imports):
            item = QListWidgetItem(import_summary(imp))
            item.setData(Qt.ItemDataRole.UserRole, imp.id)
            self.history.addItem(item)
        if not self.programme.actual_imports:
            self.history.addItem(self.tr("Toteumia ei ole vielä tuotu."))
        self.remove_button.setEnabled(bool(self.programme.actual_imports))
        body = QWidget()
        lay = QVBoxLayout(body)
        self.rows = []
        current = None
        box_lay = None
        for res in self.results:
            if res.focus_area.id != current:
                current = res.focus_area.id
                box = QGroupBox(res.focus_area.title)
                box_lay = QVBoxLayout(box)
                lay.addWidget(box)
            row = IndicatorRow(res)
            row.chart.previous = previous_year_values(self.programme, res.indicator.id)
            if row.chart.previous:
                row.chart.setToolTip(row.chart.toolTip() + "\n" + self.tr("Edellinen vuosi: pisteviiva"))
            from desktop.actuals.comparison_outlook import outlook_label

            extra = outlook_label(self.programme, res)
            if extra is not None:
                row.layout().addWidget(extra, 4, 0, 1, 2)
            self.rows.append(row)
            assert box_lay is not None
            box_lay.addWidget(row)
        lay.addStretch(1)
        self.scroll.setWidget(body)

    def _remove_clicked(self) -> None:
        item = self.history.currentItem()
        if item is not None and item.data(Qt.ItemDataRole.UserRole):
            self.removeImportRequested.emit(item.data(Qt.ItemDataRole.UserRole))
