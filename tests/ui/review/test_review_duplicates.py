"""Possible duplicates: near-identical remarks of one theme are grouped, in either script."""

from __future__ import annotations

import dataclasses
from datetime import datetime

from roundtable_app.ui.review.duplicates import possible_duplicates
from roundtable_app.vault.types import RemarkInfo

STAMP = datetime(2026, 12, 1, 9, 0)


def remark(n: int, text: str, theme: int = 1) -> RemarkInfo:
    return RemarkInfo(
        id=f"r{n}", text=text, reworded=None, theme_id=theme, kind="observation",
        status="captured", session_id=None, key_point=False, position=None,
        created_at=STAMP, updated_at=STAMP, device_id="d",
    )  # fmt: skip


def test_near_duplicates_are_grouped_across_scripts_and_word_order() -> None:
    items = [
        remark(1, "Deca bez pratnje čekaju staratelja nedeljama."),
        remark(2, "Деца без пратње чекају старатеља недељама."),
        remark(3, "Nedeljama deca bez pratnje čekaju staratelja!"),
        remark(4, "Interpreters are missing in the north."),
        remark(5, "Deca bez pratnje čekaju staratelja nedeljama.", theme=2),
    ]
    assert possible_duplicates(items) == [["r1", "r2", "r3"]]


def test_merged_and_deleted_remarks_are_not_suggested() -> None:
    a = remark(1, "Shelters are full every winter.")
    b = dataclasses.replace(remark(2, "Shelters are full every winter."), deleted=True)
    c = dataclasses.replace(remark(3, "Shelters are full every winter."), merged_into="x")
    assert possible_duplicates([a, b, c]) == []
