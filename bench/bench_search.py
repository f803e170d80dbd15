"""Search speed on a 100,000-remark vault, against the raw FTS5 query in the same run.

For one- and two-word queries in Serbian Latin, Cyrillic and English, the engine's
``Vault.search_ids`` (parse, fold, stale check, lock, prefix expansion, the query, a list of
ids) is timed against the very SQL it issues, run directly on the vault's connection with the
MATCH expression prepared in advance ("raw"). The "uncached" figure forgets every parsed
query and prefix expansion before each search (every key press a new query), and its ratio
to raw is the one reported. "prefix raw" is the plain prefix query (every word ``"w"*``) the
engine issued before it expanded prefixes, on the same table, for comparison.
Targets: median < 10 ms, p95 < 30 ms, ratio < 1.5.

It also measures the optional Serbian stemming (recall over inflected forms, and how many
more remarks it matches) before anyone trusts it, and the cost of indexing.
Run: ``.venv/bin/python bench/bench_search.py [COUNT]``.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from roundtable_app.vault import Vault
from roundtable_app.vault.search import (
    clear_caches,
    match_expression,
    parse_query,
    search_sql,
)
from roundtable_app.vault.types import NewRemark

PASSPHRASE = "bench-passphrase-1"
THEMES = [f"Tema {i}" for i in range(1, 9)]
REAL = (
    "starateljstvo staratelj staratelja starateljima tumač tumača tumači prevodilac "
    "učesnik učesnika učesnicima učesnici deca dece deci detetu Đorđević škola škole "
    "smeštaj smeštaja azil azila pravna pomoć interpreter interpreters guardian "
    "guardianship children shelter winter registration referral counselling "
    "старатељ старатеља деца деце смештај школа тумач преводилац учесник учесника"
).split()
SYLLABLES = "ka ri to ne sa vo mi lu pe do ja zi če ša ću ђа по ле ни ра".split()


def vocabulary(rng: random.Random, size: int = 6000) -> list[str]:
    words = set(REAL)
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def make_vault(folder: Path, count: int) -> tuple[Vault, float, float, list[str]]:
    rng = random.Random(count)
    vocab = vocabulary(rng)
    weights = [1 / (rank + 1) for rank in range(len(vocab))]  # Zipf-like
    rng.shuffle(vocab)
    rows = [
        NewRemark(
            theme=rng.choice(THEMES),
            text=" ".join(rng.choices(vocab, weights, k=rng.randint(12, 50))) + ".",
        )
        for _ in range(count)
    ]
    vault = Vault.create(folder / "search.roundtable", PASSPHRASE, title="Bench", themes=THEMES)
    start = time.perf_counter()
    vault.add_remarks(rows)
    added = time.perf_counter() - start
    start = time.perf_counter()
    vault.refresh_search_index()
    indexed = time.perf_counter() - start
    return vault, added, indexed, vocab


def timed(fn, repeat: int) -> list[float]:  # type: ignore[no-untyped-def]
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def p95(values: list[float]) -> float:
    return sorted(values)[int(len(values) * 0.95) - 1]


def main() -> int:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    queries = {
        "latin 1 word": "staratelj",
        "latin 2 words": "tumač smeštaj",
        "latin no diacritics": "ucesnik",
        "cyrillic 1 word": "старатељ",
        "cyrillic 2 words": "деца школа",
        "english 1 word": "guardian",
        "english 2 words": "winter shelter",
        "prefix": "interp",
        "phrase": '"pravna pomoć"',
    }
    with tempfile.TemporaryDirectory() as tmp:
        vault, added, indexed, vocab = make_vault(Path(tmp), count)
        # two-word queries that do co-occur: a named word with one of the common ones
        queries["latin 2 words"] = f"tumač {vocab[0]}"
        queries["cyrillic 2 words"] = f"деца {vocab[1]}"
        queries["english 2 words"] = f"shelter {vocab[2]}"
        print(
            f"{count:,} remarks: added in {added:.1f} s, folded into the index in {indexed:.1f} s"
        )
        print(
            f"{'query':22} {'hits':>7} {'median':>8} {'p95':>8} {'raw med':>8} {'ratio':>6}"
            f" {'uncached':>9} {'prefix raw':>10}"
        )
        worst_ratio = worst_median = worst_p95 = 0.0
        for label, query in queries.items():
            expression = vault.search_expression(query)
            plain = match_expression(parse_query(query))
            assert expression is not None and plain is not None
            sql, params = search_sql(expression, None)
            plain_sql, plain_params = search_sql(plain, None)
            hits = len(vault.search_ids(query))
            with vault.raw_connection() as conn:
                assert [r[0] for r in conn.execute(plain_sql, plain_params)] == vault.search_ids(
                    query
                )  # the expansion finds exactly what the prefix query finds

                def raw() -> None:
                    [row[0] for row in conn.execute(sql, params)]  # noqa: B023

                raw_times = timed(raw, 40)
            engine_times = timed(lambda: vault.search_ids(query), 40)  # noqa: B023

            def fresh() -> None:
                clear_caches(vault)  # as when typing: every key press a new query
                vault.search_ids(query)  # noqa: B023

            fresh_times = timed(fresh, 40)
            with vault.raw_connection() as conn:
                # last: its long reads would push the others' pages out of SQLite's cache

                def plain_raw() -> None:
                    [row[0] for row in conn.execute(plain_sql, plain_params)]  # noqa: B023

                plain_times = timed(plain_raw, 40)
            med, raw_med = statistics.median(engine_times), statistics.median(raw_times)
            ratio = statistics.median(fresh_times) / raw_med
            worst_ratio = max(worst_ratio, ratio)
            worst_median = max(worst_median, med)
            worst_p95 = max(worst_p95, p95(engine_times), p95(fresh_times))
            print(
                f"{label:22} {hits:7,} {med:7.2f}ms {p95(engine_times):7.2f}ms"
                f" {raw_med:7.2f}ms {ratio:6.2f} {statistics.median(fresh_times):7.2f}ms"
                f" {statistics.median(plain_times):8.2f}ms"
            )
        print(
            f"worst: median {worst_median:.2f} ms (target < 10), p95 {worst_p95:.2f} ms "
            f"(target < 30), ratio to raw FTS5 (uncached parse) {worst_ratio:.2f} (target < 1.5)"
        )

        # Stemming, measured: does the stem of each form find remarks holding the others?
        groups = [
            ("učesnik", ["učesnika", "učesnicima", "učesnici"]),
            ("staratelj", ["staratelja", "starateljima"]),
            ("deca", ["dece", "deci"]),
            ("škola", ["škole"]),
            ("smeštaj", ["smeštaja"]),
            ("tumač", ["tumača", "tumači"]),
        ]
        print("stemming (Snowball Serbian): forms found from the base word")
        for base, forms in groups:
            plain = set(vault.search_ids(base))
            stemmed = set(vault.search_ids(base, stem=True))
            found_plain = found_stem = 0
            for form in forms:
                holders = set(vault.search_ids(f'"{form}"'))
                found_plain += holders <= plain
                found_stem += holders <= stemmed
            print(
                f"  {base:10} plain {found_plain}/{len(forms)} forms, stemmed "
                f"{found_stem}/{len(forms)}; matches {len(plain):,} -> {len(stemmed):,}"
            )
        stem_times = timed(lambda: vault.search_ids("učesnik", stem=True), 40)
        print(f"  stemmed query median {statistics.median(stem_times):.2f} ms")
        start = time.perf_counter()
        vault.rebuild_search_index()
        print(f"full rebuild (verify's repair): {time.perf_counter() - start:.1f} s")
        vault.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
