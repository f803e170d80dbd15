"""The fictional demo event (Subotica, June 2016), built from ``resources/demo``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from roundtable_app import files
from roundtable_app.guard.terms import Term
from roundtable_app.paths import resources_dir
from roundtable_app.vault.service import Vault
from roundtable_app.vault.types import DEMO_PASSPHRASE

DEMO_FILE = "demo/subotica-2016.json"


def demo_data() -> dict[str, Any]:
    """The demo event as shipped (a dict; see ``resources/demo/subotica-2016.json``)."""
    data: dict[str, Any] = json.loads((resources_dir() / DEMO_FILE).read_text("utf-8"))
    return data


def create_demo(path: str | Path, passphrase: str = DEMO_PASSPHRASE) -> Vault:
    """Create a vault holding the demo event and return it, open."""
    data = demo_data()
    event = data["event"]
    vault = Vault.create(
        path,
        passphrase,
        title=event["title"],
        subtitle=event.get("subtitle", ""),
        venue=event.get("venue", ""),
        dates=event.get("dates", ""),
        conveners=event.get("conveners", []),
        terms=[Term(t["term"], t["kind"], tuple(t.get("aliases", ()))) for t in data["terms"]],
    )
    try:
        themes = {}
        for theme in data["themes"]:
            info = vault.add_theme(theme["name"], description=theme.get("description", ""))
            themes[info.name] = info.id
        sessions = {}
        for item in data["sessions"]:
            info_s = vault.add_session(
                item["title"], day=item.get("day"), time_label=item.get("time_label", "")
            )
            sessions[info_s.title] = info_s.id
        for r in data["remarks"]:
            remark = vault.add_remark(
                r["text"],
                themes[r["theme"]],
                r.get("kind", "observation"),
                sessions.get(r.get("session") or ""),
            )
            if r.get("reworded"):
                vault.reword_remark(remark.id, r["reworded"])
            vault.update_remark(
                remark.id,
                status=r.get("status", "included"),
                key_point=bool(r.get("key_point", False)),
            )
        for name, text in data.get("theme_summaries", {}).items():
            vault.set_theme_summary(themes[name], text)
        vault.set_event_summary(data.get("executive_summary", ""))
    except BaseException:
        vault.close()
        files.remove_with_side_files(path)
        raise
    return vault
