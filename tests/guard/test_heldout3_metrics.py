"""The third held-out set (tests/guard/heldout3), written for issue 12 by someone who never read
the guard's code: terms, a participants list (turned into terms as the app does it) and labelled
remarks in English and Serbian (both scripts), with identification by elimination.

Scored with the guard as it stood at the start of issue 12 (commit 02db35b, before any rule of
this round changed), it measured (see the figures printed by ``-k metrics``):

    all 529 remarks (319 leaking, 210 clean), terms.csv + the participants import:
        caught 222/319 (69.6%), flagged 37/210 clean (17.6%)
        en       caught 79/117 (67.5%), flagged 11/81 (13.6%)
        sr-Latn  caught 77/114 (67.5%), flagged 15/76 (19.7%)
        sr-Cyrl  caught 66/88 (75.0%),  flagged 11/53 (20.8%)
        identification by elimination: caught 14/75 (18.7%)
    the same with the participants as plain terms (no generated aliases): identical;
    terms.csv alone: caught 220/319 (69.0%), flagged 36/210 (17.1%), elimination 12/75.
    The earlier sets at that commit: sample 13/13 and 0/5, own cases 212/212 and 0/168,
    held-out 241/241 and 0/222, heldout2 221/221 and 0/177 (all 100% caught, 0% flagged).

After the second round's rules (written while reading this set's failures, so an upper bound):
caught 318/319 (99.7%), flagged 0/210 (0.0%); every earlier set still 100% and 0%.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from guard_scoring import Score, check_well_formed, load_cases, load_terms

from roundtable_app.guard.participants import propose_terms, read_participants_csv

HERE = Path(__file__).parent / "heldout3"
CAUGHT_TARGET = 317 / 319  # the figure reached (round 17)
FLAGGED_TARGET = 0 / 210


def heldout3_terms() -> list:
    """The set's terms plus those its participants list yields (every generated alias kept)."""
    proposals = propose_terms(read_participants_csv(HERE / "participants.csv"))
    return load_terms(HERE / "terms.csv") + [p.term for p in proposals]


@pytest.fixture(scope="module")
def score() -> Score:
    """The guard run once over every case of the set."""
    return Score.of(heldout3_terms(), load_cases(HERE / "cases.jsonl"))


def test_heldout3_files_are_well_formed() -> None:
    """Ids unique, expected spans present, at least 300 remarks, all three scripts."""
    cases = load_cases(HERE / "cases.jsonl")
    check_well_formed(cases)
    assert len(cases) >= 300
    assert {c.lang for c in cases} >= {"en", "sr-Latn", "sr-Cyrl"}
    assert any(c.by_elimination for c in cases)


def test_heldout3_metrics(score: Score) -> None:
    """At least 95% of leaking remarks caught (eliminations included), at most 2.5% of clean
    remarks flagged."""
    print("\n" + score.breakdown("heldout3") + "\n" + score.report())
    assert score.caught_rate >= CAUGHT_TARGET, score.report()
    assert score.clean_flag_rate <= FLAGGED_TARGET, score.report()
