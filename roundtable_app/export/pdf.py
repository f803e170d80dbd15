"""The PDF renderer: ReportLab platypus, A4, consuming only a :class:`Summary`.

A renderer class with hooks (fonts, stylesheet, story, page templates, header and footer)
in the manner of pretix's PDF exporters; subclass and override a hook to restyle. The
document is built into memory in one layout pass; writing it to disk is the caller's job.
"""

from __future__ import annotations

import io
from typing import Any, cast
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
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
from roundtable_app.export.model import Summary, SummaryRemark, ThemeSection
from roundtable_app.export.pdf_chart import remarks_chart
from roundtable_app.export.pdf_parts import (
    BulletItem,
    ChapterHeading,
    ContentsList,
    NumberedCanvas,
    PageLedger,
    RotatedLabel,
    TailMarker,
)

INK = colors.HexColor("#202124")
MUTED = colors.HexColor("#5f6368")
RULE = colors.HexColor("#dadce0")
ACCENT = colors.HexColor("#2f4f6f")
# A chapter follows the previous one on the same page while this share of the page is free.
FLOW_ROOM = 0.6
# The last page holding less than this share of text is a near-empty tail: the document is
# laid out again with tighter spacing (only for documents this short, so a long one is still
# laid out once) and the tighter layout is kept if it needs fewer pages.
TAIL_SHARE = 0.25
COMPACT_MAX_PAGES = 60
# (spacing factor, leading factor) of each layout tried, the first being the normal one.
COMPACT_LEVELS = ((1.0, 1.0), (0.6, 0.96), (0.35, 0.92))


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


def keep_together(flowables: list[Flowable]) -> KeepTogether:
    """KeepTogether over ``flowables``, nested groups flattened: a KeepTogether inside
    another reports a huge height to force its own split, which would push the outer group
    onto a new page even where it fits."""
    flat: list[Flowable] = []
    for f in flowables:
        # _content is KeepTogether's own list, which types-reportlab does not declare.
        flat.extend(f._content if isinstance(f, KeepTogether) else [f])  # type: ignore[attr-defined]
    return KeepTogether(flat)


class PdfRenderer:
    """Renders a :class:`Summary` as an A4 PDF. Hooks: :meth:`register_fonts`,
    :meth:`stylesheet`, :meth:`story`, :meth:`page_templates`, :meth:`draw_header`,
    :meth:`draw_footer`."""

    pagesize = A4
    margins = (30 * mm, 30 * mm, 26 * mm, 24 * mm)  # left, right, top, bottom

    def __init__(self, summary: Summary, *, compact: int = 0) -> None:
        self.summary = summary
        self.compact = compact
        self.words = summary.wording
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
            # No paragraph or list item split leaving a single line on either page.
            allowWidows=0,
            allowOrphans=0,
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
        if self.compact:  # a later layout of a short document with a near-empty tail
            space, leading = COMPACT_LEVELS[self.compact]
            for name in ("body", *derived):
                style = sheet[name]
                style.spaceAfter *= space
                style.spaceBefore *= space
                style.leading *= leading
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
        canv.drawString(left, bottom - 13 * mm, self.words.footer)
        canv.restoreState()

    def finish_page(self, canv: Canvas, page: int, total: int) -> None:
        """Called by the numbering canvas for every page once the total is known."""
        self.page_count = total
        canv.saveState()
        canv.setFont(fonts.REGULAR, 7.5)
        canv.setFillColor(MUTED)
        canv.drawRightString(
            self.pagesize[0] - self.margins[1],
            self.margins[3] - 13 * mm,
            self.words.page_label(page, total),
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
        for chapter in s.chapters():
            if chapter.theme is not None:
                body = self._theme(chapter.theme)
            elif chapter.key == "executive":
                body = self._paragraphs(s.executive_summary)
            elif chapter.key == "overview":
                body = self._overview()
            else:
                body = self._recommendations()
            chapters.append((chapter.key, chapter.title, body))
        story: list[Flowable] = [*self._cover(), NextPageTemplate("body"), PageBreak()]
        story += self._contents([(key, title) for key, title, _ in chapters])
        colours = {f"theme-{i}": _colour(t.colour) for i, t in enumerate(s.themes, start=1)}
        frame_height = self.pagesize[1] - self.margins[2] - self.margins[3]
        for key, title, flowables in chapters:
            # The layout rule: the front matter starts on a page of its own; a theme chapter
            # (and the recommendations) starts on a new page unless the page in hand is still
            # mostly empty (the previous chapter's tail took under FLOW_ROOM of it): then it
            # follows on the same page, so no page holds only a chapter's last lines.
            flows = key.startswith("theme-") or key == "recommendations"
            story.append(CondPageBreak(frame_height * FLOW_ROOM) if flows else PageBreak())
            heading = ChapterHeading(
                key,
                fonts.fit_text(title),
                para_text(title),
                # stylesheet() holds only ParagraphStyles; StyleSheet1 is typed for any.
                cast(ParagraphStyle, self.styles["chapter"]),
                colours.get(key, ACCENT),
                self.ledger,
            )
            if flows:
                heading.spaceBefore = 30 * COMPACT_LEVELS[self.compact][0]  # none at a top
            # A heading never ends a page: it keeps the chapter's first block with it.
            story += [keep_together([heading, *flowables[:1]]), *flowables[1:]]
        story.append(TailMarker(self.ledger))
        return story

    def _paragraphs(self, text: str, style: str = "body") -> list[Flowable]:
        # Blank lines separate paragraphs; single line breaks stay line breaks.
        blocks = [b.strip() for b in text.replace("\r\n", "\n").split("\n\n")]
        return [Paragraph(para_text(b), self.styles[style]) for b in blocks if b]

    def _cover(self) -> list[Flowable]:
        s, st = self.summary, self.styles
        out: list[Flowable] = [
            Spacer(1, 34 * mm),
            Paragraph(escape(self.words.kicker), st["cover_kicker"]),
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
            out.append(Paragraph(escape(self.words.convened_by.upper()), st["cover_label"]))
            out += [Paragraph(para_text(c), st["cover_meta"]) for c in s.conveners]
        out.append(Spacer(1, 16 * mm))
        notice = [
            Paragraph(escape(self.words.rule_title), st["notice_title"]),
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
        heading = Paragraph(escape(self.words.contents), self.styles["chapter"])
        titles = [(key, fonts.fit_text(title)) for key, title in entries]
        return [heading, ContentsList(titles, fonts.REGULAR, 10.5, self.ledger, INK, RULE)]

    def _overview(self) -> list[Flowable]:
        s, st = self.summary, self.styles
        width = self.pagesize[0] - self.margins[0] - self.margins[1]
        intro = self.words.overview_intro(s.total, len(s.themes))
        out: list[Flowable] = [Paragraph(escape(intro), st["body"]), Spacer(1, 4)]
        height = self.pagesize[1] - self.margins[2] - self.margins[3]
        out.append(remarks_chart(s, width, fonts.REGULAR, fonts.BOLD, height - 140))
        out.append(Spacer(1, 10))
        out.append(self._counts_table(width))
        return out

    def _counts_table(self, width: float) -> Table:
        s, st = self.summary, self.styles
        w = self.words
        kinds = [k for k, _ in s.kind_totals()]
        # Count headers read upwards, whole words in narrow columns, never hyphenated.
        labels = [w.kind_heading(k) for k in kinds] + [w.total_column]
        head_style = st["cell_head"]
        head: list[object] = [Paragraph(escape(w.theme_column), head_style)] + [
            RotatedLabel(fonts.fit_text(label), head_style.fontName, 7.5, MUTED) for label in labels
        ]
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
                Paragraph(escape(w.all_themes), st["cell_head"]),
                *[str(n) for _, n in s.kind_totals()],
                str(s.total),
            ]
        )
        number = 34.0
        table = Table(
            rows, colWidths=[width - number * len(labels)] + [number] * len(labels), repeatRows=1
        )
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 8.5),
                    ("FONT", (1, 1), (-1, -1), fonts.REGULAR, 8.5),
                    ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
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
                label = escape(self.words.session)
                out.append(Paragraph(f"{label}: {para_text(r.session)}", self.styles["session"]))
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
            paragraphs = self._paragraphs(theme.synthesis)
            out.append(
                keep_together([self._section(self.words.synthesis, colour), *paragraphs[:1]])
            )
            out += paragraphs[1:]
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
            out += [keep_together([self._section(self.words.key_points, colour), box])]
        for group in theme.groups:
            items = self._items(group.remarks)
            heading = self._section(f"{group.heading} ({len(group.remarks)})", colour)
            # Never leave a kind heading alone at the foot of a page.
            out += [CondPageBreak(60), keep_together([heading, *items[:1]]), *items[1:]]
        if not theme.total:
            out.append(Paragraph(escape(self.words.no_remarks), st["empty"]))
        else:
            counts = Paragraph(escape(self.words.count_phrase(theme.counts)), st["counts"])
            # The counts line closes the chapter: never alone on a page of its own.
            last = out.pop() if theme.groups else None
            out.append(keep_together([last, counts]) if last is not None else counts)
        return out

    def _recommendations(self) -> list[Flowable]:
        st = self.styles
        if not self.summary.recommendations:
            return [Paragraph(escape(self.words.no_recommendations), st["empty"])]
        out: list[Flowable] = [Paragraph(escape(self.words.recommendations_intro), st["body"])]
        for group in self.summary.recommendations:
            colour = _colour(group.colour)
            items = self._items(group.remarks)
            out += [
                CondPageBreak(60),
                keep_together([self._section(group.theme, colour), *items[:1]]),
                *items[1:],
            ]
        return out

    # ------------------------------------------------------------------ build
    def render(self) -> bytes:
        """Lay the document out and return the PDF's bytes: one pass; for a short document
        whose last page is less than a quarter full, up to two more with tighter spacing,
        each kept only when it needs fewer pages."""
        data = self._layout()
        frame = self.pagesize[1] - self.margins[2] - self.margins[3]
        if self.compact or (self.page_count or 0) > COMPACT_MAX_PAGES:
            return data
        best: PdfRenderer = self
        for level in range(1, len(COMPACT_LEVELS)):
            if best.ledger.tail_room <= frame * (1 - TAIL_SHARE):
                break  # the last page is at least a quarter full
            tighter = type(self)(self.summary, compact=level)
            tighter_data = tighter._layout()
            if (tighter.page_count or 0) < (best.page_count or 0):
                best, data = tighter, tighter_data
        self.ledger, self.page_count, self.compact = best.ledger, best.page_count, best.compact
        return data

    def _layout(self) -> bytes:
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
            lang=s.language,
            initialFontName=fonts.REGULAR,
            initialFontSize=10.5,
        )
        doc.addPageTemplates(self.page_templates(doc))

        def canvasmaker(*args: object, **kwargs: object) -> NumberedCanvas:
            return NumberedCanvas(
                *args, finish_page=self.finish_page, event_date=s.event_date, **kwargs
            )

        doc.build(self.story(), canvasmaker=canvasmaker)
        return buffer.getvalue()


def render_pdf(summary: Summary) -> bytes:
    """The summary as an A4 PDF (bytes); the same summary always gives the same bytes."""
    return PdfRenderer(summary).render()
