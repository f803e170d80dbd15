"""``make ts``: extract the app's strings into the .ts sources and derive the Cyrillic ones.

``python -m roundtable_app.ui.i18n_sources`` runs ``pyside6-lupdate`` over the package (our
``tr(context, text)`` read as Qt's ``translate``), marks every ``%n`` message as a plural (the
Python parser of lupdate does not), fills the English catalogue's singular entries with their
source, and writes ``*_sr_Cyrl.ts`` from ``*_sr_Latn.ts`` by transliteration. The Latin catalogue
is the one translated by hand; the Cyrillic one is reviewed, and what transliteration gets
wrong goes into the lists of ``roundtable_app.language.translit`` rather than into the file.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from roundtable_app.language.translit import latin_to_cyrillic
from roundtable_app.paths import resources_dir

PACKAGE = Path(__file__).resolve().parents[1]
LANGUAGE_ATTR = {"en": "en_GB", "sr_Latn": "sr_Latn_RS", "sr_Cyrl": "sr_Cyrl_RS"}


def ts_dir() -> Path:
    """The folder of the .ts sources (and of the compiled .qm beside them)."""
    return resources_dir() / "translations"


def _lupdate() -> str:
    found = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    return found or "pyside6-lupdate"


def read_ts(path: Path) -> ET.ElementTree[ET.Element]:
    """Parse a .ts file."""
    return ET.parse(path)  # noqa: S314 - our own files, not input from anywhere else


def write_ts(tree: ET.ElementTree[ET.Element], path: Path) -> None:
    """Write a .ts file as lupdate would (XML declaration, DOCTYPE, indented)."""
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


PluralForms = dict[tuple[str, str], list[str]]


def plural_translations(path: Path) -> PluralForms:
    """The plural forms already translated in ``path``, by (context, source).

    lupdate sees our plurals as singular messages and drops their forms, so they are read
    before it runs and put back afterwards.
    """
    if not path.is_file():
        return {}
    found: PluralForms = {}
    for context in read_ts(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            forms = [f.text or "" for f in message.iter("numerusform")]
            if any(forms):
                found[(name, message.findtext("source") or "")] = forms
    return found


def _mark_plurals(root: ET.Element, forms: int, known: PluralForms | None = None) -> None:
    for context in root.iter("context"):
        _mark_context(context, forms, known or {})


def _mark_context(context: ET.Element, forms: int, known: PluralForms) -> None:
    name = context.findtext("name") or ""
    for message in context.iter("message"):
        source = message.findtext("source") or ""
        if "%n" not in source:
            continue
        message.set("numerus", "yes")
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        existing = [f.text or "" for f in translation.findall("numerusform")]
        if not any(existing):
            existing = known.get((name, source), [])
        if not existing and translation.text:
            existing = [translation.text]
        translation.text = None
        for child in list(translation):
            translation.remove(child)
        for i in range(forms):
            form = ET.SubElement(translation, "numerusform")
            form.text = existing[i] if i < len(existing) else ""
        if not all(existing[i] if i < len(existing) else "" for i in range(forms)):
            translation.set("type", "unfinished")
        else:
            translation.attrib.pop("type", None)


def _fill_english(root: ET.Element) -> None:
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is None or message.get("numerus") == "yes":
            continue
        if not translation.text:
            translation.text = message.findtext("source") or ""
        translation.attrib.pop("type", None)


def cyrillic_from_latin(latin: Path, cyrillic: Path) -> None:
    """Write ``cyrillic`` as the transliteration of every translation in ``latin``."""
    tree = read_ts(latin)
    root = tree.getroot()
    root.set("language", LANGUAGE_ATTR["sr_Cyrl"])
    for translation in root.iter("translation"):
        if translation.text:
            translation.text = latin_to_cyrillic(translation.text, markup=True).text
        for form in translation.findall("numerusform"):
            if form.text:
                form.text = latin_to_cyrillic(form.text, markup=True).text
    write_ts(tree, cyrillic)


def update(folder: Path | None = None) -> list[Path]:
    """Re-extract the app's strings and rewrite every .ts file; returns the files written."""
    out = folder or ts_dir()
    out.mkdir(parents=True, exist_ok=True)
    sources = sorted(str(p) for p in PACKAGE.rglob("*.py"))
    written: list[Path] = []
    for suffix, forms in (("en", 2), ("sr_Latn", 3)):
        target = out / f"roundtable_{suffix}.ts"
        known = plural_translations(target)
        subprocess.run(
            [
                _lupdate(),
                *sources,
                "-tr-function-alias",
                "translate+=tr",
                "-no-obsolete",
                "-locations",
                "none",
                "-silent",
                "-ts",
                str(target),
            ],
            check=True,
        )
        tree = read_ts(target)
        tree.getroot().set("language", LANGUAGE_ATTR[suffix])
        _mark_plurals(tree.getroot(), forms, known)
        if suffix == "en":
            _fill_english(tree.getroot())
        write_ts(tree, target)
        written.append(target)
    for catalogue in ("roundtable", "roundtable_qt"):
        latin = out / f"{catalogue}_sr_Latn.ts"
        if latin.is_file():
            cyrillic = out / f"{catalogue}_sr_Cyrl.ts"
            cyrillic_from_latin(latin, cyrillic)
            written.append(cyrillic)
    return written


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``make ts``."""
    args = sys.argv[1:] if argv is None else argv
    for path in update(Path(args[0]) if args else None):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
