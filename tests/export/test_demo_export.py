"""The demo event exported end to end through the real CLI, read back as a reader would."""

from __future__ import annotations

import getpass
import io
import re
import socket
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from export_fixtures import REWORDED, ResolvedDemo
from helpers import PASSPHRASE, run_cli
from pypdf import PdfReader

from roundtable_app.vault import Vault

ENV = {"ROUNDTABLE_PASSPHRASE": PASSPHRASE}
THEMES = (
    "Refugee protection and inclusion",
    "Rights of migrants in an irregular situation",
    "Protection from gender-based violence",
    "Rights of the child",
    "Trauma response and psycho-social counselling",
)


def flat(text: str) -> str:
    """Text with all white space (including line wraps) collapsed to single spaces."""
    return " ".join(text.split())


@pytest.fixture(scope="module")
def exported(
    resolved_demo: ResolvedDemo, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Path]:
    """The resolved demo exported to PDF, Markdown and DOCX with --accept-findings."""
    out = tmp_path_factory.mktemp("out")
    paths = {}
    for fmt, name in (("pdf", "summary.pdf"), ("md", "summary.md"), ("docx", "summary.docx")):
        target = out / name
        proc = run_cli(
            "export", str(resolved_demo.path), f"--{fmt}", str(target), "--accept-findings", env=ENV
        )
        assert proc.returncode == 0, proc.stderr
        assert "accept-findings" in proc.stdout and "1 unresolved finding" in proc.stdout
        assert str(target) in proc.stdout
        paths[fmt] = target
    return paths


@pytest.fixture(scope="module")
def pdf_text(exported: dict[str, Path]) -> str:
    """Every page's extracted text, flattened."""
    reader = PdfReader(exported["pdf"])
    return flat("\n".join(page.extract_text() for page in reader.pages))


@pytest.fixture(scope="module")
def leaks(resolved_demo: ResolvedDemo) -> dict[str, list[str]]:
    """Strings that must not appear in any export: terms, capture times, agenda times."""
    with Vault.open(resolved_demo.path, PASSPHRASE) as vault:
        terms = [s for t in vault.terms() for s in t.spellings()]
        remarks = vault.remarks(include_deleted=True)
        labels = [s.time_label for s in vault.sessions() if s.time_label]
    stamps: set[str] = set()
    for r in remarks:
        for fmt in (
            "%Y-%m-%d",
            "%d.%m.%Y",
            "%d/%m/%Y",
            "%m/%d/%Y",
            "%H:%M",
            "%H:%M:%S",
            "%d %B %Y",
            "%B %d, %Y",
        ):
            stamps.add(r.created_at.strftime(fmt))
        stamps.add(r.created_at.isoformat())
    times = {part for label in labels for part in re.split(r"[–-]", label)}
    return {
        "terms": terms,
        "stamps": sorted(stamps),
        "agenda": sorted({*labels, *times}),
        "devices": sorted({r.device_id for r in remarks}),
    }


def test_pdf_has_the_structure_and_the_rule_notice(pdf_text: str) -> None:
    for theme in THEMES:
        assert theme in pdf_text
    assert "Held under the Chatham House Rule" in pdf_text
    assert "neither the identity nor the affiliation of the speaker(s)" in pdf_text
    assert "Nothing in this summary is attributed" in pdf_text
    for chapter in (
        "Contents",
        "Executive summary",
        "Remarks at a glance",
        "Recommendations",
        "Key points",
        "Challenges",
        "Good practices",
    ):
        assert chapter in pdf_text
    assert "Chatham House Rule: not for attribution" in pdf_text


def test_pdf_every_page_has_header_footer_and_page_x_of_y(exported: dict[str, Path]) -> None:
    reader = PdfReader(exported["pdf"])
    total = len(reader.pages)
    assert total > 5
    for number, page in enumerate(reader.pages, start=1):
        text = flat(page.extract_text())
        assert f"Page {number} of {total}" in text
        assert "Chatham House Rule: not for attribution" in text
        if number > 1:
            assert text.startswith("Roundtable on the Human Rights of Migrants and Refugees")


def test_pdf_contents_lists_the_page_each_chapter_starts_on(exported: dict[str, Path]) -> None:
    reader = PdfReader(exported["pdf"])
    pages = [flat(p.extract_text()) for p in reader.pages]
    contents = pages[1]
    # The page numbers are stamped once the last page is known: they follow the footer.
    numbers = [int(n) for n in contents.split(f"Page 2 of {len(pages)}")[1].split()]
    titles = [
        "Executive summary",
        "Remarks at a glance",
        *[f"{i}. {t}" for i, t in enumerate(THEMES, start=1)],
        "Recommendations",
    ]
    assert len(numbers) == len(titles)
    assert numbers == sorted(numbers)
    for title, start in zip(titles, numbers, strict=True):
        assert title in contents
        # A theme chapter may follow a short tail on the same page: its title is on the
        # page the contents names, and on no earlier page.
        body = pages[start - 1].split("Page ")[0]
        assert title in body.split("attribution ", 1)[1], title
        if title[0].isdigit():
            assert all(title not in p.split("attribution ", 1)[1] for p in pages[2 : start - 1])


def test_pdf_serbian_latin_and_cyrillic_are_real_text(pdf_text: str) -> None:
    assert "Tumači za farsi, paštu i urdu dostupni su" in pdf_text
    assert "Деци без пратње треба обезбедити посебан смештај" in pdf_text
    assert "Психолози у центрима раде са преводиоцима" in pdf_text
    for letter in "čćšž":
        assert letter in pdf_text


def test_pdf_leaks_no_term_time_or_device(pdf_text: str, leaks: dict[str, list[str]]) -> None:
    lowered = pdf_text.casefold()
    for spelling in leaks["terms"]:
        assert spelling.casefold() not in lowered, spelling
    for stamp in leaks["stamps"] + leaks["agenda"] + leaks["devices"]:
        assert stamp not in pdf_text, stamp
    assert "Day 1" not in pdf_text


def test_excluded_and_original_wording_stay_out(
    exported: dict[str, Path], pdf_text: str, resolved_demo: ResolvedDemo
) -> None:
    md = flat(exported["md"].read_text("utf-8"))
    word = flat("\n".join(p.text for p in docx.Document(str(exported["docx"])).paragraphs))
    # The demo's own excluded remarks, and the slip we excluded.
    excluded = [
        "The bus to the venue on the second morning left fifteen minutes early",
        "Will the slides from the first day be circulated",
        flat(resolved_demo.excluded_text)[:60],
        # Original wordings of the demo's reworded remarks, and of the one we reworded.
        "The police behaviour at the border is a disgrace",
        "It is shameful that a woman who was raped",
        "Honestly, the counselling on offer is a patchwork",
        flat(resolved_demo.reworded_original)[:60],
    ]
    for text in (pdf_text, md, word):
        for gone in excluded:
            assert gone not in text, gone
        assert flat(REWORDED) in text
        assert "Participants called for independent monitoring of police conduct" in text


def test_pdf_metadata_names_the_event_and_nobody(
    exported: dict[str, Path], resolved_demo: ResolvedDemo
) -> None:
    reader = PdfReader(exported["pdf"])
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Roundtable on the Human Rights of Migrants and Refugees"
    assert meta.subject is not None and meta.subject.startswith("Protection, inclusion and care")
    assert not meta.author
    assert meta.creator == "Roundtable"
    user, host = getpass.getuser(), socket.gethostname()
    for value in (meta.author, meta.creator, meta.producer, meta.subject, meta.title):
        assert user not in (value or "")
        assert host not in (value or "")
    raw = exported["pdf"].read_bytes()
    assert str(exported["pdf"].parent).encode() not in raw
    assert str(resolved_demo.path).encode() not in raw


def test_pdf_embeds_its_fonts(exported: dict[str, Path]) -> None:
    reader = PdfReader(exported["pdf"])
    seen = set()
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, font["/BaseFont"]
            seen.add(str(font["/BaseFont"]))
    assert any("DejaVuSans" in name for name in seen)
    assert any("Bold" in name for name in seen)


def test_same_vault_gives_identical_bytes(
    resolved_demo: ResolvedDemo, tmp_path: Path, exported: dict[str, Path]
) -> None:
    for fmt, name in (("pdf", "again.pdf"), ("md", "again.md"), ("docx", "again.docx")):
        proc = run_cli(
            "export",
            str(resolved_demo.path),
            f"--{fmt}",
            str(tmp_path / name),
            "--accept-findings",
            env=ENV,
        )
        assert proc.returncode == 0, proc.stderr
        assert (tmp_path / name).read_bytes() == exported[fmt].read_bytes(), fmt


def test_markdown_has_the_same_structure(exported: dict[str, Path]) -> None:
    md = exported["md"].read_text("utf-8")
    lines = md.splitlines()
    assert lines[0] == "# Roundtable on the Human Rights of Migrants and Refugees"
    h2 = [line[3:] for line in lines if line.startswith("## ")]
    assert h2[:3] == ["Contents", "Executive summary", "Remarks at a glance"]
    assert h2[3:8] == [f"{i}. {t}" for i, t in enumerate(THEMES, start=1)]
    assert h2[-1] == "Recommendations"
    assert "### Key points" in lines and "### Challenges (2)" in lines
    assert any(line.startswith("- ") for line in lines)
    assert "> **Held under the Chatham House Rule.**" in md
    assert "Деци без пратње" in md


def test_docx_uses_word_heading_styles(exported: dict[str, Path]) -> None:
    document = docx.Document(io.BytesIO(exported["docx"].read_bytes()))
    styled = [(p.style.name, p.text) for p in document.paragraphs if p.text]
    # the cover's kicker, as in the PDF, then the title
    assert styled[0] == ("Normal", "UNATTRIBUTED SUMMARY")
    assert styled[1] == ("Title", "Roundtable on the Human Rights of Migrants and Refugees")
    h1 = [t for s, t in styled if s == "Heading 1"]
    assert h1[0] == "Executive summary"
    assert h1[2:7] == [f"{i}. {t}" for i, t in enumerate(THEMES, start=1)]
    assert h1[-1] == "Recommendations"
    h2 = {t for s, t in styled if s == "Heading 2"}
    assert {"Synthesis", "Key points", "Challenges (2)"} <= h2
    assert sum(1 for s, _ in styled if s == "List Bullet") >= 40
    props = document.core_properties
    assert props.title == "Roundtable on the Human Rights of Migrants and Refugees"
    assert props.author == "" and props.last_modified_by == ""
    # the event's own first day (14-16 June 2016), never the time of export nor 2000-01-01
    assert props.created is not None and props.created.date().isoformat() == "2016-06-14"
    footer = document.sections[0].footer.paragraphs[0]
    # python-docx reads the runs, not the fields' numbers: "Page {PAGE} of {NUMPAGES}"
    assert footer.text == "Chatham House Rule: not for attribution\tPage  of "
    fields = [f.get(qn("w:instr")) for f in footer._p.iter(qn("w:fldSimple"))]
    assert fields == ["PAGE", "NUMPAGES"]
