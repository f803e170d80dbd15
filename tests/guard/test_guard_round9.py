"""The guard's ninth round: general rules for the classes of failure the tenth held-out set
showed, each pinned down here on remarks of our own (other names, other bodies, other wording,
both scripts): remarks each rule must flag and look-alikes it must leave alone.

Nothing here is taken from a held-out set: those measure generalisation, these pin the rules.
"""

from __future__ import annotations

import pytest

from roundtable_app.guard import Guard, Term

TERMS = [
    Term("Amra Hodžić", "person", ("Амра Хоџић", "Hodžić")),
    Term("Paul Fischer", "person", ("Fischer",)),
    Term("Iris Blake", "person", ("Blake",)),
    Term("OSCE", "organisation", ("OEBS", "ОЕБС")),
    Term("Zaštitnik građana", "organisation", ("Заштитник грађана",)),
    Term("UNDP", "organisation", ("УНДП",)),
]
GUARD = Guard(TERMS)


def flagged(text: str) -> list[str]:
    return [f.text for f in GUARD.scan(text)]


def categories(text: str) -> list[str]:
    return [f.category for f in GUARD.scan(text)]


# ------------------------------------------------------- ijekavian spellings of the same words
@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Predsjednik savjeta za mlade rekao je da nema novca.", "Predsjednik savjeta za mlade"),
        ("Izvjestiteljka prve grupe predložila je nova pravila.", "Izvjestiteljka"),
        ("Prema predsjedavajućem, tema se vraća sutra.", "predsjedavajućem"),
        ("Kolegica koja vodi savjetovalište kaže da su liste pune.", "Kolegica koja vodi"),
        ("Gost iz Austrije objasnio je kako rade tamošnji centri.", "Gost iz Austrije"),
    ],
)
def test_ijekavian_descriptions_of_one_person(text: str, part: str) -> None:
    found = GUARD.scan(text)
    assert [f.category for f in found] == ["indirect"]
    assert part in found[0].text


@pytest.mark.parametrize(
    "text",
    [
        "Izvještaj Zaštitnika građana za 2024. godinu navodi tri takva slučaja.",
        "Prošlogodišnji izvještaj OEBS-a o slobodi medija bio je oštar.",
        "Smjernice UNDP-a iz 2023. preporučuju pristupačne škole.",
        "Mišljenje Zaštitnika građana iz 2022. citirano je kao presedan.",
        "The OSCE's 2023 recommendation on hate speech was quoted at length.",
        "According to UNDP's public data portal, arrivals fell in 2024.",
    ],
)
def test_a_public_bodys_published_work_in_any_spelling_is_a_document(text: str) -> None:
    assert flagged(text) == []


# ------------------------------------------------------------------- cited and quoted authors
@pytest.mark.parametrize(
    "text",
    [
        "Ivo Andrić je citiran u raspravi o mostovima među zajednicama.",
        "Branko Ćopić was quoted on the first evening.",
        "Selma Hodžić je citirana kao autorka studije o ranim brakovima.",  # not Amra
        "Mark Twain's 'The Innocents Abroad' came up as a joke about travel.",
    ],
)
def test_a_cited_author_is_no_participant(text: str) -> None:
    assert flagged(text) == []


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Amra Hodžić je citirana u izveštaju.", "Amra Hodžić"),
        ("Hodžić je rekla da škole nemaju psihologa.", "Hodžić"),
        ("Fischer and Blake both argued for a longer pilot.", "Fischer"),
    ],
)
def test_a_participant_is_found_whatever_they_wrote(text: str, part: str) -> None:
    assert part in flagged(text)


# ------------------------------------------------------------ identification by elimination
@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("According to the prosecutor, no complaint reached a court.", "According to the"),
        ("Our hosts from the university apologised for the cold room.", "Our hosts"),
        ("The longest-serving judge in the room said the law changed twice.", "longest"),
        ("Imam je podsjetio da vjera ne dozvoljava prisilni brak.", "Imam"),
    ],
)
def test_more_descriptions_of_one_person(text: str, part: str) -> None:
    found = GUARD.scan(text)
    assert [f.category for f in found] == ["indirect"]
    assert part in found[0].text


@pytest.mark.parametrize(
    "text",
    [
        "Imam utisak da se o tome govori samo posle incidenta.",
        "Имам осећај да девојчице нико није питао.",
        "A helpline works only if the person who answers speaks the caller's language.",
        "In many homes it is the grandmother who decides, a participant observed.",
        "According to the law, the centre must act within 24 hours.",
    ],
)
def test_look_alikes_of_a_description_are_left_alone(text: str) -> None:
    assert "indirect" not in categories(text)


# ---------------------------------------------------------------- the speaker's place or sector
@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Nama u zdravstvu djevojke dolaze prekasno.", "Nama u zdravstvu"),
        ("Ми у међународној заједници често не разумемо пут до школе.", "Ми у међународној"),
        ("From where we sit in the international community, the law looks fine.", "where we sit"),
        ("Kao neko ko dolazi iz međunarodne organizacije, moram priznati.", "Kao neko ko dolazi"),
    ],
)
def test_the_speakers_place_or_sector_in_more_phrasings(text: str, part: str) -> None:
    found = GUARD.scan(text)
    assert [f.category for f in found] == ["self_reference"]
    assert part in found[0].text
