"""The guard's fourteenth round: general rules for the classes of failure held-out set 16
showed (read after its unseen scores were recorded), each pinned down here on remarks of our
own: remarks each rule must flag and look-alikes it must leave alone.

- Names of no one in the room: saints ("Sveti Nikola je zaštitnik putnika", "the church of St
  Peter and Paul"), a village named by a family ("u Karajukića Bunarima"-like names: a surname
  in the genitive plural before a capitalised noun of place), an apposition or a relative
  clause that describes a figure of history ("…, who founded the town in the fifteenth
  century,"), more public figures of the region and the heads of international bodies.
- Not an affiliation: "speaking as a mother"; "the one thing everyone in the room shared";
  housewives in the plural ("Domaćice u selima …"); a state university as a topic.
- More of one person: a description after an event role ("The moderator, herself a former
  social worker in Sombor, …"), "the chair cut the discussion short", panellists speaking,
  event roles in oblique cases ("Organizatorki skupa"), "the youngest of the imams present",
  "Najmlađoj učesnici", "the most senior woman from the police", someone sitting seats away or
  "bio tu", the president of a municipality; "mi u školi", "kao neko ko radi u sigurnoj kući";
  the colloquial feminine of -ač surnames ("Lukačka") and -o nicknames in the dative ("Ljubi").

Nothing here is taken from a held-out set: those measure generalisation, these pin the rules.
"""

from __future__ import annotations

import pytest

from roundtable_app.guard import Guard, Term

TERMS = [
    Term("Nikola Ristić", "person", ("Ristić",)),
    Term("Peter Lund", "person", ("Lund",)),
    Term("Jasna Lukač", "person", ("Lukač", "Лукач")),
    Term("Ljubomir Hodžić", "person", ("Ljubo", "Hodžić")),
    Term("Državni univerzitet u Somboru", "organisation", ("State University of Sombor",)),
]
GUARD = Guard(TERMS)


def found(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.category) for f in GUARD.scan(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Sveti Nikola je zaštitnik putnika, pa je ikona u autobusu imala smisla.",
        "The church of St Peter and Paul stands on a hill outside the town.",
        "Traktor je stao kod Ristića Bunara, a dalje se išlo pešice.",
        "Isa Ristić, who founded the town in the fifteenth century, built its first bath.",
        "Vahid Halilhodžić was mentioned, half jokingly, as a better organiser than the ministry.",
        "Speaking as a mother, she said no girl should leave school for a wedding.",
        "Admiration for the village women was the one thing everyone in the room shared.",
        "Domaćice u planinskim selima zimi ne izlaze iz kuće po nekoliko nedelja.",
        "The State University of Sombor runs the only psychology programme in the region.",
    ],
)
def test_look_alikes_are_left_alone(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "part", "category"),
    [
        ("The moderator, herself a former social worker in Sombor, disagreed with the plan.",
         "herself a former social worker in Sombor", "indirect"),
        ("The rapporteur of the health group, a nurse by training, summarised the shortage.",
         "a nurse by training", "indirect"),
        ("The chair cut the discussion short, saying it was a matter for another forum.",
         "The chair", "indirect"),
        ("Panelisti su se složili da deca treba da idu u redovna odeljenja.", "Panelisti",
         "indirect"),
        ("Organizatorki skupa je zamereno što na panelu nije bilo žena sa sela.",
         "Organizatorki", "indirect"),
        ("The youngest of the imams present said the weddings are arranged by young men.",
         "youngest of the imams", "indirect"),
        ("Najmlađoj učesnici ponuđeno je da vodi anketu po selima.", "Najmlađoj učesnici",
         "indirect"),
        ("The most senior woman from the police said officers hesitate in winter.",
         "most senior woman", "indirect"),
        ("With the prosecutor sitting two seats away, the social worker named no case.",
         "prosecutor sitting two seats away", "indirect"),
        ("I predstavnik opštine je bio tu kad je to rečeno.", "predstavnik opštine je bio tu",
         "indirect"),
        ("The president of the municipality was there too, so nobody mentioned the bills.",
         "president of the municipality was there too", "indirect"),
        ("Mi u školi znamo koja će devojčica otići posle osmog razreda.", "Mi u školi",
         "self_reference"),
        ("Kao neko ko radi u sigurnoj kući, mogu da kažem da se žene vraćaju.",
         "Kao neko ko radi u sigurnoj kući", "self_reference"),
        ("Лукачка је на отварању рекла да је град очистио путеве.", "Лукачка", "person"),
        ("Ljubi je zahvaljeno na otvorenim vratima.", "Ljubi", "person"),
    ],
)  # fmt: skip
def test_the_rule_finds_what_it_should(text: str, part: str, category: str) -> None:
    assert any(part in f.text and f.category == category for f in GUARD.scan(text)), found(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Mr Lund from the embassy attended the first day.", "from the embassy"),
        ("Sa Ristićem iz policije nismo razgovarali.", "iz policije"),
        ("Nikola Ristić from Novi Sad asked about the buses.", "from Novi Sad"),
        ("Jasna Lukač iz škole u Somboru kaže da deca ne dolaze.", "iz škole u Somboru"),
    ],
)
def test_where_a_named_person_is_from_ends_before_the_verb(text: str, body: str) -> None:
    assert body in [f.text for f in GUARD.scan(text)], found(text)
