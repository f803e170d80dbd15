"""The guard's twentieth round: general rules for the classes of failure held-out sets 22 and
23 showed (read after their unseen scores after round 19 were recorded), each pinned down here
on remarks of our own: remarks each rule must flag and look-alikes it must leave alone.

- Left alone: a case form of a table's short form that is an ordinary word ("Većina" of Veca),
  a surname alias's case form that is one at the start of a sentence ("Kiša je padala" of
  Kiš); "Dan" with an ordinal (a day of the programme); "the X school", "the X Y bridge", "the
  X Y quote" (English puts no article before a person); another bearer of a listed surname
  after a verb of citing, an era or a memorial ("citirao Stjepana Radića", "vreme Envera
  Hodže", "spomen-ploča Veljku Petroviću"); an architect in an apposition; an institution's
  name in quotes a few words after its kind; a dated newspaper article; an office's annual
  report; an office spoken of as an institution; an association named like a city, in that
  city's locative; "Vlada Srbije" (the government, not Vlada).
- Found now: a body committing itself ("UNHCR committed to", "UNHCR se obavezao"), "the most
  senior X present", "We from the city administration", "Jedini na panelu", "Najmlađa iz UN
  tima", "Paroh koji nas je ugostio", "Obe novinarke su obećale", "Norveška diplomatkinja
  kaže", "Naša ambasada", "Kao neko ko je sudio u ...", "X, moderating,", "The one the embassy
  sent", a superlative who refused to comment.

Nothing here is taken from a held-out set: those measure generalisation, these pin the rules.
"""

from __future__ import annotations

import pytest

from roundtable_app.guard import Guard, Term

TERMS = [
    Term("Vesna Lukić", "person", ("Lukić",)),
    Term("Ferenc Kiss", "person", ("Kiš", "Kiss")),
    Term("Dan Weller", "person", ("Dan",)),
    Term("Nora Petrović", "person", ("Petrović",)),
    Term("Mara Radić", "person", ("Radić",)),
    Term("Atina", "organisation", ("NVO Atina",)),
    Term("Vlada Lazić", "person", ("Vlada",)),
    Term("UNHCR", "organisation", ()),
    Term("zaštitnik građana", "role", ()),
    Term("Centar za socijalni rad Sombor", "organisation", ("CSR Sombor",)),
]
GUARD = Guard(TERMS)


def found(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.category) for f in GUARD.scan(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Većina učesnika bila je iz Vojvodine.",
        "Kiša nije prestajala pa je obilazak odložen.",
        "Dan prvi bio je posvećen zakonima.",
        "Day two ('Dan drugi') was about the courts.",
        "Children from the centre go to the Jovan Lukić school in Sombor.",
        "The Nora Bay bridge was a joke about building bridges.",
        "The Mara Hopkins quote on courage opened the session.",
        "Neko je citirao Stjepana Radića o pravdi.",
        "Vreme Envera Petrovića niko nije pominjao.",
        "Spomen-ploča Veljku Petroviću stoji kod škole.",
        "Milan Lukić, arhitekta spomenika, pomenut je u vezi sa sećanjem.",
        "Dom zdravlja za decu i omladinu „Dr Milan Lukić“ naveden je kao primer.",
        "A newspaper article from Dnevnik in 2021 described the camp.",
        "Godišnji izveštaj Zaštitnika građana ima poglavlje o deci.",
        "Zaštitnik građana kao institucija ima mandat da obilazi centre.",
        "Konferencija je održana u Atini prošle godine.",
        "Vlada Srbije je usvojila strategiju.",
    ],
)
def test_look_alikes_are_left_alone(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "part", "category"),
    [
        ("UNHCR pledged to pay for interpreters next year.", "UNHCR", "organisation"),
        ("UNHCR se obavezao da plati prevodioce.", "UNHCR", "organisation"),
        ("The most senior police officer present said nothing.", "The most senior police",
         "indirect"),
        ("We from the city administration cannot promise it.", "We from the city administration",
         "self_reference"),
        ("Jedini na panelu koji govori romski preveo je pitanje.", "Jedini na panelu",
         "indirect"),
        ("Najstarija iz pravnog tima kaže da je bilo gore.", "Najstarija iz pravnog tima",
         "indirect"),
        ("Sveštenik koji nas je ugostio rekao je da nema mesta.", "koji nas je ugostio",
         "indirect"),
        ("Obe psihološkinje su obećale supervizijski sastanak.", "Obe psihološkinje", "indirect"),
        ("Švedska diplomatkinja kaže da fond ostaje.", "Švedska diplomatkinja", "indirect"),
        ("Naša ambasada neće više plaćati smeštaj.", "Naša ambasada", "self_reference"),
        ("Kao neko ko je sudio u tim predmetima, znam koliko traju.", "Kao neko ko je sudio",
         "self_reference"),
        ("Vesna Lukić, moderating, closed the session early.", "moderating", "indirect"),
        ("The one the ministry sent said the law is ready.", "The one the ministry sent",
         "indirect"),
        ("Najviše rangirani predstavnik policije odbio je da komentariše.",
         "Najviše rangirani predstavnik", "indirect"),
    ],
)  # fmt: skip
def test_the_rule_finds_what_it_should(text: str, part: str, category: str) -> None:
    assert any(part in f.text and f.category == category for f in GUARD.scan(text)), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kiš je rekao da nema novca.",  # the surname itself, with a verb of speaking
        "Dan said the second day was hard.",
        "Neko je citirao Maru Radić o pravdi.",  # the listed person's own given name
        "U Atini radimo sa ženama.",  # the speakers in the association
        "Koleginica iz Atine je rekla da nema mesta.",
        "Vlada je rekao da nema para.",
    ],
)
def test_the_person_or_body_is_still_found(text: str) -> None:
    assert found(text), text


def test_a_path_that_led_somewhere_is_no_guide() -> None:
    assert found("Put koji nas je vodio kroz šumu bio je blatnjav.") == []
