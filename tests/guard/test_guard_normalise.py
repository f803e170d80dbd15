"""Folding to one comparable form, and the way back to the original offsets."""

from __future__ import annotations

from roundtable_app.guard.normalise import cyrillic_to_latin, fold
from roundtable_app.guard.serbian import inflections, spelling_variants


def test_case_diacritics_and_scripts_fold_together() -> None:
    forms = {fold(t).folded for t in ["Đukić", "DJUKIC", "Djukić", "Ђукић", "đukić"]}
    assert forms == {"djukic"}
    assert fold("Љубиша Њ Џ").folded == "ljubisa nj dz"


def test_identity_offsets_for_plain_text() -> None:
    folded = fold("Plain ASCII and Ćirilica Ћирилица")
    assert folded.starts is None
    assert folded.span(6, 11) == (6, 11)


def test_offsets_map_back_through_expansions_and_vanishing_marks() -> None:
    text = "Đa c\u030ca\u00adb İx"
    folded = fold(text)
    assert folded.folded == "dja cab ix"
    # "dja" comes from "Đa"; "cab" from "c\u030ca\u00adb" (the mark and soft hyphen vanish).
    assert folded.span(0, 3) == (0, 2)
    assert text[slice(*folded.span(4, 7))] == "c\u030ca\u00adb"
    assert text[slice(*folded.span(4, 5))] == "c\u030c"  # the mark stays with its letter
    assert text[slice(*folded.span(8, 10))] == "İx"


def test_cyrillic_to_latin_keeps_case_and_diacritics() -> None:
    assert cyrillic_to_latin("Милица ЈОВАНОВИЋ, Љиља") == "Milica JOVANOVIĆ, Ljilja"


def test_inflections_keep_the_stem() -> None:
    forms = inflections("petrovic", possessive=True)
    assert {"petrovica", "petrovicu", "petrovicem", "petrovici", "petroviceva"} <= forms
    assert "petrovaradin" not in forms and "petrov" not in forms
    assert {"jelene", "jeleni", "jelenu", "jelenom"} <= inflections("jelena")
    assert {"centra", "centru"} <= inflections("centar")
    assert inflections("za") == {"za"}


def test_spelling_variants_cover_keyboards_without_serbian_letters() -> None:
    # Each đ on its own as d or dj (round 5): "dordjevic", "djordevic".
    assert spelling_variants("Đorđević") == {
        "djordjevic",
        "dordevic",
        "dordjevic",
        "djordevic",
        "djordjevich",
        "djordjevitj",
    }
