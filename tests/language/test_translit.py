"""Serbian transliteration, the one module both the exports and the Cyrillic catalogues use:
digraphs and morpheme boundaries, foreign words kept, UI strings' placeholders and markup
kept, Cyrillic to Latin exact. The cases of the two former modules are all here."""

from __future__ import annotations

import pytest

from roundtable_app.language.translit import cyrillic_to_latin, latin_to_cyrillic, to_script


# ------------------------------------------------------------------ prose (the exports)
@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Ljubljana i Njegoš, džep", "Љубљана и Његош, џеп"),
        ("LJUBAV NJIVA DŽEP", "ЉУБАВ ЊИВА ЏЕП"),
        ("konjunkcija", "конјункција"),
        ("injekcija", "инјекција"),
        ("nadživeti, podžanr", "надживети, поджанр"),
        ("Đorđe Ćirić čuva šumu", "Ђорђе Ћирић чува шуму"),
        # A word in capitals with a Serbian digraph is Serbian, never an acronym.
        ("LJUBAV", "ЉУБАВ"),
        ("NJIVA je tu", "ЊИВА је ту"),
        # The stems split every form of the word, not only the listed one.
        (
            "konjugacija, injektiran, odživeti, podželeti",
            "конјугација, инјектиран, одживети, поджелети",
        ),
        ("KONJUNKCIJA", "КОНЈУНКЦИЈА"),
        # The digraph letters of old documents become the two letters first.
        ("ǈubljana i ǌiva", "Љубљана и њива"),
    ],
)
def test_latin_to_cyrillic_handles_digraphs_and_morpheme_boundaries(
    latin: str, cyrillic: str
) -> None:
    assert latin_to_cyrillic(latin).text == cyrillic


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        # The whole-word list the catalogue generator had: every entry still comes out so.
        ("konjunkcija", "конјункција"),
        ("konjunkcije", "конјункције"),
        ("konjunktura", "конјунктура"),
        ("injekcija", "инјекција"),
        ("injekcije", "инјекције"),
        ("injektirati", "инјектирати"),
        ("tanjug", "танјуг"),
        ("vanjezički", "ванјезички"),
        ("nadživeti", "надживети"),
        ("nadživeo", "надживео"),
        ("odžaliti", "оджалити"),
        ("podžanr", "поджанр"),
        ("podžanrovi", "поджанрови"),
        ("džuboks", "џубокс"),
    ],
)
def test_every_former_split_digraph_word_keeps_its_cyrillic(latin: str, cyrillic: str) -> None:
    assert latin_to_cyrillic(latin).text == cyrillic
    assert latin_to_cyrillic(latin, markup=True).text == cyrillic
    assert latin_to_cyrillic(latin.capitalize()).text == cyrillic.capitalize()


def test_foreign_words_acronyms_and_addresses_stay_in_latin_and_are_listed() -> None:
    result = latin_to_cyrillic(
        "UNHCR je pisao na info@example.org, vidi www.example.org; Chatham House i Wi-Fi."
    )
    assert result.text == (
        "UNHCR је писао на info@example.org, види www.example.org; Chatham House и Wi-Fi."
    )
    assert set(result.kept) == {
        "UNHCR", "info@example.org", "www.example.org", "Chatham", "House", "Wi-Fi"
    }  # fmt: skip


def test_listed_names_stay_latin_in_any_case() -> None:
    result = latin_to_cyrillic("ROUNDTABLE, Enchant i hunspell rade online")
    assert result.text == "ROUNDTABLE, Enchant и hunspell раде online"
    assert set(result.kept) == {"ROUNDTABLE", "Enchant", "hunspell", "online"}


def test_key_combinations_stay_latin_in_prose_but_bare_key_names_do_not() -> None:
    result = latin_to_cyrillic("Pritisnite Ctrl+Shift+S, pa Enter.")
    assert result.text == "Притисните Ctrl+Shift+S, па Ентер."
    assert "Ctrl+Shift+S" in result.kept


def test_prose_is_not_read_as_markup() -> None:
    # A remark is text, not a template: braces and angle brackets are its own characters.
    assert latin_to_cyrillic("<pauza> {smeh}").text == "<пауза> {смех}"


def test_known_serbian_wording_converts_every_word() -> None:
    # The summary's wording and the guard's neutral phrases (from tests/guard).
    assert latin_to_cyrillic("UNHCR online", keep_foreign=False).text == "УНХЦР онлине"
    phrase = "Jednim učesnikom, ljudi njima džep"
    assert latin_to_cyrillic(phrase, keep_foreign=False).text == "Једним учесником, људи њима џеп"


def test_cyrillic_to_latin_is_exact_and_round_trips() -> None:
    text = "Љубљана, ЊЕГОШ, џем, Ђурђевдан и Ћирило."
    latin = cyrillic_to_latin(text)
    assert latin == "Ljubljana, NJEGOŠ, džem, Đurđevdan i Ćirilo."
    assert latin_to_cyrillic(latin).text == text
    assert to_script("Ово је текст.", "sr-Latn").text == "Ovo je tekst."
    assert to_script("Ovo je tekst.", "sr-Cyrl").text == "Ово је текст."
    assert to_script("Ovo je tekst.", "en").text == "Ovo je tekst."


def test_cyrillic_to_latin_is_exact_for_ordinary_words() -> None:
    text = "Љубљана, Његош, џеп, ђак, ћуран, чаша, шума, жаба"
    assert cyrillic_to_latin(text) == "Ljubljana, Njegoš, džep, đak, ćuran, čaša, šuma, žaba"
    assert latin_to_cyrillic(cyrillic_to_latin(text)).text == text
    assert latin_to_cyrillic(cyrillic_to_latin(text), markup=True).text == text


def test_capital_digraphs_in_a_word_in_capitals_are_both_capitals() -> None:
    assert cyrillic_to_latin("ЉУБАВ, Љиљана, ЏЕП, Џ") == "LJUBAV, Ljiljana, DŽEP, Dž"


# ------------------------------------------------------------------ UI strings (make ts)
@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Ljubljana i Njegoš", "Љубљана и Његош"),
        ("džep", "џеп"),
        ("konjunkcija", "конјункција"),
        ("Injekcija", "Инјекција"),
        ("nadživeti", "надживети"),
        ("Izvezi PDF", "Извези PDF"),
        ("Roundtable trezori (%1);;Sve datoteke (*)", "Roundtable трезори (%1);;Све датотеке (*)"),
        ("Otključaj <b>%1</b>", "Откључај <b>%1</b>"),
        ("%n minuta", "%n минута"),
        ("{count} izjava", "{count} изјава"),
        ("Za&vrši", "За&врши"),
        ("Ctrl+Shift+E", "Ctrl+Shift+E"),
        ("Prečica Ctrl+&cifra:", "Пречица Ctrl+&цифра:"),
        ("Vrsta (Alt+1 … Alt+6)", "Врста (Alt+1 … Alt+6)"),
        ("pravilo Chatham House", "правило Chatham House"),
        ("LJUBAV", "ЉУБАВ"),
        # Added with the merge: what the export's rules keep, a UI string keeps too.
        ("Wi-Fi mreža na www.example.org", "Wi-Fi мрежа на www.example.org"),
        ("Pritisnite Enter ili F9; &amp; %L1", "Притисните Enter или F9; &amp; %L1"),
        ("Fajlovi *.roundtable (%1)", "Фајлови *.roundtable (%1)"),
        ("(Ctrl+Shift+S) i Ctrl+L", "(Ctrl+Shift+S) и Ctrl+L"),
        ('<a href="https://example.org">Pomoć</a>', '<a href="https://example.org">Помоћ</a>'),
    ],
)
def test_ui_strings_keep_placeholders_markup_and_keys(latin: str, cyrillic: str) -> None:
    assert latin_to_cyrillic(latin, markup=True).text == cyrillic
