"""The guard's twenty-third round: general rules for the classes of failure held-out sets 28
and 29 showed (read after their unseen scores after round 22 were recorded), each pinned down
here on remarks of our own: remarks each rule must flag and look-alikes it must leave alone.

- Left alone: "Vlada je (prošle godine) usvojila"; "Dan posle posete", "Dan škole", "Dan D";
  a dated report named by the body's hyphenated possessive ("Praxis-ov izveštaj ... iz
  2021"); a report said to be published; a body that documents or publishes as a habit;
  "the X primary school", "the X kindergarten", "X street" after a Serbian genitive, "salu
  'X'", "the statue of X", "the hall bore the name of X", "X je, kao osnivač ..., citiran",
  "'Title' by X"; a child in an apposition ("Saša, a boy from the case study"); a given name in
  a remark that says the name was changed ("ime je izmenjeno", "the name was changed").
- Found now: an interpreter for a language ("Tumač za rumunski je morao", "The interpreter
  for Romanian had to"); "Lejla, najmlađa od svih"; a superlative who would not commit ("nije
  hteo da").

Nothing here is taken from a held-out set: those measure generalisation, these pin the rules.
"""

from __future__ import annotations

import pytest

from roundtable_app.guard import Guard, Term

TERMS = [
    Term("Vladan Perić", "person", ("Vlada",)),
    Term("Dan Miller", "person", ("Dan",)),
    Term("Praxis", "organisation", ()),
    Term("Ana Petrović", "person", ("Petrović",)),
    Term("Marko Ilić", "person", ("Ilić",)),
    Term("Saša Nikolić", "person", ("Saša",)),
    Term("Jovana Lukić", "person", ("Jovana",)),
]
GUARD = Guard(TERMS)


def found(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.category) for f in GUARD.scan(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Vlada je prošle godine usvojila uredbu o smeštaju.",
        "Dan posle posete bio je posvećen školama.",
        "Praxis-ov izveštaj o deci bez dokumenata iz 2020. je citiran.",
        "The new Praxis report on statelessness, published in May, was recommended.",
        "Praxis javno dokumentuje slučajeve apatridije godinama.",
        "Children from the camp attend the Ana Petrović primary school.",
        "The Marko Ilić kindergarten takes every child.",
        "We walked to Ane Petrović street after lunch.",
        "Sastanak je pomeren u salu 'Marko Ilić' na prvom spratu.",
        "We met near the statue of Marko Ilić in the square.",
        "The hall bore the name of Jovan Ilić, the jurist.",
        "Stevan Ilić je, kao osnivač društva, citiran u raspravi.",
        "She recommended 'The House of Exile' by Ana Petrović as a novel.",
        "Saša, a boy from the case study, lives with foster parents.",
        "Jovana, devojčica iz studije slučaja, ide u školu; ime je izmenjeno.",
    ],
)
def test_look_alikes_are_left_alone(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "part", "category"),
    [
        ("Tumač za arapski je morao da pravi pauze.", "Tumač za arapski", "indirect"),
        ("The interpreter for Farsi had to stop twice.", "The interpreter for Farsi", "indirect"),
        ("Jovana, najmlađa od svih, pitala je za školu.", "najmlađa od svih", "indirect"),
        ("Jedini predstavnik donatora nije hteo da se obaveže.", "Jedini predstavnik",
         "indirect"),
    ],
)  # fmt: skip
def test_the_rule_finds_what_it_should(text: str, part: str, category: str) -> None:
    assert any(part in f.text and f.category == category for f in GUARD.scan(text)), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Vlada je rekao da nema para.",
        "Dan said the day after was hard.",
        "Praxis je rekao da nema podataka.",
        "Ana Petrović said the school has no psychologist.",
        "Petrović je rekla da su imena izmenjena.",  # a surname stays
    ],
)
def test_the_person_or_body_is_still_found(text: str) -> None:
    assert found(text), text


@pytest.mark.parametrize(
    "text",
    ["Tumač za farsi i paštu nedostaje u centru.", "Nema tumača za arapski."],
)
def test_a_post_wanted_is_no_one(text: str) -> None:
    assert found(text) == []


# What a review of rounds 19 to 23 found: rules that left a listed person or a clear
# identification alone in an ordinary sentence. Each must be found again.
REVIEW_TERMS = [
    Term("Ana Petrović", "person", ("Petrović",)),
    Term("Milan Jovanović", "person", ("Jovanović", "Milan")),
    Term("Milica Savić", "person", ("Milica",)),
    Term("Dan Ilić", "person", ("Dan",)),
    Term("Vladimir Ilić", "person", ("Vlada",)),
    Term("Praxis", "organisation", ()),
    Term("psihološkinja", "role", ()),
]
REVIEW_GUARD = Guard(REVIEW_TERMS)


@pytest.mark.parametrize(
    "text",
    [
        "According to Petrović, the police were not present.",
        "Milica was not there at first but joined later and said the list is full.",
        "The interpreter for Romanian said the minister was not present.",
        "Petrović nije bila prisutna.",  # a listed participant named is named
        "Petrović is the city's new coordinator.",
        "Petrović was one of the town's two doctors.",
        "Milica je rekla da je zakon izmenjen.",
        "Milan said the names were changed in the files.",
        "Ana Petrović, Centre for Social Work, said the waiting list is long.",
        "Milan Jovanović je osnivač udruženja i rekao je da nema novca.",
        "Jovanović je arhitekta u opštini.",
        "Ana Petrović je kao arhitekta objasnila plan.",
        "Prema Petroviću, dete iz Avganistana ne ide u školu.",
        "„Nema tumača“ Milica je ponovila dva puta.",
        "Key quote: 'We need interpreters' by Ana Petrović.",
        "Šta biste Petroviću rekli na to?",
        "Na ploči Ana Petrović je napisala tri tačke.",
        "Dan first presented the data.",
        "At last Dan agreed.",
        "Vlada je rekao da škola nema novca.",
        "Praxis's report on public health services was presented by their lawyer.",
        "Praxis-ov izveštaj o javnom zdravlju predstavila je njihova pravnica.",
        "Praxis's report, which their lawyer presented here last year, shows long waits.",
        "Praxis documented pushbacks and presented its report to us today.",
        "When the director of the Leskovac centre spoke, the room went quiet.",
        "Jedna psihološkinja iz Praxisa rekla je da nema mesta.",
        "We thanked the interpreter for Romanian.",
        "Zahvalili smo se tumaču za rumunski.",
        "The women sent by the embassy asked about visas.",
    ],
)
def test_review_still_found(text: str) -> None:
    assert REVIEW_GUARD.scan(text), text


def test_review_a_boy_who_wanted_to_go_to_school_is_no_one() -> None:
    assert REVIEW_GUARD.scan("Najmlađi dečak u centru hteo je da ide u školu.") == []


def test_a_pair_of_initials_keeps_its_body_in_the_sentence() -> None:
    """ "N.T. (UNHCR) je rekao": the stop after the second initial ends no sentence, so the
    listed body in the bracket stays with the person."""
    guard = Guard([Term("Nikola Todorović", "person", ()), Term("UNHCR", "organisation", ())])
    found_here = [(f.text, f.category) for f in guard.scan("N.T. (UNHCR) je rekao da nema mesta.")]
    assert ("N.T.", "person") in found_here and ("UNHCR", "organisation") in found_here
