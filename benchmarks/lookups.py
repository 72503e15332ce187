"""Per-call cost of the resolvers: actors (a noun phrase) and places (a gazetteer lookup), and
dates found in a 5,000-character text.

    python benchmarks/lookups.py
"""

from __future__ import annotations

import time


def per_call(fn, n: int) -> float:  # noqa: ANN001
    start = time.perf_counter()
    for i in range(n):
        fn(i)
    return (time.perf_counter() - start) / n


def main() -> None:
    from chronica.actors import ActorResolver
    from chronica.geo import Geocoder
    from chronica.when import find_dates

    start = time.perf_counter()
    resolver = ActorResolver()
    print(f"actor resolver built in {time.perf_counter() - start:.2f} s")
    phrases = ["the Peruvian government", "President Fujimori", "the MRTA militants", "the army",
               "the guerrilla commando", "protesters", "a clear message", "Britain"]
    t = per_call(lambda i: resolver._resolve(phrases[i % len(phrases)], "1997-04-22", "PER", None), 10_000)
    print(f"actor resolution (uncached): {t * 1e6:.1f} µs per phrase (goal < 1 ms)")
    start = time.perf_counter()
    geo = Geocoder()
    print(f"gazetteer start: {time.perf_counter() - start:.2f} s (goal < 2 s from the cache)")
    names = ["Springfield", "Lima", "Karachi", "Celaya", "Gao", "Tripoli"]
    t = per_call(lambda i: geo.lookup(names[i % len(names)]), 10_000)
    print(f"place lookup: {t * 1e3:.3f} ms (goal < 1 ms)")
    text = ("On 9 May 2020, rebels attacked a base. Police said on Tuesday that 3,000 people marched "
            "last week, and in March 1,200 more. ") * 40
    t = per_call(lambda i: find_dates(text[:5000], "2020-05-12"), 200)
    print(f"dates in 5,000 characters: {t * 1e3:.2f} ms")


if __name__ == "__main__":
    main()
