"""The guard's twenty-second round: general rules for the classes of failure held-out sets 26
and 27 showed (read after their unseen scores after round 21 were recorded), each pinned down
here on remarks of our own: remarks each rule must flag and look-alikes it must leave alone.

- Left alone: a listed role after "jedna"/"a" ("Jedna psihološkinja (u sali ih je bilo pet)
  rekla je"); a superlative of fame ("najpoznatija Bosanka u Srbiji"); a name spoken of as a
  city or as a common name ("Milan je grad", "Dragan je prilično često ime"); a sentence that
  says its person was not there ("..., ali nije bila prisutna"); a street's noun taken into
  the name ("Ulica Miletićeva"); "X's 18th-century policy", "X's government"; "X je
  pomenut(a) kao prva srpska književnica"; a quoted Serbian title and its author in the
  genitive; "X i njen roman"; another country's head of state ("Predsednik Mađarske"); a body
  that publishes its reports ("javno dokumentuje", "objavljuje izveštaje"); a condition ("Ako
  žena traži smeštaj").
- Found now: "the second of the two ...", "Druga od dve sudije"; "the session's interpreter";
  "vodio diskusiju"; "Glavni za graničnu policiju"; "Ja, koja pišem zapisnik"; "kog je
  ministar poslao"; a body agreeing at the table ("UNHCR-om je dogovoreno").

Nothing here is taken from a held-out set: those measure generalisation, these pin the rules.
"""

from __future__ import annotations

import pytest

from roundtable_app.guard import Guard, Term

TERMS = [
    Term("psihološkinja", "role", ("psiholog",)),
    Term("Milan Savić", "person", ("Savić",)),
    Term("Dragana Kostić", "person", ("Kostić",)),
    Term("Ruža Lukić", "person", ("Lukić",)),
    Term("Magyar Helsinki Bizottság", "organisation", ("Mađarski helsinški odbor",)),
    Term("UNHCR", "organisation", ()),
]
GUARD = Guard(TERMS)


def found(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.category) for f in GUARD.scan(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Jedna psihološkinja (bilo ih je šest) rekla je da nema supervizije.",
        "Pomenuta je u šali kao 'najpoznatija Srpkinja u Beču'.",
        "Milan je grad u kome je jedna porodica imala rođake.",
        "Dragan je vrlo često ime u ovom kraju, našalio se neko.",
        "Vera Marić je pomenuta kao autorka knjige o izbeglicama, ali nije bila prisutna.",
        "Ulica Savićeva treba da dobije rasvetu.",
        "Maria Theresa's 18th-century policy was mentioned as the origin of the villages.",
        "Erna Solberg's government raised aid to the region.",
        "Jelena Kostić Srpkinja pomenuta je kao prva srpska književnica iz Srema.",
        "„Maratonci trče počasni krug“ Dušana Kovačevića pomenuti su u šali.",
        "Magda Lukić i njen roman „Vrata“ pomenuti su u razgovoru.",
        "Predsednik Mađarske je 2017. obišao ogradu.",
        "Mađarski helsinški odbor javno dokumentuje vraćanja od 2016.",
        "Ako žena traži smeštaj noću, policija je vozi u najbližu sigurnu kuću.",
    ],
)
def test_look_alikes_are_left_alone(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "part", "category"),
    [
        ("The second of the two judges said the law is clear.", "The second of the two judges",
         "indirect"),
        ("Druga od dve tužiteljke rekla je da nema svedoka.", "Druga od dve tužiteljke",
         "indirect"),
        ("The workshop's Arabic interpreter asked for a break.",
         "The workshop's Arabic interpreter", "indirect"),
        ("Onaj ko je vodio diskusiju prekidao je žene.", "Onaj ko je vodio diskusiju", "indirect"),
        ("Glavni za policiju u Somboru negirao je sve.", "Glavni za policiju", "indirect"),
        ("Ja, koja vodim zapisnik, molim da se govori sporije.", "Ja, koja vodim zapisnik",
         "self_reference"),
        ("Čovek kog je ministar poslao nije smeo ništa da obeća.", "kog je ministar poslao",
         "indirect"),
        ("UNHCR-om je dogovoreno da se pošalju pravnici.", "UNHCR", "organisation"),
    ],
)  # fmt: skip
def test_the_rule_finds_what_it_should(text: str, part: str, category: str) -> None:
    assert any(part in f.text and f.category == category for f in GUARD.scan(text)), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Milan je u ime opštine rekao da nema novca.",
        "Predsednik Opštine Sombor je rekao da nema para.",  # the host town's mayor
        "Mađarski helsinški odbor je rekao da se vraćanja nastavljaju.",
        "Savić je rekao da nije bio prisutan kad je policija došla.",
    ],
)
def test_the_person_or_body_is_still_found(text: str) -> None:
    assert found(text), text
