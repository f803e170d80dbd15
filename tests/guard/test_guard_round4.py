"""The guard's fourth round: the classes of failure the fifth held-out set showed, rule by rule,
on cases of our own (other names, other organisations, other wording, both scripts).

Each rule has remarks it must flag and look-alikes it must leave alone. Nothing here is taken
from a held-out set: those measure generalisation, these pin the rules down.
"""

from __future__ import annotations

import pytest

from roundtable_app.guard import Guard, Term

TERMS = [
    Term("Olive Mercer", "person"),  # Olive: an ordinary word as well
    Term("Ljiljana Sremac", "person", ("Љиљана Сремац",)),
    Term("UNHCR", "organisation"),
    Term("Mreža podrške Sidro", "organisation", ("SIDRO",)),  # sidro: an anchor
    Term("Sigurna kuća Golubica", "organisation", ("Golubica",)),  # golubica: a dove
    Term("Krila leptirica", "other", ("Крила лептирица",)),  # a programme of ordinary words
    Term("pokrajinski sekretar za socijalnu politiku", "role"),
    Term("branilac po službenoj dužnosti", "role", ("бранилац по службеној дужности",)),
]
GUARD = Guard(TERMS)


def found(text: str, guard: Guard = GUARD) -> list[tuple[str, str]]:
    return [(f.text, f.category) for f in guard.scan(text)]


def flagged(text: str, guard: Guard = GUARD) -> list[str]:
    return [f.text for f in guard.scan(text)]


# ------------------------------------------------ an organisation as the author of a publication
@pytest.mark.parametrize(
    "text",
    [
        "Istraživanje UNHCR-a o deci bez pratnje iz 2021. navodi se kao izvor.",
        "The UNHCR-led assessment from 2020 counted 300 children.",
        "UNHCR's 2022 protection monitoring report found the same gaps.",
        "Deca čekaju mesecima (UNHCR, 2021).",
        "Ta procena (UNHCR 2019: 14) i dalje važi.",
        "Uputstvo pokrajinskog sekretara za socijalnu politiku iz 2021. se ne primenjuje.",
    ],
)
def test_a_dated_publication_of_an_organisation_or_office_is_a_citation(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "UNHCR presented a report in 2022 to this group.",  # the organisation acting here
        "Istraživanje koje je UNHCR predstavio nije objavljeno.",
        "Ovde je bio i UNHCR (dvoje ljudi).",  # brackets, but no author-date citation
        "Pokrajinski sekretar za socijalnu politiku je rekao da uputstvo ne važi.",
    ],
)
def test_an_organisation_or_office_acting_in_the_room_is_still_found(text: str) -> None:
    assert any(cat in ("organisation", "role") for _, cat in found(text))


# ------------------------------------------------ programme names in sentence case
def test_a_sentence_case_programme_name_opening_a_sentence_reads_as_ordinary_words() -> None:
    assert found("Krila leptirica su obojena jarkim bojama.") == []
    assert found("Крила лептирица су обојена јарким бојама.") == []


def test_a_sentence_case_programme_name_written_as_a_name_is_found() -> None:
    assert flagged("Deca su upisana u program Krila leptirica prošle jeseni.") == [
        "Krila leptirica"
    ]
    assert flagged("Уписали смо их у Крила лептирица.") == ["Крила лептирица"]


# ------------------------------------------------ a name in lower case after a determiner
def test_a_listed_name_in_lower_case_after_a_determiner_is_the_ordinary_word() -> None:
    assert found("Farmers sell their olive harvest at the border market.") == []
    assert found("The olive groves near the camp were cut down.") == []


def test_a_listed_name_without_a_determiner_still_counts_in_lower_case() -> None:
    assert "olive" in flagged("We agreed with olive after the break.")
    assert "Olive" in flagged("Olive said the buses stop at nine.")
    assert flagged("razgovarali smo sa ljiljana sremac posle pauze") == ["ljiljana sremac"]
    # Serbian names take possessives ("naša Ljiljana"): a given name stays a name after one.
    assert "ljiljana" in flagged("to je naša ljiljana, ona vodi zapisnik")


# ------------------------------------------------ an organisation in an affiliation frame
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Someone from Sidro said the hotline is closed at night.", "Sidro"),
        ("A colleague at Sidro explained the referral form.", "Sidro"),
        ("iz golubice su rekli da nemaju mesta.", "golubice"),
        ("Ljudi iz golubice kažu da su puni.", "golubice"),
    ],
)
def test_an_organisation_word_after_from_with_a_speaker_is_the_organisation(
    text: str, name: str
) -> None:
    assert (name, "organisation") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sidro je bačeno, brod stoji.",  # the anchor, opening a sentence
        "Most of us agreed.",
        "Na prozor je sletela golubica.",  # the dove
        "Videli smo golubice u parku iza centra.",
        "The word sidro means anchor.",
        "People at golubica said nothing.",  # lower case after "at": a place, not a body
    ],
)
def test_the_ordinary_word_outside_an_affiliation_frame_is_left_alone(text: str) -> None:
    assert "organisation" not in [cat for _, cat in found(text)]


# ------------------------------------------------ institutions of the justice sector
@pytest.mark.parametrize(
    "text",
    [
        "I work at the prosecution in Kraljevo and see these files daily.",
        "Radim u tužilaštvu i svaki dan vidim ove spise.",
        "Радим у тужилаштву већ десет година.",
        "The three of us from the Governor's office will write to the ministry.",
        "We at the court never see the child.",
    ],
)
def test_working_at_a_justice_institution_is_self_identification(text: str) -> None:
    assert "self_reference" in [cat for _, cat in found(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The prosecution must file within thirty days.",
        "Tužilaštvo mora da podnese zahtev u roku.",
        "The three of us from Kraljevo took the same bus.",  # a town, not an employer
        "Lawyers speak on behalf of refugees in court.",  # not the speaker's own court
    ],
)
def test_justice_institutions_named_by_others_are_left_alone(text: str) -> None:
    assert "self_reference" not in [cat for _, cat in found(text)]


# ------------------------------------------------ a counted handful from one body
@pytest.mark.parametrize(
    "text",
    [
        "Njih trojica iz KIRS-a su rekli da nema mesta.",
        "Њих двоје из Црвеног крста су остали до краја.",
        "The two of them from the Commissariat left before lunch.",
        "Obe predstavnice Crvenog krsta su tražile zapisnik.",
    ],
)
def test_a_counted_group_from_a_named_body_may_identify_by_elimination(text: str) -> None:
    assert "indirect" in [cat for _, cat in found(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Njih dvoje iz sela su došli peške.",  # a kind of place
        "Both of them from Kraljevo said the road is closed.",  # a town
        "Obe predstavnice su rekle isto.",  # nobody named
        "The two of us are late.",
    ],
)
def test_a_count_without_a_named_body_is_left_alone(text: str) -> None:
    assert "indirect" not in [cat for _, cat in found(text)]


# ------------------------------------------------ order of speaking by a relative clause
@pytest.mark.parametrize(
    "text",
    [
        "The last one who spoke said the shelter has no interpreter.",
        "The first to take the floor asked for the figures.",
        "Prva koja se javila za reč tražila je podatke.",
        "Последњи који је говорио рекао је да нема тумача.",
    ],
)
def test_the_first_or_last_to_speak_is_identification_by_elimination(text: str) -> None:
    assert "indirect" in [cat for _, cat in found(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The first who arrived opened the windows.",
        "The first to take a break was the interpreter's turn.",
        "Prvi put smo imali prevod na romski.",
        "Poslednji koji je stigao autobus bio je pun.",
    ],
)
def test_first_and_last_of_other_things_are_left_alone(text: str) -> None:
    assert "indirect" not in [cat for _, cat in found(text)]


# ------------------------------------------------ the vocalised l of -lac nouns
def test_a_role_in_lac_is_found_in_its_vocalised_case_forms() -> None:
    assert flagged("Braniocu po službenoj dužnosti nisu dali spis.") == [
        "Braniocu po službenoj dužnosti"
    ]
    assert flagged("Разговарали смо са браниоцем по службеној дужности.") == [
        "браниоцем по службеној дужности"
    ]


def test_the_plural_of_a_role_in_lac_is_the_class_of_officials() -> None:
    assert found("Branioci po službenoj dužnosti su preopterećeni svuda.") == []


# ------------------------------------------------ Serbian words for the dot and @
def test_an_address_spelled_with_tacka_or_majmunce_is_contact() -> None:
    assert found("Pišite na kontakt (at) primer (tačka) rs do petka.") == [
        ("kontakt (at) primer (tačka) rs", "contact")
    ]
    assert ("info (majmunče) primer (tačka) org", "contact") in found(
        "Adresa je info (majmunče) primer (tačka) org."
    )


def test_the_word_tacka_in_a_sentence_is_no_address() -> None:
    assert found("Na kraju stoji tačka, a ne zarez (tačka je obavezna).") == []


# ------------------------------------------------ unlisted names: particles and origin
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Yasmin bin Tariq asked who pays for the translation.", "Yasmin bin Tariq"),
        ("Karim el-Haddadi, an engineer, fixed the boiler.", "Karim el-Haddadi"),
        ("Ingrid van Leeuwen thinks the camp will close.", "Ingrid van Leeuwen"),
    ],
)
def test_a_given_name_with_a_surname_particle_is_a_name(text: str, name: str) -> None:
    assert name in flagged(text, Guard())


def test_a_particle_before_a_lower_case_word_is_no_surname() -> None:
    assert "person" not in [c for _, c in found("Samira de facto runs the office.", Guard())]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Senada iz Tutina kaže da nema autobusa.", "Senada"),
        ("Amina iz Novog Pazara smatra da je rok kratak.", "Amina"),
        ("Farida from the night shelter says the beds are full.", "Farida"),
    ],
)
def test_a_given_name_then_where_its_bearer_is_from_then_a_verb_is_a_person(
    text: str, name: str
) -> None:
    assert name in flagged(text, Guard())


@pytest.mark.parametrize(
    "text",
    [
        "Vlade iz regiona kažu da nema novca.",  # governments
        "Niko iz opštine ne zna koliko ih ima.",  # nobody
        "Senada iz Tutina je ime koje se često čuje.",  # no verb of a person
    ],
)
def test_an_origin_adjunct_without_a_person_is_no_name(text: str) -> None:
    assert "person" not in [c for _, c in found(text, Guard())]


# ------------------------------------------------ a given name introduced by an apposition
def test_a_given_name_that_is_an_ordinary_word_is_a_person_with_an_apposition() -> None:
    assert "Joy" in flagged("Joy, the interpreter from Lagos, said the forms are wrong.", Guard())
    assert "Grace" in flagged("Grace, a nurse at the clinic, asked for gloves.", Guard())


@pytest.mark.parametrize(
    "text",
    [
        "Hope, the word of the day, was everywhere.",
        "Grace, as a virtue, matters to everyone here.",
        "Joy was the mood of the evening.",
    ],
)
def test_an_ordinary_word_with_an_apposition_about_a_thing_is_left_alone(text: str) -> None:
    assert "person" not in [c for _, c in found(text, Guard())]
