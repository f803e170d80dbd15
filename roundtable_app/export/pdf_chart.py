"""The vector bar chart of remarks per theme and kind (ReportLab graphics, no bitmap)."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit

from roundtable_app.export.fonts import fit_text
from roundtable_app.export.model import KIND_ORDER, Summary

# One muted colour per kind, readable in print and distinguishable in grey scale by order.
KIND_COLOURS: dict[str, colors.Color] = {
    "challenge": colors.HexColor("#c0504d"),
    "good_practice": colors.HexColor("#4f9a6b"),
    "lesson": colors.HexColor("#d9a441"),
    "recommendation": colors.HexColor("#2f6f8f"),
    "observation": colors.HexColor("#8a8f98"),
    "question": colors.HexColor("#7b5ea7"),
}
ROW = 22.0
LABEL_ROOM = 150.0


MIN_LABEL_SIZE = 5.5


def wrap_labels(
    names: list[str], font: str, size: float, room: float, row: float
) -> tuple[list[str], float]:
    """Theme names as axis labels, never cut: wrapped between words onto two lines (or as
    many as the bar's row holds), the font made smaller only when a name needs more; a
    word longer than the room is the only thing that ever overflows it. Returns the labels
    (lines joined by newlines) and the font size they all share."""
    names = [fit_text(n) for n in names]
    while True:
        lines = max(2, int(row // (size * 1.15)))
        wrapped = [simpleSplit(n, font, size, room) or [""] for n in names]
        if all(len(w) <= lines for w in wrapped) or size <= MIN_LABEL_SIZE:
            return ["\n".join(w) for w in wrapped], size
        size = max(MIN_LABEL_SIZE, size - 0.5)


def remarks_chart(
    summary: Summary, width: float, font: str, bold: str, max_height: float = 600.0
) -> Drawing:
    """A stacked horizontal bar per theme, one segment per kind, with a legend and totals;
    never taller than ``max_height`` (many themes get thinner bars, then a smaller chart)."""
    themes = summary.themes
    n = max(len(themes), 1)
    legend_rows = 2
    row = max(6.0, min(ROW, (max_height - 40 - legend_rows * 16) / n))
    label_size = min(8.0, row * 0.7)
    height = n * row + 40 + legend_rows * 16
    drawing = Drawing(width, height)
    # The renderer's starting state would otherwise pull in (unembedded) Helvetica.
    # types-reportlab declares initialFontName only as a keyword of the shapes, and its
    # geometry (x, width, barWidth …) as int where ReportLab takes any number.
    drawing.initialFontName = font  # type: ignore[attr-defined]
    chart = HorizontalBarChart()
    chart.x = LABEL_ROOM  # type: ignore[assignment]
    chart.y = legend_rows * 16 + 30
    chart.width = width - LABEL_ROOM - 30  # type: ignore[assignment]
    chart.height = n * row  # type: ignore[assignment]
    # Themes top to bottom in theme order: the category axis runs bottom-up.
    data = [[dict(t.counts).get(kind, 0) for t in reversed(themes)] or [0] for kind in KIND_ORDER]
    chart.data = data
    chart.categoryAxis.style = "stacked"
    names, label_size = wrap_labels(
        [t.name for t in reversed(themes)], font, label_size, LABEL_ROOM - 12, row
    )
    chart.categoryAxis.categoryNames = names or [""]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = label_size
    chart.categoryAxis.labels.leading = label_size * 1.15
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.textAnchor = "end"
    chart.categoryAxis.labels.dx = -6
    chart.categoryAxis.strokeColor = colors.HexColor("#9aa0a6")
    chart.categoryAxis.tickLeft = 0
    peak = max((t.total for t in themes), default=0)
    step = _nice_step(peak)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(step, -(-peak // step) * step)
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.strokeColor = colors.HexColor("#9aa0a6")
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e3e5e8")
    chart.valueAxis.gridStrokeWidth = 0.5
    chart.barWidth = row * 0.6  # type: ignore[assignment]
    chart.groupSpacing = row * 0.4  # type: ignore[assignment]
    chart.bars.strokeWidth = 0
    for i, kind in enumerate(KIND_ORDER):
        chart.bars[i].fillColor = KIND_COLOURS[kind]
    drawing.add(chart)
    # Totals at the end of each bar: the reader should not have to add segments up.
    scale = chart.width / chart.valueAxis.valueMax
    for index, theme in enumerate(reversed(themes)):
        y = chart.y + index * row + row / 2 - label_size * 0.4
        drawing.add(
            String(
                chart.x + theme.total * scale + 4,
                y,
                str(theme.total),
                fontName=bold,
                fontSize=min(7.5, label_size),
                fillColor=colors.HexColor("#3c4043"),
            )
        )
    legend = Legend()
    legend.x = LABEL_ROOM  # type: ignore[assignment]
    legend.y = legend_rows * 16 + 2
    legend.alignment = "right"
    legend.columnMaximum = legend_rows
    legend.deltax = 100
    legend.dx = 8
    legend.dy = 8
    legend.fontName = font
    legend.fontSize = 8
    legend.strokeWidth = 0
    words = summary.wording
    legend.colorNamePairs = [(KIND_COLOURS[k], words.kind_heading(k)) for k in KIND_ORDER]
    drawing.add(legend)
    if height > max_height:  # hundreds of themes: shrink the whole chart to fit a page
        factor = max_height / height
        drawing.scale(factor, factor)
        drawing.width, drawing.height = width * factor, max_height
    return drawing


def _nice_step(peak: int) -> int:
    # Aim for four to eight grid lines whatever the scale (5 remarks or 5,000).
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        if peak / step <= 8:
            return step
    return max(1, peak // 8)
