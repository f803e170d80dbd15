"""The guard's twenty-first round: general rules for the classes of failure held-out sets 24
and 25 showed (read after their unseen scores after round 20 were recorded), each pinned down
here on remarks of our own: remarks each rule must flag and look-alikes it must leave alone.

- Left alone: a name spoken of as a name ("Milan je ime polovine konobara", "X, Y i Z su
  najčešća imena", "Jovanović je najčešće prezime", "Vesna, ime cveta"); a given name alone in
  a remark that says names were changed or made up ("(ime je promenjeno)", "Marko je
  izmišljen"); a memorial before a name ("Spomenik Miki Mitroviću"); a café named by its
  owner ("Kafana „Kod Zorana“"); "X je pesnik"; "Vlada je usvojila" (the government, by its
  feminine verb); a dated report "za prošlu godinu"; a saint before an association's name
  ("Sveti Sava"); children counted ("Dva dečaka iz Pakistana, obojica ...").
- Found now: "Oba tumača", "Both interpreters refused", "Obojica predstavnika ... nisu se
  pojavila", "Obe novinarke su napustile"; a superlative by rank or of a group ("Najviši po
  funkciji", "Najmlađi od tumača"); "the only one from Tuzla"; "Jedini ... na obilasku", "u
  programu"; "Whoever drafted the conclusions"; whom a body sent ("The person sent by the
  embassy", "The colleague the Commissariat sent", "Onaj koga je ambasada poslala", "sent
  only its junior adviser", "poslala je savetnika"); "Of the two moderators, the woman";
  "The interpreter for the afternoon session"; "Kako je rekao imam" (a role that is an
  ordinary word after a verb of speaking); "Mlađi od dvoje novinara", "the more senior of the
  two"; "Voditelj prve sesije"; "Žena na čelu centra"; "In my twelve years running the
  centre", "Kao neko ko petnaest godina vodi centar"; "We, from the municipality"; "U mojoj
  sudnici"; "Od kada sudim"; a name's initial no longer ends the sentence ("Ivana M.
  (Kancelarija za azil): ...").

Nothing here is taken from a held-out set: those measure generalisation, these pin the rules.
"""

from __future__ import annotations

import pytest

from roundtable_app.guard import Guard, Term

TERMS = [
    Term("Milan Jović", "person", ("Jović",)),
    Term("Vesna Kralj", "person", ("Kralj",)),
    Term("Zoran Pejić", "person", ("Pejić",)),
    Term("Udruženje Sava", "organisation", ("Sava",)),
    Term("Kancelarija za azil", "organisation", ()),
    Term("imam džamije u Priboju", "role", ("imam",)),
    Term("Vladan Lukić", "person", ("Vlada",)),
]
GUARD = Guard(TERMS)


def found(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.category) for f in GUARD.scan(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Milan je ime svakog drugog konobara u gradu, našalio se neko.",
        "Milan, Zoran i Vesna su najčešća imena u ovom kraju.",
        "Jović je najčešće prezime u selu, pa to ništa ne znači.",
        "Vesna, ime cveta, bila je naziv jednog hotela.",
        "Zoran, dečak od deset godina, crta kuće (ime je promenjeno).",
        "Slučaj „Milan“ je izmišljen za radionicu; Milan je izmišljen.",
        "Spomenik Zoranu Pejiću stoji na trgu.",
        "Kafana „Kod Milana“ bila je puna.",
        "Dragan Jović je pesnik po kome je škola dobila ime.",
        "Vlada je usvojila novu uredbu.",
        "Izveštaj Helsinškog odbora za prošlu godinu opisuje vraćanja.",
        "Sveti Sava je slava škole.",
        "Dva dečaka iz Sirije, obojica bez dokumenata, čekaju staratelja.",
    ],
)
def test_look_alikes_are_left_alone(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "part", "category"),
    [
        ("Oba advokata su rekla da rokovi ne važe.", "Oba advokata", "indirect"),
        ("Both interpreters refused to work after midnight.", "Both interpreters", "indirect"),
        ("Obojica predstavnika policije nisu se pojavila drugog dana.",
         "Obojica predstavnika policije", "indirect"),
        ("Obe lekarke su napustile salu.", "Obe lekarke", "indirect"),
        ("Najviši po činu iz policije otišao je posle ručka.", "Najviši po činu", "indirect"),
        ("Najmlađi od advokata je rekao da je prvi put tu.", "Najmlađi od advokata", "indirect"),
        ("The man next to me, the only one from Bihać, left early.", "the only one from Bihać",
         "indirect"),
        ("Jedini predstavnik suda na obilasku ćutao je.", "Jedini predstavnik", "indirect"),
        ("Whoever drafted the recommendations forgot the children.", "Whoever drafted",
         "indirect"),
        ("The person sent by the ministry asked for a summary.", "The person sent by",
         "indirect"),
        ("The colleague the ministry sent from Niš said the law will not change.",
         "The colleague the ministry sent", "indirect"),
        ("Onaj koga je opština poslala pitao je za budžet.", "Onaj koga je opština poslala",
         "indirect"),
        ("The Ministry sent only its intern, who took notes.", "The Ministry sent only its intern",
         "indirect"),
        ("Ministar nije došao, poslao je savetnika.", "poslao je savetnika", "indirect"),
        ("Of the two prosecutors, the woman was stricter.", "Of the two prosecutors",
         "indirect"),
        ("The interpreter for the morning session asked for a break.",
         "The interpreter for the morning session", "indirect"),
        ("Kako je rekao imam, molitva je otvorena za sve.", "imam", "role"),
        ("Mlađa od dvoje advokata kaže da nema pomoći.", "Mlađa od dvoje advokata", "indirect"),
        ("The younger of the two lawyers said nothing.", "The younger of the two lawyers",
         "indirect"),
        ("Voditeljka druge radionice je skratila pauzu.", "Voditeljka druge radionice",
         "indirect"),
        ("Muškarac na čelu doma zdravlja kaže da nema lekara.", "Muškarac na čelu doma",
         "indirect"),
        ("In my ten years running the shelter, I never saw this.", "years running the shelter",
         "self_reference"),
        ("Kao neko ko deset godina vodi sklonište, znam to.", "Kao neko ko deset godina vodi",
         "self_reference"),
        ("We, from the ministry, cannot promise it.", "We, from the ministry", "self_reference"),
        ("U mojoj sudnici to se ne dešava.", "U mojoj sudnici", "self_reference"),
        ("Od kada sudim, nisam to videla.", "sudim", "self_reference"),
        ("Milan J. (Kancelarija za azil): čeka se devet meseci.", "Kancelarija za azil",
         "organisation"),
    ],
)  # fmt: skip
def test_the_rule_finds_what_it_should(text: str, part: str, category: str) -> None:
    assert any(part in f.text and f.category == category for f in GUARD.scan(text)), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Milan je u ime opštine rekao da nema novca.",  # on behalf of, not a name as such
        "Jović je rekao da su imena promenjena.",  # a surname stays
        "Vlada je rekao da nema para.",  # the man: a masculine verb
        "Udruženje Sava je reklo da nema mesta.",
    ],
)
def test_the_person_or_body_is_still_found(text: str) -> None:
    assert found(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Pismo koje je opština poslala stiglo je kasno.",
        "Of the two options, the first is cheaper.",
        "The older of the two buildings is closed.",
        "Na čelu kolone bio je policijski auto.",
    ],
)
def test_things_are_no_one(text: str) -> None:
    assert found(text) == []
