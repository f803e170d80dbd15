"""The summary in the event's language: fixed wording, plurals, script, /Lang, proofing."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import docx
import pytest
from helpers import PASSPHRASE, run_cli
from pypdf import PdfReader

from roundtable_app.export import build_summary, export_summary
from roundtable_app.export.markdown import render_markdown
from roundtable_app.export.model import Transliteration
from roundtable_app.export.wording import ENGLISH, Wording, wording
from roundtable_app.vault import Vault
from roundtable_app.vault.demo import create_demo

ENV = {"ROUNDTABLE_PASSPHRASE": PASSPHRASE}
# Every English fixed word of a summary that could survive a translation by mistake.
ENGLISH_FIXED = (
    "Contents", "Executive summary", "Remarks at a glance", "Recommendations", "Synthesis",
    "Key points", "Challenges", "Good practices", "Lessons", "Observations", "Questions",
    "Page", "Chatham House Rule", "not for attribution", "UNATTRIBUTED", "Convened",
    "CONVENED", "All themes", "Total", "remarks", "Session", "Held under",
)  # fmt: skip
CYRILLIC_RULE = (
    "Овај састанак одржан је по правилу Четам Хауса: учесници слободно могу да користе "
    "добијене информације, али не смеју да открију ни идентитет ни припадност говорника, "
    "као ни било ког другог учесника."
)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("lang") / "demo.roundtable"
    create_demo(path, PASSPHRASE).close()
    return path


def pdf_text(data: bytes) -> str:
    return " ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def test_every_language_has_every_phrase_and_cyrillic_is_all_cyrillic() -> None:
    latin = wording("sr-Latn")
    cyrillic = wording("sr-Cyrl")
    for name in Wording.__dataclass_fields__:
        if name == "language":
            continue
        for w in (ENGLISH, latin, cyrillic):
            assert getattr(w, name), (w.language, name)
    texts = [v for k, v in vars(cyrillic).items() if isinstance(v, str) and k != "language"]
    texts += [x for v in vars(cyrillic).values() if isinstance(v, tuple) for x in v]
    texts += list(cyrillic.kind_headings.values())
    for text in texts:
        letters = re.sub(r"\{[a-z_]+\}", "", text)
        assert not re.search("[A-Za-zčćžšđČĆŽŠĐ]", letters), text
    # checked by hand against a Cyrillic rendering of the Rule, letter by letter
    assert cyrillic.rule_statement == CYRILLIC_RULE
    assert cyrillic.page_label(3, 16) == "Страна 3 од 16"


def test_counts_take_serbian_plural_forms() -> None:
    w = wording("sr-Latn")
    phrase = w.count_phrase((("challenge", 2), ("good_practice", 5), ("lesson", 1)))
    assert phrase == "8 primedbi: 2 izazova, 5 dobrih praksi, 1 pouka"
    assert w.overview_intro(22, 5) == "Ukupno 22 primedbe, 5 tema; po vrstama."
    assert ENGLISH.count_phrase((("question", 1),)) == "1 remark: 1 question"


@pytest.mark.parametrize("language", ["sr-Cyrl", "sr-Latn"])
def test_demo_pdf_in_serbian_has_no_english_fixed_word(demo: Path, language: str) -> None:
    with Vault.open(demo, PASSPHRASE) as vault:
        summary = build_summary(vault, language=language)
    from roundtable_app.export.pdf import PdfRenderer

    renderer = PdfRenderer(summary)
    data = renderer.render()
    reader = PdfReader(io.BytesIO(data))
    assert reader.trailer["/Root"]["/Lang"] == language
    w = wording(language)
    text = pdf_text(data)
    assert w.page_label(1, renderer.page_count or 0) in text
    assert w.footer in text and w.contents in text and w.rule_title in text
    assert w.rule_statement.split(":")[0] in text
    assert ("14–16. јун 2016." if language == "sr-Cyrl" else "14–16. jun 2016.") in text
    # The demo's remarks are partly English: check the fixed words they do not contain.
    user = " ".join(_user_texts(summary))
    checked = [word for word in ENGLISH_FIXED if word not in user]
    assert len(checked) >= 15
    for word in checked:
        assert word not in text, word


def _user_texts(summary) -> list[str]:  # type: ignore[no-untyped-def]
    out = [summary.title, summary.subtitle, summary.venue, *summary.conveners]
    for t in summary.themes:
        out += [t.name, t.description, t.synthesis]
        out += [r.text for r in t.key_points] + [r.text for g in t.groups for r in g.remarks]
    return [*out, summary.executive_summary]


def test_docx_proofing_language_and_markdown_wording(demo: Path) -> None:
    with Vault.open(demo, PASSPHRASE) as vault:
        summary = build_summary(vault, language="sr-Cyrl")
    from roundtable_app.export.word import render_docx

    data = render_docx(summary)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        styles = package.read("word/styles.xml").decode("utf-8")
    assert 'w:lang w:val="sr-Cyrl-RS"' in styles
    document = docx.Document(io.BytesIO(data))
    assert document.core_properties.language == "sr-Cyrl-RS"
    texts = [p.text for p in document.paragraphs]
    assert "Садржај" in texts and "Препоруке" in texts
    footer = document.sections[0].footer.paragraphs[0].text
    assert footer.startswith("Правило Четам Хауса") and "Страна" in footer and " од " in footer
    md = render_markdown(summary)
    assert "## Садржај" in md and "## Преглед примедби" in md and "Page" not in md


def test_transliteration_turns_latin_remarks_cyrillic_and_reports_it(
    vault: Vault, tmp_path: Path
) -> None:
    theme = vault.themes()[0]
    vault.add_remark("Potrebna je konjunkcija mera, kaže UNHCR.", theme.id, "lesson")
    vault.update_event(language="sr-Cyrl")
    plain = build_summary(vault)
    assert plain.themes[0].groups[0].remarks[0].text.startswith("Potrebna")
    log = Transliteration("sr-Cyrl")
    converted = build_summary(vault, transliterate=log)
    text = converted.themes[0].groups[0].remarks[0].text
    assert text == "Потребна је конјункција мера, каже UNHCR."
    assert "UNHCR" in log.kept and log.changed >= 1
    report = export_summary(vault, "md", tmp_path / "s.md", transliterate=True)
    assert report.written and any("transliterated" in n for n in report.notes)
    assert "Потребна је конјункција" in (tmp_path / "s.md").read_text("utf-8")
    vault.update_event(language="en")
    with pytest.raises(Exception, match="Serbian summary"):
        build_summary(vault, transliterate=Transliteration("en"))


def test_pdf_metadata_carries_the_event_date_or_no_date(vault: Vault, tmp_path: Path) -> None:
    from roundtable_app.export.pdf import render_pdf

    vault.update_event(dates="14–16 June 2016")
    data = render_pdf(build_summary(vault))
    info = PdfReader(io.BytesIO(data)).metadata
    assert info["/CreationDate"] == "D:20160614" and info["/ModDate"] == "D:20160614"
    assert b"D:2000" not in data
    vault.update_event(dates="")
    data = render_pdf(build_summary(vault))
    info = PdfReader(io.BytesIO(data)).metadata
    assert "/CreationDate" not in info and "/ModDate" not in info
    from roundtable_app.export.word import render_docx

    props = docx.Document(io.BytesIO(render_docx(build_summary(vault)))).core_properties
    assert props.created is None and props.modified is None


def test_cli_new_language_is_stored_and_export_language_overrides(tmp_path: Path) -> None:
    path = tmp_path / "sr.roundtable"
    r = run_cli("new", str(path), "--title", "Okrugli sto", "--theme", "Prava deteta",
                "--language", "sr-latn", env=ENV)  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip().endswith("with 1 theme and 0 protected terms")
    with Vault.open(path, PASSPHRASE) as vault:
        assert vault.event().language == "sr-Latn"
    out = tmp_path / "s.md"
    assert run_cli("export", str(path), "--md", str(out), env=ENV).returncode == 0
    assert "## Sadržaj" in out.read_text("utf-8")
    r = run_cli("export", str(path), "--md", str(out), "--language", "en", "--force", env=ENV)
    assert r.returncode == 0, r.stderr
    assert "## Contents" in out.read_text("utf-8")
    r = run_cli("export", str(path), "--md", str(tmp_path / "x.md"), "--language", "de", env=ENV)
    assert r.returncode == 2 and "sr-Latn" in r.stderr and not (tmp_path / "x.md").exists()
    r = run_cli("new", str(tmp_path / "y.roundtable"), "--title", "T", "--language", "fr", env=ENV)
    assert r.returncode == 2 and not (tmp_path / "y.roundtable").exists()
