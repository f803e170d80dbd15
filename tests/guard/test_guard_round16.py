"""The guard's sixteenth round: general rules for the classes of failure held-out set 18
showed (read after its unseen scores after rounds 11 to 15 were recorded), each pinned down
here on remarks of our own: remarks each rule must flag and look-alikes it must leave alone.

- One of a few: "one of the two police officers", "jedan od dvoje tužilaca"; "Both
  prosecutors stayed ..." (the pair the room knows, doing something there); "the second
  prosecutor, from Šabac,"; "the most senior official from Belgrade left ..." (placed, without
  a verb of speaking; not "the most famous person from Sombor"); any Serbian superlative near
  a person or the room ("Najiskusniji u sali"); "Jedina Kanađanka je rekla", "the only one here
  who works nights"; "Kao jedini pravnik za strance u ovom gradu, tražim ..." (the speaker).
- Event roles: "Ko god je vodio jutarnji panel", "koja je držala uvodno predavanje"; "Ona iz
  Šapca, iz ženske mreže, rekla je".
- Who came: a delegation or guests from somewhere that came, were welcomed or thanked; "došli
  su iz ..."; "bila je i ..."; a list headed "Present from ...:".
- Names: a given name that is an ordinary word, described in a bracket or an apposition with a
  person's noun ("Nada (the school pedagogue) said", "Sanja, patronažna sestra, obilazi"), or
  typed in lower case before a verb of speaking ("grace said"); two initials with a
  possessive ("DM's estimate").
- A public body in a sentence that goes on about the person just named ("Ana Ilić walked us
  through it. She said UNICEF would pay ...") is that person's body; "UNICEF flagged that ...".
- Left alone: "Case:" and other English words heading a note, "slava svetog Nikole", "the
  mediator programme", "nijednog prevodioca za farsi" (a role nobody holds there), "Zakon o
  zaštitniku građana" (a law's title).

Nothing here is taken from a held-out set: those measure generalisation, these pin the rules.
"""

from __future__ import annotations

import pytest

from roundtable_app.guard import Guard, Term

TERMS = [
    Term("Dragan Mitić", "person", ("Mitić",)),
    Term("Nada Ristić", "person", ("Nada", "Ristić")),
    Term("Hope Adeyemi", "person", ("Hope", "Adeyemi")),
    Term("Nikola Ilić", "person", ("Ilić",)),
    Term("Zaštitnik građana", "role", ("заштитник грађана", "the Ombudsperson")),
    Term("prevodilac za paštu", "role", ()),
]
GUARD = Guard(TERMS)


def found(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.category) for f in GUARD.scan(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Two police officers patrol the crossing at night, it was said.",
        "The most famous person from Pirot was mentioned to lighten the mood.",
        "Najveći problem je prevoz dece do škole.",
        "Both parents must sign the consent form before the trip.",
        "A delegation from Sofia will visit next spring, according to the plan.",
        "Case: a boy of 15 from Herat, returned twice, stopped talking.",
        "Note: the figures are from 2024.",
        "Slava svetog Nikole je pomenuta kao vreme okupljanja porodica.",
        "The Roma health mediator programme was praised as one that works.",
        "U Pirotu nemaju nijednog prevodioca za paštu.",
        "Закон о заштитнику грађана, члан 1, каже да је орган независан.",
        "The Law on the Ombudsperson was amended in 2021.",
        "Nada je poslednja umrla kad je stigao dopis.",
        "Bila je i kiša ceo dan, pa je obilazak otkazan.",
        "The UN's figures were quoted twice.",
    ],
)
def test_look_alikes_are_left_alone(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "part", "category"),
    [
        ("One of the two border police officers admitted the van is broken.",
         "One of the two border police officers", "indirect"),
        ("Jedan od dvoje sudija je rekao da predmeta nema.", "Jedan od dvoje sudija",
         "indirect"),
        ("One of the three Bulgarian women said the clinic closes at noon.",
         "One of the three Bulgarian women", "indirect"),
        ("Both psychologists stayed for the afternoon session on trauma.",
         "Both psychologists", "indirect"),
        ("The second judge, from Niš, was less hopeful.", "The second judge, from Niš",
         "indirect"),
        ("The most senior official from the ministry left after lunch.",
         "The most senior official", "indirect"),
        ("Najglasnija u sali, direktorka škole, rekla je da nema para.", "Najglasnija u sali",
         "indirect"),
        ("Jedina Bugarka je rekla da granica radi noću.", "Jedina Bugarka", "indirect"),
        ("As the only one here who drives the night bus, I can tell you they sleep outside.",
         "the only one here who drives the night bus", "indirect"),
        ("Kao jedini psihijatar u ovom okrugu, imam 300 pacijenata.",
         "jedini psihijatar", "indirect"),
        ("Ko god je vodio popodnevni panel, nije dao reč ženama iz sela.",
         "Ko god je vodio popodnevni panel", "indirect"),
        ("Profesorka koja je držala uvodno predavanje ostala je do kraja.",
         "koja je držala uvodno predavanje", "indirect"),
        ("Ona iz Babušnice, iz udruženja žena, rekla je da linija ne radi.", "Ona iz Babušnice",
         "indirect"),
        ("Delegacija iz Sofije je stigla u punom sastavu.", "Delegacija iz Sofije", "indirect"),
        ("Guests from Kalotina were thanked at the closing.", "Guests from Kalotina",
         "indirect"),
        ("Sa bugarske strane došli su iz Sofije i Kalotine.", "došli su iz", "indirect"),
        ("Bila je i novinarka sa lokalnog portala, ali nije pisala.", "Bila je i", "indirect"),
        ("Present from the Commissariat: the deputy and one adviser.",
         "Present from the Commissariat", "indirect"),
        ("Nada (the social worker from Pirot) said the list is closed.", "Nada", "person"),
        ("Nada, socijalna radnica, obilazi porodice jednom mesečno.", "Nada", "person"),
        ("hope said the fund will not cover Pirot next year", "hope", "person"),
        ("DM's estimate was 40 arrivals a week.", "DM's", "person"),
    ],
)  # fmt: skip
def test_the_rule_finds_what_it_should(text: str, part: str, category: str) -> None:
    assert any(part in f.text and f.category == category for f in GUARD.scan(text)), found(text)


def test_a_listed_role_nobody_holds_and_one_somebody_does() -> None:
    assert found("U Pirotu nemaju nijednog prevodioca za paštu.") == []
    assert ("prevodilac za paštu", "role") in found("Rekao je prevodilac za paštu da čeka.")


def test_a_body_in_the_sentences_about_a_named_person_is_theirs() -> None:
    guard = Guard([Term("Ana Ilić", "person", ("Ilić",)), Term("UNICEF", "organisation", ())])
    text = "Ana Ilić walked us through the protocol. She said UNICEF would pay for the training."
    assert [f.text for f in guard.scan(text)] == ["Ana Ilić", "UNICEF"]
    # Without the named person the agency is a topic, unless it speaks.
    assert guard.scan("UNICEF would pay for the training, according to the plan.") == []
    assert [f.text for f in guard.scan("UNICEF flagged that the training is late.")] == ["UNICEF"]
