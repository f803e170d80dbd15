"""Building blocks of the PDF: the numbering canvas, chapter headings, the contents list.

The document is laid out in a single pass (a 10,000-remark summary must not be laid out
twice): the contents list reserves one line per chapter and its page numbers, like the
"of y" in every footer, are drawn when the canvas is saved and every page is known.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph


@dataclass
class PageLedger:
    """What the single layout pass learnt, for the numbering canvas to use when saving.

    ``chapters`` maps a chapter key to the page it starts on; ``contents_slots`` holds, per
    contents line, the page it is on, where its number goes and which chapter it names.
    """

    chapters: dict[str, int] = field(default_factory=dict)
    contents_slots: list[tuple[int, float, float, float, str]] = field(default_factory=list)
    tail_room: float = 0.0


class EventInfo(pdfdoc.PDFInfo):
    """The PDF's document information without the time of export: the event's own first
    day as its creation date ("D:20160614", a date without a time), or no date at all."""

    def __init__(self, event_date: date | None) -> None:
        super().__init__()
        self.event_date = event_date

    def format(self, document: Any) -> bytes:
        """The info dictionary, as ReportLab's but for the dates."""
        entries: dict[str, Any] = {
            "Title": pdfdoc.PDFString(self.title),
            "Author": pdfdoc.PDFString(self.author),
            "Producer": pdfdoc.PDFString(self.producer),
            "Creator": pdfdoc.PDFString(self.creator),
            "Subject": pdfdoc.PDFString(self.subject),
            "Keywords": pdfdoc.PDFString(self.keywords),
            "Trapped": pdfdoc.PDFName(self.trapped),
        }
        if self.event_date is not None:
            stamp = pdfdoc.PDFString(f"D:{self.event_date:%Y%m%d}")
            entries["CreationDate"] = entries["ModDate"] = stamp
        result: bytes = pdfdoc.PDFDictionary(entries).format(document)
        return result


class NumberedCanvas(Canvas):
    """A canvas that keeps each page until the end, then stamps "Page x of y" (and the
    contents' page numbers) on every page through ``finish_page(canvas, page, total)``."""

    def __init__(
        self,
        *args: Any,
        finish_page: Callable[[Canvas, int, int], None] | None = None,
        event_date: date | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        # _doc and _startPage are Canvas internals that types-reportlab does not declare.
        self._doc.info = EventInfo(event_date)  # type: ignore[attr-defined]
        self._finish_page = finish_page
        self._pending: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 — ReportLab's name
        """Hold the finished page back until the total is known."""
        self._pending.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]

    def save(self) -> None:
        """Stamp every held page, then write the document."""
        total = len(self._pending)
        for number, state in enumerate(self._pending, start=1):
            self.__dict__.update(state)
            if self._finish_page is not None:
                self._finish_page(self, number, total)
            super().showPage()
        super().save()


class ChapterHeading(Flowable):
    """A chapter title with a coloured bar at its left; registers itself in the ledger,
    the PDF outline (bookmarks) and as a link target for the contents list."""

    def __init__(
        self,
        key: str,
        title: str,
        markup: str,
        style: ParagraphStyle,
        colour: colors.Color,
        ledger: PageLedger,
    ) -> None:
        super().__init__()
        self.key = key
        self.title = title
        self.colour = colour
        self.ledger = ledger
        self.bar = 5.0
        self.gap = 12.0
        self._para = Paragraph(markup, style)
        self.spaceBefore = style.spaceBefore
        self.spaceAfter = style.spaceAfter

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        """Size of the title, wrapped beside the bar."""
        _, h = self._para.wrap(availWidth - self.bar - self.gap, availHeight)
        self.width, self.height = availWidth, h
        return availWidth, h

    def draw(self) -> None:
        """Draw the bar and the title, and note where the chapter starts."""
        canv = self.canv
        canv.saveState()
        canv.setFillColor(self.colour)
        canv.rect(0, 0, self.bar, self.height, stroke=0, fill=1)
        canv.restoreState()
        self._para.drawOn(canv, self.bar + self.gap, 0)
        page = canv.getPageNumber()
        self.ledger.chapters.setdefault(self.key, page)
        canv.bookmarkHorizontal(self.key, 0, self.height + 12)
        canv.addOutlineEntry(self.title, self.key, level=0, closed=False)


class ContentsList(Flowable):
    """The table of contents: one line per chapter with a dotted leader and the page number
    (filled in at save time), each line a link to its chapter. Titles are plain text,
    already fitted to the font; an over-long one is shortened with an ellipsis."""

    def __init__(
        self,
        entries: list[tuple[str, str]],
        font: str,
        size: float,
        ledger: PageLedger,
        text_colour: colors.Color,
        leader_colour: colors.Color,
    ) -> None:
        super().__init__()
        self.entries = entries
        self.font, self.size = font, size
        self.ledger = ledger
        self.text_colour, self.leader_colour = text_colour, leader_colour
        self.line_height = size * 2.1
        self.number_width = 30.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        """One line per chapter."""
        self.width = availWidth
        self.height = self.line_height * len(self.entries)
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        """Many themes: continue the list on the next page instead of overflowing."""
        fits = int(availHeight // self.line_height)
        if fits < 1 or fits >= len(self.entries):
            return []
        return [self._part(self.entries[:fits]), self._part(self.entries[fits:])]

    def _part(self, entries: list[tuple[str, str]]) -> ContentsList:
        return ContentsList(
            entries, self.font, self.size, self.ledger, self.text_colour, self.leader_colour
        )

    def _fit(self, title: str, room: float) -> str:
        if stringWidth(title, self.font, self.size) <= room:
            return title
        while title and stringWidth(title + "…", self.font, self.size) > room:
            title = title[:-1]
        return title.rstrip() + "…"

    def draw(self) -> None:
        """Draw titles and leaders; record where each page number goes."""
        canv = self.canv
        page = canv.getPageNumber()
        room = self.width - self.number_width - 24
        y = self.height
        for key, title in self.entries:
            y -= self.line_height
            baseline = y + self.line_height * 0.35
            text = self._fit(title, room)
            canv.saveState()
            canv.setFont(self.font, self.size)
            canv.setFillColor(self.text_colour)
            canv.drawString(0, baseline, text)
            end = stringWidth(text, self.font, self.size)
            canv.setStrokeColor(self.leader_colour)
            canv.setDash(0.6, 2.6)
            canv.setLineWidth(0.7)
            canv.line(end + 6, baseline, self.width - self.number_width, baseline)
            canv.restoreState()
            ax, ay = canv.absolutePosition(self.width, baseline)
            self.ledger.contents_slots.append((page, ax, ay, self.size, key))
            canv.linkRect(
                "", key, (0, y, self.width, y + self.line_height), relative=1, thickness=0
            )


class BulletItem(Paragraph):
    """A list item: a paragraph with a bullet drawn beside its first line.

    ReportLab's own ``bulletText`` parses and lays out the bullet as a paragraph fragment
    for every item, which made a long summary a third slower; one ``drawString`` does.
    """

    bullet = "\u2022"

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        """Split as a paragraph does; the part continued on the next page has no bullet."""
        parts: list[Flowable] = super().split(availWidth, availHeight)
        if len(parts) == 2 and isinstance(parts[1], BulletItem):
            parts[1].bullet = ""
        return parts

    def draw(self) -> None:
        """The paragraph, then its bullet on the first baseline."""
        super().draw()
        style = self.style
        canv = self.canv
        canv.saveState()
        canv.setFont(style.fontName, style.fontSize)
        canv.setFillColor(style.textColor)
        canv.drawString(style.bulletIndent, self.height - style.fontSize, self.bullet)
        canv.restoreState()


class RotatedLabel(Flowable):
    """A table header turned a quarter to the left, reading upwards: a long kind name
    ("Recommendations") stays one whole word in a narrow count column."""

    def __init__(self, text: str, font: str, size: float, colour: colors.Color) -> None:
        super().__init__()
        self.text, self.font, self.size, self.colour = text, font, size, colour

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        """As wide as the column, as tall as the text is long."""
        self.width = availWidth
        self.height = stringWidth(self.text, self.font, self.size) + 2
        return availWidth, self.height

    def draw(self) -> None:
        """The text along the cell's right edge, bottom to top."""
        canv = self.canv
        canv.saveState()
        canv.setFont(self.font, self.size)
        canv.setFillColor(self.colour)
        canv.translate(self.width - 1, 0)
        canv.rotate(90)
        canv.drawString(0, 0, self.text)
        canv.restoreState()


class TailMarker(Flowable):
    """Placed last in the story: notes how much of the last page was left empty."""

    def __init__(self, ledger: PageLedger) -> None:
        super().__init__()
        self.ledger = ledger
        self._room = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        """Takes no room; remembers the room left."""
        self._room = availHeight
        return 0, 0

    def draw(self) -> None:
        """Record the room left under the document's last line."""
        self.ledger.tail_room = self._room
