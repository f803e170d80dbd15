"""The DOCX renderer (python-docx): the PDF's content as an editable Word document.

Word's own styles are used (Title, Heading 1-3, List Bullet, Quote) so a facilitator can keep
editing and regenerate Word's table of contents. The package is re-zipped with fixed dates
and fixed document properties: the same summary always gives the same bytes, and nothing
about the computer or its user is recorded.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt, RGBColor

from roundtable_app.export.model import (
    KIND_HEADINGS,
    Summary,
    SummaryRemark,
    ThemeSection,
    count_phrase,
)

FIXED_DATE = datetime(2000, 1, 1, 0, 0, 0)  # a constant: no clock, no person, no place
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)
# XML 1.0 cannot hold these; python-docx would refuse the whole document for one of them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
FOOTER_TEXT = "Chatham House Rule: not for attribution"


def xml_safe(text: str) -> str:
    """``text`` without the characters an XML document cannot carry."""
    return _NOT_XML.sub("", text)


def _colour(hint: str) -> RGBColor | None:
    try:
        return RGBColor.from_string(hint.lstrip("#").upper())
    except (ValueError, AttributeError):
        return None


def _paragraphs(doc: DocxDocument, text: str) -> None:
    for block in text.replace("\r\n", "\n").split("\n\n"):
        if block.strip():
            doc.add_paragraph(xml_safe(block.strip()))


def _items(doc: DocxDocument, remarks: tuple[SummaryRemark, ...], strong: bool = False) -> None:
    for r in remarks:
        p = doc.add_paragraph(style="List Bullet")
        p.add_run(xml_safe(r.text)).bold = strong
        if r.session:
            note = p.add_run(f"\nSession: {xml_safe(r.session)}")
            note.italic = True
            note.font.size = Pt(8)


def _heading(doc: DocxDocument, text: str, level: int, colour: RGBColor | None = None) -> None:
    h = doc.add_heading(xml_safe(text), level)
    if colour is not None:
        for run in h.runs:
            run.font.color.rgb = colour


def _theme(doc: DocxDocument, number: int, theme: ThemeSection) -> None:
    colour = _colour(theme.colour)
    doc.add_page_break()
    _heading(doc, f"{number}. {theme.name}", 1, colour)
    if theme.description:
        doc.add_paragraph(xml_safe(theme.description)).runs[0].italic = True
    if theme.synthesis:
        _heading(doc, "Synthesis", 2, colour)
        _paragraphs(doc, theme.synthesis)
    if theme.key_points:
        _heading(doc, "Key points", 2, colour)
        _items(doc, theme.key_points, strong=True)
    for group in theme.groups:
        _heading(doc, f"{group.heading} ({len(group.remarks)})", 2, colour)
        _items(doc, group.remarks)
    if not theme.total:
        doc.add_paragraph("No remarks were recorded under this theme.").runs[0].italic = True
    else:
        note = doc.add_paragraph(count_phrase(theme.counts))
        note.runs[0].font.size = Pt(8.5)


def _cover(doc: DocxDocument, s: Summary) -> None:
    doc.add_heading(xml_safe(s.title), 0)
    if s.subtitle:
        doc.add_paragraph(xml_safe(s.subtitle), style="Subtitle")
    for value in (s.venue, s.dates):
        if value:
            doc.add_paragraph(xml_safe(value))
    if s.conveners:
        p = doc.add_paragraph()
        p.add_run("Convened by: ").bold = True
        p.add_run(xml_safe("; ".join(s.conveners)))
    notice = doc.add_paragraph(style="Intense Quote")
    notice.add_run("Held under the Chatham House Rule. ").bold = True
    notice.add_run(xml_safe(s.rule_statement) + " " + xml_safe(s.notice))


# Kind names with soft hyphens, so the narrow count columns break them where a reader expects.
_COLUMN_LABELS = {
    "challenge": "Chal\u00adlenges",
    "good_practice": "Good prac\u00adtices",
    "lesson": "Les\u00adsons",
    "recommendation": "Recom\u00admend\u00adations",
    "observation": "Obser\u00advations",
    "question": "Ques\u00adtions",
}
THEME_COLUMN = Mm(42)
COUNT_COLUMN = Mm(16)  # seven of them and the theme column fill the 154 mm text width


def _overview(doc: DocxDocument, s: Summary) -> None:
    doc.add_page_break()
    doc.add_heading("Remarks at a glance", 1)
    plural = "s" if s.total != 1 else ""
    doc.add_paragraph(f"{s.total} remark{plural} across {len(s.themes)} theme(s), by kind.")
    kinds = [k for k, _ in s.kind_totals()]
    table = doc.add_table(rows=1, cols=len(kinds) + 2)
    table.style = "Light List Accent 1"
    table.autofit = False
    head = table.rows[0].cells
    labels = [_COLUMN_LABELS.get(k, KIND_HEADINGS[k]) for k in kinds]
    for cell, label in zip(head, ["Theme", *labels, "Total"], strict=True):
        run = cell.paragraphs[0].add_run(label)
        run.font.size = Pt(8)
    rows = [(t.name, [n for _, n in t.counts], t.total) for t in s.themes]
    rows.append(("All themes", [n for _, n in s.kind_totals()], s.total))
    for name, counts, total in rows:
        cells = table.add_row().cells
        cells[0].text = xml_safe(name)
        for cell, n in zip(cells[1:], [*counts, total], strict=True):
            cell.text = str(n)
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    # A wide theme column and narrow count columns (Word reads the cells' widths,
    # LibreOffice the table grid's): left to itself, every column gets the same width.
    widths = [THEME_COLUMN, *[COUNT_COLUMN] * (len(kinds) + 1)]
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
        for cell in column.cells:
            cell.width = width


def build_document(summary: Summary) -> DocxDocument:
    """The python-docx document for ``summary`` (before it is saved)."""
    s = summary
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(28)
    section.top_margin, section.bottom_margin = Mm(25), Mm(24)
    section.header.paragraphs[0].text = xml_safe(s.title)
    section.footer.paragraphs[0].text = FOOTER_TEXT
    _cover(doc, s)
    if s.executive_summary:
        doc.add_page_break()
        doc.add_heading("Executive summary", 1)
        _paragraphs(doc, s.executive_summary)
    _overview(doc, s)
    for i, theme in enumerate(s.themes, start=1):
        _theme(doc, i, theme)
    doc.add_page_break()
    doc.add_heading("Recommendations", 1)
    if not s.recommendations:
        doc.add_paragraph("No recommendations were recorded.").runs[0].italic = True
    else:
        doc.add_paragraph("Every recommendation made during the meeting, gathered by theme.")
    for group in s.recommendations:
        _heading(doc, group.theme, 2, _colour(group.colour))
        _items(doc, group.remarks)
    props = doc.core_properties
    props.title = xml_safe(s.title)
    props.subject = xml_safe(s.subtitle or s.title)
    props.author = ""
    props.last_modified_by = ""
    props.comments = ""
    props.keywords = ""
    props.category = ""
    props.revision = 1
    props.created = FIXED_DATE
    props.modified = FIXED_DATE
    props.last_printed = FIXED_DATE
    return doc


_APP_XML = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'docPropsVTypes"><Application>Roundtable</Application><DocSecurity>0</DocSecurity>'
    b"</Properties>"
)


def _rezip(data: bytes) -> bytes:
    # python-docx stamps every zip entry with the current time; rewrite them with a fixed
    # date (entry order and contents unchanged) so equal summaries give equal bytes.
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            if info.filename == "docProps/thumbnail.jpeg":
                continue  # the template's picture of some other document
            content = src.read(info.filename)
            if info.filename == "docProps/app.xml":
                content = _APP_XML  # the template names the Word build it came from
            elif info.filename == "_rels/.rels":
                content = re.sub(rb"<Relationship [^>]*thumbnail[^>]*/>", b"", content)
            elif info.filename == "[Content_Types].xml":
                content = re.sub(rb'<Default Extension="jpeg"[^>]*/>', b"", content)
            entry = zipfile.ZipInfo(info.filename, date_time=_ZIP_DATE)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            entry.create_system = 0
            dst.writestr(entry, content)
    return out.getvalue()


def render_docx(summary: Summary) -> bytes:
    """The summary as a DOCX document (bytes); the same summary always gives the same bytes."""
    buffer = io.BytesIO()
    build_document(summary).save(buffer)
    return _rezip(buffer.getvalue())
