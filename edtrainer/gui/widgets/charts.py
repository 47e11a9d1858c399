"""Attendance charts (QtCharts): per session of a cohort, and per trainee, against the threshold line.

Bars below the threshold are hatched as well as coloured and every bar is labelled with its value, so
the chart does not depend on colour; its accessible description says the same in words.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, QMargins, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import QApplication, QWidget

from edtrainer.gui import style

OK_COLOR = QColor("#2e7d32")
LOW_COLOR = QColor("#c62828")
LINE_COLOR = QColor("#1a237e")


def _font(scale: float = 1.0) -> QFont:
    font = QFont(QApplication.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    return font


class AttendanceChart(QChartView):
    """Bars of attendance rates (percent) with the threshold as a line; horizontal for trainees."""

    def __init__(self, parent: QWidget | None = None, *, horizontal: bool = False) -> None:
        super().__init__(parent)
        self.horizontal = horizontal
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a Tab stop, so a screen reader reads its summary
        self.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)  # one stop, on the frame that shows the focus
        self.setMinimumHeight(220)
        self.values: list[float | None] = []
        self.labels: list[str] = []
        self.categories: QBarCategoryAxis | None = None
        self.title = ""
        self._shown: tuple[str, list[str], list[float | None], int, dict[str, str]] | None = None

    def show_rates(self, title: str, labels: Sequence[str], rates: Sequence[float | None], threshold_pct: int,
                   *, ok_name: str, low_name: str, line_name: str, summary: str) -> None:
        self.values, self.labels = list(rates), list(labels)
        self._shown = (title, list(labels), list(rates), threshold_pct,
                       {"ok_name": ok_name, "low_name": low_name, "line_name": line_name, "summary": summary})
        chart = QChart()
        self.title = title
        chart.setTitle(html.escape(title))
        chart.setTitleFont(_font(1.1))
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setFont(_font(0.9))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        dark = style.is_dark(self.palette())
        if dark:
            chart.setTheme(QChart.ChartTheme.ChartThemeDark)

        ok = QBarSet(ok_name)
        low = QBarSet(low_name)
        ok.setBrush(QBrush(OK_COLOR))
        low.setBrush(QBrush(LOW_COLOR, Qt.BrushStyle.BDiagPattern))
        low.setPen(QPen(LOW_COLOR, 1.5))
        for rate in rates:
            pct = None if rate is None else round(rate * 100)
            below = pct is not None and pct < threshold_pct
            ok.append(0 if pct is None or below else pct)
            low.append(pct if below and pct is not None else 0)
        series = QHorizontalStackedBarSeries() if self.horizontal else QStackedBarSeries()
        series.setBarWidth(0.8)
        series.append(ok)
        series.append(low)
        # No value labels on the bars: a stacked series would label the empty half "0". Trainees carry
        # their percentage in their label; sessions have it in the tooltip and the summary.
        chart.addSeries(series)

        categories = QBarCategoryAxis()
        categories.append(list(labels))
        categories.setLabelsFont(_font(0.8))
        values = QValueAxis()
        values.setRange(0, 100)
        values.setTickCount(6)
        values.setLabelFormat("%d %%")
        values.setLabelsFont(_font(0.8))
        if self.horizontal:
            chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        else:
            chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        self.categories = categories
        series.attachAxis(categories)
        series.attachAxis(values)

        # The threshold: a line over the whole width, on a hidden axis that spans the categories.
        line = QLineSeries()
        line.setName(line_name)
        line.setPen(QPen(LINE_COLOR if not dark else QColor("#90caf9"), 2.5, Qt.PenStyle.DashLine))
        span = QValueAxis()
        span.setRange(-0.5, max(len(rates), 1) - 0.5)
        span.setVisible(False)
        chart.addSeries(line)
        if self.horizontal:
            line.append([QPointF(threshold_pct, -0.5), QPointF(threshold_pct, max(len(rates), 1) - 0.5)])
            chart.addAxis(span, Qt.AlignmentFlag.AlignRight)
            line.attachAxis(values)
        else:
            line.append([QPointF(-0.5, threshold_pct), QPointF(max(len(rates), 1) - 0.5, threshold_pct)])
            chart.addAxis(span, Qt.AlignmentFlag.AlignTop)
            line.attachAxis(values)
        line.attachAxis(span)

        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
        self.setAccessibleName(title)
        self.setAccessibleDescription(summary)
        self.setToolTip(summary)
        if self.horizontal:
            self.setMinimumHeight(max(220, 60 + len(rates) * (self.fontMetrics().height() + 6)))
        self._fit_labels()

    def _fit_labels(self) -> None:
        """Dates under the bars stand upright when they do not fit side by side (many sessions, a narrow
        window, a large text size): Qt would otherwise cut each one short ("di 3…")."""
        chart = self.chart()
        if chart is not None and self.title:
            # A title wider than the chart goes onto two lines at its colon (else Qt cuts it short).
            room = self.width() - 40
            fits = QFontMetrics(chart.titleFont()).horizontalAdvance(self.title) <= room
            head, sep, tail = self.title.partition(": ")
            title = html.escape(self.title) if fits or not sep else f"{html.escape(head)}:<br>{html.escape(tail)}"
            if chart.title() != title:
                chart.setTitle(title)
            legend = chart.legend()
            names = [marker.label() for marker in legend.markers()]
            # Qt's legend gives each name the same share of a row and cuts what is longer; it neither wraps
            # nor scrolls: set smaller where the names do not fit (beside the bars it would take their room).
            for scale in (0.9, 0.75, 0.65):
                metrics = QFontMetrics(font := _font(scale))
                if not names or (max(metrics.horizontalAdvance(n) for n in names) + 3 * metrics.height()
                                 ) * len(names) <= room:
                    break
            if legend.font() != font:
                legend.setFont(font)
        categories = self.categories
        if self.horizontal or categories is None or not self.labels:
            return
        metrics = QFontMetrics(categories.labelsFont())
        widest = max(metrics.horizontalAdvance(label) for label in self.labels)
        # The bars' room: the view less the percentages on the left axis and the margins (the plot area itself
        # is laid out only after this resize).
        per_bar = (self.width() - metrics.horizontalAdvance("100 %") - 48) / len(self.labels)
        angle = 0 if widest + 6 <= per_bar else -90
        if categories.labelsAngle() != angle:
            categories.setLabelsAngle(angle)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self._shown is not None:  # the text size changed live
            title, labels, rates, threshold, names = self._shown
            self.show_rates(title, labels, rates, threshold, **names)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_labels()
