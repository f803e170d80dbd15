"""The guard's twenty-fourth round: general rules for the classes of failure held-out sets 30
and 31 showed (read after their unseen scores after round 23 were recorded), each pinned down
here on remarks of our own: remarks each rule must flag and look-alikes it must leave alone.

- Found now: someone from a listed body named by its kind when the list holds one body of
  that kind ("Neko iz ambasade je pitao", "the representative of the court", "Predstavnica
  ambasade", narrowed by a place or an adjective: "Šef centra u Kraljevu" with one centre
  in Kraljevo listed); "Kao UNHCR, mi ne ulazimo" (a listed public body the speakers speak
  as); an institution's alias in lower case after one of its parts or people ("kancelarija
  ombudsmana", "the office of the ombudsman"); "koleginica koja vodi X" with a past deed
  and no verb of speaking ("nije htela", "plakala je"); "the mountain rescuer who led the
  operation" (English "who" is said of people only); "naša eparhija".
- Left alone: the kind of body when several listed bodies are of it, or said of any one ("an
  embassy", "another municipality", "a UN agency", "iz jedne škole"), the levels of government
  and kinds too general to point at one body ("someone from the ministry", "neko iz
  opštine", "iz međunarodne organizacije"), "one of the interpreters"; "Kao UNHCR, i UNICEF
  je ..." ("like", not "as we"); "the woman who runs the shelter should be protected" (any
  holder); a listed given name followed by another surname ("Milan Kundera's line", "Jelena
  Dokić, teniserka").

Nothing here is taken from a held-out set: those measure generalisation, these pin the rules.
"""

from __future__ import annotations

import pytest

from roundtable_app.guard import Guard, Term

TERMS = [
    Term("Ambasada Kraljevine Švedske", "organisation", ("Swedish Embassy", "Embassy of Sweden")),
    Term("Viši sud u Kraljevu", "organisation", ("Higher Court Kraljevo",)),
    Term("Centar za socijalni rad Kraljevo", "organisation", ("CSR Kraljevo",)),
    Term("Centar za socijalni rad Vrnjačka Banja", "organisation", ("CSR Vrnjačka Banja",)),
    Term("Ministarstvo zdravlja", "organisation", ("Ministry of Health",)),
    Term("Ministarstvo prosvete", "organisation", ("Ministry of Education",)),
    Term("Opština Vrnjačka Banja", "organisation", ("Municipality of Vrnjačka Banja",)),
    Term("Međunarodna organizacija za migracije", "organisation", ("IOM",)),
    Term("UNHCR", "organisation", ("UNHCR-a",)),
    Term("UNICEF", "organisation", ()),
    Term("Zaštitnik građana", "organisation", ("Ombudsman", "Zastitnik gradjana")),
    Term("Eparhija žička", "organisation", ("Eparchy of Žiča",)),
    Term("Milan Radić", "person", ("Radić", "Milan")),
    Term("Jelena Stanić", "person", ("Stanić", "Jelena")),
    Term("Maja Lazić", "person", ("Lazić", "Maja")),
    Term("Viši komesarijat UN za izbeglice", "organisation", ("UNHCR office",)),
    Term("Komesarijat za izbeglice i migracije", "organisation", ("Commissariat for Refugees",)),
    Term("Ombudsperson for Children", "organisation", ()),
]
GUARD = Guard(TERMS)


def found(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.category) for f in GUARD.scan(text)]


@pytest.mark.parametrize(
    ("text", "part", "category"),
    [
        ("Neko iz ambasade je pitao za prevoz.", "Neko iz ambasade", "indirect"),
        ("Someone from the embassy asked about the buses.", "Someone from the embassy",
         "indirect"),
        ("Predstavnica ambasade je ćutala celo popodne.", "Predstavnica ambasade", "indirect"),
        ("The representative of the court said hearings wait a year.",
         "The representative of the court", "indirect"),
        ("Jedan od nas iz suda kaže da rokovi nisu realni.", "nas iz suda", "indirect"),
        ("Šef centra u Kraljevu je rekao da nema vozača.", "centra u Kraljevu", "indirect"),
        ("Kao UNHCR, mi ne ulazimo u kampove bez prevodioca.", "UNHCR", "organisation"),
        ("Као УНИЦЕФ, не можемо да платимо смештај.", "УНИЦЕФ", "organisation"),
        ("Ona iz kancelarije ombudsmana je slikala sobe.", "ombudsmana", "organisation"),
        ("Someone from the office of the ombudsman took notes.", "the ombudsman",
         "organisation"),
        ("Koleginica koja vodi sigurnu kuću nije htela da se slika.", "Koleginica koja vodi",
         "indirect"),
        ("Žena koja rukovodi dnevnim centrom plakala je na kraju.", "Žena koja rukovodi",
         "indirect"),
        ("The mountain rescuer who led the search said phones save lives.",
         "who led the search", "indirect"),
        ("Naša eparhija će nastaviti sa toplim obrokom.", "Naša eparhija",
         "self_reference"),
        # A bare kind is the body whose name opens with it (not "Visoki komesarijat").
        ("Someone from the Commissariat admitted the beds are full.",
         "Someone from the Commissariat", "indirect"),
        ("Dragan Perić of the Commissariat explained the figures.", "of the Commissariat",
         "indirect"),
        ("Najmlađa koleginica u timu vodila je beleške.", "Najmlađa koleginica", "indirect"),
        ("Ja sam, kao sudija, jednom sudila u bolnici.", "kao sudija", "self_reference"),
        ("Onaj ko je vodio obilazak znao je svaku kuću.", "Onaj ko je vodio", "indirect"),
        ("Kao neko ko je pisao zakon, kažem da rokovi nisu realni.",
         "neko ko je pisao zakon", "indirect"),
        ("Prevodilac na jutarnjoj sesiji je morao da stane.", "Prevodilac na jutarnjoj sesiji",
         "indirect"),
        ("Tumač za arapski i farsi kaže da dečaci pitaju za posao.",
         "Tumač za arapski i farsi", "indirect"),
        ("Izveštačica je zamolila da joj se pošalju ispravke.", "Izveštačica", "indirect"),
        ("Voditeljka skupa je promenila redosled.", "Voditeljka skupa", "indirect"),
        ("Oba prevodioca su se složila da je tako.", "Oba prevodioca", "indirect"),
    ],
)  # fmt: skip
def test_the_rule_finds_what_it_should(text: str, part: str, category: str) -> None:
    assert any(part in f.text and f.category == category for f in GUARD.scan(text)), found(text)


@pytest.mark.parametrize(
    "text",
    [
        # Several listed bodies of the kind: the words say only a sector.
        "Neko iz centra je rekao da nema vozača.",
        "Someone from the ministry said the rules will change.",
        "Neko iz opštine je rekao da budžet postoji.",
        # Any one of a kind, not the listed one.
        "Someone from an embassy said donors are tired.",
        "An official from another court had promised the same in 2015.",
        "Neko iz međunarodne organizacije kaže da je razmena podataka problem.",
        "A participant from a UN agency pointed to the low recognition rate.",
        "One of the interpreters said the word has no equivalent.",
        # "Kao" as "like".
        "Kao UNHCR, i druge agencije imaju kancelarije u Beogradu.",
        # Whoever holds the post.
        "Žena koja vodi sigurnu kuću trebalo bi da ima zaštitu.",
        "Svaka koleginica koja vodi slučaj mora da ima supervizora.",
        # Another bearer of a listed given name.
        "Milan Kundera's line about memory was quoted at the close.",
        "Jelena Dokić, teniserka, pomenuta je kao primer.",
        # A month after a preposition is no subject of the verb after it.
        "Zaposlena tek u maju, postavila je pitanje o rokovima.",
        # A modifier that is not the listed body's: another embassy.
        "Someone from the Swedish consulate and the Danish embassy said so.",
        "Neko iz romske zajednice je rekao da nema struje.",
        "Someone from the community said the water is back.",
        # Written about, not a duty.
        "Jovan Cvijić je pomenut kao neko ko je pisao o migracijama.",
        "Tumač za farsi i paštu nedostaje u centru.",
    ],
)
def test_look_alikes_are_left_alone(text: str) -> None:
    assert found(text) == [], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Milan said the list is full.",
        "Milan Radić je rekao da nema mesta.",
        "Jelena je podsetila na rokove.",
        "Neko iz UNHCR-a je pitao za prevoz.",
        "Kao Zaštitnik građana, tražimo da deca imaju tumača.",
    ],
)
def test_the_person_or_body_is_still_found(text: str) -> None:
    assert found(text), text


def test_the_kind_finding_names_the_body_for_the_facilitator() -> None:
    """The reason says which listed body the kind points at, so the facilitator sees why."""
    (finding,) = GUARD.scan("Neko iz ambasade je pitao za prevoz.")
    assert finding.severity == "medium"
    assert "Ambasada Kraljevine Švedske" in finding.reason


# Bodies listed in English only: a Serbian note names them by the same kind in Serbian.
ENGLISH_GUARD = Guard(
    [
        Term("Ombudsperson for Children", "organisation", ()),
        Term("Norwegian Embassy", "organisation", ()),
        Term("Faculty of Law Niš", "organisation", ()),
    ]
)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Predstavnik ombudsmana je ćutao celo popodne.", "Predstavnik ombudsmana"),
        ("Neko iz ambasade je pitao za prevoz.", "Neko iz ambasade"),
        ("Profesorka sa fakulteta je rekla da to nije tačno.", "Profesorka sa fakulteta"),
    ],
)
def test_a_kind_in_the_other_language(text: str, part: str) -> None:
    assert any(part in f.text and f.category == "indirect" for f in ENGLISH_GUARD.scan(text))


def test_a_modifier_of_another_body_is_no_kind_of_the_listed_one() -> None:
    assert ENGLISH_GUARD.scan("Neko iz švedske ambasade je pitao za prevoz.") == []


# The second part of the round: what held-out sets 32 to 34 showed (read after their unseen
# scores were recorded).
TERMS2 = [
    Term("Petar Banat", "person", ("Banat",)),
    Term("Mila Morava", "person", ("Morava",)),
    Term("Nenad Zec", "person", ("Zec",)),
    Term("Jovan Golub", "person", ("Golub",)),
    Term("Stefan Salaš", "person", ("Salaš",)),
    Term("Ivan Mađar", "person", ("Mađar",)),
    Term("Goran Ristovac", "person", ("Ristovac",)),
    Term("Vera Lukić", "person", ("Vera",)),
    Term("Zora Kostić", "person", ("Zora",)),
    Term("Grace Ellis", "person", ("Grace",)),
    Term("UNFPA", "organisation", ("UNFPA-u",)),
    Term("Zaštitnik građana", "organisation", ()),
    Term("the host", "role", ()),
]
GUARD2 = Guard(TERMS2)


def found2(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.category) for f in GUARD2.scan(text)]


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Banat je rekao da nema para.", "Banat"),  # a place's name as a surname, speaking
        ("Banatu je odgovoreno da nema para.", "Banatu"),  # the dative of someone
        ("Petru Banatu je zapalo da objasni budžet.", "Petru Banatu"),  # Petar's dative
        ("Zec je ćutao ceo dan.", "Zec"),  # what only people do
        ("Zec nam je lično pokazao ćelije.", "Zec"),
        ("Zora je po ceo dan obilazila sobe.", "Zora"),
        ("Golubova ideja prošla je bez rasprave.", "Golubova"),  # a possessive and an idea
        ("Grace was blunt: the assessment is a lottery.", "Grace"),
        ("Vera is collecting the corrections by email.", "Vera"),
        ("Petar Banat je jedini znao kako se to kaže na urdu.", "jedini znao"),  # set apart
        ("Grace Ellis was the only Arabic interpreter on the first morning.",
         "the only Arabic interpreter"),
        ("Ona što je juče vodila radnu grupu bila je stroga.", "Ona što je juče vodila"),
        ("Žena koja je predvodila obilazak zapisivala je sve.", "Žena koja je predvodila"),
        ("UNFPA-u je na skupu povereno da koordinira rad.", "UNFPA-u"),  # at the meeting
        ("UNFPA-a nije bilo trećeg dana.", "UNFPA"),  # there on the other days
        ("Ja, kao jedina tumačica za arapski, odbijam da prevodim.", "kao jedina tumačica"),
        ("Ja sam danas ovde ispred rukovodstva opštine.", "ispred rukovodstva"),
        ("Kao neko ko radi u Grupi za suzbijanje krijumčarenja, ne mogu da komentarišem.",
         "Kao neko ko radi u Grupi"),
        ("Jedina odbornica iz Preševa se žalila na prevod.", "Jedina odbornica"),
        ("Najnoviji volonter u kuhinji doneo je kolač.", "Najnoviji volonter"),
    ],
)  # fmt: skip
def test_the_second_part_finds_what_it_should(text: str, part: str) -> None:
    assert any(part in f.text for f in GUARD2.scan(text)), found2(text)


@pytest.mark.parametrize(
    "text",
    [
        "U severnom Banatu nema prihvatnog centra.",  # a region, not Petar Banat
        "Put preko Morave je zimi zatvoren.",
        "Voz je stajao u Ristovcu dva sata.",  # a village named like a surname
        "U bašti kraj salaša cvetale su ljubice.",  # "salaš", a farmstead, in lower case
        "Golubovi su se ugnezdili na krovu centra.",  # pigeons, a plural subject
        "Zorom su krenuli u šumu.",  # at dawn
        "Jedan Mađar iz sela prodao nam je kruške.",  # a people's name after "one"
        "Mađari iz okoline rade u Segedinu.",
        "Beba je plakala celu noć.",
        "Devojčici iz opisanog slučaja daćemo ime Vera.",  # a name given for the telling
        "A girl we will call 'Zora' was fourteen.",
        "Names in this summary such as 'Vera' and 'Zora' are invented for illustration.",
        "Kolega iz zdravstva je rekao da vakcinacija kasni.",  # a whole field of work
        "Bora Stanković's novel is set in Vranje, the host city.",
        "Sreća je što je voda došla danju.",  # the verb is another subject's
    ],
)
def test_the_second_part_leaves_alone(text: str) -> None:
    assert found2(text) == [], found2(text)


TERMS3 = [
    Term("Dragan Mokranjac", "person", ("Mokranjac",)),
    Term("Ana Nikolić", "person", ("Nikolić",)),
    Term("Komesarijat za izbeglice i migracije", "organisation", ("Commissariat for Refugees",)),
    Term("Pokrajinski sekretarijat za socijalnu politiku", "organisation",
         ("Provincial Secretariat for Social Policy",)),
    Term("IOM", "organisation", ("IOM-u",)),
    Term("Nada Brenner", "person", ("Brenner", "Nada")),
]  # fmt: skip
GUARD3 = Guard(TERMS3)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Mokranjčev predlog naišao je na otpor.", "Mokranjčev"),  # the fleeting a
        ("Po Mokranjčevoj proceni, grad može da nađe prostor.", "Mokranjčevoj"),
        ("Nikolić iz grada kaže da Romi nisu problem.", "iz grada"),  # her workplace
        ("Nikolić je iz Ženeve donela smernice.", "iz Ženeve"),
        ("IOM-u je prepušteno da organizuje prevoz.", "IOM-u"),  # its people in the room
        ("Brenner pressed the police on age assessment.", "Brenner"),
        ("Nada was clearly uncomfortable when asked about the audit.", "Nada"),
        ("Ko god da je juče predsedavao, nije dao reč nikome.", "Ko god da je juče predsedavao"),
        ("The Commissariat's man told us the centre is full.", "The Commissariat's man"),
    ],
)
def test_the_third_part_finds_what_it_should(text: str, part: str) -> None:
    assert any(part in f.text for f in GUARD3.scan(text)), [
        (f.text, f.category) for f in GUARD3.scan(text)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "A ministry's official said the rules will change.",  # any one ministry's
        "Nada was a word the children learned first.",
    ],
)
def test_the_third_part_leaves_alone(text: str) -> None:
    assert GUARD3.scan(text) == [], [(f.text, f.category) for f in GUARD3.scan(text)]


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("The Greek-Catholic priest said the villagers lock their doors.",
         "The Greek-Catholic priest"),  # told apart by faith
        ("The Pakistani-born interpreter said the boys sell their phones.",
         "The Pakistani-born interpreter"),
        ("The Hungarian-speaking participant offered to share the model.",
         "The Hungarian-speaking participant"),
        ("Gost iz Sarajeva citirao je podatke za Bosnu.", "Gost iz Sarajeva"),
        ("Slovakinja iz Kovačice je donela priručnik.", "Slovakinja iz Kovačice"),  # a deed
    ],
)  # fmt: skip
def test_the_fourth_part_finds_what_it_should(text: str, part: str) -> None:
    assert any(part in f.text for f in GUARD.scan(text)), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Serbian government said nothing.",  # no person noun
        "Greek priests say the liturgy in Greek.",  # no "the": priests in general
        "Several Greek volunteers said the camp was full.",  # no "the"
    ],
)
def test_the_fourth_part_leaves_alone(text: str) -> None:
    assert found(text) == [], found(text)
