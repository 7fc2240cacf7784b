"""The arrivals chart drawn with reportlab graphics (vector, sharp at any zoom)."""
from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, Rect, String

from models.reports.arrivals import ArrivalChart
from models.reports.pdf import ACCENT, FONT, INK, MUTED, RULE

LEFT_AXIS = 28
BOTTOM_AXIS = 16
TOP_SPACE = 12


def arrival_drawing(chart: ArrivalChart, width: float, height: float) -> Drawing:
    """Bars per 5 minutes, a labelled count scale, and the times along the bottom."""
    drawing = Drawing(width, height)
    plot_width = width - LEFT_AXIS - 4
    plot_height = height - BOTTOM_AXIS - TOP_SPACE
    if not chart.bins:
        drawing.add(String(width / 2, height / 2, "No check-ins recorded for this day.", fontName=FONT,
                           fontSize=9, fillColor=MUTED, textAnchor="middle"))
        return drawing
    for value in range(0, chart.y_max + 1, chart.y_step):
        y = BOTTOM_AXIS + plot_height * value / chart.y_max
        drawing.add(Line(LEFT_AXIS, y, LEFT_AXIS + plot_width, y, strokeColor=RULE, strokeWidth=0.4))
        drawing.add(String(LEFT_AXIS - 4, y - 3, str(value), fontName=FONT, fontSize=7, fillColor=MUTED,
                           textAnchor="end"))
    slot = plot_width / len(chart.bins)
    gap = min(slot * 0.18, 2)
    for index, (_, count) in enumerate(chart.bins):
        if count:
            bar_height = plot_height * count / chart.y_max
            drawing.add(Rect(LEFT_AXIS + index * slot + gap / 2, BOTTOM_AXIS, slot - gap, bar_height,
                             fillColor=ACCENT, strokeColor=None))
            if slot >= 9:
                drawing.add(String(LEFT_AXIS + (index + 0.5) * slot, BOTTOM_AXIS + bar_height + 2, str(count),
                                   fontName=FONT, fontSize=6.5, fillColor=INK, textAnchor="middle"))
    drawing.add(Line(LEFT_AXIS, BOTTOM_AXIS, LEFT_AXIS + plot_width, BOTTOM_AXIS, strokeColor=INK,
                     strokeWidth=0.6))
    for index, text in chart.x_labels:
        x = LEFT_AXIS + index * slot
        drawing.add(Line(x, BOTTOM_AXIS, x, BOTTOM_AXIS - 3, strokeColor=INK, strokeWidth=0.6))
        drawing.add(String(x, BOTTOM_AXIS - 11, text, fontName=FONT, fontSize=7, fillColor=MUTED,
                           textAnchor="middle"))
    return drawing
