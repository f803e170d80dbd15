"""The guard's eighteenth round: general rules for the classes of failure held-out set 20
showed (read after its unseen scores after rounds 11 to 17 were recorded), each pinned down
here on remarks of our own: remarks each rule must flag and look-alikes it must leave alone.

- Left alone: an event role as a function, not its holder ("the role of the keynote", "the
  moderator role in child interviews", "uloga moderatora", and in a sentence about such
  meetings or interviews: "u ovakvim intervjuima"); a child named in a case ("a boy named
  Mohammad, 14"); a former holder of an office of public record ("The former Minister of
  Interior announced ... in 2018"); a clinical centre's name in quotes ("KBC „Dr Dragiša
  Mišović“"); a ruler's title after a street's noun in any language ("Bulevar kralja
  Aleksandra"); a placeholder after a title ("Officer X"); a listed role after an indefinite
  article ("jedan prevodilac za paštu bio je dostupan").
- Found now: "Ko god da je vodio popodnevni panel", "Najviše rangirani predstavnik
  Ministarstva", "Drugi sudija se nije složio", a list after "Participants included" to the
  end of the sentence, "Ja kao staratelj za 31 dete", "Kao upravnica centra, ja znam ...",
  "Kao Delegacija EU, mi ne možemo ...".

Nothing here is taken from a held-out set: those measure generalisation, these pin the rules.
"""

from __future__ import annotations

import pytest

from roundtable_app.guard import Guard, Term

TERMS = [
    Term("moderatorka", "role", ("the moderator", "moderator")),
    Term("the keynote speaker", "role", ("the keynote",)),
    Term("prevodilac za arapski", "role", ()),
    Term("Omar Haddad", "person", ("Omar",)),
    Term("Milena Dragić", "person", ("Dragić",)),
]
GUARD = Guard(TERMS)


def found(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.category) for f in GUARD.scan(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The role of the keynote at such meetings is to set the frame.",
        "The moderator role in police interviews is not defined anywhere.",
        "Uloga moderatora u ovakvim razgovorima nije propisana.",
        "A boy named Omar, 15, was held at the airport for four days.",
        "The former Minister of Labour promised the law back in 2019.",
        "Pacijente prima i KBC „Dr Milena Dragić“ u Zemunu.",
        "The office will move to Bulevar kralja Milana next year.",
        'In the role play the applicant was "A" and the officer was "Officer Y".',
        "Srećom je jedan prevodilac za arapski bio slobodan te nedelje.",
    ],
)
def test_look_alikes_are_left_alone(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "part", "category"),
    [
        ("Ko god da je vodio jutarnji panel, nije dao reč ženama.",
         "Ko god da je vodio jutarnji panel", "indirect"),
        ("Najviše rangirani predstavnik opštine rekao je da para nema.",
         "Najviše rangirani predstavnik", "indirect"),
        ("Drugi tužilac se nije složio.", "Drugi tužilac", "indirect"),
        ("Participants included the deputy mayor, the shelter's manager and a judge.",
         "the shelter's manager", "indirect"),
        ("Ja kao staratelj za dvadesetoro dece nemam vremena.", "Ja kao staratelj",
         "self_reference"),
        ("Kao upravnica doma, ja znam svako dete.", "Kao upravnica doma", "self_reference"),
        ("Kao Delegacija EU, mi ne možemo da platimo pritvor.", "Kao Delegacija EU",
         "self_reference"),
        ("The moderator said the role play would wait until after lunch.", "The moderator",
         "role"),
    ],
)  # fmt: skip
def test_the_rule_finds_what_it_should(text: str, part: str, category: str) -> None:
    assert any(part in f.text and f.category == category for f in GUARD.scan(text)), found(text)


def test_a_listed_role_with_the_definite_article_is_still_the_role() -> None:
    assert ("prevodilac za arapski", "role") in found("Rekao je prevodilac za arapski da čeka.")
