"""The guard's nineteenth round: general rules for the classes of failure held-out set 21
showed (read after its unseen scores after rounds 14 to 18 were recorded), each pinned down
here on remarks of our own: remarks each rule must flag and look-alikes it must leave alone.

- Left alone: someone known for their works or their screen roles ("X's song", "X's old
  matches", "X's 'A Title in Quotes'", "a film with X", "X, glumac", "etnolog X"); a public
  figure's surname alone said of them as a ruler ("dok je X bio na vlasti", "X's regime") or
  as the surname of their given name ("Karađorđe se prezivao Petrović"); a word spoken of as
  a word ("the Albanian word drita", "reč „drita“"); a river after "blizu"/"kraj"; initials
  in a judgment's title ("N.D. and N.T. v. Spain"); a child described by age or origin;
  "druga govornica" as another speaker (no session or panel says whose turn).
- Found now: "Jedan od dvojice lekara" (the counted nouns after "dvojice"/"trojice"), with
  ", onaj iz ..." after it, and "Od dvojice X, onaj iz Y"; "Ja kao tužilac ne mogu";
  "Ko god nas je vodio kroz centar"; "Žena koju je poslala ambasada"; "The city's only
  representative"; "She who heads the centre in X"; "The woman interpreting into Albanian";
  "who took the minutes"; who sat at the table; "In my work for the Commissariat", "u mojoj
  stanici"; a body's staff named after its acronym ("Unicefovci"); a listed person's user
  name ("ntodorovic"); -ović typed with đ for ć.

Nothing here is taken from a held-out set: those measure generalisation, these pin the rules.
"""

from __future__ import annotations

import pytest

from roundtable_app.guard import Guard, Term

TERMS = [
    Term("Marko Jelić", "person", ("Jelić", "Марко Јелић", "Јелић")),
    Term("Una Kovač", "person", ("Una",)),
    Term("Lena Hartmann", "person", ("Hartmann",)),
    Term("Vesna Obradović", "person", ("Obradović", "Обрадовић")),
    Term("Nemanja Lukić", "person", ("Lukić",)),
    Term("UNHCR", "organisation", ("UNHCR-a",)),
    Term("Crveni krst Niš", "organisation", ()),
]
GUARD = Guard(TERMS)


def found(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.category) for f in GUARD.scan(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Lena Hartmann's album about exile closed the evening.",
        "The boys argued about Mats Hartmann's old matches all night.",
        "Hartmann's 'Roads Without Maps' was on the reading list.",
        "The cinema showed a film with Bruno Hartmann about a border town.",
        "Gledali smo film sa Draganom Jelićem, glumcem iz Šapca.",
        "Citiran je etnolog Petar Jelić, koji je pisao o zadrugama.",
        "Podsetili su nas da je Obradović tada bio na vlasti u opštini.",
        "Neko je rekao da se Stefan Nemanja prezivao Nemanjić, što nije tačno.",
        "The Romani word una, one, was on every poster.",
        "Na tabli je pisala reč „una“, a niko nije znao šta znači.",
        "Deca se igraju kraj Une svako popodne.",
        "M.K. and N.L. v. Hungary was cited on detention in transit zones.",
        "Dvanaestogodišnji dečak iz Avganistana prestao je da govori posle pushbacka.",
        "Druga učesnica, iz jednog udruženja, rekla je da nema novca.",
    ],
)
def test_look_alikes_are_left_alone(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "part", "category"),
    [
        ("Jedan od dvojice sudija rekao je da rokovi ne važe.", "Jedan od dvojice sudija",
         "indirect"),
        ("Jedan od dvojice advokata, onaj iz Niša, tražio je spisak.", "onaj iz Niša",
         "indirect"),
        ("Od dvojice psihologa, ona iz Vranja rekla je da nema supervizije.", "ona iz Vranja",
         "indirect"),
        ("Ja kao sudija ne smem da komentarišem predmet.", "Ja kao sudija", "self_reference"),
        ("Ko god nas je vodio kroz prihvatilište znao je svako dete po imenu.",
         "Ko god nas je vodio kroz prihvatilište", "indirect"),
        ("Muškarac koga je poslalo ministarstvo ćutao je ceo dan.",
         "koga je poslalo ministarstvo", "indirect"),
        ("The town's only representative left before lunch.", "The town's only representative",
         "indirect"),
        ("He who runs the shelter in Niš said beds are full.", "He who runs the shelter",
         "indirect"),
        ("The man interpreting into Farsi said the words for violence differ.",
         "The man interpreting into Farsi", "indirect"),
        ("The colleague who took the minutes will send them round.",
         "The colleague who took the minutes", "indirect"),
        ("Kako su za stolom sedeli i UNHCR i Crveni krst Niš, razgovor je bio konkretan.",
         "za stolom sedeli", "organisation"),
        ("In our work for UNHCR we never saw such numbers.", "work for UNHCR",
         "organisation"),  # the speaker's own body: one finding over both
        ("U našoj stanici u Nišu nema prevodioca.", "našoj stanici", "self_reference"),
        ("Unhcrovci su stigli u podne.", "Unhcrovci", "organisation"),
        ("Minutes drafted by nlukic, to be checked.", "nlukic", "person"),
        ("Обрадовиђ је рекла да деца чекају.", "Обрадовиђ", "person"),
    ],
)  # fmt: skip
def test_the_rule_finds_what_it_should(text: str, part: str, category: str) -> None:
    assert any(part in f.text and f.category == category for f in GUARD.scan(text)), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Obradović je rekla da vlast ne pomaže.",  # a verb of speaking: the participant
        "Jelić said power is not the issue.",
        "Jelić je govorio o Karađorđu.",
        "Dali smo reč Jeliću posle pauze.",  # the floor given to someone, not a word
        "N.L. said detention is routine.",
        "After the film screening, we talked with Marko Jelić about the camp.",  # no cast
        "After the film, UNHCR's Marko Jelić said the camp was full.",
        "Druga govornica na jutarnjem panelu rekla je da nema novca.",  # a place in the order
    ],
)
def test_the_person_is_still_found(text: str) -> None:
    assert found(text), text


def test_a_letter_sent_by_a_body_is_no_one() -> None:
    assert found("Pismo koje je poslalo ministarstvo stiglo je kasno.") == []


# What a review of rounds 15 to 19 found and mended (each a general rule gone too wide or too
# narrow), pinned the same way.
REVIEW_TERMS = [
    Term("Marko Jelić", "person", ("Jelić",)),
    Term("moderatorka", "role", ()),
]
REVIEW_GUARD = Guard(REVIEW_TERMS)


@pytest.mark.parametrize(
    ("text", "part", "category"),
    [
        ("Marko Jelić like many others said no.", "Marko Jelić", "person"),
        ("Moderatorka je rekla da u takvim slučajevima nema pravila.", "Moderatorka", "role"),
        ("As the prosecutor, I see the same cases every week.", "As the prosecutor",
         "self_reference"),
        ("Bio je najmoćniji učesnik u sali.", "najmoćniji učesnik", "indirect"),
        ("Najglasniji i najiskusniji učesnik rekao je da nema novca.", "najiskusniji učesnik",
         "indirect"),
        ("The NGO at the table said the camps are full.", "The NGO at the table", "indirect"),
    ],
)  # fmt: skip
def test_review_the_rule_finds_what_it_should(text: str, part: str, category: str) -> None:
    found_here = [(f.text, f.category) for f in REVIEW_GUARD.scan(text)]
    assert any(part in t and c == category for t, c in found_here), found_here


@pytest.mark.parametrize(
    "text",
    [
        "The NGO in the north said the camps are full.",
        "Druga govornica danas je rekla da nema novca.",
        "Stan je unajmljen za porodicu.",
    ],
)
def test_review_look_alikes_are_left_alone(text: str) -> None:
    assert REVIEW_GUARD.scan(text) == []
