"""The guard's thirteenth round: general rules for the classes of failure held-out set 15
showed (read after its unseen score was recorded), each pinned down here on remarks of our own
(other names, other bodies, other towns, both scripts): remarks each rule must flag and
look-alikes it must leave alone.

- Names of no one in the room: a name described as a figure everyone knows ("X, the
  nineteenth-century poet,", "former president X", "the painter X"), more public figures in
  full (heads of state and government of the region since 1990, Ottoman and medieval figures),
  titles of works in quotes ("film „Vera“"), possessive adjectives naming things of history
  ("Milošev konak", "Dušanov zakonik"), given names of one language that are ordinary nouns of
  another ("Reka Tisa", "Roma families").
- Ordinary words: English given names that are nouns ("a small grant"), a surname's case form
  in lower case among capitals ("idu pešice"), the head of a household ("domaćin kuće").
- Uniqueness of someone outside the room ("the only paediatrician in Sombor retires") is a
  topic; uniqueness in the room, of a participant, or on a day of the event still counts.
- Public bodies by shape: health centres and hospitals, the state's reception and asylum
  centres; religious communities; a body's website is a source.
- More of one person: "the most senior judge present said", "the only one wearing a uniform
  said", "the session chair", a workshop's leader, event roles in the dative, a description
  with where its bearer sat or what they did in the room, "the official responsible for",
  "foreigner", "chief"; names in -e declined with -t- ("Duletu"); "naš dom zdravlja".

Nothing here is taken from a held-out set: those measure generalisation, these pin the rules.
"""

from __future__ import annotations

import pytest

from roundtable_app.guard import Guard, Term

TERMS = [
    Term("Jovan Petrović", "person", ("Јован Петровић", "Petrović", "Петровић")),
    Term("Grant Whitfield", "person", ("Whitfield",)),
    Term("Sunčica Pešić", "person", ("Pešić", "Пешић")),
    Term("Réka Szabó", "person", ("Szabó", "Sabo")),
    Term("Vera Popović", "person", ("Popović",)),
    Term("Miloš Ilić", "person", ("Ilić",)),
    Term("Dušan Lukić", "person", ("Dule", "Lukić")),
    Term("Dom zdravlja Sombor", "organisation", ("Health Centre Sombor", "Дом здравља Сомбор")),
    Term("Prihvatni centar Sombor", "organisation", ("Sombor reception centre",)),
    Term("Islamska zajednica u Srbiji", "organisation", ("Islamska zajednica",
                                                         "Islamic Community")),
    Term("Ministarstvo prosvete", "organisation", ("Ministry of Education",)),
]  # fmt: skip
GUARD = Guard(TERMS)


def found(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.category) for f in GUARD.scan(text)]


@pytest.mark.parametrize(
    "text",
    [
        # A name described as someone everyone knows of, or a former head of state.
        "Jovan Petrović, the nineteenth-century poet, gives his name to the square.",
        "A portrait of former president Miloš Ilić still hangs in the registry office.",
        "Trg nosi ime po slikaru Jovanu Petroviću.",
        # Public figures of the region written in full.
        "Ante Marković's reforms were remembered as the last real investment in the south.",
        "Most Mehmed-paše Sokolovića pomenut je kao simbol regiona.",
        # A title of a work in quotes, after the work's noun.
        "Prikazan je film „Vera“ o ženama sa sela.",
        # A possessive adjective naming a thing of history.
        "Sud je blizu Miloševog konaka.",
        # A foreign given name that is an ordinary noun here.
        "Reka Tisa je prošlog proleća poplavila dva sela.",
        "Readmitted Roma families arrive with no papers for their children.",
        # English given names that are ordinary nouns.
        "A small grant from the municipality pays for the heating.",
        "Grant applications close in March.",
        "Grant Evropske unije za sigurnu kuću ističe krajem godine.",
        # A surname's case form in lower case among capitals: another word.
        "Deca iz sela idu pešice do škole u Somboru.",
        # The head of a household.
        "Domaćin kuće je ćerki zabranio da nastavi školu.",
        # Uniqueness of someone outside the room.
        "The only paediatrician in Sombor retires next year.",
        "Najstariji stanovnik sela ima 94 godine.",
        "The oldest resident of the Sombor centre is a man of seventy.",
        # Public bodies named as topics, and a body's website as a source.
        "Dom zdravlja Sombor ima samo jednog pedijatra za celu opštinu.",
        "The Sombor reception centre is housed in an old barracks.",
        "Imame u regionu imenuje Islamska zajednica, a ne opština.",
        "According to the Ministry of Education's website, the textbooks were approved.",
        # Generic leaders, event words of no one, superlatives of things.
        "Voditelj emisije se promenio ove sezone.",
        "The most vulnerable children live in the settlements.",
        "A judge in the room would have objected.",
        "Each session had a chair and a rapporteur of its own.",
    ],
)
def test_look_alikes_are_left_alone(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "part", "category"),
    [
        # The same words where they name a person or put a body in the room.
        ("Grant said the shelter has no heating.", "Grant", "person"),
        ("Razgovarali smo sa pešićem o autobusu.", "pešićem", "person"),
        ("Po pešićevim podacima, u selu živi 40 ljudi.", "pešićevim", "person"),
        ("Milošev predlog je prihvaćen bez rasprave.", "Milošev", "person"),
        ("Koleginica iz Doma zdravlja Sombor je rekla da nema tumača.", "Doma zdravlja Sombor",
         "organisation"),
        ("According to the Ministry of Education, the textbooks were approved.",
         "Ministry of Education", "organisation"),
        ("Domaćin je najavio ručak u selu.", "Domaćin", "indirect"),
        # Uniqueness in the room, of a participant, on a day of the event.
        ("The only paediatrician in the room said the list is long.", "only paediatrician",
         "indirect"),
        ("Jedini čovek iz ministarstva je prvog dana otišao posle pauze.", "Jedini čovek",
         "indirect"),
        # More of one person.
        ("The most senior judge present said the law is clear.", "most senior judge",
         "indirect"),
        ("The only one wearing a uniform said the patrols are short-staffed.",
         "only one wearing a uniform", "indirect"),
        ("The session chair ruled that cases would not be named.", "session chair", "indirect"),
        ("Voditeljka radionice je zapisala zaključke na tabli.", "Voditeljka radionice",
         "indirect"),
        ("Pitanje je upućeno uvodničarki, ali odgovora nije bilo.", "uvodničarki", "indirect"),
        ("Not even the judge in the room objected.", "the judge in the room", "indirect"),
        ("Tvrdnja je izneta dok je sudija sedela u prvom redu.", "sudija sedela u prvom redu",
         "indirect"),
        ("Kritika je izneta kada je predstavnik policije izašao iz sale.",
         "predstavnik policije izašao iz sale", "indirect"),
        ("The official responsible for textbooks at the ministry said the maps were wrong.",
         "official responsible for textbooks", "indirect"),
        ("The only foreigner in the room laughed at the joke.", "only foreigner", "indirect"),
        ("Duletu je zahvaljeno na organizaciji posete.", "Duletu", "person"),
        ("U našem domu zdravlja radi samo jedan pedijatar.", "našem domu zdravlja",
         "self_reference"),
    ],
)  # fmt: skip
def test_the_rule_finds_what_it_should(text: str, part: str, category: str) -> None:
    assert any(part in f.text and f.category == category for f in GUARD.scan(text)), found(text)
