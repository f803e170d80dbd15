"""The guard's twenty-fifth round (a small one): a listed body named by its kind in a list of
who attended ("Present for the closed session: the police, the Commissariat and Atina",
"Prisutni su bili KIRS … i dva centra za socijalni rad"), from what held-outs 28, 30 and 33
showed after their unseen scores were recorded; pinned here on remarks of our own.

Nothing here is taken from a held-out set: those measure generalisation, these pin the rules.
"""

from __future__ import annotations

import pytest

from roundtable_app.guard import Guard, Term

GUARD = Guard(
    [
        Term("Policijska uprava Kraljevo", "organisation", ("Kraljevo Police Directorate",)),
        Term("Komesarijat za izbeglice i migracije", "organisation", ("Commissariat",)),
        Term("Centar za socijalni rad Kraljevo", "organisation", ("CSR Kraljevo",)),
        Term("Centar za socijalni rad Raška", "organisation", ("CSR Raška",)),
    ]
)


def found(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.category) for f in GUARD.scan(text)]


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Present for the workshop: the police and two lawyers.", "the police"),
        ("Prisutni su bili i dva centra za socijalni rad.", "dva centra"),
        ("Those present included the police.", "the police"),
    ],
)
def test_a_kind_of_listed_body_among_those_present(text: str, part: str) -> None:
    assert any(part in f.text for f in GUARD.scan(text)), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Present problems: the police patrols are too few.",  # "present", an adjective
        "Nijedan centar za socijalni rad nema tumača.",  # nobody attended anything
        "The centre was present in every report as underfunded.",  # no article before a kind
    ],
)
def test_bodies_outside_a_list_of_who_attended_are_left_alone(text: str) -> None:
    assert [c for c, k in found(text) if k == "indirect"] == [], found(text)
