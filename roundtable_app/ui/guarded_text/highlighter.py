"""Live guard in the editor: scan after a pause in typing, underline what was found.

:class:`LiveGuard` restarts a single-shot timer on every keystroke and scans only when it fires,
so typing never waits for the guard. :class:`GuardHighlighter` paints the cached findings and
never scans: ``highlightBlock`` runs for every block on every change and must stay trivial.
Findings carry code-point offsets; the document counts UTF-16 units, so offsets are converted
once when findings arrive, and shifted (not rescanned) while the user keeps typing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QSyntaxHighlighter, QTextCharFormat, QTextDocument

from roundtable_app.guard import Finding
from roundtable_app.ui.theme import current as current_theme

DEBOUNCE_MS = 300


@dataclass(frozen=True)
class Span:
    """A finding placed in the document (UTF-16 positions, as Qt counts)."""

    start: int
    end: int
    finding: Finding


def utf16_spans(text: str, findings: list[Finding]) -> list[Span]:
    """Place findings (code-point offsets into ``text``) in UTF-16 document positions."""
    if all(ord(c) <= 0xFFFF for c in text):
        return [Span(f.start, f.end, f) for f in findings]
    units = [0]
    for c in text:
        units.append(units[-1] + (2 if ord(c) > 0xFFFF else 1))
    return [Span(units[f.start], units[f.end], f) for f in findings]


class GuardHighlighter(QSyntaxHighlighter):
    """Underlines cached findings; :meth:`set_spans` is the only way they change."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.spans: list[Span] = []
        self._formats = {}
        theme = current_theme()
        for severity in ("high", "medium", "low"):
            colour = theme.severity(severity)
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(colour)
            fmt.setToolTip("")
            self._formats[severity] = fmt
        document.contentsChange.connect(self._shift)

    def set_spans(self, spans: list[Span]) -> None:
        """Show these findings (and only these)."""
        self.spans = spans
        self.rehighlight()

    def span_at(self, position: int) -> Span | None:
        """The finding under a document position, if any."""
        return next((s for s in self.spans if s.start <= position < s.end), None)

    def highlightBlock(self, text: str) -> None:
        """Paint the spans that fall in this block; no scanning here."""
        block = self.currentBlock()
        first = block.position()
        last = first + block.length()
        for s in self.spans:
            if s.end <= first or s.start >= last:
                continue
            start = max(s.start, first) - first
            end = min(s.end, last) - first
            self.setFormat(
                start, end - start, self._formats.get(s.finding.severity, self._formats["high"])
            )

    def _shift(self, position: int, removed: int, added: int) -> None:
        # Typing moves the text after the cursor; keep underlines on their words until the
        # next scan, and drop any the edit touched (they will be found again if still there).
        if not self.spans or removed == added == 0:
            return
        delta = added - removed
        kept: list[Span] = []
        for s in self.spans:
            if s.end <= position:
                kept.append(s)
            elif s.start >= position + removed:
                kept.append(Span(s.start + delta, s.end + delta, s.finding))
        self.spans = kept


class LiveGuard(QObject):
    """Debounced scanning of an editor's document; emits ``scanned`` with the findings."""

    scanned = Signal(list)

    def __init__(
        self,
        document: QTextDocument,
        scan: Callable[[str], list[Finding]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._scan = scan
        self.highlighter = GuardHighlighter(document)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.scan_now)
        self._last_text: str | None = None
        self._painting = False
        document.contentsChanged.connect(self._typed)

    @property
    def findings(self) -> list[Finding]:
        """The findings currently underlined."""
        return [s.finding for s in self.highlighter.spans]

    def set_scanner(self, scan: Callable[[str], list[Finding]]) -> None:
        """Use a new scan function (the terms changed) and rescan now."""
        self._scan = scan
        self.scan_now(force=True)

    def scan_now(self, force: bool = False) -> None:
        """Scan the document now (the timer fired, or a dismissal changed the answer)."""
        self.timer.stop()
        text = self._document.toPlainText()
        if text == self._last_text and not force:
            return
        self._last_text = text
        findings = self._scan(text)
        self._painting = True
        try:
            self.highlighter.set_spans(utf16_spans(text, findings))
        finally:
            self._painting = False
        self.scanned.emit(findings)

    def stop(self) -> None:
        """Stop the timer and forget every finding (the text is going away)."""
        self.timer.stop()
        self._last_text = None
        self.highlighter.spans = []
        self._scan = lambda _t: []

    def _typed(self) -> None:
        # Re-highlighting reports a change of contents too; only typing restarts the pause.
        if not self._painting:
            self.timer.start()
