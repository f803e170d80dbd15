"""The guard's second round (issue 12), rule by rule, on cases of our own.

Each rule has remarks it must flag and look-alikes it must leave alone. None of these is taken
from a held-out set: the held-out sets measure, these pin the rules down.
"""

from __future__ import annotations

import pytest

from roundtable_app.guard import CATEGORIES, Guard, Term

TERMS = [
    Term("Ljubica Stanković", "person", ("Љубица Станковић",)),
    Term("Goran Tešanović", "person"),
    Term("Kamal Rahimzai", "person"),
    Term("Ilona Kovács", "person", ("Kovács Ilona",)),
    Term("Marta Banić", "person"),  # Banić: not a place, unlike Palić below
    Term("Petar Palić", "person"),
    Term("Ana Sokolović-Nađ", "person"),
    Term("Helen Field", "person"),
    Term("Udruženje Zora", "organisation", ("Zora", "UZ")),
    Term("Refugee Aid Serbia", "organisation", ("RAS",)),
    Term("Ombudsperson of Vojvodina", "organisation", ("Ombudsperson",)),
    Term("Office for Human Rights", "organisation", ("OHR",)),
    Term("Sunčani dom", "organisation", ("Suncani dom",)),
    Term("Putokaz", "other", ("Korak napred", "Step Forward")),
]
GUARD = Guard(TERMS)


def categories(text: str, guard: Guard = GUARD) -> list[str]:
    return [f.category for f in guard.scan(text)]


def flagged(text: str, guard: Guard = GUARD) -> list[str]:
    return [f.text for f in guard.scan(text)]


def test_new_categories_are_part_of_the_contract() -> None:
    assert "indirect" in CATEGORIES and "affiliation" in CATEGORIES


# ---------------------------------------------------------------- identification by elimination
@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("The only paediatrician at the meeting said clinics turn families away.", "only"),
        ("Jedina psihijatrica na konferenciji je rekla da lekova nema.", "Jedina psihijatrica"),
        ("Једини тужилац међу нама је рекао да закон није јасан.", "Једини тужилац"),
        ("The youngest volunteer asked who pays for the buses.", "youngest volunteer"),
        ("Najstarija aktivistkinja je podsetila na devedesete.", "Najstarija aktivistkinja"),
        ("The last speaker before the break said the shelters are full.", "last speaker"),
        ("Poslednja govornica je rekla da niko ne odgovara.", "Poslednja govornica"),
        ("Our host thanked the donors for the buses.", "host"),
        ("The convener closed the day with three questions.", "convener"),
        ("Moderator je prekinuo raspravu posle sat vremena.", "Moderator"),
        ("Izvestiteljka je pročitala zaključke grupe.", "Izvestiteljka"),
        ("Whoever chaired the Wednesday panel promised a written answer.", "chaired"),
        ("Onaj ko je predsedavao panelom obećao je pismeni odgovor.", "Onaj ko"),
        ("The keynote speaker compared the camps to 2015.", "keynote"),
        ("The midwife from the Obrenovac camp said births are not registered.", "midwife"),
        ("The Arabic interpreter who works nights said the boys do not sleep.", "interpreter"),
        ("The three lawyers from the appeals clinic said decisions come late.", "three lawyers"),
        ("Psihološkinja iz prihvatilišta u Šidu kaže da deca ne spavaju.", "Psihološkinja"),
        ("Advokat koji zastupa sve maloletnike na jugu kaže da sudovi kasne.", "Advokat"),
        ("Ja kao sudija koja vodi sve maloletničke predmete u okrugu vidim isto.", "sudija"),
        ("The woman from the Roma women's network said no one asks them.", "woman"),
    ],
)
def test_identification_by_elimination_is_flagged(text: str, needle: str) -> None:
    found = [f for f in GUARD.scan(text) if f.category == "indirect"]
    assert found, text
    assert any(needle in f.text for f in found), (text, [f.text for f in found])
    assert all(f.severity == "medium" and "by elimination" in f.reason for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Only one psychiatrist covers all the camps in the north.",
        "Jedan advokat je rekao da sudovi kasne.",
        "One interpreter said the boys do not sleep.",
        "Several lawyers said decisions come late.",
        "Lawyers say the courts are slow.",
        "The only way forward is a guardian in every municipality.",
        "Jedino što ostaje je da čekamo.",
        "Prvi put smo čuli za ovaj problem 2016.",
        "The first time families arrive they need food, not forms.",
        "Host communities in the north are tired.",
        "The keynote session started late.",
        "The UN Special Rapporteur on migrants has written about pushbacks.",
        "Participants from the ministry said the budget is gone.",
        "Predstavnik jedne organizacije je pitao ko plaća prevodioce.",
        "Učesnica je rekla da je problem u novcu.",
        "A participant said the forms are only in Serbian.",
        "Children who arrive alone need a guardian within a day.",
        "Ispred centra su čekale porodice sa decom.",
        "The judge must hear the child before deciding.",
    ],
)
def test_indefinite_plural_and_general_statements_are_left_alone(text: str) -> None:
    assert "indirect" not in categories(text), (text, flagged(text))


def test_the_reason_quotes_the_description() -> None:
    (f,) = GUARD.scan("The only paediatrician at the meeting said clinics are full.")
    assert f.reason.startswith("may identify a participant by elimination")
    assert "'The only paediatrician at the meeting'" in f.reason


# ---------------------------------------------------------------- sector-level affiliation
@pytest.mark.parametrize(
    "text",
    [
        "A ministry representative said the budget is gone.",
        "A UN official warned that funding ends in March.",
        "Someone from civil society asked for the data.",
        "Predstavnica lokalne samouprave je rekla da novca nema.",
        "Neko iz ministarstva je obećao odgovor.",
        "Службеник општине је рекао да нема преводилаца.",
        "A police officer explained the procedure at the border.",
    ],
)
def test_sector_level_affiliation_only_when_the_event_asks(text: str) -> None:
    strict = Guard(TERMS, affiliation=True)
    found = [f for f in strict.scan(text) if f.category == "affiliation"]
    assert found and all(f.severity == "low" for f in found), text
    assert "affiliation" not in categories(text)  # off by default


@pytest.mark.parametrize(
    "text",
    [
        "The government must act now.",
        "Participants agreed on three points.",
        "Ministarstvo je objavilo nove smernice.",
    ],
)
def test_sector_words_without_a_person_are_not_affiliation(text: str) -> None:
    assert "affiliation" not in categories(text, Guard(TERMS, affiliation=True))


# ---------------------------------------------------------------- forms of listed terms
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stankovićka je opet tražila budžet.", "Stankovićka"),
        ("Со Станковићком смо разговарали јуче.", "Станковићком"),
        ("Both Rahimzais asked about family reunification.", "Rahimzais"),
        ("Tešanovitj je obećao odgovor.", "Tešanovitj"),
        ("We wrote to Tešano-\nvić about the numbers.", "Tešano-\nvić"),
        ("Pisali smo OHRu i RASu o tome.", "OHRu"),
        ("U OHR-u rade dva pravnika.", "OHR"),
        ("The ombudsperson's team will visit in May.", "ombudsperson's team"),
        ("Petar Palić je govorio o žalbama.", "Petar Palić"),
        ("Razgovarali smo sa Palićem o žalbama.", "Palićem"),
        ("Palić said the appeals are stuck.", "Palić"),
        ("The Putokaz team and Korak napred both ended in March.", "Korak napred"),
        ("Korak Napred je završen u martu.", "Korak Napred"),
    ],
)
def test_forms_of_listed_terms_are_found(text: str, expected: str) -> None:
    assert any(expected in f or f in expected for f in flagged(text)), (text, flagged(text))


@pytest.mark.parametrize(
    "text",
    [
        "Na Paliću je leti smešteno nekoliko porodica.",  # a place, not the surname
        "The Palić lake area has two guesthouses.",
        "Ko god nađe dete na ulici mora da ga prijavi.",  # "nađe" is not the alias Nađ
        "Kad nađu smeštaj, porodice ostanu mesecima.",
        "Zora je svanula pre nego što su stigli.",  # dawn, not the association
        "A field trip was cancelled because of the rain.",  # "field", not Helen Field
        "Korak napred za ove porodice je stan, ne radionica.",  # a common phrase
        "It is a step forward for these families.",
    ],
)
def test_ordinary_words_that_look_like_forms_of_terms_are_left_alone(text: str) -> None:
    assert flagged(text) == [], text


# ---------------------------------------------------------------- given names that are words
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Helen Field's point about the deadline was taken up.", "Helen Field's"),
        ("Field reminded us that registration is not protection.", "Field"),
        ("Field's remark on the deadline was taken up.", "Field's"),
    ],
)
def test_homonyms_count_with_a_sign_of_a_person(text: str, expected: str) -> None:
    assert any(expected in f for f in flagged(text)), (text, flagged(text))


def test_a_given_name_that_is_a_word_needs_person_context_at_the_start() -> None:
    guard = Guard([Term("Vera Lukač", "person")])
    assert flagged("Vera je podsetila na rokove.", guard) == ["Vera"]
    assert flagged("Vera's remark was taken up.", guard) == ["Vera's"]
    assert flagged("Vera u institucije je mala.", guard) == []


# ---------------------------------------------------------------- titles
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sister Agnes said the shelter cannot take boys.", "Sister Agnes"),
        ("Father Dominik runs the soup kitchen.", "Father Dominik"),
        ("Imam Yusuf explained the Friday collections.", "Imam Yusuf"),
        ("Hodža Ramiz je rekao da džamija prima porodice.", "Hodža Ramiz"),
        ("Časna sestra Marta kaže da nema mesta.", "sestra Marta"),
        ("Advokatica Jevtić je rekla da sudovi kasne.", "Advokatica Jevtić"),
    ],
)
def test_religious_and_professional_titles_before_a_name(text: str, expected: str) -> None:
    assert any(expected in f for f in flagged(text)), (text, flagged(text))


def test_serbian_imam_is_i_have() -> None:
    assert "honorific" not in categories("Imam Marka u timu i on zna sve.", Guard())
    assert "honorific" in categories("Imam Marko led the prayers.", Guard())


# ---------------------------------------------------------------- self-identification
@pytest.mark.parametrize(
    "text",
    [
        "My colleagues and I at the drop-in centre saw twelve boys last week.",
        "Moje kolege i ja iz udruženja smo to prijavili.",
        "Kod nas u prihvatilištu deca spavaju u hodniku.",
        "I run the legal team of a small NGO.",
        "Ja vodim sigurnu kuću već pet godina.",
        "Ja sam ovde ispred opštine, pa mogu da kažem da novca nema.",
        "Mi iz sigurne kuće smo odbili dve majke.",
    ],
)
def test_self_identification_in_everyday_phrasing(text: str) -> None:
    assert "self_reference" in categories(text), (text, flagged(text))


# ---------------------------------------------------------------- published sources
@pytest.mark.parametrize(
    "text",
    [
        "OHR guidelines say the child must be heard first.",
        "According to RAS's 2022 report, most arrivals are boys.",
        "Prema izveštaju RAS-a iz 2021. godine, većina dece nema dokumente.",
        "Smernice OHR-a preporučuju procenu pri prvom kontaktu.",
    ],
)
def test_an_organisation_cited_as_author_of_published_guidance_or_dated_report(text: str):
    assert "organisation" not in categories(text), (text, flagged(text))


@pytest.mark.parametrize(
    "text",
    [
        "RAS's annual report lists 61 victims.",  # undated: may have been handed round today
        "Podaci RAS-a pokazuju porast.",  # data shared in the room
        "RAS said the report is late.",
    ],
)
def test_an_organisation_with_data_or_an_undated_report_is_still_flagged(text: str) -> None:
    assert "organisation" in categories(text), (text, flagged(text))


# ---------------------------------------------------------------- names not on the list
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fatemeh Karimzadeh interpreted for the whole afternoon.", "Fatemeh Karimzadeh"),
        ("Besim Gashi je govorio o izvodima iz matične knjige.", "Besim Gashi"),
        ("Ahmad Wazirzada asked about the buses.", "Ahmad Wazirzada"),
        ("Szabó Katalin je predložila letak na mađarskom.", "Szabó Katalin"),
        ("Тарик Мансур је питао ко плаћа медијаторе.", "Тарик Мансур"),
        ("Zsuzsanna Farkasné translated the leaflet.", "Zsuzsanna Farkasné"),
    ],
)
def test_unlisted_given_surname_pairs_from_the_gazetteer(text: str, expected: str) -> None:
    found = Guard().scan(text)
    assert any(f.text == expected and f.category == "person" for f in found), (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "Grace Period rules apply to late appeals.",
        "Mala Bosna and Bikovo are villages near Subotica.",
        "Sofia Airport closed for a day.",
        "Nova Gradiška and Novi Sad both have shelters.",
    ],
)
def test_place_and_thing_names_are_not_unlisted_people(text: str) -> None:
    assert "person" not in categories(text, Guard()), (text, flagged(text, Guard()))


def test_unlisted_names_metrics_on_our_clean_cases_before_it_is_on() -> None:
    """The gazetteer rule alone, on every clean remark of the team's own cases and the shared
    sample: it was switched on (guard.UNLISTED_NAMES) only because this stays at zero."""
    from pathlib import Path

    from guard_scoring import load_cases

    from roundtable_app.guard.names import gazetteer_candidates
    from roundtable_app.guard.normalise import fold
    from roundtable_app.guard.tokens import Tokens

    data = Path(__file__).parent / "data"
    cleans = [
        c
        for name in ("cases.jsonl", "more_cases.jsonl")
        for c in load_cases(data / name)
        if not c.expect
    ]
    false_alarms = [c.text for c in cleans if gazetteer_candidates(Tokens.of(fold(c.text)))]
    print(f"\nunlisted-names rule alone: {len(false_alarms)}/{len(cleans)} clean remarks flagged")
    assert len(cleans) >= 150
    assert false_alarms == []
