"""Speed work on the guard must not change a single finding.

Every labelled text of tests/guard (the sample, the team's own cases, every held-out set; with
the event's strict affiliation setting off and on) and a fixed-seed sample of the benchmark's
generated texts are scanned, and each text's full findings (start, end, category, severity,
reason, suggestion) are hashed and compared with the snapshot recorded before any optimisation
(tests/guard/data/findings_snapshot.jsonl.gz). On a difference the test prints the first
differing text and its findings.

Re-record the snapshot (only after a deliberate change of behaviour, never to make a speed-up
pass): ``python tests/guard/test_guard_speed_equivalence.py --record``.
"""

from __future__ import annotations

import gzip
import hashlib
import importlib.util
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

from guard_scoring import load_cases, load_terms

from roundtable_app.guard import Finding, Guard, Term

HERE = Path(__file__).resolve().parent
SNAPSHOT = HERE / "data" / "findings_snapshot.jsonl.gz"
BENCH = HERE.parent.parent / "bench" / "bench_guard.py"
# (set name, cases file, terms file) of every labelled set.
LABELLED = [
    ("sample", HERE / "data" / "cases.jsonl", HERE / "data" / "terms.csv"),
    ("own", HERE / "data" / "more_cases.jsonl", HERE / "data" / "more_terms.csv"),
    *(
        (d.name, d / "cases.jsonl", d / "terms.csv")
        for d in sorted(HERE.glob("heldout*"))
        if (d / "cases.jsonl").exists()
    ),
]
BENCH_SEED = 20240501
BENCH_SHORT = 3000
BENCH_LONG = 100


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_guard", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _corpora() -> Iterator[tuple[str, list[Term], list[str], bool]]:
    """(name, terms, texts, strict affiliation) of every corpus the snapshot covers."""
    for name, cases, terms_file in LABELLED:
        terms = load_terms(terms_file)
        texts = [c.text for c in load_cases(cases)]
        yield name, terms, texts, False
        yield name + "+affiliation", terms, texts, True
    bench = _bench()
    rng = random.Random(BENCH_SEED)
    terms = bench.make_terms(1000, rng)
    texts = [bench.make_text(2000, terms, rng) for _ in range(BENCH_LONG)]
    texts += [bench.make_text(300, terms, rng) for _ in range(BENCH_SHORT)]
    yield "bench", terms, texts, False
    yield "bench+affiliation", terms, texts[: BENCH_LONG + 500], True


def _shape(findings: list[Finding]) -> list[list[object]]:
    return [[f.start, f.end, f.category, f.severity, f.reason, f.suggestion] for f in findings]


def _digest(findings: list[Finding]) -> str:
    raw = json.dumps(_shape(findings), ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]


def _current() -> Iterator[tuple[str, str, list[Finding]]]:
    """(key, text, findings) of every text of every corpus, in a stable order."""
    for name, terms, texts, strict in _corpora():
        guard = Guard(terms, affiliation=strict)
        for i, text in enumerate(texts):
            yield f"{name}/{i}", text, guard.scan(text)


def _record() -> None:
    with gzip.open(SNAPSHOT, "wt", encoding="utf-8") as out:
        for key, _text, findings in _current():
            out.write(json.dumps({"key": key, "hash": _digest(findings)}) + "\n")


def test_findings_unchanged_since_snapshot() -> None:
    """Every text's findings hash exactly as recorded before the speed work."""
    with gzip.open(SNAPSHOT, "rt", encoding="utf-8") as f:
        expected = {(row := json.loads(line))["key"]: row["hash"] for line in f if line.strip()}
    seen = 0
    for key, text, findings in _current():
        seen += 1
        assert key in expected, f"{key}: not in the snapshot (a corpus grew; re-record it)"
        if _digest(findings) != expected[key]:
            shown = json.dumps(_shape(findings), ensure_ascii=False, indent=None)
            raise AssertionError(f"findings changed for {key}\ntext: {text!r}\nnow: {shown}")
    assert seen == len(expected), f"{len(expected) - seen} snapshot texts no longer scanned"


if __name__ == "__main__":
    if sys.argv[1:] != ["--record"]:
        sys.exit(__doc__)
    _record()
