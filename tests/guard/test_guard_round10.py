"""The guard's tenth round: general rules for the classes of failure the eleventh held-out set
showed, each pinned down here on remarks of our own (other names, other bodies, other wording,
both scripts): remarks each rule must flag and look-alikes it must leave alone.

Nothing here is taken from a held-out set: those measure generalisation, these pin the rules.
"""

from __future__ import annotations

import pytest

from roundtable_app.guard import Guard, Term

TERMS = [
    Term("Radost Vuletić", "person", ("Радост Вулетић", "Vuletić")),
    Term("Cvijeta Lakić", "person", ("Lakić",)),
    Term("Ilona Petrova", "person", ("Илона Петрова", "Petrova")),
    Term("Keith Kingsley", "person", ("Kingsley",)),
    Term("UNFPA", "organisation", ("УНФПА",)),
]
GUARD = Guard(TERMS)


def flagged(text: str) -> list[str]:
    return [f.text for f in GUARD.scan(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A surname English dictionaries know only as a name opens a sentence: still the name.
        ("Kingsley summed up the afternoon in three points.", "Kingsley"),
        # A feminine -ova surname in the dative.
        ("Zahvalili smo Petrovoj na podacima iz Loznice.", "Petrovoj"),
        ("Петровој је стало да се то запише.", "Петровој"),
        # Event roles: the convener, the chair of a session (genitive), the host of a day.
        ("Sazivačica skupa je objasnila zašto su pozvane i škole.", "Sazivačica"),
        ("Od moderatorke panela smo čuli da brojke kasne.", "moderatorke"),
        ("Domaćin drugog dana izvinio se zbog buke.", "Domaćin"),
        ("The man moderating the housing panel said rents doubled.", "The man moderating"),
        # First-person self-identification by a whole system or level.
        ("Mi iz sistema zdravstvene zaštite vidimo te devojčice tek na porođaju.", "Mi iz sistema"),
        ("Ја сам из локалне самоуправе и знам шта кошта.", "Ја сам из локалне самоуправе"),
        ("Mi koji radimo u prosveti znamo da one odu posle petog razreda.", "Mi koji radimo"),
        ("Ми у медијима о томе пишемо тек после трагедије.", "Ми у медијима"),
        ("From where I sit, in the prosecution, these cases arrive too late.", "where I sit"),
    ],
)
def test_round10_flags(text: str, expected: str) -> None:
    assert any(expected in f or f in expected for f in flagged(text)), flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        # An instrumental before a comma is no vocative: "luckily".
        "Radošću, rekao je neko, treba dočekati svaku upisanu devojčicu.",
        # A given name that is an ordinary word, in lower case among capitals.
        "U Loznici i Šapcu cvijeta rad na crno.",
        # Every holder of an event role, not one.
        "Svaki moderator treba da pazi na vreme.",
        "Svaka sazivačica zna koliko je teško okupiti sve.",
        # A session, not its chair.
        "The Istanbul Convention was cited in the closing session.",
        "A person chairing a session should keep time.",
        # Where the speaker lives, not where they work; a place, not an employer.
        "Ja sam iz Loznice i znam kako izgleda poplava.",
        "Mi u Srbiji nemamo dovoljno hraniteljskih porodica.",
        # Authors quoted or read, not participants.
        "A participant quoted Simone Weil on attention as the rarest form of generosity.",
        "Neko je pročitao stihove Vaska Pope o kući.",
        "Jedan učesnik preporučio je knjige Olivera Saksa.",
        "Someone recommended Bessel van der Kolk's The Body Keeps the Score.",
        # A nationality is no name because English capitalises it.
        "Children born in Germany to Serbian Roma parents are sometimes stateless.",
    ],
)
def test_round10_leaves_alone(text: str) -> None:
    assert flagged(text) == [], flagged(text)
