"""The guard's seventh round: general rules for the classes of failure the eighth held-out set
showed, each pinned down here on remarks of our own (other names, other bodies, other wording,
both scripts): remarks each rule must flag and look-alikes it must leave alone.

Nothing here is taken from a held-out set: those measure generalisation, these pin the rules.
"""

from __future__ import annotations

import pytest

from roundtable_app.guard import Guard, Term

TERMS = [
    Term("Joy Bennett", "person", ("Joy",)),
    Term("Rose Palmer", "person"),
    Term("Mark Wells", "person"),
    Term("Bojana Lazić", "person", ("Boka",)),
    Term("Nikola Perić", "person", ("Džoni", "Джони")),
    Term("Will Stanton", "person"),
    Term("UNFPA", "organisation", ("УНФПА", "Populacioni fond UN")),
    Term("UNHCR", "organisation", ("УНХЦР",)),
    Term("Ministarstvo zdravlja", "organisation", ("MZ", "МЗ", "Ministry of Health")),
    Term("Atina", "organisation", ("Атина", "Udruženje Atina")),
    Term("ASTRA", "organisation", ("АСТРА",)),
    Term("moderator", "role", ("moderatorka", "модератор", "модераторка")),
    Term("sudija za prekršaje", "role", ("судија за прекршаје", "misdemeanour judge")),
    Term("tužilac za ratne zločine", "role", ("тужилац за ратне злочине",)),
    Term("host", "role", ("domaćin", "domaćica", "домаћин", "домаћица")),
]
GUARD = Guard(TERMS)


def flagged(text: str, guard: Guard = GUARD) -> list[str]:
    return [f.text for f in guard.scan(text)]


def categories(text: str) -> list[str]:
    return [f.category for f in GUARD.scan(text)]


# ------------------------------------ a public body's conventions and dated statistics are public
@pytest.mark.parametrize(
    "text",
    [
        "The UNFPA Minimum Standards Convention was cited as the basis for the shelters.",
        "Konvencija UNHCR-a o statusu apatrida navedena je kao osnov.",
        "Протокол уз Конвенцију УНХЦР-а поменут је као стандард.",
        "UNHCR data from 2022 show that most arrivals are families.",
        "Statistika Ministarstva zdravlja iz 2020. ne obuhvata privatne klinike.",
        "A 2021 MZ statistic on maternal deaths was questioned by several people.",
    ],
)
def test_a_public_bodys_treaty_or_dated_statistic_is_a_document(text: str) -> None:
    assert flagged(text) == []


def test_a_public_bodys_undated_statistic_is_a_source_an_associations_is_not() -> None:
    # Round 11 turned this round's rule round: a public body's data, dated or not, are a
    # source anyone may cite (later held-out sets label "UNHCR figures show..." clean). An
    # association's data may have been handed out in the room by the one who said so.
    assert flagged("Podaci UNHCR-a pokazuju porast.") == []
    assert flagged("Predstavnica UNHCR-a je rekla da podaci pokazuju porast.") == ["UNHCR"]
    assert flagged("ASTRA data from 2022 show a rise in referrals.") == ["ASTRA"]


# --------------------------------------------------- toll-free numbers belong to public services
@pytest.mark.parametrize(
    "text",
    [
        "The national helpline 0800 100 007 answers around the clock.",
        "SOS линија 0800 222 333 ради и викендом.",
        "Besplatan broj je 0800-360-300, rečeno je.",
    ],
)
def test_a_toll_free_number_is_no_ones_contact(text: str) -> None:
    assert flagged(text) == []


def test_an_ordinary_phone_number_is_still_a_contact() -> None:
    assert categories("Call her on 064 123 4567 after six.") == ["contact"]


# ----------------------------------------------------- an event role said of anyone, or of many
@pytest.mark.parametrize(
    "text",
    [
        "Every workshop with parents needs a moderator who speaks Albanian, someone said.",
        "The next meeting should open with a keynote on data protection, one participant said.",
        "Domaćin u seoskoj kući obično odlučuje o školovanju dece, objasnio je neko.",
        "Домаћица у селу често нема ни здравствену књижицу.",
        "Predsedavajući mesnih zajednica retko znaju koliko dece nije upisano.",
    ],
)
def test_an_event_role_said_of_anyone_or_of_many_identifies_nobody(text: str) -> None:
    assert flagged(text) == []


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Domaćin je na kraju dana najavio novi sastanak.", "Domaćin"),
        ("Домаћица из министарства отворила је скуп.", "Домаћица"),
        ("Naša domaćica je zahvalila svima.", "domaćica"),
        ("The moderator said the session would run late.", "moderator"),
    ],
)
def test_the_host_of_this_event_is_still_one_person(text: str, part: str) -> None:
    assert any(part in f for f in flagged(text))


@pytest.mark.parametrize(
    "text",
    [
        "Sve sudije za prekršaje prošle su obuku o nasilju u porodici.",
        "Many misdemeanour judges have never heard of the protocol.",
        "Tužilaca za ratne zločine ima premalo u celoj zemlji.",
        "The UN Special Moderator on minority issues visited in 2019, someone recalled.",
    ],
)
def test_a_listed_role_in_the_plural_or_as_another_office_is_a_class(text: str) -> None:
    assert flagged(text) == []


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Sudija za prekršaje je rekla da rokovi nisu realni.", "Sudija za prekršaje"),
        ("Тужилац за ратне злочине је упозорио на застаревање.", "Тужилац за ратне злочине"),
        ("Pitali smo tužioca za ratne zločine za rokove.", "tužioca za ratne zločine"),
    ],
)
def test_the_one_holder_of_a_listed_role_is_still_found(text: str, part: str) -> None:
    assert part in flagged(text)


def test_a_description_told_by_someone_else_is_the_topic_not_the_source() -> None:
    text = "The oldest child in such families often becomes the translator, one participant said."
    assert flagged(text) == []
    assert flagged("The translator from the legal team said the forms are wrong.") == [
        "The translator from the legal team"
    ]


def test_a_description_with_a_clause_inside_keeps_its_verb_of_speaking() -> None:
    # Serbian "a" is "and": the verb after the clause is still the described person's.
    found = flagged("Čovek koji vodi svratište, a sedeo je pored prozora, kaže da nema mesta.")
    assert found and found[0].startswith("Čovek koji vodi svratište")


# --------------------------------------------------------- plurals of names that are ordinary words
def test_the_plural_of_a_given_name_that_is_an_ordinary_word_is_the_word() -> None:
    assert flagged("Wills and powers of attorney came up in the session on the elderly.") == []
    assert flagged("Two Bojanas spoke; Lazić asked about the deadlines.") == ["Bojanas", "Lazić"]


# ----------------------------------------------- a given-name homonym with the body it comes from
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Joy from the UNFPA office said the clinics have no interpreters.", "Joy"),
        ("Rose from the health centre argued for night shifts.", "Rose"),
        ("Boka iz ministarstva je kasnila na sesiju.", "Boka"),
        ("Джони из полиције је рекао да патрола долази касно.", "Джони"),
        ("Joy and Rose disagreed on whether to publish the figures.", "Joy"),
    ],
)
def test_a_homonym_with_its_body_or_beside_another_name_is_a_person(text: str, name: str) -> None:
    assert name in flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "There was joy from the whole room when the law passed.",
        "Joy and relief were the first reactions, the organisers said.",
    ],
)
def test_the_ordinary_word_stays_a_word(text: str) -> None:
    assert flagged(text) == []


def test_initials_that_are_an_abbreviation_count_only_of_a_person() -> None:
    guard = Guard([Term("Ana Mitić", "person")])
    assert flagged("A.M. from the ministry confirmed the new allowance.", guard) == ["A.M."]
    assert flagged("A.M. je rekla da se rok pomera.", guard) == ["A.M."]
    assert flagged("The session starts at 9 A.M. sharp.", guard) == []


# ---------------------------------------------------------------- identification by elimination
@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Kao neko ko vodi jedino svratište u gradu, rekla je da su kreveti puni.", "Kao neko ko"),
        ("Као неко ко потписује свако решење о смештају, рекао је да чека месецима.", "Као неко"),
        ("As someone who runs the night shelter, she said the beds are always full.", "As someone"),
        ("Only one participant works in a prison, and he said classes stopped in May.", "Only one"),
        ("Only one of us has visited the camp, and she described it as overcrowded.", "Only one"),
        ("The former detainee among the speakers said nobody explained his rights.", "The former"),
    ],
)
def test_a_description_that_leaves_one_person(text: str, part: str) -> None:
    found = GUARD.scan(text)
    assert [f.category for f in found] == ["indirect"]
    assert found[0].text.startswith(part)


@pytest.mark.parametrize(
    "text",
    [
        "Kao neko ko vodi računa o deci, mislim da roditelji moraju biti uključeni.",
        "As someone who has worked here for years, I think the rules are clear.",
        "Only one participant can speak at a time, the moderators reminded everyone.",
        "Among the participants there was broad agreement on the deadlines.",
    ],
)
def test_descriptions_of_anyone_are_left_alone(text: str) -> None:
    assert "indirect" not in categories(text)


# ------------------------------------------------------------- sector-level self-identification
@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Kao nevladin sektor, smatramo da su rokovi nerealni.", "Kao nevladin sektor"),
        ("Као локална самоуправа, ми немамо надлежност.", "Као локална самоуправа"),
        ("As UN agencies, we cannot comment on individual cases.", "As UN agencies"),
        ("As government officials, our hands are tied.", "As government officials"),
    ],
)
def test_speakers_who_name_the_sector_they_speak_for(text: str, part: str) -> None:
    found = GUARD.scan(text)
    assert [(f.text, f.category) for f in found] == [(part, "self_reference")]


@pytest.mark.parametrize(
    "text",
    [
        "Kao društvo, moramo više da uradimo za stare.",
        "As a society, we have failed these children.",
        "As civil society grows, the state must listen more.",
    ],
)
def test_speaking_for_everyone_names_no_sector(text: str) -> None:
    assert flagged(text) == []


# ----------------------------------------------------------------- handles written without the @
@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("Girls can write to sigurna_luka on Instagram, she said.", "sigurna_luka"),
        ("Na TikToku: glas.romkinja objavljuje svaki dan.", "glas.romkinja"),
        ("Follow mladi2024 on Facebook for the dates.", "mladi2024"),
    ],
)
def test_a_handle_next_to_its_network_is_a_contact(text: str, handle: str) -> None:
    found = GUARD.scan(text)
    assert [(f.text, f.category) for f in found] == [(handle, "contact")]


@pytest.mark.parametrize(
    "text",
    [
        "Message us on Instagram for the schedule.",
        "Recruiters post on Facebook e.g. fake job ads.",
        "They posted it on Instagram in 2023.",
    ],
)
def test_words_next_to_a_network_are_no_handle(text: str) -> None:
    assert flagged(text) == []
