"""The overview: what is left before the summary can go out, and a preview of it.

Counts per theme and kind are drawn in the app (a small stacked bar chart, QPainter), beside
the remarks still to review, the unresolved findings and the themes without a synthesis. The
preview is the summary model rendered as rich text (through the Markdown renderer), so it
shows exactly what an export would carry.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from roundtable_app.ui.i18n import tr
from roundtable_app.ui.review.export_pane import ExportPane
from roundtable_app.ui.theme import current as current_theme
from roundtable_app.vault.types import KIND_LABELS, REMARK_KINDS, RemarkInfo, ThemeInfo


class CountsChart(QWidget):
    """Horizontal stacked bars: one per theme, one segment per kind."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, list[int]]] = []
        self.setMinimumHeight(120)
        self.setAccessibleName(tr("CountsChart", "Remarks per theme and kind"))

    def set_counts(self, rows: list[tuple[str, list[int]]]) -> None:
        """``(theme name, count per kind in REMARK_KINDS order)`` for each theme."""
        self.rows = rows
        line = self.fontMetrics().height() + 8
        self.setMinimumHeight(line * (len(rows) + 3))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the bars and a legend."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        chart = current_theme().chart
        metrics = self.fontMetrics()
        line = metrics.height() + 8
        label_w = min(
            self.width() // 3,
            max((metrics.horizontalAdvance(n) for n, _ in self.rows), default=0) + 12,
        )
        most = max((sum(c) for _, c in self.rows), default=0) or 1
        bar_w = max(10, self.width() - label_w - 50)
        for i, (name, counts) in enumerate(self.rows):
            y = i * line + 4
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRectF(0, y, label_w - 6, line - 4),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(name, Qt.TextElideMode.ElideRight, label_w - 6),
            )
            x = float(label_w)
            for k, n in enumerate(counts):
                w = bar_w * n / most
                painter.fillRect(QRectF(x, y + 2, w, line - 8), chart[k % len(chart)])
                x += w
            painter.drawText(
                QRectF(x + 4, y, 46, line - 4), Qt.AlignmentFlag.AlignVCenter, str(sum(counts))
            )
        y = len(self.rows) * line + 6
        x = 4.0
        for k, kind in enumerate(REMARK_KINDS):
            label = tr("Kinds", KIND_LABELS[kind])
            if x + metrics.horizontalAdvance(label) + 18 > self.width():
                x, y = 4.0, y + line  # the legend wraps rather than being cut
            painter.fillRect(QRectF(x, y + 4, 10, 10), chart[k % len(chart)])
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(x + 14, y, metrics.horizontalAdvance(label) + 4, line), label)
            x += metrics.horizontalAdvance(label) + 28
        painter.end()


class OverviewPane(QWidget):
    """The chart, what is left to do, and the summary preview."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.chart = CountsChart()
        self.left_to_do = QLabel("")
        self.left_to_do.setWordWrap(True)
        self.left_to_do.setTextFormat(Qt.TextFormat.RichText)
        self.preview_button = QPushButton(tr("OverviewPane", "&Preview the summary"))
        self.export_button = QPushButton(
            tr("OverviewPane", "Export &dialog (one format, with its pre-flight)…")
        )
        self.export_pane = ExportPane()
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(tr("OverviewPane", "Summary preview"))
        layout.addWidget(self.chart)
        layout.addWidget(self.left_to_do)
        layout.addWidget(self.preview_button)
        layout.addWidget(self.export_pane)
        layout.addWidget(self.export_button)
        layout.addWidget(self.preview, 1)
        self.build_preview: Callable[[], str] | None = None
        self.preview_button.clicked.connect(self.show_preview)

    def show_state(
        self,
        themes: Sequence[ThemeInfo],
        remarks: Sequence[RemarkInfo],
        without_synthesis: Sequence[str],
        findings: int | None,
    ) -> None:
        """Fill the chart and the list of what is left."""
        rows = []
        for t in themes:
            counts = [0] * len(REMARK_KINDS)
            for r in remarks:
                if r.theme_id == t.id and r.status != "excluded":
                    counts[REMARK_KINDS.index(r.kind)] += 1
            rows.append((t.name, counts))
        self.chart.set_counts(rows)
        to_review = sum(1 for r in remarks if r.status == "captured")
        without = len(without_synthesis)
        items = [tr("OverviewPane", "%n remarks still to review", None, to_review)]
        items.append(
            tr("OverviewPane", "unresolved findings: open the Findings tab to check")
            if findings is None
            else tr("OverviewPane", "%n unresolved findings", None, findings)
        )
        items.append(
            tr("OverviewPane", "every theme has a synthesis")
            if not without_synthesis
            else tr("OverviewPane", "%n themes without a synthesis: %1", None, without).replace(
                "%1", ", ".join(without_synthesis)
            )
        )
        import html

        self.left_to_do.setText(
            "<b>"
            + html.escape(tr("OverviewPane", "Before the summary goes out"))
            + "</b><ul>"
            + "".join(f"<li>{html.escape(i)}</li>" for i in items)
            + "</ul>"
        )

    def show_preview(self) -> None:
        """Render the summary as it will read."""
        if self.build_preview is not None:
            self.preview.setMarkdown(self.build_preview())
