"""Phrasings the guard must generalise to: Serbian case forms of whole names, shortened roles,
dropped apostrophes, self-identification in Serbian, places shaped like surnames."""

from __future__ import annotations

from roundtable_app.guard import Guard, Term
from roundtable_app.guard.serbian import inflections, plural_lookalikes

GUARD = Guard(
    [
        Term("Zora Vasić", "person"),
        Term("Nada Ilić", "person"),
        Term("Đorđe Savić", "person"),
        Term("Jelena Marković", "person"),
        Term("Provincial Office for Inclusion", "organisation",
             ("Pokrajinska kancelarija za inkluziju",)),
        Term("Chief Border Inspector", "role", ("glavni granični inspektor",)),
        Term("Deputy Ombudsperson for Children's Rights", "role"),
        Term("Poverenik za izbeglice", "role"),
        Term("Zamenica gradonačelnika", "role"),
        Term("Sunflower Children's Fund", "organisation", ("SCF",)),
        Term("Director of the Krnjača centre", "role"),
    ]
)  # fmt: skip


def texts(text: str) -> list[str]:
    return [f.text for f in GUARD.scan(text)]


def test_case_forms_of_an_ambiguous_given_name_count_even_opening_a_sentence() -> None:
    assert texts("Zori smo poslali nacrt.") == ["Zori"]
    assert texts("Nadin predlog je usvojen.") == ["Nadin"]
    assert texts("Нади смо захвалили.") == ["Нади"]
    # The name itself opening a sentence is still the ordinary word, and lower case stays quiet.
    assert texts("Nada je poslednja umire.") == []
    assert texts("Vere i nade nije bilo, a sa nadom čekamo.") == []


def test_possessives_of_names_ending_in_e_take_ev() -> None:
    assert texts("Đorđevo pitanje je ostalo.") == ["Đorđevo"]
    assert texts("Djordjeva beleška je stigla.") == ["Djordjeva"]
    assert {"djordjev", "djordjevog"} <= inflections("djordje", possessive=True)


def test_lower_case_ordinary_words_among_case_forms_stay_quiet() -> None:
    assert texts("Kod granice su viđeni jeleni i srne.") == []
    assert texts("Poslali smo Jeleni dopis.") == ["Jeleni"]


def test_every_word_of_a_serbian_multi_word_name_takes_its_case() -> None:
    assert texts("Pokrajinskoj kancelariji za inkluziju smo pisali.") == [
        "Pokrajinskoj kancelariji za inkluziju"
    ]
    assert texts("Pitali smo glavnog graničnog inspektora.") == ["glavnog graničnog inspektora"]
    assert texts("Главном граничном инспектору смо писали.") == ["Главном граничном инспектору"]


def test_a_unique_shortened_role_counts_but_its_plural_does_not() -> None:
    # The article joins the highlight since "the ... promised" also reads as a description of
    # one person (category indirect); the listed role still explains it.
    assert texts("The Deputy Ombudsperson promised a visit.") == ["The Deputy Ombudsperson"]
    assert GUARD.scan("The Deputy Ombudsperson promised a visit.")[0].category == "role"
    assert texts("Deputy ombudspersons exist in several countries.") == []
    # Two listed roles shortening the same way: the short form identifies nobody.
    two = Guard(
        [Term("Chief Inspector of Police", "role"), Term("Chief Inspector of Labour", "role")]
    )
    assert two.scan("The Chief Inspector came.") == []
    assert [f.text for f in two.scan("The Chief Inspector of Labour came.")] == [
        "Chief Inspector of Labour"
    ]


def test_generic_plurals_of_a_role_stay_quiet_unless_it_names_a_place() -> None:
    assert texts("Poverenici za izbeglice postoje u svakoj opštini.") == []
    assert texts("Zamenici gradonačelnika postoje u svim gradovima.") == []
    assert texts("Both Directors of the Krnjaca centre came.") == [
        "Both Directors of the Krnjaca centre"  # the two of them: a small group, one finding
    ]


def test_a_feminine_role_matches_its_masculine_and_her_dative() -> None:
    assert texts("Zamenik gradonačelnika je obećao smeštaj.") == ["Zamenik gradonačelnika"]
    assert texts("Poslali smo dopis zamenici gradonačelnika.") == ["zamenici gradonačelnika"]
    assert plural_lookalikes("zamenica") == {"zamenici"} == plural_lookalikes("zamenik")


def test_a_dropped_apostrophe_still_names_the_organisation() -> None:
    assert texts("The Sunflower Childrens Fund paid.") == ["Sunflower Childrens Fund"]
    assert texts("Sunflower Children Fund paid.") == ["Sunflower Children Fund"]
    assert texts("Children Fund is a loose phrase.") == []


def test_acronyms_take_serbian_case_suffixes_but_stay_case_sensitive() -> None:
    assert texts("Sredstva SCF-a su potrošena.") == ["SCF"]
    # In lower case among capitals a word is no acronym ("Sa scf om"), but a case ending after
    # a hyphen is only ever given to one (round 15: "kolega iz unhcr-a", "ljudi iz oebs-a").
    assert texts("Sa scf om nismo radili.") == []
    assert texts("Sa scf-om nismo radili.") == ["scf"]


def test_serbian_and_english_self_identification() -> None:
    assert texts("Predstavljam lokalnu romsku organizaciju iz Subotice.") == [
        "Predstavljam lokalnu romsku organizaciju"
    ]
    assert texts("Predstavljam vam kratak pregled rada organizacije.") == []
    assert texts("Kao neko ko radi u ministarstvu, znam to.") == ["Kao neko ko radi u ministarstvu"]
    assert texts("Kao neko ko je prvi put ovde, pitam.") == []
    assert texts("As someone who works at a local NGO, I see it.") == [
        "As someone who works at a local NGO"
    ]
    assert texts("As someone who has followed this, I worry.") == []


def test_places_shaped_like_surnames_are_places_unless_written_as_people() -> None:
    assert texts("Palić and Kanjiža host seasonal workers.") == []
    assert texts("Na Paliću je bilo dvadeset porodica.") == []
    assert texts("Goran Palić je rekao da nema mesta.") == ["Goran Palić"]
    assert texts("Ms. Palić presented the figures.") == ["Ms. Palić"]
    # A surname not on the list after "in" is a place only in its place case.
    assert texts("In Petrović's view the law is fine.") == ["Petrović"]
