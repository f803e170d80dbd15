"""The guard's fifteenth round: general rules for the classes of failure held-out set 17
showed (read after its unseen scores after rounds 11 to 14 were recorded), each pinned down
here on remarks of our own: remarks each rule must flag and look-alikes it must leave alone.

- Names of no one in the room: a name used for a kind of thing ("Tito-style speeches",
  "a Caritas-type network"), a square taken for a surname ("Maria Square"), the Pope and the
  Patriarch before a name, an author known by works after the English possessive ("Andrić's
  novels") or before the Serbian genitive ("pesme Desanke Maksimović"), a former head of state
  described with their office, another office whose title begins with a listed role's short
  alias ("the Commissioner for Human Rights of the Council of Europe"), inspectorates and
  transit centres as public bodies, a given name's locative after "u" ("u Milanu"), one-letter
  words that are no initials ("U Milanu", "A Lund-style plan").
- More of one person: uniqueness after "our only", "jedini iz <town>", superlatives in the
  instrumental and "najviši", nouns of office (funkcioner, urednik, commander), more verbs of
  speaking and of a stance, a woman or a man who runs one thing, "according to the man who
  edits ...", counted plurals ("the two directors", "dva direktora").
- Who else was there, said outright: "participants included ...", "... were represented",
  "joined us", "bila su prisutna ...", "su učestvovali i ...", "sa nama su bili ...".
- One organisation by its kind ("the Roma women's NGO said", "Romska ženska mreža kaže").
- "My officers", "naša redakcija", "naša parohija": who one commands or serves.
- A line-break hyphen before any lower-case letter ("Mure-\\nșan" as well as "Milosav-\\nljević").

And against what held-out 16 (read in round 14) still showed: an organisation's one-word name
that is a Serbian word too rare for the frequency lists ("Zračak", "Iskrica") is that word at
the start of a sentence unless something shows the body (Hunspell's Serbian dictionary, shipped
as resources/guard/dictionary_sr.txt), but a name alone in quotes inside a sentence is a name;
an acronym in lower case with a hyphenated case ending ("iz unhcr-a"); a description with an
indefinite article placed in a named town ("direktorka jedne škole u Sjenici"); "X's years as
minister" (an office once held); a profession alone opening a sentence with the first person
("Kao tužilac, mogu da kažem", "As a journalist I was told"), which round 3 had left as sector
level and every held-out set that has one labels the speaker's own role.

Nothing here is taken from a held-out set: those measure generalisation, these pin the rules.
"""

from __future__ import annotations

import pytest

from roundtable_app.guard import Guard, Term
from roundtable_app.guard.replacements import replacement_choices

TERMS = [
    Term("Milan Dragić", "person", ("Dragić", "Milan")),
    Term("Peter Lund", "person", ("Lund",)),
    Term("Ana Pop", "person", ("Pop",)),
    Term("Ilinca Rădulescu", "person", ("Rădulescu",)),
    Term("Ivo Andrić", "person", ("Andrić",)),
    Term("Ombudsperson for Children", "role", ("the Ombudsperson",)),
    Term("Caritas Srbija", "organisation", ("Caritas",)),
    Term("Market Inspectorate", "organisation", ("tržišna inspekcija",)),
    Term("Obrenovac Transit Centre", "organisation", ("tranzitni centar u Obrenovcu",)),
    Term("Zračak", "organisation", ("Зрачак",)),
    Term("Iskrica", "organisation", ()),
    Term("UNHCR", "organisation", ()),
]
GUARD = Guard(TERMS)


def found(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.category) for f in GUARD.scan(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Caritas-type networks in Italy were compared with the Serbian ones.",
        "A Lund-style plan would need three more caseworkers.",
        "Maria Square in Budapest is where the buses to Vienna leave from.",
        "Pope Leo's message on refugees was read out at the church.",
        "Ivo Andrić's novels were quoted in a handout on the Drina.",
        "Pominjane su pesme Ive Andrića o mostu na Drini.",
        "The former president Milan Dragić once opened the shelter, says the plaque.",
        "The Ombudsperson for Human Rights of the Council of Europe visited Serbia in May.",
        "The market inspectorate's powers over informal work came up again.",
        "Tranzitni centar u Obrenovcu otvoren je 2016. u bivšoj kasarni.",
        "U Milanu i Torinu radi najviše sezonskih radnika iz Srbije.",
        "Situacija u Milanu je drugačija, rečeno je.",
        "The school was cited as one that has kept its Roma assistant.",
        "Participants agreed that the law should change.",
        "Most ministries were represented at some point during the week.",
        "Nisu bili prisutni predstavnici pravosuđa trećeg dana.",
        "An NGO said the hotline money runs out in March.",
        "The organisation said nothing about its funding.",
        "Jedno udruženje kaže da linija radi do decembra.",
        "Moj savet je da se sačeka sa odlukom.",
        "Zračak sunca probio se tek posle podne, pa je obilazak sela pomeren.",
        "Зрачак наде стигао је у марту, када је одобрен нови аутобус.",
        "Iskrica je bila dovoljna da se vatra raširi na štalu.",
        "Predstavnik jedne međunarodne organizacije rekao je da novca nema.",
        "Kao majka, mogu da kažem da je teško.",
        "As a rule, judges in Serbia decide within a month.",
        "A judge can order a DNA test, but families rarely pay for it.",
    ],
)
def test_look_alikes_are_left_alone(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "part", "category"),
    [
        ("Our only Hungarian speaker interpreted for the families.", "Our only Hungarian speaker",
         "indirect"),
        ("The sole representative of the Jewish community praised the volunteers.",
         "The sole representative", "indirect"),
        ("Jedini iz Šapca je izneo podatke o hraniteljima.", "Jedini iz Šapca", "indirect"),
        ("Najviši funkcioner na skupu obećao je novi pravilnik.", "Najviši funkcioner",
         "indirect"),
        ("Razgovarali smo sa najmlađom učesnicom o školama.", "najmlađom učesnicom",
         "indirect"),
        ("Једини педијатар је изнео податке о вакцинацији.", "Једини педијатар", "indirect"),
        ("Kako kaže muškarac koji vodi svratište u Šapcu, mesta nema.",
         "muškarac koji vodi svratište", "indirect"),
        ("According to the woman who edits the Romani-language weekly, threats are common.",
         "the woman who edits", "indirect"),
        ("The two directors of the health centres disagreed about waiting lists.",
         "two directors", "indirect"),
        ("Participants included the Commissariat, the Red Cross and two health centres.",
         "Participants included", "indirect"),
        ("Both national councils were represented, and both opposed the plan.",
         "were represented", "indirect"),
        ("A delegation from the embassy joined us in Šabac on the last day.", "joined us",
         "indirect"),
        ("Na sesiji o zdravlju bila su prisutna oba doma zdravlja.", "bila su prisutna",
         "indirect"),
        ("Na panelu su učestvovali i policija, Crveni krst i dva udruženja.", "su učestvovali",
         "indirect"),
        ("U Loznicu su sa nama išli i Komesarijat i granična policija.", "sa nama išli",
         "indirect"),
        ("The Roma women's NGO said its shelter closes in winter.", "The Roma women's NGO",
         "indirect"),
        ("The legal aid association at the table argued against detention.",
         "The legal aid association at the table", "indirect"),
        ("Romska ženska mreža kaže da linija nema novca.", "Romska ženska mreža", "indirect"),
        ("Udruženje za pravnu pomoć se protivi zadržavanju dece.", "Udruženje za pravnu pomoć",
         "indirect"),
        ("My officers at the crossing follow the procedure.", "My officers", "self_reference"),
        ("My parishioners collect clothes every winter.", "My parishioners", "self_reference"),
        ("Naša redakcija je dobila pretnje posle teksta.", "Naša redakcija", "self_reference"),
        ("Наша парохија сваке среде носи хлеб.", "Наша парохија", "self_reference"),
        ("Direktorka jedne škole u Ljuboviji rekla je da devojčice odlaze posle osmog razreda.",
         "Direktorka jedne škole u Ljuboviji", "indirect"),
        ("The head of a small village school in Krupanj described the winter roads.",
         "The head of a small village school in Krupanj", "indirect"),
        ("Kao tužiteljka, mogu da kažem da prijava nije bilo.", "Kao tužiteljka",
         "self_reference"),
        ("„Као новинар, знам да уредници то неће објавити“, речено је.", "Као новинар",
         "self_reference"),
        ("As a journalist I was told by three ministries to wait.", "As a journalist",
         "self_reference"),
    ],
)  # fmt: skip
def test_the_rule_finds_what_it_should(text: str, part: str, category: str) -> None:
    assert any(part in f.text and f.category == category for f in GUARD.scan(text)), found(text)


def test_a_listed_name_before_works_is_still_that_person_without_the_works() -> None:
    # The works make the name an author's; without them the listed person is found.
    assert found("Ivo Andrić said the bridge is closed.") == [("Ivo Andrić", "person")]
    assert found("Pesme je čitao Ivo Andrić.") == [("Ivo Andrić", "person")]


def test_a_name_after_an_initial_of_one_letter_words() -> None:
    # "U" without a full stop is the preposition; "U." is an initial.
    assert found("U Milanu je bilo toplo.") == []
    assert ("U. Dragić", "person") in found("U. Dragić je rekao da nema mesta.")


def test_a_listed_office_of_that_length_is_still_found() -> None:
    texts = [f.text for f in GUARD.scan("The Ombudsperson for Children said the law is late.")]
    assert texts == ["The Ombudsperson for Children"]


def test_line_break_hyphen_before_any_lower_case_letter() -> None:
    (f,) = GUARD.scan("Ilinca Rădu-\nlescu said the shelter is full.")
    assert f.text == "Ilinca Rădu-\nlescu" and f.category == "person"
    text = "Pop-\nșan said so."  # another word, not Pop: the line break joins it
    assert found(text) == []


def test_an_organisation_described_is_reworded_as_an_organisation() -> None:
    text = "The Roma women's NGO said its shelter closes in winter."
    (f,) = [f for f in GUARD.scan(text) if f.category == "indirect"]
    assert [r.words for r in replacement_choices(text, f)][0] == "An organisation"
    sr = "Romska ženska mreža kaže da linija nema novca."
    (g,) = [f for f in GUARD.scan(sr) if f.category == "indirect"]
    assert "organizacija" in replacement_choices(sr, g)[0].words.lower()


def test_an_organisation_named_by_a_rare_word_is_found_where_it_is_a_name() -> None:
    assert found("Volonterke Zračka obišle su sela.") == [("Zračka", "organisation")]
    assert found("Kaže da „Iskrica“ deli pakete porodicama.") == [("Iskrica", "organisation")]
    # The first word of a quoted title is no name in quotes.
    assert found("Pomenuta je pesma „Iskrica nade“ sa festivala.") == []


def test_a_lower_case_acronym_with_a_hyphenated_case_ending() -> None:
    assert found("kolega iz unhcr-a: registracija u Loznici kasni") == [("unhcr", "organisation")]


def test_years_as_minister_are_an_office_once_held() -> None:
    text = "Peter Lund's years as minister were recalled as a better time."
    assert [f.category for f in GUARD.scan(text)] == ["person"]  # the name, no description
