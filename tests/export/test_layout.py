"""PDF layout rules (read back with pypdf): labels never cut, whole-word headers, no page
that holds only a chapter's tail, headings kept with what follows, no lone lines."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from helpers import PASSPHRASE
from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle

from roundtable_app.export import build_summary, fonts
from roundtable_app.export.pdf import PdfRenderer, keep_together
from roundtable_app.export.pdf_chart import wrap_labels
from roundtable_app.export.pdf_parts import BulletItem
from roundtable_app.vault import Vault
from roundtable_app.vault.demo import create_demo

TOP, BOTTOM = 842 - 26 * 72 / 25.4, 24 * 72 / 25.4  # the body frame's edges, in points


@pytest.fixture(scope="module")
def demo_pdf(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, PdfRenderer]:
    path = tmp_path_factory.mktemp("layout") / "demo.roundtable"
    create_demo(path, PASSPHRASE).close()
    with Vault.open(path, PASSPHRASE) as vault:
        renderer = PdfRenderer(build_summary(vault))
    return renderer.render(), renderer


def fill(page) -> float:  # type: ignore[no-untyped-def]
    """How far down the body frame a page's text reaches (0 empty, 1 full)."""
    lows: list[float] = []

    def visit(text, cm, tm, _font, _size) -> None:  # type: ignore[no-untyped-def]
        y = cm[5] + tm[5] * cm[3]
        if text.strip() and BOTTOM < y < TOP:
            lows.append(y)

    page.extract_text(visitor_text=visit)
    return (TOP - min(lows)) / (TOP - BOTTOM) if lows else 0.0


def test_demo_has_no_near_empty_page(demo_pdf) -> None:  # type: ignore[no-untyped-def]
    data, renderer = demo_pdf
    pages = PdfReader(io.BytesIO(data)).pages
    # 16 pages before this rule, five of them holding a theme's last lines only
    assert len(pages) == renderer.page_count and len(pages) <= 11
    fills = [fill(p) for p in pages]
    for number, value in enumerate(fills[4:], start=5):  # the chapters after the overview
        assert value >= 0.25, (number, fills)


def test_chart_and_table_keep_every_theme_name_whole(demo_pdf) -> None:  # type: ignore[no-untyped-def]
    data, renderer = demo_pdf
    overview = PdfReader(io.BytesIO(data)).pages[3].extract_text()
    assert "\u2026" not in overview
    flat = " ".join(overview.split())
    for theme in renderer.summary.themes:
        assert theme.name in flat or all(w in flat for w in theme.name.split()), theme.name
    assert "Recommendations" in overview and "Recom-" not in overview and "Chal-" not in overview


def test_long_labels_wrap_onto_lines_without_losing_a_word() -> None:
    fonts.register_fonts()
    name = "Rights of migrants in an irregular situation along the northern route"
    labels, size = wrap_labels([name, "Short"], fonts.REGULAR, 8.0, 138, 22.0)
    assert labels[1] == "Short"
    assert labels[0].split() == name.split() and "\n" in labels[0]
    assert 5.5 <= size <= 8.0 and labels[0].count("\n") + 1 <= max(2, int(22 // (size * 1.15)))


def test_a_split_list_item_continues_without_a_second_bullet_and_no_lone_line() -> None:
    fonts.register_fonts()
    style = ParagraphStyle("t", fontName=fonts.REGULAR, fontSize=10, leading=12,
                           allowWidows=0, allowOrphans=0)  # fmt: skip
    item = BulletItem(" ".join(["word"] * 120), style)
    _, height = item.wrap(200, 10_000)
    lines = round(height / 12)
    first, second = item.split(200, 12 * 3 + 1)
    assert isinstance(second, BulletItem) and second.bullet == "" and first.bullet
    assert round(first.wrap(200, 10_000)[1] / 12) >= 2
    assert round(second.wrap(200, 10_000)[1] / 12) == lines - 3
    # room for one line only: the item moves on whole rather than leave a single line
    assert item.split(200, 12 * 1 + 1) == []


def test_nested_keep_together_is_flattened() -> None:
    fonts.register_fonts()
    style = ParagraphStyle("t", fontName=fonts.REGULAR)
    a, b, c = (BulletItem(x, style) for x in "abc")
    group = keep_together([keep_together([a, b]), c])
    assert group._content == [a, b, c]


def test_a_long_document_is_laid_out_once(vault: Vault, tmp_path: Path) -> None:
    theme = vault.themes()[0]
    for i in range(900):
        vault.add_remark(f"Remark number {i}, long enough to take a line or two. " * 3, theme.id)
    renderer = PdfRenderer(build_summary(vault))
    calls: list[int] = []
    layout = renderer._layout

    def counted_layout() -> bytes:
        calls.append(1)
        return layout()

    renderer._layout = counted_layout  # type: ignore[method-assign]
    renderer.render()
    assert (renderer.page_count or 0) > 60 and calls == [1]


def test_docx_has_contents_field_page_fields_and_keeps_counts_with_the_last_remark(
    demo_pdf,
) -> None:  # type: ignore[no-untyped-def]
    import docx
    from docx.oxml.ns import qn

    from roundtable_app.export.word import render_docx

    _, renderer = demo_pdf
    data = render_docx(renderer.summary)
    document = docx.Document(io.BytesIO(data))
    body = document.element.body
    instructions = [t.text for t in body.iter(qn("w:instrText"))]
    assert instructions == [' TOC \\o "1-1" \\h \\z \\u ']
    settings = document.settings.element
    assert settings.find(qn("w:updateFields")).get(qn("w:val")) == "true"
    paragraphs = document.paragraphs
    counts = [i for i, p in enumerate(paragraphs) if p.text.startswith("9 remarks:")]
    assert counts
    for i in counts:
        assert paragraphs[i - 1].paragraph_format.keep_with_next is True
    headings = [p for p in paragraphs if p.style.name == "Heading 1"]
    theme_bars = [h for h in headings if h._p.find(f"{qn('w:pPr')}/{qn('w:pBdr')}") is not None]
    # every chapter title has the PDF's bar: executive summary, overview, themes, recommendations
    assert len(theme_bars) == len(headings) == len(renderer.summary.chapters())
    assert document.styles["Normal"].font.name == "DejaVu Sans"
