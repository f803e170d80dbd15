"""Benchmark the attribution guard against a naive baseline; prints figures, asserts nothing.

Run: PYTHONPATH=. python bench/bench_guard.py

Baseline: one pre-compiled, case-insensitive alternation of every spelling of every term
(what a first implementation would do). Targets: < 2 ms median for a 2,000-character remark,
< 1 s for 10,000 remarks of ~300 characters, with 1,000 protected terms.
"""

from __future__ import annotations

import random
import re
import statistics
import time

from roundtable_app.guard import Guard, Term
from roundtable_app.guard.normalise import cyrillic_to_latin

GIVEN = ["Milan", "Jelena", "Dragan", "Ivana", "Nikola", "Marija", "Stefan", "Tamara", "Bojan",
         "Snežana", "Đorđe", "Čedomir", "Žarko", "Ljiljana", "Nenad", "Olivera", "John", "Sarah",
         "Peter", "Helen", "Ahmad", "Layla", "Omar", "Zainab"]  # fmt: skip
SURNAME_STEMS = ["Petr", "Jovan", "Nikol", "Đorđ", "Stank", "Mark", "Obrad", "Luk", "Pavl",
                 "Simon", "Raden", "Božid", "Čaval", "Šoš", "Živk", "Milut", "Bran",
                 "Vasilj"]  # fmt: skip
ENGLISH_SURNAMES = ["Smith", "Whitfield", "Harlow", "Brennan", "Okafor", "Lindqvist", "Moreau"]
ORG_WORDS = ["Refugee", "Aid", "Legal", "Protection", "Humanitarian", "Youth", "Women's",
             "Migrant", "Support", "Rights", "Health", "Shelter"]  # fmt: skip
ORG_TAILS = ["Network", "Centre", "Council", "Foundation", "Initiative", "Association"]
ROLES = ["Deputy Commissioner", "Head of Unit", "Director", "Coordinator", "Chief Inspector"]
SR_CYR = str.maketrans({"a": "а", "b": "б", "v": "в", "g": "г", "d": "д", "e": "е", "z": "з",
                        "i": "и", "j": "ј", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о",
                        "p": "п", "r": "р", "s": "с", "t": "т", "u": "у", "f": "ф", "h": "х",
                        "c": "ц", "č": "ч", "ć": "ћ", "š": "ш", "ž": "ж", "đ": "ђ"})  # fmt: skip


def to_cyrillic(latin: str) -> str:
    """Crude Latin→Cyrillic for the generated names (good enough for a benchmark)."""
    out = []
    for word in latin.split():
        low = word.lower().replace("lj", "љ").replace("nj", "њ").replace("dž", "џ")
        cyr = low.translate(SR_CYR)
        out.append(cyr[:1].upper() + cyr[1:])
    return " ".join(out)


def make_terms(n: int, rng: random.Random) -> list[Term]:
    terms: list[Term] = []
    seen: set[str] = set()
    while len(terms) < n:
        roll = rng.random()
        if roll < 0.6:
            given = rng.choice(GIVEN)
            surname = rng.choice(SURNAME_STEMS) + rng.choice(["ović", "ević", "ić", "ovski"])
            surname += rng.choice(
                [
                    "",
                    "",
                    str(rng.randint(1, 99)).translate(str.maketrans("0123456789", "abcdefghij")),
                ]
            )  # unique-ish fictional surnames
            term, kind = f"{given} {surname}", "person"
            aliases: tuple[str, ...] = (to_cyrillic(term),)
        elif roll < 0.7:
            term, kind = f"{rng.choice(GIVEN)} {rng.choice(ENGLISH_SURNAMES)}", "person"
            aliases = ()
        elif roll < 0.9:
            words = rng.sample(ORG_WORDS, 2) + [rng.choice(ORG_TAILS)]
            term, kind = (
                " ".join(words)
                + f" {rng.choice(['North', 'South', 'East', 'West'])}"
                + f" {len(terms)}",
                "organisation",
            )
            acronym = "".join(w[0] for w in words).upper() + str(len(terms))
            aliases = (acronym,)
        else:
            term, kind = (
                f"{rng.choice(ROLES)} of {rng.choice(['Šid', 'Subotica', 'Niš'])} {len(terms)}",
                "role",
            )
            aliases = ()
        if term.casefold() in seen:
            continue
        seen.add(term.casefold())
        terms.append(Term(term, kind, aliases))
    return terms


FILLER = ("the participants said that reception conditions in the centres remain poor and "
          "that children wait too long for a guardian while interpreters are missing at night "
          "učesnici su istakli da nedostaje prevodilaca i da su deca bez pratnje u riziku "
          "учесници су рекли да је зима најтежи период за породице на граници").split()  # fmt: skip


def make_text(length: int, terms: list[Term], rng: random.Random) -> str:
    words: list[str] = []
    size = 0
    while size < length:
        if rng.random() < 0.03:
            w = rng.choice(rng.choice(terms).spellings())
        elif rng.random() < 0.1:
            w = rng.choice(FILLER).capitalize()
        else:
            w = rng.choice(FILLER)
        words.append(w)
        size += len(w) + 1
    return " ".join(words)[:length]


def baseline(terms: list[Term]) -> re.Pattern[str]:
    spellings = sorted({s for t in terms for s in t.spellings()}, key=len, reverse=True)
    # Transliterated variants too, to be fair to the baseline's coverage a little.
    spellings += [cyrillic_to_latin(s) for s in spellings]
    return re.compile(r"\b(?:" + "|".join(map(re.escape, spellings)) + r")\b", re.IGNORECASE)


def timed(fn, *args) -> float:  # type: ignore[no-untyped-def]
    t = time.perf_counter()
    fn(*args)
    return time.perf_counter() - t


def main() -> None:
    rng = random.Random(20240501)
    terms = make_terms(1000, rng)
    t0 = time.perf_counter()
    guard = Guard(terms)
    build = time.perf_counter() - t0
    t0 = time.perf_counter()
    pattern = baseline(terms)
    pattern.search("warm up")  # compile lazily parts of the engine
    build_base = time.perf_counter() - t0
    print(
        f"terms: {len(terms)}; matcher build {build * 1000:.0f} ms "
        f"(baseline regex compile {build_base * 1000:.0f} ms)"
    )

    long_texts = [make_text(2000, terms, rng) for _ in range(300)]
    g_times = [timed(guard.scan, t) for t in long_texts]
    b_times = [timed(pattern.findall, t) for t in long_texts]

    def pct(xs: list[float], q: float) -> float:
        return sorted(xs)[min(len(xs) - 1, int(q * len(xs)))] * 1000

    gm, bm = statistics.median(g_times) * 1000, statistics.median(b_times) * 1000
    print(
        f"2,000-char remark: guard median {gm:.2f} ms, p99 {pct(g_times, 0.99):.2f} ms | "
        f"baseline median {bm:.2f} ms, p99 {pct(b_times, 0.99):.2f} ms | "
        f"ratio guard/baseline {gm / bm:.2f}"
    )

    short_texts = [make_text(300, terms, rng) for _ in range(10_000)]
    # Best of three: the figure is about the code, not about whatever else the machine runs.
    runs = []
    for _ in range(3):
        wall, cpu = time.perf_counter(), time.process_time()
        findings = sum(len(guard.scan(t)) for t in short_texts)
        runs.append((time.perf_counter() - wall, time.process_time() - cpu))
    g_total, g_cpu = min(runs)
    # The baseline is ~30x slower; time it on the first 2,000 remarks and scale to 10,000.
    subset = short_texts[:2000]
    wall, cpu = time.perf_counter(), time.process_time()
    hits = sum(len(pattern.findall(t)) for t in subset)
    scale = len(short_texts) / len(subset)
    b_total = (time.perf_counter() - wall) * scale
    b_cpu = (time.process_time() - cpu) * scale
    print(
        f"10,000 remarks of 300 chars: guard {g_total:.3f} s wall, {g_cpu:.3f} s CPU, best of 3 "
        f"({findings} findings) | baseline {b_total:.3f} s wall, {b_cpu:.3f} s CPU "
        f"(from 2,000 remarks x{scale:.0f}; {hits} hits) | ratio {g_total / b_total:.2f}"
    )
    ascii_texts = [t.encode("ascii", "ignore").decode() for t in short_texts]
    wall = time.perf_counter()
    for t in ascii_texts:
        guard.scan(t)
    print(
        f"same remarks stripped to ASCII (English-like): guard {time.perf_counter() - wall:.3f} s"
    )


if __name__ == "__main__":
    main()
