"""The guard's sixth round: general rules for the classes of failure the seventh held-out set
showed, each pinned down here on remarks of our own (other names, other bodies, other wording,
both scripts): remarks each rule must flag and look-alikes it must leave alone.

Nothing here is taken from a held-out set: those measure generalisation, these pin the rules.
"""

from __future__ import annotations

import pytest

from roundtable_app.guard import Guard, Term
from roundtable_app.guard.entries import entries_for

TERMS = [
    Term("Snežana Đorđević", "person", ("Snezana Djordjevic", "Снежана Ђорђевић")),
    Term("Nebojša Ilić", "person", ("Небојша Илић",)),
    Term("Sead Hadžić", "person"),
    Term("Thomas Reed", "person"),
    Term("Vesna Kostić", "person"),
    Term("IOM", "organisation", ("International Organization for Migration", "MOM")),
    Term("PRAVO", "organisation", ("Pravo", "Udruženje Pravo")),
    Term("matična služba", "organisation", ("Матична служба",)),
    Term("sveštenik", "role", ("свештеник",)),
    Term("interpreter", "role", ("prevodilac", "преводилац")),
    Term("keynote speaker", "role", ("keynote",)),
]
GUARD = Guard(TERMS)


def flagged(text: str, guard: Guard = GUARD) -> list[str]:
    return [f.text for f in guard.scan(text)]


# ------------------------------------------------- short forms of a listed person's given name
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sneža je rekla da nema dovoljno mesta u prihvatilištu.", "Sneža"),
        ("Снежа је подсетила да рок истиче у петак.", "Снежа"),
        ("Neša said the hearing had been postponed twice.", "Neša"),
        ("Sejo je zamolio da mu pošaljemo zapisnik.", "Sejo"),
        ("Tom Reed argued that the shelter needs a second interpreter.", "Tom Reed"),
        ("We agreed with Veca that the forms are too long.", "Veca"),
    ],
)
def test_the_usual_short_form_of_a_listed_given_name_is_that_person(text: str, name: str) -> None:
    assert name in flagged(text)


def test_short_form_and_surname_are_one_finding_not_two() -> None:
    assert flagged("Tom Reed argued that the shelter needs a second interpreter.") == ["Tom Reed"]


def test_a_short_form_of_a_listed_name_that_is_an_ordinary_word_needs_a_person() -> None:
    # "Beba" (baby) is a short form of Nebojša; "Mila" (dear) of Milica, not listed here.
    guard = Guard([Term("Nebojša Ilić", "person")])
    assert flagged("Beba je plakala celu noć u prihvatnom centru.", guard) == []
    assert flagged("Beba je rekla da stiže sutra.", guard) == ["Beba"]


def test_a_list_that_already_carries_short_forms_is_taken_as_it_is() -> None:
    """A participants import lets the user drop a generated short form: the guard must not
    bring it back."""
    kept = Term("Snežana Đorđević", "person", ("Sneža",))
    spellings = {" ".join(e.words) for e in entries_for(kept)}
    assert "sneza" in spellings and "sneki" not in spellings
    bare = Term("Snežana Đorđević", "person")
    assert {"sneza", "sneki"} <= {" ".join(e.words) for e in entries_for(bare)}


def test_the_colloquial_feminine_of_a_surname_has_its_possessive() -> None:
    assert flagged("Prema Kostićkinim rečima, odluka je već doneta.") == ["Kostićkinim"]
    assert flagged("Kostićkin predlog je usvojen bez rasprave.") == ["Kostićkin"]


# ------------------------------------------------------------------ a person, by the words after
@pytest.mark.parametrize(
    "text",
    [
        "Vesna iz MOM-a je ponudila da pošalje spisak.",
        "Pravo je podelilo letke, a Vesna iz IOM-a se složila.",
    ],
)
def test_a_name_followed_by_the_body_they_come_from_is_a_person(text: str) -> None:
    assert "Vesna" in flagged(text)


# ------------------------------------------------------------ public documents and programmes
@pytest.mark.parametrize(
    "text",
    [
        "IOM-supported return programmes were discussed as one model.",
        "The IOM definition of trafficking was contrasted with the one in the law.",
        "Istraživanje koje je finansirao IOM 2021. i dalje se citira.",
    ],
)
def test_an_organisation_as_a_programmes_backer_or_a_definitions_author_is_public(
    text: str,
) -> None:
    assert flagged(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Istraživanje koje je IOM predstavio još nije objavljeno.",
        "IOM-led teams visited the camp, said the colleague.",
    ],
)
def test_an_organisation_acting_in_the_room_is_still_found(text: str) -> None:
    assert flagged(text) != []


# --------------------------------------------------------------------- words shouted in capitals
def test_an_acronym_among_other_words_in_capitals_is_emphasis() -> None:
    guard = Guard([Term("WHO", "organisation", ("World Health Organization",))])
    assert flagged("WHO, WHEN and WHERE a child is registered decides everything.", guard) == []
    assert flagged("WHO AND UNICEF both sent someone.", guard) == ["WHO"]


# ------------------------------------------------------------------------- court cases by name
@pytest.mark.parametrize(
    "text",
    [
        "Đorđević v. Croatia was cited as the leading case on disability harassment.",
        "Snežana Đorđević and Others v. Serbia shows how long such cases take.",
        "Presuda Snežana Đorđević protiv Srbije pomenuta je kao primer.",
    ],
)
def test_a_party_in_the_name_of_a_court_case_is_not_a_participant(text: str) -> None:
    assert flagged(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Snežana Đorđević said the case against Serbia is still pending.",
        "Snežana Đorđević protiv Nebojše Ilića, rekli su, nije fer poređenje.",
    ],
)
def test_a_person_named_beside_against_is_still_a_person(text: str) -> None:
    assert "Snežana Đorđević" in flagged(text)


# ------------------------------------------------------------- roles nobody there holds, plurals
@pytest.mark.parametrize(
    "text",
    [
        "Dve opštine su bez ijednog prevodioca za farsi.",
        "The centre has been without a single interpreter since May.",
        "Nijedan prevodilac nije bio dostupan tokom vikenda.",
        "Верски службеници, и хоџе и свештеници, први виде проблем.",
        "Keynote addresses at such events rarely mention returnees.",
        "A keynote-free format was suggested for next year.",
    ],
)
def test_a_role_nobody_holds_or_the_class_of_officials_is_not_a_person(text: str) -> None:
    assert flagged(text) == []


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Pisali smo o sveštenici iz Bujanovca.", "sveštenici"),
        ("The interpreter said the mother had no papers.", "interpreter"),
        ("Our keynote reminded everyone of the 2019 evictions.", "keynote"),
    ],
)
def test_one_person_in_a_role_is_still_found(text: str, part: str) -> None:
    assert any(part in f for f in flagged(text))


# ------------------------------------------------------------------- on whose behalf one speaks
@pytest.mark.parametrize(
    "text",
    [
        "I'm here for the ministry, so I can only say the money exists.",
        "We're here on behalf of the municipality and we support the plan.",
        "Ja sam ovde ispred grada i grad će platiti prevoz.",
        "Mi smo danas ispred pokrajine, pa ne možemo da obećamo.",
    ],
)
def test_speaking_on_behalf_of_a_public_authority_is_self_identification(text: str) -> None:
    assert flagged(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "Ispred grada je bila gužva, pa su neki kasnili.",
        "I'm here for the whole three days, so ask me anything.",
    ],
)
def test_in_front_of_the_city_or_here_for_days_is_nobody(text: str) -> None:
    assert flagged(text) == []
