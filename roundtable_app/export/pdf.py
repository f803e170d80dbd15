"""The PDF renderer: ReportLab platypus, A4, consuming only a :class:`Summary`.

A renderer class with hooks (fonts, stylesheet, story, page templates, header and footer)
in the manner of pretix's PDF exporters; subclass and override a hook to restyle. The
document is built into memory in one layout pass; writing it to disk is the caller's job.
"""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from roundtable_app.export import fonts
from roundtable_app.export.model import (
    KIND_HEADINGS,
    Summary,
    SummaryRemark,
    ThemeSection,
    count_phrase,
)
from roundtable_app.export.pdf_chart import remarks_chart
from roundtable_app.export.pdf_parts import (
    BulletItem,
    ChapterHeading,
    ContentsList,
    NumberedCanvas,
    PageLedger,
)

INK = colors.HexColor("#202124")
MUTED = colors.HexColor("#5f6368")
RULE = colors.HexColor("#dadce0")
ACCENT = colors.HexColor("#2f4f6f")
FOOTER_TEXT = "Chatham House Rule: not for attribution"
# Kind names broken by hand so that the counts table's narrow columns never split a word
# in the wrong place.
_COLUMN_LABELS = {
    "challenge": "Chal-<br/>lenges",
    "good_practice": "Good<br/>practices",
    "recommendation": "Recom-<br/>mend-<br/>ations",
    "observation": "Obser-<br/>vations",
    "question": "Ques-<br/>tions",
}


def para_text(text: str) -> str:
    """User text made safe for a Paragraph: glyphs the font lacks marked, XML escaped,
    line breaks kept."""
    return escape(fonts.fit_text(text)).replace("\t", " ").replace("\n", "<br/>")


def _colour(hint: str, default: colors.Color = ACCENT) -> colors.Color:
    try:
        return colors.HexColor(hint) if hint else default
    except (ValueError, TypeError):
        return default


def _tint(colour: colors.Color, amount: float) -> colors.Color:
    # A pale version of a theme colour for backgrounds (mix with white).
    return colors.Color(*(c + (1 - c) * amount for c in (colour.red, colour.green, colour.blue)))


class PdfRenderer:
    """Renders a :class:`Summary` as an A4 PDF. Hooks: :meth:`register_fonts`,
    :meth:`stylesheet`, :meth:`story`, :meth:`page_templates`, :meth:`draw_header`,
    :meth:`draw_footer`."""

    pagesize = A4
    margins = (30 * mm, 30 * mm, 26 * mm, 24 * mm)  # left, right, top, bottom

    def __init__(self, summary: Summary) -> None:
        self.summary = summary
        self.ledger = PageLedger()
        self.page_count: int | None = None
        self.family = self.register_fonts()
        self.styles = self.stylesheet()

    # ------------------------------------------------------------------ hooks
    def register_fonts(self) -> str:
        """Register the fonts; returns the family name the stylesheet uses."""
        return fonts.register_fonts()

    def stylesheet(self) -> StyleSheet1:
        """The named paragraph styles."""
        sheet = StyleSheet1()
        body = ParagraphStyle(
            "body",
            fontName=fonts.REGULAR,
            fontSize=10.5,
            leading=15.5,
            textColor=INK,
            alignment=TA_LEFT,
            spaceAfter=7,
            bulletFontName=fonts.REGULAR,
        )
        sheet.add(body)
        bold, oblique = fonts.BOLD, fonts.OBLIQUE
        # name: how it differs from the body style
        derived: dict[str, dict[str, Any]] = {
            "cover_kicker": dict(fontName=bold, fontSize=9, leading=12, textColor=MUTED,
                                 spaceAfter=14),
            "cover_title": dict(fontName=bold, fontSize=25, leading=31, spaceAfter=12),
            "cover_subtitle": dict(fontSize=13, leading=18, textColor=MUTED, spaceAfter=26),
            "cover_meta": dict(fontSize=11, leading=16, spaceAfter=3),
            "cover_label": dict(fontName=bold, fontSize=8, leading=11, textColor=MUTED,
                                spaceBefore=12, spaceAfter=3),
            "notice_title": dict(fontName=bold, fontSize=11, leading=15, spaceAfter=5),
            "notice": dict(fontSize=9.5, leading=14, spaceAfter=4),
            "chapter": dict(fontName=bold, fontSize=19, leading=24, spaceAfter=14),
            "description": dict(fontName=oblique, fontSize=10, leading=14.5, textColor=MUTED,
                                spaceAfter=10),
            "section": dict(fontName=bold, fontSize=11.5, leading=15, spaceBefore=12,
                            spaceAfter=6),
            "item": dict(leftIndent=14, bulletIndent=2, spaceAfter=5),
            "key_item": dict(fontName=bold, fontSize=10, leading=14.5, leftIndent=14,
                             bulletIndent=2, spaceAfter=4),
            "session": dict(fontSize=8, leading=10, textColor=MUTED, leftIndent=14,
                            spaceBefore=-3, spaceAfter=6),
            "counts": dict(fontSize=8.5, leading=12, textColor=MUTED, spaceBefore=10),
            "cell": dict(fontSize=8.5, leading=11, spaceAfter=0),
            "cell_head": dict(fontName=bold, fontSize=7, leading=8.5, spaceAfter=0,
                              textColor=MUTED),
            "empty": dict(fontName=oblique, textColor=MUTED),
        }  # fmt: skip
        for name, overrides in derived.items():
            sheet.add(ParagraphStyle(name, parent=body, **overrides))
        return sheet

    def page_templates(self, doc: BaseDocTemplate) -> list[PageTemplate]:
        """The cover template (no running header) and the body template."""
        left, right, top, bottom = self.margins
        width, height = self.pagesize
        frame = Frame(
            left,
            bottom,
            width - left - right,
            height - top - bottom,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        cover = Frame(
            left,
            bottom,
            width - left - right,
            height - top - bottom,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="cover",
        )
        return [
            PageTemplate("cover", [cover], onPage=self.draw_footer),
            PageTemplate("body", [frame], onPage=self._draw_body_page),
        ]

    def draw_header(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        """The running header: the event title and a hairline."""
        left, right, top, _ = self.margins
        width, height = self.pagesize
        y = height - top + 12 * mm
        canv.saveState()
        canv.setFont(fonts.REGULAR, 8)
        canv.setFillColor(MUTED)
        title = fonts.fit_text(self.summary.title)
        room = width - left - right
        while title and canv.stringWidth(title + "\u2026", fonts.REGULAR, 8) > room:
            title = title[:-1]
        if title != fonts.fit_text(self.summary.title):
            title = title.rstrip() + "\u2026"
        canv.drawString(left, y, title)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(left, y - 5, width - right, y - 5)
        canv.restoreState()

    def draw_footer(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        """The footer's fixed part: the Rule reminder (the page number comes at save time)."""
        left, _, _, bottom = self.margins
        canv.saveState()
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(left, bottom - 9 * mm, self.pagesize[0] - self.margins[1], bottom - 9 * mm)
        canv.setFont(fonts.BOLD, 7.5)
        canv.setFillColor(MUTED)
        canv.drawString(left, bottom - 13 * mm, FOOTER_TEXT)
        canv.restoreState()

    def finish_page(self, canv: Canvas, page: int, total: int) -> None:
        """Called by the numbering canvas for every page once the total is known."""
        self.page_count = total
        canv.saveState()
        canv.setFont(fonts.REGULAR, 7.5)
        canv.setFillColor(MUTED)
        canv.drawRightString(
            self.pagesize[0] - self.margins[1], self.margins[3] - 13 * mm, f"Page {page} of {total}"
        )
        canv.setFillColor(INK)
        canv.setFont(fonts.REGULAR, 10.5)
        for slot_page, x, y, size, key in self.ledger.contents_slots:
            if slot_page == page:
                canv.setFont(fonts.REGULAR, size)
                canv.drawRightString(x, y, str(self.ledger.chapters.get(key, "")))
        canv.restoreState()

    def _draw_body_page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        self.draw_header(canv, doc)
        self.draw_footer(canv, doc)

    # ------------------------------------------------------------------ story
    def story(self) -> list[Flowable]:
        """Every flowable of the document, in reading order."""
        s = self.summary
        chapters: list[tuple[str, str, list[Flowable]]] = []
        if s.executive_summary:
            chapters.append(
                ("executive", "Executive summary", self._paragraphs(s.executive_summary))
            )
        chapters.append(("overview", "Remarks at a glance", self._overview()))
        for i, theme in enumerate(s.themes, start=1):
            chapters.append((f"theme-{i}", f"{i}. {theme.name}", self._theme(theme)))
        chapters.append(("recommendations", "Recommendations", self._recommendations()))
        story: list[Flowable] = [*self._cover(), NextPageTemplate("body"), PageBreak()]
        story += self._contents([(key, title) for key, title, _ in chapters])
        colours = {f"theme-{i}": _colour(t.colour) for i, t in enumerate(s.themes, start=1)}
        for key, title, flowables in chapters:
            story.append(PageBreak())
            story.append(
                ChapterHeading(
                    key,
                    fonts.fit_text(title),
                    para_text(title),
                    self.styles["chapter"],
                    colours.get(key, ACCENT),
                    self.ledger,
                )
            )
            story += flowables
        return story

    def _paragraphs(self, text: str, style: str = "body") -> list[Flowable]:
        # Blank lines separate paragraphs; single line breaks stay line breaks.
        blocks = [b.strip() for b in text.replace("\r\n", "\n").split("\n\n")]
        return [Paragraph(para_text(b), self.styles[style]) for b in blocks if b]

    def _cover(self) -> list[Flowable]:
        s, st = self.summary, self.styles
        out: list[Flowable] = [
            Spacer(1, 34 * mm),
            Paragraph("UNATTRIBUTED SUMMARY", st["cover_kicker"]),
            Paragraph(para_text(s.title), st["cover_title"]),
        ]
        if s.subtitle:
            out.append(Paragraph(para_text(s.subtitle), st["cover_subtitle"]))
        else:
            out.append(Spacer(1, 14))
        for value in (s.venue, s.dates):
            if value:
                out.append(Paragraph(para_text(value), st["cover_meta"]))
        if s.conveners:
            out.append(Paragraph("CONVENED BY", st["cover_label"]))
            out += [Paragraph(para_text(c), st["cover_meta"]) for c in s.conveners]
        out.append(Spacer(1, 16 * mm))
        notice = [
            Paragraph("Held under the Chatham House Rule", st["notice_title"]),
            Paragraph(para_text(s.rule_statement), st["notice"]),
            Paragraph(para_text(s.notice), st["notice"]),
        ]
        box = Table([[notice]], colWidths=["100%"])
        box.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 8.5),
                    ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f1f3f4")),
                    ("LINEBEFORE", (0, 0), (0, -1), 3, ACCENT),
                    ("LEFTPADDING", (0, 0), (-1, -1), 14),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 14),
                    ("TOPPADDING", (0, 0), (-1, -1), 10),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ]
            )
        )
        out.append(box)
        return out

    def _contents(self, entries: list[tuple[str, str]]) -> list[Flowable]:
        heading = Paragraph("Contents", self.styles["chapter"])
        titles = [(key, fonts.fit_text(title)) for key, title in entries]
        return [heading, ContentsList(titles, fonts.REGULAR, 10.5, self.ledger, INK, RULE)]

    def _overview(self) -> list[Flowable]:
        s, st = self.summary, self.styles
        width = self.pagesize[0] - self.margins[0] - self.margins[1]
        intro = (
            f"{s.total} remark{'s' if s.total != 1 else ''} across "
            f"{len(s.themes)} theme{'s' if len(s.themes) != 1 else ''}, by kind."
        )
        out: list[Flowable] = [Paragraph(intro, st["body"]), Spacer(1, 4)]
        height = self.pagesize[1] - self.margins[2] - self.margins[3]
        out.append(remarks_chart(s, width, fonts.REGULAR, fonts.BOLD, height - 140))
        out.append(Spacer(1, 10))
        out.append(self._counts_table(width))
        return out

    def _counts_table(self, width: float) -> Table:
        s, st = self.summary, self.styles
        kinds = [k for k, _ in s.kind_totals()]
        right = ParagraphStyle("cell_head_r", parent=st["cell_head"], alignment=TA_RIGHT)
        head = (
            [Paragraph("Theme", st["cell_head"])]
            + [Paragraph(_COLUMN_LABELS.get(k, KIND_HEADINGS[k]), right) for k in kinds]
            + [Paragraph("Total", right)]
        )
        rows: list[list[object]] = [head]
        for t in s.themes:
            rows.append(
                [
                    Paragraph(para_text(t.name), st["cell"]),
                    *[str(n) for _, n in t.counts],
                    str(t.total),
                ]
            )
        rows.append(
            [
                Paragraph("All themes", st["cell_head"]),
                *[str(n) for _, n in s.kind_totals()],
                str(s.total),
            ]
        )
        number = 44.0
        table = Table(
            rows,
            colWidths=[width - number * (len(kinds) + 1)] + [number] * (len(kinds) + 1),
            repeatRows=1,
        )
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 8.5),
                    ("FONT", (1, 1), (-1, -1), fonts.REGULAR, 8.5),
                    ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.6, MUTED),
                    ("LINEABOVE", (0, -1), (-1, -1), 0.6, MUTED),
                    (
                        "ROWBACKGROUNDS",
                        (0, 1),
                        (-1, -2),
                        [colors.white, colors.HexColor("#f8f9fa")],
                    ),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ("LEFTPADDING", (1, 0), (-1, -1), 2),
                    ("RIGHTPADDING", (1, 0), (-1, -1), 4),
                ]
            )
        )
        return table

    def _items(self, remarks: tuple[SummaryRemark, ...], style: str = "item") -> list[Flowable]:
        out: list[Flowable] = []
        for r in remarks:
            out.append(BulletItem(para_text(r.text), self.styles[style]))
            if r.session:
                out.append(Paragraph(f"Session: {para_text(r.session)}", self.styles["session"]))
        return out

    def _section(self, title: str, colour: colors.Color) -> Paragraph:
        style = ParagraphStyle(f"section-{title}", parent=self.styles["section"], textColor=colour)
        return Paragraph(para_text(title), style)

    def _theme(self, theme: ThemeSection) -> list[Flowable]:
        st = self.styles
        colour = _colour(theme.colour)
        out: list[Flowable] = []
        if theme.description:
            out.append(Paragraph(para_text(theme.description), st["description"]))
        if theme.synthesis:
            out.append(self._section("Synthesis", colour))
            out += self._paragraphs(theme.synthesis)
        if theme.key_points:
            box = Table([[self._items(theme.key_points, "key_item")]], colWidths=["100%"])
            box.setStyle(
                TableStyle(
                    [
                        ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 8.5),
                        ("BACKGROUND", (0, 0), (-1, -1), _tint(colour, 0.9)),
                        ("LINEBEFORE", (0, 0), (0, -1), 2.5, colour),
                        ("LEFTPADDING", (0, 0), (-1, -1), 10),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                        ("TOPPADDING", (0, 0), (-1, -1), 8),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                    ]
                )
            )
            out += [KeepTogether([self._section("Key points", colour), box])]
        for group in theme.groups:
            items = self._items(group.remarks)
            heading = self._section(f"{group.heading} ({len(group.remarks)})", colour)
            # Never leave a kind heading alone at the foot of a page.
            out += [CondPageBreak(60), KeepTogether([heading, *items[:1]]), *items[1:]]
        if not theme.total:
            out.append(Paragraph("No remarks were recorded under this theme.", st["empty"]))
        else:
            out.append(Paragraph(count_phrase(theme.counts), st["counts"]))
        return out

    def _recommendations(self) -> list[Flowable]:
        st = self.styles
        if not self.summary.recommendations:
            return [Paragraph("No recommendations were recorded.", st["empty"])]
        out: list[Flowable] = [
            Paragraph(
                "Every recommendation made during the meeting, gathered by theme.", st["body"]
            )
        ]
        for group in self.summary.recommendations:
            colour = _colour(group.colour)
            items = self._items(group.remarks)
            out += [
                CondPageBreak(60),
                KeepTogether([self._section(group.theme, colour), *items[:1]]),
                *items[1:],
            ]
        return out

    # ------------------------------------------------------------------ build
    def render(self) -> bytes:
        """Lay the document out (one pass) and return the PDF's bytes."""
        buffer = io.BytesIO()
        s = self.summary
        left, right, top, bottom = self.margins
        doc = BaseDocTemplate(
            buffer,
            pagesize=self.pagesize,
            leftMargin=left,
            rightMargin=right,
            topMargin=top,
            bottomMargin=bottom,
            title=fonts.fit_text(s.title),
            subject=fonts.fit_text(s.subtitle or s.title),
            author="",
            creator="Roundtable",
            producer="Roundtable",
            keywords=[],
            invariant=1,
            lang="en",
            initialFontName=fonts.REGULAR,
            initialFontSize=10.5,
        )
        doc.addPageTemplates(self.page_templates(doc))

        def canvasmaker(*args: object, **kwargs: object) -> NumberedCanvas:
            return NumberedCanvas(*args, finish_page=self.finish_page, **kwargs)

        doc.build(self.story(), canvasmaker=canvasmaker)
        return buffer.getvalue()


def render_pdf(summary: Summary) -> bytes:
    """The summary as an A4 PDF (bytes); the same summary always gives the same bytes."""
    return PdfRenderer(summary).render()
