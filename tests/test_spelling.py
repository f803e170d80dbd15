"""The Qt-free spelling service: scripts, the event's words, acronyms, suggestions, and
working on without dictionaries; the event's dictionary in the vault."""

from __future__ import annotations

from pathlib import Path

import pytest

from roundtable_app.errors import InputError
from roundtable_app.spelling import Misspelling, SpellingService, enchant_available


class FakeDict:
    def __init__(self, words: set[str]) -> None:
        self.words = words

    def check(self, word: str) -> bool:
        return word in self.words or word.lower() in self.words  # Hunspell accepts Capitals

    def suggest(self, word: str) -> list[str]:
        return sorted(w for w in self.words if w[:4] == word[:4])


DICTS = {
    "en_GB": FakeDict({"legal", "aid", "is", "free", "the", "centre", "people"}),
    "sr_Latn_RS": FakeDict({"pravna", "pomoć", "je", "besplatna", "prihvatni", "centar"}),
    "sr_RS": FakeDict({"правна", "помоћ", "је", "бесплатна", "прихватни", "центар"}),
}


def loader(name: str) -> FakeDict | None:
    return DICTS.get(name)


def test_latin_and_cyrillic_words_are_checked_in_their_own_script() -> None:
    service = SpellingService("sr-Cyrl", loader=loader)
    text = "Правна помоћ је бесплатна, прихвтни центар; legal aid je free, pravna pomoc."
    assert [m.word for m in service.misspellings(text)] == ["прихвтни", "pomoc"]
    first = service.misspellings(text)[0]
    assert text[first.start : first.end] == "прихвтни"


def test_event_words_and_acronyms_are_accepted_and_added_words_stop_being_marked() -> None:
    service = SpellingService("sr-Latn", ["Subotica"], loader=loader)
    assert service.misspellings("Subotica SUBOTICA NVO UNHCR pravna Atina") == [
        Misspelling(35, 40, "Atina")
    ]
    service.add_word("Atina")
    assert service.misspellings("pravna Atina") == []


def test_suggestions_come_from_the_dictionary_of_the_word_s_script() -> None:
    service = SpellingService("sr-Cyrl", loader=loader)
    assert service.suggestions("прихвтни") == ["прихватни"]
    assert "prihvatni" in service.suggestions("prihvtni")


def test_without_dictionaries_nothing_is_marked_and_the_reason_is_known() -> None:
    service = SpellingService("sr-Latn", loader=lambda name: None)
    assert not service.available
    assert service.misspellings("sasvim pogrešno napisano xqzt") == []
    assert service.unavailable_reason() in ("enchant", "dictionary")


@pytest.mark.parametrize(
    ("tag", "text", "wrong"),
    [
        ("en", "Legal aid is free, but few peple know.", ["peple"]),
        ("sr-Latn", "Pravna pomoć je besplatna u prihvtnom centru.", ["prihvtnom"]),
        ("sr-Cyrl", "Правна помоћ је бесплатна у прихвтном центру.", ["прихвтном"]),
    ],
)
def test_the_system_dictionaries_find_real_typos(tag: str, text: str, wrong: list[str]) -> None:
    assert enchant_available(), "install libenchant-2-2 and pyenchant (.ci/run, pyproject.toml)"
    service = SpellingService(tag)
    assert service.available, f"install the Hunspell dictionary for {tag} (.ci/run)"
    assert [m.word for m in service.misspellings(text)] == wrong


def test_event_dictionary_lives_in_the_vault(vault_path: Path, vault, passphrase: str) -> None:
    from roundtable_app.vault import Vault

    assert vault.add_dictionary_word("  Subotica ") == "Subotica"
    vault.add_dictionary_word("Subotica")  # twice is once
    vault.add_dictionary_word("Kelebija")
    for bad in ("", "two words", "1234", "x" * 101):
        with pytest.raises(InputError):
            vault.add_dictionary_word(bad)
    vault.remove_dictionary_word("Kelebija")
    vault.close()
    with Vault.open(vault_path, passphrase) as again:
        assert again.dictionary_words() == ["Subotica"]
