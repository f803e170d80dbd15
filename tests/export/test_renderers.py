"""Renderers on hand-built summaries: escaping, missing glyphs, structure."""

from __future__ import annotations

import io
import zipfile

import docx
from pypdf import PdfReader

from roundtable_app.export.markdown import md_escape, render_markdown
from roundtable_app.export.model import (
    KindGroup,
    RecommendationGroup,
    Summary,
    SummaryRemark,
    ThemeSection,
)
from roundtable_app.export.pdf import render_pdf
from roundtable_app.export.word import render_docx

COUNTS = (
    ("challenge", 1),
    ("good_practice", 0),
    ("lesson", 0),
    ("recommendation", 1),
    ("observation", 0),
    ("question", 0),
)


def make_summary(text: str, title: str = "Test <roundtable> & co") -> Summary:
    challenge = SummaryRemark(text, "challenge")
    rec = SummaryRemark("Fund interpreters.", "recommendation", session="Closing")
    theme = ThemeSection(
        name="Rights of the child",
        description="Children.",
        colour="#2f6f8f",
        synthesis="Synthesis line one.\nLine two.\n\nSecond paragraph.",
        key_points=(),
        groups=(
            KindGroup("challenge", "Challenges", (challenge,)),
            KindGroup("recommendation", "Recommendations", (rec,)),
        ),
        counts=COUNTS,
    )
    return Summary(
        title=title,
        subtitle="Sub",
        venue="Subotica",
        dates="June 2016",
        conveners=("Forum",),
        rule_statement="The Rule.",
        executive_summary="Exec.",
        themes=(theme,),
        recommendations=(RecommendationGroup(theme.name, theme.colour, (rec,)),),
    )


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join(p.extract_text() for p in reader.pages).split())


def test_markup_in_user_text_is_shown_not_obeyed() -> None:
    text = pdf_text(render_pdf(make_summary("Use <b>bold</b> & <font size=40>x</font> here")))
    assert "Use <b>bold</b> & <font size=40>x</font> here" in text
    assert "Test <roundtable> & co" in text


def test_characters_the_font_lacks_are_marked_and_do_not_crash() -> None:
    odd = "CJK 中文字 emoji \U0001faa9 bell\x07 zero\u200bwidth Serbian čćšžđ ČĆŠŽĐ љњђћџ"
    data = render_pdf(make_summary(odd, title="Title 中文"))
    text = pdf_text(data)
    assert "中" not in text and "\U0001faa9" not in text
    assert "CJK \u25a1\u25a1\u25a1 emoji \u25a1" in text
    assert "čćšžđ ČĆŠŽĐ љњђћџ" in text
    assert "Title \u25a1\u25a1" in text
    word = docx.Document(io.BytesIO(render_docx(make_summary(odd))))
    assert any("bell zero" in p.text for p in word.paragraphs)  # the BEL is dropped
    assert "中文字" in render_markdown(make_summary(odd))


def test_sessions_are_shown_when_the_model_carries_them() -> None:
    s = make_summary("x")
    assert "Session: Closing" in pdf_text(render_pdf(s))
    assert "*Session: Closing*" in render_markdown(s)


def test_markdown_escapes_structure_in_user_text() -> None:
    assert md_escape("# not a heading") == "\\# not a heading"
    assert md_escape("1. not a list\n- nor this") == "1\\. not a list\n\\- nor this"
    assert md_escape("*a* [b](c) <d> e|f") == "\\*a\\* \\[b\\](c) \\<d\\> e\\|f"
    md = render_markdown(make_summary("# Injected heading"))
    assert "\n# Injected" not in md and "- \\# Injected heading" in md


def test_docx_structure_and_byte_identical_output() -> None:
    s = make_summary("A challenge.")
    data = render_docx(s)
    assert data == render_docx(s)
    document = docx.Document(io.BytesIO(data))
    styled = [(p.style.name, p.text) for p in document.paragraphs if p.text]
    assert styled[:2] == [("Normal", "UNATTRIBUTED SUMMARY"), ("Title", "Test <roundtable> & co")]
    assert ("Heading 1", "1. Rights of the child") in styled
    assert ("Heading 2", "Challenges (1)") in styled
    assert ("List Bullet", "A challenge.") in styled
    assert ("Heading 1", "Recommendations") in styled


def test_docx_package_names_no_other_software_and_carries_no_template_picture() -> None:
    data = render_docx(make_summary("A challenge."))
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        names = package.namelist()
        app = package.read("docProps/app.xml")
        rels = package.read("_rels/.rels")
    assert b"<Application>Roundtable</Application>" in app
    assert b"Microsoft" not in app and b"Macintosh" not in app
    assert "docProps/thumbnail.jpeg" not in names and b"thumbnail" not in rels
    assert docx.Document(io.BytesIO(data)).core_properties.author == ""


def test_pdf_is_byte_identical_and_a4() -> None:
    s = make_summary("A challenge.")
    data = render_pdf(s)
    assert data == render_pdf(s)
    page = PdfReader(io.BytesIO(data)).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)


def test_many_themes_continue_the_contents_on_the_next_page() -> None:
    base = make_summary("A challenge.")
    themes = tuple(
        ThemeSection(
            name=f"Theme number {i}",
            description="",
            colour="#8f4a2f",
            synthesis="",
            key_points=(),
            groups=(),
            counts=tuple((k, 0) for k, _ in COUNTS),
        )
        for i in range(1, 61)
    )
    summary = Summary(
        title=base.title,
        subtitle="",
        venue="",
        dates="",
        conveners=(),
        rule_statement=base.rule_statement,
        executive_summary="",
        themes=themes,
        recommendations=(),
    )
    reader = PdfReader(io.BytesIO(render_pdf(summary)))
    contents = " ".join(" ".join(reader.pages[i].extract_text().split()) for i in (1, 2))
    assert "Theme number 1 " in contents and "Theme number 60" in contents
    assert "No remarks were recorded under this theme." in " ".join(
        reader.pages[-2].extract_text().split()
    )
