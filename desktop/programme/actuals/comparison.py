"""The comparison view: per focus area, each indicator's baseline, target, actual, progress and status.

Status is shown as colour, symbol and text together (never colour alone). Each
indicator has a small chart of its monthly actuals against baseline and target,
drawn with QPainter (QtCharts is not in PySide6-Essentials).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
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

from desktop.labels import progress_status_label
from desktop.programme.actuals.import_text import import_line
from desktop.programme.actuals.message_text import actual_text, message_text, messages_text
from planner.followup.chart_series import chart_points, previous_points
from planner.followup.progress import (
    STATUS_COLOR,
    STATUS_SYMBOL,
    IndicatorResult,
    ProgressStatus,
    compare_programme,
    status_counts,
)
from planner.model import Programme
from planner.rollover import previous_year_values
from planner.values import format_number

#: Text colours on the status colour / on the light chart background; each passes WCAG AA
#: (contrast at least 4.5:1, see tests/desktop/test_comparison_view.py). The core's
#: STATUS_COLOR is kept for lines and bars; orange needs a darker shade under white text.
BADGE_COLOR: dict[ProgressStatus, str] = {**STATUS_COLOR, ProgressStatus.AT_RISK: "#bf360c"}
BADGE_TEXT = "#ffffff"
CHART_BACKGROUND = "#fafafa"
CHART_TEXT = "#424242"
CHART_BASELINE = "#616161"
CHART_TARGET = "#1b5e20"
#: The outlook's status as text colour (the core's OUTLOOK_COLOR orange is 3.8:1 on white; this passes 4.5:1).
OUTLOOK_TEXT_COLOR = {"reached": "#2e7d32", "uncertain": "#bf360c", "missed": "#c62828", "no_target": "#616161"}


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio of two "#rrggbb" colours (1.0 .. 21.0)."""

    def luminance(colour: str) -> float:
        c = QColor(colour)
        channels = []
        for v in (c.redF(), c.greenF(), c.blueF()):
            channels.append(v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4)
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]

    hi, lo = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def month_abbreviations() -> list[str]:
    """Month names short enough for a chart axis, in the UI language."""
    q = QCoreApplication
    return [q.translate("MiniChart", "tammi"), q.translate("MiniChart", "helmi"), q.translate("MiniChart", "maalis"),
            q.translate("MiniChart", "huhti"), q.translate("MiniChart", "touko"), q.translate("MiniChart", "kesä"),
            q.translate("MiniChart", "heinä"), q.translate("MiniChart", "elo"), q.translate("MiniChart", "syys"),
            q.translate("MiniChart", "loka"), q.translate("MiniChart", "marras"), q.translate("MiniChart", "joulu")]


def _axis_number(v: float) -> str:
    if abs(v) >= 100:
        return format_number(round(v))
    return format_number(round(v, 1))


class MiniChart(QWidget):
    """Monthly actuals (line with dots) against the baseline and target lines, with axis values.

    Click (or Enter/Space when focused) opens the same chart large in a dialog.
    """

    def __init__(self, result: IndicatorResult, parent: QWidget | None = None, large: bool = False) -> None:
        super().__init__(parent)
        self.result = result
        self.large = large
        # Last year's monthly values (a rolled-over programme keeps them): a grey dotted line, not compared.
        self.previous: list[tuple[str, float]] = []
        # The year-end outlook (planner.followup.outlook.Outlook): a dashed line with its range, labelled.
        self.outlook: Any = None
        self.setMinimumSize(QSize(300, 140) if not large else QSize(640, 360))
        self.setSizePolicy(QSizePolicy.Policy.Expanding,
                           QSizePolicy.Policy.Fixed if not large else QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if not large else Qt.FocusPolicy.NoFocus)
        if not large:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        name = self.result.indicator.name
        self.setAccessibleName(self.tr("Kuukausikaavio: %1").replace("%1", name))
        self.setAccessibleDescription(self._tooltip())
        tip = self._tooltip()
        if not self.large:
            tip += "\n\n" + self.tr("Napsauta tai paina Enter, niin kaavio avautuu suurempana.")
        self.setToolTip(tip)

    def sizeHint(self) -> QSize:
        return QSize(480, 160) if not self.large else QSize(900, 500)

    def _tooltip(self) -> str:
        r = self.result
        months = month_abbreviations()
        parts = []
        for k, v in r.monthly:
            label = months[int(k[5:7]) - 1] + " " + k[:4] if len(k) >= 7 and k[5:7].isdigit() else k
            parts.append(f"{label}: {format_number(round(v, 2))}")
        return "\n".join(parts) or self.tr("Ei kuukausiarvoja")

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt override
        if not self.large and event.button() == Qt.MouseButton.LeftButton:
            self.open_large()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if not self.large and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.open_large()
            return
        super().keyPressEvent(event)

    def open_large(self) -> QDialog:
        """The chart at a readable size in its own dialog (closed with Esc)."""
        dlg = QDialog(self.window())
        dlg.setWindowTitle(self.result.indicator.name)
        lay = QVBoxLayout(dlg)
        chart = MiniChart(self.result, dlg, large=True)
        lay.addWidget(chart)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dlg)
        buttons.rejected.connect(dlg.reject)
        lay.addWidget(buttons)
        dlg.resize(960, 600)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.large_dialog = dlg
        dlg.open()
        return dlg

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        r = self.result
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        if not self.large:
            font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        p.setFont(font)
        fm = p.fontMetrics()
        p.fillRect(self.rect(), QColor(CHART_BACKGROUND))
        if self.hasFocus():
            p.setPen(QPen(self.palette().highlight().color(), 2))
            p.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        baseline = r.indicator.baseline_value.number
        target = r.indicator.target_value.number
        points, cumulative = chart_points(r)  # a summed indicator: the running total against the yearly target
        if not points:
            p.setPen(QColor(CHART_TEXT))
            p.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter, self.tr("ei kuukausiarvoja"))
            p.end()
            return
        before = previous_points(self.previous, cumulative)
        outlook = self.outlook
        ahead = [(m, v) for m, v in (outlook.path if outlook is not None else []) if 1 <= m <= 12]
        values = [v for _m, v in points + before + ahead] + [x for x in (baseline, target) if x is not None]
        if outlook is not None and ahead:
            values += [outlook.low, outlook.high]
        lo, hi = min(values), max(values)
        if lo > 0 and (hi - lo) > 0.3 * hi:
            lo = 0.0
        if hi == lo:
            hi, lo = hi + 1, lo - 1
        pad = (hi - lo) * 0.08
        lo, hi = lo - pad, hi + pad
        ticks = [lo + pad, (lo + hi) / 2, hi - pad]
        axis_w = max(fm.horizontalAdvance(_axis_number(t)) for t in ticks) + 6
        line_labels = {self.tr("Tavoite"): target, self.tr("Lähtöarvo"): baseline}
        outlook_text = self.tr("Ennuste")
        label_w = max(fm.horizontalAdvance(t) for t in [*line_labels, outlook_text]) + 6
        legend_h = fm.height() + 2
        rect = QRectF(self.rect()).adjusted(axis_w + 2, 4 + legend_h, -label_w - 2, -fm.height() - 4)

        def xy(month: float, v: float) -> QPointF:
            x = rect.left() + (month - 0.5) / 12 * rect.width()
            y = rect.bottom() - (v - lo) / (hi - lo) * rect.height()
            return QPointF(x, y)

        p.setPen(QPen(QColor("#cccccc"), 1))
        p.drawRect(rect)
        # y axis: three values and light grid lines
        for t in ticks:
            y = xy(1, t).y()
            p.setPen(QPen(QColor("#e0e0e0"), 1))
            p.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            p.setPen(QColor(CHART_TEXT))
            p.drawText(QRectF(0, y - fm.height() / 2, axis_w, fm.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, _axis_number(t))
        side_labels: list[tuple[float, str, str]] = []  # (y, text, colour) drawn right of the plot
        # baseline and target lines, labelled with words at their right end
        for (text, value), colour in zip(line_labels.items(), (CHART_TARGET, CHART_BASELINE), strict=True):
            if value is None:
                continue
            p.setPen(QPen(QColor(colour), 1.4, Qt.PenStyle.DashLine))
            y = xy(1, value).y()
            p.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            side_labels.append((y, text, colour))
        # months: every one when there is room, otherwise every other
        months = month_abbreviations()
        widest = max(fm.horizontalAdvance(m) for m in months) + 4
        step = 1 if widest <= rect.width() / 12 else 2 if widest <= rect.width() / 6 else 3
        p.setPen(QColor(CHART_TEXT))
        for m in range(1, 13, step):
            x = xy(m, lo).x()
            p.drawText(QRectF(x - widest / 2 * step, rect.bottom() + 2, widest * step, fm.height()),
                       Qt.AlignmentFlag.AlignCenter, months[m - 1])
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
        # the year-end outlook: its range at December, the projected path dashed, labelled at the end
        if outlook is not None and ahead:
            o_colour = QColor(OUTLOOK_TEXT_COLOR.get(str(outlook.status), CHART_TEXT))
            start = points[-1]
            o_path = QPainterPath(xy(*start))
            for m, v in ahead:
                if m > start[0]:
                    o_path.lineTo(xy(m, v))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(o_colour, 1.6, Qt.PenStyle.DashLine))
            p.drawPath(o_path)
            top, bottom = xy(12, outlook.high), xy(12, outlook.low)
            p.setPen(QPen(o_colour, 1.2))
            p.drawLine(top, bottom)
            p.drawLine(top + QPointF(-3, 0), top + QPointF(3, 0))
            p.drawLine(bottom + QPointF(-3, 0), bottom + QPointF(3, 0))
            side_labels.append((xy(12, outlook.value).y(), outlook_text, o_colour.name()))
        # the words beside the lines, moved apart where lines lie close (never drawn over each other)
        placed: list[float] = []
        for y, text, label_colour in sorted(side_labels):
            y = max(y, placed[-1] + fm.height()) if placed else y
            placed.append(y)
            p.setPen(QColor(label_colour))
            p.drawText(QRectF(rect.right() + 3, y - fm.height() / 2, label_w, fm.height()),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        # legend: what the solid line is
        p.setPen(QPen(colour, 2))
        p.drawLine(QPointF(rect.left(), 4 + legend_h / 2), QPointF(rect.left() + 16, 4 + legend_h / 2))
        p.setPen(QColor(CHART_TEXT))
        legend = self.tr("Toteuma (kertymä)") if cumulative else self.tr("Toteuma")
        p.drawText(QRectF(rect.left() + 20, 3, rect.width() - 20, legend_h),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, legend)
        p.end()


class StatusBadge(QLabel):
    """Symbol + Finnish text on the status colour."""

    def __init__(self, status: ProgressStatus, parent: QWidget | None = None) -> None:
        super().__init__(f"{STATUS_SYMBOL[status]} {progress_status_label(status)}", parent)
        self.setStyleSheet(
            f"QLabel {{ background: {BADGE_COLOR[status]}; color: {BADGE_TEXT}; border-radius: 4px; "
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
        actual = QLabel(self.tr("Toteuma: <b>%1</b> %2").replace("%1", _esc(actual_text(result)))
                        .replace("%2", f"({period})" if period else ""))
        grid.addWidget(actual, 3, 0)
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        # The percentage is a label beside the bar, never text on the coloured chunk (contrast).
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(self.fontMetrics().height())
        if result.progress is not None:
            self.bar.setValue(max(0, min(100, round(result.progress * 100))))
            text = self.tr("edistyminen %1 %").replace("%1", format_number(round(result.progress * 100)))
        else:
            self.bar.setValue(0)
            text = self.tr("ei laskettavissa")
        self.bar.setFormat(text)
        self.bar.setAccessibleName(text)
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {STATUS_COLOR[result.status]}; }}")
        self.progress_label = QLabel(text)
        bar_row = QHBoxLayout()
        bar_row.addWidget(self.bar, 1)
        bar_row.addWidget(self.progress_label)
        grid.addLayout(bar_row, 1, 1)
        self.badge = StatusBadge(result.status)
        grid.addWidget(self.badge, 2, 1, Qt.AlignmentFlag.AlignLeft)
        notes = []
        if result.coverage is not None and result.coverage.source != "none":
            notes.append(self.tr("Kattavuus: %1").replace("%1", message_text(result.coverage.message())))
        says_share = any(m.code == "pace_share" for m in result.notes)
        if result.expected_share is not None and result.progress is not None and not says_share:
            notes.append(self.tr("vuodesta kulunut %1 %").replace("%1", format_number(round(result.expected_share * 100))))
        if result.notes:
            notes.append(messages_text(result.notes))
        if result.per_municipality:
            notes.append(", ".join(f"{m} {format_number(round(v, 1))}" for m, v in result.per_municipality.items()))
        note = QLabel("; ".join(notes))
        self.note_label = note
        note.setWordWrap(True)
        note.setStyleSheet("color: #424242;")
        grid.addWidget(note, 3, 1)
        # The chart under the figures, as wide as the row: readable in a dock of default width.
        self.chart = MiniChart(result)
        grid.addWidget(self.chart, 5, 0, 1, 2)  # row 4: the year-end outlook line, when there is one
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)


def _outlook(programme: Programme, result: IndicatorResult) -> Any:
    """The year-end outlook of one indicator (planner.followup.outlook), or None."""
    from planner.followup.outlook import indicator_outlook, programme_year

    year = programme_year(programme)
    if year is None or not result.monthly:
        return None
    return indicator_outlook(programme, result.indicator, year)


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
    """Where the programme stands.

    Follows the document live: call :meth:`schedule_refresh` on every change;
    the rebuild waits for a quiet moment (a large import or a run of undos
    rebuilds once) and, while the view is hidden, until it is shown again.
    A language change rebuilds it in the new language.
    """

    removeImportRequested = Signal(str)  # import id; the main window removes it through its undo stack
    DEBOUNCE_MS = 150

    def __init__(self, programme: Programme, parent: QWidget | None = None, as_of: date | None = None) -> None:
        super().__init__(parent)
        self.programme = programme
        self.as_of = as_of
        self.results: list[IndicatorResult] = []
        self.stale = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(self.DEBOUNCE_MS)
        self.timer.timeout.connect(self._refresh_if_visible)
        outer = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        outer.addWidget(self.summary)
        hist_row = QHBoxLayout()
        self.history = QListWidget()
        self.history.setMaximumHeight(80)
        hist_row.addWidget(self.history, 1)
        self.remove_button = QPushButton()
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
        self.schedule_refresh()

    def schedule_refresh(self, *_args: object) -> None:
        """Rebuild soon (debounced); a hidden view rebuilds when it is shown."""
        self.stale = True
        self.timer.start()

    def _refresh_if_visible(self) -> None:
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self.stale:
            self.refresh()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.schedule_refresh()
        super().changeEvent(event)

    def refresh(self) -> None:
        self.timer.stop()
        self.stale = False
        self.remove_button.setText(self.tr("Poista valittu tuonti"))
        self.history.setAccessibleName(self.tr("Tuontihistoria"))
        self.scroll.setAccessibleName(self.tr("Mittarien tilanne"))
        self.results = compare_programme(self.programme, self.as_of)
        counts = status_counts(self.results)
        self.summary.setText(
            self.tr("Tilanne: ")
            + ", ".join(f"{STATUS_SYMBOL[s]} {progress_status_label(s)} {n}" for s, n in counts.items())
        )
        self.history.clear()
        for imp in reversed(self.programme.actual_imports):
            item = QListWidgetItem(import_line(imp))
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
            from desktop.programme.actuals.comparison_outlook import outlook_label

            extra = outlook_label(self.programme, res)
            row.chart.outlook = _outlook(self.programme, res)
            if extra is not None:
                if row.chart.outlook is not None:
                    extra.setStyleSheet(f"color: {OUTLOOK_TEXT_COLOR.get(str(row.chart.outlook.status), CHART_TEXT)};")
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
