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
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.styles.style import CharacterStyle
from docx.table import _Row
from docx.text.paragraph import Paragraph as DocxParagraph
from reportlab.pdfbase.pdfmetrics import stringWidth

from roundtable_app.export import fonts
from roundtable_app.export.model import Summary, SummaryRemark, ThemeSection
from roundtable_app.export.wording import Wording

_ZIP_DATE = (1980, 1, 1, 0, 0, 0)
# XML 1.0 cannot hold these; python-docx would refuse the whole document for one of them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
# The PDF's look (pdf.py): the same font, ink, muted grey and accent.
FONT = "DejaVu Sans"
INK = RGBColor(0x20, 0x21, 0x24)
MUTED = RGBColor(0x5F, 0x63, 0x68)
ACCENT = "2F4F6F"
#: Word's proofing language for each summary language.
PROOFING = {"en": "en-GB", "sr-Latn": "sr-Latn-RS", "sr-Cyrl": "sr-Cyrl-RS"}
TEXT_WIDTH = Mm(154)


def xml_safe(text: str) -> str:
    """``text`` without the characters an XML document cannot carry."""
    return _NOT_XML.sub("", text)


def _colour(hint: str) -> RGBColor | None:
    try:
        return RGBColor.from_string(hint.lstrip("#").upper())
    except (ValueError, AttributeError):
        return None


def _set_font(
    style: CharacterStyle, size: float, *, bold: bool = False, colour: RGBColor | None = INK
) -> None:
    # Word's template names theme fonts (Calibri, Cambria) that override a plain font name.
    font = style.font
    font.name, font.size, font.bold = FONT, Pt(size), bold
    font.italic = False
    if colour is not None:
        font.color.rgb = colour
    rpr = style.element.get_or_add_rPr()
    fonts_el = rpr.find(qn("w:rFonts"))
    if fonts_el is None:
        fonts_el = OxmlElement("w:rFonts")
        rpr.insert(0, fonts_el)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts_el.attrib.pop(qn(attr), None)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts_el.set(qn(attr), FONT)


def _border(paragraph: DocxParagraph, side: str, colour: str, size: int, space: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    borders = ppr.find(qn("w:pBdr"))
    if borders is None:
        borders = OxmlElement("w:pBdr")
        ppr.append(borders)
    edge = OxmlElement(f"w:{side}")
    for key, value in (
        ("val", "single"),
        ("sz", str(size)),
        ("space", str(space)),
        ("color", colour),
    ):
        edge.set(qn(f"w:{key}"), value)
    borders.append(edge)


def _shade(paragraph: DocxParagraph, fill: str) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    paragraph._p.get_or_add_pPr().append(shd)


def _styles(doc: DocxDocument, language: str) -> None:
    """Word's named styles restyled as the PDF's, with the summary's proofing language."""
    st = doc.styles
    normal = st["Normal"]
    _set_font(normal, 10.5)
    normal.paragraph_format.space_after = Pt(7)
    normal.paragraph_format.line_spacing = 1.2
    normal.paragraph_format.widow_control = True
    for name, size, bold, colour in (
        ("Title", 25, True, INK),
        ("Subtitle", 13, False, MUTED),
        ("Heading 1", 19, True, INK),
        ("TOC Heading", 19, True, INK),
        ("Heading 2", 11.5, True, None),
        ("List Bullet", 10.5, False, INK),
        ("Header", 8, False, MUTED),
        ("Footer", 7.5, False, MUTED),
    ):
        _set_font(st[name], size, bold=bold, colour=colour)
    # The template's footer tabs sit at 6.5 inches, past this page's right margin.
    for name in ("Header", "Footer"):
        st[name].paragraph_format.tab_stops.clear_all()
    st["Heading 1"].paragraph_format.space_after = Pt(14)
    st["Heading 2"].paragraph_format.space_before = Pt(12)
    st["Heading 2"].paragraph_format.space_after = Pt(6)
    title_ppr = st["Title"].element.get_or_add_pPr()
    for old in title_ppr.findall(qn("w:pBdr")):  # the template's blue rule under the title
        title_ppr.remove(old)
    # The proofing language: every run inherits it from the document defaults.
    rpr_default = st.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    for old in rpr_default.findall(qn("w:lang")):
        rpr_default.remove(old)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), PROOFING[language])
    lang.set(qn("w:eastAsia"), PROOFING[language])
    lang.set(qn("w:bidi"), PROOFING[language])
    rpr_default.append(lang)


def _field(paragraph: DocxParagraph, instruction: str, shown: str) -> None:
    """A simple field (PAGE, NUMPAGES) showing ``shown`` until Word updates it."""
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = shown
    run.append(text)
    fld.append(run)
    paragraph._p.append(fld)


def _field_char(paragraph: DocxParagraph, kind: str, dirty: bool = False) -> None:
    run = paragraph.add_run()._r
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    if dirty:
        char.set(qn("w:dirty"), "true")  # Word recomputes it (page numbers) on opening
    run.append(char)


def _contents(doc: DocxDocument, summary: Summary) -> None:
    """Word's own contents field (headings of level 1), pre-filled with the chapter titles
    so that it reads right before Word has updated it with page numbers."""
    w = summary.wording
    # Not a Heading 1, or the contents would list itself.
    doc.add_paragraph(xml_safe(w.contents), style="TOC Heading")
    chapters = summary.chapters()
    for index, chapter in enumerate(chapters):
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(TEXT_WIDTH, WD_TAB_ALIGNMENT.RIGHT, 1)
        if index == 0:
            _field_char(p, "begin", dirty=True)
            instr = p.add_run()._r
            code = OxmlElement("w:instrText")
            code.set(qn("xml:space"), "preserve")
            code.text = ' TOC \\o "1-1" \\h \\z \\u '
            instr.append(code)
            _field_char(p, "separate")
        p.add_run(xml_safe(chapter.title))
        if index == len(chapters) - 1:
            _field_char(p, "end")


def _footer(doc: DocxDocument, w: Wording, title: str) -> None:
    section = doc.sections[0]
    section.header.paragraphs[0].text = xml_safe(title)
    _border(section.header.paragraphs[0], "bottom", "DADCE0", 4, 4)
    foot = section.footer.paragraphs[0]
    _border(foot, "top", "DADCE0", 4, 6)
    foot.paragraph_format.tab_stops.add_tab_stop(TEXT_WIDTH, WD_TAB_ALIGNMENT.RIGHT)
    foot.add_run(xml_safe(w.footer)).bold = True
    before, middle, after = w.page_label_parts()
    foot.add_run("\t" + before)
    _field(foot, "PAGE", "1")
    foot.add_run(middle)
    _field(foot, "NUMPAGES", "1")
    if after:
        foot.add_run(after)


def _paragraphs(doc: DocxDocument, text: str) -> None:
    for block in text.replace("\r\n", "\n").split("\n\n"):
        if block.strip():
            doc.add_paragraph(xml_safe(block.strip()))


def _items(
    doc: DocxDocument, remarks: tuple[SummaryRemark, ...], w: Wording, strong: bool = False
) -> DocxParagraph | None:
    p = None
    for r in remarks:
        p = doc.add_paragraph(style="List Bullet")
        p.add_run(xml_safe(r.text)).bold = strong
        if r.session:
            note = p.add_run(f"\n{xml_safe(w.session)}: {xml_safe(r.session)}")
            note.italic = True
            note.font.size = Pt(8)
    return p


def _heading(doc: DocxDocument, text: str, level: int, colour: RGBColor | None = None) -> None:
    h = doc.add_heading(xml_safe(text), level)
    if level == 1:
        # The PDF's coloured bar at the left of a chapter title.
        _border(h, "left", str(colour) if colour is not None else ACCENT, 36, 10)
    if colour is not None and level > 1:
        for run in h.runs:
            run.font.color.rgb = colour


def _chapter(doc: DocxDocument, title: str) -> None:
    """A front-matter or closing chapter: a new page, the PDF's accent bar."""
    _heading(doc, title, 1)
    doc.paragraphs[-1].paragraph_format.page_break_before = True


def _theme(doc: DocxDocument, title: str, theme: ThemeSection, w: Wording) -> None:
    colour = _colour(theme.colour)
    _heading(doc, title, 1, colour)
    if theme.description:
        p = doc.add_paragraph(xml_safe(theme.description))
        p.runs[0].italic = True
        p.runs[0].font.color.rgb = MUTED
    if theme.synthesis:
        _heading(doc, w.synthesis, 2, colour)
        _paragraphs(doc, theme.synthesis)
    if theme.key_points:
        _heading(doc, w.key_points, 2, colour)
        _items(doc, theme.key_points, w, strong=True)
    last = None
    for group in theme.groups:
        _heading(doc, w.group_heading(group.kind, len(group.remarks)), 2, colour)
        last = _items(doc, group.remarks, w)
    if not theme.total:
        doc.add_paragraph(xml_safe(w.no_remarks)).runs[0].italic = True
    else:
        if last is not None:
            last.paragraph_format.keep_with_next = True  # never a page with only the counts
        note = doc.add_paragraph(xml_safe(w.count_phrase(theme.counts)))
        note.runs[0].font.size = Pt(8.5)
        note.runs[0].font.color.rgb = MUTED


def _cover(doc: DocxDocument, s: Summary) -> None:
    w = s.wording
    kicker = doc.add_paragraph()
    kicker.paragraph_format.space_before = Pt(80)
    run = kicker.add_run(xml_safe(w.kicker))
    run.bold, run.font.size, run.font.color.rgb = True, Pt(9), MUTED
    doc.add_paragraph(xml_safe(s.title), style="Title")
    if s.subtitle:
        doc.add_paragraph(xml_safe(s.subtitle), style="Subtitle")
    for value in (s.venue, s.dates):
        if value:
            doc.add_paragraph(xml_safe(value))
    if s.conveners:
        label = doc.add_paragraph()
        run = label.add_run(xml_safe(w.convened_by.upper()))
        run.bold, run.font.size, run.font.color.rgb = True, Pt(8), MUTED
        for convener in s.conveners:
            doc.add_paragraph(xml_safe(convener)).paragraph_format.space_after = Pt(3)
    parts = (
        (w.rule_title, True, Pt(60)),
        (s.rule_statement, False, Pt(0)),
        (s.notice, False, Pt(0)),
    )
    for index, (text, bold, space) in enumerate(parts):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = space
        p.paragraph_format.left_indent = Mm(5)
        p.paragraph_format.right_indent = Mm(5)
        p.paragraph_format.keep_with_next = index < len(parts) - 1
        _border(p, "left", ACCENT, 24, 12)
        _shade(p, "F1F3F4")
        run = p.add_run(xml_safe(text))
        run.bold = bold
        run.font.size = Pt(11 if bold else 9.5)


COUNT_COLUMN = Mm(12)


def _upright_header(table_row: _Row, labels: list[str], size: float) -> None:
    """Count headers read upwards (as in the PDF): a long kind name stays one whole word in
    a narrow column; the row is as tall as the longest name."""
    fonts.register_fonts()
    longest = max(stringWidth(label, fonts.REGULAR, size) for label in labels)
    row = table_row._tr
    height = OxmlElement("w:trHeight")
    height.set(qn("w:val"), str(int((longest + 14) * 20)))  # twentieths of a point
    height.set(qn("w:hRule"), "atLeast")
    row.get_or_add_trPr().append(height)
    for cell in table_row.cells[1:]:
        tc_pr = cell._tc.get_or_add_tcPr()
        direction = OxmlElement("w:textDirection")
        direction.set(qn("w:val"), "btLr")
        tc_pr.append(direction)
        align = OxmlElement("w:vAlign")
        align.set(qn("w:val"), "bottom")
        tc_pr.append(align)


def _overview(doc: DocxDocument, s: Summary) -> None:
    w = s.wording
    _chapter(doc, w.overview)
    doc.add_paragraph(xml_safe(w.overview_intro(s.total, len(s.themes))))
    kinds = [k for k, _ in s.kind_totals()]
    table = doc.add_table(rows=1, cols=len(kinds) + 2)
    table.style = "Light List Accent 1"
    table.autofit = False
    head = table.rows[0].cells
    labels = [w.kind_heading(k) for k in kinds] + [w.total_column]
    for cell, label in zip(head, [w.theme_column, *labels], strict=True):
        run = cell.paragraphs[0].add_run(xml_safe(label))
        run.font.size = Pt(8)
    rows = [(t.name, [n for _, n in t.counts], t.total) for t in s.themes]
    rows.append((w.all_themes, [n for _, n in s.kind_totals()], s.total))
    for name, counts, total in rows:
        cells = table.add_row().cells
        cells[0].text = xml_safe(name)
        for cell, n in zip(cells[1:], [*counts, total], strict=True):
            cell.text = str(n)
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _upright_header(table.rows[0], labels, 8)
    # Word reads the cells' widths, LibreOffice the table grid's: set both.
    widths = [TEXT_WIDTH - COUNT_COLUMN * len(labels), *[COUNT_COLUMN] * len(labels)]
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
        for cell in column.cells:
            cell.width = width


def build_document(summary: Summary) -> DocxDocument:
    """The python-docx document for ``summary`` (before it is saved)."""
    s = summary
    w = s.wording
    doc = Document()
    _styles(doc, s.language)
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(28)
    section.top_margin, section.bottom_margin = Mm(25), Mm(24)
    _footer(doc, w, s.title)
    _cover(doc, s)
    doc.add_page_break()
    _contents(doc, s)
    for chapter in s.chapters():
        if chapter.theme is not None:
            # Theme chapters follow each other (as in the PDF when a tail is short): Word
            # cannot tell how full a page is, so a forced break could leave a page holding
            # a chapter's last two lines.
            _theme(doc, chapter.title, chapter.theme, w)
        elif chapter.key == "executive":
            _chapter(doc, chapter.title)
            _paragraphs(doc, s.executive_summary)
        elif chapter.key == "overview":
            _overview(doc, s)
            doc.add_page_break()
        else:
            _chapter(doc, chapter.title)
            if not s.recommendations:
                doc.add_paragraph(xml_safe(w.no_recommendations)).runs[0].italic = True
            else:
                doc.add_paragraph(xml_safe(w.recommendations_intro))
            for group in s.recommendations:
                _heading(doc, group.theme, 2, _colour(group.colour))
                _items(doc, group.remarks, w)
    _properties(doc, s)
    # Word fills the contents' and the footer's numbers when the document opens.
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    doc.settings.element.append(update)
    return doc


def _properties(doc: DocxDocument, s: Summary) -> None:
    """Document properties: title and subject; the event's first day as the creation date
    when its dates can be read, otherwise no date at all (never the time of export)."""
    props = doc.core_properties
    props.title = xml_safe(s.title)
    props.subject = xml_safe(s.subtitle or s.title)
    props.author = ""
    props.last_modified_by = ""
    props.comments = ""
    props.keywords = ""
    props.category = ""
    props.language = PROOFING[s.language]
    props.revision = 1
    core = props._element
    for tag in ("dcterms:created", "dcterms:modified", "cp:lastPrinted"):
        for old in core.findall(qn(tag)):
            core.remove(old)
    if s.event_date is not None:
        day = datetime(s.event_date.year, s.event_date.month, s.event_date.day)
        props.created = day
        props.modified = day


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
