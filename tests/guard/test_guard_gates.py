"""The cheap tests that spare a rule its regular expression never skip a remark it would match.

Each gate is a necessary condition of the pattern or phrase list it guards; these tests keep it
so when a phrase or an alternative is added to the list without its gate.
"""

from __future__ import annotations

import random
import re

from roundtable_app.guard import described, guard, indirect
from roundtable_app.guard.normalise import fold
from roundtable_app.guard.tokens import Tokens

# One phrase per alternative of described._ATTENDED, folded as a remark would be.
_ATTENDANCE = [
    "participants included", "those present also included", "guests included",
    "were also represented", "was in the room", "were at the table", "was all present at",
    "joined us", "bilo je prisutnih", "bili su i prisutni", "prisutnih je bilo",
    "su bili i prisutni", "je takodje ucestvovala", "su ucestvovali", "prisustvovao je i",
    "sa nama su isli", "sa nama dosle", "su sa nama", "bile su i", "su bile i", "bio je i",
    "je bila i", "sent its", "brought their", "poslala je svog zamenika", "doveli dve",
    "delegacijom iz", "delegation from", "gostima sa", "guest of", "dosli su i iz",
    "stigle sa", "su stigli iz", "present:", "prisutni dana 2:", "attendees day 2:",
]  # fmt: skip
_AROUND = [" ", ".", ",", "\n", "(", ")", "-", "'", "_", "", "é", "2", "x", "—", "“", "Ž", "ж"]


def _attendance_gate_passes(text: str) -> bool:
    tokens = Tokens.of(fold(text))
    return not described._ATTENDED_ANCHORS.isdisjoint(tokens.vocab) or any(
        w in tokens.text.folded for w in described._ATTENDED_STEMS
    )


def test_attendance_gate_lets_every_alternative_through_in_any_surroundings() -> None:
    rng = random.Random(20240501)
    for _ in range(20_000):
        text = (
            rng.choice(["", "the participants ", "ucesnici su ", "Participants "])
            + rng.choice(_AROUND)
            + rng.choice(_ATTENDANCE).replace(" ", rng.choice([" ", "  ", " \t"]))
            + rng.choice(_AROUND)
            + rng.choice(["", " deca", "x", " UNHCR."])
        )
        if described._ATTENDED.search(fold(text).folded):
            assert _attendance_gate_passes(text), text


def test_every_phrase_holds_a_part_its_gate_tests() -> None:
    for phrase in guard._PSEUDONYM:
        # a word of it is in the gate's set (the gate intersects it with the remark's words)
        assert set(re.findall(r"[a-z]+", phrase)) & guard._PSEUDONYM_WORDS, phrase
    for said in ("names in this summary are invented", "imena su promenjena",
                 "ime je izmisljeno", "the names were changed"):  # fmt: skip
        assert guard._NAMES_INVENTED.search(said), said
        assert set(re.findall(r"[a-z]+", said)) & guard._PSEUDONYM_WORDS, said
    for phrase in guard._EVENTS_IN_GENERAL:
        assert any(p in phrase for p in guard._EVENTS_IN_GENERAL_PARTS), phrase


def test_superlatives_found_where_naj_occurs_are_findalls() -> None:
    rng = random.Random(20240501)
    parts = ["naj", "najvise", "najtezi", "najstariji", "ucesnik", " ", ",", ", ", "_", "x",
             "2", "e", "o", "ž", "najnaj", "najjacinaj", "-"]  # fmt: skip
    for _ in range(20_000):
        folded = "".join(rng.choice(parts) for _ in range(rng.randint(1, 12)))
        assert indirect._superlative_words(folded) == indirect._SUPERLATIVE_WORD.findall(folded)
