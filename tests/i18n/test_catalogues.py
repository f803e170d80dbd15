"""The .ts sources: complete in every language, placeholders kept, Cyrillic derived from Latin,
and in step with the strings the code actually passes to ``tr``."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from roundtable_app.language.translit import KEEP_LATIN, KEY_NAMES, UI_LITERAL, latin_to_cyrillic
from roundtable_app.ui.i18n_sources import read_ts, ts_dir, update

CATALOGUES = {
    "roundtable": ("en", "sr_Latn", "sr_Cyrl"),
    "roundtable_qt": ("sr_Latn", "sr_Cyrl"),
}
FORMS = {"en": 2, "sr_Latn": 3, "sr_Cyrl": 3}
PLACEHOLDER = re.compile(r"%L?\d|%n|\{[A-Za-z_][A-Za-z0-9_]*\}")


def _messages(path: Path) -> dict[tuple[str, str], list[str]]:
    """(context, source) -> translations (one, or the plural forms), unfinished ones as None."""
    out: dict[tuple[str, str], list[str]] = {}
    for context in read_ts(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                texts = ["<unfinished>"]
            elif message.get("numerus") == "yes":
                texts = [f.text or "" for f in translation.findall("numerusform")]
            else:
                texts = [translation.text or ""]
            out[(name, message.findtext("source") or "")] = texts
    return out


def _all() -> list[tuple[str, str, Path]]:
    return [
        (catalogue, suffix, ts_dir() / f"{catalogue}_{suffix}.ts")
        for catalogue, suffixes in CATALOGUES.items()
        for suffix in suffixes
    ]


@pytest.mark.parametrize(("catalogue", "suffix", "path"), _all(), ids=lambda v: str(v))
def test_every_entry_is_translated(catalogue: str, suffix: str, path: Path) -> None:
    messages = _messages(path)
    assert messages, path
    problems = [key for key, texts in messages.items() if "<unfinished>" in texts]
    problems += [key for key, texts in messages.items() if not all(t.strip() for t in texts)]
    assert problems == []


@pytest.mark.parametrize(("catalogue", "suffix", "path"), _all(), ids=lambda v: str(v))
def test_plurals_have_every_form_of_the_language(catalogue: str, suffix: str, path: Path) -> None:
    root = read_ts(path).getroot()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        if "%n" in source:
            assert message.get("numerus") == "yes", source
            forms = message.find("translation").findall("numerusform")  # type: ignore[union-attr]
            assert len(forms) == FORMS[suffix], source


@pytest.mark.parametrize(("catalogue", "suffix", "path"), _all(), ids=lambda v: str(v))
def test_placeholders_are_kept_in_every_translation(
    catalogue: str, suffix: str, path: Path
) -> None:
    for (context, source), texts in _messages(path).items():
        wanted = sorted(PLACEHOLDER.findall(source))
        for text in texts:
            assert sorted(PLACEHOLDER.findall(text)) == wanted, (context, source, text)
            # A mnemonic marker at most once, or Qt picks one at random.
            assert text.replace("&&", "").count("&") - text.count("&amp;") <= 1, text


def test_all_languages_have_the_same_entries() -> None:
    for catalogue, suffixes in CATALOGUES.items():
        keys = [set(_messages(ts_dir() / f"{catalogue}_{s}.ts")) for s in suffixes]
        assert all(k == keys[0] for k in keys), catalogue


def test_cyrillic_catalogues_are_the_transliteration_of_the_latin_ones() -> None:
    for catalogue in CATALOGUES:
        latin = _messages(ts_dir() / f"{catalogue}_sr_Latn.ts")
        cyrillic = _messages(ts_dir() / f"{catalogue}_sr_Cyrl.ts")
        for key, texts in latin.items():
            assert cyrillic[key] == [latin_to_cyrillic(t, markup=True).text for t in texts], key


def test_no_serbian_latin_letters_left_in_cyrillic_except_listed_names() -> None:
    # Key combinations first, so that "Ctrl" alone does not leave the "S" of Ctrl+Shift+S.
    allowed = re.compile(
        r"(?:(?:Ctrl|Shift|Alt)\+)+(?:Enter|Tab|Esc|[A-Z0-9])?|"
        + r"\b(?i:"
        + "|".join(sorted(KEEP_LATIN, key=len, reverse=True))
        + r")\b|\b(?:"
        + "|".join(KEY_NAMES)
        + r")\b|Chatham House|\bF\d{1,2}\b|\*\.[a-z]+|%\d|%n|<[^>]*>|\(\*\)|\(%1\)"
        # Acronyms stay Latin (the transliteration's rule): USB, PDF.
        + r"|\b[A-Z]{2,6}\b"
        # What a user types as written (--force, term,kind,aliases, (roundtable restore)).
        + "|"
        + UI_LITERAL
    )
    for catalogue in CATALOGUES:
        for key, texts in _messages(ts_dir() / f"{catalogue}_sr_Cyrl.ts").items():
            for text in texts:
                rest = allowed.sub("", text)
                assert not re.search(r"[A-Za-zčćžšđČĆŽŠĐ]", rest), (key, text)


def test_sources_are_in_step_with_the_code(tmp_path: Path) -> None:
    """Running the extraction again changes nothing: every tr() string is in the .ts files."""
    if shutil.which("pyside6-lupdate", path=str(Path(__import__("sys").executable).parent)) is None:
        pytest.fail("pyside6-lupdate is missing from the environment")
    for path in ts_dir().glob("*.ts"):
        shutil.copy(path, tmp_path / path.name)
    update(tmp_path)
    for path in sorted(ts_dir().glob("*.ts")):
        assert _messages(tmp_path / path.name) == _messages(path), path.name


def test_every_tr_call_in_the_code_is_in_the_catalogues() -> None:
    """lupdate silently skips some call shapes (a keyword argument, a count written as an
    attribute); an AST walk of the package finds every tr() and asks the .ts for it."""
    import ast

    package = Path(__file__).resolve().parents[2] / "roundtable_app"
    known = set(_messages(ts_dir() / "roundtable_sr_Latn.ts"))
    missing = []
    for path in sorted(package.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "tr"):
                continue
            args = node.args
            if len(args) >= 2 and all(isinstance(a, ast.Constant) for a in args[:2]):
                key = (args[0].value, args[1].value)
                if key not in known:
                    missing.append((path.name, node.lineno, key))
    assert missing == []


def test_every_remark_kind_has_a_ui_name_to_translate() -> None:
    from roundtable_app.ui.i18n import KIND_NAMES
    from roundtable_app.vault.types import KIND_LABELS

    assert set(KIND_NAMES) == set(KIND_LABELS.values())
