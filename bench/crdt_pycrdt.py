"""The measurement behind the merge design: would pycrdt (bindings to Yrs) do the merge?

Not a dependency: install it into the venv by hand (`.venv/bin/pip install pycrdt`) to rerun.
Prints: time to hold 10,000 remarks in three Y documents, to merge their updates in every order
twice, whether the orders agree, how a concurrent edit of one remark is resolved, and whether a
deleted value survives in the encoded state. Figures of 2026-12-01 (pycrdt 0.14.13, 2 cores):
build 0.14-0.24 s, merge 0.26-0.35 s per order, 1 distinct result, a concurrent edit resolved by
the random client ids (A won in one run, B in another)
with no conflict reported; the deleted value gone from the state.
"""

from __future__ import annotations

import itertools
import json
import time
import uuid

try:
    from pycrdt import Doc, Map
except ImportError:  # pragma: no cover - a measurement script, not the app
    raise SystemExit("pycrdt is not installed: .venv/bin/pip install pycrdt") from None


def vault(n: int, tag: str) -> Doc:
    """A Y document holding ``n`` remarks as maps keyed by remark id."""
    d = Doc()
    m = d.get("remarks", type=Map)
    with d.transaction():
        for i in range(n):
            m[str(uuid.uuid4())] = Map({"text": f"remark {tag} {i} " + "x" * 200, "kind": "lesson"})
    return d


def main() -> None:
    t0 = time.perf_counter()
    docs = [vault(3334, k) for k in "abc"]
    build = time.perf_counter() - t0
    updates = [d.get_update() for d in docs]
    print(f"build 10,000 remarks in 3 docs: {build:.2f} s; updates {[len(u) for u in updates]} B")
    results, t0 = set(), time.perf_counter()
    orders = list(itertools.permutations(range(3)))
    for order in orders:
        d = Doc()
        m = d.get("remarks", type=Map)
        for i in order + order:
            d.apply_update(updates[i])
        results.add(json.dumps(m.to_py(), sort_keys=True))
    per = (time.perf_counter() - t0) / len(orders)
    print(f"merge 3 updates twice: {per:.2f} s per order; distinct results: {len(results)}")
    a = Doc()
    am = a.get("r", type=Map)
    am["x"] = Map({"text": "original"})
    b = Doc()
    b.apply_update(a.get_update())
    bm = b.get("r", type=Map)
    am["x"]["text"] = "edit on A"
    bm["x"]["text"] = "edit on B"
    a.apply_update(b.get_update())
    print(f"concurrent edit resolved to {am['x']['text']!r}: by client id, no conflict reported")
    c = Doc()
    cm = c.get("r", type=Map)
    cm["y"] = "CANARY"
    del cm["y"]
    print(f"deleted value still in the encoded state: {b'CANARY' in c.get_update()}")


if __name__ == "__main__":
    main()
