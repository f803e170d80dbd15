"""The guard's fifth round: general rules for the classes of failure the sixth held-out set
showed, each pinned down here on remarks of our own (other names, other bodies, other wording,
both scripts): remarks each rule must flag and look-alikes it must leave alone.

Nothing here is taken from a held-out set: those measure generalisation, these pin the rules.
"""

from __future__ import annotations

import pytest

from roundtable_app.guard import Guard, Term

TERMS = [
    Term("Dragana Milutinović", "person", ("Драгана Милутиновић", "Gogi")),
    Term("Lazar Đukić", "person", ("Lazar Djukic", "Лазар Ђукић")),
    Term("UNFPA", "organisation", ("УНФПА",)),  # an international agency
    Term("Poverenik za informacije od javnog značaja", "organisation", ("Poverenik",)),
    Term("Ministry of Health", "organisation", ("Ministarstvo zdravlja",)),
    Term("Udruženje Sunce", "organisation", ("USUN",)),  # a civil society organisation
    Term("ALL – Alliance for Legal Literacy", "organisation", ("ALL",)),
    Term("Srednji Breg", "place", ("Sredbreg",)),
    Term("Trnovac", "place"),
    Term("KP-443/24", "other"),
]
GUARD = Guard(TERMS)


def found(text: str, guard: Guard = GUARD) -> list[tuple[str, str]]:
    return [(f.text, f.category) for f in guard.scan(text)]


def flagged(text: str, guard: Guard = GUARD) -> list[str]:
    return [f.text for f in guard.scan(text)]


def overlaps(text: str, part: str, guard: Guard = GUARD) -> bool:
    """Whether some finding overlaps the first occurrence of ``part``."""
    s = text.index(part)
    e = s + len(part)
    return any(f.start < e and s < f.end for f in guard.scan(text))


# ------------------------------------ a public body's report, data set or powers are public
@pytest.mark.parametrize(
    "text",
    [
        "UNFPA's report on child marriage was quoted by several people.",
        "Izveštaj UNFPA o dečjim brakovima navodi da se broj ne smanjuje.",
        "УНФПА-ов извештај о дечјим браковима цитиран је на почетку.",
        "Prema godišnjem izveštaju Ministarstva zdravlja, čeka se šest meseci.",
        "The Ministry of Health's annual report says waiting lists doubled.",
        "UNFPA's DHS data show that one girl in ten marries before 18.",
        "UNFPA's Population Data Report lists the same figure.",
        "The Poverenik can order any body to release documents under his mandate.",
        "Poverenik je kao institucija dobio šira ovlašćenja 2023. godine.",
        "Poverenik po zakonu ima nadležnost nad svim organima vlasti.",
        "UNFPA's data show fewer girls in school, she said.",  # round 11: her source, not hers
    ],
)
def test_a_public_bodys_publications_and_powers_are_not_a_voice_in_the_room(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # An association's report may well have been shared by the one who said it.
        ("Udruženje Sunce's annual report lists 40 families.", "Udruženje Sunce"),
        ("UNFPA's representative said fewer girls are in school.", "UNFPA"),
        ("Poverenik je rekao da mandat ne pokriva privatne firme.", "Poverenik"),
        ("Our mandate at the Ministry of Health does not cover this.", "Ministry of Health"),
        ("Iz Ministarstva zdravlja su rekli da izveštaj kasni.", "Ministarstva zdravlja"),
    ],
)
def test_a_body_speaking_or_an_associations_report_is_still_flagged(text: str, part: str) -> None:
    assert overlaps(text, part)


# ------------------------------------------- an English quantifier written in capitals
@pytest.mark.parametrize(
    "text",
    [
        "ALL of the families we met had been evicted twice.",
        "ALL the shelters were full by October.",
    ],
)
def test_an_acronym_spelling_a_quantifier_is_the_word_when_it_quantifies(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "ALL has trained forty paralegals this year.",
        "Colleagues from ALL said the courts ignore the guidelines.",
    ],
)
def test_the_same_acronym_as_a_subject_or_affiliation_is_flagged(text: str) -> None:
    assert ("ALL", "organisation") in found(text)


# ------------------------------------------------ a title inside a listed alias is no name
TITLED = Guard([Term("Milena Vasić", "person", ("doc. Vasić", "Prof. Vasić"))])


@pytest.mark.parametrize(
    "text",
    [
        "Prof. and Doc. are both academic ranks in Serbia.",
        "Titles such as prof. or doc. are left out of the minutes.",
    ],
)
def test_a_title_from_an_alias_alone_is_not_the_person(text: str) -> None:
    assert found(text, TITLED) == []


@pytest.mark.parametrize("text", ["Prof. Vasić presented the survey.", "Vasić je bila jasna."])
def test_the_alias_with_its_name_still_is(text: str) -> None:
    assert [c for _, c in found(text, TITLED)] == ["person"]


# ----------------------------------------------- an office's report speaks, not the officer
def test_a_possessive_office_whose_report_says_is_the_document() -> None:
    assert found("The Commissioner's latest report says 12 requests were refused.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The commissioner who wrote the report said 12 requests were refused.",
        "The Commissioner's adviser said the report is late.",
    ],
)
def test_the_officer_described_still_is(text: str) -> None:
    assert [c for _, c in found(text)] == ["indirect"]


# ------------------------------------------------- a reference number keeps its slash
@pytest.mark.parametrize(
    "text", ["Predmet KP-443/24 je i dalje otvoren.", "In case КП-443/24 the court waited."]
)
def test_a_listed_reference_with_a_slash_is_found(text: str) -> None:
    assert [c for _, c in found(text)] == ["other"]


def test_another_number_after_the_same_prefix_is_not() -> None:
    assert found("Predmet KP-443/23 je zatvoren.") == []


# --------------------------------------------------- contact details spelled out in words
@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Zovite je: nula šest četiri, tri tri jedan, dva dva osam devet.", "nula šest"),
        ("His number is zero-six-one, four-four-two, seven-seven-one-three.", "zero-six-one"),
        ("Piši na dragana tačka m et sunce org rs do petka.", "dragana tačka m et sunce org rs"),
        ("Mail goes to lazar dot dj at primer dot com, he said.", "lazar dot dj at primer"),
    ],
)
def test_a_phone_number_or_address_read_aloud_is_a_contact(text: str, part: str) -> None:
    assert any(c == "contact" for _, c in found(text))
    assert overlaps(text, part)


@pytest.mark.parametrize(
    "text",
    [
        "One, two, three, four, five, six, seven children in one room.",
        "Jedan, dva, tri, četiri, pet, šest, sedam godina čekanja.",
        "We met at the community centre on Tuesday.",
        "Citirali su Marsa et al. i još dva rada.",
    ],
)
def test_counting_and_ordinary_at_are_not_contacts(text: str) -> None:
    assert not any(c == "contact" for _, c in found(text))


# ------------------------------------------------ notes written without any capitals
@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("gogi kaze da autobus ne ide posle 8", "gogi"),
        ("sredbreg: nema lekara od juna", "sredbreg"),
        ("trnovac - skola zatvorena, deca putuju 12 km", "trnovac"),
    ],
)
def test_in_notes_without_capitals_a_listed_word_that_is_no_word_counts(
    text: str, part: str
) -> None:
    assert overlaps(text, part)


@pytest.mark.parametrize(
    "text",
    [
        # With capitals elsewhere, the lower-case word is still not taken for the name.
        "Gogi i Lazar su otišli; u trnovac se ne ide zimi.",
        "the road to the sea is closed",
    ],
)
def test_a_lower_case_word_in_capitalised_text_still_needs_its_capital(text: str) -> None:
    assert not overlaps(text, "trnovac" if "trnovac" in text else "road")


# ------------------------------------------- each đ typed as d or dj independently
@pytest.mark.parametrize(
    "text", ["Dukic je rekao da ne zna.", "djukić kaže da ne zna", "Djukic said so."]
)
def test_a_surname_with_d_for_dj_in_any_mix_is_found(text: str) -> None:
    assert [c for _, c in found(text)] == ["person"]


def test_a_lower_case_alias_that_is_an_ordinary_word_stays_the_word() -> None:
    guard = Guard([Term("Vesna Kos", "person", ("Gaga",))])
    assert found("deca su bila gaga od umora", guard) == []


# ------------------------------------------------------------- acronyms used as nouns
ACRONYMS = Guard(
    [
        Term("SNAGA – Mreža za pomoć ženama", "organisation", ("SNAGA",)),
        Term("Dom zdravlja Trnovac", "organisation", ("DZT Trnovac",)),
        Term("PU Trnovac", "organisation"),
        Term("SAN", "organisation"),
    ]
)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Iz Snage su rekli da nemaju mesta.", "Snage"),
        ("Из СНАГЕ траже нове кревете.", "СНАГЕ"),
        ("Sa kolegama iz DZT-a smo se dogovorili.", "DZT"),
        ("Lekarka iz DZT Trnovac je došla.", "DZT Trnovac"),
        ("dogovor sa dzt: obuka u maju", "dzt"),
    ],
)
def test_an_acronym_declines_and_stands_without_its_place(text: str, part: str) -> None:
    assert overlaps(text, part, ACRONYMS)


@pytest.mark.parametrize(
    "text",
    [
        "Snage nam nedostaju posle tri smene.",  # snaga: strength
        "Nemamo snage da primimo još dece.",
        "Iz PU smo dobili dopis.",  # two letters say too little alone
        "Studija SANU o apatridiji je stara.",  # another acronym, not SAN declined
    ],
)
def test_look_alikes_of_declined_acronyms_are_left_alone(text: str) -> None:
    assert found(text, ACRONYMS) == []


# ------------------------------- one participant described by origin, or by a dated act
@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Eritrejka koja je pobegla iz kampa rekla je da ih niko nije pitao.", "Eritrejka koja"),
        ("Кубанац који ради у пекари каже да плату добија на руке.", "Кубанац који"),
        ("Jermenka na skupu je upozorila da se oglasi šire preko grupa.", "Jermenka na skupu"),
        ("Mladić iz Homsa koji je radio u perionici rekao je da nema ugovor.", "Mladić iz Homsa"),
        ("Upravnica doma kaže da nema kreveta.", "Upravnica doma"),
        # A year with the ordinal full stop does not end the sentence before the verb.
        (
            "Onaj inspektor što je 2023. ušao u perionicu kaže da su radnici bili zaključani.",
            "Onaj inspektor",
        ),
    ],
)
def test_a_participant_described_by_origin_or_by_one_act_is_indirect(text: str, part: str) -> None:
    assert ("indirect" in [c for _, c in found(text)]) and overlaps(text, part)


@pytest.mark.parametrize(
    "text",
    [
        "Jedan Eritrejac je rekao da ih niko nije pitao.",  # one of many
        "Kubanci koji rade u pekarama kažu da plate kasne.",  # plural: a class
        "Eritrejci i Sudanci čine trećinu radnika, rečeno je.",
        "Zakon je usvojen 2023. i primenjuje se od jula.",
        "Hungarian police statistics were questioned by several people.",
    ],
)
def test_indefinite_or_plural_origins_identify_nobody(text: str) -> None:
    assert found(text) == []


def test_a_full_stop_after_a_year_before_a_capital_still_ends_the_sentence() -> None:
    # The sentence ends at "2023."; "Upravnica" opens the next one with its own verb.
    assert overlaps("Bilo je to 2023. Upravnica doma kaže da nema kreveta.", "Upravnica doma")


# ---------------------------------------- the speaker at the one place of its kind
@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("I manage the only women's shelter in the district, so I know the numbers.", "I manage"),
        ("We run the only legal aid desk at the border crossing.", "We run"),
        ("Vodim jedino savetovalište u opštini i znam te porodice.", "Vodim jedino"),
        ("Ja radim u jedinoj ambulanti za migrante ovde.", "Ja radim"),
        ("Ја сам онај који вози децу у једину школу у селу.", "Ја сам онај"),
    ],
)
def test_the_speaker_running_the_only_place_identifies_themselves(text: str, part: str) -> None:
    # Self-identification may explain it as well ("Vodim savetovalište" is one already).
    assert {"indirect", "self_reference"} & {c for _, c in found(text)}
    assert overlaps(text, part)


@pytest.mark.parametrize(
    "text",
    [
        "I think the only solution is more money for the centres.",
        "Imam jedino pitanje o rokovima.",
        "Jedino tako radimo, rekla je grupa.",
        "The only shelter in the district closed in 2019.",
        "We work with the only data anyone has, the census.",
    ],
)
def test_uniqueness_without_the_speaker_running_it_is_left_alone(text: str) -> None:
    assert found(text) == []


# ------------------------------------- a foreign surname in -o keeps it in the possessive
NAMES_IN_O = Guard([Term("Tibor Nemo", "person", ("Тибор Немо",))])


@pytest.mark.parametrize(
    "text", ["Nemoova analiza je stigla.", "Немоовом предлогу нико се није противио."]
)
def test_the_possessive_of_a_foreign_surname_in_o_is_found(text: str) -> None:
    assert [c for _, c in found(text, NAMES_IN_O)] == ["person"]


def test_a_word_that_only_starts_like_it_is_not() -> None:
    assert found("Nemoguće je to uraditi do juna.", NAMES_IN_O) == []


# ------------------------------ a listed role that is an ordinary word, said of one person
ROLES = Guard([Term("prosecutor", "role", ("tužilac",)), Term("Dragana Milutinović", "person")])


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("The prosecutor's mobile is the best way to reach her at night.", "prosecutor's"),
        ("Dragana (the prosecutor) wants the hearings recorded.", "prosecutor"),
        ("Milutinović, the prosecutor, asked for the figures.", "prosecutor"),
    ],
)
def test_a_role_said_of_one_person_is_flagged(text: str, part: str) -> None:
    assert "role" in [c for _, c in found(text, ROLES)] and overlaps(text, part, ROLES)


@pytest.mark.parametrize(
    "text",
    [
        "A prosecutor's workload in Serbia is twice the European average.",
        "Prosecutor shortages delay every case.",
        "Every prosecutor needs training on trafficking.",
    ],
)
def test_the_role_as_a_class_is_left_alone(text: str) -> None:
    assert found(text, ROLES) == []


# ------------------------------- a local body's name without the event's town
LOCAL = Guard(
    [
        Term("Dom zdravlja Trnovac", "organisation", ("Health Centre Trnovac",)),
        Term("Osnovni sud u Trnovcu", "organisation", ("Basic Court in Trnovac",)),
        Term("Ženski centar Iskra", "organisation"),  # a name, not a town: one body only
    ]
)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Lekarka iz Doma zdravlja kaže da nema pedijatra.", "Doma zdravlja"),
        ("Her colleague at the Health Centre said there is no paediatrician.", "Health Centre"),
        ("Sudija Osnovnog suda je bio jasan.", "Osnovnog suda"),
        ("A judge at the Basic Court refused the request.", "Basic Court"),
    ],
)
def test_a_local_body_is_found_without_the_town_its_name_ends_in(text: str, part: str) -> None:
    assert overlaps(text, part, LOCAL)


@pytest.mark.parametrize(
    "text",
    [
        "Domovi zdravlja u manjim mestima nemaju pedijatre.",  # the kind of institution
        "Dom zdravlja je najbliži u susednom selu.",  # sentence case at the start: the kind
        "Health centres across the region lack paediatricians.",
        "Osnovni sudovi rade sporo.",
        # Iskra ends one listed name only: no town, so the name keeps it.
        "Rekli su da bi im Ženski centar u svakom gradu pomogao.",
    ],
)
def test_the_kind_of_institution_is_not_the_local_body(text: str) -> None:
    assert found(text, LOCAL) == []


# -------------------------------------------- an unlisted acronym as the speaker's body
@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Iz ZRNK-a su rekli da se rokovi ne poštuju.", "ZRNK"),
        ("People from RRPC said the list is ready.", "RRPC"),
        ("Из ЦЗПД-а кажу да им фали психолог.", "ЦЗПД"),
    ],
)
def test_an_unlisted_acronym_the_speaker_comes_from_is_flagged(text: str, part: str) -> None:
    assert ("organisation", "medium") in [
        (f.category, f.severity) for f in GUARD.scan(text)
    ] and overlaps(text, part)


@pytest.mark.parametrize(
    "text",
    [
        "Iz SAD-a je stigla nova pomoć.",  # a country, and nobody speaks
        "Participants from EU member states agreed.",  # two letters: a sector
        "The data from NATO archives were declassified in 2019.",
    ],
)
def test_an_acronym_without_a_speaker_from_it_is_left_alone(text: str) -> None:
    assert found(text) == []


# ------------------------------ whoever comes from a named body is a person, named
@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Cecu iz Udruženja Sunce smo pitali za spisak.", "Cecu"),
        ("Tamsin from UNFPA said the numbers are provisional.", "Tamsin"),
        ("Žiki iz ZRNK-a su rekli da sačeka.", "Žiki"),
    ],
)
def test_the_word_before_from_a_named_body_is_a_name(text: str, part: str) -> None:
    assert ("person", part) in [(c, t) for t, c in found(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Ljudi iz Udruženja Sunce kažu da nema mesta.",
        "Oni iz UNFPA kažu da nema novca.",
        "Advokati iz Udruženja Sunce dolaze sredom.",
        "Colleagues from UNFPA said the numbers are provisional.",
    ],
)
def test_people_or_a_pronoun_from_a_body_are_not_a_name(text: str) -> None:
    assert "person" not in [c for _, c in found(text)]


# ------------------------------------------------ the one person who runs something
@pytest.mark.parametrize(
    ("text", "part"),
    [
        (
            "Lazar, who heads the asylum unit, said the backlog is gone.",
            "who heads the asylum unit",
        ),
        (
            "The colleague who runs the night shelter asked for a break.",
            "who runs the night shelter",
        ),
        ("Slučaj je opisala psihološkinja koja ga vodi.", "psihološkinja koja ga vodi"),
        ("Tako kaže savetnica koja rukovodi odeljenjem.", "savetnica koja rukovodi"),
    ],
)
def test_the_person_who_runs_one_thing_is_indirect(text: str, part: str) -> None:
    assert "indirect" in [c for _, c in found(text)] and overlaps(text, part)


@pytest.mark.parametrize(
    "text",
    [
        "Nobody knows who runs the country after the election.",
        "Udruženja koja vode Romkinje traže sastanak.",  # plural: a class
        "Organizacija koja vodi kampanju je mala.",  # a thing, not a person
        "The ministry, which runs the centres, published the list.",
        "Volunteers who run the kitchens rotate every week.",
    ],
)
def test_running_said_of_no_one_person_is_left_alone(text: str) -> None:
    assert found(text) == []


# ------------------------------------------ the body a named person comes from, described
@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Lazar from the legal aid clinic in Šabac offered two lawyers.", "legal aid clinic"),
        ("Dragana Milutinović at the women's shelter said the rooms are full.", "women's shelter"),
    ],
)
def test_a_named_persons_body_in_other_words_is_flagged_too(text: str, part: str) -> None:
    assert ("affiliation", "medium") in [(f.category, f.severity) for f in GUARD.scan(text)]
    assert overlaps(text, part)


@pytest.mark.parametrize(
    "text",
    [
        "Someone from the legal aid clinic offered two lawyers.",  # nobody named
        "Lazar from the ministry said the law will change.",  # a sector: the strict setting's
    ],
)
def test_without_a_name_or_beyond_a_sector_the_body_is_not_flagged(text: str) -> None:
    assert "affiliation" not in [c for _, c in found(text)]


# ---------------------- a name that is a Serbian word only, with an English possessive
WORDY = Guard([Term("Jovana Ilić", "person", ("Sunca",))])  # sunca: of the sun


@pytest.mark.parametrize("text", ["sunca's team is short of staff", "We used Sunca's list."])
def test_a_serbian_word_with_an_english_possessive_is_the_name(text: str) -> None:
    assert [c for _, c in found(text, WORDY)] == ["person"]


@pytest.mark.parametrize("text", ["Nema sunca ni vode u kampu.", "the sun's heat was the problem"])
def test_the_serbian_word_in_serbian_is_the_word(text: str) -> None:
    assert found(text, WORDY) == []


# ----------------------------------------------- a speaker's label opening a note
@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("goran petkovski: bez prevodioca nema saslušanja", "goran petkovski"),
        ("Senada: the bus stops running in October.", "Senada"),
        ("beleške\nimre: autobus ne ide posle osam", "imre"),
    ],
)
def test_a_given_name_labelling_a_note_is_a_name(text: str, part: str) -> None:
    assert ("person", part) in [(c, t) for t, c in found(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Napomena: sledeći sastanak je u maju.",
        "Question: who pays for the interpreters?",
        "Zaključak: potrebno je više prevodilaca.",
        "Nada: to je sve što imamo.",  # an ordinary word (hope) as well as a name
    ],
)
def test_a_label_that_is_no_given_name_is_left_alone(text: str) -> None:
    assert found(text) == []


# --------------------------------------------------------- a handle with dots inside
def test_a_handle_with_dots_is_found_whole() -> None:
    assert ("@majke.iz.trnovca", "contact") in found("Pratite @majke.iz.trnovca na Instagramu.")


def test_a_handle_ends_before_the_full_stop() -> None:
    assert ("@lazar_dj", "contact") in found("Javite se na @lazar_dj.")


# ------------------------------------- a body every town has, named by the event's town
@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("An officer from the Trnovac police never answered the letter.", "Trnovac police"),
        ("Bolnica u Trnovcu nema pedijatra.", "Bolnica u Trnovcu"),
    ],
)
def test_a_local_body_named_by_the_events_town_is_flagged(text: str, part: str) -> None:
    assert ("organisation", "medium") in [(f.category, f.severity) for f in LOCAL.scan(text)]
    assert overlaps(text, part, LOCAL)


@pytest.mark.parametrize(
    "text",
    [
        "Trnovac has no paediatrician since June.",  # the town itself, no body
        "Policija u Nišu nije odgovorila.",  # another town: not the event's
        "Trnovac je udaljen 12 kilometara.",
    ],
)
def test_the_town_alone_or_another_towns_body_is_left_alone(text: str) -> None:
    assert found(text, LOCAL) == []


# ----------------------------------------- the deputy or assistant of a named person
@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Lazar and his deputy left before the vote.", "his deputy"),
        ("Dragana Milutinović i njena savetnica su tražile zapisnik.", "njena savetnica"),
    ],
)
def test_the_deputy_of_a_named_person_is_indirect(text: str, part: str) -> None:
    assert ("indirect", part) in [(c, t) for t, c in found(text)]


def test_a_named_persons_family_is_not_a_finding_of_its_own() -> None:
    assert [c for _, c in found("Lazar and his family moved to Novi Sad.")] == ["person"]


@pytest.mark.parametrize(
    "text",
    [
        "The participants, who led the workshops, said the hours were too long.",
        "Lekarka koja vodi računa o deci kaže da nema lekova.",
    ],
)
def test_a_plural_past_or_taking_care_runs_nothing(text: str) -> None:
    assert "who runs something" not in " ".join(f.reason for f in GUARD.scan(text))


def test_the_only_country_or_city_is_no_workplace() -> None:
    assert found("I work in the only country in the region without a shelter law.") == []


def test_before_a_plural_the_capitals_stay_ambiguous() -> None:
    # "ALL lawyers documented..." may be ALL's lawyers: the facilitator decides.
    assert ("ALL", "organisation") in found("ALL lawyers documented 40 evictions.")


def test_the_acronym_speaking_is_the_body() -> None:
    assert ("ALL", "organisation") in found("ALL says the courts ignore the guidelines.")


def test_whoever_runs_it_without_anyone_speaking_is_general() -> None:
    assert found("The person who runs the shelter should be trained first.") == []
