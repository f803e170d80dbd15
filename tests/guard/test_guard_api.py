"""The guard's public API and the behaviours others rely on."""

from __future__ import annotations

import json

import pytest

from roundtable_app.guard import Finding, Guard, Term, scan_text

TERMS = (
    Term("Milica Jovanović", "person", ("Милица Јовановић",)),
    Term("Stefan Popović", "person", ()),
    Term("Nada Ilić", "person", ()),
    Term("Miloš Lazić", "person", ()),
    Term("Danish Refugee Council", "organisation", ("DRC",)),
    Term("International Aid Network", "organisation", ("IAN",)),
    Term("Ministry of Interior", "organisation", ("Ministarstvo unutrašnjih poslova",)),
    Term("Deputy Commissioner", "role", ("zamenik komesara",)),
)
GUARD = Guard(TERMS)


def texts(text: str) -> list[str]:
    return [f.text for f in GUARD.scan(text)]


def test_to_json_has_exactly_the_cli_keys() -> None:
    (f,) = GUARD.scan("Milica Jovanović spoke.")
    data = f.to_json()
    assert data == {
        "start": 0,
        "end": 16,
        "text": "Milica Jovanović",
        "category": "person",
        "severity": "high",
        "reason": "names a protected person: Milica Jovanović",
    }
    json.dumps(data)  # serialisable as is
    assert f.suggestion == "a participant"


def test_finding_is_frozen() -> None:
    f = Finding(0, 1, "x", "other", "low", "r")
    with pytest.raises(AttributeError):
        f.start = 2  # type: ignore[misc]


def test_one_guard_scans_many_texts_like_fresh_ones() -> None:
    samples = ["Milica said hi.", "DRC and IAN.", "Nothing here.", "Lazića su pitali."] * 25
    matcher = GUARD._matcher
    results = [GUARD.scan(t) for t in samples]
    assert GUARD._matcher is matcher  # built once, not per scan
    assert results == [scan_text(t, TERMS) for t in samples]


def test_terms_may_be_any_iterable_and_empty() -> None:
    assert Guard(t for t in TERMS).scan("Stefan noted it.")[0].text == "Stefan"
    assert Guard().scan("") == []
    assert scan_text("Participants agreed.") == []


def test_acronyms_are_case_sensitive_whole_words() -> None:
    assert texts("A colleague from IAN published figures.") == ["IAN"]
    assert texts("Ian published figures.") == []
    assert texts("The ian of it.") == []
    assert texts("Kolege iz DRC-a i sa IAN-om") == ["DRC", "IAN"]
    assert texts("DRCs, IANA and MEDRC") == []


def test_longer_words_sharing_a_beginning_do_not_match() -> None:
    assert texts("Petrovaradin and Popovača are places.") == []
    assert texts("Milošević-era laws.") == []
    assert texts("Lazarevac is a town.") == []


def test_serbian_case_endings_in_both_scripts() -> None:
    assert texts("Sa Jovanovićem i Popovićem.") == ["Jovanovićem", "Popovićem"]
    assert texts("Са Јовановићем смо разговарали.") == ["Јовановићем"]
    assert texts("Lazića, Lazićem, Laziću.") == ["Lazića", "Lazićem", "Laziću"]


def test_given_name_alone_only_when_written_as_a_name() -> None:
    assert texts("We met Nada at the border.") == ["Nada"]
    assert texts("Nada said the buses are late.") == ["Nada"]
    assert texts("Nada je poslednja umire.") == []
    assert texts("Ljudi kažu da nada umire poslednja.") == []
    assert texts("Miloš je rekao da.") == ["Miloš"]


def test_names_in_every_arrangement() -> None:
    assert texts("Popović's view prevailed.") == ["Popović's"]
    assert texts("As S. Popović said.") == ["S. Popović"]
    assert texts("Jovanović, Milica said so.") == ["Jovanović, Milica"]
    assert texts("MILICA JOVANOVIC said so.") == ["MILICA JOVANOVIC"]


def test_organisation_and_role_in_serbian_inflection() -> None:
    assert texts("Iz Ministarstva unutrašnjih poslova niko.") == [
        "Ministarstva unutrašnjih poslova"
    ]
    assert texts("Sa zamenikom komesara smo razgovarali.") == ["zamenikom komesara"]
    (f,) = GUARD.scan("The Ministry of Interior said no.")
    assert (f.category, f.suggestion) == ("organisation", "a government institution")
    (f,) = GUARD.scan("The Deputy Commissioner came.")
    assert (f.category, f.severity, f.suggestion) == ("role", "high", "an official")


def test_contact_details_but_not_numbers_that_are_not_phones() -> None:
    for phone in ["+381 64 123 4567", "064/123-4567", "011 3456 789", "+44 20 7946 0958",
                  "(021) 555-0199", "(555) 123-4567", "+381 (0)64 123 4567",
                  "00381 64 1234567"]:  # fmt: skip
        (f,) = GUARD.scan(f"Call {phone} today.")
        assert (f.text, f.category) == (phone, "contact")
    for clean in ["In 2016 and 1951.", "50 pushback cases", "1,200 people", "Article 33",
                  "čl. 12", "45% of 2.000", "12.03.2017.", "2015-2016",
                  "10 000 people", "ISBN 978-86-123-4567-8", "no. 26-1234/2019",
                  "2015-2016-2017"]:  # fmt: skip
        assert texts(clean) == [], clean
    (f,) = GUARD.scan("Write to x.y@example.org.")
    assert (f.text, f.category, f.severity) == ("x.y@example.org", "contact", "high")


def test_honorifics_flag_unknown_names() -> None:
    assert texts("Ms. Aleksić presented.") == ["Ms. Aleksić"]
    assert texts("gđa Marić i g. Kostić") == ["gđa Marić", "g. Kostić"]
    assert texts("Razgovor sa gospodinom Babićem.") == ["gospodinom Babićem"]
    assert texts("Госпођа Симић је била ту.") == ["Госпођа Симић"]
    assert texts("The minister and MS Teams.") == []


def test_self_reference_in_english_and_serbian() -> None:
    assert GUARD.scan("In my ministry we disagree.")[0].category == "self_reference"
    assert texts("Mi u Crvenom krstu to vidimo.") != []
    assert texts("Mi u praksi to vidimo.") == []
    assert texts("Наша организација ради то.") == ["Наша организација"]


def test_overlapping_candidates_merge_into_one_finding() -> None:
    (f,) = GUARD.scan("Ms. Milica Jovanović spoke.")
    assert f.text == "Ms. Milica Jovanović"
    assert f.category == "person"  # the protected term explains it better than the title


def test_role_variants_feminine_plural_and_without_article() -> None:
    guard = Guard([Term("Director of the Krnjača centre", "role", ("zamenik komesara",))])
    found = [[f.text for f in guard.scan(t)] for t in [
        "Zamenica komesara je rekla.",
        "Director of Krnjača centre said.",
        "Both Directors of the Krnjaca centre came.",
        "The centre in Krnjača is full.",
    ]]  # fmt: skip
    assert found == [
        ["Zamenica komesara"],
        ["Director of Krnjača centre"],
        # "Both" counts the two of them (a small group), merged into the role's finding.
        ["Both Directors of the Krnjaca centre"],
        [],
    ]


def test_presenting_is_not_representing() -> None:
    assert texts("Predstavljamo zaključke radne grupe.") == []
    assert texts("Predstavljam udruženje iz Niša.") != []


def test_surnames_that_are_ordinary_words_need_a_capital() -> None:
    guard = Guard([Term("Emma Brown", "person"), Term("Dušan Lazić", "person")])
    assert [f.text for f in guard.scan("The brown bags; Brown said so.")] == ["Brown"]
    assert [f.text for f in guard.scan("lazic said, BROWN agreed")] == ["lazic", "BROWN"]


def test_christmas_and_public_figures_are_not_participants() -> None:
    assert texts("Za Božić su centri bili puni.") == []
    assert texts("Bulevar Zorana Đinđića i ulica Nikole Tesle.") == []


def test_unlisted_serbian_surnames_without_diacritics() -> None:
    assert texts("Reports from Aleksic and Peric.") == ["Aleksic", "Peric"]
    assert texts("Matic said so; Kostić je rekao isto.") == ["Matic", "Kostić"]
    assert texts("Interpreters for Arabic; the Adriatic route; the Democratic Republic.") == []
    assert texts("People moved from Subotica to Kosovska Mitrovica.") == []


def test_serbian_case_forms_are_expected_only_in_serbian_text() -> None:
    guard = Guard([Term("Nada Ilić", "person")])
    assert guard.scan("Ilica street in Zagreb was mentioned.") == []
    assert [f.text for f in guard.scan("Ilica su pitali o tome.")] == ["Ilica"]
    assert [f.text for f in guard.scan("Sa Ilićem smo pričali.")] == ["Ilićem"]
    assert [f.text for f in guard.scan("Ilic said it; ILIC agreed.")] == ["Ilic", "ILIC"]


def test_self_reference_is_the_speakers_own() -> None:
    assert texts("Participants speaking on behalf of NGOs said so.") == []
    assert texts("Speaking as a lawyer, I disagree.") == ["Speaking as a lawyer"]
    assert texts("That is the organisation I work for.") == ["I work for"]


def test_abbreviation_traps() -> None:
    assert texts("U 2016. g. Vlada je usvojila zakon.") == []  # g. = godine (year)
    assert texts("Policija, opštine i dr. Institucije su pozvane.") == []  # i dr. = and others
    assert texts("Sa g. Petrovićem smo razgovarali.") == ["g. Petrovićem"]


def test_lower_case_given_names_unless_ordinary_words() -> None:
    assert texts("razgovarali smo sa milicom juče") == ["milicom"]
    assert texts("stefan said so") == ["stefan"]
    assert texts("kažu da nada umire poslednja, i to sa verom") == []


def test_terms_sharing_their_first_words() -> None:
    guard = Guard(
        [Term(f"Ministry of {x}", "organisation") for x in ("Interior", "Labour", "Health")]
        + [Term("Ministry of Labour and Social Affairs", "organisation")]
    )
    found = guard.scan("Colleagues from the Ministry of Labour and the Ministry of Finance met.")
    assert [(f.text, f.reason) for f in found] == [
        ("Ministry of Labour", "names a protected organisation: Ministry of Labour")
    ]
    (longest,) = guard.scan("Ministry of Labour and Social Affairs said no.")
    assert longest.text == "Ministry of Labour and Social Affairs"
    assert "Social Affairs" in longest.reason


def test_occupation_with_an_employer_is_self_identification() -> None:
    assert texts("I'm a caseworker at the Obrenovac centre.") != []
    assert texts("Ja sam socijalna radnica u centru za socijalni rad.") != []
    assert texts("I am happy with the results; I am a mother of three.") == []
    assert texts("Ja sam umorna od čekanja.") == []
