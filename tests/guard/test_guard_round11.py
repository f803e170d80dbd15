"""The guard's eleventh round: general rules for the classes of failure the twelfth held-out set
showed, each pinned down here on remarks of our own (other names, other bodies, other wording,
both scripts): remarks each rule must flag and look-alikes it must leave alone.

The main one: a listed public body (a ministry, an agency, a court, the Red Cross) named as a
topic or a source is left alone; only a frame that puts it in the room (someone from it, its
people, it speaking, "we at", a person in the same sentence) makes it a finding. An
association is flagged wherever it is named, as before.

Nothing here is taken from a held-out set: those measure generalisation, these pin the rules.
"""

from __future__ import annotations

import pytest

from roundtable_app.guard import Guard, Term

TERMS = [
    Term("Zora Ilić", "person", ("Зора Илић", "Ilić", "Илић")),
    Term("Vera Popović", "person", ("Popović",)),
    Term("Sava Jakšić", "person", ("Jakšić",)),
    Term("UNICEF", "organisation", ("УНИЦЕФ", "United Nations Children's Fund")),
    Term("UNHCR", "organisation", ("УНХЦР",)),
    Term("Ministarstvo zdravlja", "organisation", ("Ministry of Health", "Министарство здравља")),
    Term("Crveni krst Srbije", "organisation", ("Serbian Red Cross", "Red Cross", "Crveni krst")),
    Term("Udruženje Iskra", "organisation", ("Iskra",)),
    Term("Moderatorka panela", "role", ("panel moderator",)),
]
GUARD = Guard(TERMS)


def flagged(text: str) -> list[str]:
    return [f.text for f in GUARD.scan(text)]


@pytest.mark.parametrize(
    "text",
    [
        # A public body as a topic, a source, an addressee, an actor outside the room.
        "UNICEF runs the only day centre for children with disabilities in the district.",
        "Podaci Ministarstva zdravlja pokazuju da čekanje traje šest meseci.",
        "Prema poslednjem izveštaju UNHCR-a, dolazaka je manje.",
        "According to UNHCR's latest monthly update, arrivals fell by a third.",
        "Zahtev je upućen Ministarstvu zdravlja, odgovor još nije stigao.",
        "Министарство здравља још није објавило листе чекања за децу на југу.",
        "The Serbian Red Cross has a legal role in emergencies.",
        # A passive: the body spoken of, not speaking.
        "The Ministry of Health was described as slow to answer.",
        "UNHCR was mentioned twice in the final session.",
        # "With" a body in a dated past: history, not the meeting.
        "Sa UNICEF-om je opština još 2019. potpisala memorandum.",
        # "Its volunteers" with no one speaking: the body's work, not its people here.
        "The Red Cross was first at the river; its volunteers handed out blankets.",
        # A programme of a body chosen or refused by those it serves.
        "Program UNHCR-a retko biraju porodice sa malom decom.",
        # A given name that names a thing: a saint, an institute, something called so.
        "Crkva Svetog Save je bila puna za Božić.",
        "The Vera Institute of Justice published the study on pre-trial detention.",
        "A bakery called Zora gives bread to the shelter every morning.",
        # A river crossed, not a person met.
        "Mnogi pokušavaju da pređu Savu noću, kad je voda najniža.",
        # A role every group has, and a keynote that is the talk.
        "Each working group chose its own moderator and its own rapporteur.",
        "The keynote was followed by a long discussion of the budget.",
    ],
)
def test_round11_leaves_alone(text: str) -> None:
    assert flagged(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Someone from the body, for it, in its name, its people, "we at".
        ("Koleginica iz UNICEF-a je rekla da centar ne radi vikendom.", "UNICEF"),
        ("The UNHCR team said the centre is full.", "UNHCR"),
        ("Our mandate at the Ministry of Health does not cover private clinics.", "Ministry"),
        ("Koleginica iz Crvenog krsta je rekla da nema hrane.", "Crvenog krsta"),
        # The body itself speaking or present, alone or with another body.
        ("UNHCR je naglasio da je centar pun.", "UNHCR"),
        ("UNICEF and the Ministry of Health both sent someone.", "Ministry of Health"),
        ("UNICEF and the Ministry of Health both sent someone.", "UNICEF"),
        ("UNHCR i УНИЦЕФ su rekli da nema mesta.", "UNHCR"),
        ("Ovde je bio i UNHCR, dvoje ljudi.", "UNHCR"),
        ("Prema UNHCR-u, u centru je 300 ljudi.", "UNHCR"),  # what it said, not what it wrote
        # Its people speaking as "they".
        ("Zaključke treba poslati UNICEF-u do petka, rekli su da će ih prevesti.", "UNICEF"),
        # Tenure: "with" a body since a year is someone who works there.
        ("Ona je, kako kaže, sa UNICEF-om od 2014. godine.", "UNICEF"),
        # A person in the same sentence ties the two.
        ("Zora said that UNICEF only counts the children who register.", "UNICEF"),
        # An association is flagged wherever it is named.
        ("Udruženje Iskra runs the only safe house in the district.", "Iskra"),
        # A listed person called by phone is the person.
        ("We called Zora and she said the house is full.", "Zora"),
        ("A woman called Vera spoke about the waiting lists.", "Vera"),
        # A saint's name after something else is still the person.
        ("Sava je rekao da čekanje traje šest meseci.", "Sava"),
    ],
)
def test_round11_flags(text: str, expected: str) -> None:
    found = flagged(text)
    assert any(expected in f or f in expected for f in found), found
