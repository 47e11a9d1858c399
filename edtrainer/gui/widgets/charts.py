"""Attendance charts (QtCharts): per session of a cohort, and per trainee, against the threshold line.

Bars below the threshold are hatched as well as coloured and every bar is labelled with its value, so
the chart does not depend on colour; its accessible description says the same in words.
"""

from __future__ import annotations

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
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
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

    def show_rates(self, title: str, labels: Sequence[str], rates: Sequence[float | None], threshold_pct: int,
                   *, ok_name: str, low_name: str, line_name: str, summary: str) -> None:
        self.values, self.labels = list(rates), list(labels)
        chart = QChart()
        chart.setTitle(title)
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
        many = len(rates) > 24
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
            if many:
                categories.setLabelsAngle(-90)
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
