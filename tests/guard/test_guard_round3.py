"""The guard's third round: the classes of failure the fourth held-out set showed, rule by rule,
on cases of our own (other names, other wording, both languages and scripts).

Each rule has remarks it must flag and look-alikes it must leave alone. Nothing here is taken
from a held-out set: those measure generalisation, these pin the rules down.
"""

from __future__ import annotations

import pytest

from roundtable_app.guard import Guard, Term

TERMS = [
    Term("Branka Jovičić", "person", ("Бранка Јовичић",)),
    Term("Đurđa Lukić", "person", ("Ђурђа Лукић",)),
    Term("Ljubomir Nedić", "person", ("Љубомир Недић",)),
    Term("Drina Kostić", "person", ("Дрина Костић",)),  # Drina: a river as well
    Term("Hope Carrington", "person"),  # Hope: an ordinary word as well
    Term("Will Ashdown", "person"),
    Term("Zdravko Pavić", "person", ("Father Zdravko", "otac Zdravko")),
    Term("Udruženje Sunce", "organisation", ("Sunce",)),
    Term("Mreža Ternipe", "organisation", ("Ternipe", "Мрежа Терніпе")),
    Term("Komesarijat za izbeglice i migracije", "organisation", ("KIRS", "Refugee Commissariat")),
    Term(
        "Ombudsperson for Children", "role", ("zaštitnica prava deteta", "Children's Ombudsperson")
    ),
    Term(
        "Pokrajinski sekretar za socijalnu politiku",
        "role",
        ("pokrajinska sekretarka za socijalnu politiku",),
    ),
]
GUARD = Guard(TERMS)


def flagged(text: str, guard: Guard = GUARD) -> list[str]:
    return [f.text for f in guard.scan(text)]


def categories(text: str, guard: Guard = GUARD) -> list[str]:
    return [f.category for f in guard.scan(text)]


# ------------------------------------------------ an unlisted given name alone, with a verb
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Farida doubted the buses will run after October.", "Farida"),
        ("Dritan wasn't sure the form exists in Albanian.", "Dritan"),
        ("Leyla never agreed that the camp is safe.", "Leyla"),
        ("Gordana misli da je rok prekratak.", "Gordana"),
        ("Senada kaže da u naselju nema vode.", "Senada"),
        ("Сенада каже да у насељу нема воде.", "Сенада"),
        ("Nasrin nije bila sigurna da prevod postoji.", "Nasrin"),
        ("Bob thought the night shift needs two people.", "Bob"),
    ],
)
def test_a_given_name_alone_before_a_verb_of_speaking_or_opinion_is_a_person(
    text: str, name: str
) -> None:
    assert name in flagged(text)


def test_names_joined_by_and_share_the_verb() -> None:
    found = flagged("Aylin i Soraya su pitale ko plaća prevod.")
    assert "Aylin" in found and "Soraya" in found
    found = flagged("Kemal and Jamila asked for the minutes in Turkish.")
    assert "Kemal" in found and "Jamila" in found


def test_a_capitalised_word_after_the_name_is_taken_as_its_surname() -> None:
    assert flagged("Јожеф Хорват тражи да се летак преведе.") == ["Јожеф Хорват"]
    assert flagged("Imre Szabo wants the leaflet in Hungarian.") == ["Imre Szabo"]


@pytest.mark.parametrize(
    "text",
    [
        "Senada is a common name in Sandžak.",  # no verb of a person after it
        "The Farida clinic said it is full.",  # a thing named after someone
        "Mark the forms that are missing a signature.",  # the verb, not the name
        "Will said nothing new, the minister repeated the plan.",  # "will" is never alone
        "Jordan said it will close the camps.",  # a country
        "Chad said it will keep the border open.",
        "Sunčani dan, kaže prognoza.",
        "Niko ne zna koliko ih ima.",  # "nobody", also a given name
        "Vlade traže da se kampovi zatvore.",  # "governments"
        "Sami kažu da im je teško.",  # "themselves"
    ],
)
def test_lone_name_look_alikes_are_left_alone(text: str) -> None:
    # No list: "Will" here is nobody protected (a listed Will would be the person).
    assert "person" not in categories(text, Guard())


# ------------------------------------------------ possessives of names not on the list
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tesfay's point was that nobody translates the decision.", "Tesfay"),
        ("Yonas's question stayed unanswered.", "Yonas"),
        ("Dritanov predlog je da se formular skrati.", "Dritanov"),
        ("Senadino pitanje je ostalo bez odgovora.", "Senadino"),
        ("Дританов коментар се односио на школе.", "Дританов"),
    ],
)
def test_a_possessive_of_an_unlisted_name_before_what_a_person_says(text: str, name: str) -> None:
    assert name in flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "UNICEF's point is made in every report.",  # an acronym: the list's business
        "Everyone's question was the same.",
        "Petrovaradinski predlog je povučen.",  # an adjective of a place, not of a name
        "Today's comment period ends on Friday.",
        "Frontex's view differs from ours.",  # an agency's view, not a person's
        "Zoran Đinđić's idea of reform still divides people.",  # a public figure
    ],
)
def test_possessive_look_alikes_are_left_alone(text: str) -> None:
    assert "person" not in categories(text)


# ------------------------------------------------ given-name homonyms of listed persons
@pytest.mark.parametrize(
    "text",
    [
        "Hope wasn't convinced the referral works.",
        "Hope can be reached on 064 111 2233 after six.",
        "Will never agreed to the new form.",
        "Hope (KIRS): the numbers stay internal.",
    ],
)
def test_a_homonym_given_name_with_a_sign_of_a_person_is_the_person(text: str) -> None:
    assert "person" in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hope is what keeps the volunteers going.",
        "Will the ministry answer before June?",
        "Hope is fading, one mother said.",
    ],
)
def test_homonym_look_alikes_are_left_alone(text: str) -> None:
    assert "person" not in categories(text)


# ------------------------------------------------ a given name that is a river or a place
@pytest.mark.parametrize(
    "text",
    [
        "Na Drini je leto bilo mirno.",
        "Uz Drinu se kampuje svake godine.",
        "На Дрини је лето било мирно.",
        "Families camp along the Drina in August.",
        "The Drina river was high this spring.",
    ],
)
def test_a_listed_name_that_is_a_river_is_not_the_person_where_it_is_the_river(text: str) -> None:
    assert "person" not in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Drina je rekla da je leto bilo mirno.",
        "Drina said the summer was calm.",
        "Razgovarala sam sa Drinom Kostić.",
        "Drina's point was about the schools.",
    ],
)
def test_the_river_name_is_still_the_person_when_the_context_says_so(text: str) -> None:
    assert "person" in categories(text)


def test_a_given_name_quoted_in_lower_case_is_a_word() -> None:
    guard = Guard([Term("Salam Haddad", "person")])
    assert flagged("Posters start with 'salam', a greeting.", guard) == []
    assert flagged("Salam said the posters help.", guard) == ["Salam"]


# ------------------------------------------------ initials of listed persons
@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("B.J. and the others left early.", "B.J."),
        ("Đ.L. disagreed with the plan.", "Đ.L."),
        ("Ђ.Л. се није сложила.", "Ђ.Л."),
        ("Lj.N. je rekao da nema mesta.", "Lj.N."),
        ("L.N. je rekao da nema mesta.", "L.N."),
        ("Što se tiče B. J., ona je bila jasna.", "B. J."),
    ],
)
def test_initials_of_listed_persons(text: str, initials: str) -> None:
    assert initials in flagged(text)


def test_initial_look_alikes_are_left_alone() -> None:
    # Listed persons whose initials are common abbreviations as well.
    guard = Guard(
        [
            Term("Uroš Savić", "person"),
            Term("Emina Urošević", "person"),
            Term("Nada Nikolić", "person"),
            Term("Jovan Perić", "person"),
        ]
    )
    for text in (
        "The U.S. and the E.U. fund the shelters.",
        "N.N. lice je prijavilo krađu.",  # "N.N.": a person unknown
        "J.P. Vodovod je isključio vodu.",  # a public enterprise
    ):
        assert "person" not in categories(text, guard), text
    for text in (
        "B.J.K.S. is an acronym of four letters.",  # a run of initials is an acronym
        "Meet at 9 a.m. in hall B.",
        "X.Y. is nobody on the list.",
    ):
        assert "person" not in categories(text), text


# ------------------------------------------------ cited publications of roles and published data
@pytest.mark.parametrize(
    "text",
    [
        "The Children's Ombudsperson's 2022 annual report counts 30 cases.",
        "U izveštaju pokrajinskog sekretara za socijalnu politiku za 2021. ima 40 slučajeva.",
        "Prema podacima KIRS-a objavljenim u martu, u centrima je 900 ljudi.",
        "Figures published by KIRS in March put the number at 900.",
        # Round 11: a public body's data, published or not, is a source ("what its official
        # brought" is not said, and the body's existence is no secret).
        "Prema podacima KIRS-a, u centrima je 900 ljudi.",
        "KIRS published figures on the centres yesterday.",
        "Po podacima pokrajinskog sekretara za socijalnu politiku objavljenim u maju, ima 40.",
    ],
)
def test_a_published_document_of_a_role_or_organisation_is_a_source(text: str) -> None:
    assert flagged(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Children's Ombudsperson said the report is late.",
        "Prema KIRS-u, u centrima je 900 ljudi.",  # what KIRS said, not what it wrote
        "KIRS je objasnio da u centrima ima 900 ljudi.",  # KIRS speaking here
    ],
)
def test_unpublished_data_or_the_role_speaking_is_still_flagged(text: str) -> None:
    assert flagged(text) != []


# ------------------------------------------------ self-identification: profession and workplace
@pytest.mark.parametrize(
    "text",
    [
        "Ja kao psiholog u prihvatnom centru vidim isto.",
        "Ja kao tumačica za arapski čujem te priče svaki dan.",
        "Ја као медицинска сестра у амбуланти видим те жене.",
        "Mi kao pravnici u udruženju dobijamo te pozive.",
        "As a nurse at the reception centre, I see them every night.",
        "As an interpreter for Pashto, we hear it first.",
        "Kao neko ko radi na graničnom prelazu, mogu da potvrdim.",
        "Као неко ко ради у болници, видим последице.",
        "As someone who works at the airport, I can confirm it.",
        "Kao defektološkinja u vrtiću, vidim tu decu prva.",
        "Kao pedijatar u bolnici, vidim tu decu.",
        # A profession alone opening the sentence was left as sector level until round 15;
        # every held-out set that has one labels it the speaker's own role.
        "Kao psiholog, mogu samo da kažem da je teško.",
    ],
)
def test_a_profession_with_its_workplace_identifies_the_speaker(text: str) -> None:
    assert "self_reference" in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "She worked as a nurse in Sombor for years.",
        "As a rule, lawyers in Serbia charge less.",
        "He was hired as an interpreter for the court.",
        "Kao neko ko radi godinama, znam koliko traje.",
        "Ja kao psiholog u penziji i dalje volontiram.",  # retired: no workplace
        "As a lawyer in training, I was shocked.",
        "Radila je kao lekarka u bolnici u Zrenjaninu.",  # someone else's career
        "Kao pedijatar u Srbiji, vidim tu decu.",  # a country, not a workplace
    ],
)
def test_profession_look_alikes_are_left_alone(text: str) -> None:
    assert "self_reference" not in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Naša SOS linija radi i vikendom.",
        "Наше саветовалиште је отворено до осам.",
        "Naš dnevni centar prima dvadeset dece.",
        "Our SOS line took 90 calls in May.",
    ],
)
def test_our_service_identifies_the_speaker(text: str) -> None:
    assert "self_reference" in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "SOS linija za žene radi i vikendom.",
        "Naša linija argumentacije je jasna.",
        "The SOS line of the city is closed at night.",
    ],
)
def test_service_look_alikes_are_left_alone(text: str) -> None:
    assert "self_reference" not in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nas dvoje iz pravnih klinika smo to videli.",
        "Нас четворо из удружења тражимо састанак.",
        "The three of us from the legal aid network asked for this.",
    ],
)
def test_a_small_group_of_speakers_from_an_organisation(text: str) -> None:
    assert "self_reference" in categories(text)


def test_a_small_group_from_a_town_is_not_an_affiliation() -> None:
    assert "self_reference" not in categories("Nas troje iz Kikinde smo došli vozom.")


# ------------------------------------------------ a listed role in its feminine dative
def test_a_role_in_the_dative_before_another_subject() -> None:
    text = "Pokrajinskoj sekretarki za socijalnu politiku smo poslali pismo."
    assert categories(text) == ["role"]
    text = "Zaštitnici prava deteta smo prijavili slučaj."
    assert categories(text) == ["role"]


def test_a_role_in_the_generic_plural_is_left_alone() -> None:
    assert categories("Zaštitnici prava deteta postoje u svakoj zemlji.") == []


# ------------------------------------------------ lower-case organisation names
def test_a_one_word_organisation_name_in_lower_case_as_the_subject() -> None:
    assert categories("ternipe will send the leaflets next week.") == ["organisation"]
    assert categories("ternipe je poslala letke.") == ["organisation"]


def test_a_lower_case_word_that_is_an_ordinary_word_stays_a_word() -> None:
    # "sunce" (sun) is an ordinary word; an unknown one mid-sentence is not a subject.
    assert categories("sunce je izašlo tek u podne.") == []
    assert categories("They say ternipe means youth.") == []


# ------------------------------------------------ identification by elimination
@pytest.mark.parametrize(
    "text",
    [
        "Only woman among the police officers said the cells are cold.",
        "Only lawyer in the room asked about appeals.",
        "Jedina koja govori dari rekla je da niko ne prevodi.",
        "Једини који ради ноћу каже да је хладно.",
        "Čovek koji vodi svratište na stanici kaže da nema mesta.",
        "Žena koja vodi pravnu kliniku rekla je da su rokovi kratki.",
    ],
)
def test_uniqueness_and_descriptions_without_an_article(text: str) -> None:
    assert "indirect" in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Only lawyers can file the appeal.",
        "Only a judge may order detention.",
        "Jedini koji mogu da odluče su sudovi.",  # a class, not a person
        "Učesnica iz nevladine organizacije rekla je da je teško.",  # sector level
        "The participant from civil society said it is hard.",
    ],
)
def test_elimination_look_alikes_are_left_alone(text: str) -> None:
    assert "indirect" not in categories(text)


# ------------------------------------------------ more signs that a lone name is a participant
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Farida, a nurse from Kikinda, said the ward is full.", "Farida"),
        ("Senada, socijalna radnica, rekla je da nema mesta.", "Senada"),
        ("Dritan and I visited the settlement on Monday.", "Dritan"),
        ("Senada i ja smo obišle naselje.", "Senada"),
        ("According to Dritan, the bus never came.", "Dritan"),
        ("Slažem se sa Senadom oko rokova.", "Senadom"),
        ("Prema Dritanu, autobus nije došao.", "Dritanu"),
        ("Senada se nije složila sa predlogom.", "Senada"),
        ("Farida is convinced the law fails them.", "Farida"),
        ("Dritan kept asking about the bus.", "Dritan"),
        ("Farida's team saw forty families.", "Farida"),
    ],
)
def test_other_signs_of_a_participant_around_a_lone_name(text: str, name: str) -> None:
    assert name in flagged(text, Guard())


@pytest.mark.parametrize(
    "text",
    [
        "Dalia, the Arabic word for a flower, was suggested as the room's name.",
        "Prema Beogradu vozi samo jedan autobus.",
        "Saradnja sa Kosovom je stala.",
        "Farida, Senada and Dritan are names we used in the role play.",
    ],
)
def test_look_alikes_of_those_signs_are_left_alone(text: str) -> None:
    assert "person" not in categories(text, Guard())


@pytest.mark.parametrize(
    "text",
    [
        "Naša pravna služba prima pozive do podne.",
        "Naša mala organizacija nema para za prevod.",
        "Our small team saw forty families.",
        "Our legal aid service took 50 cases.",
    ],
)
def test_our_service_with_an_adjective(text: str) -> None:
    assert "self_reference" in categories(text)


@pytest.mark.parametrize(
    "text", ["Naša mala deca idu u školu.", "Our new plan is better.", "Naša nova vlada ćuti."]
)
def test_our_with_an_adjective_and_no_organisation_is_left_alone(text: str) -> None:
    assert "self_reference" not in categories(text)


def test_only_with_an_adjective_before_the_person() -> None:
    assert "indirect" in categories("Only Hungarian lawyer in the room said it.")
    assert "indirect" not in categories("Only Hungarian lawyers may file it there.")


@pytest.mark.parametrize(
    "text",
    [
        "The person sitting next to me said the same.",
        "The participant to my left asked about funding.",
        "Gospođa pored mene je rekla isto.",
        "The one with the green folder said it first.",
    ],
)
def test_a_place_in_the_room_or_an_appearance_describes_one_person(text: str) -> None:
    assert "indirect" in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Some people next to the door said it was cold.",  # plural, indefinite
        "One participant asked about funding.",
        "The one thing we agree on is the deadline.",
    ],
)
def test_place_in_the_room_look_alikes_are_left_alone(text: str) -> None:
    assert "indirect" not in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "I work as a psychologist at the reception centre.",
        "I used to work at the asylum office.",
        "We have worked for the Danish refugee council since 2016.",
    ],
)
def test_working_as_or_having_worked_for(text: str) -> None:
    assert "self_reference" in categories(text)


@pytest.mark.parametrize(
    "text", ["I work as a volunteer in my free time.", "We work as a team, not alone."]
)
def test_working_as_look_alikes_are_left_alone(text: str) -> None:
    assert "self_reference" not in categories(text)
